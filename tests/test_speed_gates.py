"""A sweep's gate (a count over the page that settles it can find nothing) gives what the
sweep's full walk gives (issue 15): each gate turned off against the gated stage, on
generated pages where the sweep acts and pages where the gate stops it. No timings here."""

from __future__ import annotations

import random

import pytest
from speed_checks import cleaned_pages

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

PARAGRAPHS = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "公园新增了三条健身步道和两处儿童游乐场，周末前来游玩的市民络绎不绝。",
    "据介绍，改造工程总投资约一点二亿元，由市城建集团负责施工和后期维护。",
]
HEADLINES = [
    "市民公园改造工程正式完工",
    "城东新建三条健身步道",
    "周末游园人数创新高",
    "城建集团发布年度报告",
    "图书馆延长开放时间",
    "地铁五号线今日通车",
]
ROWS = [f"{n} 2022-12-05 00:{n:02d} 00:58 59 分钟" for n in range(1, 9)]
BOARD = [
    "发信人: abc (小明), 信区: Test",
    "标  题: 求助",
    "发信站: 水木社区 (Fri Mar 18 20:52:50 2016), 站内",
]
CUT = [
    "城东新建三条健身...",
    "周末游园人数创新…",
    "地铁五号线今日通...",
    "城建集团发布年...",
    "图书馆延长开放",
]
CHAPTERS = [f"第{n}章 {word}" for n, word in enumerate(["开始", "重逢", "远行", "归来", "尾声"], 1)]
FRAMED = [f"2022年7月 {word} 吉日" for word in ["祭祀", "入学", "搬家", "开业", "出行", "嫁娶"]]
PROMO = ["某某造价之家", "来某某学安装造价", "1个月就能掌握实操技能", "独立做造价了！", "免费试学"]
NOTICE = [
    "郑 重 声 明",
    "1、本站部分内容来源于网络，版权归原作者所有。",
    "2、如有侵权请联系本站删除。",
]
GAPS = ["9 天后", "1 个月 后", "2 years later"]
CARDS = ["今日推荐：城东新建三条健身步道", "×", "猜你喜欢：周末游园人数创新高", "不感兴趣×"]
PICKER = [
    "北京",
    "上海",
    "天津",
    "重庆",
    "朝阳区",
    "海淀区",
    "东城区",
    "西城区",
    "丰台区",
    "石景山",
    "门头沟",
    "房山区",
]
PICKER += [
    "通州区",
    "顺义区",
    "昌平区",
    "大兴区",
    "怀柔区",
    "平谷区",
    "密云区",
    "延庆区",
    "三环以内",
    "四环以内",
]
SHORT = ["首页", "新闻", "ab", "中", "文字", "2024", "关注", "举报", "相关阅读", "a:b", "12:30"]


def _pages(seed: int, count: int) -> list[str]:
    """Pages of short lines, of headlines with or without prose, and of paragraphs printed
    twice: the gates stop on the first and let the others through."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.1:
            lines = [rng.choice(HEADLINES), *ROWS[: rng.randint(1, 8)], *PARAGRAPHS[:2]]
            lines = BOARD + lines if rng.random() < 0.5 else lines
            extra = CHAPTERS if rng.random() < 0.5 else FRAMED
            lines += extra[: rng.randint(2, len(extra))]
            lines += NOTICE if rng.random() < 0.5 else []
            lines[1:1] = rng.sample(GAPS, rng.randint(0, 3)) + CARDS[: rng.choice([0, 2, 4])]
            lines[2:2] = PICKER[: rng.choice([0, 19, 20, 22])]
        elif kind < 0.3:
            lines = [rng.choice(SHORT) for _ in range(rng.randint(1, 40))]
            if rng.random() < 0.3:
                lines[rng.randrange(len(lines)) :] = rng.sample(PROMO, rng.randint(1, len(PROMO)))
        elif kind < 0.6:
            lines = [rng.choice(SHORT), *rng.sample(HEADLINES, rng.randint(2, len(HEADLINES)))]
            lines += [rng.choice(HEADLINES + SHORT + CUT) for _ in range(rng.randint(0, 6))]
            lines += rng.sample(PARAGRAPHS, rng.randint(0, 1))
            if rng.random() < 0.3:
                lines = [*rng.sample(CUT, rng.randint(1, len(CUT))), *lines, *PARAGRAPHS]
        else:
            passage = rng.sample(PARAGRAPHS, rng.randint(1, 3))
            lines = [rng.choice(HEADLINES), *passage]
            lines += [rng.choice(SHORT) for _ in range(rng.randint(0, 4))]
            lines += passage if rng.random() < 0.7 else passage[:1]
        pages.append("\n".join(lines) + "\n")
    return pages


def _without(monkeypatch, sweep: str) -> None:
    """The boilerplate stage with the sweep ``sweep`` left out."""
    from zhclean.stages.boilerplate import document

    kept = tuple(s for s in document.SWEEPS if s.__name__ != sweep)
    assert len(kept) < len(document.SWEEPS)
    monkeypatch.setattr(document, "SWEEPS", kept)
    monkeypatch.setattr(document, "_ACTIVE", {})  # the sweeps kept per rules, asked again


class _Everything:
    """A set that holds every key: a filter by counts let through for every line."""

    def __contains__(self, key: object) -> bool:
        return True


@pytest.mark.parametrize(
    ("module", "gate", "sweep"),
    [
        ("copies", "_paragraphs_to_copy", "copied_passages"),
        ("bare_titles", "_titles_for_a_run", "bare_title_lists"),
        ("bare_titles", "titles_in_a_row", "bare_title_lists"),
        ("tables", "_enough_numbered", "guard_numbered_rows"),
        ("tables", "_numbered_taken", "guard_numbered_rows"),
        ("posts", "_board_labels_on", "bbs_headers"),
        ("entries", "_cut_anywhere", "cut_title_boxes"),
        ("corpus", "_often", "page_template_lines"),
        ("runs", "_chapters_enough", "chapter_lists"),
        ("runs", "in_a_row", "dated_links"),
        ("runs", "second_levels", "contents_outlines"),
        ("entries", "_framed_enough", "template_entries"),
        ("runs", "_copy_on_page", "promo_blocks"),
        ("runs", "_heading_words_on", "notice_lists"),
        ("posts", "_gap_lines", "time_gaps"),
        ("entries", "_close_marks", "closable_cards"),
        ("menus", "labels_vary", "long_columns"),
        ("posts", "_headers_enough", "post_authors"),
    ],
)
def test_gate_as_the_full_walk(monkeypatch, module, gate, sweep):
    import importlib

    mod = importlib.import_module(f"zhclean.stages.boilerplate.{module}")
    pages = _pages(31, 600)
    if gate == "_numbered_taken":
        # Numbered paragraphs, which no room takes: enough lines start with a figure, none went.
        pages += ["\n".join(f"{n}、{p}" for n, p in enumerate(PARAGRAPHS * 2, 1)) + "\n"] * 3
    if gate == "in_a_row":
        # Headlines that end with a date or a counter, in runs and scattered among paragraphs.
        for n in range(12):
            ends = [f" 2023-05-{day:02d}" for day in range(1, 7)] + [f" {n}58人气"] * 6
            heads = [h + ends[(n + k) % len(ends)] for k, h in enumerate(HEADLINES)]
            lines = [HEADLINES[0], *PARAGRAPHS, *heads[: 1 + n % 6]]
            lines[n % 3 + 1 : n % 3 + 1] = heads[n % 2 :: 3]
            pages.append("\n".join(lines) + "\n")
    if gate == "second_levels":
        # Tables of contents over an article, with headings of the second level or without.
        heads = ["历史沿革", "古代", "近代", "地理环境", "位置", "气候", "人口", "经济"]
        for n in range(24):
            numbers = ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "4"] if n % 3 else "12345678"
            toc = [f"{k}{h}" for k, h in zip(numbers, heads[: 6 + n % 3], strict=False)]
            pages.append("\n".join([HEADLINES[n % 6], *toc, *PARAGRAPHS]) + "\n")
    if gate == "_headers_enough":
        # Threads: each post's author over its floor and stamp, one post or several.
        for n in range(12):
            thread = [HEADLINES[n % 6], *PARAGRAPHS[:1]]
            for k in range(1 + n % 3):
                stamp = f"发表于 2023-4-1{k} 21:0{k}:33 | 只看该作者"
                thread += [f"网友{n}{k}", "沙发", stamp, PARAGRAPHS[(n + k) % len(PARAGRAPHS)]]
                thread.append("回复 支持 反对")
            pages.append("\n".join(thread) + "\n")
    if sweep == "long_columns":
        # The menus' room, which runs first, takes a column outside the body: without it, the
        # pickers of the pages are long_columns' to find.
        _without(monkeypatch, "menus_outside_body")
    asked: list[bool] = []
    real = getattr(mod, gate)

    def counted(*args):
        asked.append(bool(real(*args)))
        return real(*args)

    with monkeypatch.context() as patched:
        patched.setattr(mod, gate, counted)
        gated = cleaned_pages(pages)
    with monkeypatch.context() as patched:
        patched.setattr(mod, gate, lambda *args: _Everything() if gate == "_often" else True)
        assert cleaned_pages(pages) == gated
    # The gate stopped the sweep on some pages and let it through on others, and the sweep
    # changed some pages' verdicts: the comparison above is not empty.
    assert True in asked and False in asked
    _without(monkeypatch, sweep)
    assert sum(a != b for a, b in zip(cleaned_pages(pages), gated, strict=True)) >= 5


def test_tables_gate_as_the_two_walks(monkeypatch):
    """mark_tables with its search for a '|' marks the rows its two walks mark."""
    from zhclean.stages.boilerplate import guards
    from zhclean.stages.boilerplate.features import Item

    rng = random.Random(32)
    cells = ["| a | b |", "a|1", "b|2", "c|x", "|", "1", "ab", "首页", "| 名称 | 价格 |", "x|y|3"]
    pages = [[rng.choice(cells) for _ in range(rng.randint(1, 12))] for _ in range(500)]

    def tables(gate) -> list[list[bool]]:
        out = []
        with monkeypatch.context() as patched:
            if gate is not None:
                patched.setattr(guards, "_bars_on", gate)
            for page in pages:
                items = [Item(n, text, text) for n, text in enumerate(page, 1)]
                guards.mark_tables(items)
                out.append([it.table for it in items])
        return out

    gated = tables(None)
    assert any(any(row) for row in gated)  # rows were found: the comparison is not empty
    assert tables(lambda items: True) == gated


def test_guard_prose_as_the_walk_of_every_line():
    """guard_prose, asking its neighbours only of the lines it may keep, keeps the lines the
    walk of every line with its neighbours read first keeps."""
    from zhclean.stages.boilerplate import guards
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.shapes import sentence_ends

    def walk(items: list[Item]) -> None:  # the walk as it was
        before, after = guards.kept_neighbours(items)
        for i, item in enumerate(items):
            if not item.removed or sentence_ends(item.text) < 2:
                continue
            prev, nxt = before[i], after[i]
            if prev and nxt and prev.prose and nxt.prose and nxt.no - prev.no <= guards.PROSE_REACH:
                item.clear()
                item.guard = "prose between prose"

    rng = random.Random(33)
    texts = [*PARAGRAPHS, "第一句。第二句。", "好。对。", "首页", "ab", "一句话。"]
    kept = 0
    for _ in range(500):
        pages = []
        for _ in range(2):
            rng_state = rng.getstate()
            items = [Item(n, rng.choice(texts), "") for n in range(1, rng.randint(2, 14))]
            for item in items:
                if rng.random() < 0.4:
                    item.mark("ZH305", 2, "x")
            pages.append(items)
            rng.setstate(rng_state)
        rng.random()  # on to the next page
        guards.guard_prose(pages[0])
        walk(pages[1])
        assert [(it.removed, it.guard) for it in pages[0]] == [
            (it.removed, it.guard) for it in pages[1]
        ]
        kept += sum(it.guard is not None for it in pages[0])
    assert kept >= 10  # lines were kept: the comparison is not empty


def test_record_fields_as_the_walk_of_every_line():
    """_record_fields, listing the places of keys printed three times only, finds the fields
    the walk of every line finds."""
    from collections import defaultdict

    from zhclean.stages.boilerplate import menus
    from zhclean.stages.boilerplate.features import Item

    def walk(items: list[Item]) -> set[str]:  # the walk as it was
        places: defaultdict[str, list[int]] = defaultdict(list)
        counts: dict[str, int] = {}
        for i, item in enumerate(items):
            counts[item.key] = counts.get(item.key, 0) + 1
            if len(item.key) <= menus.MENU_ITEM_MAX:
                places[item.key].append(i)
        fields: set[str] = set()
        for at in places.values():
            if len(at) < menus.RECORD_MIN or at[-1] + 1 >= len(items):
                continue
            gaps = [b - a for a, b in zip(at, at[1:], strict=False)]
            if min(gaps) < menus.RECORD_GAP_MIN or max(gaps) - min(gaps) > menus.RECORD_GAP_SLACK:
                continue
            after = [items[i + 1].key for i in at]
            if all(counts[key] == 1 for key in after):
                fields.update(after)
        return fields

    rng = random.Random(34)
    found = 0
    for _ in range(400):
        lines: list[str] = []
        for n in range(rng.randint(1, 8)):
            lines += ["作者", f"标题{n}{rng.random():.3f}", *rng.sample(SHORT, rng.randint(1, 3))]
        lines += [rng.choice(SHORT + HEADLINES) for _ in range(rng.randint(0, 10))]
        items = [Item(n, text, text) for n, text in enumerate(lines, 1)]
        assert menus._record_fields(items) == walk(items)
        found += bool(walk(items))
    assert found >= 20  # fields were found: the comparison is not empty


def test_strict_column_needs_five_lines(monkeypatch):
    """On a page with no body (strict), a run shorter than STRICT_RUN_MIN is no column
    whatever its share of known labels: the share is not counted for it."""
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate import menus
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item

    asked: list[int] = []

    def share(doc, run, *args, **kwargs) -> float:
        asked.append(len(run))
        return 1.0

    monkeypatch.setattr(menus, "_labels_share", share)
    assert menus.STRICT_RUN_MIN >= menus.MENU_RUN_MIN  # the strict floor is the higher one
    monkeypatch.setattr(menus, "_wordy_share", lambda *args: 0.0)
    doc = Document([], load_lexicon(), lambda code: True)
    for size in range(menus.MENU_RUN_MIN, menus.STRICT_RUN_MIN + 2):
        labels = ["首页", "新闻", "关注", "举报", "文字", "相关阅读", "中"][:size]
        run = [Item(n, text, text) for n, text in enumerate(labels, 1)]
        for above in (False, True):
            strict = menus._column_of_labels(doc, run, set(), above, strict=True)
            assert strict is (size >= menus.STRICT_RUN_MIN)
    assert asked and min(asked) >= menus.STRICT_RUN_MIN


def test_duplicates_as_the_walk_of_every_pair():
    """duplicates, passing over a pair whose shorter line is under COPY_KEY_MIN (no copy with
    a credit, no teaser), marks the lines the walk of every pair marks."""
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate import copies
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.shapes import squash

    assert copies.TEASER_PREFIX_MIN >= copies.COPY_KEY_MIN

    def walk(doc: Document) -> None:  # the walk as it was
        credit_suffix = doc.ctx.vocab.credit_suffix
        previous = None
        for item in doc.items:
            if item.removed:
                continue
            if previous is not None:
                if item.key == previous.key:
                    item.mark("ZH314", 2, "duplicates")
                    continue
                longer, shorter = (
                    (item, previous) if len(item.key) > len(previous.key) else (previous, item)
                )
                rest = longer.key[len(shorter.key) :]
                if (
                    len(shorter.key) >= 10
                    and longer.key.startswith(shorter.key)
                    and (credit_suffix.match(rest) or copies._site_suffix(doc, rest))
                ):
                    drop = shorter
                    if (
                        longer is previous
                        and item.no - previous.no > 1
                        and copies._site_suffix(doc, rest)
                    ):
                        drop = longer
                    drop.mark("ZH314", 2, "duplicates")
                    if drop is previous:
                        previous = item
                    continue
                if (
                    shorter is previous
                    and len(squash(shorter.key)) >= copies.TEASER_PREFIX_MIN
                    and not shorter.prose_end
                    and squash(longer.key).startswith(squash(shorter.key))
                ):
                    shorter.mark("ZH312", 2, "duplicates")
                    previous = item
                    continue
            previous = item

    rng = random.Random(35)
    head = PARAGRAPHS[0]
    texts = [*SHORT, *HEADLINES, *PARAGRAPHS, head[:9], head[:12], head[:16], head[:20]]
    texts += [HEADLINES[0] + "_新华网", HEADLINES[0] + "（来源：新华社）", "市民公园改造工程"]
    lexicon, marked = load_lexicon(), 0
    for _ in range(400):
        page = [rng.choice(texts) for _ in range(rng.randint(1, 12))]
        docs = [
            Document([Item(n, t, t) for n, t in enumerate(page, 1)], lexicon, bool) for _ in "ab"
        ]
        copies.duplicates(docs[0])
        walk(docs[1])
        got = [[(it.code, it.detector) for it in doc.items] for doc in docs]
        assert got[0] == got[1]
        marked += any(code for code, _ in got[0])
    assert marked >= 50


def test_cuts_min_is_the_fewest_cut_lines_of_a_box():
    """No box of cut titles, of any length, holds fewer cut lines than CUTS_MIN (the gate)."""
    from zhclean.stages.boilerplate import entries

    fewest = min(
        next(k for k in range(size + 1) if k >= entries.CUT_SHARE * size)
        for size in range(entries.CUT_BOX_MIN, 60)
    )
    assert fewest == entries.CUTS_MIN


def test_menu_item_as_with_the_documents_memo():
    """_menu_item without a memo of its own per document answers as it did with one: the
    shape per text, the credit once a key (a key's first line decides for the page)."""
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate import position
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item

    def with_memo(doc, item, longest, cut, memo) -> bool:  # as it was
        if item.protected or item.table or item.program:
            return False
        memo_key = (item.text, item.key, longest, cut)
        if memo_key not in memo:
            shaped = position._label_text(doc, item, longest, cut)
            memo[memo_key] = shaped and not position._credit(doc, item)
        return memo[memo_key]

    rng = random.Random(38)
    texts = [
        *SHORT,
        "来源：新华社",
        "来源: 新华社",
        "记者 张三",
        "责任编辑：李四",
        "首页。",
        "更多...",
    ]
    lexicon, labels = load_lexicon(), 0
    for _ in range(300):
        page = [rng.choice(texts) for _ in range(rng.randint(1, 10))]
        # Two texts of one key (a credit and not): the first asked decides for the page.
        items = [
            Item(n, t, "来源:新华社" if t.startswith("来源") else t) for n, t in enumerate(page)
        ]
        docs = [Document(items, lexicon, bool) for _ in "ab"]
        memo: dict = {}
        for item in items:
            longest, cut = rng.choice([(12, False), (6, True), (10, False)])
            new = position._menu_item(docs[0], item, longest, cut)
            assert new == with_memo(docs[1], item, longest, cut, memo)
            labels += new
    assert labels >= 300


def test_prose_runs_start_at_paragraphs():
    """Every run of prose the body is placed by starts at a kept paragraph, so a page with
    none has no run (the gate of _prose_runs); pages with some keep their runs."""
    from zhclean.stages.boilerplate import body
    from zhclean.stages.boilerplate.features import Item

    found = 0
    for page in _pages(39, 300):
        items = [Item(n, t, t) for n, t in enumerate(page.split("\n"), 1) if t]
        for item in items[::4]:
            item.mark("ZH303", 2, "x")
        runs = body._prose_runs(items)
        assert all(
            items[start].shape.paragraph and not items[start].removed for start, _, _ in runs
        )
        assert runs or not any(it.shape.paragraph and not it.removed for it in items)
        found += bool(runs)
    assert found >= 50


@pytest.mark.parametrize(
    ("lines", "taken"),
    [
        (["日", "一", "二", "三", "四", "五", "六"], True),  # a week: the calendar goes
        (["日", "一", "二", "三"], False),  # four days: the gate's count stops it
        (["中国 +86", "美国 +1", "日本 +81"], True),  # a picker of dialling codes goes
        (["中国 +86", "美国 +1"], False),  # two '+': the gate's count stops it
    ],
)
def test_counted_gates_of_calendars_and_dial_codes(lines, taken):
    """calendars and dial_code_options, counting the page's days or '+' first, take the runs
    they took and stop where no run can stand."""
    page = "\n".join([HEADLINES[0], *PARAGRAPHS, *lines, PARAGRAPHS[0]]) + "\n"
    out = boilerplate(page, Report(), lambda code: True)
    assert all(line not in out.split("\n") for line in lines) is taken


def test_fewest_words_find_what_the_words_find():
    """A text holds one of fewest_words(words) exactly when it holds one of words, spaces
    aside (the notice heading's gate searches the fewer)."""
    from zhclean.stages.boilerplate.shapes import fewest_words

    words = ("友情提示", "注意 事项", "提示", "声明", "免责声明", "须知", "购买须知")
    rng = random.Random(40)
    pieces = ["友情", "提", "示", "注意", "事项", "声明", "免责", "须", "知", "首页", " "]
    hits = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))).replace(" ", "")
        found = any(word.replace(" ", "") in text for word in words)
        assert any(word in text for word in fewest_words(words)) is found
        hits += found
    assert 200 <= hits <= 1800
