"""Room 2: junk because of its neighbours. Runs of lines, blocks, weak lines next to strong.

Each sweep takes the document (its items and context) and marks items; it
declares the codes it gives, so a sweep whose codes are off does not run.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence
from . import shapes
from .features import STRONG, Item, in_a_row, second_levels
from .joined import page_keys
from .line.navigation import is_related_heading, unspaced
from .registry import detector
from .shapes import DATETIME_RE, FIELD_LABEL_RE, LIST_MARKER_RE, contact_shape

if TYPE_CHECKING:
    from ...lexicon import Lexicon
    from .document import Document


@detector("ZH304")
def related_lists(doc: Document) -> None:
    """Titles after a related-articles heading, once the article has begun: a heading
    above the article labels a sidebar, and what follows it there is the article."""
    in_list = seen_prose = named = False
    ctx = doc.ctx
    # The article's title may stand right under a sidebar's list, with its date and fields
    # below it: the list ends there, a few lines above the body's first paragraph.
    placed = doc.body_and_title()
    if not any(it.code == "ZH304" and it.strength == STRONG for it in doc.items):
        return  # no list's heading taken: no list (its entries follow one)
    title = placed[2] if placed is not None else None
    head_zone = _article_head(doc, placed[0]) if placed is not None else len(doc.items)
    for i, item in enumerate(doc.items):
        if item.code == "ZH304" and item.strength == STRONG and is_related_heading(ctx, item.key):
            in_list = seen_prose
            # "相关链接": sites and bodies, named short ("国务院"; data link_heading_words)
            named = ctx.lex.contains("link_heading_words", item.key)
            continue
        seen_prose = seen_prose or (not item.code and item.prose)
        if i == title or (placed is not None and head_zone <= i <= placed[0]):
            in_list = False
        if not in_list or (item.code and item.strength == STRONG):
            continue
        linked = item.link_like or (
            named and 2 <= len(item.text) < 4 and item.han == len(item.text)
        )
        if item.protected or not linked or _contact(doc, item):
            in_list = False  # the list ends at the first line that is no link
            continue
        if _heads_contacts(doc, i):
            in_list = False  # "郑州恒锐机械设备有限公司" over its "地址：…": the contact box's name
            continue
        item.mark("ZH304", STRONG, "related_lists")


def _heads_contacts(doc: Document, i: int) -> bool:
    """Is line ``i`` an organisation's name (data: org_suffixes) right over a contact line?"""
    items = doc.items
    return (
        i + 1 < len(items)
        and items[i].key.endswith(doc.ctx.lex.terms("org_suffixes"))
        and _contact(doc, items[i + 1])
    )


def _contact(doc: Document, item: Item) -> bool:
    """A contact line (a phone, a mail or street address, "联系电话：…"): the page's subject's
    contact box, below its list of articles, is no entry of it."""
    vocab = doc.ctx.vocab
    return bool(
        vocab.contact_label.match(item.key)
        or contact_shape(item.key)
        or vocab.address.search(item.key)
    )


# The lines right above an article's first paragraph: its title, date, credits, fields.
ARTICLE_HEAD_LINES = 6


def _article_head(doc: Document, first: int) -> int:
    """Index of the article's head above its first paragraph: the line above the fields,
    dates and chrome that stand right over the body ("品牌型号：…", "发布时间：…")."""
    items = doc.items
    i = first - 1
    while i >= 0 and first - i <= ARTICLE_HEAD_LINES:
        item = items[i]
        if item.code or FIELD_LABEL_RE.match(item.key) or item.shape.stamped:
            i -= 1
            continue
        return i  # the title
    return first


@detector("ZH303")
def after_next_label(doc: Document) -> None:
    """'<title>下一篇' then the next article's title on its own line; a post navigation
    heading ("… 文章导航") then the previous and the next post's titles."""
    items = doc.items
    post_nav = doc.ctx.lex.terms("post_nav_labels")
    for i, item in enumerate(items[:-1]):
        if not item.code:
            continue
        if item.code == "ZH303" and doc.ctx.vocab.prev_next_end.search(item.key):
            following = items[i + 1 : i + 2]
        elif item.key.rstrip(" :：").endswith(post_nav):
            following = items[i + 1 : i + 3]
        else:
            continue
        for nxt in following:
            if nxt.code or not nxt.title_like or len(nxt.text) > POST_TITLE_MAX:
                break
            nxt.mark("ZH303", STRONG, "after_next_label")


POST_TITLE_MAX = 40


PROMO_SCAN_LINE_MAX = 40  # characters a line, on average, on a page searched whole first


def _copy_on_page(lex: Lexicon, items: list[Item]) -> bool:
    """Could a block hold ad copy? On a page of short lines (where the walk below costs more
    than one search of the page), not when the page's lines joined hold none: a block is a
    stretch of them, and a term whole there is whole in the page. A page of longer lines is
    walked as it is, its prose not searched (no block holds it)."""
    page = page_keys(items)
    return len(page) > PROMO_SCAN_LINE_MAX * len(items) or lex.contains("promo_phrases", page)


@detector("ZH315")
def promo_blocks(doc: Document) -> None:
    """A run of short slogan lines with ad copy in two of them: an ad image's text.

    '某某造价之家 / 来某某学安装造价 / 1个月就能掌握实操技能 / 独立做造价了！ / 某某校区':
    the lines from the first to the last ad line go, whatever lies between them.
    """
    lex = doc.ctx.lex
    if not _copy_on_page(lex, doc.items):
        return  # a page of short lines with no ad copy anywhere: no block is an ad's
    suffixes = doc.ctx.brand_suffixes  # a tuple: one endswith asks them all

    def short(item: Item) -> bool:
        return (
            not item.code
            and not item.protected
            and len(item.text) <= 25
            and "。" not in item.text
            # A line that introduces a list ("学校现有三个校区：") is the author's, and
            # so is the list under it: the run stops there.
            and not item.text.rstrip().endswith((":", "："))
            and not item.prose
        )

    def terms(item: Item) -> tuple[set[str], set[str]]:
        """(ad copy, shop or school name endings) of one line; list items are headings."""
        if LIST_MARKER_RE.match(item.text):
            return set(), set()
        copy = {term for _, _, term in lex.find("promo_phrases", item.key)}
        # One endswith over the tuple settles the usual line before the set is built.
        names = (
            {s for s in suffixes if item.key.endswith(s)} if item.key.endswith(suffixes) else set()
        )
        return copy, names

    memo = doc.ctx.text_memo("promo_terms")  # the terms hang on the line's text alone

    def remembered(item: Item) -> tuple[set[str], set[str]]:
        found = memo.get((item.text, item.key))
        if found is None:
            found = memo[(item.text, item.key)] = terms(item)
        return found

    def has_copy(block: list[Item]) -> bool:
        """Ad copy on one of the block's lines, in one search of them all (no term holds a
        line break, and one stands whole at a line's end as at the text's)."""
        return lex.contains("promo_phrases", "\n".join(it.key for it in block))

    run: list[Item] = []
    for item in [*doc.items, Item(0, "", "")]:
        if item.text and short(item):
            run.append(item)
            continue
        # One line is no block: the usual case, settled before any word search. A block
        # needs ad copy on one of its lines: only its own lines are searched (a page's
        # prose, which no block holds, is not).
        if len(run) < 2 or not has_copy(run):
            run = []
            continue
        found = [remembered(it) for it in run]
        hits = [k for k, (copy, names) in enumerate(found) if copy or names]
        distinct = set().union(*(copy | names for copy, names in found)) if found else set()
        # Ad copy, in two lines, with two different terms: "东校区 / 西校区" is a list
        # of places; an ad says more than one thing.
        if len(hits) >= 2 and len(distinct) >= 2 and any(copy for copy, _ in found):
            for it in run[hits[0] : hits[-1] + 1]:
                it.mark("ZH315", STRONG, "promo_blocks")
        run = []


def mark_runs(doc: Document, member, minimum: int, code: str, name: str) -> None:
    """Runs of at least ``minimum`` consecutive lines for which ``member`` holds."""
    run: list[Item] = []
    for item in doc.items:
        if item.text and member(item):
            run.append(item)
            continue
        if len(run) >= minimum:
            for it in run:
                it.mark(code, STRONG, name)
        run = []
    if len(run) >= minimum:  # a run that ends the page
        for it in run:
            it.mark(code, STRONG, name)


@detector("ZH304")
def dated_links(doc: Document) -> None:
    """Two or more headlines in a row that each end with a date, or three that each end with
    a counter ("... 358人气", "... 12 views"): an article list."""
    # Each run below needs lines of a shape the page may not have at all (read once per
    # text): the usual article is settled by one look at each line.
    items = doc.items
    if in_a_row(items, 2, True):
        mark_runs(
            doc,
            lambda it: (
                not it.code
                and it.shape.dated_end
                # A feed's stamp in brackets first keeps the line from reading as a title.
                and (it.title_like or (len(it.text) <= 80 and "。" not in it.text))
                # The article's own date line names its source or author: "… 来源：求是网".
                and not any(
                    len(term) >= 2 for _, _, term in doc.ctx.lex.find("credit_labels", it.key)
                )
            ),
            2,
            "ZH304",
            "dated_links",
        )
    if not in_a_row(items, 3):
        return  # the counters and the days in figures below have a digit, three in a row
    counter_end = doc.ctx.vocab.counter_end
    mark_runs(
        doc,
        lambda it: (
            not it.code and it.shape.digit and it.title_like and bool(counter_end.search(it.key))
        ),
        3,
        "ZH304",
        "dated_links",
    )
    # Three in a row that end with a stamp and its counts, as a board's index of replies
    # prints them ("旅行中，谁忽悠了你？【某某】08-11 16:06 298字 [4321/87]").
    mark_runs(
        doc,
        lambda it: not it.code and it.shape.digit and _stamp_then_counts(doc, it.key),
        3,
        "ZH304",
        "dated_links",
    )
    # Three in a row that open with a day in figures ("2021-05-02 目前地震能精确预报吗"): a
    # list of questions or articles. An author's chronology writes its days in words
    # ("2019年3月"), and states what happened in sentences.
    mark_runs(
        doc,
        lambda it: (
            not it.code
            and it.shape.digit
            and it.title_like
            and bool(ISO_DAY_START_RE.match(it.key))
            and not ends_sentence(it.text)
        ),
        3,
        "ZH304",
        "dated_links",
    )


# In brackets or not: "2021-05-02 目前地震能精确预报吗", "[2005-08-21] 为什么总要面对呢".
ISO_DAY_START_RE = re.compile(r"[\[(（【]?\d{4}-\d{1,2}-\d{1,2}(?:[\])）】]\s?| )\D")
# Counts at a line's end, as a pair (views and replies): "[4321/87]", "(140/0)".
COUNT_PAIR_END_RE = re.compile(r"\s?[\[(（]\d{1,8}\s?/\s?\d{1,8}[\])）]\s?$")
STAMP_TAIL = 24  # characters at the end of a line where its stamp is looked for


def _stamp_then_counts(doc: Document, key: str) -> bool:
    """Does the line end with a date or time, then counts ("… 08-11 16:06 298字 [4321/87]")?"""
    if not key.rstrip().endswith(("]", ")", "）")):
        return False  # no pair of counts at the end: the usual line, settled by one look
    rest = doc.ctx.vocab.counter_end.sub("", COUNT_PAIR_END_RE.sub("", key)).rstrip()
    if rest == key.rstrip():
        return False  # no counts at the end
    tail = rest[-STAMP_TAIL:]
    return DATETIME_RE.search(tail) is not None and any(
        found.end() == len(tail) for found in DATETIME_RE.regex.finditer(tail)
    )


@detector("ZH304")
def facet_lists(doc: Document) -> None:
    """Runs of 'label (count)' lines: search facets, tag clouds, category counts."""
    if not any(it.shape.facet for it in doc.items):
        return  # the usual page: no such line at all
    mark_runs(
        doc,
        lambda it: it.shape.facet,
        3,
        "ZH304",
        "facet_lists",
    )


def _chapters_enough(items: list[Item]) -> bool:
    """Do the page's lines hold CHAPTER_RUN_MIN '第' or more? Every chapter's name does (the
    pattern of vocab.chapter_label): counted in the lines joined, not asked of each line."""
    return page_keys(items).count("第") >= CHAPTER_RUN_MIN


@detector("ZH304")
def chapter_lists(doc: Document) -> None:
    """A table of contents: five or more lines in a row that each name a chapter ("第8章 养剑
    师", "12.第12章 双绝"), each a link to it. A novel's own chapter heading stands alone."""
    if not _chapters_enough(doc.items):
        return  # a page of fewer than five '第': no run of chapters (nearly every page)
    chapter = doc.ctx.vocab.chapter_label
    mark_runs(
        doc,
        lambda it: (
            not it.code
            and len(it.text) <= CHAPTER_LINE_MAX
            and "。" not in it.text
            and bool(chapter.match(it.key))
        ),
        CHAPTER_RUN_MIN,
        "ZH304",
        "chapter_lists",
    )


CHAPTER_LINE_MAX = 40
CHAPTER_RUN_MIN = 5


# An entry of a page's table of contents: a section number glued to its heading, as wikis
# print them ("1历史沿革", "3.3.1特色小镇"). An author numbers a list with a mark after the
# number ("1.", "1、", "(1)") and a space or text that reads on.
OUTLINE_ENTRY_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}(?=[^\d.\s、,，)）:：])\S")
OUTLINE_LEVEL_RE = re.compile(r"^\d{1,2}\.\d")
OUTLINE_RUN_MIN = 6
OUTLINE_LINE_MAX = 30
OUTLINE_GAP_MAX = 2  # short lines between two entries (a "开关…子章节" toggle)


@detector("ZH303")
def contents_outlines(doc: Document) -> None:
    """A table of contents: six or more numbered section headings, the number glued to the
    words ("1历史沿革", "1.1古代"), some of a second level, with at most two short lines between
    two of them (a toggle's label). The headings themselves stand again in the body."""

    units = doc.ctx.lex.terms("counting_units")

    def entry(item: Item) -> bool:
        found = OUTLINE_ENTRY_RE.match(item.key)
        return (
            found is not None
            and not item.removed
            and len(item.text) <= OUTLINE_LINE_MAX
            and not item.prose
            and not item.key[found.end() - 1 :].startswith(units)  # "3号馆", "3.5万册": data
        )

    items = doc.items
    if not second_levels(items, OUTLINE_RUN_MIN, OUTLINE_LEVEL_RE):
        return  # too few numbered lines (most pages), or none of a second level, for a contents
    run: list[Item] = []
    between: list[Item] = []
    for item in [*items, None]:
        if item is not None and entry(item):
            run += [*between, item]
            between = []
            continue
        if (
            item is not None
            and run
            and (
                item.removed
                or (
                    len(between) < OUTLINE_GAP_MAX
                    and len(item.text) <= OUTLINE_LINE_MAX
                    and not item.prose
                )
            )
        ):
            between.append(item)
            continue
        # Its entries are counted only for a run that may hold enough of them.
        entries = [it for it in run if entry(it)] if len(run) >= OUTLINE_RUN_MIN else []
        if len(entries) >= OUTLINE_RUN_MIN and any(
            OUTLINE_LEVEL_RE.match(it.text) for it in entries
        ):
            for it in run:
                if not it.removed:
                    it.mark("ZH303", STRONG, "contents_outlines")
        run, between = [], []


@detector("ZH303")
def calendars(doc: Document) -> None:
    """A calendar widget: the days of the week one a line ("日" "一" "二" … "六"), five or
    more in a row (data: weekday_labels)."""
    days = doc.ctx.lex.lists["weekday_labels"]
    if sum(map(days.__contains__, [it.key for it in doc.items])) < CALENDAR_RUN_MIN:
        return  # too few days on the page for a week: counted in C, no walk a line
    mark_runs(
        doc, lambda it: not it.code and it.key in days, CALENDAR_RUN_MIN, "ZH303", "calendars"
    )


CALENDAR_RUN_MIN = 5


@detector("ZH307")
def split_counters(doc: Document) -> None:
    """A counter's label alone on its line, its figure alone on the next one, as a profile
    or a question's card prints them ("关注者" / "123", "被浏览" / "135,983"): the figure
    went as a bare number (ZH307), and its label goes with it (data: counter_labels)."""
    items = doc.items
    lex = doc.ctx.lex
    for i in range(len(items) - 1):
        label, figure = items[i], items[i + 1]
        if (
            not label.removed
            and figure.removed
            and figure.detector == BARE_NUMBER
            and lex.has("counter_labels", label.key.strip())
        ):
            label.mark("ZH307", STRONG, "split_counters")


BARE_NUMBER = "numbers_only"  # the detector of a line that is only figures


@detector("ZH305")
def notice_lists(doc: Document) -> None:
    """The numbered items under a site notice heading ("友情提示" / "1、本站...", "郑 重 声 明"
    / "1. 任何言论纯属作者个人观点…"). Under a heading the line room took, they go; under one
    it left (an author's "特别提示" over the notice's own terms reads the same), only two items
    or more with a site notice's words in them go, the heading with them."""
    lex = doc.ctx.lex
    headings = lex.lists["notice_headings"]
    ends = lex.terms("notice_heading_ends")
    if not _heading_words_on(doc.items, (*headings, *ends)):
        return  # no line can be a notice's heading: nothing to close
    heading: Item | None = None
    run: list[Item] = []
    for item in [*doc.items, None]:
        if item is not None and item.code in (None, "ZH305"):
            name = unspaced(item.key).strip(" :•*-")
            if name in headings or (len(name) <= NOTICE_HEADING_MAX and name.endswith(ends)):
                _close_notice(lex, heading, run)
                heading, run = item, []
                continue
        if (
            heading is not None
            and item is not None
            and not item.code
            and len(item.text) <= NOTICE_ITEM_MAX
            and (
                LIST_MARKER_RE.match(item.text)
                # The notice's preamble over its items ("根据《著作权法》…，特此公告如下："),
                # right under the heading, in a notice's words.
                or (not run and item.no == heading.no + 1 and lex.find("footer_phrases", item.key))
            )
        ):
            run.append(item)
            continue
        _close_notice(lex, heading, run)
        heading, run = None, []


def _heading_words_on(items: list[Item], words: tuple[str, ...]) -> bool:
    """Does the page hold one of a notice heading's words, spaces aside? A heading's name is
    its key unspaced and trimmed: the word (or the end it closes on) stands in the key with
    its spaces taken out. One search a word in the page's lines joined, not one a line."""
    page = page_keys(items).replace(" ", "")
    return any(word in page for word in shapes.fewest_words(words))


def _close_notice(lex: Lexicon, heading: Item | None, run: list[Item]) -> None:
    if heading is None or not run:
        return
    if not heading.removed:
        if len(run) < NOTICE_ITEMS_MIN or not any(lex.find("footer_phrases", it.key) for it in run):
            return
        heading.mark("ZH305", STRONG, "notice_lists")
    for item in run:
        item.mark("ZH305", STRONG, "notice_lists")


NOTICE_ITEMS_MIN = 2
NOTICE_HEADING_MAX = 8
NOTICE_ITEM_MAX = 160


# A mail client's mark over a forwarded or quoted message: "---------- Forwarded message
# ---------", "-----Original Message-----", "------------------ 原始邮件 ------------------".
MAIL_MARK_RE = re.compile(r"^-{3,}\s?([^-]{2,30}?)\s?-{3,}$")
# A header field of the message under it: "From: 某某 <a@b.com>", "发件人：…", "Subject: …".
MAIL_FIELD_RE = re.compile(r"^([^\s:：]{2,12}|[a-z]{2,8})\s?[:：]\s?\S")
MAIL_FIELDS_MAX = 8


@detector("ZH313")
def mail_headers(doc: Document) -> None:
    """A forwarded message's header, as a mail client writes it (data: mail_marks,
    mail_fields): its mark and the fields right under it ("From: …", "Date: …", "Subject:
    …", "To: …"). The message below stays."""
    lex = doc.ctx.lex
    items = doc.items
    for i, item in enumerate(items):
        found = MAIL_MARK_RE.match(item.key) if item.key.startswith("---") else None
        if found is None or not lex.has("mail_marks", found.group(1).strip()):
            continue
        item.mark("ZH313", STRONG, "mail_headers")
        for below in items[i + 1 : i + 1 + MAIL_FIELDS_MAX]:
            if below.removed:
                continue
            field = MAIL_FIELD_RE.match(below.key)
            if field is None or not lex.has("mail_fields", field.group(1)):
                break
            below.mark("ZH313", STRONG, "mail_headers")
