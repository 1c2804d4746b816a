"""Issue 15, this round's shortcuts against the long way: the page's lines joined once per
list of lines (joined.py), a Latin line's label length remembered, the record's fields read
only when a column is found. No timings here."""

from __future__ import annotations

import random

import pytest
from speed_checks import cleaned_pages

from zhclean.stages.boilerplate import entries, guards, joined, posts, price_cards, runs
from zhclean.stages.boilerplate.features import WEAK, Item
from zhclean.stages.boilerplate.position import LATIN_WORD_WEIGHT, TITLE_CASE_WORD_RE, label_length


def _items(lines: list[str]) -> list[Item]:
    return [Item(i, line, line.casefold()) for i, line in enumerate(lines, 1)]


def test_the_join_is_the_lines_joined_for_each_list():
    first, second = _items(["首页", "ABC"]), _items(["新闻", "XYZ"])
    assert joined.page_keys(first) == "首页\nabc"
    assert joined.page_texts(first) == "首页\nABC"
    # Another list of the same length is joined afresh, and so is a list that grew.
    assert joined.page_keys(second) == "新闻\nxyz"
    assert joined.page_texts(second) == "新闻\nXYZ"
    second.append(Item(3, "More", "more"))
    assert joined.page_keys(second) == "新闻\nxyz\nmore"
    assert joined.page_texts(second) == "新闻\nXYZ\nMore"
    assert joined.page_keys(first) == "首页\nabc"


def _keys_joined(items: list[Item]) -> str:
    return "\n".join(it.key for it in items)


def _texts_joined(items: list[Item]) -> str:
    return "\n".join(it.text for it in items)


LINES = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "首页",
    "新闻中心",
    "联系我们",
    "不感兴趣×",
    "城东新建三条健身...",
    "第1章 开始",
    "第2章 重逢",
    "第3章 远行",
    "9 天后",
    "1 个月 后",
    "| 名称 | 数量 |",
    "| 苹果 | 3 |",
    "docker stop app && docker rm app",
    "sudo chmod -R 777 /home/data",
    "+86 中国",
    "+852 中国香港",
    "+853 中国澳门",
    "郑 重 声 明",
    "1、本站部分内容来源于网络，版权归原作者所有。",
    "2、如有侵权请联系本站删除。",
    "发信人: abc (小明), 信区: Test",
    "来某某学安装造价",
    "免费试学",
]


def test_the_stage_with_the_joins_shared_as_with_each_joined_anew(monkeypatch):
    rng = random.Random(15)
    pages = ["\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 30))) for _ in range(200)]
    shared = cleaned_pages(pages)
    for module in (entries, guards, posts, price_cards, runs):
        if hasattr(module, "page_keys"):
            monkeypatch.setattr(module, "page_keys", _keys_joined)
        if hasattr(module, "page_texts"):
            monkeypatch.setattr(module, "page_texts", _texts_joined)
    assert cleaned_pages(pages) == shared
    assert any(events for _, events in shared)  # the pages give verdicts


@pytest.mark.parametrize(
    "text", ["Shop by Collections", "npm i -g depcheck", "FAQs", "ab", "Returns & Exchanges", "x y"]
)
def test_a_latin_label_length_remembered_is_the_one_measured(text):
    words = text.split()
    title_case = words and all(TITLE_CASE_WORD_RE.match(word) for word in words)
    measured = LATIN_WORD_WEIGHT * len(words) if title_case else len(text)
    item = Item(1, text, text.casefold())
    assert label_length(item) == measured
    assert label_length(item) == measured  # remembered


@pytest.mark.parametrize(
    "key", ["摘要:正文", "【导读】:正文", "[摘要] :x", "摘要 正文", "导读", "内容简介:"]
)
def test_a_teaser_label_holds_its_colon(key):
    """teasers tries its pattern only on keys with a colon: the pattern ends with one."""
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.line import line_room

    teaser_re = line_room(load_lexicon(), lambda code: True).context.teaser_re
    assert not teaser_re.match(key) or ":" in key
    assert teaser_re.match("摘要:正文")  # the label the keys above are made of


def test_the_kept_lines_follow_every_verdict_given_or_taken_back():
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.document import Document

    items = _items(["首页", "新闻中心", "经过八个月的施工，公园改造工程日前正式完工。"])
    doc = Document(items, load_lexicon(), lambda code: True)
    assert doc.live() == items
    assert doc.live() is doc.live()  # no verdict in between: the same list
    items[0].mark("ZH303")
    assert doc.live() == items[1:]
    items[1].mark("ZH304", WEAK)  # a weak verdict keeps its line
    assert doc.live() == items[1:]
    items[0].clear()
    assert doc.live() == items


def test_the_body_end_follows_every_verdict_given_or_taken_back():
    from zhclean.stages.boilerplate.body import body_end

    prose = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"
    items = _items(["首页", prose, "公园" + prose, "联系我们"])
    assert body_end(items) == 2
    items[2].mark("ZH314")
    assert body_end(items) == 1
    items[1].mark("ZH314")
    assert body_end(items) is None
    items[2].clear()
    assert body_end(items) == 2
    assert body_end(items[:2]) is None  # another list of lines: its own end
    items[1].clear()
    assert body_end(items[:2]) == 1
    assert body_end(items) == 2


@pytest.mark.parametrize(
    "key",
    ["2024-03-01 10:10 回复", "10:10", "１２:３０", "下午三点", "二〇二三年", "ab", "回复", ""],
)
def test_a_time_of_day_has_a_figure(key):
    """reply_stamp_line asks for a time of day only of a line whose shape has a figure."""
    from zhclean.stages.boilerplate.shapes import DIGIT_RE, TIME_RE

    assert not TIME_RE.search(key) or DIGIT_RE.search(key)


@pytest.mark.parametrize(
    "key",
    ["推 reader_01: 说得好 04/06 15:33", "→ someone:同意 04/11", "reader_01 说得好 04/06", "ab"],
)
def test_a_comment_with_its_author_on_its_line_has_a_colon(key):
    """guard_inline_comments passes over a line with fewer than four ideographs and no colon
    in its key: the pattern of a comment with its author and stamp has one."""
    from zhclean.stages.boilerplate.replies import INLINE_COMMENT_RE

    assert not INLINE_COMMENT_RE.match(key) or ":" in key
    assert INLINE_COMMENT_RE.match("推 reader_01: 说得好 04/06 15:33")


PRODUCT = [
    "城东书局：老街巷里的旧书与新书",
    "纸本书定价：NT$ 420",
    "电子书售价：NT$ 300",
    "这本书记录了作者在城东老街开书店的二十年，写书店里来来往往的读者，也写一条街的变迁。",
    "书中收有数十幅老照片，读者可以一边阅读一边认出街角那些已经不在的小店。",
]
CARD_BOOKS = [
    ("城西茶馆旧事", "林一", "260"),
    ("河边的小学", "陈二", "310"),
    ("山城月记", "王三", "199"),
]


def _price_page(rng: random.Random) -> str:
    lines = list(PRODUCT)
    for title, author, price in CARD_BOOKS[: rng.randint(0, 3)] * rng.randint(1, 2):
        lines += [title, author, rng.choice([f"电子书 NT$ {price}", f"{price}元", "试读"]), "试读"]
    return "\n".join(lines)


def test_price_cards_with_its_count_of_marks_as_without(monkeypatch):
    """price_cards reads the page's lines only when it holds more price marks than the
    cards need; the long way ("" is counted everywhere) gives the same verdicts."""
    rng = random.Random(16)
    pages = [_price_page(rng) for _ in range(120)]
    counted = cleaned_pages(pages)
    monkeypatch.setattr(price_cards, "PRICE_MARKS", ("",))
    assert cleaned_pages(pages) == counted
    assert any(d == "price_cards" for _, events in counted for _, _, d in events)
