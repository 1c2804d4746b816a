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
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..chardata import CLOSERS, HORIZONTAL_SPACE, SPACE_RUN_RE, ends_sentence, is_han
from ..lexicon import load_lexicon
from ..report import Report
from ..words import cuts_word

# What _join_kind returns for a fragment inside an open bracket (joined with one space, ZH404).
BRACKET_JOIN = "\x00 "
# The author puts a space between Han and Latin ("使用 Python 的"): wrapped joins do too.
HAN_LATIN_SPACE_RE = re.compile("[\u4e00-\u9fff] [A-Za-z]|[A-Za-z] [\u4e00-\u9fff]")
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
# A clause mark at a line's end: the sentence goes on.
CLAUSE_ENDS = ("，", ",", "、", "；", ";", "﹔", "﹐", "﹑")
SEMICOLONS = ("；", ";", "﹔")
# "检测灵敏度：0.01mg/m3；": a label and its value, an item of a specification list.
LABEL_VALUE_RE = re.compile(r"^[^，。,：:]{1,8}[：:]")
ENDS_MID_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf，、,0-9A-Za-z“「『《(（]$")


@dataclass
class Line:
    text: str
    fenced: bool = False
    indented: bool = False
    blank_before: bool = False  # a blank line stood above it: a new paragraph


def _unclosed(text: str, opener: str, closer: str) -> bool:
    return text.rfind(opener) > text.rfind(closer)


def _open_paren(text: str) -> bool:
    return _unclosed(text, "(", ")") or _unclosed(text, "（", "）")


def _open_quote(text: str) -> bool:
    return _unclosed(text, "“", "”") or _unclosed(text, "「", "」") or _unclosed(text, "『", "』")


def _starts_new_sentence(text: str, starters: frozenset[str]) -> bool:
    if LIST_OR_MARKDOWN_RE.match(text):
        return True
    return text.startswith(_as_tuple(starters))


@lru_cache(maxsize=4)
def _as_tuple(starters: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(starters))


def display_width(text: str) -> int:
    """Columns a line takes on a terminal: ideographs and full-width forms take two.

    >>> display_width("中文 ab")
    7
    """
    return len(text) + sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")


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
    if (best_near >= 4 and share >= 0.4) or (best_near >= 3 and share >= 0.5):
        return best
    return None


def _full_line(text: str, nxt: str, width: int) -> bool:
    """Was ``text`` broken because ``nxt``'s first word would not fit in ``width`` columns?"""
    first = nxt.split(" ", 1)[0] if nxt[:1].isascii() else nxt[:1]
    return display_width(text) + 1 + display_width(first) > width


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


def _in_wrapped_run(prev: Line, cur: Line, earlier: Line | None, width: int) -> bool:
    """Is ``prev`` one line of a wrapped paragraph, not a lone long line (a teaser cut at a
    fixed length between two headlines)? The line above it is full too, or the next line
    is full or ends the paragraph's sentence."""
    full = width - WRAP_SLACK
    if earlier is not None and not prev.blank_before and display_width(earlier.text) >= full:
        return True
    return display_width(cur.text) >= full or ends_sentence(cur.text)


def _seam(text: str, nxt: str, spaced: bool) -> str:
    """What goes between two joined pieces of a wrapped line: a space between Latin words,
    and between Han and Latin where the author spaces them elsewhere; nothing between Han."""
    left, right = text[-1:], nxt[:1]
    if not (left.isascii() or right.isascii()) or left.isspace() or right.isspace():
        return ""
    if left.isascii() and right.isascii():
        return " " if left.isalnum() or left in ",.;:!?)" else ""
    return " " if spaced else ""


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


def _closes_quote(prev: str, cur: str) -> bool:
    """Does ``cur`` close the quotation left open at the end of ``prev``?"""
    for opener, closer in (("“", "”"), ("「", "」"), ("『", "』")):
        if _unclosed(prev, opener, closer):
            # The next line ends the quotation ("唯有带她们到一些较少蚊的地方玩耍。」"): a closer
            # in the middle of a line proves less (content farms scatter quotes).
            close = cur.rfind(closer)
            return len(cur) - close <= 3 and cur.find(opener) < 0 <= close
    return False


def _title_like(text: str) -> bool:
    """A headline or heading of its own: short, no full stop, no clause ending it."""
    return len(text) <= 40 and "。" not in text and not text.endswith(CLAUSE_ENDS)


def _join_kind(
    prev: Line,
    cur: Line,
    first: bool,
    starters: frozenset[str],
    wrapped: int | None = None,
    spun: bool = False,
    indented_doc: bool = False,
    earlier: Line | None = None,
    blocks: bool = False,
    spaced: bool = False,
) -> str | None:
    """'' to glue, ' ' to join a bracket fragment, None to keep apart.

    The evidence, strongest first: a bracket or quotation still open; a clause mark at the
    end (a comma, 、 or semicolon: the sentence goes on, whatever word starts the next line);
    a word cut in half by the break (jieba's dictionary); a hard-wrapped text cut at its
    width. Without it, a short line or a headline stays a line of its own.
    """
    if prev.fenced or cur.fenced:
        return None
    text, nxt = prev.text, cur.text
    if not text or not nxt:
        return None  # a blank line kept (its rule is off) separates paragraphs
    fragment = len(nxt) <= FRAGMENT_MAX and not _starts_new_sentence(nxt, starters)
    if fragment and _open_paren(text):
        return BRACKET_JOIN
    if LIST_OR_MARKDOWN_RE.match(nxt) or nxt[0] in CLOSERS:
        return None  # a list item, or punctuation that starts a line, stays where it is
    if _closes_quote(text, nxt):
        return ""  # a quotation broken across lines is one sentence, even after a 。
    if text.endswith(CLAUSE_ENDS):
        if len(text) > 1 and not is_han(text[-2]) and text[-1] in ",;":
            return None  # code or Latin text: "f(x);" ends a statement
        if text.endswith(SEMICOLONS) and (
            nxt.endswith(SEMICOLONS)
            or LABEL_VALUE_RE.match(text)
            or (earlier is not None and earlier.text.endswith(SEMICOLONS))
        ):
            return None  # items of a list, each closed by a semicolon ("精度：±2%；")
        return "" if CONTINUES_RE.match(nxt[:1]) or nxt[:1].isalnum() else None
    if (
        wrapped is not None
        and not cur.blank_before
        and _full_line(text, nxt, wrapped)
        and _in_wrapped_run(prev, cur, earlier, wrapped)
        and (not ends_sentence(text) or blocks)
    ):
        # Hard-wrapped text: a line cut at the wrap width goes on in the next, whatever it
        # ends with; where blank lines part the paragraphs, even after a full stop.
        return _seam(text, nxt, spaced)
    if ends_sentence(text) or text.endswith((":", "：")) or STRAY_TAIL_RE.search(text):
        return None
    if spun and len(text) >= PARAGRAPH_MIN and STRAY_HAN_TAIL_RE.search(text):
        return None
    if CREDIT_END_RE.search(text):
        return None  # a caption or byline ends with its credit: "... 新华社记者 某某 摄"
    if not ENDS_MID_RE.search(text) or not CONTINUES_RE.match(nxt[:1]):
        return None
    if _starts_new_sentence(nxt, starters):
        return None
    quoted = _open_quote(text)
    if first and not quoted:
        return None  # the title is never glued to the lead
    if not (is_han(text[-1]) or text[-1] in "“「『《(（"):
        return None  # Latin text, code and URLs are not glued
    # On a page whose paragraphs start indented, an indented line with a clause in it and
    # an unindented line after it are one paragraph the scraper cut.
    clause = "，" in text or "," in text
    if indented_doc and prev.indented and not cur.indented and clause:
        return ""
    headline = _title_like(nxt) and not ends_sentence(nxt)
    if (clause or len(text) >= PARAGRAPH_MIN) and not headline and cuts_word(text, nxt):
        return ""  # "...城西区把宣" / "讲党的..." : the break is inside a word
    if not quoted and len(text) < PARAGRAPH_MIN:
        return None  # a short line with no sentence end is a heading
    if _title_like(nxt):
        return None  # the next line is a headline of its own
    if not ((ends_sentence(nxt) and len(nxt) >= 15) or len(nxt) >= 20 or quoted):
        return None  # the next line is a heading of its own
    return ""


def layout(text: str, report: Report, on: Callable[[str], bool]) -> str:
    starters = load_lexicon().lists["sentence_starters"]
    lines: list[Line] = []
    fenced = False
    blank = changed_space = 0
    after_blank = False
    raws = text.split("\n")
    if len(raws) > 1 and raws[-1] == "":
        raws.pop()  # the final newline ends the last line; it is no blank line
    for raw in raws:
        stripped = raw.strip(HORIZONTAL_SPACE)
        if stripped.startswith("```"):
            fenced = not fenced
            lines.append(Line(stripped, fenced=True))
            continue
        if fenced:
            lines.append(Line(raw, fenced=True))  # verbatim inside a fence
            continue
        if not stripped:
            if on("ZH401"):
                blank += 1
                after_blank = True
            else:
                lines.append(Line(""))  # blank lines kept when their rule is off
            continue
        folded = SPACE_RUN_RE.sub(" ", stripped) if on("ZH402") else stripped
        if folded != raw:
            changed_space += 1
        indented = raw[:1] in HORIZONTAL_SPACE and raw[:1] != ""
        lines.append(Line(folded, indented=indented, blank_before=after_blank))
        after_blank = False
    if blank:
        report.add("ZH401", count=blank)
    if changed_space:
        report.add("ZH402", count=changed_space)

    wrapped = wrap_width(lines)
    # Blank lines part the paragraphs of a wrapped text: inside one, every break is a wrap.
    blocks = wrapped is not None and sum(1 for line in lines if line.blank_before) >= 2
    if wrapped is not None and not blocks and not _breaks_cut_words(lines, wrapped):
        wrapped = None  # rows of a table or teasers cut at one length: lines of one width
    spaced = bool(HAN_LATIN_SPACE_RE.search(text))
    spun = spun_tails(lines)
    indented_doc = indented_paragraphs(lines)
    out: list[Line] = []

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
            earlier=out[-3] if len(out) >= 3 else None,
            blocks=blocks,
            spaced=spaced,
        )
        if kind is None:
            return False
        code = "ZH404" if kind == BRACKET_JOIN else "ZH403"
        kind = " " if kind == BRACKET_JOIN else kind
        if not on(code):
            return False
        # The seam, with a little context on each side, for `zhclean explain`.
        head, tail = prev.text[-16:], cur.text[:16]
        report.add(code, before=f"{head}⏎{tail}", after=f"{head}{kind}{tail}")
        out[-2:] = [
            Line(
                prev.text + kind + cur.text, indented=prev.indented, blank_before=prev.blank_before
            )
        ]
        return True

    for line in lines:
        out.append(line)
        # A join can make the new last line continue the one before it in turn
        # ("…，" / "(张三" / "李四)"): go on until nothing joins, so that a second
        # pass over the output finds nothing more to do.
        while len(out) >= 2 and try_join():
            pass
    # Rejoined fragments can make two adjacent paragraphs identical: one is enough.
    if on("ZH314"):
        unique: list[Line] = []
        for line in out:
            if unique and line.text and line.text == unique[-1].text and not line.fenced:
                report.add("ZH314", text=line.text)
                continue
            unique.append(line)
        out = unique
    return "\n".join(line.text for line in out)
