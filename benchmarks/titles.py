#!/usr/bin/env python3
"""Titles kept: on how many pages does the gold's first line (the title, as the gold keeps
it) stand in zhclean's output? A title lost is the worst loss a page can have.

    python benchmarks/titles.py [--verbose]

Reads the dev set (tests/data/real) and ../shared/real when it is there; a page whose gold
is empty is skipped. With --verbose, each page whose title is missing, with its title.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zhclean import clean_bytes  # noqa: E402


def raw_for(raw: Path, gold_path: Path) -> Path | None:
    """The raw file of a gold file: the same name, or the same stem with another suffix."""
    same = raw / gold_path.name
    if same.exists():
        return same
    return next(iter(sorted(raw.glob(gold_path.stem + ".*"))), None)


def missing_titles(raw: Path, gold: Path) -> tuple[int, list[tuple[str, str]]]:
    """(pages with a title, [(page, title) whose title is not in the output])."""
    pages, missing = 0, []
    for gold_path in sorted(gold.glob("*.txt")):
        title = gold_path.read_text("utf-8").split("\n")[0]
        source = raw_for(raw, gold_path)
        if not title or source is None:
            continue
        pages += 1
        out = (clean_bytes(source.read_bytes()).text or "").split("\n")
        if title not in out:
            missing.append((gold_path.name, title))
    return pages, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    sets = {"dev": ROOT / "tests" / "data" / "real", "real": ROOT.parent / "shared" / "real"}
    for name, base in sets.items():
        if not (base / "gold").is_dir():
            continue
        pages, missing = missing_titles(base / "raw", base / "gold")
        print(f"{name}: {pages - len(missing)} of {pages} titles kept")
        if args.verbose:
            for page, title in missing:
                print(f"  {page[:50]}  {title[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
