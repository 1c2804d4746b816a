"""Guards, tables: the rows of a table or a data list the page exists to show stay (POLICY:
tables and data), whatever took them by their shape.

A table flattened one cell a line beside the article keeps its cells; five or more rows
numbered 1, 2, 3… with their figures (a log, a ranking with its values) keep their rows;
a product's specifications, one field a line, keep a row whose label counts ("字数：…"); a
record's fields (an infobox: "导演: …" / "类型: …" / "片长: …") keep their lines and their name.

    >>> _data_row(Item(1, "1 2022-12-05 00:00 00:58 59 分钟", "1 2022-12-05 00:00 00:58 59 分钟"))
    1
    >>> _value(Item(1, "≤±0.25%", "≤±0.25%")), _value(Item(1, "455", "455"))
    (True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import CLAUSE_MARKS, ends_sentence, han_count
from .body import article_span, body_span
from .features import Item, site_chrome
from .guards import NUMBERED_ITEM_RE
from .shapes import EMPTY_FIELD_RE, FIELD_LABEL_RE

if TYPE_CHECKING:
    from ...lexicon import Lexicon
    from .document import Document


# A cell of a flattened table: a value with its unit or sign ("≤±0.25%", "4～20mA DC",
# "0-117.21到0－689.48kPa", "4,5,6"), or a model's code ("1151DR", "M1", "316L SST").
VALUE_CELL_RE = re.compile(r"\d\s?(?:[a-z]{1,4}\b|%|‰|℃|°)|[≤≥±～~]\s?\d|\d\.\d|^\d+(?:,\d+)+$")
CODE_CELL_RE = re.compile(r"^[a-z]{0,3}\d{1,5}[a-z]{0,4}(?: ?[a-z]{1,4})?$")
CELL_MAX = 40
TABLE_RUN_MIN = 10
TABLE_VALUES_MIN = 5
TABLE_CELL_SHARE = 0.35
TRAILING_CELLS_MAX = 1  # a last row's text cell after its last figure
# Verdicts a table's cells may have drawn by their shape: a column of labels, a bare
# number, a repeated label, a zone's short line.
CELL_CODES = frozenset({"ZH303", "ZH304", "ZH307", "ZH317", "ZH318"})


def _cell(item: Item) -> bool:
    return len(item.text) <= CELL_MAX and not item.prose and "。" not in item.text


# A count alone ("455", "1.4k", "2.3万"): a counter's, as likely a widget's as a table's.
COUNT_ONLY_RE = re.compile(r"^\d+(?:\.\d+)?\s?[kmw万千]?$")


def _value(item: Item) -> bool:
    key = item.key
    return (
        not item.shape.stamped and not COUNT_ONLY_RE.match(key) and bool(VALUE_CELL_RE.search(key))
    )


def guard_flat_tables(doc: Document) -> None:
    """A table flattened one cell a line, next to the article: its cells stay (POLICY: the
    rows of a table the page exists to show are the author's), whatever took them by shape.

    Ten or more short lines in a row, five of them values with units or signs and a third
    of them values or model codes, with no chrome found by its words between them and the
    article's body."""
    items = doc.items
    # The common case, settled by one pass: too few values with a unit or sign for a table.
    if sum(1 for it in items if it.shape.digit and len(it.text) <= CELL_MAX) < TABLE_VALUES_MIN:
        return
    span = body_span(items)
    if span is None:
        return
    run: list[int] = []
    for k in [*range(len(items)), -1]:
        # A list's heading ("本店同类商品") is no cell: the records under it are that list's.
        if k >= 0 and _cell(items[k]) and items[k].detector != "related_heading":
            run.append(k)
            continue
        if len(run) >= TABLE_RUN_MIN:
            values = sum(1 for i in run if _value(items[i]))
            codes = sum(1 for i in run if not _value(items[i]) and CODE_CELL_RE.match(items[i].key))
            if (
                values >= TABLE_VALUES_MIN
                and values + codes >= TABLE_CELL_SHARE * len(run)
                and _beside_body(items, run[0], run[-1], span)
            ):
                # The table ends a cell after its last value or code: below it, short lines
                # with no figure of a table's shape are the widget's ("有用(23)", "举报").
                last = max(i for i in run if _value(items[i]) or CODE_CELL_RE.match(items[i].key))
                for i in run[: run.index(last) + 1 + TRAILING_CELLS_MAX]:
                    item = items[i]
                    if item.removed and item.code in CELL_CODES:
                        item.clear()
                        item.guard = "a table's cells"
        run = []


# A row of a table whose rows are numbered ("1 2022-12-05 00:00 00:58 59 分钟"): its index
# first, then figures, times and a unit or two.
ROW_INDEX_RE = re.compile(r"^(\d{1,4})[ .、]")
ROWS_MIN = 5
ROW_HAN_MAX = 4
ROW_CODES = frozenset({"ZH303", "ZH304", "ZH307", "ZH308"})


def _data_row(item: Item) -> int | None:
    """The row's index when the line is a numbered row of figures, else None."""
    found = ROW_INDEX_RE.match(item.key)
    if found is None or item.han > ROW_HAN_MAX:
        return None
    figures = sum(ch.isdigit() for ch in item.key)
    return int(found.group(1)) if figures * 2 >= len(item.key.replace(" ", "")) else None


# A ranking's row: its rank, a title, its value ("3山东一校长为儿子伪造档案 11岁开始领国家工资 73954").
RANKED_ROW_RE = re.compile(r"^(\d{1,3})\s?[^\d\s].{3,}?\s\d[\d,.]{1,11}$")


def _ranked_row(item: Item) -> int | None:
    """The rank when the line is a ranking's row with its value, else None."""
    found = RANKED_ROW_RE.match(item.key)
    return int(found.group(1)) if found else None


def _enough_numbered(items: list[Item]) -> bool:
    """Do ROWS_MIN lines or more start with a figure? Every row of a run does (its index
    or its rank: isdigit holds for every character ``\\d`` matches)."""
    return sum(1 for it in items if it.key[:1].isdigit()) >= ROWS_MIN


def _numbered_taken(items: list[Item]) -> bool:
    """Did a room take a line that starts with a figure by a verdict of ROW_CODES? The
    guard takes back only such verdicts, of rows only (each starts with its index or rank)."""
    return any(it.removed and it.code in ROW_CODES and it.key[:1].isdigit() for it in items)


def guard_numbered_rows(doc: Document) -> None:
    """Five or more rows of figures in a row, numbered 1, 2, 3…: a table the page exists to
    show (a log, a ranking with values), whatever took them as timestamps or counters. On a
    page with no article, rows of a title with its rank and value are one too: a ranking
    page shows them (POLICY: rankings with values stay); beside an article they are a
    sidebar's most-read list."""
    items = doc.items
    if not _enough_numbered(items) or not _numbered_taken(items):
        return  # too few lines start with a figure for a run of rows (most pages), or none went
    # A row starts with a figure: the patterns are tried on such lines only.
    ranking = (
        any(_ranked_row(it) == 1 for it in items if it.key[:1].isdigit())
        and article_span(items) is None
    )
    run: list[Item] = []
    expected: int | None = None
    for item in [*items, None]:
        index = None
        if item is not None and item.key[:1].isdigit():
            index = _data_row(item)
            if index is None and ranking:
                index = _ranked_row(item)
        if index is not None and (expected is None or index == expected):
            run.append(item)
            expected = index + 1
            continue
        if len(run) >= ROWS_MIN:
            for row in run:
                if row.removed and row.code in ROW_CODES:
                    row.clear()
                    row.guard = "a table's numbered rows"
        run, expected = ([item], index + 1) if index is not None else ([], None)


def _beside_body(items: list[Item], first: int, last: int, span: tuple[int, int]) -> bool:
    """No chrome found by its words between the run and the body (or the run is in it)."""
    lo, hi = (span[1] + 1, first) if first > span[1] else (last + 1, span[0])
    return not any(site_chrome(it, by_words=True) for it in items[lo:hi])


# Verdicts a specification's row may draw: a count's label ("字数", "页数"), a button glued
# to its value ("出版社：时报出版 关注").
SPEC_DETECTORS = frozenset({"metadata", "menu_row"})


def guard_spec_rows(doc: Document) -> None:
    """A product's specifications, one field a line ("出版社：…" / "出版日期：…" / "字数：
    128,379" / "ISBN: …"): a row between two kept fields, one of them no credit, is one of
    them, whatever its label counts (POLICY: tables and data). A page's own counts ("点击：
    237" between "来源：…" and "责任编辑：…") stand among credits or other chrome."""
    items = doc.items
    lex = doc.ctx.lex

    def field(item: Item) -> bool:
        return not item.removed and _filled_field(item.key)

    def credit(item: Item) -> bool:
        return any(start == 0 for start, _, _ in lex.find("credit_labels", item.key))

    for k in range(1, len(items) - 1):
        item = items[k]
        if not (item.removed and item.detector in SPEC_DETECTORS):
            continue
        if not _filled_field(item.key):
            continue
        label = item.key.split(":", 1)[0].strip()
        if lex.has("nav_labels", label) or lex.has("tag_labels", label):
            continue  # a reply's "回复:…", the keywords' "关键词:…": no specification
        above, below = items[k - 1], items[k + 1]
        if field(above) and field(below) and not (credit(above) and credit(below)):
            item.clear()
            item.guard = "a row of the page's specifications"


def _filled_field(key: str) -> bool:
    """A field with its value on the folded line ("出版社:时报出版", "isbn: 978…")."""
    found = FIELD_LABEL_RE.match(key)
    return found is not None and bool(key[found.end() :].strip())


# A record's fields, one a line, as an encyclopedia's infobox or a catalogue's entry prints
# them ("导演: 某某" / "编剧: 某某" / "类型: 悬疑 / 犯罪" / "语言: 日语" / "片长: 54分钟"): four
# labels or more, each once, three values in four short, at most one label of the page's own
# (a credit's, a date's, a contact's, a link's).
RECORD_FIELDS_MIN = 4
RECORD_LABEL_RE = re.compile(r"^([^\s:]{1,8})\s?:\s?(\S.*)$")
RECORD_VALUE_MAX = 30  # most values are this short; a cast's list may run longer
RECORD_LINE_MAX = 120
RECORD_PAGE_LABELS_MAX = 1  # "来源: …" among a film's fields; two make the page's own header
PAGE_LABEL_KINDS = (
    "credit_labels",
    "date_labels",
    "contact_labels",
    "phone_mail_labels",
    "nav_labels",
    "tag_labels",
    "prev_next_labels",
)
# Verdicts a record's field may draw by its place or its value's shape: a zone's short line,
# a field whose value is an address, a length read as a counter ("片长: 54分钟").
RECORD_UNDONE = frozenset(
    {"head_chrome", "tail_chrome", "label_with_url", "metadata", "menus_outside_body"}
)
RECORD_NAME_UNDONE = frozenset({"head_chrome", "menus_outside_body"})
# The page's tools between a record's name and its fields, taken by their words.
RECORD_TOOLS = frozenset({"menu_row", "share_bar", "ui_prompt"})
RECORD_TOOLS_MAX = 4
RECORD_NAME_HAN_MAX = 6
SENTENCE_MARKS = ("。", "！", "？", "!", "?")
NUMBER_VALUE_RE = re.compile(r"^[\d,.]+$")


def guard_record_fields(doc: Document) -> None:
    """A run of four fields or more, mostly with short values, and labels of their own is a
    record the page exists to show (POLICY: tables and data): a field a zone took for the
    site's chrome, or read as a counter or a bare address ("官方网站: www.…", "单集片长: 54
    分钟"), stays. The page's own header ("来源：… / 作者：… / 发布时间：…"), a blog's counts
    ("日志:279" / "评论:587"), links with labels ("上一篇：…") and a site's contact box ("地址：…
    / 电话：…") are no record."""
    items = doc.items
    lex = doc.ctx.lex
    run: list[tuple[Item, str, str]] = []
    for i, item in enumerate([*items, None]):
        # A field's key holds its colon (folded: '：' is ':'); most lines are none.
        found = RECORD_LABEL_RE.match(item.key) if item is not None and ":" in item.key else None
        if found is not None and not item.table and len(item.text) <= RECORD_LINE_MAX:
            run.append((item, found.group(1), found.group(2)))
            continue
        if len(run) >= RECORD_FIELDS_MIN and _record(lex, run):
            for field_item, _, _ in run:
                if field_item.removed and field_item.detector in RECORD_UNDONE:
                    field_item.clear()
                    field_item.guard = "a field of a record the page shows"
            _guard_record_name(items, i - len(run) - 1)
        run = []


def _guard_record_name(items: list[Item], above: int) -> None:
    """The headline right over a record names it ("遇见恶魔 Meeting Evil (2012)" over "导演:
    …"), whatever the menus or the zone over it decided by its place; the page's tools may
    stand between the two ("加入收藏" / "分享" / "列印")."""
    for _ in range(RECORD_TOOLS_MAX):
        if above < 0 or not (items[above].removed and items[above].detector in RECORD_TOOLS):
            break
        above -= 1
    if above < 0:
        return
    item = items[above]
    over = items[above - 1] if above else None
    if (
        over is not None
        and over.key != item.key
        and over.headline
        and over.detector == item.detector
    ):
        return  # the last of a list of headlines the same room took (a ticker), no name
    # A title, or a person's or a thing's name of a few ideographs ("许文澜").
    named = item.title_like or 2 <= item.han == len(item.text) <= RECORD_NAME_HAN_MAX
    if item.removed and named and item.detector in RECORD_NAME_UNDONE:
        item.clear()
        item.guard = "the name over a record the page shows"


def _record(lex: Lexicon, run: list[tuple[Item, str, str]]) -> bool:
    labels = [label for _, label, _ in run]
    if len(set(labels)) < len(labels):
        return False
    own = sum(1 for label in labels if any(lex.has(kind, label) for kind in PAGE_LABEL_KINDS))
    counts = sum(1 for _, _, value in run if NUMBER_VALUE_RE.match(value))
    short = sum(1 for _, _, value in run if len(value) <= RECORD_VALUE_MAX)
    # Values that are rows of short words ("滚动 翻页", "笔 墨 纸 砚"): a panel's options or a
    # menu's sections under their labels. A record parts its lists with marks ("剧情 / 悬疑").
    options = sum(1 for _, _, value in run if _word_row(value))
    return (
        short * 4 >= len(run) * 3
        and options <= 1
        and own <= RECORD_PAGE_LABELS_MAX
        and counts <= 1
        # Prose under labels is a Q&A's or a notice's, no record ("…" ends a cut list too).
        and not any(item.text.endswith(SENTENCE_MARKS) for item, _, _ in run)
        and not any(lex.contains("footer_phrases", item.key) for item, _, _ in run)
    )


def _word_row(value: str) -> bool:
    words = value.split()
    return len(words) >= 2 and all(len(word) <= 4 and word.isalnum() for word in words)


# A label with its colon and nothing after it, whose value the page prints on the next line
# ("电话：" / "86-0-13914500817", "编码：" / "1008321", "备注：" / "1、…"): a filled field,
# no empty one (POLICY: an empty metadata label goes; this one is not empty).
LABEL_VERDICTS = frozenset({"metadata", "panel", "template_field"})
# Verdicts of the value's own line by its shape alone, which its label undoes.
VALUE_VERDICTS = frozenset({"numbers_only"})
VALUE_LINE_MAX = 200
# A value: a figure of four digits or more (a number, a code, a price), or a text that is no
# label, no prompt and no button.
VALUE_FIGURE_RE = re.compile(r"\d{4,}|\d[\d,]*\.\d")


def guard_filled_labels(items: list[Item], lex: Lexicon) -> None:
    """A label alone on its line with its value on the next line stays, and so does a value
    its bare shape took (a code's number): the field is filled, only split in two."""
    for i in range(len(items) - 1):
        label, value = items[i], items[i + 1]
        if not (
            label.removed
            and label.detector in LABEL_VERDICTS
            and EMPTY_FIELD_RE.fullmatch(label.key.strip())
            # A credit's or a date's label left empty goes, whatever follows (POLICY: "来源:"
            # with nothing after it): its value would stand on its own line.
            and not _page_label(label.key, lex)
            and _field_value(value, lex)
        ):
            continue
        label.clear()
        label.guard = "a label over its value on the next line"
        if value.removed and value.detector in VALUE_VERDICTS:
            value.clear()
            value.guard = "the value under its label"


def _page_label(key: str, lex: Lexicon) -> bool:
    """A credit's, a date's or a counter's label ("来源:", "浏览量："): the page's own field."""
    name = key.rstrip(":： ").strip()
    return (
        lex.has("credit_labels", name)
        or lex.has("date_labels", name)
        or lex.contains("counter_words", name)
    )


def _field_value(item: Item, lex: Lexicon) -> bool:
    if item.removed and item.detector not in VALUE_VERDICTS:
        return False  # a menu's next label, a prompt, a button: a form's, not a value
    text = item.text
    if not text or len(text) > VALUE_LINE_MAX or text.endswith((":", "：")):
        return False
    if lex.contains("form_prompts", item.key):
        return False  # "请输入您的电话": a form's box, no value
    # A figure (a number, a code, a price), an item of a list the label heads ("1、…"), or
    # words that say something ("本期嘉宾：" / "周一苇，城市规划师，…"): a form's box is empty.
    return bool(
        VALUE_FIGURE_RE.search(text)
        or NUMBERED_ITEM_RE.match(text)
        or (
            item.han >= SAID_VALUE_HAN_MIN
            and (ends_sentence(text) or any(mark in text for mark in CLAUSE_MARKS))
        )
    )


SAID_VALUE_HAN_MIN = 4


# --- A product's table of prices, among the cards of other products ----------------------

TIER_ROWS_MIN = 3
TIER_WORDS_MIN = 2  # "原价#", "每箱#元": words around the figures; a bare "$209" is any card's
FIGURE_RUN_RE = re.compile(r"\d[\d,.]*")
# An option's letter before its text ("A.单人票一张…", "B、…"), read as its number in the series.
OPTION_LETTER_RE = re.compile(r"^([A-Za-z])[.、)）]")


def price_tiers(cards: list[Item]) -> set[str]:
    """One product's table of prices by quantity or option, the page's own data (POLICY:
    tables and data): a worded row printed three times or more with only its figures
    changed, its count or its option's letter going up by one ("买1箱 每箱839元" / "买2箱…";
    "A.单人票一张，票价区：1200" / "B.…"), and the rows of the other templates between them
    ("原价1,080 现省$241", "$960", "8 折"). Other products' cards each carry their own name."""
    masked = [_template(it.key) for it in cards]
    by_template: dict[str, list[int]] = {}
    for n, template in enumerate(masked):
        if "#" in template:
            by_template.setdefault(template, []).append(n)
    series_rows = [
        rows
        for template, rows in by_template.items()
        if len(rows) >= TIER_ROWS_MIN
        and han_count(template) >= TIER_WORDS_MIN
        and _counts_up([_series_index(cards[n].key) for n in rows])
    ]
    if not series_rows:
        return set()
    # The table runs from its first row to the last one's own lines (as many as a row has).
    stride = min(b - a for rows in series_rows for a, b in zip(rows, rows[1:], strict=False))
    lo = min(rows[0] for rows in series_rows)
    hi = max(rows[-1] for rows in series_rows) + stride - 1
    inside = ([n for n in rows if lo <= n <= hi] for rows in by_template.values())
    return {cards[n].key for rows in inside if len(rows) >= TIER_ROWS_MIN for n in rows}


def _counts_up(series: list[int | None]) -> bool:
    return None not in series and all(
        b == a + 1 for a, b in zip(series, series[1:], strict=False) if a is not None
    )


def _template(key: str) -> str:
    return FIGURE_RUN_RE.sub("#", OPTION_LETTER_RE.sub("#.", key))


def _series_index(key: str) -> int | None:
    """The row's place in its series: its option's letter ("B.…" -> 2), else its first
    figure as a whole number ("买2箱…" -> 2); None for "1.5" or none."""
    letter = OPTION_LETTER_RE.match(key)
    if letter is not None:
        return ord(letter.group(1).lower()) - ord("a") + 1
    found = FIGURE_RUN_RE.search(key)
    figure = found.group().replace(",", "") if found else ""
    return int(figure) if figure.isdigit() else None
