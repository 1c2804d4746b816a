"""Boilerplate keeps the pieces of a sentence a line break cut (issue 14): a line that a
kept line next to it goes on with, the break cutting a word by far, is no label, menu row or
headline, however it reads alone; layout then rejoins it. Two whole words that make a
compound across a break ("…集团" / "公司…") prove no cut. A paragraph broken into short
lines after the body, the last ending with a full stop, each break inside its sentence, stays
whole. The pages are made up for these tests."""

from __future__ import annotations

from zhclean import clean_text
from zhclean.stages.boilerplate.features import Item
from zhclean.stages.boilerplate.guards import guard_cut_sentences

TITLE = "社区图书馆改造完工"
P1 = "经过三个月的施工，位于城南的社区图书馆近日完成改造，新增自习座位两百多个，开设儿童阅读区。"
P2 = "图书馆还在一楼设立了自助借还书机，读者刷借阅证就能借书还书，不必再到服务台排队等候。"


def clean(*lines: str) -> list[str]:
    return clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]


def test_a_comment_cut_inside_a_word_keeps_its_first_piece():
    # "评论 小林：和我的经" alone reads as a row of a menu's labels; "经|历" is one word.
    first, rest = (
        "评论 小林：和我的经",
        "历很像，我小时候也是在这样的社区图书馆里读完了第一本小说。",
    )
    assert clean(TITLE, P1, first, rest, P2) == [TITLE, P1, first + rest, P2]


def test_a_whole_comment_line_is_judged_as_before():
    # Cut at a word boundary, nothing proves the two lines one sentence: no guard.
    items = [Item(1, "评论 小林：和我的", ""), Item(2, "经历很像，我也是。", "")]
    items[0].mark("ZH303")
    guard_cut_sentences(items)
    assert items[0].removed


def test_a_piece_goes_on_from_a_kept_line_above():
    items = [Item(1, "全力做到两个维护，城西区把宣", ""), Item(2, "讲党的精神", "")]
    items[1].mark("ZH304")
    guard_cut_sentences(items)
    assert not items[1].removed and items[1].guard == "piece of a cut sentence"


def test_pieces_of_pieces_are_kept_from_the_kept_line():
    items = [
        Item(1, "全力做到两个维护，城西区把宣", ""),
        Item(2, "讲党的十九届六中全", ""),
        Item(3, "会精神", ""),
    ]
    items[1].mark("ZH304")
    items[2].mark("ZH304")
    guard_cut_sentences(items)
    assert not items[1].removed and not items[2].removed


def test_a_line_after_a_blank_line_is_no_piece():
    # Line 3 under line 1: a blank line parted them, the page's own paragraphs.
    items = [Item(1, "全力做到两个维护，城西区把宣", ""), Item(3, "讲党的精神", "")]
    items[1].mark("ZH304")
    guard_cut_sentences(items)
    assert items[1].removed


def test_a_name_over_a_field_makes_no_cut_word():
    items = [Item(1, "城南文化集团", ""), Item(2, "公司地址：城南路10号", "")]
    items[0].mark("ZH303")
    guard_cut_sentences(items)
    assert items[0].removed


def test_a_closing_paragraph_broken_into_short_pieces_stays():
    # The pieces after the body read alone as a list of titles; together they are one
    # sentence: a word cut at the first break (借|阅), a clause that goes on, a "的" no line
    # stops on, and a full stop at the end.
    pieces = [
        "以上就是关于社区图书馆改造后开放安排的介绍，读者借",
        "阅时请带好借阅证，大家",
        "可以提前在网上查询座位，也可以留意馆方发布的",
        "最新通知。",
    ]
    out = clean(TITLE, P1, P2, *pieces)
    assert out[:3] == [TITLE, P1, P2]
    assert "".join(out[3:]) == "".join(pieces)


def test_titles_after_the_body_still_go():
    titles = [
        "城北体育馆新增二十块羽毛球场",
        "城西书店推出周末诗歌朗诵会",
        "全市中小学今起开始秋季招生",
        "地铁五号线南延段计划年底通车",
    ]
    assert clean(TITLE, P1, P2, *titles) == [TITLE, P1, P2]
