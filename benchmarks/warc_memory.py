"""Memory on a large web archive: generate a WARC of about ``--mb`` MB (1 GB by default)
in a temporary folder, clean it to JSONL with the CLI, print the peak RSS and the time.

    python benchmarks/warc_memory.py [--mb 1024] [--jobs 2] [--gzip] [--tmp /tmp] [--keep]
                                     [--trace SECONDS]

The archive holds ``response`` records of generated Chinese news pages of some 50 KB
(GBK, Big5 and UTF-8, charsets in the HTTP header or in ``<meta>``; navigation, a large
script and style as a crawled page has, a footer, a list of other articles around each
article) with a ``request`` before each, written with warcio itself. The paragraphs are
drawn from a pool with numbers in them, so no two pages are the same.

Peak RSS is sampled from ``/proc`` every 0.2 s: the largest of the main process alone,
and of the main process and its workers together. Everything under the temporary
folder is deleted at the end (``--keep`` keeps it).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SENTENCES = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放",
    "公园新增了步道、绿地和儿童游乐区，周末人流明显增多，附近商户的生意也好了起来",
    "据市政部门介绍，工程总投资约一点二亿元，主要用于排水系统和照明设施的改造",
    "不少市民表示，改造后的公园环境更好了，希望今后能够加强日常管理和维护",
    "这是一段用来检验清洗结果的文字，里面有数字、标点和常见的新闻用语",
    "記者從有關部門了解到，今年以來全市共新建改建公園綠地三十餘處",
    "專家認為，城市公園的規劃應當兼顧生態保護和市民休閒的需要",
]
NAV = "".join(f'<li><a href="/c{i}">{name}</a></li>' for i, name in enumerate(
    ["首页", "新闻", "国际", "财经", "体育", "娱乐", "科技", "汽车", "房产", "教育"]))  # fmt: skip


def page(rng: random.Random, number: int) -> str:
    paragraphs = []
    for _ in range(rng.randint(8, 30)):
        picked = [rng.choice(SENTENCES) for _ in range(rng.randint(2, 5))]
        paragraphs.append(f"<p>{'，'.join(picked)}，第{rng.randint(1, 99999)}号。</p>")
    related = "".join(
        f'<li><a href="/n{rng.randint(1, 10**6)}">{rng.choice(SENTENCES)[:14]}</a></li>'
        for _ in range(8)
    )
    # A page as crawled: most of its bytes are styles and scripts (a median web page is
    # some 50 KB of HTML around a few KB of text).
    style = "<style>" + "".join(f".c{i}{{margin:{i % 9}px}}" for i in range(rng.randint(200, 600)))
    style += "</style>"
    values = ",".join(str(rng.randint(0, 10**6)) for _ in range(rng.randint(2000, 6000)))
    script = f"<script>var data = [{values}];</script>"
    return (
        f"<!DOCTYPE html><html><head><title>新闻{number}_城东新闻网</title>{style}{script}"
        f'</head><body><div class="header"><ul class="nav">{NAV}</ul></div>'
        f'<div class="main"><h1>新闻{number}</h1><div class="info">来源：城东新闻网 '
        f"2024-05-{number % 28 + 1:02d}</div>{''.join(paragraphs)}</div>"
        f'<div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>'
        f'<div class="footer">版权所有 &copy; 城东新闻网 京ICP备12345678号</div></body></html>'
    )


def write_archive(path: Path, megabytes: int, gz: bool) -> int:
    """Records until the file holds ``megabytes`` MB; returns how many pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from zhclean.chardata import convert

    rng = random.Random(17)
    target = megabytes << 20
    count = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        while handle.tell() < target:
            url = f"http://news.example.cn/{count}.html"
            html = page(rng, count)
            kind = count % 3
            if kind == 0:
                data, ctype = html.encode("utf-8"), "text/html; charset=utf-8"
            elif kind == 1:
                html = html.replace("<head>", '<head><meta charset="gb2312">')
                data, ctype = html.encode("gbk"), "text/html"
            else:  # a Traditional page
                data, ctype = (
                    convert(html, "s2t").encode("big5", "replace"),
                    "text/html; charset=big5",
                )
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET /\r\n"))
            writer.write_record(request)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(data), http_headers=http)
            )  # fmt: skip
            count += 1
    return count


def _rss(pid: int) -> int:
    """Resident set size of a process in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


class Sampler(threading.Thread):
    """The peak RSS of a process alone and with its children, sampled; with ``every``
    seconds, a line of the RSS so far at each such step (does it level off?)."""

    def __init__(self, pid: int, every: float = 0.0) -> None:
        super().__init__(daemon=True)
        self.pid, self.main, self.tree, self.running = pid, 0, 0, True
        self.every = every

    def run(self) -> None:
        started = last = time.monotonic()
        while self.running:
            main = _rss(self.pid)
            workers = [_rss(c) for c in _children(self.pid)]
            self.main = max(self.main, main)
            self.tree = max(self.tree, main + sum(workers))
            now = time.monotonic()
            if self.every and now - last >= self.every:
                last = now
                each = ", ".join(f"{w / 2**20:.0f}" for w in workers)
                print(f"  {now - started:5.0f} s: main {main / 2**20:.0f} MB, workers {each} MB",
                      flush=True)  # fmt: skip
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=1024, help="size of the archive (MB)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--gzip", action="store_true", help="write a .warc.gz")
    parser.add_argument("--tmp", default=tempfile.gettempdir())
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--trace", type=float, default=0.0, help="print the RSS every N s")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="zhclean-warc-", dir=args.tmp))
    try:
        archive = root / ("crawl.warc.gz" if args.gzip else "crawl.warc")
        started = time.perf_counter()
        pages = write_archive(archive, args.mb, args.gzip)
        size = archive.stat().st_size
        print(f"archive: {size / 2**20:.0f} MB, {pages} pages, written in "
              f"{time.perf_counter() - started:.0f} s")  # fmt: skip
        out = root / "out"
        command = [sys.executable, "-m", "zhclean", "clean", str(archive), "--out", str(out),
                   "--jobs", str(args.jobs), "-q"]  # fmt: skip
        started = time.perf_counter()
        run = subprocess.Popen(command)
        sampler = Sampler(run.pid, args.trace)
        sampler.start()
        code = run.wait()
        sampler.running = False
        elapsed = time.perf_counter() - started
        outputs = [p for p in out.iterdir() if p.name != "manifest.jsonl"]
        written = sum(p.stat().st_size for p in outputs)
        print(f"exit {code}; {elapsed:.0f} s, {size / 2**20 / elapsed:.2f} MB/s; "
              f"output {written / 2**20:.0f} MB")  # fmt: skip
        print(f"peak RSS: main process {sampler.main / 2**20:.0f} MB, "
              f"with its {args.jobs} workers {sampler.tree / 2**20:.0f} MB")  # fmt: skip
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
