"""The Ray engine's manifest: shards ``manifest-NNNNN.jsonl`` and their index
``manifest.index.json`` (the shards in order, their record counts, the run's totals).
The driver keeps only counts (:class:`Totals`); :func:`read_records` reads the records
back in order.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from .manifest import lines_removed, record_messages
from .storage import Location, join, store_of

INDEX_NAME = "manifest.index.json"


SHARD_FORMAT = "manifest-{:05d}.jsonl"


MESSAGES_KEPT = 20  # stderr lines a shard sends back to be printed (the manifest has them all)


@dataclass
class Totals:
    """What the driver keeps of a run: counts, never the records themselves."""

    files: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    removed: int = 0
    shards: list[dict] = field(default_factory=list)
    # Why shards of the manifest could not be written (their files were cleaned).
    unwritten: list[str] = field(default_factory=list)

    def add(self, summary: dict) -> None:
        self.files += summary["records"]
        self.statuses.update(json.loads(summary["statuses"]))
        self.rules.update(json.loads(summary["rules"]))
        self.removed += summary["removed"]
        self.shards.append({"file": summary["file"], "records": summary["records"]})


def write_shard(folder: Location, number: int, records: list[dict]) -> dict:
    """Write one manifest shard; returns its summary (counts only). Raises OSError."""
    target = join(folder, SHARD_FORMAT.format(number))
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with store_of(target).output(target) as handle:
        handle.write(lines.encode("utf-8"))
    return shard_summary(number, records)


def shard_summary(number: int, records: list[dict]) -> dict:
    """What a shard sends back to the driver: counts, the first stderr lines, and
    ``error``: why its manifest shard could not be written ("" when it was)."""
    name = SHARD_FORMAT.format(number)
    messages = list(islice((m for r in records for m in record_messages(r)), MESSAGES_KEPT))
    rules: Counter[str] = Counter()
    for record in records:
        rules.update(record["rules"])
    return {
        "shard": number,
        "file": name,
        "records": len(records),
        "statuses": json.dumps(Counter(r["status"] for r in records)),
        "rules": json.dumps(rules),
        "removed": sum(lines_removed(r) for r in records),
        "messages": json.dumps(messages, ensure_ascii=False),
        "error": "",
    }


def sum_ranges(summaries: list[dict]) -> dict:
    """The summary of a whole file from those of its ranges, in order: counts add up, and
    malformed lines are numbered from the file's start.

        >>> a = {"records_in": 2, "records_out": 1, "records_dropped": 0, "records_changed": 1,
        ...      "lines_removed": 1, "malformed": [{"line": 2, "error": "x"}],
        ...      "rules": {"ZH301": 1}, "lines": 3}
        >>> sum_ranges([a, a])["malformed"]
        [{'line': 2, 'error': 'x'}, {'line': 5, 'error': 'x'}]
    """
    total: dict[str, Any] = {
        "records_in": 0,
        "records_out": 0,
        "records_dropped": 0,
        "records_changed": 0,
        "lines_removed": 0,
        "malformed": [],
    }
    rules: Counter[str] = Counter()
    offset = 0
    for summary in summaries:
        for key in (
            "records_in",
            "records_out",
            "records_dropped",
            "records_changed",
            "lines_removed",
        ):
            total[key] += summary[key]
        total["malformed"].extend(
            {"line": m["line"] + offset, "error": m["error"]} for m in summary["malformed"]
        )
        rules.update(summary["rules"])
        offset += summary["lines"]
    total["rules"] = dict(sorted(rules.items()))
    return total


def write_index(folder: Location, totals: Totals, engine: str, partial: bool = False) -> None:
    """``manifest.index.json``: the shards of the run and its totals (``partial``: the run
    was interrupted, and lists only the files it finished)."""
    from . import __version__

    index = {
        "zhclean": __version__,
        "engine": engine,
        "records": totals.files,
        "statuses": dict(sorted(totals.statuses.items())),
        "rules": dict(sorted(totals.rules.items())),
        "lines_removed": totals.removed,
        "shards": totals.shards,
    }
    if partial:
        index["partial"] = True
    target = join(folder, INDEX_NAME)
    with store_of(target).output(target) as handle:
        handle.write((json.dumps(index, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def remove_stale_shards(folder: Location, count: int) -> None:
    """Shards numbered ``count`` and up are an earlier, larger run's: they go."""
    number = count
    while True:
        stale = join(folder, SHARD_FORMAT.format(number))
        store = store_of(stale)
        if not store.exists(stale):
            return
        store.delete(stale)
        number += 1


def read_records(folder: Location) -> Iterator[dict]:
    """The records of a sharded manifest, shard after shard (as the index lists them)."""
    index = json.loads(store_of(join(folder, INDEX_NAME)).read(join(folder, INDEX_NAME)))
    for shard in index["shards"]:
        path = join(folder, shard["file"])
        for line in store_of(path).read(path).decode("utf-8").splitlines():
            if line:
                yield json.loads(line)


__all__ = [
    "INDEX_NAME",
    "SHARD_FORMAT",
    "Totals",
    "read_records",
    "remove_stale_shards",
    "shard_summary",
    "sum_ranges",
    "write_index",
    "write_shard",
]
