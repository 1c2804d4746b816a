"""A page's table of contents built from its own headings: numbered entries that stand again
below as the article's headings go, with their label; the headings stay. So does an outline
numbered to a second level right under its contents' label ("目录"), though the page, cut
short, does not print all its headings again. A numbered list whose items are not the page's
headings, under no such label, stays.

Every page here is made up for these tests."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

TITLE = "城南社区书房使用指南"
SECTIONS = [
    ("开放时间", "社区书房每天上午九点开门，晚上十点闭馆，节假日照常开放，欢迎居民前来阅读。"),
    ("借阅规则", "每位居民凭社区卡最多可借五本书，借期三十天，到期前可在前台续借一次。"),
    ("捐书方式", "居民可把闲置图书送到前台登记，工作人员会在一周内完成消毒和上架。"),
]


def clean(lines: list[str]) -> list[str]:
    out = boilerplate("\n".join(lines), Report(), lambda code: True)
    return [line for line in out.split("\n") if line.strip()]


def article() -> list[str]:
    return [line for heading, text in SECTIONS for line in (heading, text)]


def test_the_contents_and_their_label_go_the_headings_stay():
    contents = ["文章目录 显示", "1 开放时间", "2 借阅规则", "2.1 捐书方式"]
    assert clean([TITLE, *contents, *article()]) == [TITLE, *article()]


def test_entries_glued_to_their_numbers_go_too():
    contents = ["1开放时间", "2借阅规则", "3捐书方式"]
    assert clean([TITLE, *contents, *article()]) == [TITLE, *article()]


def test_a_numbered_list_of_other_words_stays():
    steps = ["1 带上社区卡", "2 在前台登记"]
    page = [TITLE, *article()[:2], *steps, *article()[2:]]
    assert clean(page) == page


def test_entries_out_of_the_headings_order_stay():
    listed = ["1 借阅规则", "2 开放时间"]
    page = [TITLE, *listed, *article()]
    assert clean(page) == page


def test_a_labelled_outline_goes_though_its_headings_do_not_all_stand_below():
    # A page cut short: the outline's headings are not all printed again under it.
    outline = ["目录", "1 开放时间", "1.1 平日", "1.2 周末", "2 借阅规则", "2.1 借阅证", "3 交通"]
    assert clean([TITLE, *outline, *article()]) == [TITLE, *article()]


def test_an_authors_numbered_steps_with_no_contents_label_stay():
    steps = ["1 准备社区卡", "1.1 带上身份证", "1.2 填写申请表", "2 到前台办理", "3 开始借书"]
    out = clean([TITLE, *article(), *steps])
    assert all(step in out for step in steps)


def test_contents_without_numbers_go_and_the_title_above_them_stays():
    # Its entries are the headings themselves, each standing again over its paragraph: the
    # last entry right above the body is no title, the page's title above the list is.
    headings = [heading for heading, _ in SECTIONS]
    for contents in (["目录", *headings], headings):
        assert clean([TITLE, "社区小编", *contents, *article()]) == [TITLE, "社区小编", *article()]


def test_two_headings_under_no_label_stay():
    # Two lines printed again below could be the author's: only a longer column, or a column
    # under the contents' label, is a table of contents.
    headings = [heading for heading, _ in SECTIONS[:2]]
    lines = [TITLE, *headings, *article()]
    assert clean(lines) == lines


def test_the_authors_list_introduced_with_a_colon_stays_though_each_item_heads_a_section():
    headings = [heading for heading, _ in SECTIONS]
    lines = [TITLE, "书房的三件事，下面逐条说明：", *headings, *article()]
    assert clean(lines) == lines
