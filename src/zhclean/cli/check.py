"""``zhclean check``: what cleaning would change, as text, JSON or GitHub annotations."""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..config import Config
from ..corpus import clean_all
from ..manifest import (
    problem_record,
    record_path,
)
from ..rules import RULES
from .app import EXIT_FAILED, _usage_error, app
from .options import (
    DedupOpt,
    ExcludeOpt,
    IgnoreOpt,
    IncludeOpt,
    JobsOpt,
    PathsArg,
    QuietOpt,
    RulesOpt,
    SelectOpt,
    ToOpt,
    _prepare,
)


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
    quiet: QuietOpt = False,
) -> None:
    """Change nothing; exit 1 if any file would change (listing the rules), 3 if one can't be read."""
    if output_format not in ("text", "json", "github"):
        raise _usage_error(f"--format must be text, json or github, not {output_format!r}")
    run = _prepare(paths, None, include, exclude, to, select, ignore, rules_file, jobs, dedup_lines)
    records = [problem_record(p) for p in run.problems]
    records += list(clean_all(run.jobs, None, run.config, run.workers, write=False))
    changed = [r for r in records if r.get("changes")]
    failed = [r for r in records if r["status"] == "error"]
    write = sys.stdout.write
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
                write(f"{record['input']}: would change ({codes})\n")
        if diff and record.get("changes"):
            write(_diff(record, run.config))
    if output_format == "text" and not quiet:
        write(
            f"{len(changed)} file(s) would change, {len(records) - len(changed) - len(failed)} clean"
            + (f", {len(failed)} failed" if failed else "")
            + "\n"
        )
    if failed:
        raise typer.Exit(EXIT_FAILED)
    if changed:
        raise typer.Exit(1)


def _github_annotations(record: dict, write) -> None:
    """GitHub workflow commands, so findings show on the pull request."""
    path = _escape_property(record["input"])
    if record["status"] == "error":
        write(f"::error file={path}::{_escape(record['error'] or 'error')}\n")
        return
    if not record.get("changes"):
        return
    for removed in record["removed"]:
        rule = RULES[removed["rule"]]
        line = f",line={removed['line']}" if removed.get("line") else ""
        write(
            f"::warning file={path}{line}::{rule.code} {rule.name}: {_escape((removed['text'] or '').strip())}\n"
        )
    in_line = {
        code: n
        for code, n in record["rules"].items()
        if code not in {r["rule"] for r in record["removed"]}
    }
    if in_line:
        summary = ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in in_line.items())
        write(f"::warning file={path}::zhclean would change this file: {_escape(summary)}\n")


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property (``file=``) ends at ``,`` and its list at ``::``."""
    return _escape(text).replace(":", "%3A").replace(",", "%2C")


def _diff(record: dict, config: Config) -> str:
    from ..pipeline import clean_bytes
    from ..report import Report
    from ..stages.decode import decode

    source = record_path(record, "input")
    assert isinstance(source, Path)  # check reads local files
    data = source.read_bytes()
    before = decode(data, Report()).text or ""
    after = clean_bytes(data, config).text or ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=record["input"],
        tofile=f"{record['input']} (cleaned)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
