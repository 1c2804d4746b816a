"""Stage 5, layout: one paragraph a line, broken sentences rejoined.

    >>> from zhclean.report import Report
    >>> long = "这一年,我市扎实开展“党支部”活动,分领域制定标准,采取自查、互评、复查的方式,全面推进各领域党组织标准化、规范化建设,促百"
    >>> layout("标题\\n" + long + "\\n\\n分百达标,各项工作取得明显实效。", Report(), lambda c: True).split("\\n")[1][-18:]
    '促百分百达标,各项工作取得明显实效。'
    >>> layout("坚持以上率下\\n党史学习掀热潮", Report(), lambda c: True)   # two headings stay two lines
    '坚持以上率下\\n党史学习掀热潮'
    >>> layout("逐浪前行。(邓志强\\n易\\n松)", Report(), lambda c: True)
    '逐浪前行。(邓志强 易 松)'

A line is glued to the next only on evidence that the sentence goes on (the
evidence at one break is :mod:`.breaks`'s): a clause mark or an open bracket at
its end, a word cut in two, a wrapped text's width, how the page parts its
paragraphs; a heading, a list item or a line that starts a sentence stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..chardata import HORIZONTAL_SPACE, SPACE_RUN_RE
from ..lexicon import Lexicon, load_lexicon, per_lexicon
from ..report import Report
from ..words import STRONG_SEAM, cut_strength
from .breaks import BRACKET_JOIN, Paragraph, _as_tuple, join_kind
from .clauses import short_labels
from .page_shape import (
    WRAP_SLACK,
    Line,
    _breaks_cut_words,
    blank_parted,
    broken_at_clauses,
    cut_mid_sentence,
    headings_set_off,
    indented_paragraphs,
    indents_first_lines,
    listing_rhythm,
    spun_tails,
    standing_labels,
    wrap_width,
)
from .wraps import TIGHT_SLACK, tight_wrap

# The author puts a space between Han and Latin ("使用 Python 的"): wrapped joins do too.
# The space comes first, so the engine looks for it with a fast literal search instead of
# trying the ideograph class at every character of a page (the same matches otherwise).
HAN_LATIN_SPACE_RE = re.compile(" (?:(?<=[\u4e00-\u9fff] )[A-Za-z]|(?<=[A-Za-z] )[\u4e00-\u9fff])")
# Han and Latin set close ("加州的Diffbot成立"): a page that does so more often than it spaces
# them spaces a name or two by chance ("Diffbot 1000"), not as its way.
HAN_LATIN_TIGHT_RE = re.compile("[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]")


def spaces_latin(text: str) -> bool:
    """Does the author put a space between Han and Latin, at least as often as not?

    >>> spaces_latin("使用 Python 的人，用 Go 的人"), spaces_latin("加州的Diffbot成立，Diffbot 的理念")
    (True, False)
    """
    # A text with no ASCII space (most Chinese pages) is settled without the patterns' scan.
    if " " not in text:
        return False
    spaced = sum(1 for _ in HAN_LATIN_SPACE_RE.finditer(text))
    return spaced > 0 and spaced >= sum(1 for _ in HAN_LATIN_TIGHT_RE.finditer(text))


# Whitespace that is not already one ASCII space between two visible characters.
UNFOLDED_RE = re.compile(f"[{HORIZONTAL_SPACE.replace(' ', '')}]|  |^ | $", re.M)
OTHER_SPACE = HORIZONTAL_SPACE.replace(" ", "")


def _other_space(text: str) -> bool:
    """Does ``text`` hold a horizontal space other than the ASCII one? A substring test per
    character (a fast search in C each) costs a third of a character class's scan."""
    return any(ch in text for ch in OTHER_SPACE)


def _unfolded(text: str) -> bool:
    """``UNFOLDED_RE.search(text)`` as a truth value, in substring tests: the usual page has
    nothing to fold, and this settles it in a fraction of the pattern's scan."""
    return (
        "  " in text
        or text[:1] == " "
        or text[-1:] == " "
        or "\n " in text
        or " \n" in text
        or _other_space(text)
    )


INDENT = "\u3000"  # what an indentation becomes until layout has read it
# Columns of leading space a paragraph's indent takes at most (four spaces, two U+3000, a
# tab); a line pushed further right is centred, as a page centres its title.
INDENT_MAX = 8


def _centred(raw: str) -> bool:
    """Does the line stand pushed far right, centred (a title), rather than indented as a
    paragraph's first line is?

        >>> _centred(" " * 40 + "苗栗铁皮屋大火"), _centred("\u3000\u3000正文第一段。")
        (True, False)
    """
    width = 0
    for ch in raw:
        if ch not in HORIZONTAL_SPACE:
            break
        width += 4 if ch == "\t" else 2 if ch == "\u3000" else 1
        if width > INDENT_MAX:
            return True
    return False


def fold_space(text: str, report: Report, on: Callable[[str], bool]) -> str:
    """Whitespace folded before boilerplate judges the lines (ZH402), so that it judges them
    as they will be written (a second clean sees them folded). A line's indentation
    becomes one U+3000, which layout reads (an indented page) and then drops.

        >>> fold_space("\u3000\u3000第一句\u3000 第二句  \\n+\u3000+", Report(), lambda c: True)
        '\u3000第一句 第二句\\n+ +'

    ZH402 counts each line whose whitespace changes, its indentation included: ``layout``
    called with ``spaced=True`` counts nothing again. Lines inside a ``` fence stay.
    """
    if not on("ZH402") or not _unfolded(text):
        return text  # the common case: a few substring tests
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
            # A centred line (a title) is no paragraph's indented first line.
            indent = raw[:1] in HORIZONTAL_SPACE and not _centred(raw)
            lines[i] = (INDENT if indent else "") + folded
            changed += folded != raw
            continue
        changed += lines[i] != raw
    if changed:
        report.add("ZH402", count=changed)
    return "\n".join(lines)


UI_END_MIN = 3


@lru_cache(maxsize=4)
def _figure_units(units: frozenset[str], approximations: frozenset[str]) -> tuple[str, ...]:
    """The units a figure's unit may start with, an approximate figure's too ("名", "余名")."""
    return tuple(sorted(units | {a + u for a in approximations for u in units}))


@lru_cache(maxsize=4)
def _ui_ends(prompts: frozenset[str]) -> tuple[str, ...]:
    """The prompts a line's end is matched against, built once per word list."""
    return tuple(p for p in prompts if len(p) >= UI_END_MIN)


# Decisions at a break between two lines, remembered across the passes of a document (a
# break layout left alone comes back on the next pass, after a join elsewhere) and across
# a site's pages, up to this many; then the memo starts afresh.
JOIN_MEMO_MAX = 50_000
# Only breaks between short lines are remembered (their decisions repeat; a long line's
# seldom does): a key holds the lines' texts (a paragraph rejoined from several, its ends
# and its last line: Paragraph.memo_key), so 50,000 of them stay a few megabytes at most.
JOIN_MEMO_TEXT_MAX = 200
# Nor below a paragraph rejoined past this many characters (the paragraphs of bench.py's
# pages cut into short lines stay under 2,500): a text wrapped over thousands of lines would
# fill the memo with keys never asked again, at the cost of a key a line.
JOIN_MEMO_PARAGRAPH_MAX = 4000


class _Ask:
    """A remembered break whose decision went through a page-wide question: the question
    join_kind asked first on its way (the same inputs take it down the same path to it), and
    where each answer led. Every answer seen is kept: the same two lines meet again under a
    line that answers otherwise (on the next pass, or further down a page), and a memo of
    the last path only would forget the first each time."""

    __slots__ = ("question", "then")

    def __init__(self, question: str) -> None:
        self.question = question
        self.then: dict[bool, Decision] = {}


# A remembered decision: the seam (None: apart) in a tuple of one, or the question asked on
# the way to it.
Decision = tuple[str | None] | _Ask


def _recall(found: Decision | None, questions: dict[str, Callable[[], bool]]) -> Decision | None:
    """The decision ``found`` leads to with this page's answers (asked in join_kind's
    order), a tuple of one; None when an answer has not been seen."""
    while isinstance(found, _Ask):
        found = found.then.get(questions[found.question]())
    return found


def _remember(
    memo: dict[tuple, Decision], key: tuple, asked: list[tuple[str, bool]], kind: str | None
) -> None:
    """Add the path ``asked`` and its decision ``kind`` to what ``key`` remembers."""
    node: Decision = (kind,)
    for question, answer in reversed(asked):
        above = _Ask(question)
        above.then[answer] = node
        node = above
    found = memo.get(key)
    if not (isinstance(found, _Ask) and isinstance(node, _Ask) and found.question == node.question):
        memo[key] = node  # nothing kept, or (never, join_kind being deterministic) another path
        return
    # Graft the new path where it leaves the remembered ones.
    while True:
        ((answer, below),) = node.then.items()
        kept = found.then.get(answer)
        if not (
            isinstance(kept, _Ask) and isinstance(below, _Ask) and kept.question == below.question
        ):
            found.then[answer] = below  # a new answer, or the end of the path kept
            return
        found, node = kept, below


@per_lexicon
def _join_memo(lexicon: Lexicon) -> dict[tuple, Decision]:
    """The decisions made with these word lists (join_kind reads several of them)."""
    return {}


def layout(
    text: str,
    report: Report,
    on: Callable[[str], bool],
    spaced: bool = False,
    lexicon: Lexicon | None = None,
) -> str:
    """One paragraph a line. ``spaced``: :func:`fold_space` ran on the text and counted its
    whitespace changes. ``lexicon``: the run's word lists, with its ``--rules`` files."""
    lexicon = lexicon or load_lexicon()
    lists = lexicon.lists
    starters = lists["sentence_starters"]
    dangling = (
        tuple(lists["dangling_ends"]),
        tuple(lists["dangling_starts"]),
        tuple(lists["final_particles"]),
    )
    # Prompts of three characters or more ("查看更多", "阅读原文"): shorter ones ("点我") end
    # words of sentences too.
    ui_ends = _ui_ends(lists["ui_prompts"])
    piece_ends = _as_tuple(lists["piece_ends"])
    subjects = _as_tuple(lists["subject_pronouns"])
    units = _figure_units(lists["counting_units"], lists["figure_approximations"])
    lines: list[Line] = []
    fenced = False
    blank = changed_space = 0
    after_blank = False
    raws = text.split("\n")
    if len(raws) > 1 and raws[-1] == "":
        raws.pop()  # the final newline ends the last line; it is no blank line
    # Text with no horizontal space and no fence (fold_space's output nearly always, and
    # every page cut into short lines): a line is its text, stripped and folded already.
    # One scan of the page instead of a strip, a fold and their checks on every line.
    other = _other_space(text)
    plain = "```" not in text and " " not in text and not other
    # A line folds only where the page has a run of spaces or a space of another kind.
    folds = other or "  " in text
    for raw in raws:
        if plain and raw:
            lines.append(Line(raw, blank_before=after_blank))
            after_blank = False
            continue
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
                after_blank = True
            else:
                changed_space += trimmed != raw
                lines.append(Line(trimmed))  # blank lines kept when their rule is off
            continue
        folded = raw
        if on("ZH402"):
            folded = SPACE_RUN_RE.sub(" ", stripped) if folds else stripped
        if folded != raw:
            changed_space += 1
        indented = raw[:1] in HORIZONTAL_SPACE and raw[:1] != "" and not _centred(raw)
        lines.append(Line(folded, indented=indented, blank_before=after_blank))
        after_blank = False
    if blank:
        report.add("ZH401", count=blank)
    if changed_space and not spaced:
        report.add("ZH402", count=changed_space)

    wrapped = wrap_width(lines)
    # Blank lines part the paragraphs of a wrapped text: inside one, every break is a wrap.
    blocks = wrapped is not None and sum(1 for line in lines if line.blank_before) >= 2
    if wrapped is not None and not blocks and not _breaks_cut_words(lines, wrapped):
        wrapped = None  # rows of a table or teasers cut at one length: lines of one width
    wrap_slack = WRAP_SLACK
    tight = None if wrapped is None or blocks else tight_wrap(lines, wrapped)
    if tight is not None:
        # Lines that keep to one column: a line further short of it ended its paragraph.
        wrapped, wrap_slack = tight, TIGHT_SLACK
    spaced = spaces_latin(text)
    spun = spun_tails(lines)
    # A plain page's lines start with no space: none is indented, and the page indents none.
    indented_doc = not plain and indented_paragraphs(lines)
    indent_starts = indents_first_lines(lines, indented_doc)
    listing = listing_rhythm(lines)
    labels = standing_labels(lines)
    clause_broken = broken_at_clauses(lines)
    # Only a blank line sets a line's blank_before (counted in ``blank``): a page with none
    # (one of short lines, most clean texts) parts no paragraph with one, unread.
    parted = blank > 0 and blank_parted(lines)
    set_off = (parted or indented_doc) and headings_set_off(lines)
    cut_page: list[bool] = []

    def page_cut() -> bool:
        """Was the page cut mid-sentence? Read once, and only when a join needs to know."""
        if not cut_page:
            cut_page.append(cut_mid_sentence(lines))
        return cut_page[0]

    cut_once: list[bool] = []

    def page_cut_once() -> bool:
        """Does one break of the page at least cut a word by far? Read once, when asked."""
        if not cut_once:
            cut_once.append(cut_mid_sentence(lines, 1))
        return cut_once[0]

    below: list[Line | None] = [None]  # the line under the one being joined

    def goes_on() -> bool:
        """Does the last line go on in the line under it, cutting a word by far? Then it is
        no headline of its own, however short."""
        nxt = below[0]
        if nxt is None or nxt.fenced or nxt.blank_before or not nxt.text:
            return False
        return cut_strength(out[-1].tail, nxt.text) >= STRONG_SEAM

    def starts_below() -> bool:
        """Does a paragraph start under the last line (indented on a page that indents its
        paragraphs' first lines, or under a blank line), or the page end there?"""
        nxt = below[0]
        return nxt is None or nxt.blank_before or (indent_starts and nxt.indented)

    out: list[Paragraph] = []
    may_join = getattr(report.dom, "may_join", None)  # HTML: never across its blocks
    memo = _join_memo(lexicon)
    page = (
        wrapped,
        wrap_slack,
        spun,
        indented_doc,
        blocks,
        spaced,
        listing,
        clause_broken,
        parted,
        set_off,
        indent_starts,
        labels,
    )
    questions = {
        "cut_page": page_cut,
        "cut_once": page_cut_once,
        "goes_on": goes_on,
        "starts_below": starts_below,
    }

    def decide(
        prev: Paragraph, cur: Paragraph, earlier: Paragraph | None, first: bool
    ) -> str | None:
        """join_kind's answer, remembered for a break between lines not joined yet.

        join_kind reads only the paragraphs, the page's flags and word lists, and the
        answers to its two page-wide questions: the same inputs and the same answers, asked
        again in the same order, take it down the same path to the same decision."""
        key = None
        if (
            len(prev._last_line) + len(cur._last_line) <= JOIN_MEMO_TEXT_MAX
            and prev.length + cur.length <= JOIN_MEMO_PARAGRAPH_MAX
            and (
                earlier is None
                or (
                    len(earlier._last_line) <= JOIN_MEMO_TEXT_MAX
                    and earlier.length <= JOIN_MEMO_PARAGRAPH_MAX
                )
            )
        ):
            key = (
                prev._key or prev.memo_key(),
                cur._key or cur.memo_key(),
                None if earlier is None else earlier._key or earlier.memo_key(),
                first,
                page,
            )
            found = _recall(memo.get(key), questions)
            if found is not None:
                return found[0]
        asked: list[tuple[str, bool]] = []

        def recorded(question: str) -> Callable[[], bool]:
            def ask() -> bool:
                answer = questions[question]()
                asked.append((question, answer))
                return answer

            return ask

        kind = join_kind(
            prev,
            cur,
            first=first,
            starters=starters,
            wrapped=wrapped,
            spun=spun,
            indented_doc=indented_doc,
            earlier=earlier,
            blocks=blocks,
            spaced=spaced,
            listing=listing,
            clause_broken=clause_broken,
            dangling=dangling,
            ui_ends=ui_ends,
            parted=parted,
            set_off=set_off,
            cut_page=recorded("cut_page"),
            cut_once=recorded("cut_once"),
            goes_on=recorded("goes_on"),
            starts_below=recorded("starts_below"),
            piece_ends=piece_ends,
            subjects=subjects,
            units=units,
            wrap_slack=wrap_slack,
            indent_starts=indent_starts,
            labels=labels,
        )
        if key is not None:
            if len(memo) >= JOIN_MEMO_MAX:
                memo.clear()
            _remember(memo, key, asked, kind)
        return kind

    def try_join() -> bool:
        """Glue the last line onto the one before it, if it continues it."""
        prev, cur = out[-2], out[-1]
        if may_join and (cur.lines > 1 or not may_join(prev._last_line, cur.text)):
            return False
        kind = decide(prev, cur, out[-3] if len(out) >= 3 else None, len(out) == 2)
        if kind is None:
            return False
        code = "ZH404" if kind == BRACKET_JOIN else "ZH403"
        kind = " " if kind == BRACKET_JOIN else kind
        if not on(code):
            return False
        # The seam, with a little context on each side, for `zhclean explain`.
        head, tail = prev.tail[-16:], cur.head[:16]
        report.add(code, before=f"{head}⏎{tail}", after=f"{head}{kind}{tail}")
        prev.extend(kind, cur)
        out.pop()
        return True

    for i, line in enumerate(lines):
        below[0] = lines[i + 1] if i + 1 < len(lines) else None
        if out and out[-1].lines == 1 and short_labels(out[-1]._last_line, line.text):
            # Two labels of a column (join_kind's first answer, asked here before the
            # paragraph and the question are built): most pairs on a page of short lines.
            out.append(Paragraph(line))
            continue
        out.append(Paragraph(line))
        # A join can make the new last line continue the one before it in turn
        # ("…，" / "(张三" / "李四)"): go on until nothing joins, so that a second
        # pass over the output finds nothing more to do.
        while len(out) >= 2 and try_join():
            pass
    # Each paragraph's text joined once, and read once below (a page of short lines has
    # hundreds of thousands of paragraphs a megabyte).
    texts = [par.text for par in out]
    # Rejoined fragments can make two adjacent paragraphs identical: one is enough.
    if on("ZH314"):
        unique: list[str] = []
        for par, text in zip(out, texts, strict=True):
            if unique and text and text == unique[-1] and not par.fenced:
                report.add("ZH314", text=text)
                continue
            unique.append(text)
        texts = unique
    return "\n".join(texts)
