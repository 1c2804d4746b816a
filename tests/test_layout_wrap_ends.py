"""Layout: a line of a hard-wrapped page that fills the wrap's width by chance and ends its
paragraph there: a field over another field, a teaser its site cut off (issue 14: never glue
a heading or an entry to the line under it). Every page here is made up for these tests; the
first line is a title, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

run, joined, apart = checks("城东图书馆的秋季安排")


# A paragraph hard-wrapped at twenty characters, its last line short.
PARAGRAPH = (
    "今年秋季城东图书馆将举办系列读书分享会邀请多位作家和学者走进馆内与读者面对面交流"
    "阅读心得分享写作经验并为青少年读者开设专场活动帮助他们养成良好的阅读习惯欢迎广大"
    "市民踊跃参加。"
)
WRAPPED = [PARAGRAPH[i : i + 20] for i in range(0, len(PARAGRAPH), 20)]


def test_two_fields_in_a_row_on_a_wrapped_page_stay_apart():
    # A field that fills a wrapped page's line by chance ends there: the line under it opens
    # with a label too.
    # The paragraph has no full stop: its last line could go on.
    text = PARAGRAPH.rstrip("。")
    wrapped = [text[i : i + 20] for i in range(0, len(text), 20)]
    fields = [
        "主持人：王晓明（城东图书馆阅读推广部主任）",
        "嘉宾：李华（作家）陈明（城东大学文学院教授）",
    ]
    assert run(*wrapped, *fields)[-2:] == fields


def test_a_teaser_cut_off_at_a_wrapped_pages_width_ends_its_paragraph():
    # "…读者..." fills the wrap's line by chance: the site cut it off there.
    teaser = "城东图书馆新馆开放首月借阅量创新高读者..."
    lines = run(
        *WRAPPED,
        "城东图书馆新馆首月借阅量创新高",
        teaser,
        "近日城东图书馆发布了新馆首月的借阅数据借阅",
    )
    assert teaser in lines


def test_a_card_that_ends_on_its_link_ends_its_paragraph_at_the_width():
    # "…阅读全文" fills the wrap's line by chance: a card's link, not a sentence cut there.
    card = "新馆开放首月借阅量创新高，读者们纷纷点赞 阅读全文"
    lines = run(
        *WRAPPED,
        "城东图书馆新馆首月借阅量创新高",
        card,
        "近日城东图书馆发布了新馆首月的借阅数据借阅",
    )
    assert card in lines


def test_a_line_cut_at_the_width_inside_a_bracket_joins_with_no_space():
    # "（主讲人：…王晓明教" / "授）": a wrap inside the bracket, not a name's padded characters.
    lines = [
        "今年秋季，城东图书馆将举办系列读书分享会，",
        "邀请多位作家和学者走进馆内，与读者面对面交",
        "流阅读心得，分享写作经验，并为青少年读者开",
        "设专场活动，帮助他们养成良好的阅读习惯（主",
        "讲人：城东大学文学院院长、著名作家王晓明教",
        "授）。",
    ]
    joined(*lines)
