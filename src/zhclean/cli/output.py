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
    _clean_summary(len(records), status, rules, removed, cached)


def _clean_summary(
    files: int, status: Counter[str], rules: Counter[str], removed: int, cached: int
) -> None:
    """clean's end of run: :func:`run_summary`'s line, then the rules that fired most."""
    console = _console()
    console.print(run_summary(status, removed=removed, cached=cached, files=files), markup=False)
    top = [(code, n) for code, n in rules.most_common() if not code.startswith("ZH9")][:8]
    if top:
        console.print(
            "top rules: " + ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in top),
            markup=False,
        )


# What a run's last line counts, in this order: clean's statuses, check's verdicts.
CLEAN_COUNTS = (
    ("cleaned", "cleaned"),
    ("unchanged", "unchanged"),
    ("dropped", "dropped"),
    ("skipped", "skipped"),
    ("error", "failed"),
)
CHECK_COUNTS = (
    ("changes", "would change"),
    ("clean", "clean"),
    ("skipped", "skipped (not checked)"),
    ("error", "failed"),
)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def run_summary(
    counts: Counter[str],
    checking: bool = False,
    removed: int | None = None,
    cached: int = 0,
    files: int | None = None,
) -> str:
    """The last line of a run, the one wording for every command: the files, then each
    count that is not zero (``clean``: by status; ``check``: ``changes``, ``clean``,
    ``skipped``, ``error``), then the lines removed.

        >>> from collections import Counter
        >>> run_summary(Counter(cleaned=2, unchanged=1, error=1), removed=1)
        '4 files: 2 cleaned, 1 unchanged, 1 failed; 1 line removed'
        >>> run_summary(Counter(changes=1, clean=0, skipped=1), checking=True)
        '2 files: 1 would change, 1 skipped (not checked)'
        >>> run_summary(Counter(), checking=True)
        '0 files'
        >>> run_summary(Counter(unchanged=3), removed=0, cached=3)
        '3 files (3 cached): 3 unchanged; 0 lines removed'
    """
    total = sum(counts.values()) if files is None else files
    kinds = CHECK_COUNTS if checking else CLEAN_COUNTS
    shown = [f"{counts[key]} {label}" for key, label in kinds if counts[key]]
    line = _plural(total, "file") + (f" ({cached} cached)" if cached else "")
    line += ": " + ", ".join(shown) if shown else ""
    if removed is not None:
        line += f"; {_plural(removed, 'line')} removed"
    return line
