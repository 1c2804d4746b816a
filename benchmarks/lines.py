#!/usr/bin/env python3
"""Precision and recall of line removal.

    python benchmarks/lines.py [--verbose] [--dirs RAW EXPECTED LABELS]

On the generated fixtures (fixtures/make_fixtures.py records which lines it
injected as junk): precision = removed lines that were junk / all removed
lines; recall = junk lines removed / all junk lines. On ../shared/real, where
no such record exists, it counts the removed lines that the hand-made gold
keeps (author's lines removed: the worst error) and the gold's removals left
in the output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zhclean import clean_bytes  # noqa: E402


def removed_lines(data: bytes) -> list[tuple[str, str]]:
    result = clean_bytes(data)
    return [(e.code, e.text.strip()) for e in result.removed]


def on_fixtures(raw: Path, labels_path: Path, verbose: bool) -> None:
    labels = json.loads(labels_path.read_text("utf-8"))
    tp = fp = fn = 0
    for name, label in sorted(labels.items()):
        junk = [line.strip() for line in label.get("junk_lines", [])]
        removed = removed_lines((raw / f"{name}.txt").read_bytes())
        pending = list(junk)
        for code, text in removed:
            if text in pending:
                pending.remove(text)
                tp += 1
            else:
                fp += 1
                if verbose:
                    print(f"  removed, not junk  {name}: {code} {text[:80]}")
        fn += len(pending)
        if verbose:
            for text in pending:
                print(f"  junk left          {name}: {text[:80]}")
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    print(
        f"fixtures: junk lines {tp + fn}, removed {tp + fp}; precision {precision:.3f}, recall {recall:.3f}"
    )


def on_real(raw: Path, gold: Path, verbose: bool) -> None:
    author_removed = junk_left = removed_total = 0
    for gold_path in sorted(gold.glob("*.txt")):
        gold_lines = {
            line.strip() for line in gold_path.read_text("utf-8").split("\n") if line.strip()
        }
        data = (raw / gold_path.name).read_bytes()
        result = clean_bytes(data)
        for event in result.removed:
            removed_total += 1
            if event.text.strip() in gold_lines:
                author_removed += 1
                if verbose:
                    print(
                        f"  author line removed {gold_path.name}: {event.code} {event.text.strip()[:80]}"
                    )
        out_lines = {line.strip() for line in (result.text or "").split("\n") if line.strip()}
        junk_left += len(out_lines - gold_lines)
    print(
        f"real: lines removed {removed_total}, of them kept by the gold {author_removed}; "
        f"output lines not in the gold {junk_left}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    on_fixtures(ROOT / "fixtures" / "dirty", ROOT / "fixtures" / "labels.json", args.verbose)
    real = ROOT.parent / "shared" / "real"
    if real.is_dir():
        on_real(real / "raw", real / "gold", args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
