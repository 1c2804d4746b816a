"""WARC and WET archives: generated with warcio itself, cleaned into JSONL in order, the
same bytes on one process, two, and Ray; damaged archives are records, not tracebacks."""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from zhclean import Config
from zhclean.warc import clean_warc_stream

PARAGRAPHS = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "公园新增了步道、绿地和儿童游乐区，周末人流明显增多，附近商户的生意也好了起来。",
    "這是一段繁體中文的段落，用來檢驗轉換為簡體的結果是否正確。",
]


def page(i: int) -> str:
    body = "".join(f"<p>第{i}篇：{PARAGRAPHS[(i + k) % 3]}</p>" for k in range(2))
    nav = '<nav><a href="/">首页</a> <a href="/n">新闻</a></nav>'
    return f"<html><head><title>文章{i}</title></head><body>{nav}<article>{body}</article></body></html>"


def write_warc(path: Path, count: int, gz: bool = True) -> list[str]:
    """``count`` response records (UTF-8, GBK with a lying GB2312 header, Big5 in the HTTP
    header only, no charset at all), with requests, a warcinfo, an image and a redirect
    between them; returns the URLs of the documents, in order."""
    urls = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for i in range(count):
            url = f"http://example.cn/{i}.html"
            kind = i % 4
            html = page(i)
            if kind == 0:
                data, ctype = html.encode("utf-8"), "text/html; charset=utf-8"
            elif kind == 1:
                html = html.replace("<head>", '<head><meta charset="gb2312">')
                data, ctype = html.encode("gbk", "replace"), "text/html"
            elif kind == 2:
                data, ctype = html.encode("big5", "replace"), "text/html; charset=big5"
            else:
                data, ctype = html.encode("utf-8"), "text/html"
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
            writer.write_record(request)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), http_headers=http
            )
            writer.write_record(record)
            urls.append(url)
            if i % 100 == 7:
                image = StatusAndHeaders(
                    "200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(
                        url + ".png",
                        "response",
                        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"),
                        http_headers=image,
                    )
                )
                moved = StatusAndHeaders("301 Moved", [("Location", "/x")], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        url + "?r", "response", payload=io.BytesIO(b""), http_headers=moved
                    )
                )
    return urls


def zhclean(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zhclean", "clean", *args, "-q"],
        capture_output=True,
        text=True,
        env=env,
    )


def read_jsonl_gz(path: Path) -> list[dict]:
    return [json.loads(line) for line in gzip.decompress(path.read_bytes()).decode().splitlines()]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("warc")
    urls = write_warc(folder / "crawl.warc.gz", 1000)
    return folder, urls


def test_a_thousand_records_clean_to_jsonl_in_order(archive, tmp_path):
    folder, urls = archive
    run = zhclean(str(folder), "--out", str(tmp_path / "one"), "--jobs", "1")
    assert run.returncode == 0, run.stderr
    records = read_jsonl_gz(tmp_path / "one" / "crawl.jsonl.gz")
    assert [r["url"] for r in records] == urls
    assert all(r["warc_record_id"].startswith("<urn:uuid:") and r["date"] for r in records)
    first, gbk, big5 = records[0], records[1], records[2]
    assert first["text"] == f"第0篇：{PARAGRAPHS[0]}\n第0篇：{PARAGRAPHS[1]}"  # the nav went
    assert gbk["zhclean"]["encoding"] == "gb18030" and "第1篇" in gbk["text"]
    assert big5["zhclean"]["encoding"].startswith("big5") and "第2篇" in big5["text"]
    assert first["zhclean"]["source"] == "html" and first["zhclean"]["title"] == "文章0"
    manifest = [
        json.loads(line) for line in (tmp_path / "one" / "manifest.jsonl").read_text().splitlines()
    ]
    (record,) = manifest
    assert record["format"] == "warc" and record["records_in"] == 1000
    assert record["records_out"] == 1000 and record["records_skipped"] == 1000 + 1 + 20
    assert record["status"] == "cleaned" and record["malformed"] == []


def test_same_bytes_with_one_and_two_processes(archive, tmp_path):
    folder, _ = archive
    for jobs in ("1", "2"):
        run = zhclean(str(folder), "--out", str(tmp_path / jobs), "--jobs", jobs)
        assert run.returncode == 0, run.stderr
    one = (tmp_path / "1" / "crawl.jsonl.gz").read_bytes()
    assert one == (tmp_path / "2" / "crawl.jsonl.gz").read_bytes()


def test_wet_conversion_records_are_text(tmp_path):
    path = tmp_path / "crawl.wet"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for i in range(3):
            text = f"标题{i}\n\n{PARAGRAPHS[i]}\n".encode()
            record = writer.create_warc_record(
                f"http://a.cn/{i}",
                "conversion",
                payload=io.BytesIO(text),
                warc_headers_dict={"Content-Type": "text/plain"},
            )
            writer.write_record(record)
    sink = io.BytesIO()
    with open(path, "rb") as stream:
        summary = clean_warc_stream(stream, sink, Config())
    records = [json.loads(line) for line in sink.getvalue().decode().splitlines()]
    assert [r["text"] for r in records] == ["标题0\n" + PARAGRAPHS[0], "标题1\n" + PARAGRAPHS[1],
                                            "标题2\n经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"[:0] + "标题2\n这是一段繁体中文的段落，用来检验转换为简体的结果是否正确。"]  # fmt: skip
    assert records[0]["zhclean"]["source"] == "text" and summary["records_out"] == 3


def test_a_truncated_archive_keeps_what_came_before_and_is_an_error(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_warc(src / "whole.warc.gz", 10)
    data = (src / "whole.warc.gz").read_bytes()
    (src / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    (src / "garbage.warc").write_bytes(
        b"WARC/1.0\r\nthis is no header\r\n\r\n" + random.Random(7).randbytes(300)
    )
    run = zhclean(str(src), "--out", str(tmp_path / "out"))
    assert run.returncode == 3 and "Traceback" not in run.stderr
    assert "cut.warc.gz" in run.stderr and "garbage.warc" in run.stderr
    manifest = {
        Path(r["input"]).name: r
        for r in map(json.loads, (tmp_path / "out" / "manifest.jsonl").read_text().splitlines())
    }
    assert manifest["whole.warc.gz"]["status"] == "cleaned"
    cut = manifest["cut.warc.gz"]
    assert cut["status"] == "error" and "truncated" in cut["error"]
    kept = read_jsonl_gz(tmp_path / "out" / "cut.jsonl.gz")
    assert 0 < len(kept) < 10 and kept[0]["url"] == "http://example.cn/0.html"
    assert manifest["garbage.warc"]["status"] == "error"


def test_a_record_that_is_no_page_is_malformed_not_fatal(tmp_path):
    path = tmp_path / "a.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        bad = b"<html><body>" + b"\xff\xfe\x80\x81" * 50
        for payload in (bad, page(1).encode(), b"", b"\x89PNG\r\n\x1a\n" + bytes(100)):
            writer.write_record(
                writer.create_warc_record(
                    "http://a.cn/", "response", payload=io.BytesIO(payload), http_headers=http
                )
            )
    sink = io.BytesIO()
    with open(path, "rb") as stream:
        summary = clean_warc_stream(stream, sink, Config())
    assert summary["records_out"] == 1 and summary["malformed"][0]["record"] == 1
    assert summary["records_dropped"] == 2 and len(summary["malformed"]) == 1  # empty, binary
    assert "undecodable" in summary["malformed"][0]["error"]


def test_same_bytes_on_ray(archive, tmp_path):
    os.environ.setdefault("RAY_AUTH_MODE", "token")
    ray = pytest.importorskip("ray", reason="Ray is not installed: the Ray engine is not tested")
    folder, _ = archive
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "token"}
    if ray.is_initialized():
        ray.shutdown()
    context = ray.init(
        address="local", num_cpus=2, include_dashboard=False, log_to_driver=False,
        logging_level=logging.ERROR, _node_ip_address="127.0.0.1",
    )  # fmt: skip
    try:
        address = context.address_info["gcs_address"]
        on_ray = zhclean(str(folder), "--out", str(tmp_path / "ray"), "--engine", "ray",
                         "--ray-address", address, env=env)  # fmt: skip
    finally:
        ray.shutdown()
    assert on_ray.returncode == 0, on_ray.stderr
    local = zhclean(str(folder), "--out", str(tmp_path / "local"), "--jobs", "1")
    assert local.returncode == 0
    ray_bytes = (tmp_path / "ray" / "crawl.jsonl.gz").read_bytes()
    assert ray_bytes == (tmp_path / "local" / "crawl.jsonl.gz").read_bytes()


def test_an_archive_cut_anywhere_is_found_out(tmp_path):
    """warcio ends quietly where a gzip member is cut: every cut that is not a record's
    boundary (a shorter archive, whole) is an archive that breaks off."""
    write_warc(tmp_path / "w.warc.gz", 6)
    data = (tmp_path / "w.warc.gz").read_bytes()
    for cut in range(20, len(data), 37):
        summary = clean_warc_stream(io.BytesIO(data[:cut]), io.BytesIO(), Config())
        try:
            gzip.decompress(data[:cut])
            whole = True
        except (EOFError, OSError):
            whole = False
        assert (summary["failure"] is None) == whole, (cut, summary["failure"])
        if not whole:
            assert "truncated" in summary["failure"]


def test_a_text_named_like_an_archive_is_an_error_not_a_cleaned_archive(tmp_path):
    # warcio reads a text's first line as an old ARC header: the first bytes decide.
    fake = "This is not a web archive.\nJust some lines of text.\n\nAnother paragraph.\n" * 3
    summary = clean_warc_stream(io.BytesIO(fake.encode()), io.BytesIO(), Config())
    assert summary["failure"] == "not a WARC or ARC archive: no WARC/ version line at its start"
    assert summary["records_in"] == 0
