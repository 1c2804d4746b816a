"""Finding a run's manifest and streaming its records, whatever the engine wrote.

A run leaves one of three shapes: ``OUT/manifest.jsonl`` (the local engine, JSONL runs
too), ``OUT/manifest.index.json`` with its shards ``manifest-NNNNN.jsonl`` (the Ray
engine), or shards with no index (a Ray run that never finished). :func:`find_manifest`
tells them apart; :func:`stream_records` reads the records one line at a time, so a
manifest of millions of records never sits in memory. A line that is not a record (cut
short, not JSON, not an object) is counted and skipped, never an exception.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "manifest.jsonl").write_text('{"input": "a.txt", "status": "cleaned"}\\n{oops\\n')
    >>> source = find_manifest(str(folder))
    >>> source.kind, [r["input"] for r in stream_records(source)], source.corrupt
    ('local', ['a.txt'], 1)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..manifest import MANIFEST_NAME
from ..ray_manifest import INDEX_NAME
from ..records import open_input

SHARD_RE = re.compile(r"^manifest-\d{5}\.jsonl$")
PROBLEMS_KEPT = 10  # corrupt lines described in the report (all are counted)


class AuditError(Exception):
    """Input the report cannot be built from: the message says why, for a person.
    ``usage``: the path given names no manifest (a usage error, not a broken one)."""

    def __init__(self, message: str, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


@dataclass
class ManifestSource:
    """Where a run's records are: the manifest files in the order to read them.

    ``kind`` is ``local`` (one ``manifest.jsonl``), ``ray`` (shards listed by their
    index) or ``shards`` (shards found with no index). ``root`` is the folder the
    manifest sits in, where relative input paths are tried after the current folder.
    """

    kind: str
    files: list[Path]
    root: Path
    index: dict | None = None
    corrupt: int = 0  # lines that were no record
    problems: list[str] = field(default_factory=list)  # the first few, for people
    missing: list[Path] = field(default_factory=list)  # shards the index lists, not found
    unreadable: list[str] = field(default_factory=list)  # manifest files cut short or unreadable

    @property
    def label(self) -> str:
        """What was read, in a few words: ``manifest.jsonl``, ``12 Ray shards``."""
        if self.kind == "local":
            return str(self.files[0])
        noun = "shard" if len(self.files) == 1 else "shards"
        index = "" if self.kind == "ray" else " (no index)"
        return f"{len(self.files)} Ray {noun}{index} in {self.root}"


def find_manifest(path: str) -> ManifestSource:
    """The manifest ``path`` names: a manifest file, a shard, an index, or a run's folder.

    Raises :class:`AuditError` with a message a person can act on when there is none.
    """
    location = Path(path)
    if not location.exists():
        raise AuditError(f"{path}: no such file or folder", usage=True)
    if location.is_dir():
        if (location / INDEX_NAME).is_file():
            return _from_index(location / INDEX_NAME)
        if (location / MANIFEST_NAME).is_file():
            return ManifestSource("local", [location / MANIFEST_NAME], location)
        shards = sorted(p for p in location.iterdir() if SHARD_RE.match(p.name))
        if shards:
            return ManifestSource("shards", shards, location)
        raise AuditError(
            f"{path}: no {MANIFEST_NAME}, {INDEX_NAME} or manifest shards in this folder "
            "(give the --out folder of a `zhclean clean` run, or its manifest)",
            usage=True,
        )
    if location.name == INDEX_NAME:
        return _from_index(location)
    kind = "shards" if SHARD_RE.match(location.name) else "local"
    return ManifestSource(kind, [location], location.parent)


def _from_index(index_path: Path) -> ManifestSource:
    try:
        index = json.loads(index_path.read_text("utf-8"))
        shards = [str(shard["file"]) for shard in index["shards"]]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise AuditError(f"{index_path}: not a readable Ray manifest index ({exc})") from None
    folder = index_path.parent
    source = ManifestSource("ray", [], folder, index=index)
    for name in shards:
        shard = folder / name
        (source.files if shard.is_file() else source.missing).append(shard)
    return source


def stream_records(source: ManifestSource) -> Iterator[dict]:
    """Every record of the manifest, in order, one line in memory at a time.

    Corrupt lines are counted in ``source.corrupt`` (the first few described in
    ``source.problems``) and skipped; a manifest file that cannot be read is one problem.
    """
    for path in source.files:
        try:
            with open_input(path) as stream:
                for number, raw in enumerate(stream, 1):
                    record = _parse(raw)
                    if isinstance(record, dict):
                        yield record
                    elif record is not None:
                        _problem(source, f"{path.name}:{number}: {record}")
        except (OSError, EOFError) as exc:
            message = f"{path}: cannot be read to its end: {exc}"
            source.unreadable.append(message)
            if len(source.problems) < PROBLEMS_KEPT:
                source.problems.append(message)


def _parse(raw: bytes) -> dict | str | None:
    """A record, or why the line is none (a string), or None for a blank line."""
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except ValueError as exc:
        return f"not JSON ({exc.__class__.__name__}: {str(exc)[:80]})"
    if not isinstance(record, dict):
        return f"not a JSON object but {type(record).__name__}"
    if not isinstance(record.get("input"), str) or not isinstance(record.get("status"), str):
        return "not a manifest record (no input or status)"
    if not isinstance(record.get("rules", {}), dict) or not isinstance(
        record.get("removed") or [], list
    ):
        return "not a manifest record (rules or removed of the wrong type)"
    return record


def _problem(source: ManifestSource, message: str) -> None:
    source.corrupt += 1
    if len(source.problems) < PROBLEMS_KEPT:
        source.problems.append(message)


__all__ = ["AuditError", "ManifestSource", "find_manifest", "stream_records"]
