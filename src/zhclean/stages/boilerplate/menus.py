"""Room 3, menus: columns of labels one a line, outside the article's body.

Inside the body a short line is a heading and stays. Outside it, a column of labels is the
site's navigation, whatever its words: a third of them known or repeated near the article,
the shape alone above the title, a long column of short channel names (a site map), a
sidebar of a series ("Python 列表", "北京高考" ...). Verse, data rows and a list a sentence
introduces with a colon stay.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...chardata import CLAUSE_MARKS, ends_sentence, is_chart_stroke
from .features import STRONG, TOKEN_ROW_MIN, Item, bare_label, labels_vary, token_row
from .position import MENU_ITEM_MAX, TAIL_ITEM_MAX, _known_label, _menu_item, label_length
from .registry import detector
from .shapes import FIELD_LABEL_RE, URL_RE, GramPool, ellipsis_end, introduces_list, ngrams, squash
from .zones import _near_posts

if TYPE_CHECKING:
    from .document import Document

# A menu label is short: "首页", "时政讲解", "APP下载", "更多 >".
# A row of data rather than a label: a number, "label: value", "首都 东京".
DATA_ROW_RE = re.compile(r"\d|:|[\u4e00-\u9fff] [\u4e00-\u9fff]")
VERSE_LENGTHS = (4, 5, 7)
VERSE_LABELS_MAX = 0.5  # known or repeated labels in a column that may still be verse
MENU_MEAN_MAX = 7
MENU_RUN_MIN = 3
STRICT_RUN_MIN = 5
STRICT_SHARE_MIN = 1 / 4  # known or repeated labels in a column of a page with no prose
STRICT_LONG_RUN = 10
WORDY_SHARE_MAX = 1 / 4  # lines with a word of grammar, in a menu's column at most


def _wordy_share(doc: Document, run: list[Item]) -> float:
    """Share of a column's lines that carry a word of grammar (data: grammar_words)."""
    return sum(1 for it in run if doc.ctx.lex.contains("grammar_words", it.key)) / max(1, len(run))


SITEMAP_RUN_MIN = 10
SITEMAP_MEAN_MAX = 5
SITEMAP_SHARE_MIN = 0.1
SITEMAP_LENGTHS_MIN = 3
REPLY_HAN_MIN = 4


def _labels_share(doc: Document, run: list[Item], repeated: set[str], count_removed: bool) -> float:
    """Share of a run's lines that are known menu labels ("首页", "财经", "联系我们") or that
    stand again elsewhere on the page (a site repeats its menus; an author rarely a list)."""
    counted = run if count_removed else [it for it in run if not it.removed]
    known = sum(1 for it in counted if it.key in repeated or _known_or_repeated(doc, it, repeated))
    return known / max(1, len(counted))


def _known_or_repeated(doc: Document, item: Item, repeated: set[str]) -> bool:
    return (
        # A label other rooms took; a line with an address in it is no menu's label (a
        # project's page prints its source's address under "项目源码").
        (item.removed and not URL_RE.search(item.key))
        or item.key in repeated
        or _known_label(doc, item)
        # A label the menu cut short to fit its box ("机关党委第一..."): a link's text.
        or (len(item.text) <= CUT_LABEL_MAX and ellipsis_end(item.text))
    )


CUT_LABEL_MAX = 12


def _column_of_labels(
    doc: Document, run: list[Item], repeated: set[str], above_title: bool, strict: bool = False
) -> bool:
    """Is a run of short lines a menu? Near the article, a third of its lines must be known
    menu words or labels the page repeats: a column of bare words may be the author's list
    or verse. Above the title, where no author writes, the labels found next to it count
    too, and a column of four needs only the shape of labels. Verse (lines of one length)
    and data (numbers, "label: value", "首都 东京") are never menus."""
    if len(run) < (STRICT_RUN_MIN if strict else MENU_RUN_MIN):
        return False  # too short for a column (for the strict answer below: no share counted)
    kept = [it for it in run if not it.removed]
    if len(kept) < 2:
        return False  # one line next to menus is not a column ("本章完" under a chapter)
    length = sum(label_length(it) for it in kept)  # summed once, read by three checks
    if length > MENU_MEAN_MAX * len(kept):
        return False  # labels are short; a column of longer lines is a list of another kind
    if sum(1 for it in kept if DATA_ROW_RE.search(it.key)) * 4 >= len(kept):
        return False  # data rows
    lengths = {len(it.text) for it in kept}
    # Verse: lines of five or seven (of four too, below the body; above the title, four is
    # the usual length of a menu's labels: "本馆概况 资源导航").
    verse = len(kept) >= 3 and len(lengths) == 1 and min(lengths) in VERSE_LENGTHS
    share = _labels_share(doc, run, repeated, count_removed=above_title or strict)
    # A poem's lines are neither known labels nor repeated on the page: a column of
    # four-character labels shown twice ("公司简介" / "公司新闻" …) is a menu.
    if verse and (not above_title or min(lengths) != 4) and share < VERSE_LABELS_MAX:
        return False
    if (
        not strict
        and len(run) >= SITEMAP_RUN_MIN
        and length <= SITEMAP_MEAN_MAX * len(kept)
        and share >= SITEMAP_SHARE_MIN
    ):
        # A site map: a long column of short channel names, a few of them known; a list of
        # names the author gives knows none ("获奖名单：" / "林晓雨" / "陈子墨" ...). Its
        # labels other rooms took first (a heading word's list) are of its length.
        return True
    if (
        not strict
        and len(kept) >= SITEMAP_RUN_MIN
        and _wordy_share(doc, kept) == 0
        and len(lengths) >= SITEMAP_LENGTHS_MIN
        and length <= SITEMAP_MEAN_MAX * len(kept)
    ):
        # Ten labels or more outside the body, none with a word of grammar, of many lengths:
        # a site map whose labels the page knows nowhere else (a shop's product categories).
        # A list of names keeps two lengths ("林晓雨" / "陈子墨" / "王一鸣" …).
        return True
    if strict:
        # No body to stand outside of: only a long column, a quarter of it known or repeated,
        # or a column so long that no author's list of bare words is (verse, data and lists
        # a line introduces are ruled out above).
        return len(run) >= STRICT_RUN_MIN and (
            share >= STRICT_SHARE_MIN
            or (len(kept) >= STRICT_LONG_RUN and _wordy_share(doc, kept) < WORDY_SHARE_MAX)
        )
    if share >= 1 / 3:
        return True
    return above_title and len(run) >= 4


@detector("ZH303")
def menus_outside_body(doc: Document) -> None:
    """Menus one label a line, above or below the article's body: columns of short lines.

    Inside the body a short line is a heading and stays. Outside it, a column of labels is
    the site's navigation, whatever its words; the title above the body is kept.
    """
    span = doc.body_and_title()
    zones = _menu_zones(doc, span)
    if all(len(segment) < MENU_RUN_MIN for segment, _, _ in zones):
        return  # the page is all body (and its title): no room for a column of labels
    items = doc.items
    counts = Counter([item.key for item in items if len(item.text) <= MENU_ITEM_MAX])
    repeated = {key for key, count in counts.items() if count >= 2}
    often = {key for key, count in counts.items() if count >= 3}  # a template's labels
    # An entry's own lines hang on the keys alone: read only when a column is found (most
    # zones have none; a page of short lines walked them on every pass).
    found_fields: list[set[str]] = []

    def fields() -> set[str]:
        if not found_fields:
            found_fields.append(_record_fields(items) - often)
        return found_fields[0]

    # The body's first lines: a line above them that names their subject is a headline.
    lead = lead_pool(doc, span[0]) if span is not None else None
    for segment, above_title, longest in zones:
        # Right above the body's head only: the column's last line over the date and lead.
        before_body = span is not None and segment.stop <= span[0] and span[0] - segment.stop <= 3
        _menu_columns(
            doc,
            segment,
            above_title,
            longest,
            repeated,
            fields,
            often,
            strict=span is None,
            lead=lead if before_body else None,
        )
        if span is not None:
            _series_menus(doc, segment)
            _language_menus(doc, segment)


# A site's language switcher or a wiki's links to other languages: many short lines in other
# scripts ("العربية", "Deutsch", "English", "Español" ...), no ideograph, no code.
LANGUAGE_RUN_MIN = 5
LANGUAGE_LINE_MAX = 24
CODE_MARKS = frozenset("()[]{}=;<>\"'`$#@/\\")


def _language_menus(doc: Document, segment: range) -> None:
    items = doc.items
    run: list[Item] = []
    for i in [*segment, -1]:
        item = items[i] if i >= 0 else None
        if item is not None and item.removed:
            continue
        if (
            item is not None
            and item.han == 0
            and len(item.text) <= LANGUAGE_LINE_MAX
            and any(ch.isalpha() for ch in item.text)
            and not ends_sentence(item.text)
            and not CODE_MARKS & set(item.text)
        ):
            run.append(item)
            continue
        if len(run) >= LANGUAGE_RUN_MIN:
            for it in run:
                it.mark("ZH303", STRONG, "menus_outside_body")
        run = []


# A site's menu of a series: many short lines that share their first word ("Python 列表",
# "Python 元组" ...) or their first or last two characters ("北京高考", "上海高考" ...), outside
# the body.
SERIES_RUN_MIN = 6
SERIES_LINE_MAX = 30
SERIES_HAN_LINE_MAX = 8  # a label that shares its ending with the others is short
SERIES_HAN_RUN_MIN = 10
FIRST_WORD_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+#.]{1,20})\s")


def _series_keys(item: Item) -> set[str]:
    """What a line of a series may share with the others: its first Latin word, or the first
    or last two characters of a short label."""
    text = item.text
    if len(text) > SERIES_LINE_MAX or ends_sentence(text):
        return set()
    keys = set()
    match = FIRST_WORD_RE.match(text)
    if match:
        keys.add("^" + match.group(1).lower())
    if len(text) <= SERIES_HAN_LINE_MAX and item.han == len(text) and len(text) >= 3:
        keys.add("$" + text[-2:])  # "北京高考", "上海高考"
        keys.add("~" + text[:2])  # "高考数学", "高考英语"
    return keys


def _series_menus(doc: Document, segment: range) -> None:
    items = doc.items
    run: list[Item] = []
    shared: set[str] = set()
    intro: Item | None = None  # the kept line above the run: "本课程分为以下几个部分："
    for i in [*segment, -1]:
        item = items[i] if i >= 0 else None
        if item is not None and item.removed:
            continue
        keys = _series_keys(item) if item is not None else set()
        if item is not None and keys and (not run or keys & shared):
            shared = keys & shared if run else keys
            run.append(item)
            continue
        # Labels that share only an ending need a longer column than a series' first word.
        needed = SERIES_RUN_MIN if any(k.startswith("^") for k in shared) else SERIES_HAN_RUN_MIN
        if len(run) >= needed and not _introduces(intro):
            for it in run:
                it.mark("ZH303", STRONG, "menus_outside_body")
        if item is not None and keys:
            run, shared, intro = [item], keys, None
        else:
            run, shared, intro = [], set(), item


TEASER_MIN = 20  # characters of a teaser cut with "..."


def _teaser(item: Item | None) -> bool:
    """A teaser cut at a fixed length: "无论是身处学校还是步入社会，大家总免不了…名言的类型有很多..."."""
    return item is not None and len(item.text) >= TEASER_MIN and ellipsis_end(item.text)


def _introduces(item: Item | None) -> bool:
    """A sentence that introduces a list with a colon, not a widget's label ("热词：")."""
    return item is not None and introduces_list(item.text)


def _menu_zones(
    doc: Document, span: tuple[int, int, int | None] | None
) -> list[tuple[range, bool, int]]:
    """Where menus are looked for: (lines, above the title?, longest label)."""
    items = doc.items
    if span is None:
        # A page with no prose at all (a portal, a channel's front page): all of it lies
        # outside any body, and its columns of labels are menus as they would be there.
        return [(range(0, len(items)), False, MENU_ITEM_MAX)]
    first, last, title = span
    zones = []
    if doc.head and title is not None:
        zones.append((range(0, title), True, MENU_ITEM_MAX))
        # Under a lead right below the title, a column is the entry's infobox, no menu.
        lead = next((k for k in range(title + 1, first) if not items[k].removed), first)
        lead = lead if lead < first and items[lead].shape.paragraph else first
        zones.append((range(title + 1, lead), False, MENU_ITEM_MAX))
    elif doc.head:
        zones.append((range(0, first), False, MENU_ITEM_MAX))
    if doc.tail:
        # Below the body, replies and comments may be short: labels there are shorter still.
        zones.append((range(last + 1, len(items)), False, TAIL_ITEM_MAX))
    return zones


def _menu_columns(
    doc: Document,
    segment: range,
    above_title: bool,
    longest: int,
    repeated: set[str],
    fields: Callable[[], set[str]],
    often: set[str],
    strict: bool = False,
    lead: GramPool | None = None,
) -> None:
    """Mark the columns of labels in one zone; a column the line above introduces with a
    colon ("获奖名单：") is the author's list, and an entry's own line in a repeated record
    (``fields``) stays."""
    items = doc.items
    # On a page with no prose, a thread of short replies: beside the buttons repeated under
    # every post, a line of four ideographs or more is a reply ("元旦快乐"), not a label.
    near = _near_posts(items, segment.start, segment.stop) if strict else set()
    replies = {id(items[k]) for k in near if 0 <= k < len(items)}
    run: list[Item] = []
    drawn = False  # a line drawn with box characters stands among the run's
    intro: Item | None = None  # the kept line right above the run
    for i in [*segment, -1]:
        item = items[i] if i >= 0 else None
        if item is not None and item.removed and item.code not in ("ZH303", "ZH304"):
            # Other junk does not break a column of labels; a chart's frame or arrows
            # (box characters) among them make it a chart, not a menu.
            drawn = drawn or is_chart_stroke(item.text)
            continue
        if item is not None and (item.removed or _menu_item(doc, item, longest, strict)):
            run.append(item)  # labels found on their own belong to the column too
            continue
        if (
            (len(run) >= MENU_RUN_MIN and not _introduces(intro))  # shorter: no column
            and not drawn
            and _column_of_labels(doc, run, repeated, above_title, strict)
        ):
            if (
                _teaser(item)
                and run
                and not run[-1].removed
                and run[-1].key not in often
                and not _known_label(doc, run[-1])
            ):
                # "励志名言短句霸气" / "无论是身处学校还是…打造语言亮点。名言的类型有很多...": the
                # last label is the headline of the cut teaser under it, a listing's entry.
                run[-1].guard = run[-1].guard or "a teaser's headline"
                run.pop()
            elif (
                (below := item if item is not None else _line_at(items, segment.stop)) is not None
                and below.shape.paragraph
                and run
                and not run[-1].removed
                and (
                    (
                        run[-1].key not in repeated
                        and not _known_label(doc, run[-1])
                        and ngrams(run[-1].key, 2) & ngrams(below.key, 2)
                    )
                    or _first_section_under_tabs(items, run, segment.stop)
                )
            ):
                # "预订" ×4 / "酒店简介" over "酒店于2019年开业…": the last label heads the
                # paragraph under it, whose words it names; the buttons above are the menu.
                run[-1].guard = run[-1].guard or "a heading over the paragraph it names"
                run.pop()
            _data_at_end(run)
            for it in run:
                if it.removed or (it.han >= REPLY_HAN_MIN and id(it) in replies):
                    continue
                if it.key in fields() and not _known_label(doc, it):
                    it.guard = it.guard or "an entry's own line in a repeated record"
                    continue
                if lead is not None and it is run[-1] and _names_the_lead(doc, it, lead):
                    it.guard = it.guard or "a headline naming the body's subject"
                    continue
                if it is run[-1] and it.han >= HEADLINE_MIN and TITLE_COLON_RE.search(it.text):
                    # "女教师：我的梦遗时代" over the page's fields: a title's colon, which no
                    # menu's label carries.
                    it.guard = it.guard or "a title with its colon under the menu"
                    continue
                it.mark("ZH303", STRONG, "menus_outside_body")
        run = []
        drawn = False
        intro = item


def _data_at_end(run: list[Item]) -> None:
    """A column's last line a field with its figure ("成人票：90元"), and the label right over
    it that names it ("门票价格"): the page's data and its heading, which the column's buttons
    ("想去" / "去过" / "立即预订") ran into; taken off the column."""
    if not run or run[-1].removed:
        return
    data = run[-1]
    if not (data.shape.digit and DATA_FIELD_RE.match(data.key)):
        return
    data.guard = data.guard or "a field with its figure under a column"
    run.pop()
    if run and not run[-1].removed and ngrams(run[-1].key, 1) & ngrams(data.key.split(":")[0], 1):
        run[-1].guard = run[-1].guard or "the heading of the data under it"
        run.pop()


# A field's label, its colon and a value with a figure: "成人票：90元" (keys fold the colon).
DATA_FIELD_RE = re.compile(r"^[^\s:]{1,8}\s?:\s?\S*\d")


TABS_REACH = 60  # lines under the column read for its tabs' sections


def _first_section_under_tabs(items: list[Item], run: list[Item], stop: int) -> bool:
    """Is the column's last line a copy of one of its tabs, over the first section, while
    another tab stands again further down as its section's heading ("科室简介 / 专家团队 /
    门诊安排 / 科室简介" over the first paragraph, "专家团队" below)?"""
    last = run[-1].key
    tabs = {it.key for it in run[:-1]}
    if last not in tabs:
        return False
    below = {it.key for it in items[stop : stop + TABS_REACH] if not it.removed}
    return any(key != last and key in below for key in tabs)


def _line_at(items: list[Item], k: int) -> Item | None:
    """The line right under a zone: the body's first, for the zone above it."""
    return items[k] if k < len(items) else None


LEAD_LINES = 4  # the body's first lines, whose words a headline over them names
LEAD_SHARED = 3  # two-character words a headline shares with the lead, at the least
HEADLINE_MIN = 6
TITLE_COLON_RE = re.compile(r"[\u4e00-\u9fff][:：][\u4e00-\u9fff]")


def _names_the_lead(doc: Document, item: Item, lead: GramPool) -> bool:
    """A line at a column's end that names what the body below is about ("短视频与大众文化生产"
    over paragraphs on 短视频): the article's headline, not a label."""
    if len(item.text) < HEADLINE_MIN or _known_label(doc, item):
        return False
    grams = ngrams(item.key, 2)
    return len(grams) >= LEAD_SHARED and lead.count(grams) >= LEAD_SHARED


RECORD_MIN = 3  # entries of a list whose template repeats a label before each one
RECORD_GAP_MIN = 3  # lines of one entry, at least
RECORD_GAP_SLACK = 2  # entries keep one length, give or take a line


def _record_fields(items: list[Item]) -> set[str]:
    """The lines an entry of a repeated record gives its own: a feed dumped as text repeats
    its template's labels around every entry, one entry every so many lines ("Worren" /
    "棒球理論" / url / "一般", "Worren" / "小孩子緣" / ...), and the line that follows the same
    label each time with other words is the entry's title, not a label. A menu shown twice
    follows each label with the same next one; a label scattered over a page keeps no beat."""
    counts = Counter(keys := [item.key for item in items])
    labels = {key for key, n in counts.items() if n >= RECORD_MIN and len(key) <= MENU_ITEM_MAX}
    fields: set[str] = set()
    if not labels:
        return fields
    places: defaultdict[str, list[int]] = defaultdict(list)  # of a label's places only
    for i, key in enumerate(keys):
        if key in labels:
            places[key].append(i)
    for at in places.values():
        if len(at) < RECORD_MIN or at[-1] + 1 >= len(items):
            continue
        gaps = [b - a for a, b in zip(at, at[1:], strict=False)]
        if min(gaps) < RECORD_GAP_MIN or max(gaps) - min(gaps) > RECORD_GAP_SLACK:
            continue
        after = [keys[i + 1] for i in at]
        if all(counts[key] == 1 for key in after):
            fields.update(after)
    return fields


LONG_COLUMN_MIN = 20
LONG_COLUMN_LABEL_MAX = 6
LONG_COLUMN_LENGTHS_MIN = 3


@detector("ZH303")
def long_columns(doc: Document) -> None:
    """A picker's column anywhere, inside the body too: twenty short labels or more in a row
    ("北京" / "上海" / "天津" / … / "朝阳区" / "三环以内"), of three lengths or more, none with a
    word of grammar, a mark or a figure. No author lists twenty bare words one a line; a list
    of names keeps two lengths, a poem carries words of grammar."""
    if not labels_vary(doc.items, LONG_COLUMN_LABEL_MAX, LONG_COLUMN_MIN, LONG_COLUMN_LENGTHS_MIN):
        return  # too few labels on the page, or of too few lengths, for such a column
    run: list[Item] = []
    for item in [*doc.items, None]:
        if item is not None and item.removed:
            continue
        if item is not None and bare_label(item, doc.ctx.lex, LONG_COLUMN_LABEL_MAX, figures=False):
            run.append(item)
            continue
        if (
            len(run) >= LONG_COLUMN_MIN
            and len({len(it.text) for it in run}) >= LONG_COLUMN_LENGTHS_MIN
        ):
            for it in run:
                it.mark("ZH303", STRONG, "long_columns")
        run = []


# A row of words parted by spaces, eight or more, most of them short with an ideograph in
# them, and no punctuation anywhere: a menu, a sidebar's tags, provinces to pick from
# ("北京 天津 河北 山西 …", "国画 油画 版画 摄影 …"). An English sentence parts its words by
# spaces too, and is no such row. A word: "北京", "德国Hipp", "成长1+" (a brand, a stage),
# not a teaser's placeholder ("{代码...}" stands for code the listing left out).
HAN_TOKEN_RE = re.compile(r"^(?=.{2,12}$)(?!.*[{}…])(?!.*\.\.)\S*[\u4e00-\u9fff]\S*$")
HAN_TOKENS_SHARE = 0.75


def _han_token_row(item: Item) -> bool:
    # Eight words part with seven spaces at least (the key folds any run of white space to
    # one): most lines are settled by one count.
    if item.key.count(" ") < TOKEN_ROW_MIN - 1 or not token_row(item.text):
        return False
    tokens = item.text.split()
    return sum(1 for token in tokens if HAN_TOKEN_RE.match(token)) >= HAN_TOKENS_SHARE * len(tokens)


@detector("ZH303")
def token_rows(doc: Document) -> None:
    """Rows of short words outside the article's body are menus or tags, in any words; inside
    it a row of names is the author's list, and stays."""
    span = doc.body_and_title()
    if span is None:
        return
    first, last, _ = span
    for k, item in enumerate(doc.items):
        if first <= k <= last or item.removed or item.guard or item.table:
            continue
        if _han_token_row(item):
            item.mark("ZH303", STRONG, "token_rows")


def lead_pool(doc: Document, first: int) -> GramPool:
    """The words of the body's first lines from ``first`` on: once per document and start."""
    found = doc.memo.get(key := f"lead_pool:{first}")
    if not isinstance(found, GramPool):
        lead = "".join(it.key for it in doc.items[first : first + LEAD_LINES])
        found = doc.memo[key] = GramPool(squash(lead), 2)
    return found


# A few short lines between two columns of a menu (a megamenu's promotions: "立即免费刊登新建案",
# "已超过10万人领取") are more of it: no author writes between two of the site's menus.
BETWEEN_MENUS_MAX = 8
BETWEEN_MENUS_LINE_MAX = 30
BETWEEN_MENUS_HAN_MAX = 10  # a promotion's label; a longer line without a mark is a reply
MENU_COLUMN_MIN = 3
MENU_DETECTORS = frozenset({"menus_outside_body", "menu_row", "long_columns", "megamenu_rows"})


@detector("ZH303")
def between_menus(doc: Document) -> None:
    """A run of at most eight short lines, none a sentence, with a column of three menu lines
    or more right above it and right below it, goes with the menus."""
    items = doc.items

    def menu_line(item: Item) -> bool:
        return item.removed and item.code == "ZH303" and item.detector in MENU_DETECTORS

    def column_at(start: int, step: int) -> bool:
        seen = 0
        k = start
        while 0 <= k < len(items) and menu_line(items[k]):
            seen += 1
            k += step
        return seen >= MENU_COLUMN_MIN

    def label_like(k: int) -> bool:
        item = items[k]
        placed = doc.body_and_title()  # asked only of a run between two columns: seldom
        lead = lead_pool(doc, placed[0]) if placed is not None else None
        return (
            (placed is None or k != placed[2])
            and len(item.text) <= BETWEEN_MENUS_LINE_MAX
            and item.han <= BETWEEN_MENUS_HAN_MAX
            and not item.prose
            and not ends_sentence(item.text)
            and not any(mark in item.text for mark in CLAUSE_MARKS)
            and not FIELD_LABEL_RE.match(item.key)  # a record's field: "名复: reckonings"
            and not item.table
            and not item.protected
            # A heading of the article's own subject shares its words ("NumPy 简介").
            and (lead is None or lead.count(ngrams(item.key, 2)) < 2)
        )

    i = 0
    while i < len(items):
        if items[i].removed:
            i += 1
            continue
        end = i
        while end < len(items) and not items[end].removed:
            end += 1
        run = items[i:end]
        if (
            0 < len(run) <= BETWEEN_MENUS_MAX
            and column_at(i - 1, -1)
            and column_at(end, 1)
            and all(label_like(k) for k in range(i, end))
        ):
            for item in run:
                item.mark("ZH303", STRONG, "between_menus")
        i = end
