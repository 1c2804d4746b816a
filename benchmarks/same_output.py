"""Same input, same output: clean the corpora with two commits and compare the bytes.

    python benchmarks/same_output.py BASE [HEAD]

BASE and HEAD are git revisions (HEAD defaults to the working tree's ``src/``). Each
side's ``src/`` is exported to a temporary folder and run with this interpreter, so
only the code differs; the inputs are the same folders for both: ``seeds/``,
``fixtures/dirty/``, ``fixtures/clean/``, ``../shared/real/raw`` and the pages of
``tests/data/`` (``pages/``, ``real/raw/``, ``html/raw/``). Every output file is compared byte
for byte, and so is every manifest record (all but the output path: status,
encoding, rule counts, removed lines). Each folder is cleaned with the default
options, with ``--dedup-lines`` and with ``--to taiwan``.

Exit status 0 when everything is identical, 1 with a list of differences otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "seeds": ROOT / "seeds",
    "fixtures-dirty": ROOT / "fixtures" / "dirty",
    "real-raw": ROOT.parent / "shared" / "real" / "raw",
    "fixtures-clean": ROOT / "fixtures" / "clean",
    "test-pages": ROOT / "tests" / "data" / "pages",
    "test-real": ROOT / "tests" / "data" / "real" / "raw",
    "test-html": ROOT / "tests" / "data" / "html" / "raw",
}
MODES = {"default": [], "dedup": ["--dedup-lines"], "taiwan": ["--to", "taiwan"]}


def export(rev: str | None, dest: Path) -> Path:
    """``src/`` at ``rev`` (or the working tree's when ``rev`` is None) under ``dest``."""
    if rev is None:
        return ROOT / "src"
    dest.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def clean(src: Path, corpus: Path, out: Path, options: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    where = subprocess.run(
        [sys.executable, "-c", "import zhclean; print(zhclean.__file__)"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not Path(where).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"zhclean was imported from {where}, not from {src}")
    proc = subprocess.run(
        [sys.executable, "-m", "zhclean", "clean", str(corpus), "--out", str(out), "--quiet"]
        + options,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):  # 1: some file could not be cleaned; still compared
        raise SystemExit(f"clean failed ({proc.returncode}): {proc.stderr}")


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl"
    }


def manifest(folder: Path) -> dict[str, dict]:
    records = {}
    for line in (folder / "manifest.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        record.pop("output", None)
        records[record.get("input", "")] = record
    return records


def compare(a: Path, b: Path) -> list[str]:
    differences = []
    fa, fb = files(a), files(b)
    for name in sorted(fa.keys() | fb.keys()):
        if fa.get(name) != fb.get(name):
            differences.append(f"output {name}")
    ma, mb = manifest(a), manifest(b)
    for name in sorted(ma.keys() | mb.keys()):
        if ma.get(name) != mb.get(name):
            differences.append(f"manifest {name}")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("base", help="git revision to compare against")
    parser.add_argument("head", nargs="?", help="git revision (default: the working tree)")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sides = {"base": export(args.base, work / "base"), "head": export(args.head, work / "head")}
        for corpus_name, corpus in CORPORA.items():
            if not corpus.is_dir():
                print(f"{corpus_name}: missing ({corpus}), skipped")
                continue
            # Relative inputs, so both manifests name the files the same way.
            os.chdir(corpus.parent)
            for mode, options in MODES.items():
                outs = {}
                for side, src in sides.items():
                    outs[side] = work / "out" / side / corpus_name / mode
                    clean(src, Path(corpus.name), outs[side], options)
                differences = compare(outs["base"], outs["head"])
                count = len(files(outs["base"]))
                verdict = "identical" if not differences else f"{len(differences)} differ"
                print(f"{corpus_name:15} {mode:8} {count:4} files: {verdict}")
                for line in differences[:20]:
                    print(f"    {line}")
                failed |= bool(differences)
    print("DIFFERENT" if failed else "IDENTICAL")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
