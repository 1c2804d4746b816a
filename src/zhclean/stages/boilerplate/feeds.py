"""Room 2, feeds: a stream of other articles under an article, entry after entry.

An entry of a feed is a stamp (a source and a time: "法新社·2 天前", "am730·20 小時前",
"2024-05-20 10:00"), a headline and its teaser: three or more such entries in a row below
an article's body are a list of other articles, with the ads and widgets between them.
Without an article above it, a feed is the page's text (POLICY: a listing page keeps its
entries with their teasers), and a thread's replies (a name and a time, then the reply) have
no headline between stamp and text.

    >>> from .features import Item
    >>> _stamp(Item(1, "法新社·2 天前", "法新社·2 天前"))
    True
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from .body import first_article_end
from .features import STRONG, Item, next_kept, previous_kept
from .registry import detector
from .shapes import ellipsis_end

if TYPE_CHECKING:
    from .document import Document

STAMP_MAX = 40  # a stamp line is a source's name and a time
FEED_ENTRIES_MIN = 3
ENTRY_GAP_MAX = 5  # kept lines between two entries (an ad's label, its pitch, a widget's reply)
HEADING_MAX = 12  # the feed's own heading above its first entry ("其他人也在看")


def _stamp(item: Item) -> bool:
    return (
        not item.removed
        and len(item.text) <= STAMP_MAX
        and item.shape.stamped
        and not item.prose
        and "。" not in item.text
    )


def _entry(items: list[Item], i: int) -> int | None:
    """Index of the entry's last line (its teaser) if a stamp, a headline and a teaser start
    at ``i``; else None."""
    if not _stamp(items[i]):
        return None
    head = next_kept(items, i)
    if head is None or not items[head].headline:
        return None
    teaser = next_kept(items, head)
    if teaser is None or not (items[teaser].prose or ellipsis_end(items[teaser].text)):
        return None
    return teaser


@detector("ZH304")
def feeds(doc: Document) -> None:
    """Three or more entries (stamp, headline, teaser) in a row below an article's body.

    Asked twice: first, before the body is placed, so that a feed is no part of it; again
    once the widgets under each entry are found (ZH317), which no longer part the entries."""
    if not doc.tail:
        return
    items = doc.items
    stamps = (it for it in items if it.detector == "feeds" or it.shape.stamped)
    if next(islice(stamps, FEED_ENTRIES_MIN - 1, None), None) is None:
        return  # the common case: too few stamps for a feed
    # Entries: (first, last, stamps); a stretch this detector took before counts as its own.
    entries: list[tuple[int, int, int]] = []
    k = 0
    while k < len(items):
        if items[k].detector == "feeds":
            j = k
            while j + 1 < len(items) and (items[j + 1].detector == "feeds" or items[j + 1].removed):
                j += 1
            stamps = sum(1 for it in items[k : j + 1] if it.detector == "feeds" and _was_stamp(it))
            entries.append((k, j, stamps))
            k = j + 1
            continue
        end = _entry(items, k)
        if end is not None:
            entries.append((k, end, 1))
            k = end + 1
            continue
        k += 1
    # The first line below which an article's body stands: one pass for every group.
    article_end = first_article_end(items)
    group: list[tuple[int, int, int]] = []
    for entry in [*entries, None]:
        if (
            entry is not None
            and group
            and _kept_between(items, group[-1][1], entry[0]) <= ENTRY_GAP_MAX
        ):
            group.append(entry)
            continue
        if group and sum(n for _, _, n in group) >= FEED_ENTRIES_MIN:
            first, stop = group[0][0], group[-1][1]
            if article_end is not None and article_end < first:
                heading = _heading_above(items, first)
                for item in items[heading if heading is not None else first : stop + 1]:
                    if not item.removed:
                        item.mark("ZH304", STRONG, "feeds")
        group = [entry] if entry is not None else []


def _was_stamp(item: Item) -> bool:
    return len(item.text) <= STAMP_MAX and item.shape.stamped and not item.prose


def _kept_between(items: list[Item], a: int, b: int) -> int:
    return sum(1 for it in items[a + 1 : b] if not it.removed)


def _heading_above(items: list[Item], first: int) -> int | None:
    """The feed's own heading, right above its first stamp: short, no sentence."""
    for j in range(first - 1, -1, -1):
        if items[j].removed:
            continue
        item = items[j]
        if len(item.text) <= HEADING_MAX and item.title_like and not item.prose:
            return j
        return None
    return None


# An entry's counts under it, figures and nothing else: "60 2 0", "2.8K 5 0" (reads,
# comments, likes).
COUNT_ROW_RE = re.compile(r"\d+(?:\.\d+)?[kKwW万]?(?: \d+(?:\.\d+)?[kKwW万]?){1,3}")
COUNT_ROWS_MIN = 4


@detector("ZH307", "ZH304")
def count_rows(doc: Document) -> None:
    """Rows of two to four counts, one under each entry of a list, four rows or more and no
    two of them line under line: an entry's reads, comments and likes. A table's rows of
    figures stand one under another, and stay.

        >>> rows = ["基于git的测试用例管理方案", "60 2 0", "持续交付中的分支管理", "2.8K 5 0"]
        >>> items = [Item(k, t, t) for k, t in enumerate(rows * 2)]
        >>> count_rows(_Doc(items)); [it.text for it in items if not it.removed][:2]
        ['基于git的测试用例管理方案', '持续交付中的分支管理']
    """
    items = doc.items
    rows = [
        k
        for k, it in enumerate(items)
        # Rows another room took already (bare figures) still count: they are the list's.
        if it.key[:1].isdigit() and COUNT_ROW_RE.fullmatch(it.key)
    ]
    if len(rows) < COUNT_ROWS_MIN:
        return
    placed = set(rows)
    apart = [k for k in rows if not _kept_beside(items, k, placed)]
    if len(apart) < COUNT_ROWS_MIN:
        return
    for k in apart:
        if not items[k].removed:
            items[k].mark("ZH307", STRONG, "count_rows")
    # Below an article's body the entries counted are other articles: each one's headline
    # over its counts, and the channel's label over the headline, go with them. Without a
    # body above, the page is the listing, and its headlines are for the listing rooms.
    span = doc.body_and_title()
    if span is None:
        return
    last = span[1]
    for k in apart:
        if k <= last:
            continue
        headline = previous_kept(items, k)
        if headline is None or headline <= last:
            continue
        entry = items[headline]
        if not entry.title_like or entry.prose or entry.protected:
            continue
        entry.mark("ZH304", STRONG, "count_rows")
        label = previous_kept(items, headline)
        if label is not None and label > last and _channel_label(items[label]):
            items[label].mark("ZH304", STRONG, "count_rows")


CHANNEL_LABEL_MAX = 6


def _channel_label(item: Item) -> bool:
    """A channel's or a topic's name over an entry ("智能", "城市"): a word or two, no figure,
    no mark."""
    text = item.text
    return (
        len(text) <= CHANNEL_LABEL_MAX
        and not item.protected
        and all(ch.isalnum() or ch == " " for ch in text)
        and not any(ch.isdigit() for ch in text)
    )


def _kept_beside(items: list[Item], k: int, placed: set[int]) -> bool:
    """Is the nearest kept line above or below line ``k`` one of ``placed`` (which count as
    kept, whoever took them)?"""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(items) and items[j].removed and j not in placed:
            j += step
        if 0 <= j < len(items) and j in placed:
            return True
    return False


class _Doc:
    """A document of bare items, for the example above."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items

    def body_and_title(self) -> None:
        return None  # a list alone: no body to stand below
