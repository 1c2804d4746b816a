"""Files: walking the inputs, reading, atomic writes, manifest records.

Everything that touches the disk lives here, so the core stays pure. One input
file gives one manifest record, whatever happens to it:

    >>> sorted(manifest_record(Job(Path("a.txt"), PurePosixPath("a.txt")), None, b"", error="x"))[:4]
    ['bytes_in', 'bytes_out', 'confidence', 'encoding']
"""

from __future__ import annotations

import base64
import contextlib
import fnmatch
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from .chardata import han_count
from .config import Config
from .pipeline import CleanResult, clean_bytes
from .storage import Location, as_location, is_uri, join, store_of
from .stream import STREAM_MIN

MANIFEST_NAME = "manifest.jsonl"


@dataclass(frozen=True)
class Job:
    path: Location  # where to read: a local path or a URI (see zhclean.storage)
    rel: PurePosixPath  # where to write, relative to --out


@dataclass(frozen=True)
class Problem:
    """An input that could not become a job (missing path, output folder inside input)."""

    path: str
    status: str
    error: str
    code: str


def _matches(rel: PurePosixPath, patterns: Iterable[str]) -> bool:
    text = rel.as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(rel.name, p) for p in patterns)


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
    except ValueError:
        return False
    return True


def discover(
    paths: list[Location],
    out_dir: Location | None,
    include: tuple[str, ...] = ("*.txt",),
    exclude: tuple[str, ...] = (),
) -> tuple[list[Job], list[Problem]]:
    """The files to clean, in a stable order, and the inputs that could not be walked.

    Several input folders each keep their own name as the first part of the
    output path, so their files cannot collide.
    """
    jobs: list[Job] = []
    problems: list[Problem] = []
    out_resolved = out_dir.resolve() if isinstance(out_dir, Path) else None
    several = len(paths) > 1
    seen: set[PurePosixPath] = set()
    for path in paths:
        if is_uri(path):
            assert isinstance(path, str)
            _discover_remote(path, out_dir, include, exclude, several, jobs, problems)
            continue
        assert isinstance(path, Path)
        if not path.exists() and not path.is_symlink():
            problems.append(Problem(str(path), "error", "no such file or directory", "ZH904"))
            continue
        if path.is_dir():
            root = path.resolve()
            if out_resolved and _inside(out_resolved, root) and out_resolved != root:
                problems.append(
                    Problem(
                        str(out_dir),
                        "skipped",
                        f"the output folder is inside the input folder {path}; it is not walked",
                        "ZH904",
                    )
                )
            if out_resolved and out_resolved == root:
                problems.append(
                    Problem(str(path), "error", "the output folder is the input folder", "ZH904")
                )
                continue
            found: list[Job] = []
            walk_errors: list[OSError] = []
            for current, dirnames, filenames in os.walk(path, onerror=walk_errors.append):
                current_path = Path(current)
                # Never walk into the output folder (it may sit inside the input).
                dirnames[:] = sorted(
                    d
                    for d in dirnames
                    if not (out_resolved and (current_path / d).resolve() == out_resolved)
                )
                for name in sorted(filenames):
                    file_path = current_path / name
                    rel = PurePosixPath(file_path.relative_to(path).as_posix())
                    if not _matches(rel, include) or _matches(rel, exclude):
                        continue
                    if several:
                        rel = PurePosixPath(path.resolve().name) / rel
                    if (problem := _not_regular(file_path)) is not None:
                        problems.append(problem)
                        continue
                    found.append(Job(file_path, rel))
            jobs.extend(sorted(found, key=lambda j: j.rel.as_posix()))
            problems.extend(_walk_problem(exc) for exc in walk_errors)
        elif (problem := _not_regular(path)) is not None:
            problems.append(problem)
        else:
            rel = PurePosixPath(path.name)
            jobs.append(Job(path, rel))
    if out_dir is None:  # in place or check: every file is its own output, names may repeat
        return jobs, problems
    unique: list[Job] = []
    for job in jobs:
        if job.rel in seen:
            problems.append(
                Problem(str(job.path), "error", f"another input also writes {job.rel}", "ZH904")
            )
            continue
        seen.add(job.rel)
        unique.append(job)
    return unique, problems


def _not_regular(path: Path) -> Problem | None:
    """A FIFO, socket or device named like a text file: reading it could block for ever."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # a dangling link, gone since the walk: reading it says why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return Problem(str(path), "skipped", f"not a regular file but {kind}", "ZH904")


def _walk_problem(exc: OSError) -> Problem:
    """A sub-folder os.walk could not list: its files are not cleaned, and the run says so."""
    where = exc.filename if exc.filename is not None else "?"
    return Problem(
        os.fsdecode(where), "error", f"cannot read folder: {exc.strerror or exc}", "ZH904"
    )


def _discover_remote(
    uri: str,
    out_dir: Location | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    several: bool,
    jobs: list[Job],
    problems: list[Problem],
) -> None:
    """The files under a URI (a bucket prefix, an hdfs folder), as :func:`discover` walks a folder."""
    try:
        store = store_of(uri)
        if not store.exists(uri):
            problems.append(Problem(uri, "error", "no such file or directory", "ZH904"))
            return
        if not store.is_dir(uri):
            jobs.append(Job(uri, PurePosixPath(uri.rstrip("/").rsplit("/", 1)[-1])))
            return
        listed = sorted(store.walk(uri), key=lambda item: item[1])
    except OSError as exc:
        problems.append(Problem(uri, "error", f"cannot list: {exc}", "ZH904"))
        return
    out_prefix = str(out_dir).rstrip("/") + "/" if isinstance(out_dir, str) else None
    if out_prefix is not None and out_prefix == uri.rstrip("/") + "/":
        problems.append(Problem(uri, "error", "the output folder is the input folder", "ZH904"))
        return
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    for file_uri, rel_text in listed:
        if out_prefix is not None and file_uri.startswith(out_prefix):
            continue  # never read our own output
        rel = PurePosixPath(rel_text)
        if not _matches(rel, include) or _matches(rel, exclude):
            continue
        jobs.append(Job(file_uri, PurePosixPath(name) / rel if several else rel))


TEMP_SUFFIX = ".zhclean-tmp"
# .NAME.PID.RANDOM.zhclean-tmp: the PID says whether the process writing it still runs.
TEMP_RE = re.compile(r"^\..+?\.(?:(\d+)\.)?[A-Za-z0-9_]+\.zhclean-tmp$")


@contextlib.contextmanager
def atomic_output(path: Path, durable: bool = True, in_place: bool = False) -> Iterator[IO[bytes]]:
    """A binary handle whose content becomes ``path`` at the end, never half of it.

    A temporary file in the same folder, flushed to disk, then renamed over the
    target; an existing file keeps its mode and (where allowed) its owner. On an
    error the temporary file goes and ``path`` is untouched. ``durable`` False skips
    the flush to disk (still atomic; for notes a crash may lose).

    ``in_place`` (rewriting a user's file) writes through a symlink to its target, and
    copies the new content into the file itself, rather than renaming over it, when a
    rename would break its hard links or give it another owner.
    """
    if in_place:
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if not path.exists():
            os.chmod(tmp, 0o666 & ~_umask())
        elif in_place and not _takes_over(tmp, path.stat()):
            _copy_into(tmp, path)
            os.unlink(tmp)
            return
        else:
            _take_over(tmp, path.stat())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _take_over(tmp: str, status: os.stat_result) -> None:
    """Give ``tmp`` the mode and, where allowed, the owner of the file it replaces."""
    os.chmod(tmp, status.st_mode & 0o7777)
    if hasattr(os, "chown"):
        # Not ours to give away (PermissionError): the content is what matters.
        with contextlib.suppress(PermissionError):
            os.chown(tmp, status.st_uid, status.st_gid)


def _takes_over(tmp: str, status: os.stat_result) -> bool:
    """Whether renaming ``tmp`` over a file keeps all it was: one link, mode and owner."""
    if status.st_nlink > 1:
        return False
    _take_over(tmp, status)
    mine = os.stat(tmp)
    return (mine.st_uid, mine.st_gid) == (status.st_uid, status.st_gid)


def _copy_into(tmp: str, path: Path) -> None:
    """The content of ``tmp`` written into ``path``'s own inode (its links and owner stay).
    Not atomic, but the new content is complete on disk before the copy starts."""
    with open(tmp, "rb") as source, open(path, "r+b") as target:
        shutil.copyfileobj(source, target, 1 << 20)
        target.truncate()
        target.flush()
        os.fsync(target.fileno())


def remove_stale_temps(folder: Path, locked: bool = False, recursive: bool = True) -> int:
    """Remove the temporary files a killed run left in ``folder``: zhclean's own names
    only, of a process that no longer runs (any of them when ``locked``: the caller holds
    the output folder's lock, so no other run writes there). Returns how many.
    """
    removed = 0
    for current, dirnames, filenames in os.walk(folder):
        if not recursive:
            dirnames.clear()
        for name in filenames:
            match = TEMP_RE.match(name)
            if match is None or not (locked or _gone(match.group(1))):
                continue
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(current, name))
                removed += 1
    return removed


def _gone(pid: str | None) -> bool:
    """Whether the process that wrote a temporary file has ended (unknown: assume not)."""
    if pid is None:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):
        return False
    return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sha256(data: bytes | None) -> str | None:
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
    return {
        **path_fields("input", job.path),
        **path_fields("output", output),
        "status": status or (result.status if result else "error"),
        "encoding": result.encoding if result else None,
        "confidence": result.confidence if result else None,
        "bytes_in": len(data) if data is not None else None,
        "bytes_out": len(out_bytes) if out_bytes is not None else None,
        "sha256_in": _sha256(data),
        "sha256_out": _sha256(out_bytes),
        "script_in": result.script_in if result else None,
        "script_out": result.script_out if result else None,
        "lines_in": result.lines_in if result else None,
        "lines_out": result.lines_out if result and result.text is not None else None,
        "rules": counts,
        "removed": [{"line": e.line, "rule": e.code, "text": e.text} for e in events if e.removal],
        "warnings": result.warnings if result else [],
        "error": error or (result.error if result else None),
    }


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
        lines.append(f"zhclean: malformed: {record['input']}:{problem['line']}: {problem['error']}")
    if len(malformed) > MALFORMED_SHOWN:
        more = len(malformed) - MALFORMED_SHOWN
        lines.append(f"zhclean: malformed: {record['input']}: {more} more (see the manifest)")
    return lines


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
) -> dict:
    """Read, clean and write one file; every failure becomes the record's error.

    ``out_dir`` None cleans in place (only files whose bytes change are rewritten, and
    only files that read as Chinese text); ``write`` False only reports (``zhclean
    check``: the record says whether the file would change). A ``previous`` record with
    the same input hash and configuration is reused as it is (``--incremental``).
    """
    try:
        store = store_of(job.path)
        if store.is_dir(job.path):
            return manifest_record(job, None, None, error="is a folder, not a file", code="ZH904")
        if isinstance(job.path, Path) and (problem := _not_regular(job.path)) is not None:
            return manifest_record(
                job, None, None, error=problem.error, status="skipped", code="ZH904"
            )
        if store.size(job.path) > STREAM_MIN:
            if previous is not None and _reusable(previous, _file_sha256(job.path), settings_hash):
                return {**previous, "cached": True}
            return _clean_large_file(job, out_dir, config, write, settings_hash)
        data = store.read(job.path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return manifest_record(job, None, None, error=f"cannot read: {reason}", code="ZH904")
    if _reusable(previous, _sha256(data), settings_hash):
        return {**previous, "cached": True}
    try:
        result = clean_bytes(data, config)
    except Exception as exc:  # a bug must not stop the other files; the record says what broke
        error = f"internal error: {type(exc).__name__}: {exc}"
        return manifest_record(job, None, data, error=error, code=None)
    if (skipped := _skip_reason(result, data, out_dir is None)) is not None:
        reason, code = skipped
        return manifest_record(job, None, data, error=reason, status="skipped", code=code)
    if result.text is None or not write:
        record = manifest_record(job, result, data)
        record["changes"] = result.data is not None and result.data != data
        return {**record, "config": settings_hash}
    target = job.path if out_dir is None else join(out_dir, job.rel)
    new = result.data or b""
    try:
        if out_dir is not None or new != data:
            with store_of(target).output(target, in_place=out_dir is None) as handle:
                handle.write(new)
    except OSError as exc:
        error = f"cannot write {path_text(target)}: {exc.strerror or exc}"
        return manifest_record(job, result, data, error=error, status="error")
    return {**manifest_record(job, result, data, output=target), "config": settings_hash}


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


def _reusable(previous: dict | None, sha256_in: str | None, settings_hash: str) -> bool:
    """--incremental: the previous record stands for the same input, options and output."""
    if previous is None:
        return False
    output = record_path(previous, "output")
    return (
        previous.get("sha256_in") == sha256_in
        and previous.get("config") == settings_hash
        and (output is None or store_of(output).exists(output))
    )


def _file_sha256(path: Location) -> str:
    """A large file's hash, read in blocks (only asked when a previous record could be reused)."""
    digest = hashlib.sha256()
    with store_of(path).open_read(path) as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


class _Discard:
    """A sink for ``zhclean check`` on a large file: only the output's hash matters."""

    def write(self, data: bytes) -> int:
        return len(data)


def _clean_large_file(
    job: Job, out_dir: Location | None, config: Config, write: bool, settings_hash: str
) -> dict:
    """A file too large to hold: streamed block by block (see :mod:`zhclean.stream`).

    In place, a first pass only hashes the output: an unchanged file is not rewritten
    (cleaning is deterministic, so the second pass writes what the first one hashed).
    """
    from .records import open_output
    from .stream import clean_stream

    target = job.path if out_dir is None else join(out_dir, job.rel)
    record = manifest_record(job, None, None)
    store = store_of(job.path)
    try:
        size = store.size(job.path)
        with store.open_read(job.path) as source:
            fields = (
                clean_stream(source, _Discard(), config) if out_dir is None or not write else None
            )
        if write and (fields is None or fields["sha256_out"] != fields["sha256_in"]):
            # The output goes to a temporary file first: the input is read to its end.
            with store.open_read(job.path) as source, open_output(target, out_dir is None) as sink:
                fields = clean_stream(source, sink, config)
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
    if not write:
        record["changes"] = changed
    return record


def problem_record(problem: Problem) -> dict:
    job = Job(as_location(problem.path), PurePosixPath(problem.path.rstrip("/").rsplit("/", 1)[-1]))
    return manifest_record(
        job, None, None, error=problem.error, status=problem.status, code=problem.code
    )


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
) -> Iterator[dict]:
    """Records in the order of ``jobs``, whatever the number of worker processes.

    A file that kills its worker process is retried, then recorded as an error; the
    workers end with this generator (see :mod:`zhclean.workers`).
    """
    from .workers import WorkerPool

    settings_hash = config_hash(config)
    previous = previous or {}
    tasks = [
        (job, out_dir, config, previous.get(path_text(job.path)), write, settings_hash)
        for job in jobs
    ]
    if workers <= 1 or len(tasks) < 2:
        for task in tasks:
            yield _clean_one(task)
        return
    chunk = max(1, min(64, len(tasks) // (workers * 4)))
    with WorkerPool(_clean_one, workers, _worker_failed) as pool:
        yield from pool.map(tasks, chunk)


def _file_line_hashes(path: Location) -> frozenset[int]:
    """The candidate-line hashes of one file (for corpus repeats); nothing if unreadable."""
    from .repeats import file_hashes
    from .report import Report
    from .stages.decode import decode

    try:
        text = decode(store_of(path).read(path), Report()).text
    except OSError:
        return frozenset()
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
        with WorkerPool(_file_line_hashes, workers, _no_hashes) as pool:
            for hashes in pool.map(paths, chunk=max(1, len(paths) // (workers * 4))):
                counts.update(hashes)
    else:
        for path in paths:
            counts.update(_file_line_hashes(path))
    return frequent(counts, len(paths), min_files, min_share)


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


def clean_jsonl_file(
    job: Job,
    out_dir: Location | None,
    config: Config,
    field: str = "text",
    keep_empty: bool = False,
    pool=None,
) -> dict:
    """Clean the records of one JSONL file (``.gz``/``.zst`` too) into one output file.

    The manifest record is the file's, with the sums of its records; malformed lines
    are listed by number and skipped. A file that cannot be read or written leaves
    no output and an error record.
    """
    from .records import clean_jsonl

    target = job.path if out_dir is None else join(out_dir, job.rel)
    store = store_of(job.path)
    try:
        size = store.size(job.path)
        if store.is_dir(job.path):
            return manifest_record(job, None, None, error="is a folder, not a file", code="ZH904")
        summary = clean_jsonl(job.path, target, config, field, keep_empty, pool)
    except _CORRUPT as exc:  # a truncated or corrupt .gz / .zst stream: no output written
        return manifest_record(job, None, None, error=f"cannot decompress: {exc}", code="ZH902")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return manifest_record(
            job, None, None, error=f"cannot read or write: {reason}", code="ZH904"
        )
    return jsonl_record(job, target, size, summary)


def _corrupt_errors() -> tuple[type[BaseException], ...]:
    """What a truncated or corrupt compressed stream raises, whatever the codec."""
    import gzip
    import zlib

    import zstandard

    return (EOFError, ValueError, gzip.BadGzipFile, zlib.error, zstandard.ZstdError)


_CORRUPT = _corrupt_errors()


def jsonl_record(job: Job, target: Location, size: int, summary: dict) -> dict:
    """The manifest record of a cleaned JSONL file, from the summary of its records."""
    summary = dict(summary)
    changed = summary["records_changed"] or summary["malformed"] or summary["records_dropped"]
    record = manifest_record(job, None, None, output=target)
    record.update(
        status="cleaned" if changed else "unchanged",
        encoding="utf-8",
        bytes_in=size,
        bytes_out=store_of(target).size(target),
        rules=summary.pop("rules"),
        format="jsonl",
        **summary,
    )
    return record
