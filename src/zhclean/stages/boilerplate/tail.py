"""Room 3, the tail: junk because of its place under the article's body.

A run of headlines after the body's last paragraph (with their teasers, dates or a
channel's label between them) is a list of other articles, whatever its heading; on a page
with no prose at all, runs of bare headlines are a link list. The author's own lines there
stay: a list introduced with a colon, numbered items, a table, a signature, credits,
contacts, verse, a thread's replies, and a listing page's entries with their teasers.

    >>> from .features import Item
    >>> entries = _Entries()
    >>> entries.add(Item(1, "城东新建三所学校", ""), headline=True)
    >>> entries.add(Item(2, "老城区改造启动", ""), headline=True)
    >>> entries.article_length()
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence
from .body import article_span, body_end, entry_headers, entry_rhythm, is_body_prose
from .features import STRONG, Item, site_chrome
from .position import TAIL_ITEM_MAX, _credit, _known_label, _menu_item
from .registry import detector
from .shapes import (
    DATE_RE,
    LIST_MARKER_RE,
    bare_label,
    ellipsis_end,
    introduces_list,
    sentence_ends,
)
from .talk import one_role, talk

if TYPE_CHECKING:
    from .document import Document

BOUNDARY_CODES = frozenset({"ZH303", "ZH304", "ZH309"})  # menus, lists, tags: chrome begins


def _wrapped(lines: list[Item]) -> bool:
    """Do these lines look like one paragraph hard-wrapped at a width (three or more of them
    stop within a few columns of the longest)? Then they are no list, whatever their shape."""
    from ...words import cuts_word
    from ..page_shape import WRAP_SLACK, display_width

    widths = [display_width(it.text) for it in lines if len(it.text) >= 16]
    if len(widths) < 3:
        return False
    top = max(widths)
    if sum(1 for w in widths if w >= top - WRAP_SLACK) < max(3, len(widths) // 2):
        return False
    # Lines of one width may be headlines cut at one length: a wrap also cuts words.
    cuts = sum(cuts_word(a.text, b.text) for a, b in zip(lines, lines[1:], strict=False))
    return cuts * 4 >= len(lines) - 1


def _first_boundary(items: list[Item]) -> int:
    """Index of the first removed menu, list or tag line (0 if there is none)."""
    return next((i for i, it in enumerate(items) if it.removed and it.code in BOUNDARY_CODES), 0)


# Marks a headline carries and a signature does not.
HEADLINE_MARKS = frozenset("：:《》!！?？|｜【】")


def _signature(doc: Document, item: Item) -> bool:
    """A notice's signature: an organisation's name, or its date ("二〇二〇年三月五日", "城南区
    文化局 2020年3月5日"); a headline that names a month ("2022年7月全省火灾情况") is none."""
    if any(mark in item.key for mark in HEADLINE_MARKS) or "的" in item.key:
        return False  # "新资讯：《新倚天屠龙记》公测定档11月23日！", "专业治疗白癜风的医院"
    if item.key.endswith(doc.ctx.lex.terms("org_suffixes")):
        return True
    found = DATE_RE.search(item.key)
    return found is not None and (
        found.end() >= len(item.key.rstrip()) - 1 or len(item.key) - len(found.group()) <= 4
    )


# A line that is one quotation and nothing else.
QUOTED_TITLE_RE = re.compile(r"^[“「『][^“”「」『』]+[”」』]$")
QUOTED_TITLE_MAX = 40
# A teaser under its headline is a sentence or two.
TEASER_MAX = 160
# Headlines in a row after the body, before another run of prose, that make a list.
TAIL_RUN_BEFORE_PROSE = 3
# Prose below such a list weighs at most this share of the body, or a notice's few lines:
# a footer, not more sections.
TAIL_PROSE_SHARE = 0.25
FOOTER_PROSE_HAN = 80


class _Entries:
    """The entries of a list under the body, with the counts its tests read kept as they
    grow: asked at every line, the tests must not count the whole list again."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.headlines = 0
        self.long_headlines = 0  # of 8 characters or more
        self.others = 0  # neither a headline nor a teaser cut with '...'

    def add(self, item: Item, headline: bool = False) -> None:
        self.items.append(item)
        if headline:
            self.headlines += 1
            self.long_headlines += len(item.text) >= 8
        if not item.headline and not ellipsis_end(item.text):
            self.others += 1

    def __bool__(self) -> bool:
        return bool(self.items)

    def article_length(self) -> bool:
        """Headlines are seldom short; verses, keywords and lists of names are."""
        return self.long_headlines * 2 >= self.headlines

    def long_run(self) -> bool:
        """Enough headlines of an article's length (not a section's list of short names)."""
        return self.headlines >= TAIL_RUN_BEFORE_PROSE and self.article_length()

    def mostly_headlines(self) -> bool:
        """A list of links: headlines, or teasers cut with '...'; not a thread's replies,
        where names, times and short answers stand between the lines that look like
        headlines."""
        return self.others * 4 <= len(self.items)


# Lines left at a page's end, below a list, that are its footer rather than more of the page.
FOOTER_LINES = 3


def _few_left(items: list[Item], first: int, most: int = FOOTER_LINES) -> bool:
    """Do only a footer's few lines stand from ``items[first]`` to the page's end? (Counted
    up to ``most`` + 1: asked of many lines, it must not walk to the end each time.)"""
    left = 0
    for it in items[first:]:
        if not it.removed:
            left += 1
            if left > most:
                return False
    return True


def _light_prose_after(items: list[Item], end: int, first: int) -> bool:
    """Is the prose from ``first`` on light beside the body's (a notice, a blurb), not more of
    the article (an encyclopedia's next sections) or of a listing (a homepage's cards)?"""
    body = sum(it.han for it in items[: end + 1] if is_body_prose(it))
    after = sum(it.han for it in items[first:] if is_body_prose(it))
    return after <= max(TAIL_PROSE_SHARE * body, FOOTER_PROSE_HAN)


WIDGET_HEADING_MAX = 10


# A box's heading as a page draws it, a bar before a word or two: "| 最新", "丨美图".
BOX_HEADING_RE = re.compile(r"^[|｜丨▍▌▎]\s?[^\s|｜丨]{1,6}$")


def _widget_heading(doc: Document, item: Item) -> bool:
    """A short label with a colon and no clause that introduces nothing: "理论新闻精选：", not
    "具体措施如下：" (POLICY: a list the author introduces with a colon stays)."""
    text = item.text.rstrip()
    return (
        text.endswith((":", "："))
        and len(text) <= WIDGET_HEADING_MAX
        and not any(mark in text for mark in "，,、；;")
        and not any(word in item.key for word in doc.ctx.lex.lists["list_introducers"])
    )


@detector("ZH304")
def tail_list(doc: Document) -> None:
    """Headlines after the body's last paragraph: links to other articles, with or without
    their teasers. Two are enough; after a menu, tags or previous/next line, one is.

    Kept: a list the author introduced with a colon, verse (short lines), a signature,
    contact lines and credits, and anything below the body that is neither headline nor teaser.
    """
    if not doc.tail:
        return
    items = doc.items
    last = body_end(items)
    if last is None:
        # A page with no prose (a specification sheet): its own lines end where the site's
        # previous/next or tag line starts, below at least three of them.
        last = _first_boundary(items) - 1
        if last >= 3:
            _tail_list_after(doc, last)
        return
    # Below the main run of prose (a footer's notice or a sidebar's blurb further down is
    # no part of it), and below the page's last prose.
    # Afresh: the lists found since the body was first placed may have cut it shorter.
    span = article_span(items)
    # A listing's entries (a headline over each teaser) are no article: its last entry,
    # below the last paragraph, is one more of them.
    article = span is not None and not entry_rhythm(items, *span)
    if span is not None:
        # A feed's next entries, each under the header the article has above it, are no
        # list: one may follow the last of them.
        headers = entry_headers(items, span[0], span[1])
        if headers:
            span = (span[0], max(span[1], headers[-1]))
            last = max(last, headers[-1])
    if span is not None and span[1] < last:
        _tail_list_after(doc, span[1])
    # A page with no article (a homepage, a listing) keeps its entries with their teasers:
    # they are its text. Bare headlines go on any page.
    _tail_list_after(doc, last, keep_teasers=not article)
    # Below a list of other articles the page ends with (found by another room): what
    # follows it in the same shape is more of the page's chrome.
    listed = next(
        (
            i
            for i in range(len(items) - 1, last, -1)
            if items[i].removed and items[i].code == "ZH304"
        ),
        None,
    )
    if listed is not None and article:
        _tail_list_after(doc, listed, keep_teasers=not article, boundary=True)


def _tail_list_after(
    doc: Document, end: int, keep_teasers: bool = False, boundary: bool = False
) -> None:
    items = doc.items
    contact = doc.ctx.vocab.contact_label
    if items[end].text.rstrip().endswith((":", "：")):
        return
    entries = _Entries()
    previous: Item | None = None  # the line above, if it is an entry's headline
    thread = False  # a widget repeated under every post stands between the entries
    walled = False  # the site's chrome stands between the entries and the line read now
    headed = False  # the entries opened with a list's own heading ("热榜", "校友会新闻")
    for k, item in enumerate(items[end + 1 :], end + 1):
        if item.removed:
            thread = thread or (bool(entries) and item.code == "ZH317")
            walled = walled or (bool(entries) and site_chrome(item, by_words=True))
            # Chrome between the body and the entries: what follows it is the page's, not
            # the article's (chrome below the entries proves nothing about them).
            boundary = boundary or (not entries and item.code in BOUNDARY_CODES)
            # A headline a list already took still heads the teaser below it.
            previous = item if item.code == "ZH304" and item.headline else None
            continue
        after_headline, previous = previous, item if item.headline else None
        if contact.match(item.key) or (_credit(doc, item) and not ellipsis_end(item.text)):
            continue  # contacts and credits are the article's (a teaser cut with "..." is none)
        if not entries and _closing_mark(doc, item):
            continue  # "完" under the last paragraph: the article's close, a list may follow
        cut_teaser = bool(entries) and ellipsis_end(item.text)
        if not entries and not item.headline and "。" in item.text.rstrip("。"):
            continue  # the author's closing note, its sentences run on ("●作者…。本文为投稿…")
        if bare_label(item.text):
            entries.add(item)  # a profile's field ("笔名："), not a list's introduction
            continue
        if (entries and _widget_heading(doc, item)) or BOX_HEADING_RE.match(item.text):
            # "理论新闻精选：" between the headlines, or a box's heading drawn with its bar
            # ("| 最新", "丨美图"): a widget's heading
            entries.add(item)
            continue
        if headed and item.headline and LIST_MARKER_RE.match(item.text):
            # Numbered headlines under a list's heading: the list it names ("热榜" / "1. …").
            entries.add(item, headline=True)
            continue
        if (
            introduces_list(item.text)
            or (LIST_MARKER_RE.match(item.text) and not cut_teaser)
            or item.table
        ):
            if walled and entries.long_run() and entries.mostly_headlines():
                # A list below the site's chrome says nothing of the headlines above it.
                break
            return  # the author's own list or table (a teaser cut with '...' is nobody's list)
        if item.headline or (
            # A short link alone at the page's end, under the site's chrome ("藏追爱秘笈",
            # "普通截止阀" after a tag line or a previous/next pager).
            boundary
            and not entries
            and item.title_like
            and item.han >= 4
            and _few_left(items, k, 1)
        ):
            if entries.headlines < 2 and _signature(doc, item):
                return  # a notice's signature right under it (deep in a list, a headline)
            entries.add(item, headline=True)
        elif entries and (cut_teaser or not ends_sentence(item.text)):
            entries.add(item)  # the teaser of the headline above, cut off
        elif (
            after_headline is not None
            and len(item.text) <= TEASER_MAX
            and (boundary or entries.long_run())
            and entries.mostly_headlines()
        ):
            entries.add(item)  # a whole teaser under its headline, in a long list of them
        elif _menu_item(doc, item, TAIL_ITEM_MAX) and _known_label(doc, item):
            entries.add(item)  # a channel's label between the headlines ("国际", "生活")
        elif not entries and _list_heading(doc, items, k):
            # "校友会新闻" over the headlines it names: the list's own heading.
            entries.add(item)
            headed = True
        elif len(item.text) <= QUOTED_TITLE_MAX and QUOTED_TITLE_RE.match(item.text):
            # A headline in quotation marks ("“妈，别再坑我了！儿童食品是智商税！”"): it goes
            # with the headlines around it, and never counts as one (dialogue looks the same).
            entries.add(item)
        elif (
            entries.long_run()
            and entries.mostly_headlines()
            and (is_body_prose(item) or _few_left(items, k))
            and _light_prose_after(items, end, k)
        ):
            break  # a footer's notice or a sidebar's blurb after a long list
        else:
            return  # a line of the author's below the body: the tail is not a list
    if not entries.headlines or _wrapped(entries.items):
        return  # a hard-wrapped last paragraph is the author's, not a list
    if thread:
        return  # a thread's replies, each under its post's furniture (ZH317)
    if not boundary and (
        entries.headlines < 2 or not entries.article_length() or not entries.mostly_headlines()
    ):
        return  # a thread's replies: names and times between lines that read as headlines
    if keep_teasers and any(_teaser(it) for it in entries.items[1:]):
        return
    if talk(doc, [it for it in entries.items if it.headline]):
        return  # replies, or the author's short lines: people talking, not a list of titles
    if _paragraphs_among(entries):
        return  # the article's paragraphs between its own short lines (a newscast's soundbites)
    if (
        not boundary
        and len(entries.items) <= FEW_CLAUSED
        and all(CLAUSED_RE.search(it.text) for it in entries.items)
    ):
        # Two lines right under the body that each run on over a clause ("照着做了，第一次就
        # 成功了！", "糖色有点炒过了，下次注意"): readers' or the author's closing words. A list
        # of titles is longer, or set apart by the site's chrome.
        return
    if _fields_of_the_page(items, entries.items):
        return  # the body's own records go on: an agenda's next session, a sheet's next row
    if one_role(entries.items):
        return  # a cast's or a staff's list: names, each with the same role after it
    for item in entries.items:
        item.mark("ZH304", STRONG, "tail_list")


FEW_CLAUSED = 2
CLAUSED_RE = re.compile(r"[，；]")
LIST_HEADING_MAX = 10
LIST_HEADING_UNDER = 3  # headlines right under a list's heading, at least


def _list_heading(doc: Document, items: list[Item], k: int) -> bool:
    """A short label that ends with what a list of articles holds (data: heading_nouns:
    "校友会新闻", "本地动态"), right over three headlines in a row: the heading of a list of
    other articles, whatever its first words. ("媒体推荐" over its endorsers' names ends with
    no such noun.)"""
    text = items[k].text
    if not 2 <= len(text) <= LIST_HEADING_MAX or any(not ch.isalnum() for ch in text):
        return False
    if not text.endswith(doc.ctx.lex.terms("heading_nouns")):
        return False
    below = [it for it in items[k + 1 : k + 1 + 2 * LIST_HEADING_UNDER] if not it.removed]
    return len(below) >= LIST_HEADING_UNDER and all(
        it.headline for it in below[:LIST_HEADING_UNDER]
    )


# A record's field label: two to four ideographs, spaced or not, and its colon ("地  点：",
# "主持人："); shapes.FIELD_LABEL_RE reads a label with no space inside it.
RECORD_LABEL_RE = re.compile("^([\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3})[ \u3000]*[：:]")
FIELD_REPEATS_MIN = 2


def _field_label(text: str) -> str | None:
    found = RECORD_LABEL_RE.match(text.strip())
    return "".join(found.group(1).split()) if found else None


def page_fields(items: list[Item]) -> dict[str, int]:
    """How many kept lines of the page open with each field's label: counted once a sweep,
    not once for each run of entries asked about (a long listing has hundreds)."""
    counts: dict[str, int] = {}
    for item in items:
        if not item.removed and (label := _field_label(item.text)) is not None:
            counts[label] = counts.get(label, 0) + 1
    return counts


def _fields_of_the_page(
    items: list[Item], entries: list[Item], counts: dict[str, int] | None = None
) -> bool:
    """Does a line among the entries open with a field's label that the page's other kept
    lines open with twice or more ("地  点：…" under each session of an agenda, "主  席：…")?
    Then the entries are more of the page's own records, not links to other pages.
    ``counts``: :func:`page_fields` of ``items``, if the caller has it.

        >>> rows = ["地  点：甲楼", "议程", "地 点：乙楼", "地 点：丙楼", "来源：新华社"]
        >>> page = [Item(k, t, t) for k, t in enumerate(rows)]
        >>> _fields_of_the_page(page, page[3:4]), _fields_of_the_page(page, page[4:])
        (True, False)
    """
    own: dict[str, int] = {}
    for it in entries:
        if (label := _field_label(it.text)) is not None:
            own[label] = own.get(label, 0) + (not it.removed)
    if not own:
        return False
    counts = page_fields(items) if counts is None else counts
    return any(counts.get(label, 0) - mine >= FIELD_REPEATS_MIN for label, mine in own.items())


# Headlines a list has for each whole paragraph in it, at least: a list's teasers stand one
# under each headline; an article's paragraphs stand between runs of its own short lines.
HEADLINES_PER_TEASER = 3


def _paragraphs_among(entries: _Entries) -> bool:
    """Do whole paragraphs stand among these "headlines", too few to be each one's teaser and
    heavier than a footer's notice? Then they are the article's, and so are the short lines
    between them (a broadcast's soundbites, one subtitle a line, under a speaker's name)."""
    paragraphs = [it for it in entries.items if is_body_prose(it) and ends_sentence(it.text)]
    return (
        bool(paragraphs)
        and len(paragraphs) * HEADLINES_PER_TEASER < entries.headlines
        and sum(it.han for it in paragraphs) >= FOOTER_PROSE_HAN
    )


TEASER_MIN_HAN = 15
# Clauses of a teaser that reads as a headline (no sentence end): "预订活动才过去五，六天，竟…".
TEASER_CLAUSES = 2


FLOOD_PROSE_MAX = 60


def _title_sized(item: Item) -> bool:
    """A title with its commas (one sentence, a title's length), not a paragraph."""
    return len(item.text) <= FLOOD_PROSE_MAX and sentence_ends(item.text) <= 1


def _bridgeable(item: Item) -> bool:
    """A line a flood of titles may hold between two of them: no line the guards keep, no
    paragraph."""
    return not (item.guard or item.table or item.program or item.protected) and (
        not item.prose or _title_sized(item)
    )


def _teaser(item: Item) -> bool:
    """An entry's teaser on a listing page: a line of some length that is no bare headline
    (or one of several clauses, a snippet cut before its full stop)."""
    if item.han < TEASER_MIN_HAN:
        return False
    return not item.headline or item.text.count("，") + item.text.count(",") >= TEASER_CLAUSES


CLOSING_BRACKETS = "()（）[]【】<>〈〉-—=*~ "


def _closing_mark(doc: Document, item: Item) -> bool:
    """Is the line a mark that closes the article, alone or in brackets ("完", "（本章完）")?
    (data: closing_marks)"""
    return len(item.key) <= CLOSING_MARK_MAX and doc.ctx.lex.has(
        "closing_marks", item.key.strip(CLOSING_BRACKETS)
    )


CLOSING_MARK_MAX = 12
