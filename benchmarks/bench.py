#!/usr/bin/env python3
"""Throughput and memory: zhclean against the naive chain a user would write, in one run.

    python benchmarks/bench.py [--mb 200] [--jobs N] [--repeat 3] [--big-mb 1000] [--engines]
    python benchmarks/bench.py --kinds [clean,mojibake,...]   # only the table per kind
    python benchmarks/bench.py --cold                           # only the start-up rows
    python benchmarks/bench.py --distinct                       # every real page once

Builds an in-memory corpus of about ``--mb`` megabytes from the repository's
own documents (seeds, hand-made gold and pages, generated fixtures), mixed by
kind in fixed shares (printed first): already-clean UTF-8, dirty scraped
pages, Traditional, converter-garbled, GB18030 and mojibake documents. Then:

- zhclean with one process and with ``--jobs`` processes: MB/s, documents/s;
- the naive chain (chardet on the whole file, ftfy.fix_text, OpenCC t2s on
  every document), one process, on every tenth document (same mix), and the
  ratio zhclean / naive measured in this process;
- per kind (the kinds of the mix, and three that stress fixed costs: ``legacy-short``,
  GBK and Big5 files of about 15 bytes; ``short-lines``, documents of two- and
  three-character lines; ``ab-lines``, ``ab`` lines repeated): MB/s and ms per file
  against the naive chain, and the time per MB of each stage, so the slowest is visible;
- the CLI: ``zhclean clean --jobs 1`` on the mix written out as files (one process, start,
  discovery, reading, writing and the manifest included) against the library in this
  process, and against the naive chain;
- cold start: ``zhclean check one.txt`` in a new process against ``python -c pass`` (best
  of several), with the table cache warm (the usual case) and empty (the first run), and
  with zhclean's bytecode cached as an installed package has it (a first run writes it,
  even where ``PYTHONDONTWRITEBYTECODE`` is set, which would otherwise make every start
  compile zhclean's modules again: some 100 ms no installed copy pays);
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


def stress_kinds(pools: dict[str, list[bytes]]) -> dict[str, list[bytes]]:
    """Kinds outside the mix, where fixed costs (per file, per line) dominate."""
    clean = [doc.decode("utf-8") for doc in pools["clean"]]
    heads = [next((ln for ln in t.split("\n") if ln.strip()), "")[:10] for t in clean]
    short = []
    for head in heads:
        for codec in ("gbk", "big5"):
            try:
                short.append(head.encode(codec))
            except UnicodeEncodeError:
                continue
    pieces = []
    for text in clean:
        flat = "".join(text.split())
        pieces.append("\n".join(flat[i : i + 2 + i % 2] for i in range(0, len(flat), 3)) + "\n")
    return {
        "legacy-short": [d for d in short if d],
        "short-lines": [t.encode("utf-8") for t in pieces],
        "ab-lines": [b"ab\n" * 30000],
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


def per_kind(pools: dict[str, list[bytes]], only: list[str] | None) -> None:
    """zhclean and the naive chain per kind, and each stage's ms per MB, in one table."""
    stages = ("decode", "repair", "garble", "boilerplate", "layout", "script", "finish")
    print(
        "\n| kind | docs | zhclean MB/s | naive MB/s | zhclean / naive | ms per file | "
        + " | ".join(f"{s} ms/MB" for s in stages)
        + " |"
    )
    print("|---" * (6 + len(stages)) + "|")
    for kind, pool in pools.items():
        if only and kind not in only:
            continue
        docs, size = [], 0
        while len(docs) < 400 and size < 1e6:  # 400 files or 1 MB, whichever comes first
            docs.append(pool[len(docs) % len(pool)])
            size += len(docs[-1])
        for doc in pool:
            clean_bytes(doc)  # each document once first: per-process tables, as in a long run
        timings: dict[str, float] = {}
        best = float("inf")
        for _ in range(3):
            run: dict[str, float] = {}
            start = time.perf_counter()
            for doc in docs:
                clean_bytes(doc, timings=run)
            seconds = time.perf_counter() - start
            if seconds < best:
                best, timings = seconds, run
        sample = docs[: max(1, len(docs) // 10)]
        naive_best = min(run_time(lambda d: [naive(x) for x in d], sample) for _ in range(3))
        zh_rate = size / best / 1e6
        naive_rate = sum(map(len, sample)) / naive_best / 1e6
        cells = " | ".join(f"{1000 * timings.get(s, 0.0) / (size / 1e6):.0f}" for s in stages)
        print(
            f"| {kind} | {len(docs)} | {zh_rate:.2f} | {naive_rate:.2f} | "
            f"{zh_rate / naive_rate:.2f}x | {1000 * best / len(docs):.3f} | {cells} |"
        )


def distinct(runs: int = 3) -> None:
    """Every real page of the development sets cleaned once (best of ``runs`` passes, each in a
    new process's state: memos warm only from the seeds): what a corpus of pages never seen
    costs, where the mix's documents repeat and their lines' verdicts are remembered."""
    paths = sorted(ROOT.glob("tests/data/real/raw/*.txt"))
    paths += sorted((ROOT.parent / "shared" / "real" / "raw").glob("*.txt"))
    docs = [path.read_bytes() for path in paths]
    size = sum(map(len, docs))
    stages = ("decode", "repair", "garble", "boilerplate", "layout", "script", "finish")
    code = (
        "import sys, time, json\n"
        f"sys.path.insert(0, {str(ROOT / 'src')!r})\n"
        "from zhclean import clean_bytes\n"
        f"paths = {[str(p) for p in paths]!r}\n"
        f"for p in {[str(p) for p in sorted(ROOT.glob('seeds/*.txt'))]!r}:\n"
        "    clean_bytes(open(p, 'rb').read())\n"
        "docs = [open(p, 'rb').read() for p in paths]\n"
        "timings = {}\n"
        "start = time.perf_counter()\n"
        "for doc in docs:\n"
        "    clean_bytes(doc, timings=timings)\n"
        "timings['total'] = time.perf_counter() - start\n"
        "print(json.dumps(timings))\n"
    )
    import json

    best: dict[str, float] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        timings = json.loads(out.stdout)
        if not best or timings["total"] < best["total"]:
            best = timings
    print(f"\n{len(docs)} distinct real pages, {size / 1e6:.2f} MB, each cleaned once:\n")
    print("| MB/s | " + " | ".join(f"{s} ms/MB" for s in stages) + " |")
    print("|---" * (1 + len(stages)) + "|")
    cells = " | ".join(f"{1000 * best.get(s, 0.0) / (size / 1e6):.0f}" for s in stages)
    print(f"| {size / best['total'] / 1e6:.2f} | {cells} |")


def _zhclean_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m zhclean``."""
    script = Path(sys.executable).with_name("zhclean")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "zhclean"]


def _best_wall(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, env=env, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def cold(pools: dict[str, list[bytes]], runs: int = 10) -> None:
    """Start-up: ``zhclean check one.txt`` in a new process against ``python -c pass``."""
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_bytes(pools["clean"][0])
        command = [*_zhclean_command(), "check", str(one)]
        # Fill the table cache, and write the bytecode of zhclean's modules (pip writes it
        # when it installs the package; an editable install on a first run).
        writes = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(command, stdout=subprocess.DEVNULL, env=writes, check=False)
        python = _best_wall([sys.executable, "-c", "pass"], runs * 2)
        warm = _best_wall(command, runs)
        empty = []
        for i in range(max(2, runs // 3)):
            env = {**os.environ, "ZHCLEAN_CACHE_DIR": f"{tmp}/cache{i}"}
            empty.append(_best_wall(command, 1, env))
    print(f"\ncold start, best of {runs} (`zhclean check one.txt`, one clean page):\n")
    print("| process | ms | / python -c pass |")
    print("|---|---|---|")
    print(f"| python -c pass | {1000 * python:.1f} | 1.0x |")
    print(f"| zhclean check one.txt | {1000 * warm:.0f} | {warm / python:.1f}x |")
    print(
        f"| zhclean check one.txt, table cache empty (first run) | {1000 * min(empty):.0f} "
        f"| {min(empty) / python:.1f}x |"
    )


def cli_files(mixed: list[tuple[str, bytes]], files: int = 3000) -> None:
    """The CLI with ``--jobs 1`` on many small files against the library in one process and
    the naive chain, on the same documents."""
    docs = [doc for _, doc in mixed[:files]]
    size = sum(map(len, docs))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus"
        for i, doc in enumerate(docs):
            path = source / f"{i // 1000:04d}" / f"{i:07d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(doc)
        best = float("inf")
        for attempt in range(2):
            out = Path(tmp) / f"out{attempt}"
            command = [*_zhclean_command(), "clean", str(source), "--out", str(out)]
            best = min(best, _best_wall([*command, "--jobs", "1", "-q"], 1))
    library = min(run_time(lambda d: [_clean(x) for x in d], docs) for _ in range(2))
    naive_s = run_time(lambda d: [naive(x) for x in d], docs[::10]) * 10
    print(f"\n{len(docs)} files, {size / 1e6:.1f} MB, one process:\n")
    print("| run | MB/s | files/s | / naive |")
    print("|---|---|---|---|")
    for label, seconds in (
        ("`zhclean clean --jobs 1` (CLI, new process)", best),
        ("`clean_bytes` in this process", library),
        ("naive chain (every tenth file, scaled)", naive_s),
    ):
        print(
            f"| {label} | {size / seconds / 1e6:.2f} | {len(docs) / seconds:.0f} "
            f"| {naive_s / seconds:.2f}x |"
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
    parser.add_argument(
        "--kinds",
        nargs="?",
        const="",
        default=None,
        help="only the table per kind (comma-separated kinds; all when none given)",
    )
    parser.add_argument("--cold", action="store_true", help="only the start-up rows")
    parser.add_argument(
        "--distinct", action="store_true", help="only: every real page once (no repeats)"
    )
    parser.add_argument("--no-cli", action="store_true", help="leave out the CLI and cold rows")
    args = parser.parse_args()
    if args.cold:
        cold(kinds())
        return 0
    if args.distinct:
        distinct()
        return 0
    if args.kinds is not None:
        pools = kinds()
        pools.update(stress_kinds(pools))
        per_kind(pools, [k for k in args.kinds.split(",") if k])
        return 0
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

    pools = kinds()
    pools.update(stress_kinds(pools))
    per_kind(pools, None)

    timings: dict[str, float] = {}
    for data in sample:
        clean_bytes(data, timings=timings)
    total = sum(timings.values())
    sample_size = sum(map(len, sample))
    print("\nthe mix (every tenth document), per stage:\n")
    print("| stage | ms per MB | share |")
    print("|---|---|---|")
    for stage, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(
            f"| {stage} | {1000 * seconds / (sample_size / 1e6):.0f} | {100 * seconds / total:.0f}% |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the main process: {peak:.0f} MB")
    if not args.no_cli:
        cli_files(mixed)
        cold(pools)
    if args.big_mb:
        big_file(args.big_mb, mixed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
