"""The report in the terminal (``zhclean report --text``): the same totals and the top
warnings as the page, as rich tables.

    >>> import io, tempfile, json
    >>> from pathlib import Path
    >>> from rich.console import Console
    >>> from .build import build_audit
    >>> folder = Path(tempfile.mkdtemp())
    >>> record = {"input": "a.txt", "status": "cleaned", "rules": {"ZH303": 1},
    ...           "removed": [{"line": 1, "rule": "ZH303", "text": "首页 > 新闻"}]}
    >>> _ = (folder / "manifest.jsonl").write_text(json.dumps(record) + "\\n")
    >>> console = Console(file=io.StringIO(), width=100)
    >>> print_summary(build_audit(str(folder), max_files=0), console)
    >>> "ZH303" in console.file.getvalue()
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import RULES
from .build import Audit

if TYPE_CHECKING:
    from rich.console import Console

BAR_WIDTH = 30
WARNINGS_SHOWN = 10


def _bar(value: int, top: int) -> str:
    """A bar of block characters, ``value`` against ``top``.

    >>> _bar(5, 10)
    '███████████████'
    """
    if top <= 0 or value <= 0:
        return ""
    return "█" * max(1, round(BAR_WIDTH * value / top))


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(audit: Audit, console: Console, warnings: int = WARNINGS_SHOWN) -> None:
    """Print the totals per status and per rule, and the top ``warnings`` warnings."""
    from rich.table import Table

    t = audit.totals
    share = (
        f" ({t.lines_removed / t.lines_in:.1%} of {t.lines_in:,} lines)"
        if t.lines_in and not (t.kinds["jsonl"] or t.kinds["warc"])
        else ""
    )
    console.print(f"zhclean report: {audit.source.label}", markup=False, style="bold")
    console.print(
        f"{t.files:,} files, {t.lines_removed:,} lines removed{share}, "
        f"{audit.candidates:,} removed lines read like prose",
        markup=False,
    )
    if t.records["records_in"]:
        r = t.records
        console.print(
            f"JSONL records: {r['records_in']:,} read, {r['records_changed']:,} changed, "
            f"{r['records_dropped']:,} dropped, {t.malformed:,} malformed",
            markup=False,
        )
    statuses = Table(title="Files by status", title_justify="left")
    for column in ("status", "files", "share", ""):
        statuses.add_column(column, justify="right" if column in ("files", "share") else "left")
    top = max(t.statuses.values(), default=0)
    for status, count in sorted(t.statuses.items(), key=lambda item: -item[1]):
        statuses.add_row(status, f"{count:,}", f"{count / t.files:.1%}", _bar(count, top))
    console.print(statuses)
    rules = Table(title="Changes by rule (boilerplate: lines removed)", title_justify="left")
    for column in ("rule", "name", "stage", "count", ""):
        rules.add_column(column, justify="right" if column == "count" else "left")
    top = max(t.rules.values(), default=0)
    for code, count in sorted(t.rules.items(), key=lambda item: (-item[1], item[0])):
        rule = RULES.get(code)
        name, stage = (rule.name, rule.stage) if rule else ("unknown rule", "")
        rules.add_row(code, name, stage, f"{count:,}", _bar(count, top))
    console.print(rules)
    shown = audit.warnings[:warnings]
    if shown:
        table = Table(
            title=f"Top warnings: removed lines that read like prose ({len(shown)} of "
            f"{audit.candidates:,})",
            title_justify="left",
        )
        for column in ("score", "rule", "where", "removed line"):
            table.add_column(column, overflow="fold")
        for w in shown:
            where = w.file.replace("\\", "/").rsplit("/", 1)[-1]
            where += f" #{w.record}" if w.record is not None else ""
            where += f":{w.line}" if w.line else ""
            table.add_row(f"{w.score:.2f}", w.rule, where, _clip(w.text))
        console.print(table)
    else:
        console.print("No removed line reads like prose.", markup=False)
    source = audit.source
    if source.corrupt or source.unreadable or source.missing:
        console.print(
            f"manifest problems: {source.corrupt:,} lines were no record (skipped), "
            f"{len(source.unreadable)} files unreadable, {len(source.missing)} shards missing",
            markup=False,
            style="yellow",
        )
        for problem in source.problems[:5]:
            console.print(f"  {problem}", markup=False)


__all__ = ["print_summary"]
