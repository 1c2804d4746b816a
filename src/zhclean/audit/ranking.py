"""Warnings: removed lines that read like the author's prose, ranked, top K kept.

A removed line is worth a person's look when it reads like a sentence someone wrote:
many Han characters, mostly Han, sentences ended, clauses between commas. The score
(:func:`prose_score`, 0 to 1) weighs those, and the boilerplate stage's own test
(``looks_like_prose``: it puts such lines in the manifest's ``warnings``) adds to it.
Rules whose lines are sentences by nature (ads and notices, the stage's quiet codes)
count for half: their sentences were meant to go.

:class:`TopWarnings` keeps the ``size`` best in a heap, whatever the stream's length;
a text removed in many files is one warning with a count, so one site's template
sentence cannot fill the list.

    >>> prose_score("首页 > 新闻") < 0.3 < prose_score("他说，这件事我们做了三年，终于在去年秋天完成了。")
    True
    >>> top = TopWarnings(1)
    >>> _ = top.offer("一句很长的话，读起来像作者写的正文，而且以句号结尾了。", "ZH304", "a.txt", 3, "cleaned")
    >>> top.offer("首页 > 新闻", "ZH303", "a.txt", 1, "cleaned") is None
    True
    >>> [w.line for w in top.ranked()]
    [3]
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from functools import lru_cache

from ..chardata import HAN_CLASS, ends_sentence

# Sentences by nature (ads, notices, promotions, duplicates): the stage never warns on them.
QUIET_CODES = frozenset({"ZH301", "ZH302", "ZH315", "ZH305", "ZH314"})
MIN_SCORE = 0.45  # below it a removed line is no warning
MIN_HAN = 8

_NOT_HAN_RE = re.compile(f"[^{HAN_CLASS}]+")
_NOT_VISIBLE_RE = re.compile(r"[\W_]+")  # what is no letter, digit or ideograph
_SENTENCE_RE = re.compile(r"[。！？!?]+")
CLAUSE_MARKS = "，、；：,;"
_LINK_RE = re.compile(r"https?://|www\.|\.com\b|\.cn\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # a site's template lines recur in thousands of files
def prose_score(text: str) -> float:
    """How much a line reads like prose, 0 (a label) to 1 (a paragraph of sentences).

    Length in Han characters (up to 60), their share of the visible characters,
    sentence ends (up to 3), a sentence end at the end, clause punctuation (up to 4);
    a URL halves it.

        >>> round(prose_score("上一篇：别的文章"), 2)
        0.27
        >>> prose_score("") == 0.0
        True
    """
    if not text:
        return 0.0
    han = len(_NOT_HAN_RE.sub("", text))
    if han == 0:
        return 0.0
    visible = max(han, len(_NOT_VISIBLE_RE.sub("", text)))
    score = (
        0.35 * min(han, 60) / 60
        + 0.2 * (han / visible)
        + 0.2 * min(len(_SENTENCE_RE.findall(text)), 3) / 3
        + 0.15 * ends_sentence(text.rstrip())
        + 0.1 * min(sum(map(text.count, CLAUSE_MARKS)), 4) / 4
    )
    if _LINK_RE.search(text):
        score /= 2
    return round(score, 4)


@dataclass
class ProseWarning:
    """One removed line that reads like prose: where it was, its rule and its score.

    ``flagged``: the cleaner itself listed it in the manifest's ``warnings``;
    ``repeats``: other files it was removed from while it stood in the list.
    """

    score: float
    rule: str
    file: str
    line: int | None
    text: str
    status: str
    flagged: bool = False
    repeats: int = 0
    record: int | None = None  # a JSONL file's record (its line number in the file)
    source: dict | None = None  # the file's manifest record, for its view


class TopWarnings:
    """The ``size`` highest-scoring warnings of a stream (a min-heap), one per text."""

    def __init__(self, size: int = 50) -> None:
        self.size = size
        self.heap: list[tuple[float, int, ProseWarning]] = []
        self.by_text: dict[str, ProseWarning] = {}
        self.candidates = 0  # lines scored above MIN_SCORE
        self._seq = 0

    def floor(self) -> float:
        """The score a new warning must beat to enter a full list."""
        return self.heap[0][0] if len(self.heap) >= self.size else MIN_SCORE

    def offer(
        self,
        text: str | None,
        rule: str,
        file: str,
        line: int | None,
        status: str,
        flagged: bool = False,
        record: int | None = None,
        source: dict | None = None,
    ) -> ProseWarning | None:
        """Score one removed line; the new warning when it ranks (None when it does not,
        or when its text is already a warning: that one counts a repeat)."""
        if not text or len(text) < MIN_HAN:
            return None
        score = prose_score(text)
        if flagged:
            score = min(1.0, score + 0.15)
        if rule in QUIET_CODES:
            score /= 2
        if score < MIN_SCORE:
            return None
        self.candidates += 1
        key = text.strip()
        known = self.by_text.get(key)
        if known is not None:
            known.repeats += 1
            return None
        if len(self.heap) >= self.size and score <= self.heap[0][0]:
            return None
        # Earlier lines win ties: the sequence number is negated in the min-heap.
        self._seq += 1
        warning = ProseWarning(score, rule, file, line, key, status, flagged, 0, record, source)
        entry = (score, -self._seq, warning)
        if len(self.heap) < self.size:
            heapq.heappush(self.heap, entry)
        else:
            dropped = heapq.heapreplace(self.heap, entry)[2]
            del self.by_text[dropped.text]
        self.by_text[key] = warning
        return warning

    def ranked(self) -> list[ProseWarning]:
        """The warnings kept, best first (ties: the earlier in the manifest first)."""
        return [entry[2] for entry in sorted(self.heap, key=lambda e: (-e[0], -e[1]))]


__all__ = ["QUIET_CODES", "TopWarnings", "ProseWarning", "prose_score"]
