"""Room 3: junk because of its place: above the title, under the body, copying the lead.

Head: a list of other headlines above the title; channel labels run together.
Lead: a teaser that copies the body, labelled (摘要:) or not.
Tail: a run of headlines after the last paragraph.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence, han_count
from .body import body_end, body_span, is_body_prose
from .features import STRONG, Item
from .line.metadata import metadata
from .registry import KEEP, detector
from .shapes import (
    COUNT_START_RE,
    DATE_RE,
    DATETIME_RE,
    LIST_MARKER_RE,
    MEASURE_RE,
    copied_share,
    ellipsis_end,
    near_copy,
    ngrams,
    squash,
)

if TYPE_CHECKING:
    from .document import Document

HEAD_MAX = 60  # lines looked at above the first paragraph
# A field of a record: a short label and a colon ("产品名称：", "型号:").
FIELD_LABEL_RE = re.compile(r"^[^\s:：]{1,6}\s?:")


@detector("ZH307")
def chrome_with_title_copy(doc: Document) -> None:
    """'2016年1月4日20:38 <title> 861 浏览' : a timestamp and counters around a title copy."""
    items, counter = doc.items, doc.ctx.vocab.counter
    for i, item in enumerate(items):
        # A headline with its stamp and counters is short; a paragraph is never one.
        if item.code or len(item.key) > 160 or not item.shape.stamped:
            continue
        if not counter.search(item.key):
            continue
        rest = counter.sub(" ", DATETIME_RE.sub(" ", item.key))
        neighbours = items[max(0, i - 3) : i] + items[i + 1 : i + 3]
        if any(near_copy(rest, other.key) for other in neighbours):
            item.mark("ZH307", STRONG, "chrome_with_title_copy")


@detector("ZH306", "ZH312")
def teasers(doc: Document) -> None:
    """A labelled teaser (摘要:...) that copies the body, is cut with '...' or carries ad
    keywords; an empty teaser label; an unlabelled line under the title stitched from the body."""
    ctx = doc.ctx
    items = doc.items
    for i, item in enumerate(items):
        if item.removed:
            continue
        match = ctx.teaser_re.match(item.key)
        if not match:
            continue
        content = item.text[match.end() :].strip() if len(item.text) > match.end() else ""
        content_key = item.key[match.end() :]
        # The article's start follows within a few lines (a bounded window keeps a
        # long document with many labels linear).
        later = [it.text for it in items[i + 1 : i + 40] if not it.removed]
        # A teaser stitched from the entry's title above it ("导读:五篇500字的初中作文-老师").
        earlier = [it.text for it in items[max(0, i - 3) : i] if not it.removed]
        first_clause = content_key.split(",")[0]
        if not content:
            # An empty label goes; one that heads the summary below it ("内容简介：" / the
            # synopsis) is a heading of the author's.
            nxt = next((it for it in items[i + 1 : i + 4] if not it.removed), None)
            if doc.on("ZH306") and not (nxt is not None and nxt.prose):
                item.mark("ZH306", STRONG, "teasers")
        elif doc.on("ZH312") and (
            ellipsis_end(content)
            or copied_share(content, later) >= 0.5
            or copied_share(content, earlier) >= 0.5
            or ctx.lex.coverage("gambling_keywords", content_key)[0] >= 0.1
            and _gambling_clause(doc, first_clause)
        ):
            item.mark("ZH312", STRONG, "teasers")
    if not doc.on("ZH312"):
        return
    # An unlabelled teaser: right after the title, a line that the next lines repeat.
    # (Only under a title: a page that opens with prose has no place for a teaser.)
    live = doc.live()
    if not live or not live[0].title_like:
        return
    for pos in (1, 2):
        if pos >= len(live):
            break
        item = live[pos]
        if item.code or han_count(item.text) < 30:
            continue
        later = [it.text for it in live[pos + 1 : pos + 12]]
        if copied_share(item.text, later, n=5) < 0.85:
            continue  # the usual case, settled with one pass
        # A paragraph repeated whole is the page's text (content farms repeat); a teaser
        # stitches the lead from several lines, or is one cut off with an ellipsis.
        # A copy contained in a longer line (the conclusion restating the lead) is a teaser.
        own = squash(item.key)
        if not ellipsis_end(item.text) and any(
            squash(it.key) == own for it in live[pos + 1 : pos + 12]
        ):
            continue
        item.mark("ZH312", STRONG, "teasers")


def _gambling_clause(doc: Document, clause: str) -> bool:
    from .features import Item
    from .line.ads import gambling

    return gambling(doc.ctx, Item(0, clause, clause)) is not None


@detector("ZH303", "ZH304")
def head_list(doc: Document) -> None:
    """Titles of other articles above the article, recognised by a later copy of the title."""
    if not doc.head or body_end(doc.items) is None:
        return  # a page with no prose is all list or all header: bare_title_lists decides
    live = doc.live()
    head = []
    for item in live[:HEAD_MAX]:  # a page's head is short; a bound keeps this linear
        if item.prose:
            break
        head.append(item)
    start_re = doc.ctx.vocab.breadcrumb_start
    for j in range(len(head) - 1, 0, -1):
        later = head[j]
        if later.code or not later.title_like:
            continue
        earlier = [k for k in range(j) if near_copy(head[k].key, later.key) and not head[k].code]
        if not earlier:
            continue
        first = earlier[0]
        # A copy right above the later line is the title over its own subtitle or snippet
        # ("石嘴山电子地图" / "石嘴山电子地图...平罗县政区图查询下载"): it stays.
        title = head[j - 1] if earlier[-1] == j - 1 else None
        listed = [item for item in head[:j] if not item.code and item is not title]
        if (
            j >= 3
            and len(listed) >= 3
            and all(it.title_like and len(it.text) <= 40 for it in listed)
            # A product's header block (a model code, "产品名称：…", values with units) is
            # the page's own, not a list of headlines.
            and not any(
                MEASURE_RE.search(it.key) or it.han == 0 or FIELD_LABEL_RE.match(it.key)
                for it in listed
            )
        ):
            # Nothing but headlines above a copy of one of them: a list of articles;
            # the copy is the title of this one.
            if doc.on("ZH304"):
                for item in listed:
                    item.mark("ZH304", STRONG, "head_list")
        elif doc.on("ZH303") and (
            start_re.match(head[first].key) or head[first].key.startswith(tuple("首主"))
        ):
            head[first].mark("ZH303", STRONG, "head_list")
        break


@detector("ZH303")
def section_labels(doc: Document) -> None:
    """'大陆深度川震十年' above the title: channel labels and a topic, run together."""
    if not doc.head:
        return
    live = doc.live()
    if len(live) < 2 or live[0].code or not live[1].title_like:
        return
    first = live[0]
    if doc.ctx.section_run_re.match(squash(first.key)) and not ends_sentence(first.text):
        first.mark("ZH303", STRONG, "section_labels")


BOUNDARY_CODES = frozenset({"ZH303", "ZH304", "ZH309"})  # menus, lists, tags: chrome begins


def _wrapped(lines: list[Item]) -> bool:
    """Do these lines look like one paragraph hard-wrapped at a width (three or more of them
    stop within a few columns of the longest)? Then they are no list, whatever their shape."""
    from ...words import cuts_word
    from ..layout import WRAP_SLACK, display_width

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


# A name or a closing mark in brackets on its own line: "（罗森）", "(完)", "（记者 张三）".
BRACKETED_CREDIT_RE = re.compile(r"^[(（][^()（）]{1,12}[)）]$")


def _credit(doc: Document, item: Item) -> bool:
    """A credit line: a label with a name ("来源: 新华社") or a byline ("本报记者 孙志刚").
    Asked of many lines by several rooms: answered once per text of a document."""
    found = doc.credits.get(item.key)
    if found is None:
        found = doc.credits[item.key] = (
            metadata(doc.ctx, item) == KEEP
            or bool(BRACKETED_CREDIT_RE.match(item.key))
            or (
                len(item.text) <= 60
                and any(
                    len(term) >= 2 for _, _, term in doc.ctx.lex.find("credit_labels", item.key)
                )
            )
        )
    return found


# Marks a headline carries and a signature does not.
HEADLINE_MARKS = frozenset("：:《》!！?？|｜【】")


def _signature(doc: Document, item: Item) -> bool:
    """A notice's signature: an organisation's name, or its date ("二〇二〇年三月五日", "城南区
    文化局 2020年3月5日"); a headline that names a month ("2022年7月全省火灾情况") is none."""
    if any(mark in item.key for mark in HEADLINE_MARKS):
        return False  # "新资讯：《新倚天屠龙记》公测定档11月23日！" is a headline
    if item.key.endswith(tuple(doc.ctx.lex.lists["org_suffixes"])):
        return True
    found = DATE_RE.search(item.key)
    return found is not None and (
        found.end() >= len(item.key.rstrip()) - 1 or len(item.key) - len(found.group()) <= 4
    )


# A teaser under its headline is a sentence or two.
TEASER_MAX = 160
# Headlines in a row after the body, before another run of prose, that make a list.
TAIL_RUN_BEFORE_PROSE = 3
# Prose below such a list weighs at most this share of the body, or a notice's few lines:
# a footer, not more sections.
TAIL_PROSE_SHARE = 0.25
FOOTER_PROSE_HAN = 80


def _long_run(headlines: list[Item]) -> bool:
    """Enough headlines of an article's length (not a section's list of short names)."""
    return len(headlines) >= TAIL_RUN_BEFORE_PROSE and _article_length(headlines)


def _article_length(headlines: list[Item]) -> bool:
    """Headlines are seldom short; verses, keywords and lists of names are."""
    return sum(1 for it in headlines if len(it.text) >= 8) * 2 >= len(headlines)


def _mostly_headlines(entries: list[Item]) -> bool:
    """A list of links: headlines, or teasers cut with '...'; not a thread's replies, where
    names, times and short answers stand between the lines that look like headlines."""
    other = sum(1 for it in entries if not it.headline and not ellipsis_end(it.text))
    return other * 4 <= len(entries)


# Lines left at a page's end, below a list, that are its footer rather than more of the page.
FOOTER_LINES = 3


def _few_left(items: list[Item], first: Item) -> bool:
    """Do only a footer's few lines stand from ``first`` to the page's end?"""
    return sum(1 for it in items[items.index(first) :] if not it.removed) <= FOOTER_LINES


def _light_prose_after(items: list[Item], end: int, first: Item) -> bool:
    """Is the prose from ``first`` on light beside the body's (a notice, a blurb), not more of
    the article (an encyclopedia's next sections) or of a listing (a homepage's cards)?"""
    body = sum(it.han for it in items[: end + 1] if is_body_prose(it))
    after = sum(it.han for it in items[items.index(first) :] if is_body_prose(it))
    return after <= max(TAIL_PROSE_SHARE * body, FOOTER_PROSE_HAN)


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
    span = body_span(items)
    article = span is not None and _article_body(items, span[0], span[1])
    if article and span[1] < last:
        _tail_list_after(doc, span[1])
    # A page with no article (a homepage, a listing) keeps its entries with their teasers:
    # they are its text. Bare headlines go on any page.
    _tail_list_after(doc, last, keep_teasers=not article)


# An article's body: two paragraphs or more, of this many ideographs in all. The heaviest
# run of prose on a homepage or a listing is one entry's teaser.
ARTICLE_MIN_HAN = 100


def _article_body(items: list[Item], first: int, last: int) -> bool:
    paragraphs = [it for it in items[first : last + 1] if is_body_prose(it)]
    return len(paragraphs) >= 2 and sum(it.han for it in paragraphs) >= ARTICLE_MIN_HAN


def _tail_list_after(doc: Document, end: int, keep_teasers: bool = False) -> None:
    items = doc.items
    contact = doc.ctx.vocab.contact_label
    if items[end].text.rstrip().endswith((":", "：")):
        return
    boundary = False
    entries: list[Item] = []
    headlines: list[Item] = []
    previous: Item | None = None  # the line above, if it is an entry's headline
    for item in items[end + 1 :]:
        if item.removed:
            # Chrome between the body and the entries: what follows it is the page's, not
            # the article's (chrome below the entries proves nothing about them).
            boundary = boundary or (not entries and item.code in BOUNDARY_CODES)
            # A headline a list already took still heads the teaser below it.
            previous = item if item.code == "ZH304" and item.headline else None
            continue
        after_headline, previous = previous, item if item.headline else None
        if contact.match(item.key) or _credit(doc, item):
            continue  # contacts and credits are the article's
        cut_teaser = bool(entries) and ellipsis_end(item.text)
        if item.text.rstrip().endswith((":", "：")) or (
            LIST_MARKER_RE.match(item.text) and not cut_teaser
        ):
            return  # the author's own list (a teaser cut with '...' is nobody's list)
        if item.table:
            return  # a row of the author's table
        if item.headline:
            if _signature(doc, item):
                return
            headlines.append(item)
            entries.append(item)
        elif entries and (cut_teaser or not ends_sentence(item.text)):
            entries.append(item)  # the teaser of the headline above, cut off
        elif (
            after_headline is not None
            and len(item.text) <= TEASER_MAX
            and (boundary or _long_run(headlines))
            and _mostly_headlines(entries)
        ):
            entries.append(item)  # a whole teaser under its headline, in a long list of them
        elif _menu_item(doc, item, TAIL_ITEM_MAX) and _known_label(doc, item):
            entries.append(item)  # a channel's label between the headlines ("国际", "生活")
        elif (
            _long_run(headlines)
            and _mostly_headlines(entries)
            and (is_body_prose(item) or _few_left(items, item))
            and _light_prose_after(items, end, item)
        ):
            break  # a footer's notice or a sidebar's blurb after a long list
        else:
            return  # a line of the author's below the body: the tail is not a list
    if not headlines or _wrapped(entries):
        return  # a hard-wrapped last paragraph is the author's, not a list
    if not boundary and (
        len(headlines) < 2 or not _article_length(headlines) or not _mostly_headlines(entries)
    ):
        return  # a thread's replies: names and times between lines that read as headlines
    if keep_teasers and any(not it.headline and it.han >= TEASER_MIN_HAN for it in entries):
        return
    for item in entries:
        item.mark("ZH304", STRONG, "tail_list")


TEASER_MIN_HAN = 15


@detector("ZH304")
def bare_title_lists(doc: Document) -> None:
    """On a page with no prose at all, runs of four or more headlines under its title: a
    link list (a listing page with teasers has prose and keeps its entries)."""
    if body_end(doc.items) is not None:
        return
    live = doc.live()
    # A page of specifications or data ("1个16位基本定时器", "40kHz RC振荡器") is the author's.
    if (
        not live
        or sum(1 for it in live if MEASURE_RE.search(it.key) or COUNT_START_RE.match(it.key)) >= 3
    ):
        return
    run: list[Item] = []
    title = live[0]
    for item in [*doc.items, Item(0, "", "")]:
        if item is title:
            continue
        if item.text and not item.code and item.headline and not LIST_MARKER_RE.match(item.text):
            run.append(item)
            continue
        if (
            len(run) >= 4
            and sum(1 for it in run if len(it.text) >= 8) * 2 >= len(run)
            # A specification list names values with units ("40kHz RC振荡器"): the author's.
            and not any(MEASURE_RE.search(it.key) for it in run)
            and not _wrapped(run)
            # Entries with their teasers cut with '...': a listing page keeps its entries.
            and sum(1 for it in run if ellipsis_end(it.text)) * 4 < len(run)
        ):
            for it in run:
                it.mark("ZH304", STRONG, "bare_title_lists")
        run = []


# A menu label is short: "首页", "时政讲解", "APP下载", "更多 >".
# A row of data rather than a label: a number, "label: value", "首都 东京".
DATA_ROW_RE = re.compile(r"\d|:|[\u4e00-\u9fff] [\u4e00-\u9fff]")
MENU_ITEM_MAX = 12
VERSE_LENGTHS = (4, 5, 7)
TAIL_ITEM_MAX = 8
MENU_MEAN_MAX = 7
MENU_RUN_MIN = 3


def _menu_item(doc: Document, item: Item, longest: int = 12) -> bool:
    """A line that could be one label of a menu: short, no clause, no sentence end."""
    text = item.text
    if len(text) > longest or item.protected or item.table:
        return False
    if any(ch in text for ch in "。，,；;、") or text.endswith((":", "：")):
        return False
    return not LIST_MARKER_RE.match(text) and not _credit(doc, item)


# The lead a title shares words with: the body's first characters.
LEAD_CHARS = 400


def title_above(doc: Document, start: int) -> int | None:
    """Index of the article's title above its body: the nearest headline-shaped line (within
    a page's head) that shares words with the body's start (a label of two words sharing
    one is no evidence); else the nearest one above the body, past its credit and date lines
    ("来源：…", "记者 某某")."""
    items = doc.items
    # The lead: the body's first lines, and the longer of the few just above it (a thread's
    # question may open with a line too short to count as prose; a tagline is no lead).
    above = {k: items[k].key for k in range(max(0, start - 3), start) if len(items[k].text) > 20}
    body = "".join(it.key for it in items[start : start + 8] if not it.removed)[:LEAD_CHARS]
    lead_grams = ngrams("".join(above.values()) + body, 2)
    whole_lead = squash("".join(above.values()) + body)
    best = nearest = None
    for i in range(start - 1, max(-1, start - HEAD_MAX), -1):
        item = items[i]
        if item.removed or item.code == "ZH307" or _credit(doc, item):
            continue
        text = item.text
        own = squash(item.key)
        # The lead, without the line itself (a long line above the body is in it).
        lead_key = (
            squash("".join(v for k, v in above.items() if k != i) + body)
            if i in above
            else whole_lead
        )
        contained = len(own) >= 3 and own in lead_key and not _known_label(doc, item)
        if (
            (not item.han and not contained)
            or text.endswith((":", "："))
            or not (item.title_like or (len(text) >= 2 and not ends_sentence(text)))
        ):
            continue  # a title may be one word ("大熊猫"), never a label ("原文：")
        if nearest is None and item.han and len(text) >= 4 and not _known_label(doc, item):
            nearest = i
        # The nearest line that shares words with the lead: labels of a sidebar above the
        # title may share words too, but stand farther up.
        grams = ngrams(item.key, 2)
        if contained or (len(grams) >= 3 and len(grams & lead_grams) >= 0.5 * len(grams)):
            best = i
            break
    return best if best is not None else nearest


def _known_label(doc: Document, item: Item) -> bool:
    from .line.navigation import menu_word, nav_token

    return nav_token(doc.ctx, item.key) or menu_word(doc.ctx, item.key)


def _labels_share(doc: Document, run: list[Item], repeated: set[str], count_removed: bool) -> float:
    """Share of a run's lines that are known menu labels ("首页", "财经", "联系我们") or that
    stand again elsewhere on the page (a site repeats its menus; an author rarely a list)."""
    from .line.navigation import menu_word, nav_token

    counted = run if count_removed else [it for it in run if not it.removed]
    known = sum(
        1
        for it in counted
        if it.removed
        or it.key in repeated
        or nav_token(doc.ctx, it.key)
        or menu_word(doc.ctx, it.key)
    )
    return known / max(1, len(counted))


def _column_of_labels(
    doc: Document, run: list[Item], repeated: set[str], above_title: bool
) -> bool:
    """Is a run of short lines a menu? Near the article, a third of its lines must be known
    menu words or labels the page repeats: a column of bare words may be the author's list
    or verse. Above the title, where no author writes, the labels found next to it count
    too, and a column of four needs only the shape of labels. Verse (lines of one length)
    and data (numbers, "label: value", "首都 东京") are never menus."""
    kept = [it for it in run if not it.removed]
    if len(run) < MENU_RUN_MIN or len(kept) < 2:
        return False  # one line next to menus is not a column ("本章完" under a chapter)
    if sum(len(it.text) for it in kept) > MENU_MEAN_MAX * len(kept):
        return False  # labels are short; a column of longer lines is a list of another kind
    if sum(1 for it in kept if DATA_ROW_RE.search(it.key)) * 4 >= len(kept):
        return False  # data rows
    lengths = {len(it.text) for it in kept}
    # Verse: lines of five or seven (of four too, below the body; above the title, four is
    # the usual length of a menu's labels: "本馆概况 资源导航").
    verse = len(kept) >= 3 and len(lengths) == 1 and min(lengths) in VERSE_LENGTHS
    if verse and (not above_title or min(lengths) != 4):
        return False
    if _labels_share(doc, run, repeated, count_removed=above_title) >= 1 / 3:
        return True
    return above_title and len(run) >= 4


@detector("ZH303")
def menus_outside_body(doc: Document) -> None:
    """Menus one label a line, above or below the article's body: columns of short lines.

    Inside the body a short line is a heading and stays. Outside it, a column of labels is
    the site's navigation, whatever its words; the title above the body is kept.
    """
    span = doc.body_and_title()
    if span is None:
        return
    first, last, title = span
    items = doc.items
    seen: set[str] = set()
    repeated: set[str] = set()
    for item in items:
        if len(item.text) <= MENU_ITEM_MAX:
            (repeated if item.key in seen else seen).add(item.key)
    zones = []
    if doc.head and title is not None:
        zones.append((range(0, title), True, MENU_ITEM_MAX))
        zones.append((range(title + 1, first), False, MENU_ITEM_MAX))
    elif doc.head:
        zones.append((range(0, first), False, MENU_ITEM_MAX))
    if doc.tail:
        # Below the body, replies and comments may be short: labels there are shorter still.
        zones.append((range(last + 1, len(items)), False, TAIL_ITEM_MAX))
    for segment, above_title, longest in zones:
        run: list[Item] = []
        for i in [*segment, -1]:
            item = items[i] if i >= 0 else None
            if item is not None and item.removed and item.code not in ("ZH303", "ZH304"):
                continue  # other junk does not break a column of labels
            if item is not None and (item.removed or _menu_item(doc, item, longest)):
                run.append(item)  # labels found on their own belong to the column too
                continue
            if _column_of_labels(doc, run, repeated, above_title):
                for it in run:
                    if not it.removed:
                        it.mark("ZH303", STRONG, "menus_outside_body")
            run = []


SITE_LINE_MAX = 20
HEAD_TEMPLATE_LINES = 5  # a file's own header stands in its first lines
# Three or more English words and nothing else.
ENGLISH_LINE_RE = re.compile(r"^[a-z][a-z'-]*(?:[ ,.][a-z][a-z'-]*){2,}[.:]?$")


@detector("ZH303")
def site_name_lines(doc: Document) -> None:
    """The site's name or slogan standing alone above the body (the title aside) or below it:
    a short line that ends with what a site calls itself ("电子发烧友网", "维基百科，自由的
    百科全书"); above the title, an English template line in a Chinese page ("This file was
    derived from")."""
    span = doc.body_and_title()
    if span is None:
        return
    first, last, title = span
    items = doc.items
    kinds = tuple(doc.ctx.lex.lists["site_kinds"])
    zones = []
    if doc.head:
        zones.append(range(0, first))
    if doc.tail:
        zones.append(range(last + 1, len(items)))
    for zone in zones:
        for i in zone:
            item = items[i]
            if i == title or item.code or ends_sentence(item.text) or _credit(doc, item):
                continue
            if (
                len(item.text) <= SITE_LINE_MAX
                and squash(item.key).endswith(kinds)
                or title is not None
                and i < min(HEAD_TEMPLATE_LINES, title)
                and item.han == 0
                and ENGLISH_LINE_RE.match(item.key)
            ):
                item.mark("ZH303", STRONG, "site_name_lines")
