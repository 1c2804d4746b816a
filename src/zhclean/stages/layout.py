"""Stage 5, layout: one paragraph a line, broken sentences rejoined.

    >>> from zhclean.report import Report
    >>> long = "这一年,我市扎实开展“党支部”活动,分领域制定标准,采取自查、互评、复查的方式,全面推进各领域党组织标准化、规范化建设,促百"
    >>> layout("标题\\n" + long + "\\n\\n分百达标,各项工作取得明显实效。", Report(), lambda c: True).split("\\n")[1][-18:]
    '促百分百达标,各项工作取得明显实效。'
    >>> layout("坚持以上率下\\n党史学习掀热潮", Report(), lambda c: True)   # two headings stay two lines
    '坚持以上率下\\n党史学习掀热潮'
    >>> layout("逐浪前行。(邓志强\\n易\\n松)", Report(), lambda c: True)
    '逐浪前行。(邓志强 易 松)'

A line is glued to the next only when it cannot be a heading (long, or inside
an open quotation) and stops mid-sentence, and the next line continues it (no
connective such as 然而, no list or markdown marker). Indentation is dropped and
does not decide: a second pass could not see it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..chardata import HORIZONTAL_SPACE, SPACE_RUN_RE, ends_sentence, is_han
from ..lexicon import load_lexicon
from ..report import Report

# A line this long (in characters) is a paragraph, not a heading.
PARAGRAPH_MIN = 50
# A fragment this short, after an unclosed parenthesis, is a piece of it: "(邓志强 / 易 / 松)".
FRAGMENT_MAX = 12

LIST_OR_MARKDOWN_RE = re.compile(
    r"^(?:[#>*\-+•·●○■□◆◇▪▸►]|\d{1,3}\s*[.、)）]|[一二三四五六七八九十]+\s*、|"
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]+[章节条部分篇回]|[①-⑳])"
)
# A continuation starts with an ideograph or an opening quote; a digit usually opens a new
# paragraph ("2020年...", "11月12日...").
CONTINUES_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf“「『《(（]")
# A caption or byline ends with its credit.
CREDIT_END_RE = re.compile(r"(?:摄|攝|供图|供圖)$")
# "...开发者成长。github": a Latin tag glued after the sentence end; the sentence did end.
# (A few ideographs after a full stop are as often the start of a broken sentence.)
STRAY_TAIL_RE = re.compile("[。！？!?][A-Za-z]{1,12}$")
# A paragraph that ends a sentence and then one or two ideographs: a tag glued after it by a
# spinner ("...技术领域。编程"), not the start of a sentence the line break cut.
STRAY_HAN_TAIL_RE = re.compile("[。！？!?][\u4e00-\u9fff]{1,2}$")
ENDS_MID_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf，、,0-9A-Za-z“「『《(（]$")


@dataclass
class Line:
    text: str
    fenced: bool = False
    indented: bool = False


# What the join decisions read of a paragraph's ends: every end-anchored pattern above
# looks at fewer characters than this (a paragraph rejoined from thousands of lines must
# not be rescanned from its start at every join).
EDGE = 64
PARENS = (("(", ")"), ("（", "）"))
QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))
MARKS = "".join(a + b for a, b in PARENS + QUOTES) + "，,"


class _Paragraph:
    """A paragraph being rejoined from lines: its pieces, joined once at the end.

    Joining appends to a list and keeps what the decisions need (the first and last
    :data:`EDGE` characters, the length, where each bracket and quote mark last
    occurs), so that rejoining n lines costs O(n), not O(n²).

        >>> p = _Paragraph(Line("活动主题为“奋进"))
        >>> p.extend("", _Paragraph(Line("新时代")))
        >>> p.text, p.open_quote(), p.tail
        ('活动主题为“奋进新时代', True, '活动主题为“奋进新时代')
    """

    __slots__ = ("_last", "_pieces", "fenced", "head", "indented", "length", "tail")

    def __init__(self, line: Line) -> None:
        self._pieces = [line.text]
        self.fenced, self.indented = line.fenced, line.indented
        self.length = len(line.text)
        self.head, self.tail = line.text[:EDGE], line.text[-EDGE:]
        self._last: dict[str, int] | None = None  # mark -> last position; -1: none

    @property
    def text(self) -> str:
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0]

    def last(self) -> dict[str, int]:
        if self._last is None:
            text = self._pieces[0]  # only ever computed before the first join
            self._last = {mark: text.rfind(mark) for mark in MARKS}
        return self._last

    def extend(self, seam: str, other: _Paragraph) -> None:
        """Append ``seam`` and ``other``."""
        mine, theirs = self.last(), other.last()
        offset = self.length + len(seam)
        self._last = {
            mark: offset + theirs[mark] if theirs[mark] >= 0 else mine[mark] for mark in MARKS
        }
        if self.length < EDGE:
            self.head = (self.head + seam + other.head)[:EDGE]
        self.tail = (self.tail + seam + other.tail)[-EDGE:]
        self.length = offset + other.length
        self._pieces += [seam, *other._pieces]

    def _unclosed(self, pairs: tuple[tuple[str, str], ...]) -> bool:
        last = self.last()
        return any(last[opener] > last[closer] for opener, closer in pairs)

    def open_paren(self) -> bool:
        return self._unclosed(PARENS)

    def open_quote(self) -> bool:
        return self._unclosed(QUOTES)

    def has_comma(self) -> bool:
        last = self.last()
        return last["，"] >= 0 or last[","] >= 0


def _starts_new_sentence(text: str, starters: frozenset[str]) -> bool:
    if LIST_OR_MARKDOWN_RE.match(text):
        return True
    return text.startswith(_as_tuple(starters))


@lru_cache(maxsize=4)
def _as_tuple(starters: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(starters))


def wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped text was cut at (PDF, BBS, mail), if it was.

    Wrapped lines all stop at (or a character short of) one width; paragraphs of
    free text do not. Four lines and two fifths of the longer ones, or three and half.

        >>> wrap_width([Line(c * 30) for c in "甲乙丙丁"] + [Line("戊" * 29), Line("己" * 12)])
        30
    """
    texts = {line.text for line in lines if not line.fenced and len(line.text) >= 16}
    lengths = [len(text) for text in texts]  # distinct lines: a repeated line proves nothing
    if len(lengths) < 3:
        return None
    width, _ = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if width - 1 <= n <= width)
    if (near >= 4 and near / len(lengths) >= 0.4) or (near >= 3 and near / len(lengths) >= 0.5):
        return width
    return None


def indented_paragraphs(lines: list[Line]) -> bool:
    """Do the page's paragraphs start indented (most lines of 20 characters or more)?

    >>> indented_paragraphs([Line("甲" * 30, indented=True)] * 3 + [Line("乙" * 30)])
    True
    """
    long = [line for line in lines if len(line.text) >= 20 and not line.fenced]
    indented = sum(1 for line in long if line.indented)
    return indented >= 3 and indented >= len(long) / 2


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
    latin = sum(1 for text in long if STRAY_TAIL_RE.search(text))
    han = sum(1 for text in long if STRAY_HAN_TAIL_RE.search(text))
    return latin >= 1 and latin + han >= 2


def _join_kind(
    prev: _Paragraph,
    cur: _Paragraph,
    first: bool,
    starters: frozenset[str],
    wrapped: int | None = None,
    spun: bool = False,
    indented_doc: bool = False,
) -> str | None:
    """'' to glue (or to close a bracket), ' ' to join a bracket fragment, None to keep apart.

    Reads only the ends of the two paragraphs (``head``, ``tail``) and their running
    counts, never their whole text.
    """
    if prev.fenced or cur.fenced:
        return None
    end, start = prev.tail, cur.head
    fragment = cur.length <= FRAGMENT_MAX and not _starts_new_sentence(start, starters)
    if fragment and prev.open_paren():
        # A closing bracket alone on its line closes the one above: no space before it.
        return "" if start[:1] in ")）" else " "
    if ends_sentence(end) or end.endswith((":", "：")) or STRAY_TAIL_RE.search(end):
        return None
    if spun and prev.length >= PARAGRAPH_MIN and STRAY_HAN_TAIL_RE.search(end):
        return None
    if CREDIT_END_RE.search(end):
        return None  # a caption or byline ends with its credit: "... 新华社记者 某某 摄"
    if not ENDS_MID_RE.search(end) or not CONTINUES_RE.match(start[:1]):
        return None
    if _starts_new_sentence(start, starters):
        return None
    quoted = prev.open_quote()
    if first and not quoted:
        return None  # the title is never glued to the lead
    # In hard-wrapped text a line cut at the wrap width is a full line, whatever that width.
    full = wrapped is not None and prev.length >= wrapped - 1
    # On a page whose paragraphs start indented, an indented line with a clause in it and
    # an unindented line after it are one paragraph the scraper cut.
    continued = indented_doc and prev.indented and not cur.indented and prev.has_comma()
    comma = end.endswith(("，", ",", "、")) or full or continued
    if not quoted and prev.length < PARAGRAPH_MIN and not comma:
        return None  # a short line with no sentence end is a heading (one ending in a comma is not)
    if not (
        (ends_sentence(cur.tail) and (cur.length >= 15 or comma)) or cur.length >= 20 or quoted
    ):
        return None  # the next line is a heading of its own
    if not (is_han(end[-1]) or end[-1] in "，、,“「『《(（"):
        return None  # Latin text, code and URLs are not glued
    return ""


# Whitespace that is not already one ASCII space between two visible characters.
UNFOLDED_RE = re.compile(f"[{HORIZONTAL_SPACE.replace(' ', '')}]|  |^ | $", re.M)
INDENT = "\u3000"  # what an indentation becomes until layout has read it


def fold_space(text: str, report: Report, on: Callable[[str], bool]) -> str:
    """Whitespace folded before boilerplate judges the lines (ZH402), so that it judges them
    as they will be written (a second clean sees them folded). A line's indentation
    becomes one U+3000, which layout reads (an indented page) and then drops.

        >>> fold_space("\u3000\u3000第一句\u3000 第二句  \\n+\u3000+", Report(), lambda c: True)
        '\u3000第一句 第二句\\n+ +'

    ZH402 counts each line whose whitespace changes, its indentation included: ``layout``
    called with ``spaced=True`` counts nothing again. Lines inside a ``` fence stay.
    """
    if not on("ZH402") or not UNFOLDED_RE.search(text):
        return text  # the common case: one scan
    lines = text.split("\n")
    fenced = False
    changed = 0
    for i, raw in enumerate(lines):
        stripped = raw.strip(HORIZONTAL_SPACE)
        if stripped.startswith("```"):
            fenced = not fenced
            lines[i] = stripped
        elif fenced:
            continue  # verbatim inside a fence
        elif not stripped:
            lines[i] = ""
            # A blank line goes (ZH401) or, with that rule off, stays without its spaces.
            changed += raw != "" and not on("ZH401")
            continue
        else:
            folded = SPACE_RUN_RE.sub(" ", stripped)
            lines[i] = (INDENT if raw[:1] in HORIZONTAL_SPACE else "") + folded
            changed += folded != raw
            continue
        changed += lines[i] != raw
    if changed:
        report.add("ZH402", count=changed)
    return "\n".join(lines)


def layout(text: str, report: Report, on: Callable[[str], bool], spaced: bool = False) -> str:
    """One paragraph a line. ``spaced``: :func:`fold_space` ran on the text and counted its
    whitespace changes."""
    starters = load_lexicon().lists["sentence_starters"]
    lines: list[Line] = []
    fenced = False
    blank = changed_space = 0
    raws = text.split("\n")
    if len(raws) > 1 and raws[-1] == "":
        raws.pop()  # the final newline ends the last line; it is no blank line
    for raw in raws:
        stripped = raw.strip(HORIZONTAL_SPACE)
        # Whitespace at the edges and inside is ZH402's: with it off, the line stays as it is.
        trimmed = stripped if on("ZH402") else raw
        if stripped.startswith("```"):
            fenced = not fenced
            changed_space += trimmed != raw
            lines.append(Line(trimmed, fenced=True))
            continue
        if fenced:
            lines.append(Line(raw, fenced=True))  # verbatim inside a fence
            continue
        if not stripped:
            if on("ZH401"):
                blank += 1
            else:
                changed_space += trimmed != raw
                lines.append(Line(trimmed))  # blank lines kept when their rule is off
            continue
        folded = SPACE_RUN_RE.sub(" ", stripped) if on("ZH402") else raw
        if folded != raw:
            changed_space += 1
        lines.append(Line(folded, indented=raw[:1] in HORIZONTAL_SPACE and raw[:1] != ""))
    if blank:
        report.add("ZH401", count=blank)
    if changed_space and not spaced:
        report.add("ZH402", count=changed_space)

    wrapped = wrap_width(lines)
    spun = spun_tails(lines)
    indented_doc = indented_paragraphs(lines)
    out: list[_Paragraph] = []

    def try_join() -> bool:
        """Glue the last line onto the one before it, if it continues it."""
        prev, cur = out[-2], out[-1]
        kind = _join_kind(
            prev,
            cur,
            first=len(out) == 2,
            starters=starters,
            wrapped=wrapped,
            spun=spun,
            indented_doc=indented_doc,
        )
        code = "ZH404" if kind == " " else "ZH403"
        if kind is None or not on(code):
            return False
        # The seam, with a little context on each side, for `zhclean explain`.
        head, tail = prev.tail[-16:], cur.head[:16]
        report.add(code, before=f"{head}⏎{tail}", after=f"{head}{kind}{tail}")
        prev.extend(kind, cur)
        out.pop()
        return True

    for line in lines:
        out.append(_Paragraph(line))
        # A join can make the new last line continue the one before it in turn
        # ("…，" / "(张三" / "李四)"): go on until nothing joins, so that a second
        # pass over the output finds nothing more to do.
        while len(out) >= 2 and try_join():
            pass
    # Rejoined fragments can make two adjacent paragraphs identical: one is enough.
    if on("ZH314"):
        unique: list[_Paragraph] = []
        for line in out:
            if unique and line.text and line.text == unique[-1].text and not line.fenced:
                report.add("ZH314", text=line.text)
                continue
            unique.append(line)
        out = unique
    return "\n".join(line.text for line in out)
