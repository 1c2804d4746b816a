"""Room 2, price cards: after a product's own price and its description, the cards of other
products the shop recommends, each with its price; the shop's own tables stay.

    "电子书 NT$ 199" ×3 under the product's description  -> other products' cards go
    "宅配 80 元" / "7-11取货付款 80 元" / "7-11纯取货 80 元" -> the shop's terms stay
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body import article_span, entry_rhythm
from .features import STRONG, Item
from .guards import NUMBERED_ITEM_RE, heads_paragraph
from .joined import page_keys
from .registry import detector
from .shapes import FIELD_LABEL_RE, LIST_MARKER_RE, PRICE_VALUE_RE
from .tables import price_tiers

if TYPE_CHECKING:
    from .document import Document

# A card's price: a currency and a figure ("电子书 NT$ 525", "¥39.90", "特价 HK$ 88").
PRICE_CARDS_MIN = 3
PRICE_MARKS = ("$", "¥", "￥", "元")  # a price line holds one (PRICE_VALUE_RE needs one)
PRICE_CARD_SPAN = 8  # lines from one card's price to the next one's, at most
CARD_HEAD_LINES = 4  # a card's title, author, publisher, date above its price
CARD_HEAD_MAX = 60
CARD_DESCRIPTION_MIN = 40
FEATURES_MIN = 2  # a line of the product's description between its price and the cards


# A price's amount whole: "NT$ 1,299", "¥39.9", "80 元".
AMOUNT_RE = re.compile(r"[$¥￥]\s?\d[\d,.]*|\d[\d,.]*\s?元")


def _amount(key: str) -> str:
    found = AMOUNT_RE.search(key)
    return found.group() if found is not None else key


RATE_ROWS_MIN = 3


def _without_rate_tables(items: list[Item], group: list[int]) -> list[int]:
    """The group's prices less its tables of one rate: three lines or more in a row, each
    with the same amount ("宅配 80 元" / "7-11取貨付款 80 元" / "7-11純取貨 80 元"), the shop's
    terms for every product; other products' cards each carry their own price.

        >>> from zhclean.stages.boilerplate.features import Item
        >>> lines = ["杯 $590", "x", "壶 $320", "宅配 80 元", "取货 80 元", "自取 80 元"]
        >>> _without_rate_tables([Item(k, t, t) for k, t in enumerate(lines)], [0, 2, 3, 4, 5])
        [0, 2]
    """
    rows: list[list[int]] = []
    for k in group:
        if (
            rows
            and k == rows[-1][-1] + 1
            and _amount(items[k].key) == _amount(items[rows[-1][-1]].key)
        ):
            rows[-1].append(k)
        else:
            rows.append([k])
    return [k for row in rows if len(row) < RATE_ROWS_MIN for k in row]


@detector("ZH304")
def price_cards(doc: Document) -> None:
    """After a product's own price and its description, three cards or more, each with its
    price ("电子书 NT$ 199"), a few lines apart: other products the shop recommends, their
    titles, names, blurbs and buttons with them. A page of cards from the start (a category,
    a search) keeps them, and so does the product's own price (POLICY: listing pages;
    tables and data)."""
    items = doc.items
    # A price line holds one of the marks below: a page that holds them PRICE_CARDS_MIN
    # times at most has no more price lines than that (one count of the page each).
    page = page_keys(items)
    if sum(page.count(mark) for mark in PRICE_MARKS) <= PRICE_CARDS_MIN:
        return
    prices = [
        k
        for k, it in enumerate(items)
        if not it.removed
        and len(it.key) <= CARD_HEAD_MAX
        and ("$" in it.key or "¥" in it.key or "￥" in it.key or "元" in it.key)
        and PRICE_VALUE_RE.search(it.key)
    ]
    if len(prices) <= PRICE_CARDS_MIN:
        return  # the usual page: a price or none, settled by one look at each line
    span = article_span(items)
    if span is not None and entry_rhythm(items, *span):
        return
    # The product's own prices: the first, and those on the lines right under it (its list
    # price and its price).
    own = [prices[0]]
    for k in prices[1:]:
        if k != own[-1] + 1:
            break
        own.append(k)
    groups: list[list[int]] = []
    for k in prices[len(own) :]:
        if groups and k - groups[-1][-1] <= PRICE_CARD_SPAN:
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        group = _without_rate_tables(items, group)
        if len(group) < PRICE_CARDS_MIN:
            continue
        spacing = max(b - a for a, b in zip(group, group[1:], strict=False))
        # A page of cards from the start (a category, a search) has its first card as far
        # above the second as the others are apart; a product's own price stands farther,
        # its description between, or comes with its list price.
        if len(own) < 2 and group[0] - own[-1] <= 2 * spacing:
            continue
        if not any(
            len(it.text) >= CARD_DESCRIPTION_MIN and not it.removed
            for it in items[own[-1] + 1 : group[0]]
        ):
            continue
        first = group[0]
        # The first card's head: its short lines right above its price.
        for _ in range(CARD_HEAD_LINES):
            above = first - 1
            item = items[above]
            if (
                above <= own[-1]
                or item.removed
                or len(item.text) > CARD_HEAD_MAX
                or item.prose
                # "保存期限：720天": the product's own field with its figure; a card's title
                # with a colon ("易经白话讲座：六十四卦的智慧") has none.
                or (item.shape.digit and FIELD_LABEL_RE.match(item.key))
            ):
                break
            first = above
        # After the last price: its blurb and its button, as many lines as each card has under
        # its price (the least gap between two prices, less the first card's head).
        under = min(b - a for a, b in zip(group, group[1:], strict=False)) - (group[0] - first) - 1
        last = min(len(items) - 1, group[-1] + max(0, under))
        cards = [it for it in items[first : last + 1] if not it.removed and it.guard is None]
        if any(NUMBERED_ITEM_RE.match(it.text) for it in cards):
            continue  # records the author numbers ("14、上海长风海洋世界" with its fare): a list of theirs
        if sum(1 for it in cards if _bulleted(it)) >= FEATURES_MIN:
            continue  # "◎可提式设计…" ×3: the product's own features, bulleted, by its price
        tiers = price_tiers(cards)
        for k in range(first, last + 1):
            item = items[k]
            if item.removed or item.guard is not None or item.key in tiers:
                continue
            if heads_paragraph(items, k):
                continue  # the heading of the product's description ("详细资讯"), no card's
            item.mark("ZH304", STRONG, "price_cards")


def _bulleted(item: Item) -> bool:
    """A list's item marked by a bullet ("◎可直接加热"), not numbered or lettered: a product's
    feature; a deal's options ("A.单人票一张…") are its table of prices (price_tiers)."""
    return bool(LIST_MARKER_RE.match(item.text)) and not item.text[:1].isalnum()
