"""Lists by the shape of their entries: records under a related heading (a title, its teaser,
a template line with other figures, one entry every few lines) and an archive's links
(five or more "2022年第4期" lines outside the body).

    >>> rows = ["标题甲", "简介甲。", "连载中12章", "标题乙", "简介乙。", "连载中7章",
    ...         "标题丙", "简介丙。", "连载中30章"]
    >>> records_end([Item(i, r, r) for i, r in enumerate(rows)], 0)
    8
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence, han_count
from .body import article_span, body_span, entry_rhythm, is_body_prose
from .features import STRONG, Item
from .joined import page_keys, page_texts
from .line.navigation import is_related_heading
from .registry import detector
from .runs import CALENDAR_RUN_MIN, mark_runs
from .shapes import (
    CLOSE_BUTTONS,
    FIGURES_RE,
    bare_label,
    ellipsis_end,
)

if TYPE_CHECKING:
    from .document import Document


# Entries printed as records: each with its title, teaser and a line of the template's
# ("连载中116 章"), one entry every few lines.
RECORDS_MIN = 3
RECORD_LINES_MAX = 8  # lines of one entry, at most
RECORD_SLACK = 2  # entries keep one length, give or take this many lines
RECORD_FIELD_MAX = 20
RECORD_WINDOW = 400
CURRENCY = "¥￥$€£"


@detector("ZH304")
def record_lists(doc: Document) -> None:
    """Under a related heading, a list whose entries are records (a title, its teaser, its
    author and a template line that repeats with other figures): the whole run of records
    goes, teasers and all, where the list of titles alone would stop at the first teaser.
    On a page with no article (a portal's home page), records with teasers are its text."""
    items = doc.items
    article = None  # placed only when a list of records is found
    for h, item in enumerate(items):
        if not (
            item.code == "ZH304"
            and item.strength == STRONG
            # a heading alone ("猜你喜歡 MORE"), not the end of a menu's row ("… 友情链接")
            and len(doc.ctx.vocab.more_suffix.sub("", item.key).split()) == 1
            and is_related_heading(doc.ctx, item.key)
        ):
            continue
        end = records_end(items, h + 1)
        if end is None:
            continue
        if article is None:
            article = article_span(items) is not None
        if not article and any(
            _card_teaser(it, doc.ctx.vocab.more_suffix) for it in items[h + 1 : end + 1]
        ):
            continue  # a listing page's box of cards, teasers and all: the page's text
        for entry in items[h + 1 : end + 1]:
            if not entry.removed and entry.guard is None and not entry.program:
                entry.mark("ZH304", STRONG, "record_lists")


def records_end(items: list[Item], start: int) -> int | None:
    """Index of the last line of a run of records that begins at ``start``, or None.

    A record's template line (its figures masked) recurs at a steady beat from the first
    record on; the last record ends as many lines after its template line as the first.

        >>> rows = ["标题甲", "简介甲写了很多。", "连载中12章", "标题乙", "简介乙。", "连载中7章",
        ...         "标题丙", "简介丙。", "连载中30章", "页脚"]
        >>> records_end([Item(i, r, r) for i, r in enumerate(rows)], 0)
        8
    """
    window = items[start : start + RECORD_WINDOW]
    places: dict[str, list[int]] = {}
    for i, item in enumerate(window):
        if len(item.key) > RECORD_FIELD_MAX:
            continue
        # A template line has words ("连载中12章"), a currency ("¥ 1399.00") or is a date
        # ("2024-04-20 17:03"): a line of bare figures (a rank) masks to "#" in every list.
        masked = FIGURES_RE.sub("#", item.key)
        if item.han or item.shape.stamped or any(ch.isalpha() or ch in CURRENCY for ch in masked):
            places.setdefault(masked, []).append(i)
    best: tuple[int, int, int] | None = None  # (first, last, beat)
    for at in places.values():
        if len(at) < RECORDS_MIN or at[0] >= RECORD_LINES_MAX:
            continue
        beat = at[1] - at[0]
        if not 2 <= beat <= RECORD_LINES_MAX:
            continue
        last, count = at[0], 1
        for a, b in zip(at, at[1:], strict=False):
            if abs((b - a) - beat) > RECORD_SLACK:
                break
            last, count = b, count + 1
        if count >= RECORDS_MIN and (best is None or last > best[1]):
            best = (at[0], last, beat)
    if best is None:
        return None
    first, last, beat = best
    # The template line stands at the same place in every record: the lines of the first
    # record before it mirror the lines of the last record after it.
    tail = max(0, beat - 1 - first)
    return start + min(len(window) - 1, last + tail)


# An archive's links: a number with its unit of time or issue, and nothing else
# ("2022年第4期", "2021年12月", "第3页"). Five in a row outside the body are the site's.
ARCHIVE_ENTRY_MAX = 16
ARCHIVE_ENTRY_RE = re.compile(r"(?:第?\s?\d{1,4}\s?[年月日期号页卷辑]\s?)+")


@detector("ZH303")
def archive_links(doc: Document) -> None:
    """Links to a site's archive, one a line, outside the body: five or more lines of a
    number and its unit ("2022年第4期" / "2022年第3期" / …), each a different one."""
    entries = [
        i
        for i, item in enumerate(doc.items)
        if not item.code
        and len(item.key) <= ARCHIVE_ENTRY_MAX
        and item.shape.digit  # the pattern's figures (the flag is the key's own \d search)
        and ARCHIVE_ENTRY_RE.fullmatch(item.key)
    ]
    if len(entries) < CALENDAR_RUN_MIN:
        return  # the common case: no archive, and no body to place
    span = body_span(doc.items)
    inside = range(span[0], span[1] + 1) if span is not None else range(0)
    chosen = {id(doc.items[i]) for i in entries if i not in inside}
    mark_runs(doc, lambda item: id(item) in chosen, CALENDAR_RUN_MIN, "ZH303", "archive_links")


# A feed of cards below the article: this many headlines at least, each right over its teaser.
CARD_FEED_MIN = 3
CARD_LABEL_MAX = 6  # a card's section label between two cards ("戏剧", "新闻专题")


@detector("ZH304")
def card_feeds(doc: Document) -> None:
    """Below the article, three cards or more in a row, each a headline right over its
    teaser (whole or cut), a short section label between two cards at most: a feed of other
    articles ("你可能会感兴趣"), however long its teasers (POLICY: teasers go).

        油价跌、日圆贬！年底购车全攻略 / 抢攻岁末最后一个月的黄金销售潮，… / 戏剧 /
        郭书瑶骂不要玩 / 三立华剧中，7个演员们难得聚在一起，… / 综艺 / …   -> all go

    The article's own sections (a heading over each paragraph) are inside its body, and a
    page with no article (a listing) keeps its cards."""
    span = article_span(doc.items)
    if span is None or entry_rhythm(doc.items, *span):
        return  # no article, or the heaviest prose is a listing's entries: its cards stay
    items = doc.items
    # A feed many times heavier than the "article" above it: that was a blurb, and the page a
    # listing of these cards (a site's one-line welcome over its feed).
    weight = FEED_OUTWEIGHS * sum(
        it.han for it in items[span[0] : span[1] + 1] if is_body_prose(it)
    )
    live = [it for it in items[span[1] + 1 :] if not it.removed]
    run: list[Item] = []
    cards = 0
    k = 0
    while k < len(live):
        item = live[k]
        below = live[k + 1] if k + 1 < len(live) else None
        if (
            item.headline
            and not item.prose
            and below is not None
            and _card_teaser(below, doc.ctx.vocab.more_suffix)
        ):
            run += [item, below]
            cards += 1
            k += 2
            continue
        if run and len(item.text) <= CARD_LABEL_MAX and not item.prose:
            run.append(item)  # a section label between two cards (or after the last)
            k += 1
            continue
        _mark_feed(run, cards, weight, doc.ctx.vocab.more_suffix)
        run, cards = [], 0
        k += 1
    _mark_feed(run, cards, weight, doc.ctx.vocab.more_suffix)


def _card_teaser(item: Item, more_suffix: re.Pattern[str]) -> bool:
    """A card's text under its headline: a paragraph, or a teaser cut with '...', its link
    to the rest after the cut or not ("…一手带大20名寄养孩...更多")."""
    more = more_suffix.search(item.text)
    text = item.text[: more.start()] if more else item.text
    return is_body_prose(item) or (len(text) >= CUT_TEASER_MIN and ellipsis_end(text))


FEED_OUTWEIGHS = 3


def _mark_feed(run: list[Item], cards: int, weight: int, more: re.Pattern[str]) -> None:
    if cards < CARD_FEED_MIN or sum(it.han for it in run) > weight:
        return
    while run and not _card_teaser(run[-1], more) and not run[-1].headline:
        run.pop()  # a label after the last card belongs to no card of this feed
    # A feed shows itself: channel labels between its cards, or teasers cut short. Whole
    # paragraphs each under a short line, and nothing else, may be a shop's reviews.
    labels = sum(1 for it in run if not it.headline and not _card_teaser(it, more))
    cut = sum(1 for it in run if _card_teaser(it, more) and not ends_sentence(it.text))
    if labels < CARD_FEED_MIN - 1 and cut * 2 < cards:
        return
    for item in run:
        if item.guard is None:
            item.mark("ZH304", STRONG, "card_feeds")


# A listing page of cards: headlines, each with its teaser cut with '...'.
CARDS_MIN = 4
CUT_TEASER_MIN = 15
BARE_RUN_MIN = 2


def _cut_teaser(item: Item) -> bool:
    return len(item.text) >= CUT_TEASER_MIN and ellipsis_end(item.text)


def _card_text(item: Item) -> bool:
    """What a card shows under its headline: a teaser, a paragraph, or a caption's credit in
    brackets ("（光明日报／漫画．作者：胜叔）")."""
    text = COLUMN_MARK_RE.sub("", item.text)
    return item.prose or _cut_teaser(item) or (text[:1] in "（(" and text[-1:] in "）)")


COLUMN_MARK_RE = re.compile(r"^【[^】]{1,8}】\s?")  # a column's mark before a card's line


@detector("ZH304")
def bare_titles_in_listing(doc: Document) -> None:
    """On a listing page of cards (a headline over its teaser cut with '...', four times or
    more), the headlines that stand two or more in a row with no teaser are a list of links
    (POLICY: a list of bare titles goes, on any page); the cards stay. A headline right over
    a teaser is that card's."""
    live = doc.live()
    cards = sum(
        1
        for above, below in zip(live, live[1:], strict=False)
        if above.headline and not above.prose and _cut_teaser(below)
    )
    if cards < CARDS_MIN:
        return  # too few cards: the page's lines are not counted again
    teasers = sum(1 for it in live if it.prose or _cut_teaser(it))
    headlines = sum(1 for it in live if it.headline and not it.prose)
    if cards < CARDS_MIN or cards * 2 < teasers or cards * 3 < headlines:
        return  # an article's headings over their paragraphs are no cards; a list is no page of cards
    run: list[Item] = []
    for item in [*live, None]:
        card_text = item is not None and _card_text(item)
        if item is not None and item.headline and not card_text:
            run.append(item)
            continue
        if card_text and run:
            run.pop()  # the headline over this teaser is its card's
        if len(run) >= BARE_RUN_MIN:
            for entry in run:
                if entry.guard is None:
                    entry.mark("ZH304", STRONG, "bare_titles_in_listing")
        run = []


TEMPLATE_RUN_MIN = 5
TEMPLATE_ENTRY_MAX = 30


def _frame(item: Item) -> tuple[str, str] | None:
    """The words a link's template puts around its varying word: the first word (figures
    masked) and the last ("2022年7月 祭祀 吉日" -> ("#年#月", "吉日")); None for other lines."""
    if len(item.text) > TEMPLATE_ENTRY_MAX or item.prose or not item.shape.digit:
        return None  # the usual line, settled without splitting it
    tokens = item.key.split()
    if len(tokens) < 3:
        return None
    last = tokens[-1]
    if any(ch.isdigit() for ch in last) or not any(ch.isdigit() for ch in tokens[0]):
        return None  # a row of values ends with a figure ("1月 销售额 100万"): data
    return FIGURES_RE.sub("#", tokens[0]), last


def _framed_enough(items: list[Item]) -> bool:
    """Could TEMPLATE_RUN_MIN lines have a frame? _frame asks for a figure and three words
    (two spaces: a key's whitespace is one space each), read here off the shape and a
    substring test before the range, the split and the pattern."""
    return sum(1 for it in items if it.shape.digit and " " in it.key) >= TEMPLATE_RUN_MIN


@detector("ZH304")
def template_entries(doc: Document) -> None:
    """Links a template prints one a line around a varying word, outside the body: five or
    more lines that open with a date of one shape and end with one word ("2022年7月 祭祀
    吉日" / "2022年7月 入学 吉日" / …)."""
    if not _framed_enough(doc.items):
        return  # too few lines with a figure and two words more for a run (most pages)
    span = body_span(doc.items)
    inside = range(span[0], span[1] + 1) if span is not None else range(0)
    run: list[Item] = []
    frame: tuple[str, str] | None = None
    for i, item in [*enumerate(doc.items), (-1, None)]:
        if item is not None and item.removed:
            continue
        shape = _frame(item) if item is not None and i not in inside else None
        if shape is not None and shape == frame:
            run.append(item)
            continue
        if (
            len(run) >= TEMPLATE_RUN_MIN
            and len({it.key.split()[1] for it in run}) == len(run)
            # On a page with no body the rows may be what it shows (a ranking with its "+"
            # buttons): only a template's word at their end ("吉日") marks them as links.
            and (span is not None or han_count(run[0].key.split()[-1]) >= 2)
        ):
            for entry in run:
                entry.mark("ZH304", STRONG, "template_entries")
        run, frame = ([item], shape) if shape is not None else ([], None)


# A card a reader may close: its line, then a close button alone ("×") or glued to a
# "not interested" label ("不感兴趣×"). Inline ads and recommendations come so, between
# the paragraphs; the author's lines have no close button.
CLOSABLE_MIN = 2
CLOSE_LABEL_MAX = 8  # "不感兴趣×": a button's label and its mark
CARD_LINE_MAX = 60


def _close_marks(items: list[Item]) -> bool:
    """Are there CLOSABLE_MIN close marks or more on the page? Each button's line ends with
    one: counted in the page's lines joined, not asked of each line."""
    page = page_texts(items)
    return sum(page.count(mark) for mark in CLOSE_BUTTONS) >= CLOSABLE_MIN


@detector("ZH301")
def closable_cards(doc: Document) -> None:
    """Lines each followed by a close button, twice or more on the page: ads and
    recommendations a reader can dismiss, with their buttons."""
    items = doc.items
    if not _close_marks(items):
        return  # fewer close marks on the page than buttons needed: one count a mark, in C
    cards: list[int] = []
    for i, item in enumerate(items[:-1]):
        button = items[i + 1]
        label = button.text.strip()
        if not label.endswith(CLOSE_BUTTONS) or len(label) > CLOSE_LABEL_MAX:
            continue
        if not item.removed and len(item.text) <= CARD_LINE_MAX and not item.prose:
            cards.append(i)
    if len(cards) < CLOSABLE_MIN:
        return
    for i in cards:
        items[i].mark("ZH301", STRONG, "closable_cards")
        items[i + 1].mark("ZH301", STRONG, "closable_cards")


# A form: its fields' labels, empty ("留言应用名称：", "姓名：") or its options ("男", "女"),
# down to its submit button ("提交"). The lines above the button, short and no sentence.
FORM_REACH = 10  # kept lines of a form above its button
FORM_SPAN = 40  # lines looked at above it, those other rooms took included
FORM_LINE_MAX = 14


@detector("ZH306")
def form_blocks(doc: Document) -> None:
    """A block of a form's short lines that ends with its submit button and holds an empty
    field's label: a sign-up or message form (POLICY: a sign-up form's field labels go)."""
    items = doc.items
    buttons = doc.ctx.lex.lists["submit_buttons"]
    for k, item in enumerate(items):
        if item.removed or item.key.strip() not in buttons:
            continue
        block, fields = [k], 0
        for j in range(k - 1, max(-1, k - FORM_SPAN), -1):
            above = items[j]
            if above.removed:
                fields += _form_field(doc, above)  # a field's label another room took
                continue
            if above.prose or len(above.text) > FORM_LINE_MAX or ends_sentence(above.text):
                break  # a lead-in sentence ("报名方式如下：") ends the block, no field of it
            fields += _form_field(doc, above)  # "姓名：", not "请填写以下信息："
            block.append(j)
            if len(block) > FORM_REACH:
                break
        if fields:
            for j in block:
                items[j].mark("ZH306", STRONG, "form_blocks")


def _form_field(doc: Document, item: Item) -> bool:
    """A form's field: its label with a colon ("姓名："), or its name in the box, after a
    prompt or with a required mark ("您的姓名", "手机号码*", "请输入电话"; data:
    form_field_names, form_prompts, phone_mail_labels, contact_labels)."""
    if bare_label(item.text):
        return True
    lex = doc.ctx.lex
    name = item.key.strip(" *＊")
    name = next((name[len(p) :] for p in lex.terms("form_prompts") if name.startswith(p)), name)
    name = name.strip(" *＊")
    return any(
        lex.has(kind, name) for kind in ("form_field_names", "phone_mail_labels", "contact_labels")
    )


# A box of titles cut to fit it ("人没有同理心，说什么“...", "冬日里最值得的投资，是..."):
# short lines, most of them cut with an ellipsis, in a row. A teaser cut so is longer; a
# list of the author's is not cut.
CUT_BOX_MIN = 4
CUT_TITLE_MAX = 20
CUT_SHARE = 0.6
# Cut lines a box holds at least: CUT_SHARE of the shortest box, rounded up.
CUTS_MIN = math.ceil(CUT_SHARE * CUT_BOX_MIN)


def _cut_anywhere(items: list[Item]) -> bool:
    """Are there CUTS_MIN '...' or '…' on the page? A cut line (ellipsis_end) holds one, and a
    box of cut titles holds CUTS_MIN cut lines at least: one count of the page's lines joined,
    not one search a line."""
    page = page_texts(items)
    return page.count("...") + page.count("…") >= CUTS_MIN


@detector("ZH304")
def cut_title_boxes(doc: Document) -> None:
    """Four short lines or more in a row, most cut with '...': a box of links to other
    pages, whose titles the site cut to its width."""
    items = doc.items
    if not _cut_anywhere(items):
        return  # no line is cut: no box's share of cut titles (most pages)
    run: list[int] = []
    for k in [*range(len(items)), -1]:
        item = items[k] if k >= 0 else None
        if item is not None and item.removed:
            continue
        if (
            item is not None
            and len(item.text) <= CUT_TITLE_MAX
            and not item.prose
            and (ellipsis_end(item.text) or item.headline)
        ):
            run.append(k)
            continue
        if len(run) >= CUT_BOX_MIN and sum(
            1 for j in run if ellipsis_end(items[j].text)
        ) >= CUT_SHARE * len(run):
            for j in run:
                items[j].mark("ZH304", STRONG, "cut_title_boxes")
        run = []


# A phone number's country-code picker, one option a line: "中国 +86", "阿尔巴尼亚 +355".
DIAL_CODE_RE = re.compile(r"^[^\s\d+]{1,16}(?: [^\s\d+]{1,12}){0,2} ?\+\d{1,4}$")
OPTIONS_RUN_MIN = 3


@detector("ZH306")
def dial_code_options(doc: Document) -> None:
    """A sign-in or sign-up form's list of countries with their dialling codes, three lines
    or more in a row (POLICY: a sign-up form's fields go). A contact line that gives a
    number ("电话：+86 10 1234") has the number after the code."""
    if page_keys(doc.items).count("+") < OPTIONS_RUN_MIN:
        return  # each option holds a '+': one count of the page, no match a line
    mark_runs(
        doc,
        lambda it: not it.removed and "+" in it.key and DIAL_CODE_RE.match(it.key) is not None,
        OPTIONS_RUN_MIN,
        "ZH306",
        "dial_code_options",
    )
