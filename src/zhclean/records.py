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
import fnmatch
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


def is_jsonl_name(path: object) -> bool:
    """Whether a file's name says JSONL (``.jsonl``, ``.ndjson``, compressed or not).

    >>> is_jsonl_name("a/b.JSONL.zst"), is_jsonl_name("a.txt")
    (True, False)
    """
    name = str(path).rsplit("/", 1)[-1].lower()
    return any(fnmatch.fnmatch(name, pattern) for pattern in JSONL_PATTERNS)


WINDOW = 4096  # records in flight at once: bounded memory whatever the file's size


class Discard:
    """A sink that keeps nothing (``zhclean check`` cleans records and writes none)."""

    def write(self, data: bytes) -> int:
        return len(data)


class Hashed(io.RawIOBase):
    """The bytes of ``raw`` as they are read, added to ``digest`` on the way (a file's
    hash for ``--incremental`` from the one reading that cleans it)."""

    def __init__(self, raw: IO[bytes], digest) -> None:
        self.raw, self.digest = raw, digest

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[override]
        data = self.raw.read(len(target))
        size = len(data)
        target[:size] = data
        self.digest.update(data)
        return size

    def drain(self) -> None:
        """Read what the reader left (a compressed file's trailer): the hash is the file's."""
        while self.read(1 << 20):
            pass


@contextlib.contextmanager
def open_input(path: Location, digest=None) -> Iterator[IO[bytes]]:
    """A binary stream of the decompressed bytes (by the file's name); ``digest`` (a
    hashlib object) gets the file's bytes as they are read, all of them at the end."""
    name = str(path).lower()
    with store_of(path).open_read(path) as stored:
        hashed = Hashed(stored, digest) if digest is not None else None
        raw = io.BufferedReader(hashed, 1 << 16) if hashed is not None else stored
        with _decompressed(raw, name) as stream:
            yield stream
        if hashed is not None:
            hashed.drain()


@contextlib.contextmanager
def _decompressed(raw: IO[bytes], name: str) -> Iterator[IO[bytes]]:
    if name.endswith(".gz"):
        with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
            yield stream  # type: ignore[misc]
    elif name.endswith(".zst"):
        with io.BufferedReader(_ZstdReader(raw), 1 << 20) as stream:
            yield stream
    else:
        yield raw


class _ZstdReader(io.RawIOBase):
    """The decompressed bytes of a .zst stream of one or more frames; a stream that ends
    inside a frame (a truncated download) raises ``EOFError`` instead of ending quietly,
    as zstandard's own stream reader does."""

    def __init__(self, raw: IO[bytes]) -> None:
        import zstandard

        self.raw = raw
        self.new = zstandard.ZstdDecompressor().decompressobj
        self.frame = self.new()
        self.started = False  # bytes of the current frame were read
        self.buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[override]
        while not self.buffer:
            chunk = self.raw.read(1 << 20)
            if not chunk:
                if self.started and not self.frame.eof:
                    raise EOFError("the .zst stream ends in the middle of a frame (truncated)")
                return 0
            self.buffer = self._decompress(chunk)
        size = min(len(target), len(self.buffer))
        target[:size] = self.buffer[:size]
        self.buffer = self.buffer[size:]
        return size

    def _decompress(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            if self.frame.eof:  # the next frame of a multi-frame file
                self.frame = self.new()
            self.started = True
            out.append(self.frame.decompress(chunk))
            chunk = self.frame.unused_data if self.frame.eof else b""
        return b"".join(out)


@contextlib.contextmanager
def open_output(path: Location, in_place: bool = False) -> Iterator[IO[bytes]]:
    """Write a (compressed, by name) file atomically: see :func:`zhclean.atomic.atomic_output`."""
    name = str(path).lower()
    with store_of(path).output(path, in_place=in_place) as raw:
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
        record, text = record_text(line, field)
    except ValueError as exc:
        return None, None, str(exc)
    result = clean_text(text, config)
    cleaned = result.text or ""
    # The line ending finish added, in the text's own style when ZH103 is off (CR, CRLF).
    added = next((end for end in ("\r\n", "\n", "\r") if cleaned.endswith(end)), "")
    if added and not text.endswith(("\n", "\r")):
        # A field is not a file: no final newline unless the record had one. The newline
        # finish added (ZH602) is taken back, and so is its report: that change is not made.
        cleaned = cleaned.removesuffix(added)
        result.events = [e for e in result.events if e.code != "ZH602"]
        if cleaned == text:
            result.status = "unchanged"
    summary = {
        "status": result.status,
        "rules": result.counts,
        "lines_in": result.lines_in,
        "lines_out": result.lines_out,
        "lines_removed": len(result.removed),
    }
    if result.warnings:
        summary["warnings"] = len(result.warnings)
    if result.status == "dropped" and not keep_empty:
        return None, summary, None
    record[field] = cleaned
    record[REPORT_KEY] = summary
    return json.dumps(record, ensure_ascii=False), summary, None


def record_text(line: str, field: str) -> tuple[dict, str]:
    """A JSONL line's record and its text field, as every command reads them; a malformed
    line raises ValueError with the reason (``not JSON: ...``, ``text field 'text' is
    missing``)."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise ValueError(f"not a JSON object but {type(record).__name__}")
    text = record.get(field)
    if not isinstance(text, str):
        found = "missing" if field not in record else f"a {type(text).__name__}, not a string"
        raise ValueError(f"text field {field!r} is {found}")
    return record, text


def decode_line(number: int, raw: bytes) -> str:
    """A JSONL line's text (a UTF-8 BOM opens the file, not the record); ValueError when
    it is not UTF-8."""
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: {exc.reason} at byte {exc.start}") from None


def _clean_line(
    args: tuple[int, bytes, str, Config, bool],
) -> tuple[int, str | None, dict | None, str | None]:
    number, raw, field, config, keep_empty = args
    try:
        line = decode_line(number, raw)
    except ValueError as exc:
        return number, None, None, str(exc)
    try:
        out, summary, problem = clean_record(line, field, config, keep_empty)
        if out is not None:
            out.encode("utf-8")  # a lone surrogate ("\\ud800") has no UTF-8 form
    except UnicodeEncodeError as exc:
        return (
            number,
            None,
            None,
            f"not valid Unicode: a lone surrogate ({exc.object[exc.start]!a})",
        )
    except Exception as exc:  # a bug must not stop the file; the manifest says which record
        return number, None, None, f"internal error: {type(exc).__name__}: {exc}"
    return number, out, summary, problem


def _line_failed(args: tuple, reason: str) -> tuple[int, None, None, str]:
    """A record whose worker process died on it (twice) is a malformed line."""
    return args[0], None, None, reason


def record_pool(workers: int):
    """Worker processes for the records of JSONL files (see :func:`clean_jsonl`): a record
    that kills its worker is a malformed line, and the others are cleaned."""
    from .workers import WorkerPool

    return WorkerPool(_clean_line, workers, _line_failed)


def numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, 1):
        raw = raw.rstrip(b"\r\n")
        if raw.strip():
            yield number, raw


def clean_jsonl(
    source: Location,
    target: Location | None,
    config: Config,
    field: str = "text",
    keep_empty: bool = False,
    pool=None,
    digest=None,
) -> dict:
    """Clean ``source`` into ``target`` (None: nothing written, ``zhclean check``); returns
    the file's summary for the manifest (``digest`` gets the file's bytes).

    ``pool``, a :func:`record_pool`, cleans the records of a window in parallel; they
    are written in input order all the same.
    """
    output = open_output(target) if target is not None else contextlib.nullcontext(Discard())
    with open_input(source, digest) as stream, output as sink:
        return _clean_lines(numbered_lines(stream), sink, config, field, keep_empty, pool)


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
    tally = Tally(sink, "line")
    while True:
        window = [(n, raw, field, config, keep_empty) for n, raw in islice(lines, WINDOW)]
        if not window:
            break
        if pool is not None and len(window) > 1:
            tally.add(pool.map(window, chunk=max(1, len(window) // 64)))
        else:
            tally.add(map(_clean_line, window))
    return tally.summary()


class Tally:
    """The counts of a stream of cleaned records, and their JSONL lines written in order:
    what a JSONL file and a web archive report alike (a record's results are
    ``(number, out, summary, problem)``, in input order)."""

    def __init__(self, sink: IO[bytes], unit: str) -> None:
        self.sink, self.unit = sink, unit  # unit: what a malformed record's number counts
        self.counts: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.malformed: list[dict] = []
        self.records_in = self.records_out = self.removed = 0

    def add(self, results) -> None:
        for number, out, summary, problem in results:
            self.records_in += 1
            if problem is not None:
                self.malformed.append({self.unit: number, "error": problem})
                continue
            assert summary is not None
            self.statuses[summary["status"]] += 1
            self.counts.update(summary["rules"])
            self.removed += summary["lines_removed"]
            if out is not None:
                self.sink.write(out.encode("utf-8") + b"\n")
                self.records_out += 1

    def summary(self) -> dict:
        return {
            "records_in": self.records_in,
            "records_out": self.records_out,
            "records_dropped": self.records_in - self.records_out - len(self.malformed),
            "records_changed": self.statuses["cleaned"] + self.statuses["dropped"],
            "malformed": self.malformed,
            "lines_removed": self.removed,
            "rules": dict(sorted(self.counts.items())),
        }


__all__ = [
    "JSONL_PATTERNS",
    "Discard",
    "Hashed",
    "clean_jsonl",
    "clean_jsonl_range",
    "clean_record",
    "decode_line",
    "numbered_lines",
    "open_input",
    "open_output",
    "range_lines",
    "record_pool",
    "record_text",
]
