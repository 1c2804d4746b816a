"""What the whole page's shape says about its line breaks, read once before any join.

A page hard-wrapped at a width, one whose paragraphs start indented, a listing of headlines
each over its teaser, a text broken after every clause, a page whose paragraphs end with a
spinner's tags: each changes what a break at a line's end means.

    >>> wrap_width([Line(c * 30) for c in "甲乙丙丁"] + [Line("戊" * 29), Line("己" * 12)])
    60
    >>> display_width("中文ab")
    6
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..chardata import ends_sentence, is_han
from ..words import STRONG_SEAM, cut_strength, cuts_word

# A line this long (in characters) is a paragraph, not a heading.
PARAGRAPH_MIN = 50
# "...开发者成长。github": a Latin tag glued after the sentence end; the sentence did end.
# (A few ideographs after a full stop are as often the start of a broken sentence.)
STRAY_TAIL_RE = re.compile("[。！？!?][A-Za-z]{1,12}$")
# A paragraph that ends a sentence and then one or two ideographs: a tag glued after it by a
# spinner ("...技术领域。编程"), not the start of a sentence the line break cut.
STRAY_HAN_TAIL_RE = re.compile("[。！？!?][\u4e00-\u9fff]{1,2}$")
# The longest match of each, and a final newline its ``$`` may stand before.
STRAY_TAIL_MAX = 1 + 12 + 1
STRAY_HAN_MAX = 1 + 2 + 1
# A clause mark at a line's end: the sentence goes on.
CLAUSE_ENDS = ("，", ",", "、", "；", ";", "﹔", "﹐", "﹑")


@dataclass
class Line:
    text: str
    fenced: bool = False
    indented: bool = False
    blank_before: bool = False  # a blank line stood above it: a new paragraph


# Characters a terminal draws two columns wide (East Asian Wide and Fullwidth), as ranges: one
# regex scan instead of a Unicode lookup per character.
WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]"
)


# Runs of them: a line of Chinese is a few runs, not a match per character.
WIDE_RUN_RE = re.compile(WIDE_RE.pattern + "+")


def display_width(text: str) -> int:
    """Columns a line takes on a terminal: ideographs and full-width forms take two.

    >>> display_width("中文 ab")
    7
    """
    return 2 * len(text) - len(WIDE_RUN_RE.sub("", text))


# A hard wrap stops a line short of the width by at most a word or two wide characters.
WRAP_SLACK = 6


def wrap_width(lines: list[Line]) -> int | None:
    """The width (in columns) a hard-wrapped text was cut at (PDF, BBS, mail), if it was.

    Wrapped lines all stop at, or a few columns short of, one width; paragraphs of free
    text do not. Four lines and two fifths of the longer ones, or three and half.

        >>> wrap_width([Line(c * 30) for c in "甲乙丙丁"] + [Line("戊" * 29), Line("己" * 12)])
        60
        >>> wrap_width([Line("甲" * n) for n in (18, 25, 40, 52, 70)]) is None
        True
    """
    texts = {line.text for line in lines if not line.fenced and len(line.text) >= 16}
    widths = sorted(display_width(text) for text in texts)  # a repeated line proves nothing
    if len(widths) < 3:
        return None
    # The width with the most lines within WRAP_SLACK below it: one sweep over sorted widths.
    best, best_near, low = None, 0, 0
    for high, width in enumerate(widths):
        while widths[low] < width - WRAP_SLACK:
            low += 1
        near = high - low + 1
        if near >= best_near:
            best, best_near = width, near
    share = best_near / len(widths)
    # A wrap leaves no line past its width: lines well past it (a paragraph broken at
    # random, a table's long rows) say the lines of one width met there by chance.
    over = sum(1 for width in widths if width > best + WRAP_SLACK)
    if over * OVER_SHARE > best_near:
        return None
    if (best_near >= 4 and share >= 0.4) or (best_near >= 3 and share >= 0.5):
        return best
    return None


OVER_SHARE = 4  # lines past the width, against those at it, that a wrap tolerates: 1 in 4


LATIN_WORD_RE = re.compile("[!-~]+")


def _full_line(last_width: int, start: str, width: int) -> bool:
    """Was a line of ``last_width`` columns broken because the first word of ``start`` would
    not fit in ``width`` columns?"""
    if last_width >= width - WRAP_SLACK:
        return True  # within the slack the width was found with (two wraps of one text differ)
    # The next line's first word: a run of Latin letters and figures ("usb" of "usb延长线…"),
    # or one ideograph.
    latin = LATIN_WORD_RE.match(start)
    first = latin.group() if latin else start[:1]
    return last_width + 1 + display_width(first) > width


def _breaks_cut_words(lines: list[Line], width: int) -> bool:
    """Do the breaks after full lines cut words, as a wrap at a fixed width does about every
    other time? Rows of a table or teasers cut at one length end where their text ends."""
    breaks = cuts = 0
    for prev, cur in zip(lines, lines[1:], strict=False):
        text = prev.text
        if not text or not cur.text or display_width(text) < width - WRAP_SLACK:
            continue
        if ends_sentence(text) or text.endswith(CLAUSE_ENDS):
            continue
        breaks += 1
        cuts += cuts_word(text, cur.text)  # a break between English words proves nothing
    return breaks > 0 and cuts * 4 >= breaks


def broken_at_clauses(lines: list[Line]) -> bool:
    """Is the text broken after its clauses (a line ends with a comma or 、 again and again)?

    >>> broken_at_clauses([Line("他说，"), Line("明天再来。")] * 3)
    True
    >>> broken_at_clauses([Line("一是增加座位；"), Line("二是延长时间。")] * 3)
    False
    """
    ends = sum(1 for line in lines if line.text.endswith(COMMA_ENDS))
    return ends >= 3 and ends * 10 >= len(lines)


COMMA_ENDS = ("，", ",", "、", "﹐", "﹑")


LISTING_PAIRS = 4  # headline-and-teaser pairs that make a page a listing
TEASER_MIN = 50


def listing_rhythm(lines: list[Line]) -> bool:
    """Is the page a listing: headlines, each followed by its teaser (a long line)?

    Then a teaser cut mid-sentence is not glued to the next entry's headline.

    >>> listing_rhythm([Line("新车上市售价公布"), Line("近日，" + "甲" * 60)] * 4)
    True
    >>> listing_rhythm([Line("近日，" + "甲" * 60)] * 8)
    False
    """
    pairs = 0
    for prev, cur in zip(lines, lines[1:], strict=False):
        head = prev.text
        if (
            6 <= len(head) <= 40
            and not ends_sentence(head)
            and not head.endswith(CLAUSE_ENDS)
            and "。" not in head
            and len(cur.text) >= TEASER_MIN
        ):
            pairs += 1
    return pairs >= LISTING_PAIRS and pairs * 5 >= len(lines)


# A label standing alone on its line this many times, each under a different line, is a
# cell or a field's name of the page's repeated structure (a schedule's "议场", a column's
# "全院委员会"): ideographs only (a figure's or a date's pieces repeat under a cut too).
LABEL_REPEATS = 3
STANDING_LABEL_MAX = 10


def standing_labels(lines: list[Line]) -> frozenset[str]:
    """Short lines the page sets alone three times or more, each time under another line:
    labels or cells of a table printed one a line, never a piece a break cut from the line
    above (a cut at a width or at random falls elsewhere under each line). Two walks at most.

    >>> rows = [Line(t) for n in "一二三" for t in (f"第{n}次会议审定议事日程", "议场", "院会")]
    >>> sorted(standing_labels(rows))  # 院会 stands under 议场 each time: a repeated pair
    ['议场']
    >>> sorted(standing_labels([Line("全文如下"), Line("议场")] * 3))
    []
    """
    # Counted first: most pages repeat no short line three times, and then no line is walked
    # again.
    counts = Counter(
        line.text for line in lines if 0 < len(line.text) <= STANDING_LABEL_MAX and not line.fenced
    )
    repeated = {
        text
        for text, n in counts.items()
        if n >= LABEL_REPEATS and all(is_han(ch) or ch == " " for ch in text)
    }
    if not repeated:
        return frozenset()
    above: dict[str, set[str]] = {}
    prev = ""
    for line in lines:
        text = line.text
        if text in repeated and not line.fenced:
            seen = above.setdefault(text, set())
            if len(seen) < LABEL_REPEATS:
                seen.add(prev)
        prev = text
    return frozenset(text for text, seen in above.items() if len(seen) >= LABEL_REPEATS)


def indented_paragraphs(lines: list[Line]) -> bool:
    """Do the page's paragraphs start indented (most lines of 20 characters or more)?

    >>> indented_paragraphs([Line("甲" * 30, indented=True)] * 3 + [Line("乙" * 30)])
    True
    """
    long = [line for line in lines if len(line.text) >= 20 and not line.fenced]
    indented = sum(1 for line in long if line.indented)
    if indented >= 3 and indented >= len(long) / 2:
        return True
    # A page whose paragraphs were cut mid-sentence: their first lines are indented, the
    # pieces under them not. Count the lines that start a paragraph (after a sentence's end).
    starts = [
        cur
        for prev, cur in zip(lines, lines[1:], strict=False)
        if len(cur.text) >= 20 and not cur.fenced and ends_sentence(prev.text)
    ]
    indented = sum(1 for line in starts if line.indented)
    return indented >= 3 and indented >= PARTED_SHARE * len(starts)


PARTED_MIN = 3  # paragraph ends that show how the page parts its paragraphs
PARTED_SHARE = 0.8


def blank_parted(lines: list[Line]) -> bool:
    """Does the page part its paragraphs with blank lines: a line that ends a sentence is
    followed by a blank line nearly always? Then a line break with no blank line under a
    line that ends no sentence is inside a paragraph.

    >>> blank_parted([Line("甲乙。")] + [Line("丙丁。", blank_before=True)] * 3)
    True
    >>> blank_parted([Line("甲乙。"), Line("丙丁。")] * 3)
    False
    """
    ends = parted = 0
    for prev, cur in zip(lines, lines[1:], strict=False):
        if prev.fenced or not ends_sentence(prev.text):
            continue
        ends += 1
        parted += cur.blank_before
    return ends >= PARTED_MIN and parted >= PARTED_SHARE * ends


def spun_tails(lines: list[Line]) -> bool:
    """Does the page carry tags glued after its paragraphs' last sentence (a spinner's mark)?

    One Latin tag ("...担任 CTO。bash") and one more of any kind are the evidence; then
    "...技术领域。编程" is a tag too, not a sentence cut by the line break.

        >>> spun_tails([Line("甲" * 50 + "。bash"), Line("乙" * 50 + "。编程")])
        True
        >>> spun_tails([Line("甲" * 50 + "。共"), Line("乙" * 50 + "。")])
        False
    """
    long = [line.text for line in lines if len(line.text) >= PARAGRAPH_MIN and not line.fenced]
    # Both patterns end at the line's end and match a few characters: only its end is read
    # (the same matches; a paragraph's sentence marks are not tried one by one).
    latin = sum(1 for text in long if STRAY_TAIL_RE.search(text, len(text) - STRAY_TAIL_MAX))
    han = sum(1 for text in long if STRAY_HAN_TAIL_RE.search(text, len(text) - STRAY_HAN_MAX))
    return latin >= 1 and latin + han >= 2


HEADING_MAX = 40  # characters of a heading
HEADINGS_SET_OFF = 2  # headings set off like paragraphs that show the page's habit
SET_OFF_SHARE = 2  # headings set off, against lines of their shape right over a line
HEADING_MARKS_RE = re.compile("[。，、；：,;:]")


def _heading_shape(text: str) -> bool:
    """Short, with no sentence end and no clause or field mark: a heading's shape."""
    return (
        2 <= len(text) <= HEADING_MAX
        and not ends_sentence(text)
        and not HEADING_MARKS_RE.search(text)
    )


def headings_set_off(lines: list[Line]) -> bool:
    """Does the page set its headings off as it sets off its paragraphs: two or more
    lines of a heading's shape standing between blank lines, or indented with an indented
    line under them, twice as many as the lines of that shape right over a line? Then a
    line of that shape with neither is a piece of a paragraph the scraper cut, not a
    heading over its text.

        >>> page = [Line("工作动态", indented=True), Line("甲" * 30 + "。", indented=True)] * 2
        >>> headings_set_off(page)
        True
        >>> headings_set_off([Line("工作动态"), Line("甲" * 30 + "。")] * 2)
        False
    """
    found = over = 0
    for i, line in enumerate(lines):
        if line.fenced or not _heading_shape(line.text):
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        alone = (line.blank_before or i == 0) and (below is None or below.blank_before)
        indented = line.indented and (below is None or below.indented)
        if alone or indented:
            found += 1
        elif below is not None and not below.blank_before:
            over += 1  # right over a line: a heading over its text, or a piece
    # The habit holds when the lines set off outnumber those right over a line two to one
    # (a listing's headlines right over their teasers, a wiki's headings over their text,
    # break it).
    return found >= HEADINGS_SET_OFF and found >= SET_OFF_SHARE * over


CUT_PAGE_MIN = 2  # breaks that cut a word, by far, that show a page cut mid-sentence


def cut_mid_sentence(lines: list[Line], least: int = CUT_PAGE_MIN) -> bool:
    """Was the page cut mid-sentence (a scraper's width, a tag, a crawl's dropped line)? Two
    breaks or more with no blank line under them cut a word by far, by the segmenter's best
    reading of the ideographs around them. Headings, labels and paragraphs that each end
    where they should meet at word boundaries: a clean page hardly ever shows one such break.

        >>> cut_mid_sentence([Line("全力做到两个维护，城西区把宣"), Line("讲党的十九届六中全会精神。")] * 2)
        True
        >>> cut_mid_sentence([Line("开放时间"), Line("每周二至周日开放。")] * 2)
        False
    """
    found = 0
    for prev, cur in zip(lines, lines[1:], strict=False):
        a, b = prev.text, cur.text
        if prev.fenced or cur.fenced or cur.blank_before or not a or not b:
            continue
        if is_han(a[-1]) and is_han(b[0]) and cut_strength(a, b) >= STRONG_SEAM:
            found += 1
            if found >= least:
                return True
    return False


# Characters of a line that is a paragraph or a piece of one, not a heading or a label.
PIECE_MIN = 20


def indents_first_lines(lines: list[Line], indented_doc: bool) -> bool:
    """Does the page indent its paragraphs' first lines (indented_paragraphs) and leave
    other long lines unindented, pieces of paragraphs a scraper cut? Then an indented line
    starts a paragraph. Not on a page that indents every line: there the indent tells
    nothing.

        >>> body, piece = Line("甲" * 30, indented=True), Line("乙" * 30)
        >>> indents_first_lines([body, piece, body, piece], True)
        True
        >>> indents_first_lines([body] * 4, True)
        False
    """
    return indented_doc and any(
        not line.indented and len(line.text) >= PIECE_MIN and not line.fenced for line in lines[1:]
    )
