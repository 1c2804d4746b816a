"""The Ray engine: the same cleaning on a Ray cluster, byte for byte (``--engine ray``).

Nothing here cleans: every file goes through :func:`zhclean.corpus.clean_file`
(or :func:`~zhclean.corpus.clean_jsonl_file`), the function the local engine
calls, so outputs and manifest records are the same whatever the engine. What
this module adds is the distribution, with Ray Data:

1. The driver lists the inputs (local folders, or any filesystem pyarrow
   reads: ``s3://``, ``gs://``, ``hdfs://``) and cuts the list into shards
   (:func:`shard_size`), numbered in the order of the local engine.
2. With ``--dedup-lines``, a first pass maps every file to the hashes of its
   candidate lines and counts them with a distributed group-by: the lines over
   the threshold are the corpus's repeated lines, as in the local first pass.
3. The cleaning pass maps each shard to a task that reads its files (in the
   task, so an unreadable file is a manifest record, not a failed dataset),
   cleans them, writes the outputs and its own manifest shard
   ``manifest-NNNNN.jsonl``, and returns only counts. A task whose worker dies
   is run again by Ray; notes the task leaves make the next attempt record the
   file the last one died on as an error and clean the others. A shard whose
   task fails for good gets error records: every input has its record, and the
   exit code says the run failed.
4. With ``--format jsonl``, a plain JSONL file over :data:`SPLIT_BYTES` is cut
   into ranges at line starts, cleaned by several tasks into parts that a
   last task joins in order: the same bytes as one task would write.
5. The driver writes ``manifest.index.json``: the shards, their record counts,
   and the run's totals. No process holds more than a shard of records. (Shards and
   index are written and read by :mod:`zhclean.ray_manifest`.)

A shard is rewritten whole by a retried task (outputs and manifest are written
atomically), so retries never leave a mix of two attempts.

    >>> [len(s) for s in shards(list(range(5)), 2)]
    [2, 2, 1]
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from .config import Config
from .corpus import clean_file, clean_records_file, config_hash, file_line_hashes
from .discovery import Job, is_warc_name
from .manifest import jsonl_record, manifest_record
from .ray_manifest import (
    INDEX_NAME,
    SHARD_FORMAT,
    Totals,
    read_records,
    remove_stale_shards,
    shard_summary,
    sum_ranges,
    write_index,
    write_shard,
)
from .records import clean_jsonl_range, is_jsonl_name
from .storage import Location, as_location, join, store_of

# Files per task and per manifest shard: enough shards to keep every CPU busy to the end
# (SHARDS_PER_CPU of them), each large enough that a task's fixed cost is small.
MIN_SHARD_FILES, MAX_SHARD_FILES, SHARDS_PER_CPU = 64, 4096, 16
ATTEMPTS_DIR = ".zhclean-attempts"  # notes of the shard tasks in flight, beside the manifest
# A plain JSONL file over SPLIT_BYTES is cut into ranges of RANGE_BYTES cleaned by several
# tasks (a compressed one cannot be entered in the middle: it is one task).
SPLIT_BYTES = 256 * 2**20
RANGE_BYTES = 64 * 2**20
PARTS_DIR = ".zhclean-parts"  # the outputs of the ranges, under --out, until they are joined
RANGE_ATTEMPTS = 3  # runs of a range whose worker keeps dying, before its file is an error


def shard_size(files: int, cpus: int | None = None) -> int:
    """Files per shard for a run of ``files`` on ``cpus`` CPUs (default: the cluster's).

    >>> shard_size(100, 2), shard_size(74_000, 2), shard_size(10**9, 500)
    (64, 2313, 4096)
    """
    if cpus is None:
        import ray

        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    wanted = -(-files // (cpus * SHARDS_PER_CPU))
    return max(MIN_SHARD_FILES, min(MAX_SHARD_FILES, wanted))


def shards(items: list, size: int) -> list[list]:
    """``items`` cut into consecutive lists of at most ``size``."""
    return [items[i : i + size] for i in range(0, len(items), size)]


@dataclass(frozen=True)
class Task:
    """What every shard task needs besides its files (pickled once, shipped with the tasks)."""

    out: Location
    manifest_dir: Location
    config: Config
    settings_hash: str
    # (text field, keep empty, every file: --format jsonl) for JSONL files; None: --format files
    jsonl: tuple[str, bool, bool] | None = None
    # The function that cleans one file (tests give one that kills its worker).
    clean_one: Callable[[Job, Task], dict] | None = None
    # Names this run's attempt notes: the notes of an earlier run that died are not ours.
    run_id: str = ""


def clean_one_file(job: Job, task: Task) -> dict:
    """One file, exactly as the local engine cleans it."""
    if is_warc_name(job.path):  # an archive is one task, its records cleaned in order
        field, keep_empty = task.jsonl[:2] if task.jsonl is not None else ("text", False)
        return clean_records_file(job, task.out, task.config, "warc", field, keep_empty)
    if task.jsonl is not None:
        text_field, keep_empty, every_file = task.jsonl
        if every_file or is_jsonl_name(job.path):
            return clean_records_file(job, task.out, task.config, "jsonl", text_field, keep_empty)
    return clean_file(job, task.out, task.config, None, True, task.settings_hash)


def _attempts_file(task: Task, shard: int) -> Location:
    return join(task.manifest_dir, f"{ATTEMPTS_DIR}/{task.run_id}/{shard:05d}.json")


def clean_shard(row: dict[str, Any], task: Task) -> dict[str, Any]:
    """One shard: clean its files with the local engine's function, write its manifest.

    Ray runs a task again when its worker dies, and would do so without end if one file
    kills the worker every time (it runs out of memory, a library crashes). So a task
    leaves a note of its attempt: a retry writes down each file before it starts on it,
    and the next retry records the file that was in progress as an error and goes on
    with the others, as the local engine records a file it could not clean.
    """
    jobs = [Job(as_location(path), PurePosixPath(rel)) for path, rel in json.loads(row["jobs"])]
    note_path = _attempts_file(task, row["shard"])
    store = store_of(note_path)
    note = {"attempt": 0, "current": None, "failed": []}
    if store.exists(note_path):
        note = json.loads(store.read(note_path))
        if note["current"] is not None and note["current"] not in note["failed"]:
            note["failed"].append(note["current"])
    note["attempt"] += 1
    watched = note["attempt"] > 1  # the first attempt costs one note, not one per file
    note["current"] = None
    _write_note(note_path, note)
    records = []
    clean_one = task.clean_one or clean_one_file
    for i, job in enumerate(jobs):
        if i in note["failed"]:
            records.append(_died_record(job))
            continue
        if watched:
            note["current"] = i
            _write_note(note_path, note)
        records.append(clean_one(job, task))
    try:
        summary = write_shard(task.manifest_dir, row["shard"], records)
    except OSError as exc:
        # The files are written; the driver says the manifest is not (a read-only or full
        # disk), rather than Ray running the task again and logging its traceback.
        summary = shard_summary(row["shard"], records)
        summary["error"] = f"cannot write {summary['file']}: {exc.strerror or exc}"
    _delete_note(note_path)
    return summary


def _write_note(path: Location, note: dict) -> None:
    """A note that cannot be written (the manifest's folder is read-only or full) costs
    only its bookkeeping: a worker that dies then retries its shard as Ray does."""
    with contextlib.suppress(OSError), store_of(path).output(path, durable=False) as handle:
        handle.write(json.dumps(note).encode("utf-8"))


def _delete_note(path: Location) -> None:
    with contextlib.suppress(OSError):
        store_of(path).delete(path)


def _died_record(job: Job) -> dict:
    return manifest_record(
        job, None, None, error="the worker died while cleaning this file", code="ZH904"
    )


def _signed(value: int) -> int:
    """A 64-bit line hash as Arrow's int64 holds it (and back: see :func:`_unsigned`)."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def _line_hashes(batch: dict[str, Any]) -> dict[str, Any]:
    """A batch of files -> one row per (file, candidate line): the first pass of dedup."""
    import numpy as np

    hashes: list[int] = []
    for path in batch["path"]:
        hashes.extend(_signed(h) for h in file_line_hashes(as_location(str(path))))
    return {"hash": np.array(hashes, dtype=np.int64)}


def repeated_lines(jobs: list[Job], min_files: int = 5, min_share: float = 0.01) -> frozenset[int]:
    """--dedup-lines on Ray: hashes of lines in at least max(min_files, min_share x files) files.

    The same threshold and the same per-file counting as :func:`zhclean.corpus.corpus_repeats`.
    """
    import ray.data

    if not jobs:
        return frozenset()
    threshold = max(min_files, min_share * len(jobs))
    paths = ray.data.from_items(
        [{"path": str(job.path)} for job in jobs], override_num_blocks=_blocks(len(jobs))
    )
    counted = paths.map_batches(_line_hashes, batch_size=MIN_SHARD_FILES)
    counted = counted.groupby("hash").count()
    frequent = counted.filter(lambda row: row["count()"] >= threshold)
    return frozenset(_unsigned(int(row["hash"])) for row in frequent.take_all())


def _blocks(count: int) -> int:
    return max(1, min(count, 10_000))


def quiet_ray(address: str | None, cpus: int | None) -> None:
    """Connect to (or start) Ray, with its logs and progress bars off our terminal."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise RuntimeError("--engine ray needs Ray: pip install 'zhclean[ray]'") from None
    if not ray.is_initialized():
        options: dict[str, Any] = {
            "logging_level": logging.ERROR,
            "log_to_driver": False,
            "include_dashboard": False,
        }
        if address:
            options["address"] = address
        else:
            # Ray of this run's own: without it, ray.init joins the last cluster started on
            # this machine (someone else's), and refuses a CPU count there.
            options["address"] = "local"
            if cpus:
                options["num_cpus"] = cpus
        ray.init(**options)
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    # A shard that fails all its retries is recorded by the driver, not the end of the run.
    context.max_errored_blocks = -1
    # Ray Data holds part of the CPUs back for operators further down; there are none.
    context.op_resource_reservation_enabled = False


def stop() -> None:
    """Let go of Ray: a cluster this process started stops (its workers with it); from one
    it joined, this process's job ends, and the cluster ends the job's tasks."""
    import ray

    if ray.is_initialized():
        ray.shutdown()


def run(
    jobs: list[Job],
    out: Location,
    manifest_dir: Location,
    config: Config,
    *,
    jsonl: tuple[str, bool, bool] | None = None,
    problems: list[dict] | None = None,
    shard_files: int | None = None,
    on_shard: Callable[[dict], None] | None = None,
    clean_one: Callable[[Job, Task], dict] | None = None,
    split_bytes: int = SPLIT_BYTES,
    range_bytes: int = RANGE_BYTES,
    on_interrupt: Callable[[], None] | None = None,
) -> Totals:
    """Clean ``jobs`` on the Ray instance this process is connected to (see :func:`quiet_ray`).

    ``problems`` are the records of inputs that could not be walked (written by the driver
    as the last shard). ``on_shard`` sees every shard's summary as it lands (progress).
    ``clean_one`` replaces the function that cleans one file (tests kill workers with it).
    ``jsonl`` is (text field, keep empty, every file): without every file, only the files
    whose names say JSONL are.

    Interrupted (a signal turned into an exception, Ctrl-C), the run calls
    ``on_interrupt`` (the CLI ends Ray there, and the workers with it), writes an index
    of the shards finished (marked ``partial``), removes this run's notes and parts, and
    raises again: see :func:`_abandon`.
    """

    large: list[tuple[Job, int]] = []
    if jsonl is not None:
        jobs, large = _large_jsonl(jobs, split_bytes)
    task = Task(out, manifest_dir, config, config_hash(config), jsonl, clean_one, uuid.uuid4().hex)
    shard_files = shard_files or shard_size(len(jobs))
    parts = shards([[str(job.path), job.rel.as_posix()] for job in jobs], shard_files)
    rows = [
        # ASCII JSON: a file name that is not UTF-8 travels as its surrogate escapes.
        {"shard": k, "jobs": json.dumps(part)}
        for k, part in enumerate(parts)
    ]
    totals = Totals()
    seen: set[int] = set()
    number = len(rows)
    try:
        number = _run_shards(rows, parts, large, task, totals, seen, shard_files, on_shard,
                             range_bytes, problems)  # fmt: skip
    except BaseException as exc:
        if isinstance(exc, Exception):  # a failure, not an interruption: the caller says it
            raise
        _quiet_ray_finalizers()
        if on_interrupt is not None:
            on_interrupt()
        _abandon(task, totals, number, problems)
        raise
    if totals.unwritten:
        more = len(totals.unwritten) - 1
        raise OSError(totals.unwritten[0] + (f" (and {more} more shards)" if more else ""))
    totals.shards.sort(key=lambda s: s["file"])
    write_index(manifest_dir, totals, engine="ray")
    remove_stale_shards(manifest_dir, len(totals.shards))
    for notes in (
        join(manifest_dir, f"{ATTEMPTS_DIR}/{task.run_id}"),
        join(manifest_dir, ATTEMPTS_DIR),
    ):
        store_of(notes).remove_empty_dir(notes)
    return totals


def _quiet_ray_finalizers() -> None:
    """Interrupted, the run lets go of Ray while Ray Data's iterators are still alive; they
    are collected later, and their finalizers then fail on a Ray that is gone (Python prints
    "Exception ignored in ..." with a traceback). The run is over: those say nothing."""
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if (getattr(unraisable.object, "__module__", None) or "").startswith("ray"):
            return
        previous(unraisable)

    sys.unraisablehook = hook


def _run_shards(
    rows: list[dict],
    parts: list[list],
    large: list[tuple[Job, int]],
    task: Task,
    totals: Totals,
    seen: set[int],
    shard_files: int,
    on_shard: Callable[[dict], None] | None,
    range_bytes: int,
    problems: list[dict] | None,
) -> int:
    """The shards cleaned on Ray, then the large JSONL files and the walk's problems, into
    ``totals``; returns the number the next shard would take."""
    import ray.data

    manifest_dir = task.manifest_dir
    if rows:
        dataset = ray.data.from_items(rows, override_num_blocks=_blocks(len(rows)))
        # A task whose worker dies is run again by Ray Data; clean_shard's notes make
        # every new attempt skip the file the last one died on.
        cleaned = dataset.map(partial(clean_shard, task=task))
        for summary in cleaned.iter_rows():
            seen.add(summary["shard"])
            if summary["error"]:  # its files are done, its manifest shard is not written
                totals.unwritten.append(summary["error"])
            else:
                totals.add(summary)
            if on_shard:
                on_shard(summary)
    for k in range(len(rows)):
        if k in seen:
            continue
        # The task failed for good (its worker died on every try, say): its files get
        # error records, so that every input has one.
        failed = [
            manifest_record(
                Job(as_location(path), PurePosixPath(rel)),
                None,
                None,
                error="the task cleaning this file failed",
                code="ZH904",
            )
            for path, rel in parts[k]
        ]
        summary = write_shard(manifest_dir, k, failed)
        totals.add(summary)
        if on_shard:
            on_shard(summary)
    number = len(rows)
    if large:
        records = _clean_large_jsonl(large, task, range_bytes)
        for part in shards(records, shard_files):
            summary = write_shard(manifest_dir, number, part)
            totals.add(summary)
            if on_shard:
                on_shard(summary)
            number += 1
    if problems:
        summary = write_shard(manifest_dir, number, problems)
        totals.add(summary)
        number += 1
    return number


def _abandon(task: Task, totals: Totals, number: int, problems: list[dict] | None) -> None:
    """What an interrupted run leaves: an index of the shards finished (``partial``: true)
    with the walk's problems, no shard file the index does not list, none of this run's
    attempt notes or parts of large files. Best effort: a write that fails here leaves the
    rest to do (the next run into the folder sweeps temporary files and stale shards)."""
    folder = task.manifest_dir
    # After the shards written so far (those of large JSONL files come after the others).
    number = max([number - 1, *(int(s["file"][9:14]) for s in totals.shards)]) + 1
    with contextlib.suppress(OSError):
        if problems:
            totals.add(write_shard(folder, number, problems))
            number += 1
    listed = {s["file"] for s in totals.shards}
    for k in range(number):
        stale = join(folder, SHARD_FORMAT.format(k))
        if SHARD_FORMAT.format(k) not in listed:
            with contextlib.suppress(OSError):
                if store_of(stale).exists(stale):
                    store_of(stale).delete(stale)
    with contextlib.suppress(OSError):
        totals.shards.sort(key=lambda s: s["file"])
        write_index(folder, totals, engine="ray", partial=True)
        remove_stale_shards(folder, number)
    for tree in (
        join(folder, f"{ATTEMPTS_DIR}/{task.run_id}"),
        join(task.out, f"{PARTS_DIR}/{task.run_id}"),
    ):
        _remove_tree(tree)
    for empty in (join(folder, ATTEMPTS_DIR), join(task.out, PARTS_DIR)):
        store_of(empty).remove_empty_dir(empty)


def _remove_tree(folder: Location) -> None:
    """A folder of zhclean's own (notes, parts) and all it holds; what cannot go stays."""
    if not isinstance(folder, str):
        shutil.rmtree(folder, ignore_errors=True)
        return
    store = store_of(folder)
    with contextlib.suppress(OSError):
        for uri, _ in list(store.walk(folder)):
            with contextlib.suppress(OSError):
                store.delete(uri)
    store.remove_empty_dir(folder)


def _large_jsonl(jobs: list[Job], split_bytes: int) -> tuple[list[Job], list[tuple[Job, int]]]:
    """The plain JSONL files too large for one task (with their sizes), and the others."""
    whole, large = [], []
    for job in jobs:
        size = -1
        if str(job.path).lower().endswith((".jsonl", ".ndjson")):
            # A file that cannot be read stays whole: its task reports it, as locally.
            with contextlib.suppress(OSError):
                size = store_of(job.path).size(job.path)
        if size > split_bytes:
            large.append((job, size))
        else:
            whole.append(job)
    return whole, large


def clean_range(row: dict[str, Any], task: Task) -> dict[str, Any]:
    """One range of a large JSONL file, into its part file.

    A range whose worker died :data:`RANGE_ATTEMPTS` times is given up (its file gets an
    error record): one record that kills the worker must not keep the run going forever.
    """
    assert task.jsonl is not None
    note_path = join(
        task.manifest_dir, f"{ATTEMPTS_DIR}/{task.run_id}/range-{row['file']}-{row['index']}.json"
    )
    store = store_of(note_path)
    attempt = json.loads(store.read(note_path))["attempt"] + 1 if store.exists(note_path) else 1
    if attempt > RANGE_ATTEMPTS:
        _delete_note(note_path)
        return {**row, "summary": json.dumps(None)}
    _write_note(note_path, {"attempt": attempt})
    text_field, keep_empty, _ = task.jsonl
    summary = clean_jsonl_range(
        as_location(row["path"]),
        as_location(row["part"]),
        row["start"],
        row["end"],
        task.config,
        text_field,
        keep_empty,
    )
    _delete_note(note_path)
    return {**row, "summary": json.dumps(summary, ensure_ascii=False)}


def join_parts(row: dict[str, Any], task: Task) -> dict[str, Any]:
    """A large JSONL file's parts, one after the other, into its output; its manifest record."""
    job = Job(as_location(row["path"]), PurePosixPath(row["rel"]))
    parts = json.loads(row["parts"])  # [[part location, summary], ...] in the file's order
    target = join(task.out, job.rel)
    try:
        with store_of(target).output(target) as sink:
            for part, _ in parts:
                with store_of(as_location(part)).open_read(as_location(part)) as stream:
                    shutil.copyfileobj(stream, sink, 1 << 20)
        record = jsonl_record(job, target, row["size"], sum_ranges([s for _, s in parts]))
    except OSError as exc:
        error = f"cannot read or write: {exc.strerror or exc}"
        record = manifest_record(job, None, None, error=error, code="ZH904")
    for part, _ in parts:
        with contextlib.suppress(OSError):
            store_of(as_location(part)).delete(as_location(part))
    return {"record": json.dumps(record, ensure_ascii=False)}


def _clean_large_jsonl(large: list[tuple[Job, int]], task: Task, range_bytes: int) -> list[dict]:
    """Large JSONL files: ranges cleaned in parallel, then each file's parts joined in order."""
    import ray.data

    parts_dir = join(task.out, f"{PARTS_DIR}/{task.run_id}")
    ranges = [
        {
            "file": i,
            "index": k,
            "path": str(job.path),
            "part": str(join(parts_dir, f"{i:06d}-{k:06d}.jsonl")),
            "start": start,
            "end": min(size, start + range_bytes),
        }
        for i, (job, size) in enumerate(large)
        for k, start in enumerate(range(0, size, range_bytes))
    ]
    cleaned = ray.data.from_items(ranges, override_num_blocks=_blocks(len(ranges)))
    done: dict[int, dict[int, tuple[str, dict]]] = {}
    for row in cleaned.map(partial(clean_range, task=task)).iter_rows():
        summary = json.loads(row["summary"])
        if summary is not None:  # None: the range was given up
            done.setdefault(row["file"], {})[row["index"]] = (row["part"], summary)
    records, joins = [], []
    for i, (job, size) in enumerate(large):
        expected = len(range(0, size, range_bytes))
        got = done.get(i, {})
        if len(got) != expected:
            error = "a range of this file could not be cleaned (its worker died on every try)"
            records.append(manifest_record(job, None, None, error=error, code="ZH904"))
            continue
        parts = [got[k] for k in range(expected)]
        joins.append(
            {
                "path": str(job.path),
                "rel": job.rel.as_posix(),
                "size": size,
                "parts": json.dumps(parts, ensure_ascii=False),
            }
        )
    if joins:
        joined = ray.data.from_items(joins, override_num_blocks=_blocks(len(joins)))
        for row in joined.map(partial(join_parts, task=task)).iter_rows():
            records.append(json.loads(row["record"]))
    for folder in (parts_dir, join(task.out, PARTS_DIR)):
        store_of(folder).remove_empty_dir(folder)
    return records


__all__ = [
    "INDEX_NAME",
    "stop",
    "shard_size",
    "Task",
    "Totals",
    "clean_shard",
    "quiet_ray",
    "read_records",
    "repeated_lines",
    "run",
    "shards",
]
