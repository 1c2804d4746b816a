"""What flushing outputs to disk costs: ``zhclean clean --jobs 1`` on many small files with
each ``--fsync`` mode, alternated, best and median of the rounds.

    python benchmarks/fsync.py [--files 2000] [--rounds 5] [--tmp /tmp]

The files (a few paragraphs each, about 4 KB) are written to a temporary folder on the
disk under ``--tmp`` and removed at the end; the outputs go to the same disk.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "公园新增了步道、绿地和儿童游乐区，周末人流明显增多。",
    "這是一段繁體中文的段落，用來檢驗轉換為簡體的結果是否正確。",
]
MODES = ("file", "run", "never")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tmp", default=tempfile.gettempdir())
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="zhclean-fsync-", dir=args.tmp))
    try:
        source = root / "in"
        source.mkdir()
        for i in range(args.files):
            text = "\n\n".join(f"第{i}篇{k}：" + PARAGRAPHS[(i + k) % 3] for k in range(8))
            (source / f"f{i:05d}.txt").write_text(text + "\n", encoding="utf-8")
        times: dict[str, list[float]] = {mode: [] for mode in MODES}
        for _ in range(args.rounds):
            for mode in MODES:
                out = root / "out"
                shutil.rmtree(out, ignore_errors=True)
                command = [sys.executable, "-m", "zhclean", "clean", str(source), "--out",
                           str(out), "--jobs", "1", "-q", "--fsync", mode]  # fmt: skip
                start = time.perf_counter()
                subprocess.run(command, check=True)
                times[mode].append(time.perf_counter() - start)
        print(f"{args.files} files, {args.rounds} rounds: seconds (best, median), ms per file")
        for mode in MODES:
            best, median = min(times[mode]), statistics.median(times[mode])
            per_file = median / args.files * 1000
            print(f"--fsync {mode:5}  {best:6.2f}  {median:6.2f}  {per_file:5.2f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
