#!/usr/bin/env python3
"""Throughput: zhclean against the naive chain a user would write, in one run.

    python benchmarks/bench.py [--mb 200] [--jobs N]

Builds an in-memory corpus of about ``--mb`` megabytes from the seeds, the
gold pages and the generated dirty fixtures (clean, dirty, Traditional,
garbled, GBK and UTF-16 documents mixed), then reports:

- zhclean with one process and with all cores: MB/s, documents/s;
- the naive chain (chardet on the whole file, ftfy.fix_text, OpenCC t2s on
  every document), one process, and the ratio zhclean / naive;
- the time per MB of each stage, so the slowest is visible;
- the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zhclean import clean_bytes  # noqa: E402


def corpus(megabytes: float) -> list[bytes]:
    sources = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "dirty").glob("*.txt"))]
    sources += [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    sources += [p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < megabytes * 1e6:
        doc = sources[i % len(sources)]
        docs.append(doc)
        size += len(doc)
        i += 1
    return docs


def naive(data: bytes) -> str:
    import chardet
    import ftfy
    import opencc

    global _T2S
    if "_T2S" not in globals():
        _T2S = opencc.OpenCC("t2s")
    encoding = chardet.detect(data)["encoding"] or "utf-8"
    text = data.decode(encoding, errors="replace")
    return _T2S.convert(ftfy.fix_text(text))


def _clean(data: bytes) -> int:
    return len(clean_bytes(data).data or b"")


def timed(label: str, function, docs: list[bytes], size: int) -> float:
    start = time.perf_counter()
    function(docs)
    seconds = time.perf_counter() - start
    print(f"| {label} | {size / seconds / 1e6:.2f} | {len(docs) / seconds:.0f} | {seconds:.1f} |")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=200.0, help="corpus size in MB (default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    docs = corpus(args.mb)
    size = sum(map(len, docs))
    clean_bytes(docs[0])  # load word lists, converters and pinyin data once, outside the timing
    print(f"corpus: {len(docs)} documents, {size / 1e6:.1f} MB\n")
    print("| run | MB/s | docs/s | seconds |")
    print("|---|---|---|---|")
    one = timed("zhclean, 1 process", lambda d: [_clean(x) for x in d], docs, size)
    with ProcessPoolExecutor(args.jobs) as pool:
        list(pool.map(_clean, docs[: args.jobs * 2]))  # warm the workers
        many = timed(
            f"zhclean, {args.jobs} processes",
            lambda d: list(pool.map(_clean, d, chunksize=max(1, len(d) // (args.jobs * 8)))),
            docs,
            size,
        )
    sample = docs[: max(1, len(docs) // 10)]  # the naive chain is slow: a tenth is enough
    sample_size = sum(map(len, sample))
    naive_seconds = timed(
        "naive chain (chardet, ftfy, OpenCC), 1 process",
        lambda d: [naive(x) for x in d],
        sample,
        sample_size,
    )
    zh_rate = size / one
    naive_rate = sample_size / naive_seconds
    print(
        f"\nzhclean / naive (1 process): {zh_rate / naive_rate:.2f}x; {args.jobs} processes / 1: {one / many:.2f}x"
    )

    timings: dict[str, float] = {}
    for data in sample:
        clean_bytes(data, timings=timings)
    total = sum(timings.values())
    print("\n| stage | ms per MB | share |")
    print("|---|---|---|")
    for stage, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(
            f"| {stage} | {1000 * seconds / (sample_size / 1e6):.0f} | {100 * seconds / total:.0f}% |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the main process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
