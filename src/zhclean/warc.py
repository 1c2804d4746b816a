"""WARC and WET archives: each ``response`` (a page) or ``conversion`` (WET text) record
is one document, cleaned and written as a JSONL record, in the archive's order.

    >>> import io
    >>> from warcio.warcwriter import WARCWriter
    >>> from warcio.statusandheaders import StatusAndHeaders
    >>> buffer = io.BytesIO()
    >>> writer = WARCWriter(buffer, gzip=True)
    >>> http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")], protocol="HTTP/1.1")
    >>> page = "<html><body><p>第一段。</p></body></html>".encode("gbk")
    >>> writer.write_record(writer.create_warc_record("http://a.cn/", "response",
    ...     payload=io.BytesIO(page), http_headers=http))
    >>> _ = buffer.seek(0)
    >>> sink = io.BytesIO()
    >>> summary = clean_warc_stream(buffer, sink, Config())
    >>> record = json.loads(sink.getvalue())
    >>> record["url"], record["text"], record["zhclean"]["encoding"], summary["records_out"]
    ('http://a.cn/', '第一段。', 'gb18030', 1)

Each output record holds ``url``, ``warc_record_id``, ``date``, ``text`` and zhclean's
report under ``zhclean`` (status, rules, lines, encoding, source). Records that are no
document (requests, metadata, images, scripts) are counted as skipped; a record that
cannot be cleaned is listed as malformed; an archive that breaks off (truncated gzip,
garbage where a record should start) keeps the records before the damage and is an
error. Memory stays bounded: a window of records (:data:`WINDOW`, :data:`WINDOW_BYTES`)
is in flight at a time, and a record over :data:`RECORD_MAX` bytes is skipped.
"""

from __future__ import annotations

import hashlib
import io
import json
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import IO

from .config import Config
from .discovery import Job
from .manifest import jsonl_record, manifest_record
from .pipeline import clean_bytes
from .records import REPORT_KEY, Discard, Hashed, Tally, open_output
from .stages.markup import MarkupHint
from .storage import Location, join, store_of

DOCUMENT_TYPES = frozenset({"response", "conversion", "resource"})
WARC_TYPES = DOCUMENT_TYPES | {"warcinfo", "request", "metadata", "revisit", "continuation"}
WINDOW = 256  # records in flight at once
WINDOW_BYTES = 64 << 20  # ... or this many bytes of payload, whichever comes first
RECORD_MAX = 32 << 20  # a larger payload is no page: skipped, and said so

# Content types of documents, by the kind they are read as (anything else is skipped).
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("text/xml", "application/xml")
TEXT_TYPES = ("text/plain",)


def document_kind(content_type: str | None) -> str | None:
    """How a payload of this ``Content-Type`` is read: ``html``, ``feed``, None for XML or an
    unknown type (sniffed), ``text``; ``skip`` for what is no document.

        >>> document_kind("text/html; charset=UTF-8"), document_kind("image/png")
        ('html', 'skip')
    """
    if not content_type:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in HTML_TYPES:
        return "html"
    if mime in FEED_TYPES:
        return "feed"
    if mime in XML_TYPES:
        return None
    if mime in TEXT_TYPES:
        return "text"
    return "skip"


HEAD_BYTES = 64
READ_BUFFER = 1 << 16
ARCHIVE_STARTS = (b"WARC/", b"filedesc://")  # a WARC record's version line, an ARC's header


class _Watched(io.RawIOBase):
    """An archive's raw bytes as warcio reads them, checked on the way: warcio ends quietly
    where a gzip member is cut off, so each member is also inflated here (a bounded piece
    at a time, the output dropped) to see that the last one ends.

        >>> import gzip
        >>> data = gzip.compress(b"x" * 1000)
        >>> whole, cut = _Watched(io.BytesIO(data)), _Watched(io.BytesIO(data[:20]))
        >>> _ = whole.read(), cut.read()
        >>> whole.problem(), cut.problem()
        (None, 'the gzip stream ends in the middle of a member (truncated)')
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.inflate: zlib._Decompress | None = None
        self.first = True
        self.open_member = False
        self.broken: str | None = None
        self.head = b""  # the archive's first bytes, inflated: "WARC/1.0", or no archive

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[override]
        data = self.raw.read(len(target))
        size = len(data)
        target[:size] = data
        if self.first and data:
            self.first = False
            if data[:2] == b"\x1f\x8b":
                self.inflate = zlib.decompressobj(31)
                try:
                    self.head = zlib.decompressobj(31).decompress(data, HEAD_BYTES)
                except zlib.error:
                    self.head = b""
            else:
                self.head = data[:HEAD_BYTES]
        if self.inflate is not None and data and self.broken is None:
            self._feed(data)
        return size

    def _feed(self, data: bytes) -> None:
        assert self.inflate is not None
        try:
            while data:
                self.inflate.decompress(data, 1 << 16)
                self.open_member = True
                if self.inflate.eof:
                    data = self.inflate.unused_data
                    self.inflate = zlib.decompressobj(31)
                    self.open_member = False
                else:
                    data = self.inflate.unconsumed_tail
        except zlib.error as exc:
            self.broken = f"the gzip stream is damaged: {exc}"

    def archive(self) -> bool:
        """Do the first bytes start a WARC or an ARC archive (whatever its file's name)?"""
        head = self.head.lstrip()
        if len(head) < len(ARCHIVE_STARTS[-1]):
            return True  # too few bytes to tell (a cut archive): the reading finds out
        return head.startswith(ARCHIVE_STARTS)

    def problem(self) -> str | None:
        """Why the bytes read so far are no whole archive, or None."""
        if self.broken:
            return self.broken
        if self.open_member:
            return "the gzip stream ends in the middle of a member (truncated)"
        return None


def _documents(
    stream: _Watched, skipped: list[int], failure: list[str], source: IO[bytes] | None = None
) -> Iterator[tuple[int, dict, bytes, str | None, str | None]]:
    """(number, fields, payload, kind, HTTP Content-Type) of each document record.

    Non-documents are counted in ``skipped``; an archive that breaks off ends the
    iteration with its reason in ``failure``.
    """
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        for record in ArchiveIterator(source if source is not None else stream, arc2warc=True):
            number += 1
            if record.rec_type not in WARC_TYPES:  # warcio's reading of bytes that are no record
                failure.append(
                    f"no WARC record where record {number} should start: garbage or truncated"
                )
                return
            if record.rec_type not in DOCUMENT_TYPES:
                skipped[0] += 1
                continue
            headers = record.rec_headers
            fields = {
                "url": headers.get_header("WARC-Target-URI"),
                "warc_record_id": headers.get_header("WARC-Record-ID"),
                "date": headers.get_header("WARC-Date"),
            }
            if record.rec_type == "conversion":
                kind, content_type = "text", None
            else:
                http = record.http_headers
                content_type = (http.get_header("Content-Type") if http else None) or (
                    headers.get_header("Content-Type") if record.rec_type == "resource" else None
                )
                kind = document_kind(content_type)
                if http is not None and not http.get_statuscode().startswith("2"):
                    kind = "skip"  # a redirect or an error page is no document
            if kind == "skip":
                skipped[0] += 1
                continue
            payload = record.content_stream().read(RECORD_MAX + 1)
            if len(payload) > RECORD_MAX:
                yield number, fields, b"", "too-large", None
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than it announced
                failure.append(f"record {number} is cut short: the archive is truncated")
                return
            yield number, fields, payload, kind, content_type
        if isinstance(stream, _Watched):
            while stream.read(1 << 20):  # what warcio left unread: garbage at the end
                pass
            if stream.problem():
                failure.append(f"after record {number}: {stream.problem()}")
    except Exception as exc:  # warcio's ArchiveLoadFailed, a truncated gzip, garbage
        failure.append(
            f"the archive breaks off after record {number} (truncated or damaged): {type(exc).__name__}: {exc}"
        )


def record_hint(kind: str | None, content_type: str | None) -> MarkupHint:
    """What a record's HTTP header says of its payload (every command reads it so)."""
    return MarkupHint(likely=kind is None, charset=content_type, kind=kind)


TOO_LARGE = f"payload over {RECORD_MAX >> 20} MB: skipped"


def read_documents(
    stream: IO[bytes], skipped: list[int], failure: list[str]
) -> Iterator[tuple[int, dict, bytes, str | None, str | None]]:
    """(number, fields, payload, kind, HTTP Content-Type) of each document record of the
    archive in ``stream``, as every command reads an archive (``clean``, ``check``,
    ``detect``, ``explain``). Non-documents are counted in ``skipped``; a file that is no
    archive, or one that breaks off, ends the iteration with its reason in ``failure``. A
    payload over :data:`RECORD_MAX` comes with the kind ``too-large`` and no bytes.
    """
    watched = _Watched(stream)
    # The first bytes tell an archive from a file that only has its name (warcio would read
    # a text's first line as an ARC header and warn at length).
    buffered = io.BufferedReader(watched, READ_BUFFER)
    buffered.peek(1)
    if not watched.archive():
        failure.append("not a WARC or ARC archive: no WARC/ version line at its start")
        return
    yield from _documents(watched, skipped, failure, buffered)


def clean_warc_record(
    args: tuple[int, dict, bytes, str | None, str | None, Config, bool],
) -> tuple[int, str | None, dict | None, str | None]:
    """One document record -> (number, output line or None, summary, problem)."""
    number, fields, payload, kind, content_type, config, keep_empty = args
    if kind == "too-large":
        return number, None, None, TOO_LARGE
    hint = record_hint(kind, content_type)
    try:
        result = clean_bytes(payload, config, hint=hint)
    except Exception as exc:  # a bug must not stop the archive; the manifest says which
        return number, None, None, f"internal error: {type(exc).__name__}: {exc}"
    if result.text is None and result.status == "skipped":  # empty, or not text: no document
        summary = {"status": "skipped", "rules": result.counts, "lines_in": 0, "lines_out": 0}
        return number, None, {**summary, "lines_removed": 0, "error": result.error}, None
    if result.text is None:
        return number, None, None, result.error or result.status
    text = result.text.removesuffix("\n")  # a field is not a file: no final newline
    events = [e for e in result.events if e.code != "ZH602"]
    counts: Counter[str] = Counter()
    for event in events:
        counts[event.code] += event.count
    summary = {
        "status": result.status,
        "rules": dict(sorted(counts.items())),
        "lines_in": result.lines_in,
        "lines_out": result.lines_out,
        "lines_removed": sum(1 for e in events if e.removal),
        "encoding": result.encoding,
        "source": (result.page or {}).get("source", "text"),
    }
    if result.page and result.page.get("title"):
        summary["title"] = result.page["title"]
    if result.warnings:
        summary["warnings"] = len(result.warnings)
    if (result.status == "dropped" or not text.strip()) and not keep_empty:
        return number, None, summary, None
    out = {**fields, "text": text, REPORT_KEY: summary}
    return number, json.dumps(out, ensure_ascii=False), summary, None


def _record_failed(args: tuple, reason: str) -> tuple[int, None, None, str]:
    return args[0], None, None, reason


def warc_pool(workers: int):
    """Worker processes for the records of archives: a record that kills its worker is
    listed as malformed, and the others are cleaned."""
    from .workers import WorkerPool

    return WorkerPool(clean_warc_record, workers, _record_failed)


def _windows(documents: Iterator[tuple], config: Config, keep_empty: bool) -> Iterator[list]:
    window: list[tuple] = []
    size = 0
    for number, fields, payload, kind, content_type in documents:
        window.append((number, fields, payload, kind, content_type, config, keep_empty))
        size += len(payload)
        if len(window) >= WINDOW or size >= WINDOW_BYTES:
            yield window
            window, size = [], 0
    if window:
        yield window


def clean_warc_stream(
    stream: IO[bytes], sink: IO[bytes], config: Config, keep_empty: bool = False, pool=None
) -> dict:
    """Clean the documents of an archive into JSONL lines on ``sink``; the file's summary."""
    tally = Tally(sink, "record")
    skipped: list[int] = [0]
    failure: list[str] = []
    documents = read_documents(stream, skipped, failure)
    for window in _windows(documents, config, keep_empty):
        if pool is not None and len(window) > 1:
            tally.add(pool.map(window, chunk=max(1, len(window) // 16)))
        else:
            tally.add(map(clean_warc_record, window))
    summary = tally.summary()
    summary["records_skipped"] = skipped[0]
    summary["failure"] = failure[0] if failure else None
    return summary


def clean_warc_file(
    job: Job,
    out_dir: Location | None,
    config: Config,
    keep_empty: bool = False,
    pool=None,
    write: bool = True,
) -> dict:
    """Clean one archive into ``out_dir/<name>.jsonl`` (``.gz`` when it was); its record.

    In place there is nowhere to write records: the archive is skipped. ``write`` False
    (``zhclean check``) cleans every record and writes nothing: the record's ``changes``
    says whether any record would change, be dropped or is malformed.
    """
    if not write:
        return _check_warc_file(job, config, keep_empty, pool)
    if out_dir is None:
        return manifest_record(
            job,
            None,
            None,
            error="a web archive is cleaned into --out, not in place",
            status="skipped",
            code="ZH904",
        )
    target = join(out_dir, job.rel)
    store = store_of(job.path)
    digest = hashlib.sha256()
    try:
        size = store.size(job.path)
        with store.open_read(job.path) as stored, open_output(target) as sink:
            raw = Hashed(stored, digest)
            summary = clean_warc_stream(raw, sink, config, keep_empty, pool)
            raw.drain()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return manifest_record(
            job, None, None, error=f"cannot read or write: {reason}", code="ZH904"
        )
    failure = summary.pop("failure")
    record = jsonl_record(job, target, size, summary)
    record.update(format="warc", sha256_in=digest.hexdigest())
    if failure is not None:
        record.update(status="error", error=failure)
    return record


def _check_warc_file(job: Job, config: Config, keep_empty: bool, pool) -> dict:
    store = store_of(job.path)
    try:
        size = store.size(job.path)
        with store.open_read(job.path) as raw:
            summary = clean_warc_stream(raw, Discard(), config, keep_empty, pool)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return manifest_record(job, None, None, error=f"cannot read: {reason}", code="ZH904")
    failure = summary.pop("failure")
    record = jsonl_record(job, None, size, summary)
    record.update(format="warc", changes=record["status"] == "cleaned")
    if failure is not None:
        record.update(status="error", error=failure)
    return record


__all__ = [
    "clean_warc_file",
    "clean_warc_record",
    "clean_warc_stream",
    "document_kind",
    "read_documents",
    "record_hint",
    "warc_pool",
]
