"""A large HTML page through the CLI: generate an article page of ``--mb`` MB (navigation,
headings, tables, a footer around tens of thousands of paragraphs), clean it, print the
time and the peak RSS.

    python benchmarks/big_page.py [--mb 21] [--src PATH] [--tmp /tmp]

``--src`` runs another checkout's ``src/`` (``git archive REV src | tar -x -C DIR``
gives one): the same page, before and after a change. The page is written to a
temporary folder and removed at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "公园新增了步道、绿地和儿童游乐区，周末人流明显增多，附近商户的生意也好了起来。",
    "據市政部門介紹，工程總投資約一點二億元，主要用於排水系統和照明設施的改造。",
    "不少市民表示，改造后的公园环境更好了，希望今后能够加强日常管理和维护。",
]


def write_page(path: Path, megabytes: float) -> None:
    rng = random.Random(1)
    parts = [
        '<!doctype html><html><head><meta charset="utf-8"><title>大页面</title></head><body>'
        '<nav><a href="/">首页</a> <a href="/n">新闻</a></nav><article><h1>大页面</h1>'
    ]
    size, target, i = len(parts[0]), int(megabytes * 1e6), 0
    while size < target:
        text = "".join(rng.choice(PARAGRAPHS) for _ in range(rng.randint(1, 6)))
        part = f"<p>{text}第{i}段。</p>\n"
        if i % 50 == 0:
            part += f"<h2>第{i // 50}节</h2><table><tr><td>项目</td><td>{i}</td></tr></table>\n"
        parts.append(part)
        size += len(part.encode())
        i += 1
    parts.append("</article><footer>版权所有 &copy; 2020</footer></body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=21.0)
    parser.add_argument("--src", help="another checkout's src/ to run")
    parser.add_argument("--tmp", default=tempfile.gettempdir())
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="zhclean-page-", dir=args.tmp))
    try:
        page = root / "big.html"
        write_page(page, args.mb)
        env = dict(os.environ)
        if args.src:
            env["PYTHONPATH"] = str(Path(args.src).resolve())
        command = [sys.executable, "-m", "zhclean", "clean", str(page), "--out",
                   str(root / "out"), "-q"]  # fmt: skip
        started = time.perf_counter()
        run = subprocess.run(command, env=env)
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        record = (root / "out" / "manifest.jsonl").read_text("utf-8")
        status = record.split('"status": "', 1)[1].split('"', 1)[0]
        print(f"{page.stat().st_size / 2**20:.1f} MB page: exit {run.returncode}, {status}, "
              f"{elapsed:.1f} s, peak RSS {peak:.0f} MB")  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
