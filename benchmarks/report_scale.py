#!/usr/bin/env python3
"""How `zhclean report` scales: time and peak memory on synthetic manifests of growing size.

    python benchmarks/report_scale.py [--records 1000000] [--also 10000,100000] [--seed 0]
                                      [--dir DIR] [--keep]

Writes a synthetic manifest of ``--records`` records (and one of each ``--also`` size)
that follows data/manifest.schema.json: statuses in a crawl's proportions (cleaned,
unchanged, dropped, skipped, error), per-rule counts, hashes, and 0 to 12 removed lines
per cleaned file drawn from what boilerplate removes (menus, breadcrumbs, lists of other
headlines, dates, tags, counters, notices, ads, teasers that read like prose). Then it
runs ``zhclean report MANIFEST --out report.html`` in a child process and prints its wall
time and peak resident memory (the child's own ``ru_maxrss``, from ``os.wait4``). The
inputs the records name do not exist, so each file's view shows the removed lines the
manifest lists (the views are capped at 200 files either way).

Memory bounded means the peak stays flat while the manifest grows a hundredfold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHANNELS = ["新闻", "财经", "体育", "科技", "娱乐", "汽车", "房产", "教育", "健康", "旅游"]
PLACES = ["江西", "广州", "成都", "杭州", "西安", "武汉", "南京", "天津", "青岛", "昆明"]
EVENTS = [
    "开展车辆救援技能比武大赛",
    "鲜花盛开市民踏春游玩",
    "新建地铁线路正式开通",
    "举办第三届国际马拉松",
    "发布夏季防汛工作方案",
    "多家企业联合招聘会举行",
    "老旧小区改造工程完工",
    "一季度经济数据出炉",
]
PROSE = [
    "据了解，该项目总投资约十二亿元，预计明年年底建成投用，届时将惠及周边三十万居民。",
    "专家表示，这一政策的出台有利于稳定市场预期，但具体效果还有待进一步观察。",
    "记者从市交通局获悉，今年以来全市共新增公交线路十八条，优化调整线路二十五条。",
    "他说，这件事我们做了三年，终于在去年秋天完成了，大家心里都很踏实。",
]
STATUSES = [("cleaned", 80), ("unchanged", 14), ("dropped", 2), ("skipped", 3), ("error", 1)]
# In-line changes and how often a cleaned page has them.
INLINE = {
    "ZH602": 0.9,
    "ZH402": 0.5,
    "ZH401": 0.4,
    "ZH403": 0.3,
    "ZH103": 0.2,
    "ZH207": 0.05,
    "ZH501": 0.1,
    "ZH203": 0.03,
    "ZH201": 0.01,
}


def removed_line(rng: random.Random, site: str) -> tuple[str, str]:
    """One removed line and its rule, in the proportions a crawl of news sites gives.
    Headlines and teasers carry a date, so that most texts are distinct (a real crawl's
    lists of other articles are), and only a site's template lines recur."""
    kind = rng.random()
    place, event = rng.choice(PLACES), rng.choice(EVENTS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if kind < 0.40:
        return "ZH304", f"{month}月{day}日{place}{event}"
    if kind < 0.55:
        channel = rng.choice(CHANNELS)
        return "ZH303", rng.choice(
            [
                f"首页 > {channel} > 正文",
                f"上一篇：{month}月{day}日{place}{event}",
                "分享到：微信 微博 QQ空间",
            ]
        )
    if kind < 0.63:
        minute = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        return "ZH308", f"2022-{month:02d}-{day:02d} {minute}"
    if kind < 0.71:
        return "ZH309", f"标签：{rng.choice(CHANNELS)} {place} {rng.choice(CHANNELS)}"
    if kind < 0.78:
        return "ZH307", f"浏览次数：{rng.randint(10, 99999)}"
    if kind < 0.84:
        return "ZH305", f"版权所有 © 2022 {site} 保留所有权利，未经授权不得转载。"
    if kind < 0.90:
        return "ZH302", f"{site}娱乐官网 真人棋牌 注册就送{rng.randint(8, 88)}元"
    if kind < 0.96:
        return "ZH312", f"本文摘要：{month}月{day}日，{rng.choice(PROSE)}"
    return "ZH304", f"{place}{month}月{day}日电：{rng.choice(PROSE)}"


def make_record(rng: random.Random, number: int) -> dict:
    """One manifest record following data/manifest.schema.json."""
    site = f"site{number % 5000:04d}.cn"
    name = f"crawl/part-{number // 10_000:04d}/{site}/page-{number:07d}.txt"
    status = rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
    digest = hashlib.blake2b(name.encode(), digest_size=32).hexdigest()
    lines_in = rng.randint(5, 120)
    removed: list[dict] = []
    rules: dict[str, int] = {}
    if status == "cleaned":
        lines = sorted(rng.sample(range(1, lines_in + 1), min(lines_in, rng.randint(0, 12))))
        for line in lines:
            rule, text = removed_line(rng, site)
            removed.append({"line": line, "rule": rule, "text": text})
            rules[rule] = rules.get(rule, 0) + 1
        for code, share in INLINE.items():
            if rng.random() < share:
                rules[code] = 1 if code == "ZH602" else rng.randint(1, 40)
    elif status == "dropped":
        rules["ZH905"] = 1
    ok = status in ("cleaned", "unchanged", "dropped")
    bytes_in = rng.randint(500, 60_000)
    return {
        "input": name,
        "output": f"out/{name}" if ok else None,
        "status": status,
        "encoding": rng.choice(["utf-8", "utf-8", "gb18030", "big5hkscs"]) if ok else None,
        "confidence": 1.0 if ok else None,
        "bytes_in": bytes_in,
        "bytes_out": int(bytes_in * 0.8) if ok else None,
        "sha256_in": digest,
        "sha256_out": digest[::-1] if ok else None,
        "script_in": "simplified" if ok else None,
        "script_out": "simplified" if ok else None,
        "lines_in": lines_in if ok else None,
        "lines_out": lines_in - len(removed) if ok else None,
        "rules": dict(sorted(rules.items())),
        "removed": removed,
        "warnings": [],
        "error": None if ok else rng.choice(["undecodable", "not text: PNG image"]),
        "config": "c0ffee",
    }


def write_manifest(path: Path, records: int, seed: int) -> float:
    """Write ``records`` records to ``path``; returns its size in MB."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", buffering=1 << 20) as handle:
        for number in range(records):
            handle.write(json.dumps(make_record(rng, number), ensure_ascii=False) + "\n")
    return path.stat().st_size / 1e6


def run_report(manifest: Path, out: Path) -> tuple[float, float, str]:
    """``zhclean report`` in a child process: (seconds, peak RSS in MB, its last line)."""
    argv = [sys.executable, "-m", "zhclean", "report", str(manifest), "--out", str(out)]
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"zhclean report failed ({child.returncode}):\n{output}")
    return seconds, usage.ru_maxrss / 1024, output.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--also", default="10000,100000", help="smaller sizes, comma-separated")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to write (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the manifests and reports")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.also.split(",") if s.strip()} | {args.records})
    folder = args.dir or Path(tempfile.mkdtemp(prefix="zhclean-report-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"{'records':>10} {'manifest MB':>12} {'write s':>8} {'report s':>9} {'peak RSS MB':>12}  page"
    )
    try:
        for size in sizes:
            manifest = folder / f"scale-{size}.jsonl"
            started = time.perf_counter()
            megabytes = write_manifest(manifest, size, args.seed)
            written = time.perf_counter() - started
            seconds, peak, line = run_report(manifest, folder / f"report-{size}.html")
            page = line.split(" (", 1)[1].split(")", 1)[0] if " (" in line else line
            print(
                f"{size:>10,} {megabytes:>12,.0f} {written:>8.1f} {seconds:>9.1f} {peak:>12,.0f}  {page}"
            )
            if not args.keep:
                manifest.unlink()
    finally:
        if not args.keep and args.dir is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
