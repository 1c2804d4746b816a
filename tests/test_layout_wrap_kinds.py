"""Layout: hard-wrapped pages with nothing between their paragraphs (fixtures/
make_break_kinds.py's ``width`` and ``narrow`` kinds). Every page here is made up."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.layout import layout
from zhclean.stages.page_shape import display_width

TITLE = "城南图书馆延长开放时间"
P1 = (
    "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。"
    "馆长介绍说，改造后的阅览室新增了两百个座位和三十台电脑。"
)
P2 = (
    "据介绍，新馆位于城东文化公园北侧，总建筑面积约两万平方米，设有少儿阅读区、古籍修复室和多功"
    "能报告厅，建成后将成为全市最大的公共图书馆。"
)


def wrap(text: str, width: int = 40) -> list[str]:
    """``text`` cut into lines of ``width`` columns, as a terminal or a mail client cuts."""
    lines, line = [], ""
    for ch in text:
        if display_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def run(*paragraphs: str) -> list[str]:
    lines = [TITLE] + [line for p in paragraphs for line in wrap(p)]
    return layout("\n".join(lines), Report(), lambda c: True).split("\n")[1:]


def test_a_heading_as_wide_as_the_wrap_is_not_glued_to_the_paragraph_under_it():
    heading = "新馆建设工程稳步推进 预计明年春季开放"  # 37 columns of 40, no mark, no cut word
    assert display_width(heading) >= 34
    assert run(P1, heading, P2) == [P1, heading, P2]


def test_a_wrapped_line_that_ends_on_a_semicolon_goes_on():
    p2 = P2.replace(
        "面积约两万平方米，设有少儿阅读区、古籍修复室和", "面积约两万平方米，设阅读区、古籍修复室；"
    )
    assert "；" in wrap(p2)[1][-1:]  # the semicolon falls at the wrap
    assert run(P1, p2) == [P1, p2]


def test_a_figure_cut_by_the_wrap_is_joined_with_nothing():
    p2 = P2.replace("北侧，总建筑", "北侧，投资1234万元，总建筑")
    assert wrap(p2)[0][-1:].isdigit() and wrap(p2)[1][:1].isdigit()
    assert run(P1, p2) == [P1, p2]


def test_a_latin_comma_after_a_closing_quote_goes_on_like_a_chinese_one():
    lines = ["从下月起,城南图书馆将开展“书香进万家”,", "方便市民就近借阅图书。"]
    out = layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]
    assert out == ["".join(lines)]


# --- a figure cut in two, or from its unit, or from the word before it ----------------


def lay(*lines: str) -> list[str]:
    return layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]


def test_a_figure_cut_from_its_unit_or_in_two_is_rejoined_with_nothing():
    a = "从下月起，城南图书馆将在城东新建分馆，全年预计接待读者约35"
    assert lay(a, "万人次，方便周边市民就近借阅。") == [a + "万人次，方便周边市民就近借阅。"]
    b = "从下月起，城南图书馆将在城东新建分馆，藏书容量达到3"
    assert lay(b, "50万册，方便周边市民就近借阅。") == [b + "50万册，方便周边市民就近借阅。"]


def test_a_word_that_introduces_a_figure_goes_on_in_it():
    a = "从下月起，城南图书馆将延长开放时间，每天的闭馆时间将从"
    assert lay(a, "18点推迟到22点，方便市民就近借阅。") == [
        a + "18点推迟到22点，方便市民就近借阅。"
    ]


def test_a_label_and_its_code_or_a_page_number_stay_apart():
    assert lay("瑞茂通600180", "3.24%) 广发证券营业部") == ["瑞茂通600180", "3.24%) 广发证券营业部"]
    a = "“你怎么会变成这幅样子？”62"
    assert lay(a, "周铭嘀嘀咕咕着，他知道自己这样站在甲板上。") == [
        a,
        "周铭嘀嘀咕咕着，他知道自己这样站在甲板上。",
    ]


# A heading of two wrapped lines: the first holds a clause mark (no heading at the width), the
# second stops 6 columns short of the wrap, within the slack a loose wrap may leave.
HEADING = "补短板强弱项，全市公共文化服务体系建设三年行动计划实施情况与下一步重点工作"
P3 = (
    "据悉，为配合新馆开放，市文化局还将组织志愿者队伍，在周末为读者提供图书检索、借还咨询和数字"
    "资源使用指导等服务，并计划在暑期举办面向中小学生的阅读夏令营活动。"
)


def test_a_line_short_of_a_tight_wrap_ends_its_paragraph():
    # Every cut line of the page stops at 40 columns: one of 34 was not cut by the wrap.
    assert [display_width(line) for line in wrap(HEADING)] == [40, 34]
    assert run(P1, P2, HEADING, P3) == [P1, P2, HEADING, P3]


def test_a_tight_wrap_still_moves_a_latin_word_that_does_not_fit():
    # The wrap moved the whole word to the next line: a line of 32 columns stops short of
    # 40, as a word of 12 columns and its space did not fit.
    cut = sum(len(line) for line in wrap(P3)[:2]) - 4
    p3 = P3[:cut] + "ReadingGuide" + P3[cut:]
    head = wrap(P3[:cut])
    assert display_width(head[-1]) + 1 + len("ReadingGuide") > 40 > display_width(head[-1]) + 2
    lines = [TITLE] + [line for p in (P1, P2) for line in wrap(p)] + head + wrap(p3[cut:])
    out = layout("\n".join(lines), Report(), lambda c: True).split("\n")[1:]
    assert out == [P1, P2, p3]


def test_a_loose_wrap_still_joins_a_line_a_few_columns_short():
    # Lines cut anywhere between 34 and 40 columns (a hand-wrapped mail): no tight column.
    text = P1 + P2
    lines, at = [], 0
    for n in (20, 17, 19, 18, 20, 17, 19, 18):
        lines.append(text[at : at + n])
        at += n
    lines.append(text[at:])
    out = layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]
    assert out == [text]


def test_a_heading_wrapped_over_two_full_lines_stays_over_its_paragraph():
    # Both lines as wide as the wrap, the first cut inside 行动: a heading's words, no mark of
    # a sentence in its 40 characters, and no word across the break under it.
    heading = "为切实做好全市公共文化服务体系建设三年行动计划实施情况回顾与下一阶段重点工作安排"
    assert [display_width(line) for line in wrap(heading)] == [40, 40]
    assert run(P1, P2, heading, P3) == [P1, P2, heading, P3]


def test_a_paragraphs_first_two_lines_with_a_comma_still_go_on():
    # The same two full lines with a clause mark in them are a sentence's start.
    lines = "为切实做好全市公共文化服务体系建设，三年行动计划实施情况回顾与下一阶段重点工作安排"
    p3 = lines + P3
    assert run(P1, P2, p3) == [P1, P2, p3]


def test_a_credit_in_brackets_after_the_last_sentence_ends_a_full_line_and_the_paragraph():
    p2 = P2 + "（记者王小明 通讯员李华）"
    assert display_width(wrap(p2)[-1]) == 39  # as wide as the wrap, by chance
    assert run(P1, p2, P3) == [P1, p2, P3]


def test_a_full_line_that_ends_on_a_bracket_inside_a_sentence_goes_on():
    # No sentence ends before the bracket: the wrap cut the sentence after it.
    p3 = P3.replace("在周末为读者", "在周末为社区（村）读者")
    cut = wrap(p3)[0]
    assert not cut.endswith("）") or "。" not in cut
    assert run(P1, P2, p3) == [P1, P2, p3]


# A heading as wide as the wrap under a line that ends no sentence (a caption, a credit), and
# its paragraph opening with a figure: a year, a time, a bare number.
CREDIT = "城南图书馆供图 记者 林晓 摄"
BY_FIGURE = "2024年全市公共图书馆共接待读者四百余万人次，比上年增长两成，其中少儿读者增长最快。"


def test_a_heading_at_the_width_stays_over_a_paragraph_that_opens_with_a_figure():
    heading = "新馆建设工程稳步推进 预计明年春季开放"
    assert run(P1, CREDIT, heading, BY_FIGURE) == [P1, CREDIT, heading, BY_FIGURE]


def test_a_figure_still_goes_on_after_a_wrapped_line_that_introduces_it():
    # What the figure must not part, under the same credit: "…建成于" / "2019年…" (a word
    # that introduces it), "…带动周边村民" / "300名…" (the figure and its unit).
    for first, rest in (
        (
            "新馆的主体建筑经过两年多的施工最终建成于",
            "2019年秋天，此后每年接待的读者人数都在稳步增长。",
        ),
        (
            "新馆开放以来举办讲座和展览共带动周边村民",
            "300名在家门口就业，社会反响很好，受到了好评。",
        ),
    ):
        assert display_width(first) == 40 and wrap(first + rest)[0] == first
        assert run(P1, CREDIT, first + rest, P2) == [P1, CREDIT, first + rest, P2]
