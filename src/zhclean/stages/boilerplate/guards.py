"""Guards: what is never removed, and why. They run around the detectors.

Before: lines inside an open bracket are fragments of the line above
(``protected``) and rows of a table the author wrote are never menus
(``table``). After: a line of two or more sentences between two paragraphs of
prose stays, whatever took it.

    >>> items = [Item(1, "表一", "表一"), Item(2, "| 年份 | 产量 |", ""), Item(3, "| 2020 | 12 |", "")]
    >>> mark_tables(items); [it.table for it in items]
    [False, True, True]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import CLAUSE_MARKS, ends_sentence, is_han
from ...lexicon import Lexicon
from ...words import STRONG_SEAM, cut_strength, whole_words_meet
from .features import Item
from .joined import page_texts
from .shapes import ellipsis_end, sentence_ends, squash, trail_last_step

if TYPE_CHECKING:
    from .document import Document

# A bracket left open holds at most this many lines: '(邓志强' / '易' / '松)'. A teaser cut
# inside a bracket ("共接报火灾322起（3起未出动，..."), never closes it.
BRACKET_LINES = 3


BRACKET_RE = re.compile("[()（）]")


def mark_protected(items: list[Item]) -> None:
    """Lines inside an unclosed bracket: '(邓志强' / '易' / '松)' is one credit."""
    depth = held = 0
    for item in items:
        text = item.text
        if not depth and not BRACKET_RE.search(text):
            item.protected = False
            held = 0
            continue  # outside any bracket and opening none: the usual line, one scan
        item.protected = depth > 0
        held = held + 1 if depth > 0 else 0
        if ellipsis_end(text):
            continue  # a cut teaser leaves its bracket open: no fragment follows it
        depth += text.count("(") + text.count("（") - text.count(")") - text.count("）")
        depth = max(0, min(depth, 3))
        if held >= BRACKET_LINES:
            depth = 0


# What only a command line writes, whatever its words: an option flag (" -v ", " --rm"), a
# line continued with "\\", "&&" or "||" between commands, a redirect (" >> "), a shebang, a
# shell prompt. (A template's braces and a script's residue are junk the residue room
# finds; they are no code the author shows.)
CODE_RE = re.compile(
    r"(?:^|\s)-{1,2}[A-Za-z][\w-]*(?=\s|=|$)|\s\\$|\s&&\s|\s\|\|\s|\s>>?\s|^#!/|^\$\s"
    # a shell variable set for the commands below it: "dbuser=root", "version=2.0.1"
    r"|^[A-Za-z_]\w*=[^\s=]+$"
)
CODE_ASCII_SHARE = 0.7
CODE_BLOCK_MIN = 2  # lines of code in a row: one line alone may be anything
# A comment in a block of code: "# 修改文件权限", "// 开启代理".
CODE_COMMENT_RE = re.compile(r"^\s*(?:#|//)\s")


def code_like(text: str) -> bool:
    """A shell command, by its marks: mostly ASCII, with a flag, an operator or a redirect.

    >>> code_like("sudo chmod -R 777 /home/data"), code_like("docker stop app && docker rm app")
    (True, True)
    >>> code_like("首页 / 新闻 / 本地"), code_like("var _hmt = _hmt || [];")
    (False, False)
    """
    if not CODE_RE.search(text) or "_hmt" in text:
        return False  # the usual line, settled by one scan
    visible = [ch for ch in text if not ch.isspace()]
    return sum(ch.isascii() for ch in visible) >= CODE_ASCII_SHARE * len(visible)


# A character CODE_RE cannot match without ("-v", "\\", "&&", "||", ">", "#!", "$", "="):
# lines with none are no command, found by one scan of the document. The pattern opens with
# one class (a hyphen then needs a letter after it), which ``re`` scans for from one
# candidate to the next; an alternation first would be tried at every character.
CODE_MARK_RE = re.compile(r"[-\\&|>#$=](?:(?<=-)[A-Za-z]|(?<!-))[^\n]*")


def _maybe_code(items: list[Item]) -> list[int]:
    """Indices of the lines that hold a mark CODE_RE needs, in one scan of the whole text."""
    text = page_texts(items)
    found: list[int] = []
    line, start = 0, 0
    for match in CODE_MARK_RE.finditer(text):
        at = match.start()
        line += text.count("\n", start, at)
        found.append(line)
        start = at  # the match ran to the line's end
    return found


def mark_code(items: list[Item], lexicon: Lexicon) -> None:
    """Blocks of commands the author shows, and the comments among them: a command's "-v
    /data:/data \\" is no menu of "home" and "data", nor chrome under the article. A
    script's residue the site left (``cms_markers``: "var _hmt = _hmt || [];") is none."""
    code = [False] * len(items)
    for k in _maybe_code(items):
        item = items[k]
        code[k] = code_like(item.text) and not lexicon.contains("cms_markers", item.key)
    if not any(code):
        return  # the usual page: no command anywhere, settled by one scan of its text
    block = [False] * len(items)
    k = 0
    while k < len(items):
        j = k
        while j < len(items) and (code[j] or (j > k and CODE_COMMENT_RE.match(items[j].text))):
            j += 1
        if sum(code[k:j]) >= CODE_BLOCK_MIN:
            block[k:j] = [True] * (j - k)
        k = max(j, k + 1)
    for k, item in enumerate(items):
        near = (k > 0 and block[k - 1]) or (k + 1 < len(items) and block[k + 1])
        if block[k] or (near and CODE_COMMENT_RE.match(item.text)):
            item.program = True
            item.guard = item.guard or "a line of code"


def _bars_on(items: list[Item]) -> bool:
    """Does a line hold a '|'? Both kinds of row below are split by it."""
    return "|" in page_texts(items)


def mark_tables(items: list[Item]) -> None:
    """Rows of a table: '| a | b |' lines, or two or more lines in a row split by '|' into
    the same number of cells, one of them with a number. A menu is one line of words."""
    if not _bars_on(items):
        return  # no '|' on the page, no cell: one search, not two walks of its lines
    for item in items:
        text = item.text.strip()
        if len(text) > 2 and text.startswith("|") and text.endswith("|"):
            item.table = True
    i = 0
    while i < len(items):
        cells = items[i].text.count("|")
        j = i
        while cells >= 2 and j + 1 < len(items) and items[j + 1].text.count("|") == cells:
            j += 1
        run = items[i : j + 1]
        if j > i and any(ch.isdigit() for it in run for ch in it.text):
            for it in run:
                it.table = True
        i = j + 1


def kept_neighbours(items: list[Item]) -> tuple[list[Item | None], list[Item | None]]:
    """The nearest kept line before and after every line, in two linear sweeps (asked of
    many lines, never searched for one at a time).

        >>> a, b = Item(1, "甲", "甲"), Item(2, "乙", "乙")
        >>> kept_neighbours([a, b])[1][0] is b
        True
    """
    before: list[Item | None] = []
    last: Item | None = None
    for item in items:
        before.append(last)
        if not item.removed:
            last = item
    after: list[Item | None] = [None] * len(items)
    last = None
    for i in range(len(items) - 1, -1, -1):
        after[i] = last
        if not items[i].removed:
            last = items[i]
    return before, after


PROSE_REACH = 12  # lines from the kept paragraph above to the one below, at most


def guard_prose(items: list[Item]) -> None:
    """Never remove a line of two or more sentences that sits inside a body of prose."""
    # The lines it may keep first (most pages: none); their neighbours only then. A line it
    # keeps is the only one it changes, so the others' verdicts read the same after it.
    found = [i for i, it in enumerate(items) if it.removed and sentence_ends(it.text) >= 2]
    if not found:
        return
    before, after = kept_neighbours(items)
    for i in found:
        item = items[i]
        prev, nxt = before[i], after[i]
        if (
            prev
            and nxt
            and prev.prose
            and nxt.prose
            # Inside a body: its kept neighbours stand near it, not across a list of teasers
            # that went (the article's last paragraph far above, a footer's notice far below).
            and nxt.no - prev.no <= PROSE_REACH
        ):
            item.clear()
            item.guard = "prose between prose"


def _cuts_a_word(above: Item, below: Item) -> bool:
    """Is ``below`` the next line of ``above`` (no blank line between), the break between
    them inside a word by far, not between two whole words that make a compound ("…集团" /
    "公司地址：…": a site's name over a field)?"""
    a, b = above.text, below.text
    return (
        below.no == above.no + 1
        and is_han(a[-1])
        and is_han(b[0])
        and cut_strength(a, b) >= STRONG_SEAM
        and not whole_words_meet(a, b)
    )


def guard_cut_sentences(items: list[Item]) -> None:
    """Never remove a piece of a sentence a line break cut in two: a line that goes on
    from a kept line, or that a kept line goes on from, the break cutting a word by far
    ("…城西区把宣" / "讲党的…": the segmenter's best reading of the ideographs around it has a
    word across it). Judged alone, a short piece reads as a label or a headline; layout
    rejoins it. Pieces of pieces are kept too, one sweep each way.

        >>> items = [Item(1, "全力做到两个维护，城西区把宣", ""), Item(2, "讲党的精神", "")]
        >>> items[1].mark("ZH304"); guard_cut_sentences(items); items[1].removed
        False
        >>> items = [Item(1, "新闻中心", ""), Item(2, "联系我们", "")]
        >>> items[1].mark("ZH303"); guard_cut_sentences(items); items[1].removed
        True
    """
    for i in range(1, len(items)):
        item, above = items[i], items[i - 1]
        if item.removed and not above.removed and _cuts_a_word(above, item):
            item.clear()
            item.guard = "piece of a cut sentence"
    for i in range(len(items) - 2, -1, -1):
        item, below = items[i], items[i + 1]
        if item.removed and not below.removed and _cuts_a_word(item, below):
            item.clear()
            item.guard = "piece of a cut sentence"


def guard_broken_paragraphs(items: list[Item], piece_ends: tuple[str, ...]) -> None:
    """Never remove a paragraph a scraper broke into short lines that a room took by their
    place ("以上就是关于…投诉举" / "报的相关介绍，大家" / "可以关注下，…通过上面的" / "方法去投诉
    举报。"): two lines or more in a row, the last ending a sentence, each seam inside one (a
    word cut, a clause mark at the end, a clause inside with no end, or a word a line seldom
    stops on: data piece_ends). Titles in a list end with no full stop, nor cut a word.

        >>> items = [Item(1, "以上就是关于夜读的", ""), Item(2, "介绍，大家", ""), Item(3, "看看。", "")]
        >>> for it in items: it.mark("ZH304", detector="tail_list")
        >>> guard_broken_paragraphs(items, ("的",)); [it.removed for it in items]
        [False, False, False]
    """
    if not any(
        it.removed and it.detector in BY_PLACE and it.text.rstrip().endswith(FULL_STOPS)
        for it in items
    ):
        return  # the usual page: no piece a room took ends a paragraph, no seam to read
    run: list[Item] = []
    for item in [*items, None]:
        if item is not None and item.removed and item.detector in BY_PLACE:
            if run and (
                ends_sentence(run[-1].text)
                or not _goes_on(run[-1], item, piece_ends, inside=len(run) > 1)
            ):
                run = []
            run.append(item)
            if len(run) >= 2 and item.text.rstrip().endswith(FULL_STOPS):
                for piece in run:
                    piece.clear()
                    piece.guard = "piece of a broken paragraph"
                run = []
            continue
        run = []


def _goes_on(above: Item, below: Item, piece_ends: tuple[str, ...], inside: bool) -> bool:
    """Does the sentence go on from ``above`` into the next line ``below``: a clause mark at
    its end, a word it seldom stops on, a word cut by the break? Or, ``inside`` a paragraph
    already broken above it, a clause in it and no end ("报的相关介绍，大家" / "可以…"): a
    title's clause ends where the title does, and no title goes on from a cut word."""
    text = above.text.rstrip()
    if below.no != above.no + 1 or not text:
        return False
    return (
        text[-1] in CLAUSE_MARKS
        or text.endswith(piece_ends)
        or (inside and any(mark in text for mark in CLAUSE_MARKS))
        or _cuts_a_word(above, below)  # the segmenter, last
    )


FULL_STOPS = ("。", "。”", "。」")


# A post's furniture above its text: where it was sent from, its author's handle.
# Detectors that judge a line by its place among others (a column of labels, the lines after
# the body): under a post's furniture, the line is that post's text, however short.
# (A line the page repeats is not among them: the repeats are evidence of a template.)
BY_PLACE = frozenset(
    {
        "menus_outside_body",
        "tail_list",
        "bare_title_lists",
        "tail_chrome",
        "head_chrome",
        "lists_above_title",
        "sandwiched",
    }
)


def guard_section_numbers(items: list[Item]) -> None:
    """Bare numbers that count a text's sections ("1" ... "2" ... "3"), each between two
    paragraphs, or a list's entries ("1" / "…．城南日报" / "2" / "…．市文化局", each number
    over its entry): the author's numbering, not a counter (a counter sits in a widget's
    row, a pager's numbers one under another)."""
    candidates = [
        i
        for i, it in enumerate(items)
        if it.removed and it.detector == "numbers_only" and _number(it.key) is not None
    ]
    if len(candidates) < SECTIONS_MIN:
        return

    before, after = kept_neighbours(items)

    def between_prose(i: int) -> bool:
        prev, nxt = before[i], after[i]
        return bool(prev and nxt and prev.prose and nxt.prose)

    def over_prose(i: int) -> bool:  # the first step, under its heading ("做法" / "1" / …)
        nxt = after[i]
        return bool(nxt and nxt.prose)

    numbered = [i for i in candidates if between_prose(i)]
    first = next(
        (i for i in reversed(candidates) if numbered and i < numbered[0] and over_prose(i)), None
    )
    if first is not None and _number(items[first].key) + 1 == _number(items[numbered[0]].key):
        numbered.insert(0, first)
    values = [_number(items[i].key) for i in numbered]
    if len(values) >= SECTIONS_MIN and values == list(range(values[0], values[0] + len(values))):
        for i in numbered:
            items[i].clear()
            items[i].guard = "a section's number between paragraphs"

    # An ordered list printed with its numbers on lines of their own (a reference list:
    # "1" / "规划用地…．金台资讯" / "2" / "…批复．河北省人民政府"): one, two, three in a row,
    # each over the entry it numbers. A pager's numbers stand one under another, with no
    # entry between them; a counter does not count up.
    def over_entry(i: int) -> bool:
        nxt = after[i]
        return nxt is not None and _number(nxt.key) is None

    entries = [
        i for i in candidates if _number(items[i].key) != 0 and over_entry(i) and not items[i].guard
    ]
    run: list[int] = []
    for i in [*entries, -1]:
        previous = run[-1] if run else None
        if (
            i >= 0
            and previous is not None
            and _number(items[i].key) == _number(items[previous].key) + 1
            and (entry := after[previous]) is not None
            and entry.no < items[i].no  # the previous number's entry stands between them
        ):
            run.append(i)
            continue
        if len(run) >= LIST_NUMBERS_MIN and _number(items[run[0]].key) == 1:
            for k in run:
                items[k].clear()
                items[k].guard = "a list's number over its entry"
        run = [i] if i >= 0 else []


SECTIONS_MIN = 2
LIST_NUMBERS_MIN = 3
# A section's or an entry's number alone, with its mark or none: "3", "3.", "3、".
NUMBER_KEY_RE = re.compile(r"^(\d{1,2})[.、．]?$")


def _number(key: str) -> int | None:
    found = NUMBER_KEY_RE.match(key)
    return int(found.group(1)) if found is not None else None


# Detectors that take a line for being printed more than once: the page's headline is printed
# in its menu, its title and its pager, and one copy of it is the page's.
BY_REPEATS = frozenset({"page_template_lines", "duplicates", "menus_outside_body", "repeated_rows"})


def guard_headline(items: list[Item], headline_key: str) -> None:
    """The headline the page's <title> names stays once: when every copy of it went for being
    repeated, its last copy is the page's title (POLICY: the title stays)."""
    if not headline_key:
        return
    copies = [it for it in items if squash(it.key) == headline_key]
    if not copies or any(not it.removed for it in copies):
        return
    last = copies[-1]
    if last.detector in BY_REPEATS:
        last.clear()
        last.guard = "the headline the page's title names"


# An item of the author's numbered list: "1、上海东方明珠", "12. 上海野生动物园".
NUMBERED_ITEM_RE = re.compile(r"^(\d{1,3})\s?[、.．]\s?\S")
RECORDS_MIN = 5  # numbered items, counting up, that make a list of records
RECORD_FIELDS_MAX = 6  # lines of one record's fields under its numbered item
BY_TEMPLATE = frozenset({"page_template_lines"})


def guard_numbered_records(items: list[Item]) -> None:
    """Under each item of a numbered list of records ("1、上海野生动物园" / "成人票原价：165元"
    / "游客咨询电话：962021"), the fields repeat their labels, and often their values: a data
    list the page exists to show (POLICY: tables and data), not a template's lines."""
    if not any(item.detector in BY_TEMPLATE for item in items):
        return  # nothing the template sweep took: nothing to give back
    numbered = [
        (i, int(m.group(1))) for i, it in enumerate(items) if (m := NUMBERED_ITEM_RE.match(it.text))
    ]
    run: list[int] = []
    for (i, n), nxt in zip(numbered, [*numbered[1:], (None, None)], strict=False):
        run.append(i)
        j, m = nxt
        if j is not None and m == n + 1 and j - i <= RECORD_FIELDS_MAX + 1:
            continue
        if len(run) >= RECORDS_MIN:
            end = min(len(items), run[-1] + RECORD_FIELDS_MAX + 1)
            for item in items[run[0] : end]:
                if item.removed and item.detector in BY_TEMPLATE:
                    item.clear()
                    item.guard = "a field of a numbered list's record"
        run = []


HEADED_PARAGRAPH_HAN = 30
LONG_PARAGRAPH_HAN = 80


def heads_paragraph(items: list[Item], i: int) -> bool:
    """Is line ``i`` a heading over a paragraph of the page's own ("详细资讯" over the
    description)? Entries of a list stand over their teasers cut short, or the next entry."""
    after = items[i + 1] if i + 1 < len(items) else None
    if after is None or after.removed or not after.prose:
        return False
    # A long one, even ending in "……" as a writer may: a card's blurb is cut shorter.
    return after.han >= (HEADED_PARAGRAPH_HAN if after.shape.paragraph else LONG_PARAGRAPH_HAN)


# Verdicts by place that a list of headlines draws (the head's list, the lines above the
# title, the zone of chrome above it): the article's own title, once found, is none of them.
TITLE_UNDONE = frozenset({"head_list", "lists_above_title", "head_chrome", "menus_outside_body"})


def guard_title(doc: Document) -> None:
    """The title found over the body, sharing the lead's words, stays (POLICY: the title
    stays), whatever a list of headlines above it took with it."""
    placed = doc.body_and_title()
    if placed is None or placed[2] is None or not doc.title_sure:
        return
    item = doc.items[placed[2]]
    if item.removed and item.detector in TITLE_UNDONE:
        item.clear()
        item.guard = "the article's title, over its body"


def guard_trail_title(items: list[Item]) -> None:
    """A line right under a trail that repeats the trail's last step, or opens with it, is
    the page's own title (POLICY: the title stays), whatever its place took it for:

        "首页 > 保温杯 > 山野良品316不锈钢保温杯" / "山野良品316不锈钢保温杯500ml大容量…"
        -> the second line stays
    """
    for i in range(len(items) - 1):
        trail = items[i]
        if trail.detector != "breadcrumb":
            continue
        # Past the page's tools between them ("设置 背景： 字体：", a row taken on its own).
        j = i + 1
        while j < len(items) - 1 and j - i <= TRAIL_TOOLS_MAX and _own_chrome(items[j]):
            j += 1
        title = items[j]
        if not title.removed or title.detector not in BY_PLACE:
            continue
        last = trail_last_step(trail.key)
        if last is not None and squash(title.key).startswith(last):
            title.clear()
            title.guard = "the page's title, the last step of the trail above it"


TRAIL_TOOLS_MAX = 2  # lines of tools between a trail and the title under it


def _own_chrome(item: Item) -> bool:
    """A line taken for chrome on its own words or shape (no place verdict)."""
    return item.removed and item.detector not in BY_PLACE


def guard_cut_figures(items: list[Item], units: tuple[str, ...]) -> None:
    """A figure alone on its line between a line that stops inside its sentence and a line
    that opens with its unit is the sentence's, cut out of it by two breaks, no counter:

        "…已经落实了" / "2000" / "万元资金，…"  -> "2000" stays (layout joins the three)
    """
    for i in range(1, len(items) - 1):
        item = items[i]
        if not (item.removed and item.detector == CUT_FIGURE_DETECTOR and item.code == "ZH307"):
            continue
        above, below = items[i - 1], items[i + 1]
        if (
            not above.removed
            and not below.removed
            and above.no == item.no - 1
            and below.no == item.no + 1
            and is_han(above.text[-1:] or " ")
            and not ends_sentence(above.text)
            and below.text.startswith(units)
            and " " not in item.text.strip()
            # Both sides read as a sentence's pieces, not a widget's labels around its figure
            # ("代发量" / "1108819" / "成交金额").
            and above.han >= CUT_FIGURE_SIDE_HAN
            and (ends_sentence(below.text) or any(mark in below.text for mark in CLAUSE_MARKS))
        ):
            item.clear()
            item.guard = "a figure cut out of its sentence"


CUT_FIGURE_DETECTOR = "numbers_only"
CUT_FIGURE_SIDE_HAN = 6


OWN_CLAIM_REACH = 40  # characters from the start where the claim of originality stands


def guard_own_work_claims(items: list[Item], lex: Lexicon) -> None:
    """A line that opens by naming the text itself and calls it original ("本文由某某原创，转载
    请注明出处"; data: own_work_openers, originality_words), right under the work's last
    paragraph, is the work's own credit: it stays, whatever notice it was read as. Among the
    site's notices (under "声明：…如有侵权请联系删除"), it is one of them."""
    openers = lex.terms("own_work_openers")
    for i in range(1, len(items)):
        item, above = items[i], items[i - 1]
        if (
            item.removed
            and item.code == "ZH305"
            and item.key.startswith(openers)
            and not above.removed
            and above.prose
            and lex.contains("originality_words", item.key[:OWN_CLAIM_REACH])
        ):
            item.clear()
            item.guard = "the work's own claim of originality, under it"
