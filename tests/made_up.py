"""The made-up article the boilerplate tests put junk around, and how they clean a page of it.

>>> kept, _ = clean_lines([TITLE, *BODY, "上一篇：河滨公园新增两条夜跑步道"])
>>> kept == [TITLE, *BODY]
True
"""

from __future__ import annotations

from collections.abc import Callable

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

TITLE = "城南图书馆延长夜间开放时间"
BODY = [
    "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。",
    "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务也不受影响。",
    "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。",
]


def clean_lines(
    lines: list[str], on: Callable[[str], bool] = lambda code: True
) -> tuple[list[str], Report]:
    """The page's lines the stage keeps (blank ones left out), and its report."""
    report = Report()
    out = boilerplate("\n".join(lines), report, on)
    return [line for line in out.split("\n") if line.strip()], report
