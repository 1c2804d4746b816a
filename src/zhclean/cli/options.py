"""The options clean and check share, and their resolution: command line over settings file
over defaults (:func:`_prepare`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

import typer

from ..config import TARGETS, Config
from ..corpus import corpus_repeats
from ..discovery import HTML_PATTERNS, WARC_PATTERNS, Job, Problem, discover, is_warc_name
from ..lexicon import RuleFileError, validate_rule_file
from ..records import JSONL_PATTERNS, is_jsonl_name
from ..rules import resolve
from ..settings import SettingsError, find_settings
from ..storage import Location
from .app import _usage_error


def _split(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


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


def _include_option(defaults: str) -> object:
    """The --include option, its help naming the command's own default globs."""
    return Annotated[
        list[str] | None,
        typer.Option(
            "--include", metavar="GLOB", help=f"Glob of files to take in folders ({defaults})."
        ),
    ]


PAGES = "pages *.html *.htm *.xhtml *.xml *.shtml"
# clean, check and detect walk a folder alike: documents, JSONL files and web archives (a
# run's own manifest.jsonl is left out: zhclean.discovery.is_run_manifest).
IncludeOpt = _include_option(f"default *.txt, {PAGES}, *.jsonl, *.warc and *.wet archives")


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


QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Print only the files in error or skipped: no summary."),
]


VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Print one line per file.")]


def refuse_missing(problems: list[Problem]) -> None:
    """A path on the command line that does not exist is a usage error (exit 2), as in black
    and ``zhclean report``, said before anything is created (--out) or cleaned: a typo
    should not run half a job. A file that vanishes during the run is a record (exit 3)."""
    missing = [problem for problem in problems if problem.missing]
    if not missing:
        return
    for problem in missing[:-1]:
        _usage_error(f"{problem.path}: no such file or directory")
    raise _usage_error(f"{missing[-1].path}: no such file or directory")


@dataclass
class Run:
    """A run's resolved options: command line over settings file over defaults."""

    config: Config
    jobs: list[Job]
    problems: list[Problem]
    workers: int
    fsync: str = "run"  # when outputs go to disk: run, file or never (clean --fsync)


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
    fsync: str | None = None,
) -> Run:
    try:
        settings = find_settings()
    except SettingsError as exc:
        raise _usage_error(str(exc)) from None
    target = settings.get("to", to, "simplified")
    if target not in TARGETS:
        raise _usage_error(f"--to must be one of {', '.join(TARGETS)}, not {target!r}")
    for name, given in (("--select", select), ("--ignore", ignore)):
        if given is not None and not _split(given):
            # "--select ''" would run every rule, the opposite of selecting: say so.
            raise _usage_error(f"{name} names no rule (give codes, prefixes or names)")
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
    chosen = settings.get("include", include, None)  # given, else the defaults: any case
    found, problems = discover(
        list(paths),
        out,
        tuple(chosen or default_include),
        tuple(settings.get("exclude", exclude, [])),
        fold_case=not chosen,
    )
    refuse_missing(problems)
    wanted = settings.get("jobs", jobs, 0)
    # All cores by default, but a pool costs more than it saves on a handful of files.
    workers = (os.cpu_count() or 1) if wanted == 0 else max(1, wanted)
    if wanted == 0 and len(found) < 32:
        workers = 1
    if engine == "ray":
        from .. import ray_engine

        try:
            ray_engine.quiet_ray(ray_address, None if wanted == 0 else workers)
        except Exception as exc:  # no cluster at that address, ray not installed...
            raise _usage_error(f"cannot start or reach Ray: {exc}") from None
    if settings.get("dedup-lines", dedup_lines, False):
        min_files = settings.values.get("dedup-min-files", 5)
        min_share = settings.values.get("dedup-min-share", 0.01)
        # JSONL files and web archives: records
        texts = [job for job in found if not is_jsonl_name(job.path) and not is_warc_name(job.path)]
        if engine == "ray":
            repeated = ray_engine.repeated_lines(texts, min_files, min_share)
        else:
            repeated = corpus_repeats(texts, workers, min_files, min_share)
        config = replace(config, repeated_lines=repeated)
    # In place, a user's own files: each flushed before its rename. Into --out: all at once.
    flush = settings.get("fsync", fsync, "file" if out is None else "run")
    return Run(config, found, problems, workers, flush)


# The files a folder's walk takes by default, by --format (None: by name, both kinds).
INPUT_PATTERNS: dict[str | None, tuple[str, ...]] = {
    "files": ("*.txt", *HTML_PATTERNS),
    "jsonl": JSONL_PATTERNS,
    None: ("*.txt", *HTML_PATTERNS, *JSONL_PATTERNS, *WARC_PATTERNS),
}
# What check and detect take in a folder by default: what clean takes.
LOOK_PATTERNS = INPUT_PATTERNS[None]


TextFieldOpt = Annotated[
    str,
    typer.Option(
        "--text-field", metavar="NAME", help="JSONL: the field of each record that holds the text."
    ),
]
