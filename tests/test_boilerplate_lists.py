"""Lists of other articles after the body, under a heading that names what the list holds
("热榜", "排行榜"), numbered or not; an author's numbered list with no such heading stays.

Every page here is made up for these tests."""

from __future__ import annotations

import pytest

from zhclean import clean_text

TITLE = "城南图书馆延长夜间开放时间"
BODY = [
    "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。",
    "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务也不受影响。",
    "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。",
]
OTHERS = ["河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造", "公交十二路调整部分站点"]


def clean(lines: list[str]) -> list[str]:
    return clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]


@pytest.mark.parametrize("heading", ["热榜", "24小时热榜", "排行榜"])
@pytest.mark.parametrize("form", ["{n} {t}", "{n}. {t}", "{n}、{t}", "{t}"])
def test_a_list_under_a_heading_that_names_a_list_goes_numbered_or_not(heading, form):
    entries = [form.format(n=i + 1, t=t) for i, t in enumerate(OTHERS)]
    assert clean([TITLE, *BODY, heading, *entries]) == [TITLE, *BODY]


@pytest.mark.parametrize("form", ["{n}. {t}", "{n}、{t}"])
def test_a_numbered_list_with_no_such_heading_stays(form):
    """With no heading that names a list, numbered lines after the body may be the author's
    (steps, points): kept (POLICY: when unsure, keep)."""
    entries = [form.format(n=i + 1, t=t) for i, t in enumerate(OTHERS)]
    assert clean([TITLE, *BODY, *entries]) == [TITLE, *BODY, *entries]
