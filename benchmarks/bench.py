#!/usr/bin/env python3
"""Throughput and memory: zhclean against the naive chain a user would write, in one run.

    python benchmarks/bench.py [--mb 200] [--jobs N] [--repeat 3] [--big-mb 1000] [--engines]

Builds an in-memory corpus of about ``--mb`` megabytes from the repository's
own documents (seeds, hand-made gold and pages, generated fixtures), mixed by
kind in fixed shares (printed first): already-clean UTF-8, dirty scraped
pages, Traditional, converter-garbled, GB18030 and mojibake documents. Then:

- zhclean with one process and with ``--jobs`` processes: MB/s, documents/s;
- the naive chain (chardet on the whole file, ftfy.fix_text, OpenCC t2s on
  every document), one process, on every tenth document (same mix), and the
  ratio zhclean / naive measured in this process;
- MB/s per kind, and the time per MB of each stage, so the slowest is visible;
- with ``--big-mb``, one file of that size cleaned by the CLI in a child
  process (streamed): seconds and the child's peak resident memory;
- with ``--engines`` (needs ``zhclean[ray]``), the corpus written out as files
  and cleaned by the CLI twice, ``--jobs N`` and ``--engine ray`` (a Ray
  instance of N CPUs started by the run): seconds, the ratio, the overhead per
  file, and a check that both wrote the same bytes.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "fixtures"))

from zhclean import clean_bytes  # noqa: E402

# Shares of the documents (not of the bytes) by kind.
MIX = {
    "clean": 0.40,
    "dirty": 0.25,
    "traditional": 0.10,
    "garbled": 0.10,
    "gb18030": 0.10,
    "mojibake": 0.05,
}


def _texts(pattern: str) -> list[str]:
    """The UTF-8 files of ``pattern`` as text (pages in other encodings are left out here)."""
    out = []
    for path in sorted(ROOT.glob(pattern)):
        try:
            out.append(path.read_text("utf-8"))
        except UnicodeDecodeError:
            continue
    return out


def kinds() -> dict[str, list[bytes]]:
    """Documents of each kind, all from files in the repository."""
    from make_fixtures import gloss, inject_commas

    from zhclean.stages.script import convert

    rng = random.Random(2024)
    clean = _texts("tests/data/gold/*.txt") + _texts("fixtures/clean/*.txt")
    clean += _texts("tests/data/pages/*.gold")
    dirty = _texts("seeds/*.txt") + _texts("tests/data/pages/*.txt")
    garbled = [
        convert("\n".join(inject_commas(rng, gloss(rng, line)) for line in text.split("\n")), "s2t")
        for text in clean
    ]
    return {
        "clean": [t.encode("utf-8") for t in clean],
        "dirty": [t.encode("utf-8") for t in dirty]
        + [p.read_bytes() for p in sorted((ROOT / "fixtures" / "dirty").glob("*.txt"))],
        "traditional": [convert(t, "s2tw").encode("utf-8") for t in clean],
        "garbled": [t.encode("utf-8") for t in garbled],
        "gb18030": [t.encode("gb18030") for t in clean + dirty],
        "mojibake": [t.encode("utf-8").decode("latin-1").encode("utf-8") for t in clean],
    }


def corpus(megabytes: float) -> list[tuple[str, bytes]]:
    """About ``megabytes`` of documents, kinds interleaved in the shares of MIX."""
    pools = kinds()
    slots = [kind for kind, share in MIX.items() for _ in range(round(share * 20))]
    docs: list[tuple[str, bytes]] = []
    size, i = 0, 0
    while size < megabytes * 1e6:
        kind = slots[i % len(slots)]
        pool = pools[kind]
        doc = pool[(i // len(slots)) % len(pool)]
        docs.append((kind, doc))
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


def run_time(function, docs: list[bytes]) -> float:
    start = time.perf_counter()
    function(docs)
    return time.perf_counter() - start


def report(label: str, seconds: float, docs: list[bytes]) -> float:
    """Print one row of the table; returns MB/s."""
    size = sum(map(len, docs))
    print(f"| {label} | {size / seconds / 1e6:.2f} | {len(docs) / seconds:.0f} | {seconds:.1f} |")
    return size / seconds


def timed(label: str, function, docs: list[bytes]) -> float:
    return report(label, run_time(function, docs), docs)


def big_file(megabytes: float, mixed: list[tuple[str, bytes]]) -> None:
    """One large file, cleaned by the CLI in a child process: time and the child's peak RSS.

    A large file is one document of one encoding (a book, a site dump): the UTF-8 kinds
    of the corpus, mojibake aside, one after the other.
    """
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.txt"
        kinds_in = ("clean", "dirty", "traditional", "garbled")
        utf8 = [d for kind, d in mixed if kind in kinds_in and _is_utf8(d)]
        with source.open("wb") as handle:
            written, i = 0, 0
            while written < megabytes * 1e6:
                doc = utf8[i % len(utf8)] + b"\n\n"
                handle.write(doc)
                written += len(doc)
                i += 1
        command = [sys.executable, "-m", "zhclean", "clean", str(source), "--out", f"{tmp}/out"]
        start = time.perf_counter()
        child = subprocess.Popen([*command, "-q"])
        # wait4: the peak memory of this child alone (RUSAGE_CHILDREN would also count
        # the pool's workers of the runs above).
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"zhclean failed on the large file (status {status})")
        peak = usage.ru_maxrss / 1024
        print(
            f"\none file of {written / 1e6:.0f} MB (streamed by the CLI): {seconds:.0f} s, "
            f"{written / seconds / 1e6:.2f} MB/s, peak RSS of the child process {peak:.0f} MB"
        )


def engines(mixed: list[tuple[str, bytes]], jobs: int) -> None:
    """The same files through the CLI's local engine and its Ray engine, one machine."""
    import hashlib

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus"
        for i, (_, doc) in enumerate(mixed):
            path = source / f"{i // 1000:04d}" / f"{i:07d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(doc)
        size = sum(len(doc) for _, doc in mixed)
        print(f"\n{len(mixed)} files, {size / 1e6:.0f} MB, through the CLI with {jobs} CPUs:\n")
        print("| engine | seconds | MB/s | files/s |")
        print("|---|---|---|---|")
        seconds, digests = {}, {}
        for engine in ("local", "ray"):
            out = Path(tmp) / f"out-{engine}"
            command = [sys.executable, "-m", "zhclean", "clean", str(source), "--out", str(out)]
            command += ["--jobs", str(jobs), "-q", "--engine", engine]
            start = time.perf_counter()
            subprocess.run(command, check=False)
            seconds[engine] = time.perf_counter() - start
            digest = hashlib.sha256()
            for path in sorted(out.rglob("*.txt")):
                digest.update(path.relative_to(out).as_posix().encode() + path.read_bytes())
            digests[engine] = digest.hexdigest()
            label = f"--jobs {jobs}" if engine == "local" else f"--engine ray ({jobs} CPUs)"
            print(
                f"| {label} | {seconds[engine]:.1f} | {size / seconds[engine] / 1e6:.2f} "
                f"| {len(mixed) / seconds[engine]:.0f} |"
            )
        extra = (seconds["ray"] - seconds["local"]) / len(mixed) * 1000
        print(
            f"\nray / local: {seconds['ray'] / seconds['local']:.2f}x the time; "
            f"overhead {extra:.2f} ms per file; same output bytes: "
            f"{'yes' if digests['ray'] == digests['local'] else 'NO'}"
        )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=200.0, help="corpus size in MB (default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each engine; best kept")
    parser.add_argument("--big-only", action="store_true", help="only the --big-mb run")
    parser.add_argument("--big-mb", type=float, default=0, help="also clean one file this large")
    parser.add_argument(
        "--engines", action="store_true", help="only: the CLI's local engine against --engine ray"
    )
    args = parser.parse_args()
    mixed = corpus(args.mb)
    docs = [doc for _, doc in mixed]
    size = sum(map(len, docs))
    if args.big_only:
        big_file(args.big_mb or 1000, mixed)
        return 0
    if args.engines:
        engines(mixed, args.jobs)
        return 0
    clean_bytes(docs[0])  # load word lists, converters and pinyin data once, outside the timing
    print(f"corpus: {len(docs)} documents, {size / 1e6:.1f} MB\n")
    print("| kind | documents | MB |")
    print("|---|---|---|")
    for kind in MIX:
        of_kind = [doc for k, doc in mixed if k == kind]
        print(f"| {kind} | {len(of_kind)} | {sum(map(len, of_kind)) / 1e6:.1f} |")

    print("\n| run | MB/s | docs/s | seconds |")
    print("|---|---|---|---|")
    # One process and the pool take turns, --repeat times; each keeps its best run (as
    # timeit does): on a shared machine the slower runs measure the neighbours.
    with ProcessPoolExecutor(args.jobs) as pool:
        list(pool.map(_clean, docs[: args.jobs * 64]))  # warm the workers
        runs_one, runs_many = [], []
        for _ in range(args.repeat):
            runs_one.append(run_time(lambda d: [_clean(x) for x in d], docs))
            runs_many.append(run_time(lambda d: list(pool.map(_clean, d, chunksize=32)), docs))
    one = report("zhclean, 1 process", min(runs_one), docs)
    many = report(f"zhclean, {args.jobs} processes", min(runs_many), docs)
    sample = docs[::10]  # the naive chain is slow: every tenth document, the same mix
    naive_rate = timed(
        "naive chain (chardet, ftfy, OpenCC), 1 process", lambda d: [naive(x) for x in d], sample
    )
    print(
        f"\nzhclean / naive (1 process): {one / naive_rate:.2f}x; "
        f"{args.jobs} processes / 1: {many / one:.2f}x"
    )

    print("\n| kind | zhclean MB/s (1 process) | naive MB/s |")
    print("|---|---|---|")
    for kind in MIX:
        of_kind = [doc for k, doc in mixed if k == kind][:400]
        n = sum(map(len, of_kind))
        start = time.perf_counter()
        for doc in of_kind:
            clean_bytes(doc)
        zh = n / (time.perf_counter() - start) / 1e6
        start = time.perf_counter()
        for doc in of_kind[:40]:
            naive(doc)
        naive_mb = sum(map(len, of_kind[:40])) / (time.perf_counter() - start) / 1e6
        print(f"| {kind} | {zh:.2f} | {naive_mb:.2f} |")

    timings: dict[str, float] = {}
    for data in sample:
        clean_bytes(data, timings=timings)
    total = sum(timings.values())
    sample_size = sum(map(len, sample))
    print("\n| stage | ms per MB | share |")
    print("|---|---|---|")
    for stage, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(
            f"| {stage} | {1000 * seconds / (sample_size / 1e6):.0f} | {100 * seconds / total:.0f}% |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the main process: {peak:.0f} MB")
    if args.big_mb:
        big_file(args.big_mb, mixed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
