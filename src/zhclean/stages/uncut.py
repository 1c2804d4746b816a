"""Stage 5's evidence that a page's lines end where their author ended them: no break of
the page cuts a word, so a line that stops between two words, with no full stop, is a
paragraph of its own (a post left without its end, a headline over its article), however
long. Only a cut word elsewhere (a width, a tag, a dropped line) makes weak evidence at one
break (clauses above, a particle below) a join.

    >>> from .page_shape import Line
    >>> goes_on_below(Paragraph(Line("患者应少烟少酒，生活")), Paragraph(Line("规律。平时可以运动。")))
    True
    >>> uncut_seam("我想知道怎样才能添加一个新功能", "看一下这里的项目模块", lambda: False)
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chardata import is_han
from ..words import cuts_word
from .paragraph import Paragraph

SEMICOLONS = ("；", ";", "﹔")
FIRST_SENTENCE_RE = re.compile("[^。！？!?]*")


def uncut_seam(end: str, start: str, cut_page: Callable[[], bool] | None) -> bool:
    """Do two ideographs meet at a word boundary, on a page that no other break cuts inside
    a word (cut_page; unknown: no)? Then weak evidence (clauses above, a particle below, no
    full stop) does not join: a clean page's lines end where their author ended them."""
    return (
        is_han(end[-1])
        and is_han(start[:1])
        and cut_page is not None
        and not cuts_word(end, start)
        and not cut_page()
    )


# Marks that end a clause or a sentence (an enumeration's 、 parts words of one clause).
CLAUSE_STOPS = "，,；;：:。！？!?"
FIRST_CLAUSE_RE = re.compile("[^，,、；;：:。！？!?]*")
# Characters of a clause begun at a line's end, and of the first clause of the line below,
# under which they read as pieces of one sentence ("…同时推动" / "产业链上下游协同发展,…",
# "…生活" / "规律。…"): a sentence that opens a paragraph of its own runs longer
# ("不认为Rebeca在40岁碰到前任哭是纯粹的文艺和矫情，…").
BEGUN_MAX = 4
PIECE_MAX = 11


def goes_on_below(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``cur`` read as the rest of the sentence ``prev`` left under way: the clause at
    ``prev``'s end has barely begun, or ``cur``'s first clause is too short to open a
    paragraph, or ``cur`` goes on with the items that the sentence above parts by
    semicolons ("…；11月30日,…召开学习宣传" / "贯彻…部署会,…落地；12月2日,…")?"""
    tail = prev.tail
    begun = tail[max(tail.rfind(mark) for mark in CLAUSE_STOPS) + 1 :]
    first = FIRST_CLAUSE_RE.match(cur.head)
    if len(begun) <= BEGUN_MAX or (first is not None and len(first.group()) <= PIECE_MAX):
        return True
    under_way = tail[max(tail.rfind(mark) for mark in "。！？!?") + 1 :]
    if not any(mark in under_way for mark in SEMICOLONS):
        return False
    whole = FIRST_SENTENCE_RE.match(cur._last_line)  # cur is one line, read to its first stop
    return whole is not None and any(mark in whole.group() for mark in SEMICOLONS)


def ends_uncut(prev: Paragraph, cur: Paragraph, cut_page: Callable[[], bool] | None) -> bool:
    """Does ``prev`` end where its author ended it: a word boundary on an uncut page
    (:func:`uncut_seam`), and no sign that ``cur`` goes on with its sentence?"""
    return uncut_seam(prev.tail, cur.head, cut_page) and not goes_on_below(prev, cur)
