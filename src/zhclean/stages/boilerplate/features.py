"""Each line's features, computed once: what the rooms judge a line by.

A line is an :class:`Item`: its number, its text, its matching key (folded:
NFKC, casefolded, inner whitespace as one space, Traditional read as
Simplified) and the verdict the rooms give it. What the text alone says of a
line (its :class:`Shape`) is computed once per distinct text and remembered,
so a site's template line is measured once for a whole corpus.

    >>> item = Item(1, "市民公园改造工程正式完工", "市民公园改造工程正式完工")
    >>> item.title_like, item.prose, item.han
    (True, False, 12)
    >>> Item(2, "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。", "").prose
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...chardata import CLOSERS, ends_sentence, han_count
from ...lexicon import per_lexicon
from .shapes import DATED_END_RE, DATED_START_RE, DATETIME_RE, DIGIT_RE, FACET_RE, ellipsis_end

if TYPE_CHECKING:
    from ...lexicon import Lexicon

STRONG, WEAK = 2, 1

# Verdicts that show the site's chrome: its ads, menus, lists of other articles, notices,
# tags, promotions and repeated widgets.
CHROME_CODES = frozenset({"ZH301", "ZH302", "ZH303", "ZH304", "ZH305", "ZH309", "ZH315", "ZH317"})
# Detectors that find a line by its shape alone (a column of short labels, a bare number, a
# line the page repeats): a flattened table's cells or a product's tabs may draw them.
SHAPE_ONLY_DETECTORS = frozenset({"menus_outside_body", "numbers_only", "page_template_lines"})
# Detectors of lines that are no evidence of where the site's chrome starts: an entry's own
# furniture (a feed's items each carry a bare link: a run of them is a listing, not chrome
# around an article), and the cards a reader may close and the links to an article's own
# pictures ("词条图片(1张)"), that sit between the paragraphs.
NO_CHROME_EVIDENCE = frozenset({"bare_url", "closable_cards", "gallery_link"})
# Detectors of a post's stamp over its text (its author, its time): a thread's furniture, no
# chrome that a weak word beside it would be more of.
POST_STAMPS = frozenset(
    {
        "post_stamps",
        "user_handle",
        "pipe_stamp",
        "floor_stamp",
        "reply_stamp",
        "said_stamp",
        "relative_stamp",
        "bbs_headers",
        "comment_headers",
    }
)


def site_chrome(item: Item, codes: frozenset[str] = CHROME_CODES, by_words: bool = False) -> bool:
    """Did a rule take ``item`` as the site's chrome (``by_words``: found by its words or its
    kind, not by its shape alone)?"""
    if not item.removed or item.code not in codes or item.detector in NO_CHROME_EVIDENCE:
        return False
    return not by_words or item.detector not in SHAPE_ONLY_DETECTORS


# Shapes remembered per line text (templates repeat across a site's pages), up to this
# many; then the memo starts afresh, so memory stays bounded on any corpus.
SHAPES_MAX = 50_000


@dataclass(frozen=True, slots=True)
class Shape:
    """What a line's text says of it, whatever its place: computed once per distinct text."""

    han: int
    prose: bool
    title_like: bool  # before the bracket guard (an item inside a bracket is no title)
    headline: bool
    dated_end: bool  # dated like a feed's entry: a date at the end, or a time stamp first
    stamped: bool  # holds a date or a time
    glued: bool  # forty-five ideographs or more, no mark or space: links run together
    digit: bool
    facet: bool  # "label (count)"
    paragraph: bool  # prose, and not a teaser cut off with '...': a body's paragraph if kept


_SHAPES: dict[tuple[str, str], Shape] = {}


def shape_of(text: str, key: str) -> Shape:
    found = _SHAPES.get((text, key))
    if found is None:
        if len(_SHAPES) >= SHAPES_MAX:
            _SHAPES.clear()
        han = han_count(text)
        title = _is_title_like(text)
        prose = _is_prose(text, han)
        found = _SHAPES[(text, key)] = Shape(
            han=han,
            prose=prose,
            title_like=title,
            headline=title and _is_headline(text, han),
            dated_end=bool(DATED_END_RE.search(key) or DATED_START_RE.search(key)),
            stamped=bool(DATETIME_RE.search(key)),
            glued=han >= GLUED_HAN_MIN and _glued_links(text),
            digit=bool(DIGIT_RE.search(key)),
            facet=bool(FACET_RE.match(key)) and not ends_sentence(text),
            paragraph=prose and not ellipsis_end(text),
        )
    return found


# Verdicts given or taken back in this process: what is read off the verdicts of a
# document's lines (where its body is) holds while the count stands still.
_VERDICTS = 0


def verdicts() -> int:
    """How many times a line's verdict was given or cleared in this process."""
    return _VERDICTS


@dataclass(eq=False, slots=True)
class Item:
    no: int  # 1-based line number
    text: str  # stripped line
    key: str  # folded line, inner whitespace runs as one space
    code: str | None = None
    strength: int = 0
    detector: str | None = None  # the detector that gave the verdict (for explain)
    protected: bool = False  # inside an open bracket: a fragment of the line before
    table: bool = False  # a row of a table the author wrote: never a menu
    guard: str | None = None  # why the line must stay, whatever the detectors say
    program: bool = False  # a line of code or a command the author shows: never chrome
    # What the text says of the line, and the verdict as one flag: plain attributes, not
    # properties, since every sweep reads them of every line (set by mark and clear).
    shape: Shape = field(init=False)
    han: int = field(init=False)  # ideographs in the line
    # A body paragraph: ends a sentence, or is long (a short question is a headline).
    prose: bool = field(init=False)
    removed: bool = field(init=False)

    def __post_init__(self) -> None:
        # shape_of's memo read here (an item is made for every line on every pass): the
        # function is called only for a text not measured yet.
        shape = _SHAPES.get((self.text, self.key)) or shape_of(self.text, self.key)
        self.shape = shape
        self.han, self.prose = shape.han, shape.prose
        self.removed = self.code is not None and self.strength == STRONG

    def mark(self, code: str, strength: int = STRONG, detector: str | None = None) -> None:
        global _VERDICTS
        _VERDICTS += 1
        self.code, self.strength = code, strength
        self.removed = strength == STRONG
        if detector:
            self.detector = detector

    def clear(self) -> None:
        global _VERDICTS
        _VERDICTS += 1
        self.code, self.strength, self.detector = None, 0, None
        self.removed = False

    @property
    def prose_end(self) -> bool:
        """Does the line end a sentence (then it is a paragraph, not a cut teaser)?"""
        return ends_sentence(self.text)

    @property
    def title_like(self) -> bool:
        """A headline or link text: short, one clause, no sentence end."""
        return self.shape.title_like and not self.protected and not self.program

    @property
    def headline(self) -> bool:
        """A headline of a list: title-like, mostly words (a data row of numbers is not one),
        not a label with its value ("内胆材质：铝合金"), 6 to 60 characters."""
        return self.shape.headline and not self.protected

    @property
    def link_like(self) -> bool:
        """An entry of a list of articles: a headline, a teaser cut with '...', a dated title."""
        text = self.text
        if text.endswith(("，", ",", "、")) or self.protected or self.program:
            return False
        if len(text) > 80:
            return _glued_headlines(text)
        return self.title_like or ellipsis_end(text) or self.shape.dated_end


GLUED_PARTS_MIN = 3


def _glued_headlines(text: str) -> bool:
    """Several headlines a scraper glued into one line (the tabs between them folded to
    spaces): "雞蛋每日產量續降 農委會：不會像去年缺蛋 傳停售早餐蛋系列 …", no clause or
    sentence mark anywhere, each part a few words."""
    if any(mark in text for mark in "，,。；;！!？?"):
        return False
    parts = text.split()
    return len(parts) >= GLUED_PARTS_MIN and all(2 <= len(part) <= 30 for part in parts)


# Kana: a line with this share of them is Japanese (a site's language prompt), not the body.
KANA_RE = re.compile("[\u3040-\u30ff]")
KANA_SHARE = 0.2


# A row of short tokens parted by spaces, with no punctuation: a menu or a list of names
# ("李白 苏轼 白居易 陆游 …"), in any words, however long; never a paragraph.
TOKEN_ROW_MIN = 8
TOKEN_MEAN_MAX = 7


def token_row(text: str) -> bool:
    """A row of eight short tokens or more parted by spaces, no punctuation: a menu, tags."""
    tokens = text.split()
    if len(tokens) < TOKEN_ROW_MIN or any(mark in text for mark in "，。；！？,;!?"):
        return False
    return sum(len(t) for t in tokens) <= TOKEN_MEAN_MAX * len(tokens)


# No mark of any kind, no space: words run together as a dump glues a menu's links
# ("销售专员销售经理客户代表销售代表BD经理大客户销售…"); an author's paragraph has marks.
UNMARKED_RE = re.compile(r"[\w]+")
GLUED_HAN_MIN = 45


def _glued_links(text: str) -> bool:
    """Forty-five ideographs or more and not one mark or space between them: links glued."""
    return bool(UNMARKED_RE.fullmatch(text))


def _is_prose(text: str, han: int) -> bool:
    if KANA_RE.search(text) and len(KANA_RE.findall(text)) >= KANA_SHARE * len(text):
        return False
    if han >= GLUED_HAN_MIN:
        return not token_row(text) and not _glued_links(text)
    if not ends_sentence(text):
        return False
    last = text.rstrip(CLOSERS)[-1:]
    return han >= (30 if last in "？?！!" else 12)


SPEECH_MARKS_RE = re.compile(r"[，,。！？!?…；;]")


def _is_title_like(text: str) -> bool:
    if len(text) < 4 or len(text) > 60:
        return False
    if text.rstrip("”’」』)）")[-1:] in "。；;，,、":
        return False
    # Quoted speech ("他说：“明天见！”", "他说：“明天见，不见不散”") and bracketed credits
    # ("(记者 张三)") are the author's. A headline may quote a phrase ("益阳：“数字”是优长",
    # "…需要跑出“加速度”"): no mark of a clause or a sentence inside.
    if text[0] in "(（":
        return False
    if (text[-1] in "”」』" or "：“" in text or ":“" in text) and SPEECH_MARKS_RE.search(text):
        return False
    return text.count("。") == 0


def _is_headline(text: str, han: int) -> bool:
    if len(text) < 6:
        return False
    digits = sum(ch.isdigit() for ch in text)
    if digits * 3 > len(text) or han < 4:
        return False
    label, colon, value = text.replace("：", ":").partition(":")
    return not (colon and len(label) <= 6 and len(value) <= 12)


# Marks no label carries: a clause's or a sentence's.
LABEL_MARKS = frozenset("，。、；：！？,.;:!?")


def bare_label(item: Item, lex: Lexicon, longest: int, figures: bool = True) -> bool:
    """A short line of ideographs with no mark and no word of grammar ("最低价格", "黑龙江"):
    a button's or a picker's label, never a sentence. ``figures``: digits may stand in it.

        >>> from zhclean.lexicon import load_lexicon
        >>> bare_label(Item(1, "检视全部", "检视全部"), load_lexicon(), 8)
        True
        >>> bare_label(Item(1, "我想你了", "我想你了"), load_lexicon(), 8)
        False
    """
    if item.protected or item.table or not 0 < len(item.text) <= longest or not item.han:
        return False  # settled without the memo: a paragraph's text is never a key of it
    # The rest hangs on the text alone: asked of every line by several rooms, answered once
    # per text and word lists (a page of short lines repeats its labels).
    memo = _label_memo(lex)
    memo_key = (item.text, item.key, longest, figures)
    found = memo.get(memo_key)
    if found is None:
        if len(memo) >= SHAPES_MAX:
            memo.clear()
        text = item.text
        found = memo[memo_key] = (
            0 < len(text) <= longest
            and item.han > 0
            and not any(ch in LABEL_MARKS or (not figures and ch.isdigit()) for ch in text)
            and not lex.contains("grammar_words", item.key)
        )
    return found


def labels_vary(items: list[Item], longest: int, count_min: int, lengths_min: int) -> bool:
    """Could a run of ``count_min`` bare labels of ``longest`` characters at most show
    ``lengths_min`` lengths? Not when fewer lines have ideographs and that length, or they
    have fewer lengths: read off two attributes a line, not bare_label's memo. Nor when no
    ``count_min`` kept lines of that shape stand in a row (the run passes over lines taken)."""
    lengths = [n for it in items if it.han and (n := len(it.text)) <= longest]
    if len(lengths) < count_min or len(set(lengths)) < lengths_min:
        return False
    run = 0
    for it in items:
        if it.removed:
            continue
        run = run + 1 if it.han and len(it.text) <= longest else 0
        if run >= count_min:
            return True
    return False


@per_lexicon
def _label_memo(lexicon: Lexicon) -> dict[tuple[str, str, int, bool], bool]:
    return {}


def bare_title(item: Item) -> bool:
    """A headline of no clauses: a title (one the lead restates, "题：…"), never a teaser.

    >>> bare_title(Item(1, "市民公园改造工程正式完工", "")), bare_title(Item(2, "本文以几个例子，分享经验", ""))
    (True, False)
    """
    return item.headline and not any(mark in item.text for mark in "，,；;")


def next_kept(items: list[Item], i: int) -> int | None:
    """Index of the first kept line after ``i``, or None."""
    for j in range(i + 1, len(items)):
        if not items[j].removed:
            return j
    return None


def previous_kept(items: list[Item], i: int) -> int | None:
    """Index of the last kept line before ``i``, or None."""
    for j in range(i - 1, -1, -1):
        if not items[j].removed:
            return j
    return None


def in_a_row(items: list[Item], minimum: int, dated: bool = False) -> bool:
    """Do ``minimum`` lines in a row, none taken yet, hold a figure (``dated``: end with a
    date)? Every line of dated_links' runs is such a line, and its runs only take lines
    (a gate before it walks the page for them)."""
    count = 0
    for it in items:
        if not it.code and (it.shape.dated_end if dated else it.shape.digit):
            count += 1
            if count >= minimum:
                return True
        else:
            count = 0
    return False


def titles_in_a_row(items: list[Item], title: Item | None, minimum: int) -> bool:
    """Do ``minimum`` lines in a row with no verdict read as headlines or prose (``title`` and
    the lines taken passed over)? Every run of bare titles is of such lines, but in a flood of
    titles, which bridges others: a gate before its patterns are tried on every line."""
    count = 0
    for it in items:
        if it is title or it.removed:
            continue
        count = count + 1 if not it.code and (it.headline or it.prose) else 0
        if count >= minimum:
            return True
    return False


def second_levels(items: list[Item], minimum: int, level: re.Pattern[str]) -> bool:
    """Do ``minimum`` lines open with a number, a kept one with a number of the second level
    (``level``: "1.1古代")? A table of contents has both: a gate before its walk."""
    numbered = [it for it in items if it.text[:1].isdigit()]
    levels = (level.match(it.text) for it in numbered if not it.removed)
    return len(numbered) >= minimum and any(levels)
