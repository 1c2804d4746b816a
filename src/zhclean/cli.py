"""The command line: a thin Typer layer over zhclean.corpus and the pure core.

Exit codes: 0 all good, 2 usage error, 3 some files failed (the rest were written);
``check`` exits 1 when a file would change.
"""

from __future__ import annotations

import contextlib
import difflib
import itertools
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .config import TARGETS, Config
from .corpus import (
    MANIFEST_NAME,
    Job,
    Problem,
    clean_all,
    clean_jsonl_file,
    corpus_repeats,
    discover,
    lines_removed,
    path_text,
    problem_record,
    read_manifest,
    record_messages,
    record_path,
    remove_stale_temps,
    write_manifest,
)
from .lexicon import RuleFileError, validate_rule_file
from .records import JSONL_PATTERNS, is_jsonl_name, record_pool
from .rules import RULES, resolve
from .settings import SettingsError, find_settings
from .storage import Location, as_location, join, store_of

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Clean scraped Chinese web text: encodings, mojibake, garble, boilerplate, layout, one script.",
    rich_markup_mode=None,
)
EXIT_USAGE, EXIT_FAILED = 2, 3


def _console(stderr: bool = False) -> Console:
    # No colour codes when not on a terminal (CI logs, pipes), and wide enough there that
    # tables do not fold paths into several lines.
    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, soft_wrap=True, width=160)
    return console


def _usage_error(message: str) -> typer.Exit:
    _console(stderr=True).print(f"zhclean: error: {message}", markup=False)
    return typer.Exit(EXIT_USAGE)


def _split(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def _version(value: bool) -> None:
    if value:
        print(f"zhclean {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """zhclean: a corpus cleaner for Chinese web text."""


# Options shared by clean and check. Defaults of None mean "not given": a settings file
# ([tool.zhclean] in pyproject.toml, or zhclean.toml) may fill them.
PathsArg = Annotated[
    list[Path], typer.Argument(metavar="PATH", help="Files or folders (folders are walked).")
]
LocationsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files or folders (folders are walked); also s3://, gs://, hdfs:// URIs.",
    ),
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--include", metavar="GLOB", help="Glob of files to take in folders (default *.txt)."
    ),
]
ExcludeOpt = Annotated[
    list[str] | None, typer.Option("--exclude", metavar="GLOB", help="Glob of files to leave out.")
]
ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        metavar="SCRIPT",
        help="Target script: simplified, traditional, taiwan, hongkong, keep.",
    ),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="CODES",
        help="Only these rules (codes, prefixes or names; comma-separated).",
    ),
]
IgnoreOpt = Annotated[
    list[str] | None, typer.Option("--ignore", metavar="CODES", help="Turn these rules off.")
]
RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules", metavar="FILE", help="A TOML file of extra word lists and line patterns."
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", metavar="N", min=0, help="Worker processes (default 0: all cores)."
    ),
]
DedupOpt = Annotated[
    bool | None,
    typer.Option(
        "--dedup-lines/--no-dedup-lines", help="Remove lines that recur in many files of the run."
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Print one line per file.")]


@dataclass
class Run:
    """A run's resolved options: command line over settings file over defaults."""

    config: Config
    jobs: list[Job]
    problems: list[Problem]
    workers: int


def _prepare(
    paths: list[Location],
    out: Location | None,
    include: list[str] | None,
    exclude: list[str] | None,
    to: str | None,
    select: list[str] | None,
    ignore: list[str] | None,
    rules_file: list[Path] | None,
    jobs: int | None,
    dedup_lines: bool | None,
    keep_removed_text: bool = True,
    default_include: tuple[str, ...] = ("*.txt",),
    engine: str = "local",
    ray_address: str | None = None,
) -> Run:
    try:
        settings = find_settings()
    except SettingsError as exc:
        raise _usage_error(str(exc)) from None
    target = settings.get("to", to, "simplified")
    if target not in TARGETS:
        raise _usage_error(f"--to must be one of {', '.join(TARGETS)}, not {target!r}")
    selected = _split(settings.get("select", select, []))
    ignored = _split(settings.get("ignore", ignore, []))
    for token in selected + ignored:
        try:
            resolve(token)
        except KeyError:
            raise _usage_error(f"unknown rule {token!r} (see `zhclean rules`)") from None
    rule_files = [str(p) for p in settings.get("rules", rules_file, [])]
    for path in rule_files:
        try:
            validate_rule_file(path)
        except RuleFileError as exc:
            raise _usage_error(str(exc)) from None
    config = Config(
        target=target,
        select=selected,
        ignore=ignored,
        rule_files=tuple(rule_files),
        keep_removed_text=keep_removed_text,
    )
    found, problems = discover(
        list(paths),
        out,
        tuple(settings.get("include", include, list(default_include))),
        tuple(settings.get("exclude", exclude, [])),
    )
    wanted = settings.get("jobs", jobs, 0)
    # All cores by default, but a pool costs more than it saves on a handful of files.
    workers = (os.cpu_count() or 1) if wanted == 0 else max(1, wanted)
    if wanted == 0 and len(found) < 32:
        workers = 1
    if engine == "ray":
        from . import ray_engine

        try:
            ray_engine.quiet_ray(ray_address, None if wanted == 0 else workers)
        except Exception as exc:  # no cluster at that address, ray not installed...
            raise _usage_error(f"cannot start or reach Ray: {exc}") from None
    if settings.get("dedup-lines", dedup_lines, False):
        min_files = settings.values.get("dedup-min-files", 5)
        min_share = settings.values.get("dedup-min-share", 0.01)
        texts = [job for job in found if not is_jsonl_name(job.path)]  # JSONL files: records
        if engine == "ray":
            repeated = ray_engine.repeated_lines(texts, min_files, min_share)
        else:
            repeated = corpus_repeats(texts, workers, min_files, min_share)
        config = replace(config, repeated_lines=repeated)
    return Run(config, found, problems, workers)


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
            "With --engine ray: a folder for the shards and their index (default OUT).",
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
    text_field: Annotated[
        str,
        typer.Option("--text-field", metavar="NAME", help="jsonl: the field that holds the text."),
    ] = "text",
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
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Clean files into OUT (same relative paths, UTF-8) and write OUT/manifest.jsonl.

    With --in-place, rewrite the files that change, atomically (for pre-commit).
    With --format jsonl, clean the --text-field of every record of JSONL files.
    With --engine ray, the work runs on Ray Data and the manifest is written in shards.
    """
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
    jsonl = input_format == "jsonl"
    if jsonl and (incremental or dedup_lines):
        raise _usage_error("--incremental and --dedup-lines work on files, not with --format jsonl")
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
    )
    manifest_path: Location | None = as_location(manifest) if manifest else None
    if manifest_path is None and out_dir is not None:
        manifest_path = out_dir if engine == "ray" else join(out_dir, MANIFEST_NAME)
    if incremental and manifest_path is None:
        raise _usage_error("--incremental needs a manifest: give --out or --manifest")
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
        outcome = _clean_locally(run, out_dir, input_format, text_field, keep_empty, previous)
        with _stopped_by_signals():
            try:
                _collect(outcome, records, len(run.jobs), quiet, verbose)
            except _Stopped as stop:
                outcome.close()  # the workers end here, their temporary files with them
                finished = len(records) - len(run.problems)
                written = manifest_path is not None and _write_manifest(manifest_path, records)
                where = f" ({path_text(manifest_path)})" if written and manifest_path else ""
                err.print(
                    f"zhclean: interrupted: {finished} of {len(run.jobs)} files finished; "
                    f"the manifest{where} is partial: it lists only those",
                    markup=False,
                )
                raise typer.Exit(128 + stop.signum) from None
    if manifest_path is not None and not _write_manifest(manifest_path, records):
        raise typer.Exit(EXIT_FAILED)
    if not quiet:
        _summary(records)
    if any(r["status"] == "error" for r in records):
        raise typer.Exit(EXIT_FAILED)


# The files a folder's walk takes by default, by --format (None: by name, both kinds).
INPUT_PATTERNS: dict[str | None, tuple[str, ...]] = {
    "files": ("*.txt",),
    "jsonl": JSONL_PATTERNS,
    None: ("*.txt", *JSONL_PATTERNS),
}


def _check_out(out_dir: Location | None, inputs: list[Location]) -> None:
    """--out must be a folder, and not one of the input folders (its files would be
    overwritten, and a manifest.jsonl of the user's there too)."""
    if out_dir is None:
        return
    try:
        out_store = store_of(out_dir)
        if out_store.exists(out_dir) and not out_store.is_dir(out_dir):
            raise _usage_error(f"--out {out_dir} exists and is not a folder")
    except OSError as exc:
        raise _usage_error(f"cannot use --out {out_dir}: {exc}") from None
    for location in inputs:
        if isinstance(location, Path) and isinstance(out_dir, Path):
            same = location.is_dir() and location.resolve() == out_dir.resolve()
        else:
            same = str(location).rstrip("/") == str(out_dir).rstrip("/")
        if same:
            raise _usage_error(
                f"--out {out_dir} is the input folder {location}; give another folder"
            )


@contextlib.contextmanager
def _output_lock(out_dir: Location | None) -> Iterator[None]:
    """Lock --out for the run: a second run into the same folder would mix its files with
    this one's and overwrite its manifest, so it refuses to start. The lock is the
    folder's own (flock), so no file is left behind and it goes with the process however
    it ends (a bucket has no locks: none is taken there)."""
    if not isinstance(out_dir, Path):
        yield
        return
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(out_dir, os.O_RDONLY)
    except OSError as exc:
        raise _usage_error(f"cannot use --out {out_dir}: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise _usage_error(
                f"another zhclean run is writing into {out_dir}; "
                "wait for it to end, or give another --out"
            ) from None
        yield
    finally:
        os.close(fd)


def _sweep_temps(out_dir: Location | None, jobs: list[Job]) -> None:
    """Remove the temporary files a killed run left: all of them in --out (this run holds
    its lock), those of ended processes beside the files rewritten in place."""
    if isinstance(out_dir, Path):
        remove_stale_temps(out_dir, locked=True)
    elif out_dir is None:
        for folder in sorted({job.path.parent for job in jobs if isinstance(job.path, Path)}):
            remove_stale_temps(folder, recursive=False)


def _clean_locally(
    run: Run,
    out_dir: Location | None,
    input_format: str | None,
    text_field: str,
    keep_empty: bool,
    previous: dict[str, dict] | None,
) -> Iterator[dict]:
    """Records in input order: text files through the worker pool, JSONL files one after the
    other (their records spread over the workers); without --format, each kind by its name."""

    def kind(job: Job) -> bool:
        return input_format == "jsonl" or (input_format is None and is_jsonl_name(job.path))

    for as_jsonl, group in itertools.groupby(run.jobs, key=kind):
        jobs = list(group)
        if as_jsonl:
            yield from _clean_jsonl_files(
                jobs, run.workers, out_dir, run.config, text_field, keep_empty
            )
        else:
            yield from clean_all(jobs, out_dir, run.config, run.workers, previous)


def _collect(
    outcome: Iterator[dict], records: list[dict], total: int, quiet: bool, verbose: bool
) -> None:
    """Take the records as they come: progress, stderr lines, one line a file with -v."""
    err = _console(stderr=True)
    with _Progress(total, enabled=not quiet) as progress:
        for record in outcome:
            records.append(record)
            progress.advance(record.get("bytes_in") or 0)
            for message in record_messages(record):
                progress.print(message, err)
            if verbose and not quiet and record["status"] not in ("error", "skipped"):
                counts = ", ".join(f"{k}×{v}" for k, v in record["rules"].items())
                cached = " (cached)" if record.get("cached") else ""
                progress.print(
                    f"{record['status']:9} {record['input']}{cached}  {counts}", _console()
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


class _Stopped(BaseException):
    """SIGINT or SIGTERM (Ctrl-C, a CI job cancelled) while files are being cleaned."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`_Stopped`, so that the run ends its workers,
    removes its temporary files and says what it finished (not in a thread: no signals)."""

    owner = os.getpid()

    def stop(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a forked worker: it dies as it would have without us
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise _Stopped(signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


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
    from . import ray_engine

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
        _summary_table(totals.files, totals.statuses, totals.rules, totals.removed, 0)
    if totals.statuses["error"]:
        raise typer.Exit(EXIT_FAILED)


def _clean_jsonl_files(
    jobs: list[Job],
    workers: int,
    out: Location | None,
    config: Config,
    field: str,
    keep_empty: bool,
) -> Iterator[dict]:
    """JSONL files one after the other, the records of each spread over the workers."""
    pool = record_pool(workers) if workers > 1 else None
    try:
        for job in jobs:
            yield clean_jsonl_file(job, out, config, field, keep_empty, pool)
    finally:
        if pool is not None:
            pool.close()


@app.command()
def check(
    paths: PathsArg,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print a unified diff of what would change.")
    ] = False,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="text, json (one object per file) or github (annotations).",
        ),
    ] = "text",
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    to: ToOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules_file: RulesOpt = None,
    jobs: JobsOpt = None,
    dedup_lines: DedupOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Change nothing; exit 1 if any file would change (listing the rules), 3 if one can't be read."""
    if output_format not in ("text", "json", "github"):
        raise _usage_error(f"--format must be text, json or github, not {output_format!r}")
    run = _prepare(paths, None, include, exclude, to, select, ignore, rules_file, jobs, dedup_lines)
    records = [problem_record(p) for p in run.problems]
    records += list(clean_all(run.jobs, None, run.config, run.workers, write=False))
    changed = [r for r in records if r.get("changes")]
    failed = [r for r in records if r["status"] == "error"]
    write = sys.stdout.write
    for record in records:
        if output_format == "json":
            write(
                json.dumps({k: v for k, v in record.items() if k != "config"}, ensure_ascii=False)
                + "\n"
            )
        elif output_format == "github":
            _github_annotations(record, write)
        elif record.get("changes") or record["status"] == "error":
            if record["status"] == "error":
                write(f"{record['input']}: error: {record['error']}\n")
            else:
                codes = ", ".join(f"{code}×{n}" for code, n in record["rules"].items())
                write(f"{record['input']}: would change ({codes})\n")
        if diff and record.get("changes"):
            write(_diff(record, run.config))
    if output_format == "text" and not quiet:
        write(
            f"{len(changed)} file(s) would change, {len(records) - len(changed) - len(failed)} clean"
            + (f", {len(failed)} failed" if failed else "")
            + "\n"
        )
    if failed:
        raise typer.Exit(EXIT_FAILED)
    if changed:
        raise typer.Exit(1)


def _github_annotations(record: dict, write) -> None:
    """GitHub workflow commands, so findings show on the pull request."""
    path = _escape_property(record["input"])
    if record["status"] == "error":
        write(f"::error file={path}::{_escape(record['error'] or 'error')}\n")
        return
    if not record.get("changes"):
        return
    for removed in record["removed"]:
        rule = RULES[removed["rule"]]
        line = f",line={removed['line']}" if removed.get("line") else ""
        write(
            f"::warning file={path}{line}::{rule.code} {rule.name}: {_escape((removed['text'] or '').strip())}\n"
        )
    in_line = {
        code: n
        for code, n in record["rules"].items()
        if code not in {r["rule"] for r in record["removed"]}
    }
    if in_line:
        summary = ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in in_line.items())
        write(f"::warning file={path}::zhclean would change this file: {_escape(summary)}\n")


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property (``file=``) ends at ``,`` and its list at ``::``."""
    return _escape(text).replace(":", "%3A").replace(",", "%2C")


def _diff(record: dict, config: Config) -> str:
    from .pipeline import clean_bytes
    from .report import Report
    from .stages.decode import decode

    source = record_path(record, "input")
    assert isinstance(source, Path)  # check reads local files
    data = source.read_bytes()
    before = decode(data, Report()).text or ""
    after = clean_bytes(data, config).text or ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=record["input"],
        tofile=f"{record['input']} (cleaned)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class _Progress:
    """A progress bar (files and MB/s) on a terminal, for runs that last more than a second."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and _console(stderr=True).is_terminal
        self.started = time.monotonic()
        self.done = 0
        self.bytes = 0
        self.bar = None

    def __enter__(self) -> _Progress:
        return self

    def advance(self, size: int, files: int = 1) -> None:
        self.done += files
        self.bytes += size
        if not self.enabled:
            return
        if self.bar is None and time.monotonic() - self.started > 1.0:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("cleaning"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=_console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("clean", total=self.total, rate="")
        if self.bar is not None:
            elapsed = max(1e-6, time.monotonic() - self.started)
            self.bar.update(
                self.task, completed=self.done, rate=f"{self.bytes / elapsed / 1e6:.1f} MB/s"
            )

    def print(self, message: str, console: Console) -> None:
        (self.bar.console if self.bar is not None else console).print(message, markup=False)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary(records: list[dict]) -> None:
    status = Counter(r["status"] for r in records)
    rules: Counter[str] = Counter()
    for record in records:
        rules.update(record["rules"])
    removed = sum(lines_removed(r) for r in records)
    cached = sum(1 for r in records if r.get("cached"))
    _summary_table(len(records), status, rules, removed, cached)


def _summary_table(
    files: int, status: Counter[str], rules: Counter[str], removed: int, cached: int
) -> None:
    table = Table(title="zhclean", show_header=True)
    columns = ["files", "cleaned", "unchanged", "dropped", "skipped", "errors", "lines removed"]
    values = [
        files,
        *(status[s] for s in ("cleaned", "unchanged", "dropped", "skipped", "error")),
        removed,
    ]
    if cached:
        columns.append("cached")
        values.append(cached)
    for column in columns:
        table.add_column(column, justify="right")
    table.add_row(*map(str, values))
    console = _console()
    console.print(table)
    top = [(code, n) for code, n in rules.most_common() if not code.startswith("ZH9")][:8]
    if top:
        console.print(
            "top rules: " + ", ".join(f"{code} {RULES[code].name} ×{n}" for code, n in top),
            markup=False,
        )


@app.command()
def detect(
    paths: PathsArg,
    include: IncludeOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per file (JSON Lines).")
    ] = False,
) -> None:
    """Tell, per file, its encoding, script and any mojibake, without cleaning it."""
    from .detection import detect_bytes

    found, problems = discover(list(paths), None, tuple(include or ["*.txt"]), ())
    rows: list[dict] = [
        {"path": path_text(p.path), "status": p.status, "error": p.error} for p in problems
    ]
    for job in found:
        try:
            data = job.path.read_bytes()
        except OSError as exc:
            rows.append(
                {
                    "path": path_text(job.path),
                    "status": "error",
                    "error": f"cannot read: {exc.strerror or exc}",
                }
            )
            continue
        rows.append({"path": path_text(job.path), **detect_bytes(data).to_dict()})
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        table = Table(show_header=True)
        for column in ("file", "encoding", "confidence", "script", "mojibake", "lost"):
            table.add_column(column)
        for row in rows:
            if row["status"] != "text":
                table.add_row(row["path"], f"({row['status']}: {row['error']})", "", "", "", "")
                continue
            mojibake = ", ".join(row["mojibake"]) or "-"
            table.add_row(
                row["path"],
                row["encoding"],
                f"{row['confidence']:.2f}",
                row["script"],
                mojibake,
                str(row["lost_characters"] or ""),
            )
        _console().print(table)
    if any(row["status"] == "error" for row in rows):
        raise typer.Exit(EXIT_FAILED)


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="One file to explain.")],
    to: ToOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules_file: RulesOpt = None,
) -> None:
    """Print every change cleaning one file would make, with its rule and the text before and after."""
    from .pipeline import clean_bytes

    # The same option resolution as clean and check (settings file included).
    config = _prepare([path], None, None, None, to, select, ignore, rules_file, 1, False).config
    try:
        data = path.read_bytes()
    except OSError as exc:
        _console(stderr=True).print(
            f"zhclean: error: {path}: cannot read: {exc.strerror or exc}", markup=False
        )
        raise typer.Exit(EXIT_FAILED) from None
    result = clean_bytes(data, config)
    out = _console()
    if result.text is None:
        out.print(f"{path}: {result.status}: {result.error}", markup=False)
        raise typer.Exit(EXIT_FAILED if result.status == "error" else 0)
    out.print(
        f"{path}: {result.encoding} (confidence {result.confidence:.2f}), "
        f"script {result.script_in} -> {result.script_out}, {result.lines_in} -> {result.lines_out} lines, "
        f"{result.status}",
        markup=False,
    )
    for event in result.events:
        where = f"L{event.line}" if event.line else "  "
        head = f"{where:>6} {event.code} {event.name}" + (
            f" ×{event.count}" if event.count > 1 else ""
        )
        if event.detector:
            head += f" ({event.detector})"  # the detector that decided, to find it in the code
        if event.text is not None:
            detail = f"removed: {event.text.strip()}"
        elif event.before is not None and event.after is not None:
            detail = f"{_clip(event.before)}  ->  {_clip(event.after)}"
        elif event.before is not None:
            detail = event.before
        else:
            detail = ""
        out.print(f"{head:40} {detail}".rstrip(), markup=False)
    for warning in result.warnings:
        out.print(
            f"warning: L{warning['line']} {warning['rule']} removed a line that reads like prose",
            markup=False,
        )


def _clip(text: str, width: int = 60) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("rules")
def list_rules(
    as_json: Annotated[bool, typer.Option("--json", help="Print the registry as JSON.")] = False,
) -> None:
    """List every rule: code, name, stage and what it does."""
    if as_json:
        data = [
            {
                "code": r.code,
                "name": r.name,
                "stage": r.stage,
                "description": r.description,
                "example": r.example,
            }
            for r in RULES.values()
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(show_header=True)
    for column in ("code", "name", "stage", "description"):
        table.add_column(column)
    for rule in RULES.values():
        table.add_row(rule.code, rule.name, rule.stage, rule.description)
    _console().print(table)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
