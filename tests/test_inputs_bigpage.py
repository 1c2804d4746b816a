"""A page too large to hold as a tree (issue 17, hardening): read as a stream of its lines
and cleaned in blocks, each with its own lines' DOM evidence; memory does not grow with
the page (a 21 MB page took 549 MB and 34 s read whole)."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

import zhclean.corpus
import zhclean.stream
from zhclean import Config, clean_bytes
from zhclean.corpus import clean_file
from zhclean.discovery import Job
from zhclean.html.pagestream import PageLines

PARAGRAPHS = [
    "經過八個月的施工，位於城東的市民公園改造工程日前正式完工並向市民開放。",
    "公園新增了步道、綠地和兒童遊樂區，週末人流明顯增多，附近商戶的生意也好了起來。",
    "據市政部門介紹，工程總投資約一點二億元，主要用於排水系統和照明設施的改造。",
]


def big_page(paragraphs: int, charset: str = "utf-8") -> str:
    body = "".join(
        f"<p>第{i}段：{PARAGRAPHS[i % 3]}</p>\n"
        + (f"<h2>第{i // 20}節</h2>\n" if i % 20 == 0 else "")
        for i in range(paragraphs)
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>公園改造完工</title>'
        "<script>var x = 1;</script></head><body><nav><a href='/'>首頁</a> <a href='/n'>新聞</a>"
        f"</nav><article><h1>公園改造完工</h1>{body}</article>"
        "<footer><a href='/about'>關於我們</a> | <a href='/ad'>廣告服務</a></footer></body></html>"
    )


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(zhclean.corpus, "PAGE_STREAM_MIN", 4000)


@pytest.mark.parametrize(("codec", "charset"), [("utf-8", "utf-8"), ("gbk", "gb2312"),
                                                ("big5", "big5"), ("utf-16-le", "utf-16")])  # fmt: skip
def test_a_large_page_read_in_one_block_is_the_whole_page(tmp_path, small_pages, codec, charset):
    data = big_page(120, charset).encode(codec)
    source = tmp_path / "big.html"
    source.write_bytes(data)
    record = clean_file(Job(source, PurePosixPath("big.txt")), tmp_path / "out", Config())
    whole = clean_bytes(data, Config())
    assert record["status"] == "cleaned", record["error"]
    assert (tmp_path / "out" / "big.txt").read_text("utf-8") == whole.text
    assert record["notes"] and "over 8 MB" in record["notes"][0]
    assert record["source"] == "html" and record["title"] == "公园改造完工"
    assert record["encoding"] == whole.encoding
    assert record["encoding_from"] == whole.page["encoding_from"]


def test_a_large_page_in_small_blocks_keeps_its_text_and_drops_its_chrome(
    tmp_path, small_pages, monkeypatch
):
    monkeypatch.setattr(zhclean.stream, "BLOCK", 1500)
    page = big_page(300).replace("<p>第7段：", "<p>第7段：" + "很長的一句話，" * 800)
    source = tmp_path / "big.html"
    source.write_text(page, encoding="utf-8")
    record = clean_file(Job(source, PurePosixPath("big.txt")), tmp_path / "out", Config())
    lines = (tmp_path / "out" / "big.txt").read_text("utf-8").splitlines()
    whole = clean_bytes(page.encode(), Config()).text.splitlines()
    for i in range(300):  # the paragraphs the whole page keeps, once, whole (a long one too)
        count = sum(line.startswith(f"第{i}段：") for line in lines)
        assert count == sum(line.startswith(f"第{i}段：") for line in whole), i
    assert sum(line.startswith("第") for line in lines) > 300
    assert "首页 新闻" not in lines and "关于我们 | 广告服务" not in lines
    assert next(line for line in lines if line.startswith("第7段：")).endswith("。")
    assert record["status"] == "cleaned" and record["lines_out"] == len(lines)


def test_a_large_page_is_checked_and_not_rewritten_in_place(tmp_path, small_pages):
    source = tmp_path / "big.html"
    source.write_text(big_page(120), encoding="utf-8")
    checked = clean_file(Job(source, PurePosixPath("big.html")), None, Config(), write=False)
    assert checked["changes"] is True and checked["source"] == "html"
    in_place = clean_file(Job(source, PurePosixPath("big.html")), None, Config())
    assert in_place["status"] == "error" and "not rewritten in place" in in_place["error"]
    assert source.read_text("utf-8") == big_page(120)


def test_a_large_feed_is_read_whole(tmp_path, small_pages):
    items = "".join(
        f"<item><title>第{i}篇</title><description>{PARAGRAPHS[i % 3]}</description></item>"
        for i in range(100)
    )
    source = tmp_path / "feed.xml"
    source.write_text(f'<?xml version="1.0"?><rss><channel>{items}</channel></rss>', "utf-8")
    record = clean_file(Job(source, PurePosixPath("feed.txt")), tmp_path / "out", Config())
    assert record["source"] == "feed" and "notes" not in record


def test_the_stream_reader_hands_lines_over_as_they_come():
    reader = PageLines()
    pieces = iter(big_page(3000)[i : i + 500] for i in range(0, len(big_page(3000)), 500))
    held = []
    for _ in reader.blocks(pieces):
        held.append(len(reader.done.blocks))
    assert max(held) <= 2 and len(held) > 3000  # no page's worth of lines held
