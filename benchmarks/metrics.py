"""Scoring cleaned text against expected text (a benchmark helper; the tests use it too).

>>> levenshtein("经济发展", "经济法展")
1
>>> char_errors("第一行\\n第二行\\n", "第一行\\n第二行\\n垃圾\\n")
3
"""

from __future__ import annotations

import difflib


def levenshtein(a: str, b: str) -> int:
    """Edit distance; a pair too large for the quadratic loop counts as wholly different."""
    if len(a) * len(b) > 4_000_000:
        return max(len(a), len(b))
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def char_errors(expected: str, got: str) -> int:
    """Edit distance, aligned line block by line block (quadratic only inside a block)."""
    e_lines, g_lines = expected.split("\n"), got.split("\n")
    total = 0
    matcher = difflib.SequenceMatcher(None, e_lines, g_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            total += levenshtein("\n".join(e_lines[i1:i2]), "\n".join(g_lines[j1:j2])) + (
                op != "replace"
            )
    return total
