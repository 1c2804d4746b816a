#!/usr/bin/env python3
"""The layout stage alone, per kind of bench.py (issue 15): ms per MB of the documents.

    python benchmarks/layout_time.py                        # short-lines,dirty,clean,ab-lines
    python benchmarks/layout_time.py --kinds short-lines --runs 7
    python benchmarks/layout_time.py --first                # each document seen once

Each kind's documents are picked as ``bench.py --kinds`` picks them (400 files or 1 MB) and
cleaned once, recording every call of ``layout`` the pipeline makes (it goes again after
repair and boilerplate when it rejoined lines); then those calls alone are timed, best of
``--runs``, so the other stages and the load they put on the machine stay out of the figure.
As in ``bench.py --kinds``, the memos are warm: the kinds repeat a few dozen documents.
``--first`` instead cleans each document of a kind once, in a process whose per-process
tables were built on the README, and reports layout's share of the pipeline's timings: what
a page never seen costs (the kinds share texts: the clean pages are also cut into short
lines, garbled, converted).

To compare two commits, run the script of each tree (it imports the ``src/`` beside it),
alternately, under the same load.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench  # noqa: E402  (puts src/ and fixtures/ first on the path)

from zhclean import clean_bytes, pipeline  # noqa: E402
from zhclean.report import Report  # noqa: E402


def pick(pool: list[bytes]) -> tuple[list[bytes], int]:
    """The documents bench.py's table per kind cleans: 400 files or 1 MB."""
    docs: list[bytes] = []
    size = 0
    while len(docs) < 400 and size < 1e6:
        docs.append(pool[len(docs) % len(pool)])
        size += len(docs[-1])
    return docs, size


def warm(pool: list[bytes], runs: int) -> tuple[float, int]:
    """Best seconds of layout's calls over the kind's documents, and their bytes."""
    docs, size = pick(pool)
    calls = []
    layout = pipeline.layout

    def recorded(*args):
        calls.append(args)
        return layout(*args)

    pipeline.layout = recorded
    try:
        for doc in docs:
            clean_bytes(doc)
    finally:
        pipeline.layout = layout
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for text, _report, on, spaced, lexicon in calls:
            layout(text, Report(), on, spaced, lexicon)
        best = min(best, time.perf_counter() - start)
    return best, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kinds", default="short-lines,dirty,clean,ab-lines")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--first", action="store_true", help="each document seen once")
    args = parser.parse_args()
    pools = bench.kinds()
    pools.update(bench.stress_kinds(pools))
    kinds = args.kinds.split(",")
    if args.first:
        # The per-process tables built first, on text outside the kinds (the README), and
        # the word lists' sets, which a long run has (they replace binary searches after
        # SET_AFTER lookups): a cost once a process, not a page's.
        clean_bytes((ROOT / "README.md").read_bytes())
        from zhclean import words

        for _ in range(words.SET_AFTER + 1):
            _ = "中文" in words._words(), words._costs().get("中文")
        # The cyclic collector's time is shown apart: a full collection (tens of ms, over
        # every object of the process) lands in whichever kind's run it falls in.
        collecting = [0.0, 0.0]

        def clock(phase: str, info: dict) -> None:
            if phase == "start":
                collecting[1] = time.perf_counter()
            else:
                collecting[0] += time.perf_counter() - collecting[1]

        gc.callbacks.append(clock)
        print("| kind | layout ms/MB, first seen | all stages ms/MB | of which gc ms/MB |")
        print("|---|---|---|---|")
        for kind in kinds:
            timings: dict[str, float] = {}
            collecting[0] = 0.0
            for doc in pools[kind]:
                clean_bytes(doc, timings=timings)
            mb = sum(map(len, pools[kind])) / 1e6
            total = sum(timings.values())
            print(
                f"| {kind} | {1000 * timings['layout'] / mb:.0f} | {1000 * total / mb:.0f} | "
                f"{1000 * collecting[0] / mb:.0f} |"
            )
        return 0
    print(f"| kind | layout ms/MB (best of {args.runs}) |\n|---|---|")
    for kind in kinds:
        seconds, size = warm(pools[kind], args.runs)
        print(f"| {kind} | {1000 * seconds / (size / 1e6):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
