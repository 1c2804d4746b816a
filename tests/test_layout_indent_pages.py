"""Layout on a page that indents its paragraphs' first lines and not the pieces a scraper
cut under them: an unindented line under an indented one is a piece of its paragraph, unless
it is a heading (no clause, no end, no word cut over it, a paragraph starting under it) and
the page does not indent its headings too. Every page here is made up; the first line is a
title."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.layout import layout

TITLE = "社区议事会记录"
IND = "\u3000\u3000"
# Comments of a forum thread: paragraphs with no full stop at their end.
NO_END = "这次小区停车位的分配方案我觉得总体上还是公平的，就是抽签的时间安排得太晚了一点"
HEADING = "业主代表发言摘要"
# A paragraph cut once by the scraper (a word cut in two: "维修" / "基金").
CUT = [
    "关于电梯维修基金的使用问题，业主代表提出希望物业公司每季度公开一次维",
    "修基金的收支明细，接受全体业主的监督和检查。",
]
LAST = "物业公司负责人表示会认真研究大家的意见，并在下次议事会上给出答复，请大家继续关注。"


def run(*lines: str) -> list[str]:
    return layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]


def test_a_heading_under_a_paragraph_with_no_end_stays_apart():
    lines = run(IND + NO_END, HEADING, IND + CUT[0], CUT[1], IND + LAST)
    assert lines == [NO_END, HEADING, "".join(CUT), LAST]


def test_a_short_piece_with_a_piece_under_it_still_goes_on():
    # What this must not touch: an unindented short line with an unindented line under it is
    # a piece in the middle of its paragraph.
    short = [
        "这次小区停车位的分配方案我觉得总体上还是公平的，就是抽签的",
        "时间安排",
        "太晚了一点，希望下次能提前通知大家。",
    ]
    lines = run(IND + short[0], short[1], short[2], IND + CUT[0], CUT[1], IND + LAST)
    assert lines == ["".join(short), "".join(CUT), LAST]


def test_a_short_piece_that_cuts_a_word_still_goes_on():
    # "…本报记" / "者 林晓 摄": the word 记者 runs across the break, no heading's edge (the
    # piece, spaced as a row of cells, is read by no other evidence first).
    caption = ["会后，业主代表和物业公司负责人在小区门口合影留念，本报记", "者 林晓 摄"]
    lines = run(IND + caption[0], caption[1], IND + CUT[0], CUT[1], IND + LAST)
    assert lines == ["".join(caption), "".join(CUT), LAST]


def test_on_a_page_that_indents_its_headings_an_unindented_short_line_is_a_piece():
    # Headings indented with their paragraphs (four of them): an unindented line is the
    # scraper's piece, however short.
    heading = IND + "停车位分配"
    first, rest = NO_END[:-8], NO_END[-8:]
    more = [heading, IND + LAST] * 2
    lines = run(heading, IND + first, rest, heading, IND + CUT[0], CUT[1], *more)
    assert lines == ["停车位分配", NO_END, "停车位分配", "".join(CUT), *["停车位分配", LAST] * 2]
