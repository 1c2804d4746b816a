"""Stage 5's evidence from a hard-wrapped text's line widths: was a line cut at the wrap?

A wrapping program fills each line to its width: the lines of a paragraph stop at the wrap
column, or one column short when the next character is two columns wide. How tightly the
page's lines keep to that column is the page's own evidence of how far short of it a cut
line may stop; a line further short ended its paragraph, however it ends.

    >>> page = [Line("甲" * 20)] * 6 + [Line("乙" * 15), Line("丙" * 17)]
    >>> tight_wrap(page, 40)
    40
    >>> tight_wrap([Line("甲" * n) for n in (20, 19, 18, 17, 20, 18)], 40) is None
    True
"""

from __future__ import annotations

import re
from collections import Counter

from ..chardata import ends_sentence, is_han
from ..words import STRONG_SEAM, cut_strength, cuts_word, dangles
from .clauses import LABEL_VALUE_RE, date_goes_on
from .marks import DATE_UNITS
from .page_shape import LATIN_WORD_RE, WRAP_SLACK, Line, _full_line, display_width
from .paragraph import Paragraph

# Lines at the wrap column (or one short) that show a tight wrap, and their share of the
# lines within the usual slack under it: paragraph ends fall there by chance, a loose wrap
# (words moved whole to the next line, a hand-wrapped mail) spreads its lines over it.
TIGHT_MIN = 6
TIGHT_SHARE = 0.85
# How far over the width a line may stand: a closing mark hung at its end (two columns).
HANG = 2
# A tight wrap stops a line at its column or one short of it.
TIGHT_SLACK = 1


def tight_wrap(lines: list[Line], width: int) -> int | None:
    """The column a tightly wrapped text was cut at: nearly all its lines near ``width``
    (wrap_width's reading, which a hung closing mark may push two columns over) stop at one
    column or one short of it. None for a loose wrap."""
    counts = Counter(
        display_width(line.text)
        for line in lines
        # wrap_width's lines, but those ending on a mark: a wrap hangs a closing mark or a
        # comma past its column, and a sentence's end stops anywhere.
        if not line.fenced and len(line.text) >= 16 and line.text[-1].isalnum()
    )
    low = width - WRAP_SLACK - HANG
    best, best_n = None, 0
    # From the lowest up: of two columns that hold the same lines, the one they reach.
    for column in range(low + 1, width + HANG + 1):
        n = counts[column] + counts[column - 1]
        if n > best_n:
            best, best_n = column, n
    if best is None or best_n < TIGHT_MIN:
        return None
    # Lines a little short of the column: paragraph ends, or a loose wrap's lines.
    short = sum(counts[c] for c in range(best - WRAP_SLACK, best - 1))
    return best if best_n >= TIGHT_SHARE * (best_n + short) else None


def full_line(last_width: int, start: str, width: int, slack: int) -> bool:
    """Was a line of ``last_width`` columns cut at ``width`` (within ``slack`` of it, or the
    first word of ``start`` would not fit)?

        >>> full_line(30, "甲乙", 31, TIGHT_SLACK), full_line(28, "甲乙", 31, TIGHT_SLACK)
        (True, False)
        >>> full_line(26, "Python的", 31, TIGHT_SLACK)
        True
    """
    if last_width >= width - slack:
        return True
    if slack == TIGHT_SLACK:
        # A tight wrap's line a Latin word did not fit on ("…使用" / "Python的"): it stops as
        # far short of the column as the word is long. An ideograph fits in two columns.
        latin = LATIN_WORD_RE.match(start)
        return latin is not None and last_width + 1 + display_width(latin.group()) > width
    return _full_line(last_width, start, width)


def _in_wrapped_run(
    prev: Paragraph, cur: Paragraph, earlier: Paragraph | None, width: int, slack: int
) -> bool:
    """Is ``prev``'s last line one line of a wrapped paragraph, not a lone long line (a
    teaser cut at a fixed length between two headlines)? The line above it is full too (or
    was joined to it), or the next line is full or ends the paragraph's sentence."""
    full = width - slack
    if prev.lines > 1:  # already joined: a run of wrapped lines
        return True
    if earlier is not None and not prev.blank_before and earlier.last_width >= full:
        return True
    return cur.last_width >= full or ends_sentence(cur.tail)


def wrapped_at(
    prev: Paragraph,
    cur: Paragraph,
    earlier: Paragraph | None,
    width: int | None,
    slack: int = WRAP_SLACK,
) -> bool:
    """Was ``prev``'s last line cut at the width of a hard-wrapped text, ``cur`` its next?
    Not when both open with a label, as fields of a record do ("主 席：…" / "评论人：…"): a
    field that fills its line by chance ends there."""
    return (
        width is not None
        and not cur.blank_before
        and full_line(prev.last_width, cur.head, width, slack)
        and _in_wrapped_run(prev, cur, earlier, width, slack)
        and not (LABEL_VALUE_RE.match(prev.head) and LABEL_VALUE_RE.match(cur.head))
    )


# Marks of a sentence's clauses or end: a heading holds none (a colon it may: "西宁:以…").
SENTENCE_MARKS = "，,、；;。！？!?"


# Characters of a heading wrapped over two lines or more (a paragraph's first lines have
# clause marks by then: a sentence seldom runs this long without a comma).
WRAPPED_HEADING_MAX = 60


def heading_at_width(
    prev: Paragraph,
    cur: Paragraph,
    earlier: Paragraph | None,
    units: tuple[str, ...] = (),
    ends: tuple[str, ...] = (),
    width: int | None = None,
    slack: int = WRAP_SLACK,
) -> bool:
    """Is ``prev`` a heading as wide as the wrap, not a paragraph's first wrapped line: a
    line of its own (the one above ended its paragraph, by its sentence's end or, given the
    wrap's ``width``, by stopping short of it; or the line under it opens one with a
    figure), or a heading wrapped over short lines, with no clause or sentence mark in it,
    and the break under it cuts no word ("…谋篇布局 把航定舵明方向" / "一切向前走，…") nor
    sets a clause's mark at the next line's start?
    ``units``: a figure's units; ``ends``: words a line never stops on (dangling_ends)."""
    if prev.lines > 1:
        # A heading wrapped over lines of its own: short, no mark of a sentence in them.
        if prev.length > WRAPPED_HEADING_MAX or prev.has_clause_mark() or prev.has_full_stop():
            return False
    elif (
        earlier is not None
        and not ends_sentence(earlier.tail)
        and not figure_opens(prev.tail, cur.head, units, ends)
        and not ended_short(earlier, prev, width, slack)
    ):
        return False
    text = prev.text
    if any(mark in text for mark in SENTENCE_MARKS) or prev.open_quote() or prev.open_paren():
        return False
    end, start = prev.tail, cur.head
    if start[:1] in LEADING_CLAUSE_MARKS:
        return False  # the wrap set the sentence's own mark at the line's start: no heading's
    if is_han(end[-1]) and start[:1].isdigit() and not figure_opens(end, start, units, ends):
        return False  # a figure with its unit, or after the word that introduces it, goes on
    return not cuts_word(end, start) and cut_strength(end, start) < STRONG_SEAM


# Marks that go on a sentence's clause: a line that opens on one goes on the line above.
LEADING_CLAUSE_MARKS = "，,、；;：:。"


def ended_short(earlier: Paragraph, prev: Paragraph, width: int | None, slack: int) -> bool:
    """Did ``earlier``'s last line stop short of the wrap's ``width``, ending its paragraph
    (a wrapping program fills every line but a paragraph's last), so that ``prev`` opens a
    line of its own? Not across a blank line, which says so already."""
    return (
        width is not None
        and not prev.blank_before
        and not full_line(earlier.last_width, prev.head, width, slack)
    )


FIGURE_RE = re.compile(r"\d[\d.,]*")


def figure_opens(end: str, start: str, units: tuple[str, ...], ends: tuple[str, ...]) -> bool:
    """Does ``start`` open a paragraph with a figure: a date, a time or a bare number ("2014
    高雄电影节…", "20:30 加拿大…"), after a line that stops on an ideograph and on no word that
    introduces what follows ("…于" / "2019年…"), a figure's unit not after it ("…带动" /
    "300名…" goes on), no date going on ("…于2019年" / "10月…")? A digit seldom starts a
    wrapped line's rest of a sentence.

        >>> figure_opens("新闻稿 高雄报导", "2014高雄电影节今日开幕", ("名",), ("于",))
        True
        >>> figure_opens("新厂房建成于", "2019年", ("年",), ("于",))
        False
        >>> figure_opens("共带动周边村民", "300名就业", ("名",), ("于",))
        False
    """
    if not (end and is_han(end[-1]) and start[:1].isdigit() and start[:1].isascii()):
        return False
    if dangles(end, "", ends, ()) or date_goes_on(end, start):
        return False
    figure = FIGURE_RE.match(start)
    rest = start[figure.end() :] if figure else start
    return not (rest.startswith(units) and not rest.startswith(DATE_UNITS))


# A sentence's end and then only bracketed asides: a credit, a note's number ("…英雄的城！
# （评论员 某某）", "…开发区。 [2] [5]"). The paragraph ended with its sentence.
ASIDE_END_RE = re.compile(r"[。！？!?][”’」』]*(?:\s?[（(\[［][^（）()\[\]［］]{1,20}[）)\]］])+$")


# A teaser its site cut off: three Latin dots, or one ellipsis mark where prose writes two
# ("…高收益最吸...", "…成绩、个人兴…"), after a word or a mark.
CUT_OFF_RE = re.compile(r"[^.]\.\.\.$|[^…]…$")


def ends_whatever_width(end: str) -> bool:
    """Does the line end its paragraph however wide it is: a sentence's end and then only
    bracketed asides, or a teaser its site cut off?

    >>> ends_whatever_width("…英雄的城！（评论员 罗博）"), ends_whatever_width("…在社区（村）")
    (True, False)
    >>> ends_whatever_width("…高收益最吸..."), ends_whatever_width("…四季生产……")
    (True, False)
    """
    return ASIDE_END_RE.search(end) is not None or CUT_OFF_RE.search(end) is not None


def seam(text: str, nxt: str, spaced: bool) -> str:
    """What goes between two joined pieces of a wrapped line: a space between Latin words,
    and between Han and Latin where the author spaces them elsewhere; nothing between Han."""
    left, right = text[-1:], nxt[:1]
    if not (left.isascii() or right.isascii()) or left.isspace() or right.isspace():
        return ""
    if left.isascii() and right.isascii():
        if left.isdigit() and right.isdigit():
            return ""  # a figure cut by the wrap: "划分5" / "177个"
        return " " if left.isalnum() or left in ",.;:!?)" else ""
    return " " if spaced else ""
