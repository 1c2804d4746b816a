"""Layout: a heading as wide as a tight wrap's column on a page with nothing between its
paragraphs (fixtures/make_break_kinds.py's ``narrow`` kind). Every page here is made up."""

from __future__ import annotations

from test_layout_wrap_kinds import P1, P2, TITLE, wrap

from zhclean.report import Report
from zhclean.stages.layout import layout
from zhclean.stages.page_shape import display_width


def run(*lines: str) -> list[str]:
    return layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]


# No mark in it, no word cut under it, and as wide as the column (40) less one.
SUBTITLE = "新馆建设工程稳步推进 明年春季向市民开放"


def test_a_heading_at_the_width_under_a_short_heading_stays_apart():
    # The short line above ended its paragraph (a wrap fills every line but a
    # paragraph's last), so the full line under it starts one: here a subtitle.
    assert display_width(SUBTITLE) == 39
    out = run(*wrap(P1), "本馆消息", SUBTITLE, *wrap(P2))
    assert out == [P1, "本馆消息", SUBTITLE, P2]


def test_a_paragraphs_first_line_whose_next_opens_on_a_comma_goes_on():
    # No mark in the first line and no word cut at its end, but the wrap set the sentence's
    # comma at the next line's start: no heading stands over a comma.
    p3 = "各用人单位要根据当地气温变化及时调整作息，日最高气温达到四十摄氏度以上时应当停止室外露天作业。"
    lines = wrap(p3)
    assert lines[1].startswith("，") and display_width(lines[0]) >= 39
    assert run(*wrap(P1), *lines, *wrap(P2)) == [P1, p3, P2]


def test_rows_of_a_price_list_wrapped_at_the_width_stay_rows():
    # Each row wraps over three full lines, its last one full by chance, with no sentence
    # end: the next row opens as the row above opened, which a wrapped sentence's next
    # line seldom does.
    rows = [
        f"角钢每吨售价{price}元，规格为{size}，由城南钢铁厂家直销，品质保证，现货供应当日发货，"
        "整车配送，新老客户均可享受优惠价"
        for price, size in (
            ("3800", "100*100*6*8"),
            ("3840", "150*150*7*10"),
            ("3850", "200*100*5*8"),
        )
    ]
    lines = [piece for row in rows for piece in wrap(row)]
    assert len(lines) == 9 and all(display_width(line) >= 39 for line in lines)
    assert run(*wrap(P1), *wrap(P2), *lines, *wrap(P2)) == [P1, P2, *rows, P2]


def test_a_count_printed_after_a_paragraphs_last_sentence_ends_a_full_line():
    # "…拉开。69": a reader's count after the full stop, the line as wide as the column by
    # chance; the next paragraph is no part of the sentence.
    pa = "他站在门口犹豫了很久，终于伸手握住冰凉的铜把手，用力将那扇沉重的木门向外拉开。69"
    pb = "门外是一条狭长的走廊，墙上挂着几幅泛黄的旧画，尽头的窗户透进一点微弱的光。"
    assert [display_width(line) for line in wrap(pa)] == [40, 40]
    assert run(*wrap(P1), *wrap(pa), *wrap(pb), *wrap(P2)) == [P1, pa, pb, P2]
