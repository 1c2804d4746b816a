"""Room 4: junk by repetition: a site's template, seen across the files of a run or within
one page.

The first pass over the corpus (``zhclean.repeats``) hashes every candidate line; the
hashes seen in many files arrive here as ``doc.repeated``. Within one page, a widget's label
printed under every answer, post or card repeats three times or more, and a counter
repeats with only its number changed.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ...chardata import han_count
from .features import STRONG, Item, bare_label
from .guards import NUMBERED_ITEM_RE
from .line.classifier import remembered
from .line.metadata import metadata as _metadata
from .line.navigation import menu_word, nav_token
from .position import _credit
from .registry import KEEP, detector
from .shapes import LABELLED_COUNT_RE, squash

if TYPE_CHECKING:
    from .document import Document

metadata = remembered(_metadata)  # one verdict per text, shared with the line room


@detector("ZH316")
def corpus_repeats(doc: Document) -> None:
    """Lines that recur across many files of the run, unless prose, a credit or the title."""
    if not doc.repeated:
        return
    from ...repeats import is_candidate, line_hash

    # The first line too: a title is unique to its page, a line on every page is not a title.
    for item in doc.items:
        if item.removed or not is_candidate(item.text) or line_hash(item.text) not in doc.repeated:
            continue
        if metadata(doc.ctx, item) == KEEP:
            continue
        item.mark("ZH316", STRONG, "corpus_repeats")


@lru_cache(maxsize=1 << 16)
def template_key(key: str) -> str:
    """What a template prints the same each time: a labelled count is its label (remembered
    per key: a page's lines are asked on every pass).

    >>> template_key("采纳率:95%"), template_key("关注")
    ('采纳率:#', '关注')
    """
    match = LABELLED_COUNT_RE.fullmatch(key)
    return f"{match.group(1)}:#" if match else key


TEMPLATE_LINE_MAX = 30
TEMPLATE_MIN_COUNT = 3
STAMP_CODES = frozenset({"ZH307", "ZH308"})  # a post's date, counters, handle
TEMPLATE_BLOCK_MIN = 3  # repeated lines side by side that make a block


def _numbered_in_order(texts: list[str]) -> bool:
    """Do two lines or more of the block number themselves in order ("1、英语" / "2、中外美术
    史" / "3、美术理论")? Then it is a list the author printed in every row of a table (each
    direction's exam subjects), not a template's widgets, which no one numbers.

        >>> _numbered_in_order(["1、英语或俄语或日语", "2、中外美术史", "3、美术理论"])
        True
        >>> _numbered_in_order(["关注", "举报", "收起"])
        False
    """
    numbers = [int(found.group(1)) for text in texts if (found := NUMBERED_ITEM_RE.match(text))]
    return any(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _often(counts: dict[str, int]) -> set[str] | frozenset[str]:
    """The keys counted TEMPLATE_MIN_COUNT times or more: the only lines a template's block
    or a card's pair of buttons can hold."""
    return {key for key, count in counts.items() if count >= TEMPLATE_MIN_COUNT}


@detector("ZH317")
def page_template_lines(doc: Document) -> None:
    """Short lines the page repeats three times or more, outside the article's body, that a
    template prints under every answer or post: a label of a widget ("关注", "举报 收起"), a
    labelled count ("回答量：0"), and the repeated lines next to them. A credit, the title,
    prose, code and an author's repeated heading or note ("实例", "以下资讯是以2011年估计")
    carry no such evidence and stay."""
    span = doc.body_and_title()
    first, last, title = span if span is not None else (len(doc.items), -1, None)
    items = doc.items
    # A labelled count has its colon (LABELLED_COUNT_RE): a key with none is its own template's
    # key, found without the memo's call (every line of a page of short lines, every pass).
    keys = [template_key(it.key) if ":" in it.key else it.key for it in items]
    # Counted in C: a page of short lines has thousands of lines, asked on every pass.
    counts: dict[str, int] = Counter(
        [key for item, key in zip(items, keys, strict=True) if len(item.text) <= TEMPLATE_LINE_MAX]
    )
    if not counts or max(counts.values()) < TEMPLATE_MIN_COUNT:
        # Every verdict below needs a short line the page prints three times (a pair of
        # buttons too: each of its labels is such a line): the usual article has none.
        return

    # The page's first line is its <title> when it reads as one: printed again in the header
    # and a sidebar, it is still the page's title once (the copies go as copies).
    page_title = items[0].key if items and items[0].title_like else None

    def is_repeated(i: int) -> bool:
        item = items[i]
        return (
            not item.code
            and i != title
            and item.key != page_title
            and not first <= i <= last
            and len(item.text) <= TEMPLATE_LINE_MAX
            and counts.get(keys[i], 0) >= TEMPLATE_MIN_COUNT
            and item.han > 0
            and not item.prose
            and not _credit_line(doc, item)
        )

    def _repeated_anywhere(i: int) -> bool:
        item = items[i]
        return (
            not item.code
            and i != title
            and item.key != page_title
            and len(item.text) <= TEMPLATE_LINE_MAX
            and counts.get(keys[i], 0) >= TEMPLATE_MIN_COUNT
            and item.han > 0
            and not item.prose
        )

    # Asked of each line up to four times below; the marks are set only at the end. A line
    # printed fewer than three times is settled by its count, is_repeated's own test before
    # the credit's (a page of short lines prints most of its lines once).
    often = _often(counts)
    repeated_at = [keys[i] in often and is_repeated(i) for i in range(len(items))]

    widgets = doc.ctx.text_memo("widget")  # a widget's label by its words: per text

    def widget(item: Item) -> bool:
        key = item.key
        found = widgets.get(key)
        if found is None:
            found = widgets[key] = (
                any(nav_token(doc.ctx, t) or menu_word(doc.ctx, t) for t in key.split())
                or doc.ctx.lex.contains("panel_words", key)
                or doc.ctx.lex.contains("ui_phrases", key)
                or (":" in key and any(ch.isdigit() for ch in key))
            )
        return found

    # A widget's label is evidence enough anywhere but the title (inside the body too: a Q&A
    # page's answers are prose close together); the lines next to it only outside the body.
    def post_header(i: int) -> bool:
        """Beside a post's stamp (its date, its author's handle): the post's header, such as
        its author's name printed above every reply."""
        return any(
            0 <= j < len(items) and items[j].removed and items[j].code in STAMP_CODES
            for j in (i - 1, i + 1)
        )

    marked = [
        (repeated_at[i] and widget(items[i]))
        or (first <= i <= last and _repeated_anywhere(i) and (widget(items[i]) or post_header(i)))
        for i in range(len(items))
    ]
    # A block of such lines side by side, outside the body, is a template's block in any
    # words ("为什么显示这个广告？" / "广告意见与建议" / "这个广告令我不安", under every ad).
    run: list[int] = []
    taken = 0  # lines of the block another room took (a post's "10 天前"): they count too
    before = 0  # the lines right above the run that another room took
    # A block is a run of repeated lines: with none, the page is not walked for one.
    for i in [*range(len(items)), -1] if any(repeated_at) else ():
        if i >= 0 and repeated_at[i]:
            if not run:
                taken = before
            run.append(i)
            continue
        if i >= 0 and items[i].removed:
            if run:
                taken += 1
            else:
                before += 1
            continue
        if (
            run
            and len(run) + taken >= TEMPLATE_BLOCK_MIN
            and not _numbered_in_order([items[k].text for k in run])
        ):
            for k in run:
                marked[k] = True
        run, taken, before = [], 0, 0
    # Two short labels printed side by side under every card ("最低价格" / "检视全部"), three
    # times or more, in any words, anywhere: a card's buttons (a song's refrain carries words
    # of grammar and longer lines).
    lex = doc.ctx.lex
    pairs: dict[tuple[str, str], list[int]] = {}
    live = [i for i in range(len(items)) if not items[i].removed]
    # Each line is asked once, not once as the pair's first and again as the next one's; a
    # pair printed three times holds lines printed three times: only those are asked.
    printed: dict[str, int] = Counter([items[i].key for i in live])
    thrice = _often(printed)
    button = {i: items[i].key in thrice and bare_label(items[i], lex, BUTTON_MAX) for i in live}
    for a, b in zip(live, live[1:], strict=False):
        if b == a + 1 and button[a] and button[b]:
            pairs.setdefault((items[a].key, items[b].key), []).append(a)
    for at in pairs.values():
        if len(at) >= TEMPLATE_MIN_COUNT:
            for a in at:
                marked[a] = marked[a + 1] = True
    if not any(marked):
        return  # nothing marked: no line is next to a marked one either
    # The repeated lines next to a widget's label belong to the same template block.
    for direction in (range(len(items)), range(len(items) - 1, -1, -1)):
        for i in direction:
            if marked[i] or not repeated_at[i]:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(items) and marked[j]:
                    marked[i] = True
                    break
    for i, flag in enumerate(marked):
        if flag:
            items[i].mark("ZH317", STRONG, "page_template_lines")


BUTTON_MAX = 8

# A short line printed four times or more with only its number changed, a number beside one
# word ("101 好笑" / "35 好笑", "2.3k" / "1.1k") is a template's counter, in any words: an
# author does not write the same short count again and again with another number in it.
COUNTED_LINE_MAX = 16
COUNTED_MIN = 4
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def counted_key(key: str) -> str:
    """A line's key with each number as ``#``.

    >>> counted_key("101 好笑"), counted_key("2.3k"), counted_key("好笑")
    ('# 好笑', '#k', '好笑')
    """
    return NUMBER_RE.sub("#", key)


@detector("ZH317")
def counted_templates(doc: Document) -> None:
    """A bare count the page prints four times or more with only its number changed: a
    number beside one short word ("101 好笑", "赞同 6", "#评论"), anywhere but the page's
    heading. A listing's fields ("成人票原价：120元"), prices ("¥97.00"), an author's
    numbered headings ("1-D 数组") and commands ("sleep 30s") carry more than one word and
    stay; so do numbers alone."""
    shapes: dict[str, list[int]] = {}
    for i, item in enumerate(doc.items):
        if (
            not item.removed
            and item.shape.digit
            and len(item.text) <= COUNTED_LINE_MAX
            and not item.table
            and not item.program
            and not item.protected
            and not item.prose
        ):
            masked = counted_key(item.key)
            if _bare_count(masked):
                shapes.setdefault(masked, []).append(i)
    items = doc.items
    found = [
        at
        for at in shapes.values()
        # Counts differ from entry to entry; the same line again is a copy, not a counter.
        if (len(at) >= COUNTED_MIN or (len(at) >= UNDER_STAMPS_MIN and _under_stamps(items, at)))
        and len({items[i].key for i in at}) >= 2
        and not _numbering([items[i].key for i in at])
    ]
    if not found:
        return
    span = doc.body_and_title()
    title = span[2] if span is not None else None
    # The page's heading is no counter, even where the page numbers its products alike: the
    # title over the body, or the headline the page's <title> names.
    headings = {squash(items[title].key) if title is not None else None, doc.headline_key}
    for at in found:
        for i in at:
            if squash(items[i].key) not in headings:
                items[i].mark("ZH317", STRONG, "counted_templates")


UNDER_STAMPS_MIN = 2


def _under_stamps(items: list[Item], at: list[int]) -> bool:
    """Does each line stand right under a post's stamp (a date line the rooms took: "有帮助(36)"
    under "2026-11-20 10:02")? Twice is a template then: each post's count of its readers."""
    return all(i > 0 and items[i - 1].removed and items[i - 1].code == "ZH308" for i in at)


def _numbering(keys: list[str]) -> bool:
    """Do the numbers go up at every line, in the page's order ("1号馆" / "2号馆" / "3号馆",
    "3期" / "6期" / "12期" / "24期")? Then they number the author's rows or a table's column
    (a shop's plans of payment); counts go up and down, or down a list sorted by them."""
    numbers = [NUMBER_RE.search(key).group() for key in keys]
    if not all(number.isdigit() for number in numbers):
        return False
    values = [int(number) for number in numbers]
    return all(b > a for a, b in zip(values, values[1:], strict=False))


def _bare_count(masked: str) -> bool:
    """A number and one word beside it, nothing else: "# 好笑", "#评论", "#.#万"."""
    # A count in brackets beside its word ("有帮助(36)", "评论[12]") is as bare as one spaced.
    masked = masked.replace("(#)", " # ").replace("[#]", " # ")
    parts = masked.replace("#", " # ").split()
    words = [part for part in parts if part != "#"]
    return len(parts) == 2 and len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha()


def _credit_line(doc: Document, item: Item) -> bool:
    return _credit(doc, item)


ROW_TOKENS_MIN = 3
ROW_TOKEN_MAX = 8


def _token_row(key: str) -> bool:
    """A row of short words parted by spaces, no mark of a sentence: a menu's row."""
    tokens = key.split()
    return (
        len(tokens) >= ROW_TOKENS_MIN
        and len(set(tokens)) == len(tokens)  # a song's refrain repeats its words
        and all(len(token) <= ROW_TOKEN_MAX and han_count(token) >= 2 for token in tokens)
        and not any(mark in key for mark in "，。；！？,;!?")
    )


@detector("ZH303")
def repeated_rows(doc: Document) -> None:
    """A row of short words that the page prints twice or more ("企业介绍 企业文化 荣誉资质
    组织架构" in the header, the sidebar and the footer): a menu, in any words. An author
    does not write the same row of words twice."""
    rows: dict[str, list[Item]] = {}
    for item in doc.items:
        if (
            not item.removed
            and not item.table
            and not item.program
            and " " in item.key  # three words: two spaces between them (keys fold spaces)
            and _token_row(item.key)
        ):
            rows.setdefault(item.key, []).append(item)
    for found in rows.values():
        if len(found) >= 2:
            for item in found:
                item.mark("ZH303", STRONG, "repeated_rows")
