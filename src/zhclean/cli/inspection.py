"""Commands that look without cleaning: ``detect`` (encoding, script, mojibake), ``explain``
(every change to one file, with its rule) and ``rules`` (the registry).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..discovery import discover
from ..documents import documents
from ..manifest import (
    path_text,
)
from ..rules import RULES, markdown_table
from .app import EXIT_FAILED, _usage_error, app
from .options import (
    LOOK_PATTERNS,
    ExcludeOpt,
    IgnoreOpt,
    IncludeOpt,
    PathsArg,
    RulesOpt,
    SelectOpt,
    TextFieldOpt,
    ToOpt,
    _prepare,
    refuse_missing,
)
from .output import _console

if TYPE_CHECKING:
    from rich.console import Console

    from ..pipeline import CleanResult


@app.command()
def detect(
    paths: PathsArg,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    text_field: TextFieldOpt = "text",
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per file (JSON Lines).")
    ] = False,
) -> None:
    """Tell, per file, its encoding, script and any mojibake, without cleaning it.

    Folders are walked as clean and check walk them. A web archive gives a row per
    document record; a JSONL file (*.jsonl, *.ndjson, .gz/.zst) a row per record, its
    --text-field, and a malformed line is an error row (exit 3).
    """
    from ..detection import detect_bytes

    found, problems = discover(
        list(paths), None, tuple(include or LOOK_PATTERNS), tuple(exclude or ()), not include
    )
    refuse_missing(problems)
    rows: list[dict] = [
        {"path": path_text(p.path), "status": p.status, "error": p.error} for p in problems
    ]
    for job in found:
        for document in documents(job.path, text_field):
            row = {"path": path_text(job.path), **document.about}
            if document.data is None:
                rows.append({**row, "status": "error", "error": document.error})
                continue
            rows.append({**row, **detect_bytes(document.data, document.hint).to_dict()})
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        from rich.table import Table

        table = Table(show_header=True)
        for column in ("file", "encoding", "confidence", "script", "mojibake", "lost"):
            table.add_column(column)
        for row in rows:
            name = row["path"] + (f" #{row['record']} {row['url']}" if "record" in row else "")
            name += f" line {row['line']}" if "line" in row else ""
            if row["status"] != "text":
                table.add_row(name, f"({row['status']}: {row['error']})", "", "", "", "")
                continue
            mojibake = ", ".join(row["mojibake"]) or "-"
            encoding = row["encoding"]
            if row["source"] != "text":  # a page: where its encoding was found
                encoding += f" ({row['source']}, {row['encoding_from']})"
            table.add_row(
                name,
                encoding,
                f"{row['confidence']:.2f}",
                row["script"],
                mojibake,
                str(row["lost_characters"] or ""),
            )
        _console().print(table)
    if any(row["status"] == "error" for row in rows):
        raise typer.Exit(EXIT_FAILED)


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="One file to explain.")],
    to: ToOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules_file: RulesOpt = None,
    text_field: TextFieldOpt = "text",
) -> None:
    """Print every change cleaning one file would make, with its rule and the text before
    and after (per document record of an archive, per record of a JSONL file)."""
    from ..pipeline import clean_bytes, clean_text

    # The same option resolution as clean and check (settings file included).
    config = _prepare([path], None, None, None, to, select, ignore, rules_file, 1, False).config
    out = _console()
    failed = False
    for document in documents(path, text_field):
        if document.data is None:
            _console(stderr=True).print(
                f"zhclean: error: {document.label}: {document.error}", markup=False
            )
            failed = True
            continue
        if document.record:  # a field, cleaned as clean cleans it: no final newline added
            text = document.data.decode("utf-8")
            result = clean_text(text, config)
            if not text.endswith(("\n", "\r")):
                result.events = [e for e in result.events if e.code != "ZH602"]
        else:
            result = clean_bytes(document.data, config, hint=document.hint)
        failed |= result.status == "error"
        _explain(document.label, result, out)
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _explain(label: str, result: CleanResult, out: Console) -> None:
    """One document's head line, then its changes one a line."""
    if result.text is None:
        out.print(f"{label}: {result.status}: {result.error}", markup=False)
        return
    kind = {"html": "HTML page, ", "feed": "feed, "}.get((result.page or {}).get("source"), "")
    out.print(
        f"{label}: {kind}{result.encoding} (confidence {result.confidence:.2f}), "
        f"{_scripts(result)}, {result.lines_in} -> {result.lines_out} lines, {result.status}"
        + (" (nothing of the author's text left)" if result.status == "dropped" else ""),
        markup=False,
    )
    for event in result.events:
        where = f"L{event.line}" if event.line else "  "
        head = f"{where:>6} {event.code} {event.name}" + (
            f" ×{event.count}" if event.count > 1 else ""
        )
        if event.detector:
            head += f" ({event.detector})"  # the detector that decided, to find it in the code
        if event.text is not None:
            detail = f"removed: {event.text.strip()}"
        elif event.before is not None and event.after is not None:
            detail = f"{_clip(event.before)}  ->  {_clip(event.after)}"
        elif event.before is not None:
            detail = event.before
        else:
            detail = ""
        out.print(f"{head:40} {detail}".rstrip(), markup=False)
    for warning in result.warnings:
        out.print(
            f"warning: L{warning['line']} {warning['rule']} removed a line that reads like prose",
            markup=False,
        )


def _scripts(result: CleanResult) -> str:
    """The script before and after, or why there is none: a page with no text left, a
    text with no ideographs.

        >>> from zhclean.pipeline import CleanResult
        >>> _scripts(CleanResult("", "dropped")), _scripts(CleanResult("x", "cleaned", script_in="none", script_out="none"))
        ('script: no text left to tell', 'script: no Chinese characters')
    """
    if result.script_in is None or not (result.text or "").strip():
        return "script: no text left to tell"
    if result.script_in == "none":
        return "script: no Chinese characters"
    return f"script {result.script_in} -> {result.script_out}"


def _clip(text: str, width: int = 60) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


RULE_FORMATS = ("table", "json", "markdown")


@app.command("rules")
def list_rules(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the registry as JSON (= --format json).")
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="table, json, or markdown (the README's rules table).",
        ),
    ] = "table",
) -> None:
    """List every rule: code, name, stage and what it does."""
    if fmt not in RULE_FORMATS:
        raise _usage_error(f"--format must be one of {', '.join(RULE_FORMATS)}, not {fmt!r}")
    if as_json:
        fmt = "json"
    if fmt == "markdown":
        sys.stdout.write(markdown_table())
        return
    if fmt == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "stage": r.stage,
                "description": r.description,
                "example": r.example,
            }
            for r in RULES.values()
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(show_header=True)
    for column in ("code", "name", "stage", "description"):
        table.add_column(column)
    for rule in RULES.values():
        table.add_row(rule.code, rule.name, rule.stage, rule.description)
    _console().print(table)
