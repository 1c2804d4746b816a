"""The command line: a thin Typer layer over zhclean.corpus and the pure core.

Exit codes: 0 all good, 2 usage error, 3 some files failed (the rest were written).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .config import TARGETS, Config
from .corpus import (
    MANIFEST_NAME,
    clean_all,
    corpus_repeats,
    discover,
    problem_record,
    write_manifest,
)
from .lexicon import RuleFileError, validate_rule_file
from .rules import RULES, resolve

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Clean scraped Chinese web text: encodings, mojibake, garble, boilerplate, layout, one script.",
    rich_markup_mode=None,
)
EXIT_USAGE, EXIT_FAILED = 2, 3


def _console(stderr: bool = False) -> Console:
    # No colour codes when not on a terminal (CI logs, pipes), and wide enough there that
    # tables do not fold paths into several lines.
    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, soft_wrap=True, width=160)
    return console


def _usage_error(message: str) -> typer.Exit:
    _console(stderr=True).print(f"zhclean: error: {message}", markup=False)
    return typer.Exit(EXIT_USAGE)


def _split(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def _version(value: bool) -> None:
    if value:
        print(f"zhclean {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """zhclean: a corpus cleaner for Chinese web text."""


@app.command()
def clean(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders to clean (folders are walked).")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the cleaned files and manifest.jsonl.")
    ],
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Glob of files to take in folders (default *.txt)."),
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Glob of files to leave out.")
    ] = None,
    to: Annotated[
        str,
        typer.Option(
            "--to", help="Target script: simplified, traditional, taiwan, hongkong, keep."
        ),
    ] = "simplified",
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select", help="Only these rules (codes, prefixes or names; comma-separated)."
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Turn these rules off.")
    ] = None,
    rules_file: Annotated[
        list[Path] | None,
        typer.Option("--rules", help="A TOML file of extra word lists and line patterns."),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest", help="Where to write the manifest (default OUT/manifest.jsonl)."
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: all cores).")] = 1,
    dedup_lines: Annotated[
        bool,
        typer.Option(
            "--dedup-lines", help="Remove lines that recur in many files of the run (not prose)."
        ),
    ] = False,
    dedup_min_files: Annotated[
        int, typer.Option("--dedup-min-files", help="...in at least this many files")
    ] = 5,
    dedup_min_share: Annotated[
        float, typer.Option("--dedup-min-share", help="...and in at least this share of the files")
    ] = 0.01,
    no_removed_text: Annotated[
        bool,
        typer.Option(
            "--no-removed-text", help="Keep rule counts but not the removed lines in the manifest."
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print one line per file.")
    ] = False,
) -> None:
    """Clean files into OUT (same relative paths, UTF-8) and write OUT/manifest.jsonl."""
    if to not in TARGETS:
        raise _usage_error(f"--to must be one of {', '.join(TARGETS)}, not {to!r}")
    for token in _split(select) + _split(ignore):
        try:
            resolve(token)
        except KeyError:
            raise _usage_error(f"unknown rule {token!r} (see `zhclean rules`)") from None
    for path in rules_file or []:
        try:
            validate_rule_file(path)
        except RuleFileError as exc:
            raise _usage_error(str(exc)) from None
    if out.exists() and not out.is_dir():
        raise _usage_error(f"--out {out} exists and is not a folder")
    config = Config(
        target=to,
        select=_split(select),
        ignore=_split(ignore),
        rule_files=tuple(str(p) for p in rules_file or []),
        keep_removed_text=not no_removed_text,
    )
    found, problems = discover(list(paths), out, tuple(include or ["*.txt"]), tuple(exclude or []))
    workers = os.cpu_count() or 1 if jobs == 0 else max(1, jobs)
    if dedup_lines:
        from dataclasses import replace

        repeated = corpus_repeats(found, workers, dedup_min_files, dedup_min_share)
        config = replace(config, repeated_lines=repeated)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _usage_error(f"cannot create --out {out}: {exc.strerror or exc}") from None

    err = _console(stderr=True)
    records: list[dict] = [problem_record(p) for p in problems]
    for record in records:
        err.print(
            f"zhclean: {record['status']}: {record['input']}: {record['error']}", markup=False
        )
    for record in clean_all(found, out, config, workers):
        records.append(record)
        if record["status"] in ("error", "skipped"):
            err.print(
                f"zhclean: {record['status']}: {record['input']}: {record['error']}", markup=False
            )
        elif verbose and not quiet:
            counts = ", ".join(f"{k}×{v}" for k, v in record["rules"].items())
            _console().print(f"{record['status']:9} {record['input']}  {counts}", markup=False)
    write_manifest(manifest or out / MANIFEST_NAME, records)
    if not quiet:
        _summary(records)
    if any(r["status"] == "error" for r in records):
        raise typer.Exit(EXIT_FAILED)


def _summary(records: list[dict]) -> None:
    status = Counter(r["status"] for r in records)
    rules: Counter[str] = Counter()
    for record in records:
        rules.update(record["rules"])
    removed = sum(len(r["removed"]) for r in records)
    table = Table(title="zhclean", show_header=True)
    for column in (
        "files",
        "cleaned",
        "unchanged",
        "dropped",
        "skipped",
        "errors",
        "lines removed",
    ):
        table.add_column(column, justify="right")
    table.add_row(
        str(len(records)),
        str(status["cleaned"]),
        str(status["unchanged"]),
        str(status["dropped"]),
        str(status["skipped"]),
        str(status["error"]),
        str(removed),
    )
    console = _console()
    console.print(table)
    top = [(code, n) for code, n in rules.most_common() if not code.startswith("ZH9")][:8]
    if top:
        console.print(
            "top rules: " + ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in top),
            markup=False,
        )


@app.command()
def detect(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (folders are walked).")],
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Glob of files to take in folders (default *.txt)."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per file (JSON Lines).")
    ] = False,
) -> None:
    """Tell, per file, its encoding, script and any mojibake, without cleaning it."""
    from .detection import detect_bytes

    found, problems = discover(list(paths), None, tuple(include or ["*.txt"]), ())
    rows: list[dict] = [{"path": p.path, "status": p.status, "error": p.error} for p in problems]
    for job in found:
        try:
            data = job.path.read_bytes()
        except OSError as exc:
            rows.append(
                {
                    "path": str(job.path),
                    "status": "error",
                    "error": f"cannot read: {exc.strerror or exc}",
                }
            )
            continue
        rows.append({"path": str(job.path), **detect_bytes(data).to_dict()})
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        table = Table(show_header=True)
        for column in ("file", "encoding", "confidence", "script", "mojibake", "lost"):
            table.add_column(column)
        for row in rows:
            if row["status"] != "text":
                table.add_row(row["path"], f"({row['status']}: {row['error']})", "", "", "", "")
                continue
            mojibake = ", ".join(row["mojibake"]) or "-"
            table.add_row(
                row["path"],
                row["encoding"],
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
    path: Annotated[Path, typer.Argument(help="One file to explain.")],
    to: Annotated[str, typer.Option("--to", help="Target script, as for clean.")] = "simplified",
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rules.")] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Turn these rules off.")
    ] = None,
    rules_file: Annotated[
        list[Path] | None, typer.Option("--rules", help="Extra word lists.")
    ] = None,
) -> None:
    """Print every change cleaning one file would make, with its rule and the text before and after."""
    from .pipeline import clean_bytes

    if to not in TARGETS:
        raise _usage_error(f"--to must be one of {', '.join(TARGETS)}, not {to!r}")
    for rule_path in rules_file or []:
        try:
            validate_rule_file(rule_path)
        except RuleFileError as exc:
            raise _usage_error(str(exc)) from None
    try:
        config = Config(
            target=to,
            select=_split(select),
            ignore=_split(ignore),
            rule_files=tuple(str(p) for p in rules_file or []),
        )
    except KeyError as exc:
        raise _usage_error(f"unknown rule {exc.args[0]!r} (see `zhclean rules`)") from None
    try:
        data = path.read_bytes()
    except OSError as exc:
        _console(stderr=True).print(
            f"zhclean: error: {path}: cannot read: {exc.strerror or exc}", markup=False
        )
        raise typer.Exit(EXIT_FAILED) from None
    result = clean_bytes(data, config)
    out = _console()
    if result.text is None:
        out.print(f"{path}: {result.status}: {result.error}", markup=False)
        raise typer.Exit(EXIT_FAILED if result.status == "error" else 0)
    out.print(
        f"{path}: {result.encoding} (confidence {result.confidence:.2f}), "
        f"script {result.script_in} -> {result.script_out}, {result.lines_in} -> {result.lines_out} lines, "
        f"{result.status}",
        markup=False,
    )
    for event in result.events:
        where = f"L{event.line}" if event.line else "  "
        head = f"{where:>6} {event.code} {event.name}" + (
            f" ×{event.count}" if event.count > 1 else ""
        )
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


def _clip(text: str, width: int = 60) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("rules")
def list_rules(
    as_json: Annotated[bool, typer.Option("--json", help="Print the registry as JSON.")] = False,
) -> None:
    """List every rule: code, name, stage and what it does."""
    if as_json:
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
    table = Table(show_header=True)
    for column in ("code", "name", "stage", "description"):
        table.add_column(column)
    for rule in RULES.values():
        table.add_row(rule.code, rule.name, rule.stage, rule.description)
    _console().print(table)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
