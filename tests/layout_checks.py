"""How the layout tests read a page of made-up lines under a title: what layout makes of
them, and the two verdicts they check (the lines joined into one, or left apart).

>>> run, joined, apart = checks("城南图书馆延长开放时间")
>>> joined("从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，", "方便上班族下班后前来阅读。")
>>> apart("开放时间", "从下月起，城南图书馆将把每周五的闭馆时间推迟到晚上十点。")
"""

from __future__ import annotations

from collections.abc import Callable

from zhclean.report import Report
from zhclean.stages.layout import layout


def checks(
    title: str,
) -> tuple[Callable[..., list[str]], Callable[..., None], Callable[..., None]]:
    """``run(*lines)``: the lines layout makes of ``lines`` under ``title``; ``joined`` and
    ``apart`` assert that they become one line, or stay as they are."""

    def run(*lines: str) -> list[str]:
        return layout("\n".join([title, *lines]), Report(), lambda code: True).split("\n")[1:]

    def joined(*lines: str) -> None:
        assert run(*lines) == ["".join(lines)]

    def apart(*lines: str) -> None:
        assert run(*lines) == list(lines)

    return run, joined, apart
