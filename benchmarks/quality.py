#!/usr/bin/env python3
"""Quality figures: zhclean's output against hand-made or generated expected text.

    python benchmarks/quality.py [--verbose] [--set NAME]

Sets: ``seeds`` (seeds/ against tests/data/gold), ``fixtures`` (fixtures/dirty
against fixtures/expected, made by fixtures/make_fixtures.py) and ``real``
(../shared/real/raw against its gold, when that folder is present) and ``dev``
(tests/data/real: the project's own real pages, see its SOURCES.md).

Per set: files, exact matches, character error rate (edit distance over the
expected length, computed block by block), lost lines (expected lines missing
from the output: the author's words) and extra lines (output lines that are
not expected: junk left or a bad join).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from metrics import char_errors  # noqa: E402  (benchmarks/metrics.py)

from zhclean import clean_bytes  # noqa: E402

SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "data" / "gold"),
    "fixtures": (ROOT / "fixtures" / "dirty", ROOT / "fixtures" / "expected"),
    "real": (ROOT.parent / "shared" / "real" / "raw", ROOT.parent / "shared" / "real" / "gold"),
    # The project's own development set: 112 real pages with hand-made gold (tests/data/real).
    "dev": (ROOT / "tests" / "data" / "real" / "raw", ROOT / "tests" / "data" / "real" / "gold"),
}


@dataclass
class Score:
    files: int = 0
    exact: int = 0
    errors: int = 0
    length: int = 0
    lost: list[tuple[str, str]] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)

    @property
    def cer(self) -> float:
        return self.errors / max(1, self.length)


def score_set(raw_dir: Path, expected_dir: Path) -> Score:
    score = Score()
    for expected_path in sorted(expected_dir.glob("*.txt")):
        expected = expected_path.read_text("utf-8")
        result = clean_bytes((raw_dir / expected_path.name).read_bytes())
        got = result.text or ""
        score.files += 1
        score.exact += got == expected
        score.errors += char_errors(expected, got)
        score.length += max(1, len(expected))
        got_lines = {x.strip() for x in got.split("\n") if x.strip()}
        want_lines = {x.strip() for x in expected.split("\n") if x.strip()}
        score.lost += [(expected_path.name, x) for x in want_lines - got_lines]
        score.extra += [(expected_path.name, x) for x in got_lines - want_lines]
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--dirs", nargs=2, metavar=("RAW", "EXPECTED"), help="score another pair of folders"
    )
    args = parser.parse_args()
    if args.dirs:
        SETS["custom"] = (Path(args.dirs[0]), Path(args.dirs[1]))
        args.set = ["custom"]
    print(f"{'set':10} {'files':>5} {'exact':>6} {'CER%':>7} {'lost':>5} {'extra':>6}")
    for name in args.set or list(SETS):
        raw_dir, expected_dir = SETS[name]
        if not raw_dir.is_dir():
            print(f"{name:10} (not present)")
            continue
        s = score_set(raw_dir, expected_dir)
        print(
            f"{name:10} {s.files:5d} {s.exact:6d} {100 * s.cer:7.2f} {len(s.lost):5d} {len(s.extra):6d}"
        )
        if args.verbose:
            for file, line in sorted(s.lost):
                print(f"    lost  {file}: {line[:90]}")
            for file, line in sorted(s.extra):
                print(f"    extra {file}: {line[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
