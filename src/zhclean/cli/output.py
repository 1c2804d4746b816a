"""What the commands print besides records: the console, the progress bar, the summary table."""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING

from ..manifest import (
    lines_removed,
)
from ..rules import RULES

if TYPE_CHECKING:  # rich is imported where it prints: a quiet check never needs it
    from rich.console import Console


def _console(stderr: bool = False) -> Console:
    # No colour codes when not on a terminal (CI logs, pipes), and wide enough there that
    # tables do not fold paths into several lines.
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, soft_wrap=True, width=160)
    return console


class _Progress:
    """A progress bar (files and MB/s) on a terminal, for runs that last more than a second."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and _console(stderr=True).is_terminal
        self.started = time.monotonic()
        self.done = 0
        self.bytes = 0
        self.bar = None

    def __enter__(self) -> _Progress:
        return self

    def advance(self, size: int, files: int = 1) -> None:
        self.done += files
        self.bytes += size
        if not self.enabled:
            return
        if self.bar is None and time.monotonic() - self.started > 1.0:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("cleaning"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=_console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("clean", total=self.total, rate="")
        if self.bar is not None:
            elapsed = max(1e-6, time.monotonic() - self.started)
            self.bar.update(
                self.task, completed=self.done, rate=f"{self.bytes / elapsed / 1e6:.1f} MB/s"
            )

    def print(self, message: str, console: Console) -> None:
        (self.bar.console if self.bar is not None else console).print(message, markup=False)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary(records: list[dict]) -> None:
    status = Counter(r["status"] for r in records)
    rules: Counter[str] = Counter()
    for record in records:
        rules.update(record["rules"])
    removed = sum(lines_removed(r) for r in records)
    cached = sum(1 for r in records if r.get("cached"))
    _summary_table(len(records), status, rules, removed, cached)


def _summary_table(
    files: int, status: Counter[str], rules: Counter[str], removed: int, cached: int
) -> None:
    from rich.table import Table

    table = Table(title="zhclean", show_header=True)
    columns = ["files", "cleaned", "unchanged", "dropped", "skipped", "errors", "lines removed"]
    values = [
        files,
        *(status[s] for s in ("cleaned", "unchanged", "dropped", "skipped", "error")),
        removed,
    ]
    if cached:
        columns.append("cached")
        values.append(cached)
    for column in columns:
        table.add_column(column, justify="right")
    table.add_row(*map(str, values))
    console = _console()
    console.print(table)
    top = [(code, n) for code, n in rules.most_common() if not code.startswith("ZH9")][:8]
    if top:
        console.print(
            "top rules: " + ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in top),
            markup=False,
        )
