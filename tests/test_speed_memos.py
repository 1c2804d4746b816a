"""Issue 15's shortcuts of this round give what the code they stand for gives: a test a line
asked first, a memo, one walk for three. Each is checked against the long way, on made-up
lines and pages. No timings here."""

from __future__ import annotations

import random

import pytest
from speed_checks import cleaned_pages

from zhclean.chardata import convert
from zhclean.report import Report
from zhclean.stages import layout as layout_module
from zhclean.stages.boilerplate import document, weak
from zhclean.stages.boilerplate.entries import ARCHIVE_ENTRY_RE
from zhclean.stages.boilerplate.features import STRONG, WEAK
from zhclean.stages.boilerplate.shapes import (
    DIGIT_RE,
    LIST_MARKER_RE,
    ellipsis_at_end,
    ellipsis_end,
)
from zhclean.stages.page_shape import blank_parted, indented_paragraphs

ENDS = ["", "...", "…", "……", "..", "。", "...01-09 10:42", "…2024-05-18", "... 12", "…x", "1"]


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("head", ["", "现在大多数人都忙于工作，普遍的缺", "第3.5版 ", "a.b.c"])
def test_ellipsis_end_as_without_its_first_test(head, end):
    for text in (head + end, head + end + "  ", end + head):
        assert ellipsis_end(text) == ellipsis_at_end(text)


TRADITIONAL = "經過八個月的施工，位於城東的市民公園改造工程日前正式完工並向市民開放。體育館後面"


def test_traditional_lines_converted_one_by_one_are_the_page_converted():
    """The stage converts a Traditional page's lines one at a time (each remembered): that
    is the page converted whole, wherever a break cuts a phrase."""
    rng = random.Random(7)
    for _ in range(60):
        chars = list(TRADITIONAL * 2)
        for _ in range(rng.randint(1, 20)):
            chars.insert(rng.randrange(len(chars) + 1), "\n")
        page = "".join(chars)
        assert [convert(line, "t2s") for line in page.split("\n")] == convert(page, "t2s").split(
            "\n"
        )


def _propagate_weak_walked(doc) -> None:
    """propagate_weak as it walked every line three times (before its weak lines' list)."""
    items = doc.items

    def strong(k: int) -> bool:
        return (
            0 <= k < len(items)
            and items[k].strength == STRONG
            and bool(items[k].code)
            and items[k].detector not in weak.POST_STAMPS
        )

    def ad(k: int) -> bool:
        return strong(k) and items[k].code in weak.AD_CODES

    spam = any(it.strength == WEAK and it.code == weak.AD_WORD_CODE for it in items) and (
        any(ad(k) for k in range(len(items)))
        or sum(1 for it in items if it.strength == WEAK and it.code in weak.AD_CODES)
        >= weak.SPAM_WEAK_LINES
    )
    i = 1
    while i < len(items):
        if items[i].strength != WEAK:
            i += 1
            continue
        j = i
        while j + 1 < len(items) and items[j + 1].strength == WEAK:
            j += 1
        run = items[i : j + 1]
        if strong(i - 1) or strong(j + 1) or weak._options(run) or weak._notice_block(doc, run):
            for item in run:
                if LIST_MARKER_RE.match(item.text) and weak.ends_sentence(item.text):
                    continue
                if item.code == weak.AD_WORD_CODE and not (spam or ad(i - 1) or ad(j + 1)):
                    continue
                item.mark(item.code, STRONG)
        i = j + 1
    for item in items:
        if item.strength == WEAK:
            item.clear()


WEAK_LINES = ["下载APP", "欧美", "澳门", "登录", "注册", "屏蔽：大陆社会", "屏蔽：广佛南环"]
STRONG_LINES = [
    "扫一扫下载客户端",
    "首页 > 新闻 > 正文",
    "上一篇:别的文章",
    "版权所有 © 2024 某某网",
]
PROSE = ["经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"]


def test_propagate_weak_as_the_walk_of_every_line(monkeypatch):
    rng = random.Random(11)
    pool = WEAK_LINES * 3 + STRONG_LINES + PROSE * 3 + ["标题", "市民公园改造工程正式完工"]
    pages = ["\n".join(rng.choice(pool) for _ in range(rng.randint(1, 16))) for _ in range(150)]
    fast = cleaned_pages(pages)
    walked = tuple(
        _propagate_weak_walked if s is weak.propagate_weak else s for s in document.SWEEPS
    )
    monkeypatch.setattr(document, "SWEEPS", walked)
    monkeypatch.setattr(document, "_ACTIVE", {})
    assert cleaned_pages(pages) == fast
    assert any(events for _, events in fast)  # the pages give verdicts to settle


@pytest.mark.parametrize(
    "page",
    [
        "甲乙丙丁。\n戊己庚辛。\n壬癸子丑。\n寅卯辰巳。\n",
        "甲乙丙丁。\n\n戊己庚辛。\n\n壬癸子丑。\n\n寅卯辰巳。\n",
        "  甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。\n" * 4,
        "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。\n" * 4,
        "ab\n" * 20,
    ],
)
def test_layout_asks_no_page_question_a_page_cannot_answer_yes(monkeypatch, page):
    """Layout reads a page for blank-line parting only when it had a blank line, and for
    indented paragraphs only when it had a space: without them both answers are no."""
    seen = []
    original = layout_module.spun_tails

    def spun_tails(lines):
        seen.append(list(lines))
        return original(lines)

    monkeypatch.setattr(layout_module, "spun_tails", spun_tails)
    layout_module.layout(page, Report(), lambda code: True)
    (lines,) = seen
    if "\n\n" not in page:
        assert not blank_parted(lines)
    if " " not in page:
        assert not indented_paragraphs(lines)


@pytest.mark.parametrize("key", ["2022年第4期", "第 12 期", "5月", "第三期", "年月日", "期刊", ""])
def test_archive_entry_has_a_figure(key):
    """archive_links tries its pattern only on lines whose shape has a figure."""
    assert not ARCHIVE_ENTRY_RE.fullmatch(key) or DIGIT_RE.search(key)


MORE_PROSE = [
    "公园新增了三条健身步道和两处儿童游乐场，周末前来游玩的市民络绎不绝。",
    "据介绍，改造工程总投资约一点二亿元，由市城建集团负责施工和后期维护。",
]
CLEAN_PAGES = [
    "市民公园改造工程正式完工\n" + "\n".join(PROSE + MORE_PROSE),
    "\n".join(PROSE + MORE_PROSE),
    "标题\n" + PROSE[0] + "\n（完）",
    "城东新建三条健身步道\n" + PROSE[0] + "\n" + MORE_PROSE[1][:20],
]


@pytest.mark.parametrize("page", CLEAN_PAGES)
def test_guards_change_nothing_on_a_page_with_no_verdict(page):
    """The stage asks its guards only of a page where a line has a verdict: each takes one
    back, so on a page with none they leave every line and the count of verdicts as it was."""
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate import Item, matching_key
    from zhclean.stages.boilerplate.features import verdicts

    items = [Item(i, line, matching_key(line)) for i, line in enumerate(page.split("\n"), 1)]
    doc = document.Document(items, load_lexicon(), lambda code: True, report=Report())
    doc.run()
    assert not any(item.code for item in items)
    state = [(it.code, it.strength, it.detector, it.guard, it.removed) for it in items]
    count = verdicts()
    doc._guard()
    assert [(it.code, it.strength, it.detector, it.guard, it.removed) for it in items] == state
    assert verdicts() == count


def test_traditional_lines_remembered_or_not_read_as_the_page_converted(monkeypatch):
    from zhclean.stages import boilerplate as stage

    monkeypatch.setattr(stage, "_T2S", {})
    page = "\n".join([TRADITIONAL[:3], TRADITIONAL, "", TRADITIONAL[:3], "體育館"])
    lines = page.split("\n")
    expected = convert(page, "t2s").split("\n")
    assert stage._simplified_lines(lines) == expected  # none remembered: one call
    assert stage._simplified_lines(lines) == expected  # all remembered
    assert stage._simplified_lines([*lines, "後面"]) == [*expected, "后面"]
