"""Manifest records: one per input file, whatever happens to it; the paths in them, the
stderr lines they make, and manifest.jsonl read and written.

    >>> sorted(manifest_record(Job(Path("a.txt"), PurePosixPath("a.txt")), None, b"", error="x"))[:4]
    ['bytes_in', 'bytes_out', 'confidence', 'encoding']
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .discovery import Job, Problem
from .pipeline import CleanResult
from .storage import Location, as_location, store_of

MANIFEST_NAME = "manifest.jsonl"


def sha256_of(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def path_text(location: Location) -> str:
    """A path as the manifest and messages show it: valid UTF-8 whatever the name's bytes.
    A name that is not UTF-8 (GBK names from a Windows zip) shows each undecodable byte
    as ``\\xNN``; the record then also holds the exact bytes (:func:`path_fields`).

        >>> path_text(Path(os.fsdecode(b"\\xd6\\xd0.txt")))
        '\\\\xd6\\\\xd0.txt'
    """
    text = str(location)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def path_fields(key: str, location: Location | None) -> dict:
    """``{key: text}``, plus ``{key}_bytes`` (base64 of the name's bytes) when the text is
    not the name itself, so that a record names any file losslessly."""
    if location is None:
        return {key: None}
    text = path_text(location)
    fields: dict = {key: text}
    if text != str(location):
        fields[f"{key}_bytes"] = base64.b64encode(os.fsencode(str(location))).decode("ascii")
    return fields


def record_path(record: dict, key: str) -> Location | None:
    """The path a record names under ``key`` (``input``, ``output``), from its exact bytes
    when the name is not UTF-8 (see :func:`path_fields`)."""
    raw = record.get(f"{key}_bytes")
    if raw is not None:
        return Path(os.fsdecode(base64.b64decode(raw)))
    text = record.get(key)
    return None if text is None else as_location(text)


def manifest_record(
    job: Job,
    result: CleanResult | None,
    data: bytes | None,
    *,
    output: Location | None = None,
    error: str | None = None,
    status: str | None = None,
    code: str | None = None,
) -> dict:
    """One line of manifest.jsonl (schema: data/manifest.schema.json)."""
    out_bytes = result.data if result else None
    events = result.events if result else []
    counts = result.counts if result else ({code: 1} if code else {})
    record = {
        **path_fields("input", job.path),
        **path_fields("output", output),
        "status": status or (result.status if result else "error"),
        "encoding": result.encoding if result else None,
        "confidence": result.confidence if result else None,
        "bytes_in": len(data) if data is not None else None,
        "bytes_out": len(out_bytes) if out_bytes is not None else None,
        "sha256_in": sha256_of(data),
        "sha256_out": sha256_of(out_bytes),
        "script_in": result.script_in if result else None,
        "script_out": result.script_out if result else None,
        "lines_in": result.lines_in if result else None,
        "lines_out": result.lines_out if result and result.text is not None else None,
        "rules": counts,
        "removed": [{"line": e.line, "rule": e.code, "text": e.text} for e in events if e.removal],
        "warnings": result.warnings if result else [],
        "error": error or (result.error if result else None),
    }
    if result is not None and result.page is not None:
        record.update(result.page)  # a page read from HTML or a feed: source, title...
    return record


def lines_removed(record: dict) -> int:
    """How many lines cleaning removed from a file: its ``removed`` list, unless the record
    counts them itself (a JSONL file's records, a large file's list kept short)."""
    return record.get("lines_removed", len(record.get("removed") or []))


MALFORMED_SHOWN = 20  # malformed lines of one file printed on stderr (the manifest has all)


def record_messages(record: dict) -> list[str]:
    """The stderr lines for one manifest record, whatever the engine: a file in error or
    skipped, and the malformed lines of a JSONL file (the first few, then how many more).

        >>> record_messages({"status": "error", "input": "a.txt", "error": "undecodable"})
        ['zhclean: error: a.txt: undecodable']
    """
    lines = []
    if record["status"] in ("error", "skipped"):
        lines.append(f"zhclean: {record['status']}: {record['input']}: {record['error']}")
    malformed = record.get("malformed") or []
    for problem in malformed[:MALFORMED_SHOWN]:
        where = problem.get("line", problem.get("record"))  # a JSONL line, an archive's record
        lines.append(f"zhclean: malformed: {record['input']}:{where}: {problem['error']}")
    if len(malformed) > MALFORMED_SHOWN:
        more = len(malformed) - MALFORMED_SHOWN
        lines.append(f"zhclean: malformed: {record['input']}: {more} more (see the manifest)")
    return lines


def problem_record(problem: Problem) -> dict:
    job = Job(as_location(problem.path), PurePosixPath(problem.path.rstrip("/").rsplit("/", 1)[-1]))
    return manifest_record(
        job, None, None, error=problem.error, status=problem.status, code=problem.code
    )


def read_manifest(path: Location) -> dict[str, dict]:
    """The records of an earlier run, by input path (for --incremental); empty if none."""
    records: dict[str, dict] = {}
    try:
        lines = store_of(path).read(path).decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return records
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "input" in record:
            record.pop("cached", None)
            records[record["input"]] = record
    return records


def write_manifest(path: Location, records: Iterable[dict]) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    with store_of(path).output(path) as handle:
        handle.write(lines.encode("utf-8"))


def jsonl_record(job: Job, target: Location | None, size: int, summary: dict) -> dict:
    """The manifest record of a cleaned JSONL file, from the summary of its records
    (``target`` None: checked, nothing written)."""
    summary = dict(summary)
    changed = summary["records_changed"] or summary["malformed"] or summary["records_dropped"]
    record = manifest_record(job, None, None, output=target)
    record.update(
        status="cleaned" if changed else "unchanged",
        encoding="utf-8",
        bytes_in=size,
        bytes_out=store_of(target).size(target) if target is not None else None,
        rules=summary.pop("rules"),
        format="jsonl",
        **summary,
    )
    return record


__all__ = [
    "MANIFEST_NAME",
    "jsonl_record",
    "lines_removed",
    "manifest_record",
    "path_fields",
    "path_text",
    "problem_record",
    "read_manifest",
    "record_messages",
    "record_path",
    "write_manifest",
]
