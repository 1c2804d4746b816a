"""Stage 5's evidence at a break under a short line: is it a heading, a list's entry or a
field, or the start of a sentence the line below goes on with? :func:`.breaks.join_kind`
asks these after the strong evidence (a clause mark at the end, a word cut in half, a wrap)
has spoken: a short line that finished a sentence and began the next (`…一职。律师` /
`在申请案…`), a short line of clauses on a page cut mid-sentence, a line a comma ran into
that the line below ends, a numbered heading over its paragraph.

    >>> from .page_shape import Line
    >>> _title_like(Paragraph(Line("开放时间"))), _title_like(Paragraph(Line("从下月起，")))
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chardata import ends_sentence, is_han
from ..words import dangles
from .clauses import clause_before, clause_marks, parallel_clauses
from .page_shape import CLAUSE_ENDS
from .paragraph import Paragraph

# A list's number closed by a mark ("1.", "2、"), not a decimal ("3.5万个", "12.5%…").
LIST_OR_MARKDOWN_RE = re.compile(
    r"^(?:[#>*\-+•·●○■□◆◇▪▸►]|\d{1,3}\s*(?:[、)）]|\.(?!\d))|[一二三四五六七八九十]+\s*、|"
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]+[章节条部分篇回]|[①-⑳])"
)


# A paragraph's first sentence that names its subject and says what or where it is.
DEFINES_RE = re.compile("^([\u4e00-\u9fff]{4,8}?)(?:是|为|位于|地处|坐落)")


AFTER_STOP_MIN = 3  # ideographs of a sentence begun after a line's full stop
LAST_CLAUSE_MAX = 3  # ideographs of a clause begun after a line's last comma


def _sentence_under_way(
    prev: Paragraph,
    cur: Paragraph,
    cut_page: Callable[[], bool] | None = None,
    finals: tuple[str, ...] = (),
) -> bool:
    """Did the short line ``prev`` begin a sentence or a clause that ``cur`` goes on with?

    After its last full stop, three ideographs or more and no colon, exclamation or
    question (a field, a cry, a headline of a comment), and ``cur`` ends a sentence and
    does not open by defining its subject (a caption's paragraph); or,
    with no full stop, a comma, then fewer ideographs than before it, one to three (a
    heading's are longer, or grow: "“保过”宣传，暗藏玄机", "冷，不冷"); ``cur`` no headline."""
    if not is_han(cur.head[:1]) or DEFINES_RE.match(cur.head):
        return False  # not before a paragraph that names its subject: "雄安新区是…"
    tail = prev.tail
    stop = tail.rfind("。")
    if stop >= 0:
        if stop and tail[stop - 1].isascii() and tail[stop - 1].isalpha():
            return False  # a translated initial, not a sentence's end: "伯顿d。航空航天大学"
        after = tail[stop + 1 :].strip()
        han = sum(1 for ch in after if is_han(ch))
        return (
            han >= AFTER_STOP_MIN
            and 2 * han >= len(after)
            and not any(mark in after for mark in "：:！？!?")
            # The line under it ends that sentence; or, on a page cut mid-sentence elsewhere
            # too (a width, a tag, a dropped line), it goes on with it: the line alone, not a
            # paragraph already rejoined (which would glue a heading under it in turn).
            and (
                ends_sentence(cur.tail) or (prev.lines == 1 and cut_page is not None and cut_page())
            )
        )
    if prev.has_full_stop() or any(mark in tail for mark in "：:！？!?；;"):
        return False
    comma = max(tail.rfind("，"), tail.rfind(","))
    if comma < 0 or max(tail.rfind("、"), tail.rfind("；")) > comma or tail.endswith(finals):
        return False  # a clause's or a sentence's end: "…崇拜一下，呵呵"
    after = tail[comma + 1 :]
    return (
        1 <= len(after) <= LAST_CLAUSE_MAX
        and all(is_han(ch) for ch in after)
        and not _title_like(cur)
        and clause_before(tail, comma) > len(after)
    )


def _sentence_start(prev: Paragraph, piece_ends: tuple[str, ...], finals: tuple[str, ...]) -> bool:
    """Does the short line ``prev`` read as a sentence's start, not as a heading, a field, a
    cry or a list's entry? Built of clauses (a heading's run parallel), or stopping on a
    word a line seldom stops on (data: piece_ends; 的, 也, a pronoun), with no end."""
    text = prev.text
    if (
        prev.lines != 1
        or prev.has_full_stop()
        or any(mark in text for mark in "：:！？!?")
        or LIST_OR_MARKDOWN_RE.match(prev.head)
        or prev.tail.endswith(finals)
    ):
        return False
    clauses = clause_marks(text)  # counted once: asked at most breaks of a short-line page
    if clauses >= 1:
        return not parallel_clauses(text)
    return dangles(prev.tail, "", piece_ends, ())


RUN_ON_MIN = 12  # characters of a line a clause mark ran into, past a verse's line


def _clause_goes_on(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``prev`` end in the middle of a sentence that ``cur`` ends? ``prev`` was rejoined
    at a clause mark (its last line goes on with a sentence begun above: no heading), that
    line is long (a verse's is not) and stops with no mark at all, and ``cur``, one line,
    opens with a clause too short to start a sentence (one to three ideographs, then a
    comma: "连络，…"; a connective that starts one is asked before) and ends the sentence."""
    last = prev._last_line
    if prev.lines < 2 or cur.lines != 1 or not RUN_ON_MIN <= len(last) < len(prev.tail):
        return False
    if not prev.tail[-len(last) - 1].endswith(CLAUSE_ENDS):
        return False
    if any(mark in last for mark in "。！？!?：:；;，,、") or not is_han(last[-1]):
        return False
    head = cur.head[: LAST_CLAUSE_MAX + 1]
    comma = next((i for i, ch in enumerate(head) if ch in "，,"), 0)
    return (
        comma > 0
        and all(is_han(ch) for ch in head[:comma])
        and ends_sentence(cur.tail)
        and not _title_like(cur)
        and not LIST_OR_MARKDOWN_RE.match(cur.head)
    )


NUMBERED_HEADING_MAX = 24


def _numbered_heading(prev: Paragraph, cur: Paragraph) -> bool:
    """A short numbered heading over a paragraph far longer ("五、朱宽俊丧女感谢神" / "华北有一位
    基督徒…"): the words the break happens to make ("神华") cut none, the heading is whole."""
    if prev.lines != 1 or prev.length > NUMBERED_HEADING_MAX or cur.length < 2 * prev.length:
        return False
    numeral = LIST_OR_MARKDOWN_RE.match(prev.head)
    # The numeral's own "、" is no clause mark.
    return numeral is not None and not any(
        mark in prev.text[numeral.end() :] for mark in "，,、；;。！？!?"
    )


def _title_like(par: Paragraph) -> bool:
    """A headline or heading of its own: short, no full stop, no clause ending it."""
    return par.length <= 40 and not par.has_full_stop() and not par.tail.endswith(CLAUSE_ENDS)
