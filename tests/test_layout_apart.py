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
