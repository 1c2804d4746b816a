"""Cleaning files: one file (or a JSONL file's records) read, cleaned and written, with its
manifest record; a run's files over the worker processes; the first pass of --dedup-lines.

Everything that touches the disk lives in this layer, so the core stays pure: walking
the inputs is :mod:`zhclean.discovery`, atomic writes :mod:`zhclean.atomic`, the records
:mod:`zhclean.manifest` (their names are also importable from here).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from .atomic import TEMP_SUFFIX, atomic_output, remove_stale_temps
from .chardata import han_count
from .config import Config
from .discovery import Job, Problem, discover, is_html_name, not_regular
from .documents import document_text, file_hint
from .manifest import (
    MANIFEST_NAME,
    jsonl_record,
    lines_removed,
    manifest_record,
    path_fields,
    path_text,
    problem_record,
    read_manifest,
    record_messages,
    record_path,
    sha256_of,
    write_manifest,
)
from .pipeline import CleanResult, clean_bytes
from .storage import Location, join, store_of
from .stream import PAGE_STREAM_MIN, STREAM_MIN


def config_hash(config: Config) -> str:
    """What an output depends on besides the input: version and options (for --incremental)."""
    from . import __version__

    digest = hashlib.sha256()
    digest.update(
        f"{__version__}|{config.target}|{sorted(config.enabled)}|{config.keep_removed_text}".encode()
    )
    for path in config.rule_files:
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(path.encode())
    for value in sorted(config.repeated_lines):
        digest.update(value.to_bytes(8, "big"))
    return digest.hexdigest()[:16]


def clean_file(
    job: Job,
    out_dir: Location | None,
    config: Config,
    previous: dict | None = None,
    write: bool = True,
    settings_hash: str = "",
    durable: bool = True,
) -> dict:
    """Read, clean and write one file; every failure becomes the record's error.

    ``out_dir`` None cleans in place (only files whose bytes change are rewritten, and
    only files that read as Chinese text); ``write`` False only reports (``zhclean
    check``: the record says whether the file would change). A ``previous`` record with
    the same input hash and configuration is reused as it is (``--incremental``).
    ``durable`` False writes the output without flushing it to disk (still atomic: the
    run flushes its outputs at once before its manifest, ``--fsync run``).
    """
    try:
        store = store_of(job.path)
        if store.is_dir(job.path):
            return manifest_record(job, None, None, error="is a folder, not a file", code="ZH904")
        if isinstance(job.path, Path) and (problem := not_regular(job.path)) is not None:
            return manifest_record(
                job, None, None, error=problem.error, status="skipped", code="ZH904"
            )
        if _streamed(job.path, store.size(job.path)):
            if previous is not None and _reusable(previous, _file_sha256(job.path), settings_hash):
                return {**previous, "cached": True}
            return _clean_large_file(job, out_dir, config, write, settings_hash)
        data = store.read(job.path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return manifest_record(job, None, None, error=f"cannot read: {reason}", code="ZH904")
    if _reusable(previous, sha256_of(data), settings_hash):
        return {**previous, "cached": True}
    try:
        result = clean_bytes(data, config, hint=file_hint(job.path))
    except Exception as exc:  # a bug must not stop the other files; the record says what broke
        error = f"internal error: {type(exc).__name__}: {exc}"
        return manifest_record(job, None, data, error=error, code=None)
    page = result.page is not None and result.text is not None
    if out_dir is None and write and page:
        return _page_in_place(job, data, result.page["source"], _changes(result, data))
    if (skipped := _skip_reason(result, data, out_dir is None and not page)) is not None:
        reason, code = skipped
        return manifest_record(job, None, data, error=reason, status="skipped", code=code)
    if result.status == "dropped":
        # The script of what was read, as for any file (the text left has none to tell).
        result.script_in = _input_script(data, job.path)
    if out_dir is None and not page and result.status == "dropped":
        # Nothing left of the file: in place that would empty a file of the user's. When
        # unsure, keep: it stays as it is, and the record says so (see it with --out).
        # check skips it too, or it would fail for ever on a file in place leaves alone.
        reason = (
            "cleaning leaves nothing of it; not emptied in place (clean it with --out to see why)"
        )
        record = manifest_record(job, None, data, error=reason, status="skipped", code="ZH905")
        return {**record, "script_in": result.script_in}
    if result.text is None or not write:
        record = manifest_record(job, result, data)
        record["changes"] = _changes(result, data)
        return {**record, "config": settings_hash}
    target = job.path if out_dir is None else join(out_dir, job.rel)
    new = result.data or b""
    try:
        if out_dir is not None or new != data:
            with store_of(target).output(target, durable, in_place=out_dir is None) as handle:
                handle.write(new)
    except OSError as exc:
        error = f"cannot write {path_text(target)}: {exc.strerror or exc}"
        return manifest_record(job, result, data, error=error, status="error")
    return {**manifest_record(job, result, data, output=target), "config": settings_hash}


def _page_in_place(job: Job, data: bytes | None, source: str, changes: bool) -> dict:
    """A page or a feed is never rewritten in place (its markup would be lost). One that
    cleaning would change is an error, not a skip: ``check`` fails on it, so the fixer must
    fail too (a pre-commit fixer that passes while its check fails for ever); one already
    clean is left alone."""
    kind = {"html": "an HTML page", "feed": "a feed"}.get(source, "a page")
    if changes:
        reason = (
            f"would change, but {kind} is not rewritten in place (its markup would be lost): "
            "clean it with --out DIR"
        )
        return manifest_record(job, None, data, error=reason, status="error", code="ZH904")
    reason = f"{kind} is not rewritten in place (it is clean already)"
    return manifest_record(job, None, data, error=reason, status="skipped", code="ZH904")


def _input_script(data: bytes, path: Location) -> str:
    """The script of a file's text as read (a page's visible text), before cleaning."""
    from .stages.script import detect_script

    return detect_script(document_text(data, file_hint(path)) or "")


# What reading a page into text always does (its encoding, a BOM, line ends, a final
# newline) and what is only counted (lost characters): no finding of ``check``.
READING_CODES = frozenset({"ZH101", "ZH102", "ZH103", "ZH120", "ZH602"})


def _changes(result: CleanResult, data: bytes) -> bool:
    """Would cleaning change this document? A text file: its bytes. A page or a feed
    (never its own output): whether cleaning changes its visible text, any rule beyond
    reading it."""
    if result.data is None:
        return False
    if result.page is None:
        return result.data != data
    return any(code not in READING_CODES for code in result.counts)


CHINESE_MIN_SHARE = 0.1  # of a text's visible characters: less is not Chinese text


def _skip_reason(result: CleanResult, data: bytes, own_files: bool) -> tuple[str, str] | None:
    """Why a decoded file is skipped rather than cleaned, or None.

    A file of whitespace only is empty. ``own_files`` (in place, or ``check``: the files
    of a repository, as pre-commit hands them over) skips files that are not Chinese text
    (a CMakeLists.txt, a requirements.txt), which cleaning would damage.
    """
    if result.text is None:
        return None
    if result.status != "dropped" and not result.text.strip():
        return "empty file (whitespace only)", "ZH903"
    if not own_files:
        return None
    text = result.text
    if not text.strip():  # everything was removed: judge the input
        from .report import Report
        from .stages.decode import decode

        text = decode(data, Report()).text or ""
    visible = sum(1 for char in text if not char.isspace())
    han = han_count(text)
    if han < CHINESE_MIN_SHARE * visible:
        return f"not Chinese text ({han} Han characters of {visible}); left as it is", "ZH904"
    return None


def _streamed(path: Location, size: int) -> bool:
    """Is a file too large to read whole? A text over :data:`STREAM_MIN`, an HTML page (by
    its first bytes) over :data:`PAGE_STREAM_MIN`; a feed is read whole (its entries are
    its structure), and so is other XML (skipped on its first bytes)."""
    from .html.sniff import SNIFF_BYTES, sniff

    if size <= min(PAGE_STREAM_MIN, STREAM_MIN):
        return False
    page_name = is_html_name(path)
    with store_of(path).open_read(path) as handle:
        kind = sniff(handle.read(SNIFF_BYTES * 4), page_name)
    if kind == "html":
        return True
    return size > STREAM_MIN and kind is None


def _reusable(previous: dict | None, sha256_in: str | None, settings_hash: str) -> bool:
    """--incremental: the previous record stands for the same input, options and output."""
    if previous is None:
        return False
    output = record_path(previous, "output")
    return (
        previous.get("sha256_in") == sha256_in
        and previous.get("config") == settings_hash
        and (output is None or _same_size(output, previous.get("bytes_out")))
    )


def _same_size(output: Location, size: int | None) -> bool:
    """Is the output there, as long as its record says? (One a crash emptied is not: an
    output of --fsync run is flushed with the run, not on its own.)"""
    store = store_of(output)
    try:
        return store.exists(output) and (size is None or store.size(output) == size)
    except OSError:
        return False


def records_hash(config: Config, field: str, keep_empty: bool) -> str:
    """What a file of records' output depends on: the options, and those of its records."""
    return hashlib.sha256(f"{config_hash(config)}|{field}|{keep_empty}".encode()).hexdigest()[:16]


def clean_records_file(
    job: Job,
    out_dir: Location | None,
    config: Config,
    kind: str,
    field: str = "text",
    keep_empty: bool = False,
    pool=None,
    write: bool = True,
) -> dict:
    """A file of records, a web archive (``kind`` ``warc``) or JSONL, on any engine; its
    record holds the hash of the options that made it (``config``, for --incremental)."""
    if kind == "warc":
        from .warc import clean_warc_file

        record = clean_warc_file(job, out_dir, config, keep_empty, pool, write)
    else:
        digest = hashlib.sha256()
        record = clean_jsonl_file(job, out_dir, config, field, keep_empty, pool, write, digest)
        if record["status"] != "error":
            record["sha256_in"] = digest.hexdigest()
    if record["status"] != "error":
        record["config"] = records_hash(config, field, keep_empty)
    if not write:
        _checked_records(record)
    return record


def _checked_records(record: dict) -> None:
    """``check`` of a file of records: it would change when a record's text would (not for
    its malformed lines), and a malformed line is an error of the file, as an undecodable
    text file is (exit 3), not a change."""
    if "records_changed" not in record:  # the file itself failed: its error stands
        return
    record["changes"] = record["records_changed"] > 0
    malformed = record.get("malformed") or []
    if malformed and record["status"] != "error":
        first = malformed[0]
        unit = "line" if "line" in first else "record"
        count = f"{len(malformed)} malformed {unit}" + ("s" if len(malformed) > 1 else "")
        where = f"{unit} {first.get(unit)}: {first['error']}"
        record.update(status="error", error=f"{count} (first: {where})")


def _reusable_file(previous: dict, job: Job, settings_hash: str) -> bool:
    """--incremental for a file read as a stream (records, a large file): its hash is
    read only when the rest of the previous record could stand."""
    if previous.get("config") != settings_hash or previous.get("status") == "error":
        return False
    try:
        return _reusable(previous, _file_sha256(job.path), settings_hash)
    except OSError:  # gone or unreadable since: cleaning it says why
        return False


def _file_sha256(path: Location) -> str:
    """A large file's hash, read in blocks (only asked when a previous record could be reused)."""
    digest = hashlib.sha256()
    with store_of(path).open_read(path) as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _clean_large_file(
    job: Job, out_dir: Location | None, config: Config, write: bool, settings_hash: str
) -> dict:
    """A file too large to hold: streamed block by block (see :mod:`zhclean.stream`).

    In place, a first pass only hashes the output: an unchanged file is not rewritten
    (cleaning is deterministic, so the second pass writes what the first one hashed).
    """
    from .records import Discard, open_output
    from .stream import clean_stream

    target = job.path if out_dir is None else join(out_dir, job.rel)
    record = manifest_record(job, None, None)
    store = store_of(job.path)
    try:
        size = store.size(job.path)
        page = is_html_name(job.path)
        with store.open_read(job.path) as source:
            fields = (
                clean_stream(source, Discard(), config, page)
                if out_dir is None or not write
                else None
            )
        if fields is not None and fields.get("source") and out_dir is None and write:
            changes = any(code not in READING_CODES for code in fields["rules"])
            return _page_in_place(job, None, fields["source"], changes)
        if write and (fields is None or fields["sha256_out"] != fields["sha256_in"]):
            # The output goes to a temporary file first: the input is read to its end.
            with store.open_read(job.path) as source, open_output(target, out_dir is None) as sink:
                fields = clean_stream(source, sink, config, page)
    except OSError as exc:
        return manifest_record(
            job, None, None, error=f"cannot read or write: {exc.strerror or exc}", code="ZH904"
        )
    except ValueError as exc:
        return manifest_record(job, None, None, error=str(exc), code="ZH902")
    assert fields is not None
    script_in = fields["script_in"]
    converts = script_in in ("simplified", "traditional") and config.on("ZH501")
    changed = fields["sha256_out"] != fields["sha256_in"]
    record.update(
        fields,
        **path_fields("output", target if write else None),
        status="dropped" if not fields["bytes_out"] else "cleaned" if changed else "unchanged",
        bytes_in=size,
        script_out=config.target_script if converts else script_in,
        error=None,
        config=settings_hash,
    )
    if not write:  # a page changes when cleaning its text does (see _changes)
        rules = fields["rules"]
        page_changes = any(code not in READING_CODES for code in rules)
        record["changes"] = page_changes if fields.get("source") else changed
    return record


def _clean_one(args: tuple) -> dict:
    return clean_file(*args)


def _worker_failed(args: tuple, reason: str) -> dict:
    """The record of a file whose worker process died on it (or raised)."""
    return manifest_record(args[0], None, None, error=reason, code="ZH904")


def clean_all(
    jobs: list[Job],
    out_dir: Path | None,
    config: Config,
    workers: int = 1,
    previous: dict[str, dict] | None = None,
    write: bool = True,
    leftovers: list[dict] | None = None,
    durable: bool = True,
) -> Iterator[dict]:
    """Records in the order of ``jobs``, whatever the number of worker processes.

    A file that kills its worker process is retried, then recorded as an error; the
    workers end with this generator (see :mod:`zhclean.workers`), and when it ends early
    (a signal) the records of the files they finished meanwhile go to ``leftovers``.
    """
    settings_hash = config_hash(config)
    previous = previous or {}
    tasks = [
        (job, out_dir, config, previous.get(path_text(job.path)), write, settings_hash, durable)
        for job in jobs
    ]
    if workers <= 1 or len(tasks) < 2:
        for task in tasks:
            yield _clean_one(task)
        return
    from .workers import WorkerPool  # only here: one process needs no pool (nor its import)

    chunk = max(1, min(64, len(tasks) // (workers * 4)))
    with WorkerPool(_clean_one, workers, _worker_failed) as pool:
        yield from pool.map(tasks, chunk, leftovers)


def input_kind(path: Location, input_format: str | None = None) -> str:
    """How a file is read: ``warc`` (a web archive), ``jsonl`` (records) or ``files`` (a
    document: text, a page, a feed), by ``--format`` or else by its name."""
    from .discovery import is_warc_name
    from .records import is_jsonl_name

    if is_warc_name(path):
        return "warc"
    jsonl = input_format == "jsonl" or (input_format is None and is_jsonl_name(path))
    return "jsonl" if jsonl else "files"


def clean_inputs(
    jobs: list[Job],
    out_dir: Location | None,
    config: Config,
    workers: int = 1,
    previous: dict[str, dict] | None = None,
    write: bool = True,
    input_format: str | None = None,
    field: str = "text",
    keep_empty: bool = False,
    leftovers: list[dict] | None = None,
    durable: bool = True,
) -> Iterator[dict]:
    """Records in input order, whatever each file is (see :func:`input_kind`): documents
    over the worker processes, JSONL files and web archives one after the other (their
    records over the workers). What ``clean`` and ``check`` both run (``write`` False:
    nothing written, each record says whether the file would change). ``leftovers``: see
    :func:`clean_all`."""
    from itertools import groupby

    previous = previous or {}
    settings = records_hash(config, field, keep_empty)
    for kind, group in groupby(jobs, key=lambda job: input_kind(job.path, input_format)):
        found = list(group)
        if kind == "files":
            yield from clean_all(
                found, out_dir, config, workers, previous, write, leftovers, durable
            )
            continue
        if kind == "warc":
            from .warc import warc_pool

            pool = warc_pool(workers) if workers > 1 else None
        else:
            from .records import record_pool

            pool = record_pool(workers) if workers > 1 else None
        try:
            for job in found:
                if out_dir is None and write:
                    # A file of records rewritten in place would lose its lines that are no
                    # record and gain the report of each: it is cleaned into --out only.
                    what = "a web archive" if kind == "warc" else "a JSONL file of records"
                    reason = f"{what} is not rewritten in place; clean it with --out"
                    yield manifest_record(
                        job, None, None, error=reason, status="skipped", code="ZH904"
                    )
                    continue
                earlier = previous.get(path_text(job.path))
                if write and earlier is not None and _reusable_file(earlier, job, settings):
                    yield {**earlier, "cached": True}
                    continue
                yield clean_records_file(job, out_dir, config, kind, field, keep_empty, pool, write)
        finally:
            if pool is not None:
                pool.close()


def file_line_hashes(path: Location) -> frozenset[int]:
    """The candidate-line hashes of one file (the first pass of --dedup-lines, local or on
    Ray); nothing if unreadable."""
    from .repeats import file_hashes

    try:
        data = store_of(path).read(path)
    except OSError:
        return frozenset()
    text = document_text(data, file_hint(path))
    return file_hashes(text) if text else frozenset()


def _no_hashes(path: Location, reason: str) -> frozenset[int]:
    return frozenset()


def corpus_repeats(
    jobs: list[Job], workers: int = 1, min_files: int = 5, min_share: float = 0.01
) -> frozenset[int]:
    """First pass of --dedup-lines: hashes of the lines that recur in many files."""
    from collections import Counter

    from .repeats import frequent

    counts: Counter[int] = Counter()
    paths = [job.path for job in jobs]
    if workers > 1 and len(paths) > 1:
        from .workers import WorkerPool

        # A file that kills its worker counts no lines here; the cleaning pass records it.
        with WorkerPool(file_line_hashes, workers, _no_hashes) as pool:
            for hashes in pool.map(paths, chunk=max(1, len(paths) // (workers * 4))):
                counts.update(hashes)
    else:
        for path in paths:
            counts.update(file_line_hashes(path))
    return frequent(counts, len(paths), min_files, min_share)


def clean_jsonl_file(
    job: Job,
    out_dir: Location | None,
    config: Config,
    field: str = "text",
    keep_empty: bool = False,
    pool=None,
    write: bool = True,
    digest=None,
) -> dict:
    """Clean the records of one JSONL file (``.gz``/``.zst`` too) into one output file
    (``digest``, a hashlib object, gets its bytes as they are read).

    The manifest record is the file's, with the sums of its records; malformed lines
    are listed by number and skipped. A file that cannot be read or written leaves
    no output and an error record. ``write`` False (``zhclean check``) writes nothing;
    the record's ``changes`` says whether a record would change.
    """
    from .records import clean_jsonl

    target = None if not write else job.path if out_dir is None else join(out_dir, job.rel)
    store = store_of(job.path)
    try:
        size = store.size(job.path)
        if store.is_dir(job.path):
            return manifest_record(job, None, None, error="is a folder, not a file", code="ZH904")
        summary = clean_jsonl(job.path, target, config, field, keep_empty, pool, digest)
    except _CORRUPT as exc:  # a truncated or corrupt .gz / .zst stream: no output written
        return manifest_record(job, None, None, error=f"cannot decompress: {exc}", code="ZH902")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return manifest_record(
            job, None, None, error=f"cannot read or write: {reason}", code="ZH904"
        )
    record = jsonl_record(job, target, size, summary)
    if not write:
        record["changes"] = record["status"] == "cleaned"
    return record


def _corrupt_errors() -> tuple[type[BaseException], ...]:
    """What a truncated or corrupt compressed stream raises, whatever the codec."""
    import gzip
    import zlib

    import zstandard

    return (EOFError, ValueError, gzip.BadGzipFile, zlib.error, zstandard.ZstdError)


_CORRUPT = _corrupt_errors()


__all__ = [
    "MANIFEST_NAME",
    "STREAM_MIN",
    "TEMP_SUFFIX",
    "Job",
    "Problem",
    "atomic_output",
    "clean_all",
    "clean_file",
    "clean_inputs",
    "clean_jsonl_file",
    "clean_records_file",
    "config_hash",
    "corpus_repeats",
    "discover",
    "document_text",
    "file_hint",
    "input_kind",
    "jsonl_record",
    "lines_removed",
    "manifest_record",
    "path_fields",
    "path_text",
    "problem_record",
    "read_manifest",
    "record_messages",
    "record_path",
    "remove_stale_temps",
    "write_manifest",
]
