"""``zhclean check``: what cleaning would change, as text, JSON or GitHub annotations."""

from __future__ import annotations

import difflib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from ..config import Config
from ..corpus import READING_CODES, clean_inputs
from ..manifest import (
    problem_record,
    record_messages,
    record_path,
)
from ..rules import RULES
from .app import EXIT_FAILED, _usage_error, app
from .options import (
    LOOK_PATTERNS,
    DedupOpt,
    ExcludeOpt,
    IgnoreOpt,
    IncludeOpt,
    JobsOpt,
    PathsArg,
    QuietOpt,
    RulesOpt,
    SelectOpt,
    TextFieldOpt,
    ToOpt,
    _prepare,
)
from .output import _console, run_summary


@app.command()
def check(
    paths: PathsArg,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print a unified diff of what would change.")
    ] = False,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="text, json (one object per file) or github (annotations).",
        ),
    ] = "text",
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    to: ToOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules_file: RulesOpt = None,
    jobs: JobsOpt = None,
    dedup_lines: DedupOpt = None,
    text_field: TextFieldOpt = "text",
    quiet: QuietOpt = False,
) -> None:
    """Change nothing; exit 1 if any file would change (listing the rules), 3 if one can't be read.

    Reads what clean reads, the same way: folders walked alike (text, pages, feeds,
    JSONL files, web archives); a JSONL file (*.jsonl, *.ndjson, .gz/.zst) would change
    when the --text-field of one of its records would, and a malformed line is an error
    (exit 3); an archive when one of its document records would.
    """
    if output_format not in ("text", "json", "github"):
        raise _usage_error(f"--format must be text, json or github, not {output_format!r}")
    run = _prepare(
        paths,
        None,
        include,
        exclude,
        to,
        select,
        ignore,
        rules_file,
        jobs,
        dedup_lines,
        default_include=LOOK_PATTERNS,
    )
    records = [problem_record(p) for p in run.problems]
    # What clean reads, read the same way (pages, feeds, JSONL, archives), nothing written.
    checked = clean_inputs(run.jobs, None, run.config, run.workers, write=False, field=text_field)
    records += list(checked)
    changed = [r for r in records if r.get("changes") and r["status"] != "error"]
    failed = [r for r in records if r["status"] == "error"]
    skipped = [r for r in records if r["status"] == "skipped"]
    write = sys.stdout.write
    if output_format != "json":  # JSON holds them; elsewhere they go to stderr, as clean's
        # The console (and rich, 20 ms of a cold start) only when there is something to say:
        # a pre-commit hook's check of clean files prints nothing here.
        messages = [
            message
            for record in records
            for message in record_messages(record)
            # errors are listed below, on stdout; the malformed lines of one here
            if record["status"] != "error" or message.startswith("zhclean: malformed:")
        ]
        if messages:
            err = _console(stderr=True)
            for message in messages:
                err.print(message, markup=False)
        if not records:
            _console(stderr=True).print(
                "zhclean: warning: no files to check (text, pages, feeds, JSONL files and "
                "web archives, by their names)",
                markup=False,
            )
    for record in records:
        if output_format == "json":
            write(
                json.dumps({k: v for k, v in record.items() if k != "config"}, ensure_ascii=False)
                + "\n"
            )
        elif output_format == "github":
            _github_annotations(record, write)
        elif record.get("changes") or record["status"] == "error":
            if record["status"] == "error":
                write(f"{record['input']}: error: {record['error']}\n")
            else:
                codes = ", ".join(f"{code}×{n}" for code, n in record["rules"].items())
                write(f"{record['input']}: would change ({codes}){_records(record)}\n")
        if diff and record.get("changes"):
            write(_diff(record, run.config))
    if output_format == "text" and not quiet:
        counts = Counter(changes=len(changed), skipped=len(skipped), error=len(failed))
        counts["clean"] = len(records) - len(changed) - len(failed) - len(skipped)
        write(run_summary(counts, checking=True) + "\n")
    if failed:
        raise typer.Exit(EXIT_FAILED)
    if changed:
        raise typer.Exit(1)


def _records(record: dict) -> str:
    """How many of a JSONL file's or an archive's records would change."""
    if "records_in" not in record:
        return ""
    return f": {record['records_changed']} of {record['records_in']} records"


def _github_annotations(record: dict, write) -> None:
    """GitHub workflow commands, so findings show on the pull request."""
    path = _escape_property(record["input"])
    if record["status"] == "error":
        write(f"::error file={path}::{_escape(record['error'] or 'error')}\n")
        return
    if not record.get("changes"):
        return
    # A page's or a feed's line numbers count the lines of its visible text, not of the
    # file: no line= there (the annotation is the file's), as for a record's.
    own_lines = not record.get("source")
    for removed in record["removed"]:
        rule = RULES[removed["rule"]]
        line = f",line={removed['line']}" if removed.get("line") and own_lines else ""
        write(
            f"::warning file={path}{line}::{rule.code} {rule.name}: {_escape((removed['text'] or '').strip())}\n"
        )
    listed = {r["rule"] for r in record["removed"]} | (set() if own_lines else READING_CODES)
    in_line = {code: n for code, n in record["rules"].items() if code not in listed}
    if in_line:
        summary = ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in in_line.items())
        write(f"::warning file={path}::zhclean would change this file: {_escape(summary)}\n")


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property (``file=``) ends at ``,`` and its list at ``::``."""
    return _escape(text).replace(":", "%3A").replace(",", "%2C")


def _diff(record: dict, config: Config) -> str:
    """What cleaning would change: a text's decoded lines, a page's visible text."""
    from ..documents import document_text, file_hint
    from ..pipeline import clean_bytes

    if "records_in" in record:  # a JSONL file's or an archive's records: no file to diff
        return f"{record['input']}: records are not diffed (clean them with --out to compare)\n"
    source = record_path(record, "input")
    assert isinstance(source, Path)  # check reads local files
    data = source.read_bytes()
    hint = file_hint(source)
    before = document_text(data, hint) or ""
    after = clean_bytes(data, config, hint=hint).text or ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=record["input"],
        tofile=f"{record['input']} (cleaned)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
