"""JSONL corpora: clean one text field of every record, keep the rest, keep the order.

    >>> line = '{"id": 7, "text": "歷史經(jīng)驗,。"}'
    >>> out, summary, problem = clean_record(line, "text", Config(), keep_empty=False)
    >>> json.loads(out)["text"], json.loads(out)["id"], summary["status"], problem
    ('历史经验。', 7, 'cleaned', None)
    >>> print(clean_record('{"id": 8', "text", Config(), keep_empty=False)[2])
    not JSON: Expecting ',' delimiter: line 1 column 9 (char 8)

A file is read and written as a stream (plain, ``.gz`` or ``.zst``, chosen by
the name), a window of records at a time, so memory does not grow with the
file. Each output record carries its report under the ``zhclean`` key; the
file's manifest record sums them and lists malformed lines by number.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from typing import IO

from .config import Config
from .pipeline import clean_text
from .storage import Location, store_of

JSONL_PATTERNS = ("*.jsonl", "*.jsonl.gz", "*.jsonl.zst", "*.ndjson", "*.ndjson.gz", "*.ndjson.zst")
REPORT_KEY = "zhclean"
WINDOW = 4096  # records in flight at once: bounded memory whatever the file's size


@contextlib.contextmanager
def open_input(path: Location) -> Iterator[IO[bytes]]:
    """A binary stream of the decompressed bytes (by the file's name)."""
    name = str(path).lower()
    with store_of(path).open_read(path) as raw:
        if name.endswith(".gz"):
            with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                yield stream  # type: ignore[misc]
        elif name.endswith(".zst"):
            import zstandard

            reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=False)
            with io.BufferedReader(reader) as stream:
                yield stream
        else:
            yield raw


@contextlib.contextmanager
def open_output(path: Location) -> Iterator[IO[bytes]]:
    """Write a (compressed, by name) file atomically: see :func:`zhclean.corpus.atomic_output`."""
    name = str(path).lower()
    with store_of(path).output(path) as raw:
        if name.endswith(".gz"):
            # mtime 0: the same records give the same bytes.
            with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as stream:
                yield stream
        elif name.endswith(".zst"):
            import zstandard

            with zstandard.ZstdCompressor().stream_writer(raw, closefd=False) as stream:
                yield stream
        else:
            yield raw


def clean_record(
    line: str, field: str, config: Config, keep_empty: bool
) -> tuple[str | None, dict | None, str | None]:
    """One JSONL line -> (output line or None when dropped, record summary, problem).

    A problem (not JSON, not an object, no such text field) means the line is skipped.
    """
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, None, f"not JSON: {exc}"
    if not isinstance(record, dict):
        return None, None, f"not a JSON object but {type(record).__name__}"
    text = record.get(field)
    if not isinstance(text, str):
        found = "missing" if field not in record else f"a {type(text).__name__}, not a string"
        return None, None, f"text field {field!r} is {found}"
    result = clean_text(text, config)
    cleaned = result.text or ""
    if not text.endswith("\n") and cleaned.endswith("\n"):
        # A field is not a file: no final newline unless the record had one.
        cleaned = cleaned[:-1]
        if cleaned == text:
            result.status = "unchanged"
    summary = {
        "status": result.status,
        "rules": result.counts,
        "lines_in": result.lines_in,
        "lines_out": result.lines_out,
    }
    if result.warnings:
        summary["warnings"] = len(result.warnings)
    if result.status == "dropped" and not keep_empty:
        return None, summary, None
    record[field] = cleaned
    record[REPORT_KEY] = summary
    return json.dumps(record, ensure_ascii=False), summary, None


def _clean_line(
    args: tuple[int, bytes, str, Config, bool],
) -> tuple[int, str | None, dict | None, str | None]:
    number, raw, field, config, keep_empty = args
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return number, None, None, f"not UTF-8: {exc.reason} at byte {exc.start}"
    try:
        return (number, *clean_record(line, field, config, keep_empty))
    except Exception as exc:  # a bug must not stop the file; the manifest says which record
        return number, None, None, f"internal error: {type(exc).__name__}: {exc}"


def _numbered(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, 1):
        raw = raw.rstrip(b"\r\n")
        if raw.strip():
            yield number, raw


def clean_jsonl(
    source: Location,
    target: Location,
    config: Config,
    field: str = "text",
    keep_empty: bool = False,
    pool=None,
) -> dict:
    """Clean ``source`` into ``target``; returns the file's summary for the manifest.

    ``pool``, a ``multiprocessing`` pool, cleans the records of a window in parallel;
    they are written in input order all the same.
    """
    with open_input(source) as stream, open_output(target) as sink:
        return _clean_lines(_numbered(stream), sink, config, field, keep_empty, pool)


def clean_jsonl_range(
    source: Location,
    target: Location,
    start: int,
    end: int,
    config: Config,
    field: str = "text",
    keep_empty: bool = False,
) -> dict:
    """Clean the lines of an uncompressed JSONL file that begin in bytes [start, end).

    A large file is cut into such ranges to be cleaned by several workers; the outputs
    of its ranges, one after the other, are the output of the whole file. Line numbers
    (of malformed lines) count from the range's first line; the summary's ``lines``
    says how many lines the range holds, to number the next one.
    """
    count: list[int] = []
    with store_of(source).open_random(source) as stream, store_of(target).output(target) as sink:
        summary = _clean_lines(
            range_lines(stream, start, end, count), sink, config, field, keep_empty
        )
    return {**summary, "lines": count[0]}


def range_lines(
    stream: IO[bytes], start: int, end: int, count: list[int], block: int = 1 << 20
) -> Iterator[tuple[int, bytes]]:
    """(number, line) of the non-blank lines that begin in bytes [start, end) of a seekable
    stream, numbered from 1 in the range; the number of all its lines is appended to
    ``count`` at the end. The line under way at ``start`` belongs to the range before.

        >>> import io
        >>> data = b"a\\nbb\\n\\nccc\\nd"
        >>> [list(range_lines(io.BytesIO(data), s, e, [])) for s, e in ((0, 4), (4, 13))]
        [[(1, b'a'), (2, b'bb')], [(2, b'ccc'), (3, b'd')]]
    """
    position = max(0, start - 1)
    stream.seek(position)
    skipping = start > 0  # the rest of the line that holds byte start - 1
    pending = b""
    number = 0
    done = False
    while not done:
        chunk = stream.read(block)
        if not chunk:
            break
        pending += chunk
        offset = 0
        while True:
            cut = pending.find(b"\n", offset)
            if cut < 0:
                break
            line = pending[offset : cut + 1]
            offset = cut + 1
            if skipping:
                skipping = False
            elif position >= end:
                done = True
                break
            else:
                number += 1
                if line.strip():
                    yield number, line.rstrip(b"\r\n")
            position += len(line)
        pending = pending[offset:]
    if not done and pending and not skipping and position < end:
        number += 1  # a last line with no newline
        if pending.strip():
            yield number, pending.rstrip(b"\r\n")
    count.append(number)


def _clean_lines(
    lines: Iterator[tuple[int, bytes]],
    sink: IO[bytes],
    config: Config,
    field: str,
    keep_empty: bool,
    pool=None,
) -> dict:
    counts: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    malformed: list[dict] = []
    records_in = records_out = 0
    while True:
        window = [(n, raw, field, config, keep_empty) for n, raw in islice(lines, WINDOW)]
        if not window:
            break
        if pool is not None and len(window) > 1:
            results = pool.imap(_clean_line, window, chunksize=max(1, len(window) // 64))
        else:
            results = map(_clean_line, window)
        for number, out, summary, problem in results:
            records_in += 1
            if problem is not None:
                malformed.append({"line": number, "error": problem})
                continue
            assert summary is not None
            statuses[summary["status"]] += 1
            counts.update(summary["rules"])
            if out is not None:
                sink.write(out.encode("utf-8") + b"\n")
                records_out += 1
    return {
        "records_in": records_in,
        "records_out": records_out,
        "records_dropped": records_in - records_out - len(malformed),
        "records_changed": statuses["cleaned"] + statuses["dropped"],
        "malformed": malformed,
        "rules": dict(sorted(counts.items())),
    }


__all__ = [
    "JSONL_PATTERNS",
    "clean_jsonl",
    "clean_jsonl_range",
    "clean_record",
    "open_input",
    "open_output",
    "range_lines",
]
