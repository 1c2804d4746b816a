"""Events and the per-document report every stage writes to.

A stage never returns "what it did" in prose: it calls ``report.add(code, ...)``
with a rule code from :mod:`zhclean.rules`. The manifest, ``zhclean explain``
and the summary table are all views of these events.

    >>> r = Report()
    >>> r.add("ZH207", count=3, line=2)
    >>> r.counts()
    {'ZH207': 3}
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass, field

from .rules import RULES


class TimeBudgetExceeded(Exception):
    """Cleaning one document went past its deadline (``Config.time_budget``)."""


@dataclass
class Event:
    code: str
    count: int = 1
    line: int | None = None  # 1-based line number in the decoded input, when known
    text: str | None = None  # the removed line, for line removals
    before: str | None = None  # for in-line repairs: the text before ...
    after: str | None = None  # ... and after
    detector: str | None = None  # the detector that made the change, for explain
    # A line removal (it had text when made): stays one when its text is not kept
    # (--no-removed-text), so the count of removed lines never depends on that option.
    removal: bool = False

    @property
    def name(self) -> str:
        return RULES[self.code].name

    def to_dict(self) -> dict:
        # The detector is for people (explain); the manifest keeps codes.
        data = {
            k: v
            for k, v in asdict(self).items()
            if v is not None and k not in ("detector", "removal")
        }
        data["name"] = self.name
        return data


@dataclass
class Report:
    events: list[Event] = field(default_factory=list)
    # Mojibake families repaired line by line (for ``zhclean detect``); not part of the events.
    families: set[str] = field(default_factory=set)
    # Removed lines that read like the author's prose: kept in the manifest for a human to check.
    warnings: list[dict] = field(default_factory=list)
    # Seconds per stage, summed, when a benchmark asks for them (None: not measured).
    timings: dict[str, float] | None = None
    # time.monotonic() after which the work on this document stops (None: no limit).
    deadline: float | None = None
    # The DOM evidence of the lines of a document read from HTML (stages/markup.py sets it,
    # the boilerplate stage's DOM room reads it); None for text.
    dom: object | None = None

    def check_time(self) -> None:
        """Raise :class:`TimeBudgetExceeded` once the deadline has passed.

        Stages call it between stages and every so many lines: the budget is cooperative
        (a signal could not interrupt a regex running in C, nor run outside the main thread).
        """
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded

    def add(
        self,
        code: str,
        count: int = 1,
        line: int | None = None,
        text: str | None = None,
        before: str | None = None,
        after: str | None = None,
        detector: str | None = None,
    ) -> None:
        if code not in RULES:  # a typo in a stage is a bug: fail loudly in tests
            raise KeyError(code)
        if count:
            self.events.append(
                Event(code, count, line, text, before, after, detector, text is not None)
            )

    def counts(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for event in self.events:
            total[event.code] += event.count
        return dict(sorted(total.items()))
