"""Whole pages written for these tests in the style of other sites (news portal with related
list, company site, indented essay, WeChat mirrors, Traditional forums, a Taipei notice, an
encyclopedia entry, a novel site, a wire story, a GBK page), each with the
text a careful person would keep (tests/data/pages/*.gold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhclean import clean_bytes, clean_text

PAGES = Path(__file__).resolve().parent / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_page_cleans_to_its_gold(name):
    result = clean_bytes((PAGES / f"{name}.txt").read_bytes())
    assert result.text == (PAGES / f"{name}.gold").read_text("utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_page_output_is_stable(name):
    once = clean_bytes((PAGES / f"{name}.txt").read_bytes()).text
    assert clean_text(once).text == once


def test_a_listing_keeps_its_cards_below_a_run_of_its_own_entries():
    # A real homepage feed (batch w, SegmentFault): the heaviest run of prose is a listing's
    # entries (a headline over each teaser), so the cards below it are more of the listing,
    # not a feed under an article (entries.card_feeds).
    raw = Path(__file__).resolve().parent / "data" / "real" / "raw"
    page = next(raw.glob("w07_*.txt"))
    out = clean_bytes(page.read_bytes()).text.split("\n")
    assert "Chrome浏览器支持直接读写本地文件了" in out
    assert "使用tree-node-cli生成树状目录" in out
    # Once the vote rows went, the site's welcome of two sentences over the feed reads as an
    # article: a feed many times heavier than it is still the listing's.
    assert "前端性能：股票交易APP频繁更新怎么破" in out
