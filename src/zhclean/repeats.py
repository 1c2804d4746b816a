"""Corpus-level repeated lines (CCNet style): what recurs in many files is site template.

A first pass hashes the candidate lines of every file (only lines that could
be boilerplate: short or without a sentence end, so memory holds hashes of
template lines, not of the corpus) and counts in how many files each occurs.
The lines over the threshold go into ``Config.repeated_lines``; the cleaning
pass removes them (ZH316) unless they are prose or a credit.

    >>> counts = count_repeats(["页脚文字\\n正文一。", "页脚文字\\n正文二。", "别的\\n正文三。"])
    >>> counts[line_hash("页脚文字")], counts[line_hash("别的")]
    (2, 1)
    >>> line_hash("页脚文字") in frequent(counts, files=3, min_files=2, min_share=0.5)
    True

Counting is a sum over files, so the result does not depend on their order.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from .chardata import ends_sentence, han_count

_SPACE_RE = re.compile(r"\s+")


def normalize(line: str) -> str:
    return _SPACE_RE.sub(" ", line.strip())


def line_hash(line: str) -> int:
    """A stable 64-bit hash of a normalized line (Python's hash() changes per process)."""
    return int.from_bytes(
        hashlib.blake2b(normalize(line).encode("utf-8"), digest_size=8).digest(), "big"
    )


def is_candidate(line: str) -> bool:
    """Could this line be template? Prose (a sentence of some length) never is."""
    text = normalize(line)
    if not text:
        return False
    return not (ends_sentence(text) and han_count(text) >= 15) and len(text) <= 120


def file_hashes(text: str) -> frozenset[int]:
    """The hashes of one file's candidate lines (each counted once per file)."""
    return frozenset(line_hash(line) for line in text.split("\n") if is_candidate(line))


def count_repeats(texts: Iterable[str]) -> Counter[int]:
    """In how many of ``texts`` each candidate line occurs (once per file)."""
    counts: Counter[int] = Counter()
    for text in texts:
        counts.update(file_hashes(text))
    return counts


def frequent(
    counts: Counter[int], files: int, min_files: int = 5, min_share: float = 0.01
) -> frozenset[int]:
    threshold = max(min_files, min_share * files)
    return frozenset(h for h, n in counts.items() if n >= threshold)
