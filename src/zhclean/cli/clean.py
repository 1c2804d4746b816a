"""``zhclean clean``: files (or JSONL records) cleaned into --out or in place, on this
machine's cores or on Ray, with the manifest.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from ..atomic import remove_stale_temps
from ..corpus import clean_inputs
from ..discovery import guard_inputs
from ..manifest import (
    MANIFEST_NAME,
    path_text,
    problem_record,
    read_manifest,
    record_messages,
    write_manifest,
)
from ..storage import Location, as_location, join, store_of
from .app import EXIT_FAILED, _usage_error, app
from .interrupt import _Stopped, _stopped_by_signals, reported
from .options import (
    INPUT_PATTERNS,
    DedupOpt,
    ExcludeOpt,
    IgnoreOpt,
    IncludeOpt,
    JobsOpt,
    LocationsArg,
    QuietOpt,
    RulesOpt,
    Run,
    SelectOpt,
    TextFieldOpt,
    ToOpt,
    VerboseOpt,
    _prepare,
)
from .outdir import _check_out, _output_lock, _sweep_temps
from .output import _clean_summary, _console, _Progress, _summary


@app.command()
def clean(
    paths: LocationsArg,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="Folder (or URI) for the cleaned files and manifest.jsonl.",
        ),
    ] = None,
    in_place: Annotated[
        bool,
        typer.Option(
            "--in-place", "-i", help="Rewrite the files themselves (atomically), not into --out."
        ),
    ] = False,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    to: ToOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules_file: RulesOpt = None,
    manifest: Annotated[
        str | None,
        typer.Option(
            "--manifest",
            metavar="FILE",
            help="Where to write the manifest (default OUT/manifest.jsonl; none in place). "
            "With --engine ray: a folder for the shards and their index (default OUT). "
            "With PATH -: '-' puts the record on stderr.",
        ),
    ] = None,
    incremental: Annotated[
        bool,
        typer.Option(
            "--incremental", help="Skip files whose input and options match the previous manifest."
        ),
    ] = False,
    jobs: JobsOpt = None,
    dedup_lines: DedupOpt = None,
    no_removed_text: Annotated[
        bool,
        typer.Option(
            "--no-removed-text", help="Keep rule counts but not the removed lines in the manifest."
        ),
    ] = False,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="files (each file is a document) or jsonl (each line a record; .gz, .zst too); "
            "default: by name (*.jsonl, *.ndjson, with .gz/.zst, are jsonl).",
        ),
    ] = None,
    text_field: TextFieldOpt = "text",
    keep_empty: Annotated[
        bool,
        typer.Option(
            "--keep-empty", help="jsonl: keep records whose text is empty after cleaning."
        ),
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            metavar="ENGINE",
            help="local (this machine's cores) or ray (a Ray cluster; zhclean[ray]).",
        ),
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            metavar="ADDR",
            help="Ray cluster to join (auto, or HOST:PORT); default: start one.",
        ),
    ] = None,
    fsync: Annotated[
        str | None,
        typer.Option(
            "--fsync",
            metavar="WHEN",
            help="Flush outputs to disk: run (once, before the manifest; default with --out), "
            "file (each, before its rename; default --in-place) or never.",
        ),
    ] = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Clean files into OUT (same relative paths, UTF-8) and write OUT/manifest.jsonl.

    Folders are walked as check and detect walk them (text, pages, feeds, JSONL files,
    web archives). A JSONL file (*.jsonl, *.ndjson, .gz/.zst; any file with --format
    jsonl) has the --text-field of every record cleaned, its other fields kept, and a
    malformed line skipped and listed. PATH - cleans stdin to stdout. With --in-place,
    rewrite the files that change,
    atomically (for pre-commit). With --engine ray, the work runs on Ray Data and the
    manifest is written in shards.
    """
    if "-" in paths:
        if len(paths) > 1 or out is not None or in_place or engine != "local":
            raise _usage_error(
                "- reads stdin and writes stdout: give no other path, --out or --in-place"
            )
        _clean_stdin(to, select, ignore, rules_file, manifest)
        return
    if in_place == (out is not None):
        raise _usage_error("give either --out DIR or --in-place")
    if engine not in ("local", "ray"):
        raise _usage_error(f"--engine must be local or ray, not {engine!r}")
    if engine == "ray" and (in_place or incremental):
        raise _usage_error("--engine ray writes into --out; --in-place and --incremental are local")
    if ray_address and engine != "ray":
        raise _usage_error("--ray-address needs --engine ray")
    if input_format not in (None, "files", "jsonl"):
        raise _usage_error(f"--format must be files or jsonl, not {input_format!r}")
    if fsync is not None and fsync not in FSYNC_MODES:
        raise _usage_error(f"--fsync must be {', '.join(FSYNC_MODES)}, not {fsync!r}")
    jsonl = input_format == "jsonl"
    if jsonl and dedup_lines:
        raise _usage_error("--dedup-lines works on files, not with --format jsonl")
    out_dir = as_location(out) if out is not None else None
    locations = [as_location(p) for p in paths]
    _check_out(out_dir, locations)
    run = _prepare(
        locations,
        out_dir,
        include,
        exclude,
        to,
        select,
        ignore,
        rules_file,
        jobs,
        dedup_lines,
        not no_removed_text,
        INPUT_PATTERNS[input_format],
        engine,
        ray_address,
        fsync,
    )
    fsync = run.fsync
    manifest_path: Location | None = as_location(manifest) if manifest else None
    if manifest_path is None and out_dir is not None:
        manifest_path = out_dir if engine == "ray" else join(out_dir, MANIFEST_NAME)
    if incremental and manifest_path is None:
        raise _usage_error("--incremental needs a manifest: give --out or --manifest")
    # Never overwrite an input or write a cleaned file over the manifest (or the other way).
    run.jobs, overwriting = guard_inputs(run.jobs, out_dir, manifest_path)
    run.problems.extend(overwriting)
    if out_dir is not None:
        try:
            store_of(out_dir).mkdir(out_dir)
        except OSError as exc:
            raise _usage_error(f"cannot create --out {out}: {exc.strerror or exc}") from None
    with _output_lock(out_dir):
        _sweep_temps(out_dir, run.jobs)
        err = _console(stderr=True)
        records: list[dict] = [problem_record(p) for p in run.problems]
        for record in records:
            for message in record_messages(record):
                err.print(message, markup=False)
        if engine == "ray":
            assert out_dir is not None and manifest_path is not None
            jsonl_options = None if input_format == "files" else (text_field, keep_empty, jsonl)
            _clean_on_ray(run, out_dir, manifest_path, jsonl_options, records, quiet, verbose)
            return
        previous = read_manifest(manifest_path) if incremental and manifest_path else None
        leftovers: list[dict] = []  # finished out of order when a signal stops the run
        outcome = clean_inputs(
            run.jobs,
            out_dir,
            run.config,
            run.workers,
            previous,
            input_format=input_format,
            field=text_field,
            keep_empty=keep_empty,
            leftovers=leftovers,
            durable=fsync == "file",
        )
        with _stopped_by_signals():
            try:
                _collect(outcome, records, len(run.jobs), quiet, verbose)
            except _Stopped as stop:
                outcome.close()  # the workers end here, their temporary files with them
                # Every file written has its record: those the workers finished out of
                # order, or as the signal came, too.
                records.extend(leftovers)
                for record in leftovers:
                    for message in record_messages(record):
                        err.print(message, markup=False)
                # A worker killed before it could unwind leaves its temporary file: --out is
                # locked by this run, so every one there goes.
                _sweep_temps(out_dir, run.jobs)
                finished = len(records) - len(run.problems)
                _flush(out_dir, fsync)
                written = manifest_path is not None and _write_manifest(manifest_path, records)
                where = f" ({path_text(manifest_path)})" if written and manifest_path else ""
                err.print(
                    f"zhclean: interrupted: {finished} of {len(run.jobs)} files finished; "
                    f"the manifest{where} is partial: it lists only those",
                    markup=False,
                )
                raise typer.Exit(128 + stop.signum) from None
    _flush(out_dir, fsync)  # the outputs on disk before the manifest that lists them
    if manifest_path is not None and not _write_manifest(manifest_path, records):
        raise typer.Exit(EXIT_FAILED)
    if not quiet:
        _summary(records)
    if any(r["status"] == "error" for r in records):
        raise typer.Exit(EXIT_FAILED)


def _collect(
    outcome: Iterator[dict], records: list[dict], total: int, quiet: bool, verbose: bool
) -> None:
    """Take the records as they come: progress, stderr lines, one line a file with -v."""
    err = _console(stderr=True)
    with _Progress(total, enabled=not quiet) as progress:
        for record in outcome:
            records.append(record)
            reported()  # a signal that came as its output was written acts now
            progress.advance(record.get("bytes_in") or 0)
            for message in record_messages(record):
                progress.print(message, err)
            if verbose and not quiet and record["status"] not in ("error", "skipped"):
                counts = ", ".join(f"{k}×{v}" for k, v in record["rules"].items())
                cached = " (cached)" if record.get("cached") else ""
                progress.print(
                    f"{record['status']:9} {record['input']}{cached}  {counts}", _console()
                )


def _clean_stdin(
    to: str | None,
    select: list[str] | None,
    ignore: list[str] | None,
    rules_file: list[Path] | None,
    manifest: str | None,
) -> None:
    """``zhclean clean -``: the bytes on stdin, cleaned, on stdout (a page is read by its
    content), as black and ruff read ``-``. Nothing goes to stderr but a file's trouble, and
    its record with ``--manifest -`` (stdout holds the text) or into ``--manifest FILE``."""
    import sys
    from pathlib import PurePosixPath

    from ..discovery import Job
    from ..manifest import manifest_record
    from ..pipeline import clean_bytes

    config = _prepare([], None, None, None, to, select, ignore, rules_file, 1, False).config
    data = sys.stdin.buffer.read()
    result = clean_bytes(data, config)
    job = Job(Path("-"), PurePosixPath("-"))
    written = result.data is not None and result.status not in ("error", "skipped")
    record = manifest_record(job, result, data, output=Path("-") if written else None)
    if written:
        sys.stdout.buffer.write(result.data or b"")
        sys.stdout.flush()
    err = _console(stderr=True)
    for message in record_messages(record):
        err.print(message, markup=False)
    if manifest == "-":
        sys.stderr.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif manifest is not None and not _write_manifest(as_location(manifest), [record]):
        raise typer.Exit(EXIT_FAILED)
    if record["status"] == "error":
        raise typer.Exit(EXIT_FAILED)


FSYNC_MODES = ("run", "file", "never")


def _flush(out_dir: Location | None, fsync: str) -> None:
    """--fsync run: the outputs, renamed into place unflushed, go to disk at once (one
    syncfs), so that a manifest on disk never lists an output a crash could lose."""
    if fsync == "run" and (out_dir is None or isinstance(out_dir, Path)):
        from ..atomic import sync_filesystem

        try:
            if out_dir is None:  # in place: files anywhere, every filesystem
                os.sync()
            else:
                sync_filesystem(out_dir)
        except OSError as exc:  # not ours to fix; the manifest step says if writing fails
            _console(stderr=True).print(
                f"zhclean: warning: cannot flush {out_dir} to disk: {exc.strerror or exc}",
                markup=False,
            )


def _write_manifest(path: Location, records: list[dict]) -> bool:
    """Write the manifest; a full or read-only disk is a message, not a traceback."""
    try:
        write_manifest(path, records)
    except OSError as exc:
        _console(stderr=True).print(
            f"zhclean: error: cannot write the manifest {path_text(path)}: {exc.strerror or exc}",
            markup=False,
        )
        return False
    return True


def _clean_on_ray(
    run: Run,
    out: Location,
    manifest_dir: Location,
    jsonl: tuple[str, bool, bool] | None,
    problems: list[dict],
    quiet: bool,
    verbose: bool,
) -> None:
    """--engine ray: shards of files over Ray Data; only counts come back here."""
    from .. import ray_engine

    err = _console(stderr=True)
    with _Progress(len(run.jobs), enabled=not quiet) as progress, _stopped_by_signals():

        def landed(summary: dict) -> None:
            progress.advance(0, files=summary["records"])
            for message in json.loads(summary["messages"]):
                progress.print(message, err)
            if verbose and not quiet:
                progress.print(f"{summary['file']}: {summary['records']} files", _console())

        try:
            totals = ray_engine.run(
                run.jobs,
                out,
                manifest_dir,
                run.config,
                jsonl=jsonl,
                problems=problems,
                on_shard=landed,
                # Ray ends (a cluster this run started) or lets go of this run's job (one it
                # joined, which then ends its tasks): the workers stop with the run.
                on_interrupt=ray_engine.stop,
            )
        except _Stopped as stop:
            _sweep_temps(out, run.jobs)  # --out is locked: every temporary file there goes
            if isinstance(manifest_dir, Path) and manifest_dir != out:
                remove_stale_temps(manifest_dir)  # not locked: those of ended processes
            err.print(
                f"zhclean: interrupted: {progress.done} of {len(run.jobs)} files finished; "
                f"the manifest ({path_text(manifest_dir)}) is partial: it lists only those",
                markup=False,
            )
            raise typer.Exit(128 + stop.signum) from None
        except OSError as exc:  # the manifest shards or their index could not be written
            err.print(
                f"zhclean: error: cannot write the manifest in {path_text(manifest_dir)}: "
                f"{exc.strerror or exc}",
                markup=False,
            )
            raise typer.Exit(EXIT_FAILED) from None
    if not quiet:
        _clean_summary(totals.files, totals.statuses, totals.rules, totals.removed, 0)
    if totals.statuses["error"]:
        raise typer.Exit(EXIT_FAILED)
