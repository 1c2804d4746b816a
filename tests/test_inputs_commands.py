"""check, detect and explain read what clean reads (issue 17, hardening): pages, feeds,
JSONL and web archives, through the same reader; what they leave unchecked they say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_inputs import PAGE, PROSE, SITEMAP
from test_warc import write_warc


def zhclean(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhclean", *args], capture_output=True, text=True)


def scraped(folder: Path) -> Path:
    """A folder as a scraper leaves it: pages, a feed, an archive, a sitemap."""
    folder.mkdir()
    (folder / "page.html").write_text(PAGE)
    (folder / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss><channel><item><title>公园</title>'
        f"<description>{PROSE}</description></item></channel></rss>"
    )
    write_warc(folder / "crawl.warc.gz", 12)
    (folder / "sitemap.xml").write_text(SITEMAP)
    return folder


def test_check_reads_pages_feeds_and_archives_as_clean_does(tmp_path):
    folder = scraped(tmp_path / "in")
    run = zhclean("check", str(folder))
    assert run.returncode == 1, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert any(line.startswith(f"{folder / 'page.html'}: would change (ZH303") for line in lines)
    assert any(line.startswith(f"{folder / 'feed.xml'}: would change (") for line in lines)
    archive = next(line for line in lines if line.startswith(f"{folder / 'crawl.warc.gz'}:"))
    assert archive.endswith(": 12 of 12 records")  # a nav and Traditional text in each
    assert lines[-1] == "4 files: 3 would change, 1 skipped (not checked)"
    assert f"zhclean: skipped: {folder / 'sitemap.xml'}: an XML document" in run.stderr
    # The JSON says the same, a record a file, as clean's manifest would.
    records = {
        Path(r["input"]).name: r
        for r in map(json.loads, zhclean("check", str(folder), "--format", "json").stdout.split("\n")[:-1])
    }  # fmt: skip
    assert records["crawl.warc.gz"]["format"] == "warc" and records["crawl.warc.gz"]["changes"]
    assert (
        records["page.html"]["source"] == "html" and records["sitemap.xml"]["status"] == "skipped"
    )


def test_check_is_green_only_on_what_it_checked(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clean.txt").write_text("公园改造完工。\n")
    (folder / "clean.html").write_text("<html><body><p>公园改造完工。</p></body></html>")
    (folder / "logo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    run = zhclean("check", str(folder))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == "3 files: 2 clean, 1 skipped (not checked)"
    assert f"zhclean: skipped: {folder / 'logo.txt'}: not text" in run.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("公园\n")
    run = zhclean("check", str(empty))
    assert run.returncode == 0 and "zhclean: warning: no files to check" in run.stderr
    # A page is checked when named too (it used to be skipped as "not rewritten in place").
    run = zhclean("check", str(folder / "clean.html"), "--diff")
    assert run.returncode == 0 and run.stdout == "1 file: 1 clean\n"
    run = zhclean("check", str(tmp_path / "in2.html"))
    assert run.returncode == 2  # a path that does not exist: a usage error, as for clean


def test_check_diffs_a_page_against_its_visible_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    run = zhclean("check", str(tmp_path / "page.html"), "--diff")
    assert run.returncode == 1
    assert "-首頁 新聞\n" in run.stdout and "-<html>" not in run.stdout
    assert "+公园改造完工\n" in run.stdout


def test_check_reads_jsonl_records_and_says_a_broken_archive_failed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [{"id": 1, "text": "公园改造完工。"}, {"id": 2, "text": PROSE}]
    (folder / "a.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines)
    )
    write_warc(folder / "whole.warc.gz", 4)
    data = (folder / "whole.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    run = zhclean("check", str(folder), "--include", "*.jsonl", "--include", "*.warc.gz")
    assert run.returncode == 3, run.stdout + run.stderr
    assert f"{folder / 'a.jsonl'}: would change (ZH501×" in run.stdout
    assert run.stdout.count(": 1 of 2 records") == 1
    assert f"{folder / 'cut.warc.gz'}: error: " in run.stdout and "Traceback" not in run.stderr


def test_detect_and_explain_read_pages_and_archives(tmp_path):
    folder = scraped(tmp_path / "in")
    run = zhclean("detect", str(folder), "--json")
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    records = [r for r in rows if r["path"].endswith("crawl.warc.gz")]
    # warcinfo, then a request before each response; an image and a redirect after the 8th
    assert [r["record"] for r in records] == [3, 5, 7, 9, 11, 13, 15, 17, 21, 23, 25, 27]
    assert [r["url"] for r in records] == [f"http://example.cn/{i}.html" for i in range(12)]
    assert records[1]["encoding"] == "gb18030" and records[1]["encoding_from"] == "meta"
    assert records[2]["encoding"].startswith("big5") and records[2]["encoding_from"] == "http"
    assert {r["source"] for r in records} == {"html"}
    page = next(r for r in rows if r["path"].endswith("page.html"))
    assert page["source"] == "html" and page["script"] == "traditional"
    sitemap = next(r for r in rows if r["path"].endswith("sitemap.xml"))
    assert sitemap["status"] == "skipped"

    run = zhclean("explain", str(folder / "crawl.warc.gz"))
    assert run.returncode == 0, run.stderr
    heads = [line for line in run.stdout.splitlines() if " record " in line and "HTML page" in line]
    assert len(heads) == 12 and "record 3 (http://example.cn/0.html): HTML page, utf-8" in heads[0]
    assert "ZH303 navigation" in run.stdout

    (tmp_path / "scripts.html").write_text("<html><body><script>x()</script></body></html>")
    run = zhclean("explain", str(tmp_path / "scripts.html"))
    assert run.returncode == 0
    assert "None" not in run.stdout and "script: no text left to tell" in run.stdout
    assert "dropped (nothing of the author's text left)" in run.stdout
