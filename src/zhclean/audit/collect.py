"""One pass over a manifest: totals, a sample of each rule's removed lines, the warnings.

:class:`Collector` sees each record once and keeps only bounded state: counters, one
:class:`~zhclean.audit.sampling.Reservoir` per rule, the top warnings
(:class:`~zhclean.audit.ranking.TopWarnings`) and the first files (for their views). A
file's record is kept only while a sample or a warning points at it, trimmed
(:func:`compact`), so memory does not grow with the manifest.

    >>> c = Collector(seed=1, per_rule=2)
    >>> c.add({"input": "a.txt", "status": "cleaned", "rules": {"ZH303": 1, "ZH402": 2},
    ...        "removed": [{"line": 1, "rule": "ZH303", "text": "首页 > 新闻"}]})
    >>> c.add({"input": "b.txt", "status": "unchanged", "rules": {}, "removed": []})
    >>> c.totals.files, dict(c.totals.statuses), c.totals.lines_removed
    (2, {'cleaned': 1, 'unchanged': 1}, 1)
    >>> [(s.file, s.line) for s in c.samples()["ZH303"]]
    [('a.txt', 1)]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .ranking import TopWarnings
from .sampling import Reservoir

TEXT_KEPT = 2_000  # characters of one removed line kept for a sample or a warning
REMOVED_KEPT = 2_000  # removed lines of one file kept for its view
JSONL_KEPT = 20  # JSONL files whose records may be re-cleaned for samples
RECORD_FIELDS = (
    "input",
    "input_bytes",
    "output",
    "output_bytes",
    "status",
    "encoding",
    "confidence",
    "bytes_in",
    "bytes_out",
    "sha256_in",
    "sha256_out",
    "script_in",
    "script_out",
    "lines_in",
    "lines_out",
    "lines_removed",
    "rules",
    "removed",
    "warnings",
    "error",
    "format",
    "source",
    "title",
    "records_in",
    "records_out",
    "records_dropped",
    "records_changed",
    "cached",
)
RECORD_COUNTS = ("records_in", "records_out", "records_changed", "records_dropped")


@dataclass(slots=True)
class Sample:
    """One removed line drawn for a rule's sample: where it was and what it said."""

    rule: str
    file: str
    line: int | None
    text: str | None
    status: str
    seq: int  # the file's place in the manifest: samples are shown in that order
    source: dict | None = None  # the file's (compact) record, for its view
    record: int | None = None  # JSONL: the record's line number in its file


@dataclass
class Totals:
    """What a whole manifest adds up to (exact, whatever the samples)."""

    files: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    lines_in: int = 0
    lines_out: int = 0
    lines_removed: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    listed: int = 0  # removed lines the manifest lists (with or without their text)
    untexted: int = 0  # listed without their text (--no-removed-text)
    flagged: int = 0  # lines the cleaner itself listed as warnings
    kinds: Counter[str] = field(default_factory=Counter)  # text, html, feed, jsonl, warc
    records: Counter[str] = field(default_factory=Counter)  # JSONL and WARC record counts
    malformed: int = 0  # JSONL lines or WARC records skipped by the run

    @property
    def share(self) -> float | None:
        """Lines removed per line read; None when some files do not count their lines
        (JSONL and WARC files count records) or none were read."""
        if not self.lines_in or self.kinds["jsonl"] or self.kinds["warc"]:
            return None
        return self.lines_removed / self.lines_in


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def clip(text: str | None, limit: int = TEXT_KEPT) -> str | None:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut.

    >>> clip("abcdef", 4), clip(None)
    ('abc…', None)
    """
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def compact(record: dict, seq: int = 0) -> dict:
    """The fields of a record a report shows, its lists cut to a bounded length;
    ``seq`` is its place in the manifest.

    >>> compact({"input": "a.txt", "status": "cleaned", "sha256_in": "…", "removed": []}, 3)
    {'input': 'a.txt', 'status': 'cleaned', 'sha256_in': '…', 'removed': [], 'malformed': [], 'malformed_count': 0, 'seq': 3}
    """
    kept = {key: record[key] for key in RECORD_FIELDS if key in record}
    removed = record.get("removed") or []
    if len(removed) > REMOVED_KEPT:
        kept["removed"] = removed[:REMOVED_KEPT]
        kept["removed_cut"] = len(removed) - REMOVED_KEPT
    malformed = record.get("malformed") or []
    kept["malformed"] = malformed[:20]
    kept["malformed_count"] = len(malformed)
    kept["seq"] = seq
    return kept


def kind_of(record: dict) -> str:
    """What the record's input was: ``text``, ``html``, ``feed``, ``jsonl`` or ``warc``."""
    return str(record.get("format") or record.get("source") or "text")


class Collector:
    """Streams records in; keeps totals, per-rule reservoirs, top warnings, first files."""

    def __init__(
        self, seed: int = 0, per_rule: int = 10, top: int = 50, max_files: int = 200
    ) -> None:
        self.seed = seed
        self.per_rule = per_rule
        self.max_files = max_files
        self.totals = Totals()
        self.reservoirs: dict[str, Reservoir[Sample]] = {}
        self.warnings = TopWarnings(top)
        self.first: list[dict] = []  # the first files, for views when samples leave room
        self.jsonl: list[dict] = []  # JSONL files that changed, to re-clean a few records
        self._seq = 0

    def reservoir(self, rule: str) -> Reservoir[Sample]:
        found = self.reservoirs.get(rule)
        if found is None:
            found = self.reservoirs[rule] = Reservoir(self.per_rule, self.seed, rule)
        return found

    def add(self, record: dict) -> None:
        """Count one manifest record and offer its removed lines to samples and warnings."""
        self._seq += 1
        totals = self.totals
        status = record["status"]
        totals.files += 1
        totals.statuses[status] += 1
        totals.kinds[kind_of(record)] += 1
        for code, count in (record.get("rules") or {}).items():
            totals.rules[str(code)] += _int(count)
        removed = record.get("removed") or []
        totals.lines_in += _int(record.get("lines_in"))
        totals.lines_out += _int(record.get("lines_out"))
        totals.bytes_in += _int(record.get("bytes_in"))
        totals.bytes_out += _int(record.get("bytes_out"))
        totals.lines_removed += _int(record.get("lines_removed", len(removed)))
        for key in RECORD_COUNTS:
            totals.records[key] += _int(record.get(key))
        malformed = record.get("malformed")
        totals.malformed += len(malformed) if isinstance(malformed, list) else 0
        flagged = record.get("warnings") or []
        totals.flagged += len(flagged) if isinstance(flagged, list) else _int(flagged)
        kept: dict | None = None
        if len(self.first) < self.max_files:
            kept = compact(record, self._seq)
            self.first.append(kept)
        changed = _int(record.get("records_changed")) or _int(record.get("records_dropped"))
        if kind_of(record) == "jsonl" and changed and len(self.jsonl) < JSONL_KEPT:
            kept = kept or compact(record, self._seq)
            self.jsonl.append(kept)
        if not removed:
            return
        marks = _flag_marks(flagged)
        file = record["input"]
        for item in removed:
            if not isinstance(item, dict):
                continue
            rule = str(item.get("rule"))
            line = item.get("line") if isinstance(item.get("line"), int) else None
            text = item.get("text") if isinstance(item.get("text"), str) else None
            totals.listed += 1
            if text is None:
                totals.untexted += 1
            sample = self.reservoir(rule)
            slot = sample.wants()
            if slot >= 0:
                kept = kept or compact(record, self._seq)
                sample.put(slot, Sample(rule, file, line, clip(text), status, self._seq, kept))
            if text is not None:
                flag = (line, rule) in marks
                warning = self.warnings.offer(clip(text), rule, file, line, status, flag)
                if warning is not None:
                    kept = kept or compact(record, self._seq)
                    warning.source = kept

    def add_removal(self, sample: Sample, flagged: bool = False) -> None:
        """Offer one removed line found outside the manifest (a JSONL record re-cleaned)."""
        reservoir = self.reservoir(sample.rule)
        reservoir.offer(sample)
        self.warnings.offer(
            sample.text,
            sample.rule,
            sample.file,
            sample.line,
            sample.status,
            flagged,
            record=sample.record,
            source=sample.source,
        )

    def samples(self) -> dict[str, list[Sample]]:
        """Each rule's sample in manifest order, rules by how many lines they removed."""
        order = sorted(self.reservoirs, key=lambda code: (-self.reservoirs[code].seen, code))
        return {
            code: sorted(self.reservoirs[code].items, key=lambda s: (s.seq, s.line or 0))
            for code in order
        }

    def seen(self, rule: str) -> int:
        """How many removed lines of ``rule`` the samples were drawn from."""
        found = self.reservoirs.get(rule)
        return found.seen if found else 0


def _flag_marks(flagged: object) -> set[tuple[object, object]]:
    if not isinstance(flagged, list):
        return set()
    return {(w.get("line"), w.get("rule")) for w in flagged if isinstance(w, dict)}


__all__ = ["Collector", "Sample", "Totals", "clip", "compact", "kind_of"]
