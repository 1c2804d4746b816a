"""Scraped pages as they come (issue 17, hardening): names in any case, XML that is no
feed, UTF-16 pages without a BOM, titles in the target script, archives read by every
command, --incremental on archives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zhclean.discovery import discover

PROSE = "經過八個月的施工，位於城東的市民公園改造工程日前正式完工並向市民開放。"
PAGE = (
    "<html><head><title>公園改造完工</title></head><body>"
    "<nav><a href='/'>首頁</a> <a href='/n'>新聞</a></nav>"
    f"<article><h1>公園改造完工</h1><p>{PROSE}</p></article></body></html>"
)


def zhclean(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zhclean", *args], capture_output=True, text=True, cwd=cwd
    )


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def test_default_globs_take_names_in_any_case(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "PAGE.HTML").write_text(PAGE)
    (folder / "a.TXT").write_text(PROSE + "\n")
    (folder / "b.Jsonl").write_text(json.dumps({"text": PROSE}) + "\n")
    (folder / "skip.md").write_text(PROSE + "\n")
    default = ("*.txt", "*.html", "*.jsonl")
    jobs, _ = discover([folder], None, default, fold_case=True)
    assert sorted(job.rel.as_posix() for job in jobs) == ["PAGE.txt", "a.TXT", "b.Jsonl"]
    # A glob the user gives matches as written (as ruff's and black's do).
    jobs, _ = discover([folder], None, ("*.txt",))
    assert [job.rel.as_posix() for job in jobs] == []
    run = zhclean("clean", str(folder), "--out", str(tmp_path / "out"), "-q")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out" / "PAGE.txt").read_text().startswith("公园改造完工\n")
    assert sorted(r["input"].rsplit("/", 1)[1] for r in manifest(tmp_path / "out")) == [
        "PAGE.HTML",
        "a.TXT",
        "b.Jsonl",
    ]


SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>http://a.cn/新闻/1.html</loc><lastmod>2020-01-01</lastmod></url></urlset>\n"
)
CONFIG = '<configuration><add key="标题" value="首页"/><title>设置</title></configuration>\n'
RSS091 = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
    ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>'
    f"<title>博客</title><item><title>公园</title><description>{PROSE}</description></item>"
    "</channel></rss>"
)


def test_xml_that_is_no_feed_is_skipped_with_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sitemap.xml").write_text(SITEMAP)
    (folder / "config.xml").write_text(CONFIG)  # no declaration, an HTML tag inside
    (folder / "feed.xml").write_text(RSS091)  # a feed behind a doctype that names no HTML
    (folder / "notes.txt").write_text(SITEMAP)  # a text file is text, whatever it holds
    run = zhclean("clean", str(folder), "--out", str(tmp_path / "out"), "-q")
    assert run.returncode == 0, run.stderr
    records = {Path(r["input"]).name: r for r in manifest(tmp_path / "out")}
    for name, root in (("sitemap.xml", "urlset"), ("config.xml", "configuration")):
        record = records[name]
        assert record["status"] == "skipped" and record["output"] is None
        assert record["error"].startswith(f"an XML document (root <{root}>), neither")
        assert record["rules"] == {"ZH904": 1}
        assert f"zhclean: skipped: {folder / name}: an XML document" in run.stderr
    assert records["feed.xml"]["source"] == "feed"
    assert (tmp_path / "out" / "feed.txt").read_text() == "公园\n" + clean_prose() + "\n"
    assert records["notes.txt"]["status"] == "unchanged"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "feed.txt",
        "manifest.jsonl",
        "notes.txt",
    ]


def clean_prose() -> str:
    from zhclean import clean_bytes

    return clean_bytes(PROSE.encode()).text.strip()


def test_a_utf16_page_without_a_bom_is_a_page(tmp_path):
    from zhclean import clean_bytes

    for codec in ("utf-16-le", "utf-16-be"):
        result = clean_bytes(PAGE.encode(codec))
        assert result.page is not None and result.page["source"] == "html", codec
        assert result.encoding == codec
        assert result.text == "公园改造完工\n" + clean_prose() + "\n"
    (tmp_path / "u16.html").write_bytes(PAGE.encode("utf-16-le"))
    (tmp_path / "v16.txt").write_bytes(PAGE.encode("utf-16-le"))  # by content, whatever the name
    run = zhclean("clean", str(tmp_path / "u16.html"), str(tmp_path / "v16.txt"),
                  "--out", str(tmp_path / "out"), "-q")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert {r["source"] for r in manifest(tmp_path / "out")} == {"html"}


def test_the_title_is_in_the_script_of_the_text(tmp_path):
    from zhclean import Config, clean_bytes

    assert clean_bytes(PAGE.encode()).page["title"] == "公园改造完工"
    assert clean_bytes(PAGE.encode(), Config(target="keep")).page["title"] == "公園改造完工"
    simplified = clean_bytes(PAGE.encode()).text.splitlines()[1]
    simplified = PAGE.replace("公園改造完工", "公园改造完工").replace(PROSE, simplified)
    taiwan = clean_bytes(simplified.encode(), Config(target="traditional")).page["title"]
    assert taiwan == "公園改造完工"
    (tmp_path / "page.html").write_text(PAGE)
    run = zhclean("clean", str(tmp_path / "page.html"), "--out", str(tmp_path / "out"), "-q")
    assert run.returncode == 0, run.stderr
    assert manifest(tmp_path / "out")[0]["title"] == "公园改造完工"


def test_incremental_skips_an_unchanged_archive_and_jsonl_file(tmp_path):
    from test_warc import write_warc

    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz", 6)
    (folder / "a.jsonl").write_text(json.dumps({"text": PROSE}, ensure_ascii=False) + "\n")
    (folder / "page.html").write_text(PAGE)
    out = tmp_path / "out"
    args = ("clean", str(folder), "--out", str(out), "--incremental", "-q")
    assert zhclean(*args).returncode == 0
    first = {Path(r["input"]).name: r for r in manifest(out)}
    assert first["crawl.warc.gz"]["sha256_in"] and first["crawl.warc.gz"]["config"]
    written = {name: (out / name).stat().st_mtime_ns for name in ("crawl.jsonl.gz", "a.jsonl")}
    run = zhclean(*args)
    assert run.returncode == 0, run.stderr
    second = {Path(r["input"]).name: r for r in manifest(out)}
    assert all(second[name].get("cached") for name in second)
    assert {k: v for k, v in second["crawl.warc.gz"].items() if k != "cached"} == first[
        "crawl.warc.gz"
    ]
    assert written == {name: (out / name).stat().st_mtime_ns for name in written}
    # Another archive, or another option that changes records, cleans it again.
    write_warc(folder / "crawl.warc.gz", 7)
    assert zhclean(*args, "--keep-empty").returncode == 0
    third = {Path(r["input"]).name: r for r in manifest(out)}
    assert not third["crawl.warc.gz"].get("cached") and third["crawl.warc.gz"]["records_in"] == 7
    assert not third["a.jsonl"].get("cached")  # --keep-empty: other records could come out
    assert third["page.html"].get("cached")


def test_incremental_with_format_jsonl(tmp_path):
    (tmp_path / "a.ndjson").write_text(json.dumps({"text": PROSE}, ensure_ascii=False) + "\n")
    args = ("clean", str(tmp_path / "a.ndjson"), "--out", str(tmp_path / "out"), "--format",
            "jsonl", "--incremental", "-q")  # fmt: skip
    assert zhclean(*args).returncode == 0
    assert zhclean(*args).returncode == 0
    assert manifest(tmp_path / "out")[0]["cached"] is True
    assert zhclean(*args, "--dedup-lines").returncode == 2
