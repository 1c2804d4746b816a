#!/usr/bin/env python3
"""Rejoin figures per layout: documents broken mid-sentence at random (fixtures/make_breaks.py)
cleaned, and the share of breaks rejoined, of documents rejoined exactly, and false joins.

    python benchmarks/rejoin.py                 # seeds 1 to 5, a table per layout
    python benchmarks/rejoin.py --seeds 3 --missed 40 --false 20   # examples printed

A break is rejoined when its two halves come out on one line. A document is exact when
cleaning the broken one gives what cleaning the whole one gave. A false join is two lines
of the hand-made gold (a heading, a list item, a caption and the paragraph under it...)
coming out glued on one line of the broken document's output: the generator never breaks
between paragraphs, so every such seam is a join it did not ask for. "whole" counts the
false joins of cleaning the unbroken documents (once per seed), where a break plays no part.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT / "src"))

from make_breaks import LAYOUTS, break_document, documents  # noqa: E402

from zhclean import clean_text  # noqa: E402

SEAM = 6  # characters of each side of a seam between two kept lines


def false_joins(source: str, cleaned: str) -> list[tuple[str, str]]:
    """Seams between two lines of ``source`` (the hand-made gold, one paragraph a line) that
    come out glued in ``cleaned``. A seam whose glued form the source holds elsewhere proves
    nothing."""
    lines = [line for line in source.split("\n") if line]
    found = []
    for a, b in zip(lines, lines[1:], strict=False):
        left, right = a[-SEAM:], b[:SEAM]
        glued = [left + seam + right for seam in ("", " ")]
        if any(g in cleaned and g not in source for g in glued):
            found.append((a, b))
    return found


def score(
    row: list[int],
    text: str,
    whole: str,
    broken: str,
    cuts: list[tuple[str, str]],
    tag: str,
    missed: list[str],
    falses: list[str],
) -> str:
    """Clean ``broken`` and add to ``row`` (exact, documents, breaks rejoined, breaks, false
    joins, false joins on the unbroken text, whose clean output is ``whole``); each missed
    break and false join goes to its list under ``tag``. Returns the cleaned text."""
    cleaned = clean_text(broken).text
    row[0] += cleaned == whole
    row[1] += 1
    lines = cleaned.split("\n")
    for left, right in cuts:
        ok = any(left + right in line for line in lines)
        row[2] += ok
        row[3] += 1
        if not ok:
            missed.append(f"{tag} {left}|{right}")
    wrong = false_joins(text, cleaned)
    row[4] += len(wrong)
    row[5] += len(false_joins(text, whole))
    falses += [f"{tag} {a[-24:]}|{b[:24]}" for a, b in wrong]
    return cleaned


def print_report(
    seeds: list[int],
    label: str,
    names: list[str] | tuple[str, ...],
    stats: dict[str, list[int]],
    missed: list[str],
    falses: list[str],
    show_missed: int = 0,
    show_false: int = 0,
) -> None:
    """The table of breaks rejoined, documents exact and false joins per ``label`` (a layout,
    a kind of break) and in all, then the samples asked for. Each row of ``stats``: exact,
    documents, breaks rejoined, breaks, false joins, false joins on the unbroken text."""
    print(f"seeds {' '.join(map(str, seeds))}")
    print(f"| {label} | breaks rejoined | documents exact | false joins | whole |")
    print("|---|---|---|---|---|")
    total = [0] * 6
    for name in [*names, "all"]:
        row = total if name == "all" else stats[name]
        if name != "all":
            total = [a + b for a, b in zip(total, row, strict=True)]
        exact, docs_n, joined, breaks, wrong, whole_wrong = row
        print(
            f"| {name} | {joined}/{breaks} ({joined / max(1, breaks):.1%}) "
            f"| {exact}/{docs_n} ({exact / max(1, docs_n):.1%}) | {wrong} | {whole_wrong} |"
        )
    if show_missed:
        print(f"\nmissed breaks ({len(missed)}):")
        print("\n".join(random.Random(0).sample(missed, min(show_missed, len(missed)))))
    if show_false:
        print(f"\nfalse joins ({len(falses)}):")
        print("\n".join(falses[:show_false]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3, 4, 5])
    parser.add_argument("--missed", type=int, default=0, help="print this many missed breaks")
    parser.add_argument("--false", type=int, default=0, help="print this many false joins")
    args = parser.parse_args()
    docs = documents()
    wholes = {name: clean_text(text).text for name, text in docs}
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    missed: list[str] = []
    falses: list[str] = []
    for seed in args.seeds:
        rng = random.Random(seed)  # the same draws as make_breaks.run
        for name, text in docs:
            layout = rng.choice(LAYOUTS)
            broken, cuts = break_document(rng, text, layout)
            if not cuts:
                continue
            tag = f"  {seed} {name[:30]:30} {layout:6}"
            score(stats[layout], text, wholes[name], broken, cuts, tag, missed, falses)
    print_report(args.seeds, "layout", LAYOUTS, stats, missed, falses, args.missed, args.false)
    return 0


if __name__ == "__main__":
    sys.exit(main())
