"""Stage 5's evidence at a break from the marks around it: a quotation, a bracket or a book
title in 《》 left open above and closed below, or one word after a line's last full stop.

    >>> _inside_book_title("他读过《红楼", "梦》之后")
    True
    >>> _short_after_full_stop("…操劳。方法"), _short_after_full_stop("…于民。共")
    (True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import is_word

if TYPE_CHECKING:
    from .paragraph import Paragraph


def _closes_quote(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``cur`` close, at its end, the quotation left open at the end of ``prev``?
    ("麦父笑说﹕「……很难了﹗" / "唯有带她们到一些较少蚊的地方玩耍。」"). A closer in the middle
    of a line proves less (content farms scatter quotes)."""
    ending = cur.tail[-3:]
    if "”" not in ending and "」" not in ending and "』" not in ending:
        return False  # the usual case, settled without counting marks
    closer = prev.open_quote_closer()
    if closer is None or closer not in ending:
        return False
    opener = {"”": "“", "」": "「", "』": "『"}[closer]
    return cur.last()[opener] < 0


BOOK_TITLE_MAX = 30  # characters of a title in 《》 on either side of a break


def _inside_book_title(end: str, start: str) -> bool:
    """Is the break inside a title in 《》: one left open at the end of the line above, and
    closed in the next before any other opens?"""
    opened = end.rfind("《")
    if opened < 0 or "》" in end[opened:] or len(end) - opened > BOOK_TITLE_MAX:
        return False
    closed = start.find("》")
    return 0 < closed <= BOOK_TITLE_MAX and "《" not in start[:closed]


# Characters after a line's last full stop that make no sentence's start, only a word.
AFTER_STOP_MAX = 4


def _short_after_full_stop(end: str) -> bool:
    """Does the line end with one whole word after its last sentence ("…操劳。方法"), not with
    a sentence's first characters ("…于民。共" / "召开…")?"""
    stop = max(end.rfind("。"), end.rfind("！"), end.rfind("？"))
    return stop >= 0 and 2 <= len(end) - stop - 1 <= AFTER_STOP_MAX and is_word(end[stop + 1 :])


def _closes_bracket(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``cur`` close, before opening any other, the bracket left open at the end of
    ``prev`` ("…小区业委会(居民" / "代表)、物业公司…")? Only a bracket opened near the
    end: a long aside is no cut word."""
    tail = prev.tail
    opened = max(tail.rfind("("), tail.rfind("（"))
    if opened < 0 or len(tail) - opened > BRACKET_OPEN_MAX:
        return False
    if ")" in tail[opened:] or "）" in tail[opened:]:
        return False
    head = cur.head[:BRACKET_OPEN_MAX]
    closed = min((k for k in (head.find(")"), head.find("）")) if k >= 0), default=-1)
    return closed > 0 and "(" not in head[:closed] and "（" not in head[:closed]


BRACKET_OPEN_MAX = 12
