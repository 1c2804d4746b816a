"""Lists of other articles after the body, under a heading that names what the list holds
("热榜", "排行榜"), numbered or not; an author's numbered list with no such heading stays.

Every page here is made up for these tests."""

from __future__ import annotations

import pytest
from made_up import BODY, TITLE

from zhclean import clean_text

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
