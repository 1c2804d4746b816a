"""Layout: lines of a clean page that must stay apart (issue 14's false joins), each next to
the break of the same shape that must still join. Every page here is made up for these
tests; the first line is a title, so each case starts on the second line."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.layout import layout

TITLE = "城南图书馆延长开放时间"


def run(*lines: str) -> list[str]:
    return layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]


def apart(*lines: str) -> None:
    assert run(*lines) == list(lines)


def test_a_bracket_closed_in_the_other_width_is_closed():
    # "（…)": scraped text mixes the widths of one pair; the rows under it are no fragments
    # of an open bracket.
    apart("3、城南图书馆少儿分馆（新馆)", "成人借阅证：50元", "儿童借阅证：20元")
    apart("3、城南图书馆少儿分馆(新馆）", "成人借阅证：50元")


def test_a_bracket_still_open_takes_its_fragments():
    assert run("逐浪前行。（邓志强", "易", "松)") == ["逐浪前行。（邓志强 易 松)"]


def test_a_bracket_cut_off_with_an_ellipsis_stays_open_alone():
    # A teaser the site cut inside its bracket, then the next entry's source.
    apart("读者可以自行办理借还手续，馆方作了最新的说明.(图...", "城南日报")
    apart("读者可以自行办理借还手续，馆方作了最新的说明（图…", "城南日报")


def test_a_long_row_of_cells_ends_where_its_last_cell_ends():
    # Product names in a shop's list: cells parted by spaces, no sentence mark; the next line
    # is the next row however long the two are.
    apart(
        "城南图书馆文创商店自营纪念品帆布袋手提袋大容量加厚单肩包学生书袋购物袋环保袋礼品袋 米白色 大号 两只装",
        "本馆文创商店自营纪念品笔记本手账本加厚空白内页方格内页横线内页学生文具礼品 牛皮纸色 中号 三本装",
    )


def test_a_long_line_broken_mid_sentence_still_joins():
    # The same length and no mark at the end, but no row: the sentence goes on.
    first = (
        "从下月起城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点钟并且在二楼和三楼增加自习座位和"
    )
    rest = "电子阅报屏以方便附近的上班族下班后前来阅读和学习。"
    assert run(first, rest) == [first + rest]


def test_a_stamp_of_a_field_and_a_time_to_the_second_ends_its_line():
    # A post's stamp: "站内" / "在…" make a word ("内在"), but a line of a label, its value
    # and a machine's time to the second is no sentence a break cut.
    apart(
        "发信站: 城南社区 (Fri Mar 18 20:52:50 2016), 站内",
        "在 城南图书馆 的借阅规则中，读者凭证借书。",
    )


def test_a_labelled_sentence_cut_inside_a_word_still_joins():
    joined = "编者按：为方便读者，城南图书馆把延长开放时间的做法推广到各分馆。"
    assert run("编者按：为方便读者，城南图书馆把延长开放时", "间的做法推广到各分馆。") == [joined]


def test_a_label_the_page_sets_alone_under_several_lines_is_no_piece_of_the_one_above():
    # "…总结会" / "议场" reads 会议 across the break, but the page prints 议场 alone under
    # each entry of its schedule: a cell, not a word's second half (made-up schedule).
    page = [
        "市议会本月会议安排",
        "第三次常务会议审议年度预算草案",
        "议场",
        "2024-05-04 09:00~12:00",
        "交通委员会听取地铁建设情况报告",
        "议场",
        "2024-05-11 09:00~12:00",
        "全体议员出席年度工作总结会",
        "议场",
        "2024-05-18 09:00~12:00",
    ]
    assert layout("\n".join(page), Report(), lambda c: True).split("\n") == page


def test_a_field_under_a_field_stays_apart_whatever_word_the_edges_make():
    """ "图一：整车侧面" / "图二：变速器和飞轮": each opens with its label and colon; "侧面图"
    across the break is an accident of two captions, not a word the break cut."""
    apart(
        "车况：变速顺畅，刹车片今年夏天刚换，车架左侧有一处小划痕（见图三）。",
        "图一：整车侧面",
        "图二：变速器和飞轮",
        "图三：车架划痕位置",
    )


def test_a_short_field_ends_on_its_line_whatever_word_its_name_makes():
    """ "作者：李青" / "青禾读书": the author's field, its value a name; "李青青" across the
    break is an accident of the name and the account's name under it."""
    apart("作者：李青", "青禾读书", "2025年03月12日 08:00 浙江")
