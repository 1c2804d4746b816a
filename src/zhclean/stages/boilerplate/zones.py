"""Room 3, the zones: where the site's chrome has begun, the rest of that side is the site's.

Above an article's title and below its body, once the site's own chrome stands there (a
menu, a related list, an ad, a notice that the other rooms found by their words or shape),
the short lines beside it are the site's too: a widget's labels, more headlines, buttons,
whatever their words. This is how an unknown site's chrome goes: by its place next to
known chrome, not by a word list.

Kept in a zone: prose and sentences, tables, credits and signatures, a company's contacts,
lines inside a bracket, the lines between the article and the first chrome line (a caption,
a credit, a kicker), a thread's replies beside their furniture, everything above a run of
prose heavier than a footer's, and above the title, lines that share words with the title
or the lead (the article's own deck).

    >>> from .features import Item
    >>> _contact([Item(1, "86-0-13900000000", "86-0-13900000000")], 0)
    True
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING

from .body import article_span, entry_headers, entry_rhythm, is_body_prose
from .features import (
    KANA_RE,
    LABEL_MARKS,
    POST_STAMPS,
    SHAPE_ONLY_DETECTORS,
    STRONG,
    Item,
    site_chrome,
)
from .position import _credit, article_under_title
from .registry import detector
from .shapes import PHONE_LINE_RE, PRICE_VALUE_RE, GramPool, ngrams, squash
from .tail import FOOTER_PROSE_HAN, TAIL_PROSE_SHARE, _signature

if TYPE_CHECKING:
    from .document import Document

# Above the title, only the site's navigation, lists and ads: an article's header holds a
# copyright line, tags and counters between its title and its byline.
HEAD_CHROME_CODES = frozenset({"ZH301", "ZH302", "ZH303", "ZH304", "ZH317"})
# Chrome lines on one side of the article before the rest of that side is taken for chrome.
CHROME_EVIDENCE = 2
# Kept lines between two chrome lines under the title that are taken for more of it.
BETWEEN_CHROME_MAX = 6
# Lines either side of a thread's furniture (ZH317) that are its posts' own.
THREAD_REACH = 3
# A row of buttons the page repeats this often is a widget under every post ("回复", "举报").
FURNITURE_MIN = 3
NAME_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# Bigrams a line above the title shares with the title and lead that make it the article's.
DECK_SHARED = 3
# ...and of its own bigrams, this share: a long row of a shop's products shares a few words
# with any of its pages ("H型钢"), a deck shares much of what it says.
DECK_SHARE = 0.3
DECK_REACH = 4  # lines from the title within which a few shared words make a deck (a kicker)


def _contact(items: list[Item], k: int) -> bool:
    """A company's contact box: a phone number, or a name right beside one (POLICY: contact
    lines the page's own subject gives stay)."""
    if PHONE_LINE_RE.match(items[k].key):
        return True
    if not NAME_LINE_RE.match(items[k].text):
        return False
    return any(0 <= j < len(items) and PHONE_LINE_RE.match(items[j].key) for j in (k - 1, k + 1))


def _near_posts(items: list[Item], lo: int, hi: int) -> set[int]:
    """Indexes within reach of a thread's furniture (a widget repeated under every post: ZH317,
    or a row of buttons the page repeats): the replies and names beside it are the author's."""
    buttons = Counter(it.key for it in items if it.removed and it.detector == "menu_row")
    furniture = [
        k
        for k in range(lo, hi)
        if items[k].code == "ZH317"
        or (items[k].detector == "menu_row" and buttons[items[k].key] >= FURNITURE_MIN)
    ]
    return {j for k in furniture for j in range(k - THREAD_REACH, k + THREAD_REACH + 1)}


def _may_go(doc: Document, items: list[Item], k: int, near_post: set[int]) -> bool:
    """May this kept line of a zone go? Not prose, a sentence, a table row, a credit..."""
    item = items[k]
    if item.removed or item.protected or item.table or item.guard or k in near_post:
        return False
    if item.prose or "。" in item.text:
        return False
    if doc.ctx.vocab.contact_label.match(item.key):
        return False  # "地址：… 电话：…": a plain contact line stays (POLICY: contact lines)
    if _product(items, k) or k in _field_blocks(doc):
        return False  # a product's name, price, specifications and data: what a shop shows
    return not (_credit(doc, item) or _signature(doc, item) or _contact(items, k))


# A price ("¥1099.00~¥1599.00", "价格：￥39") and a row of a product's specifications: two
# fields or more with their values ("网络类型: 移动4G 品牌: 华为").
PRICE_RE = re.compile(r"[¥￥]\s?\d|^价格\s?[:：]")
SPEC_FIELD_RE = re.compile(r"(?:^|\s)[^\s:：]{1,8}\s?[:：]\s?([^\s:：]+)")
WORDED_RE = re.compile(r"[^\W\d_]")  # a letter or an ideograph: a value, not a count or a phone
SPEC_FIELDS_MIN = 2
SPEC_HEADING_MAX = 8
NAME_HAN_MIN = 6  # a product's name over its price; a list's heading ("热卖推荐") is shorter


def _product(items: list[Item], k: int) -> bool:
    """A shop page's own lines: a price, a row of specifications, or the product's name right
    above its price (POLICY: tables and data the page exists to show stay)."""
    key = items[k].key
    if PRICE_RE.search(key) or _spec_row(key):
        return True
    following = next(
        (it for it in items[k + 1 : k + 3] if not it.removed or it.code == "ZH318"), None
    )
    if following is None:
        return False
    if bool(PRICE_RE.search(following.key)) and items[k].han >= NAME_HAN_MIN:
        return True
    # The heading of the specifications right under it ("产品参数" / "品牌: 华为 颜色: …").
    return len(key) <= SPEC_HEADING_MAX and _spec_row(following.key)


# A field of a data block, one a line: a short label and a short value ("出版日期：2023/02/02",
# "语言：繁体中文", "定价：1050元"); no address to write to, no headline after a channel's name.
FIELD_ROW_RE = re.compile(r"([^\s:：]{1,8})\s?[:：]\s?([^@]{1,24})")
COUNT_VALUE_RE = re.compile(r"[\d.,+万kK]+")
FIELD_BLOCK_MIN = 4
FIELD_LABELS_SHARE = 0.75  # a data block's labels are its own, one a field


def _field_blocks(doc: Document) -> set[int]:
    """The lines that are fields of a block, four or more in a row, each its own label with
    a value, not all counts: a product's data, a record's card (POLICY: tables and data
    stay). A column of links under one label ("音频：…", "音频：…") or a blog's counters
    ("日志:279") is none. Found in one pass per document, when a zone first asks."""
    found = doc.memo.get("field_blocks")
    if found is None:
        found = doc.memo["field_blocks"] = set()
        run: list[tuple[int, re.Match[str]]] = []
        for k, item in enumerate([*doc.items, None]):
            field = _field_row(item) if item is not None else None
            if field is not None:
                run.append((k, field))
                continue
            labels = {m.group(1) for _, m in run}
            counts = sum(1 for _, m in run if COUNT_VALUE_RE.fullmatch(m.group(2).strip()))
            if (
                len(run) >= FIELD_BLOCK_MIN
                and len(labels) >= max(FIELD_BLOCK_MIN, FIELD_LABELS_SHARE * len(run))
                and counts * 2 < len(run)
            ):
                found.update(j for j, _ in run)
            run = []
    return found


def _field_row(item: Item) -> re.Match[str] | None:
    """A field with its value that no line room took (a pager's "此分类上一篇：…" is no
    field), the value no list of tokens ("文房四宝：笔 墨 纸 砚" is a menu's entry)."""
    if item.removed and item.code != "ZH318":
        return None
    found = FIELD_ROW_RE.fullmatch(item.key)
    return found if found is not None and found.group(2).strip().count(" ") <= 1 else None


def _spec_row(key: str) -> bool:
    values = SPEC_FIELD_RE.findall(key)
    return len(values) >= SPEC_FIELDS_MIN and any(WORDED_RE.search(value) for value in values)


def _sentence(item: Item) -> bool:
    """A line with a full stop and some words: a paragraph's, a post's, a notice's."""
    return "。" in item.text and item.han >= 5 and not KANA_RE.search(item.text)


@detector("ZH318")
def tail_chrome(doc: Document) -> None:
    """Below an article's body, from the site's first chrome line on, the short lines that
    are no prose: "加入好友", "网友回应", a rates widget, more headlines."""
    if not doc.tail:
        return
    items = doc.items
    found = (it for it in items if _tail_evidence(it))
    if next(islice(found, CHROME_EVIDENCE - 1, None), None) is None:
        return  # the common case, settled before the body is placed: too little chrome
    span = article_span(items) or _closed_brief(doc)
    if span is None:
        return
    end = span[1]
    # Below the body a column of short labels may be a product's tabs over its features: the
    # zone starts at chrome its words or its kind name ("相关文章", "上一篇", "版权所有").
    chrome = [k for k in range(end + 1, len(items)) if _tail_evidence(items[k])]
    if len(chrome) < CHROME_EVIDENCE:
        return
    start = chrome[0]
    # A feed's or a blog's next entries: the header over the article (its author, its
    # times, its id) comes again below it, over each entry. They are the author's too: the
    # zone starts after the last of them.
    headers = entry_headers(items, span[0], end)
    if headers:
        start = max(start, headers[-1])
    body_han = sum(it.han for it in items[span[0] : end + 1] if is_body_prose(it))
    footer = max(TAIL_PROSE_SHARE * body_han, FOOTER_PROSE_HAN)
    # The prose that still follows each line, summed from the page's end: above a run of
    # prose heavier than a footer's (more sections, long replies), nothing is chrome.
    # A paragraph alone among the chrome (a teaser, a blurb) is none of that.
    runs = _prose_in_runs(items, start)
    below = [0] * (len(items) + 1)
    for k in range(len(items) - 1, start, -1):
        below[k] = below[k + 1] + (items[k].han if k in runs else 0)
    near_post = _near_posts(items, start, len(items))
    following = _next_kept(items)
    # The lines that close a run of prose below the chrome (another answer's "以上", its
    # references) are that text's, until the site's chrome starts again.
    after_prose = 0  # kept lines still to be read as the run's close
    weight = 0  # ideographs of prose since the last chrome line: a text, or a blurb?
    for k in range(start + 1, len(items)):
        if _tail_evidence(items[k]):
            after_prose = weight = 0
        elif k in runs:
            weight += items[k].han
            after_prose = RUN_REACH + 1 if weight > 2 * footer else 0
        elif not items[k].removed and after_prose:
            after_prose -= 1
        if (
            not after_prose
            and below[k + 1] <= footer
            and _may_go(doc, items, k, near_post)
            and not _names(items, k, following)
        ):
            items[k].mark("ZH318", STRONG, "tail_chrome")


# What closes an article for sure, close under its last paragraph: its tags, its share bar,
# the links to the previous and next articles, a heading over other articles.
CLOSING_DETECTORS = frozenset({"prev_next", "share_bar", "related_heading", "hashtag_line"})
CLOSING_REACH = 15  # lines below the last paragraph: a list or a few headings of its own


def _closed_brief(doc: Document) -> tuple[int, int] | None:
    """A brief's body (one paragraph, or a few short ones) under the title it shares words
    with, and what closes an article a few lines under its last paragraph at most (its tags,
    its share bar, the previous and next links): the page is one article's, and its head and
    tail are the site's. A listing's or a feed's entries have none of that under the first."""
    placed = doc.body_and_title()
    if placed is None or placed[2] is None or not doc.title_sure:
        return None
    first, last, _ = placed
    items = doc.items
    # Close under it: the article's own lines (a list, a heading) may stand between, a few.
    below = items[last + 1 : last + 1 + CLOSING_REACH]
    if not any(it.removed and it.detector in CLOSING_DETECTORS for it in below):
        return None
    return None if entry_rhythm(items, first, last) else (first, last)


def _tail_evidence(item: Item) -> bool:
    """Chrome below a body: the site's, or the page's own tools (a share label, a view
    counter: ZH307), but not a post's stamp, which is a thread's furniture."""
    if site_chrome(item, by_words=True):
        return True
    return (
        item.removed
        and item.code == "ZH307"
        and item.detector not in POST_STAMPS
        and item.detector not in SHAPE_ONLY_DETECTORS  # a bare figure: a footnote's, a rating
    )


NAME_HEADING_MAX = 10


def _names(items: list[Item], k: int, following: list[int]) -> bool:
    """A name or term heading the paragraph under it that starts with it: an author's
    biography ("白居易" / "白居易（772～846），字乐天…"), an entry's definition.
    ``following``: the index of the next kept line after each line (-1: none)."""
    text = items[k].text
    if len(text) > NAME_HEADING_MAX or following[k] < 0:
        return False
    nxt = items[following[k]]
    return is_body_prose(nxt) and nxt.text.startswith(text)


def _next_kept(items: list[Item]) -> list[int]:
    """For each line, the index of the next kept line below it (-1: none), in one pass."""
    following = [-1] * len(items)
    nxt = -1
    for k in range(len(items) - 1, -1, -1):
        following[k] = nxt
        if not items[k].removed:
            nxt = k
    return following


# Kept lines between two paragraphs of one run of prose (a reply's name and time).
RUN_REACH = 3


def _prose_in_runs(items: list[Item], start: int) -> set[int]:
    """Indexes after ``start`` of paragraphs with another paragraph within RUN_REACH kept
    lines: more of the page's text, not a teaser standing alone among the chrome."""
    prose = [k for k in range(start + 1, len(items)) if is_body_prose(items[k])]
    kept_before = [0] * (len(items) + 1)  # kept lines before each index, from start on
    for k in range(start + 1, len(items)):
        kept_before[k + 1] = kept_before[k] + (not items[k].removed)
    found: set[int] = set()
    for a, b in zip(prose, prose[1:], strict=False):
        if kept_before[b] - kept_before[a + 1] < RUN_REACH:
            found.update((a, b))
    return found


@detector("ZH318")
def head_chrome(doc: Document) -> None:
    """Above an article's title, above the site's last chrome line there, the short lines
    that are no prose: a megamenu's headlines and labels, a ticker, a language prompt."""
    placed = article_under_title(doc)
    if placed is None and doc.head and _closed_brief(doc) is not None:
        placed = doc.body_and_title()  # a brief closed as an article is: its head is too
    if placed is None:
        return
    first, last, title = placed
    items = doc.items
    # The article's own lines around its title (a kicker, a deck, a subtitle) share its words.
    own = GramPool(squash(items[title].key + "".join(it.key for it in items[first : first + 3])), 2)
    chrome = [k for k in range(title) if site_chrome(items[k], HEAD_CHROME_CODES)]
    # Sentences among the lines above the title: the page's text starts there (a thread's
    # first posts above the reply the body was taken from), not its chrome.
    # A site's notice among them ("本站所有文章均系站长从网上收集，…") is the site's, not text.
    if len(chrome) >= CHROME_EVIDENCE and not any(
        _sentence(items[k])
        for k in range(chrome[-1])
        if not items[k].removed and not doc.ctx.lex.find("footer_phrases", items[k].key)
    ):
        _take(doc, range(chrome[-1]), own, _near_posts(items, 0, title), title)
    # Between the title and the body, a few lines between two of the site's chrome lines
    # there: a megamenu or a wiki's tools printed under the page's title.
    chrome = [k for k in range(title + 1, first) if site_chrome(items[k], HEAD_CHROME_CODES)]
    near_post = _near_posts(items, title, first)
    for a, b in zip(chrome, chrome[1:], strict=False):
        # A few lines between two chrome lines are more of it; a long stretch is the
        # article's header, its fields or an infobox.
        if 0 < sum(1 for it in items[a + 1 : b] if not it.removed) <= BETWEEN_CHROME_MAX:
            _take(doc, range(a + 1, b), own, near_post, title)
    _widgets_under_title(doc, title, first, own)


WIDGET_RUN_MIN = 3  # a widget's entries under its heading, between the title and the body
WIDGET_HEADING_MAX = 8
WIDGET_LINE_MAX = 30


def _widgets_under_title(doc: Document, title: int, first: int, own: GramPool) -> None:
    """Between the title and the body: a widget's heading with a colon and nothing after it
    ("栏目关注："), then its short entries down to the lead (channels, other headlines)."""
    items = doc.items
    lex = doc.ctx.lex
    for k in range(title + 1, first):
        head = items[k]
        label = head.text.rstrip(":：")
        if head.removed or label == head.text or not 0 < len(label) <= WIDGET_HEADING_MAX:
            continue
        # A bare label before its colon: no mark of a clause, no word of grammar.
        if any(mark in LABEL_MARKS for mark in label) or lex.contains(
            "grammar_words", head.key.rstrip(":")
        ):
            continue
        if any(
            not it.removed and PRICE_VALUE_RE.search(it.key) for it in items[max(title, k - 3) : k]
        ):
            return  # a product's options under its price ("特價 NT$690" / "顏色：" / "霧面黑")
        run = [j for j in range(k + 1, first) if not items[j].removed]
        if len(run) < WIDGET_RUN_MIN or any(
            items[j].prose or len(items[j].text) > WIDGET_LINE_MAX for j in run
        ):
            return
        _take(doc, range(k, first), own, _near_posts(items, k, first), title)
        return


def _take(doc: Document, lines: range, own: GramPool, near_post: set[int], title: int) -> None:
    items = doc.items
    for k in lines:
        item = items[k]
        if not _may_go(doc, items, k, near_post):
            continue
        grams = ngrams(item.key, 2)
        shared = own.count(grams)
        if shared >= DECK_SHARED and (
            abs(title - k) <= DECK_REACH or shared >= DECK_SHARE * len(grams)
        ):
            continue
        item.mark("ZH318", STRONG, "head_chrome")
