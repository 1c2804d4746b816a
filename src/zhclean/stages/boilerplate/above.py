"""Room 3, above the title: headlines of other articles printed before the article.

Rows of short words above the body (a shop's or a portal's megamenu) go, a product's box of
prices and selling points stays. A long run of other headlines right above the article's title (a site's megamenu, with
the channels' labels between them, one or two lines of another shape inside it) is a
list, whatever its words, and so is a short one of four plain titles under the site's
chrome; so is one headline there that ends with a list's mark for a
picture or video story ("…如何监管亟待细化(图)"). The article's own deck, which shares words
with its lead, stays.

    >>> _quoted_headline(Item(1, "许雪姬30年研究「在满洲的台湾人」", ""))
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import han_count
from .features import KANA_RE, KANA_SHARE, STRONG, Item
from .position import _known_label, _menu_item, article_under_title
from .registry import detector
from .shapes import (
    FIELD_LABEL_RE,
    MEASURE_RE,
    PRICE_VALUE_RE,
    GramPool,
    ellipsis_end,
    ngrams,
    squash,
)
from .tail import _bridgeable, _title_sized

if TYPE_CHECKING:
    from .document import Document


@detector("ZH304")
def marked_links_above_title(doc: Document) -> None:
    """A headline above the article's title that ends with a list's mark for a picture or
    video story ("…如何监管亟待细化(图)"): a link to another article, even alone."""
    placed = doc.body_and_title()
    if not doc.head or placed is None or placed[2] is None:
        return
    marks = doc.ctx.lex.terms("link_marks")
    for item in doc.items[: placed[2]]:
        if not item.code and item.headline and item.key.rstrip().endswith(marks):
            item.mark("ZH304", STRONG, "marked_links_above_title")


# Headlines in a run above the title that make a list of other articles: a site's megamenu
# of headlines, printed before the article.
HEAD_RUN_MIN = 8


@detector("ZH304")
def lists_above_title(doc: Document) -> None:
    """A long run of other articles' headlines right above the article's title, with the
    channels' labels between them: a list, whatever its words.

    Only above a title that shares words with the body's start, after the site's chrome
    (a menu already removed above or inside the run), and only when the headlines share
    nothing with the lead: the article's own deck or key points above its title do.
    """
    placed = article_under_title(doc)
    if placed is None:
        return
    first, last, title = placed
    items = doc.items
    lead = GramPool(squash("".join(it.key for it in items[first : first + 4] if not it.removed)), 2)
    entries: list[Item] = []
    headlines: list[Item] = []
    bridged: list[Item] = []  # a line or two of another shape inside a long run of headlines
    chrome = False
    for item in reversed(items[:title]):
        if item.removed:
            chrome = chrome or item.code in ("ZH303", "ZH304")
            continue
        if (not item.prose or bridged) and (item.headline or _quoted_headline(item)):
            headlines.append(item)
            entries.extend(bridged)
            entries.append(item)
            bridged = []
        elif ellipsis_end(item.text) or _known_label(doc, item) or _menu_item(doc, item, 6):
            entries.append(item)  # a cut teaser, a channel's label ("运动", "生活")
        elif headlines and _other_language(item):
            entries.append(item)  # a site's prompt in another language, inside its megamenu
        elif (
            len(headlines) >= HEAD_BRIDGE_AFTER
            and len(bridged) < HEAD_BRIDGE
            and _bridgeable(item)
            and _title_sized(item)
        ):
            # A headline of another shape (quoted, with a colon, long) between others: it
            # goes with them if more headlines stand above it.
            bridged.append(item)
        else:
            break  # the page's own header: a date line, a notice, a line of fields
    short_list = chrome and _plain_titles(entries, headlines)
    if (
        len(headlines) < (SHORT_RUN_MIN if short_list else HEAD_RUN_MIN)
        # Without chrome around it only a run twice as long is a list for sure.
        or not (chrome or len(headlines) >= 2 * HEAD_RUN_MIN)
        or sum(1 for it in headlines if len(it.text) >= 8) * 2 < len(headlines)
        # A product's header block: values with units, fields ("型号：…").
        or sum(1 for it in headlines if MEASURE_RE.search(it.key) or FIELD_LABEL_RE.match(it.key))
        * 3
        >= len(headlines)
        or sum(1 for it in headlines if lead.count(ngrams(it.key, 2)) >= 2) * 5 > len(headlines)
    ):
        return
    for item in entries:
        item.mark("ZH304", STRONG, "lists_above_title")


# A shorter run is a list too when it is nothing but plain titles under the site's chrome:
# each of a headline's length, no clause in it (a homepage's service blurbs have one), no
# field or price (a product's header), no label between them.
SHORT_RUN_MIN = 4
PLAIN_TITLE_MIN = 8


def _plain_titles(entries: list[Item], headlines: list[Item]) -> bool:
    if not headlines:
        return False
    # Labels may stand at the run's ends (the site's name over it), not between its titles.
    ids = [id(it) for it in entries]
    inner = entries[ids.index(id(headlines[0])) : ids.index(id(headlines[-1])) + 1]
    return len(inner) == len(headlines) and all(
        len(it.text) >= PLAIN_TITLE_MIN
        and not any(mark in it.text for mark in "，,；;：:￥¥")
        and not MEASURE_RE.search(it.key)
        for it in headlines
    )


# Headlines a run above the title has before a line of another shape may stand inside it,
# and how many such lines in a row.
HEAD_BRIDGE_AFTER = HEAD_RUN_MIN
HEAD_BRIDGE = 2


def _other_language(item: Item) -> bool:
    """A line in no Chinese: Japanese (kana) or Latin words with almost no ideographs
    ("Your browser does not appear to support Traditional Chinese…")."""
    text = item.text
    if len(KANA_RE.findall(text)) >= KANA_SHARE * len(text):
        return True
    return item.han * 10 < len(text) and sum(ch.isalpha() for ch in text) * 2 > len(text)


def _quoted_headline(item: Item) -> bool:
    """A headline ending in a quotation ("许雪姬30年研究「在满洲的台湾人」"): no full stop,
    a headline's length, ideographs mostly."""
    text = item.text
    return 8 <= len(text) <= 60 and "。" not in text and item.han * 2 >= len(text)


# A megamenu above the article: rows of short words ("拉拉裤 家居纸品 纸尿裤 宝宝湿巾"),
# each under its category's label ("屁屁护理"), in any words.
ROW_TOKENS_MIN = 3
ROW_TOKEN_MAX = 12
MEGAMENU_ROWS_MIN = 3
MEGAMENU_LABEL_MAX = 10
PRODUCT_BOX_MAX = 12  # lines of a product's box of prices and selling points
ROW_HAN_TOKENS_MIN = 2  # words in ideographs a row of names must hold to be a menu's


RANGE_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?[-~～]\d+(?:\.\d+)?[^\W\d_]{1,2}")


def _menu_row_shape(item: Item) -> bool:
    """A row of three short words or more, parted by spaces, with no mark of a sentence."""
    tokens = item.key.split()
    if not (
        len(tokens) >= ROW_TOKENS_MIN
        # A word of the row may name a submenu's entries parted by '/' ("奶瓶/奶嘴水杯/水壶").
        and all(len(piece) <= ROW_TOKEN_MAX for t in tokens for piece in t.split("/"))
        and not any(mark in item.text for mark in "，。；！？,;!?：:")
    ):
        return False
    # Words of a menu are ideographs; a line of English words is a sentence or a verse. A row
    # of names among ideographs ("测试技术&方案 Appium Selenium Robotium iOS 测试 其他") is a
    # menu too: a sentence's English words are mostly small words in lower case.
    if any(RANGE_TOKEN_RE.fullmatch(t) for t in tokens):
        # A range with its unit among the words ("杭州·滨江区 5-10年 本科", "青桐科技 互联网 B轮
        # 100-499人"): an entry's data row; a menu names channels.
        return False
    han = sum(1 for t in tokens if han_count(t))
    if 3 * han >= 2 * len(tokens):
        return True
    if han < ROW_HAN_TOKENS_MIN or any(ch.isdigit() for ch in item.key):
        return False  # figures make it a table's row ("H型钢 4630 莱钢 100*100") or a pager
    lower = sum(1 for t in item.text.split() if t.isascii() and t.isalpha() and t.islower())
    return 3 * lower < len(tokens)


@detector("ZH303")
def megamenu_rows(doc: Document) -> None:
    """Above the body's first paragraph, a block of rows of short words and the labels between
    them, three rows or more: a shop's or a portal's megamenu. The title is kept."""
    placed = doc.body_and_title()
    if placed is None:
        return
    first, _, title = placed
    items = doc.items
    run: list[int] = []
    rows = 0
    for k in [*range(first), -1]:
        item = items[k] if k >= 0 else None
        if item is not None and (item.removed or k == title):
            continue
        if item is not None and _menu_row_shape(item):
            run.append(k)
            rows += 1
            continue
        if item is not None and len(item.text) <= MEGAMENU_LABEL_MAX and not item.prose and run:
            run.append(k)  # a category's label between the rows
            continue
        # A product's box has rows of short words too ("24小时保温保冷 一键弹盖 防漏设计"), with
        # its prices among them ("价格 ¥129.00"): the page's data, no menu. A shop's megamenu
        # with a price in a corner is longer.
        if rows >= MEGAMENU_ROWS_MIN and not (
            len(run) <= PRODUCT_BOX_MAX and any(PRICE_VALUE_RE.search(items[j].key) for j in run)
        ):
            for j in run:
                items[j].mark("ZH303", STRONG, "megamenu_rows")
        run, rows = [], 0
        if item is not None and len(item.text) <= MEGAMENU_LABEL_MAX and not item.prose:
            run.append(k)  # a label may open the block
