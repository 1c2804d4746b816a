"""Walking the inputs: the files to clean, in a stable order, and the inputs that could
not be walked (missing, not a regular file, an unreadable folder).

    >>> _matches(PurePosixPath("sub/a.txt"), ("*.txt",))
    True

An HTML page or a feed is written as text, a WARC or WET archive as JSONL:

    >>> [output_rel(PurePosixPath(n)).as_posix() for n in ("a.txt", "p/page.HTML", "c.warc.gz", "d.wet")]
    ['a.txt', 'p/page.txt', 'c.jsonl.gz', 'd.jsonl']
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .storage import Location, is_uri, store_of

# Whole pages and feeds (read as markup: zhclean.html) and web archives (zhclean.warc).
HTML_PATTERNS = ("*.html", "*.htm", "*.xhtml", "*.xml", "*.shtml")
WARC_PATTERNS = ("*.warc", "*.warc.gz", "*.wet", "*.wet.gz")


def _name_matches(path: object, patterns: tuple[str, ...]) -> bool:
    name = str(path).rsplit("/", 1)[-1].lower()
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def is_html_name(path: object) -> bool:
    """Does the name say an HTML page or a feed (``.html``, ``.htm``, ``.xhtml``, ``.xml``,
    ``.shtml``)?"""
    return _name_matches(path, HTML_PATTERNS)


def is_warc_name(path: object) -> bool:
    """Does the name say a WARC or WET archive (``.warc``, ``.wet``, with ``.gz``)?"""
    return _name_matches(path, WARC_PATTERNS)


def output_rel(rel: PurePosixPath) -> PurePosixPath:
    """Where an input's output goes under --out: a page's text as ``.txt``, an archive's
    records as ``.jsonl`` (``.gz`` kept), anything else under its own name."""
    name = rel.name
    if is_warc_name(name):
        gz = name.lower().endswith(".gz")
        stem = name[:-3] if gz else name
        return rel.with_name(stem.rsplit(".", 1)[0] + (".jsonl.gz" if gz else ".jsonl"))
    if is_html_name(name):
        return rel.with_name(name.rsplit(".", 1)[0] + ".txt")
    return rel


@dataclass(frozen=True)
class Job:
    path: Location  # where to read: a local path or a URI (see zhclean.storage)
    rel: PurePosixPath  # where to write, relative to --out


@dataclass(frozen=True)
class Problem:
    """An input that could not become a job (missing path, output folder inside input).
    ``missing``: a path given on the command line that does not exist (a usage error)."""

    path: str
    status: str
    error: str
    code: str
    missing: bool = False


def _matches(rel: PurePosixPath, patterns: Iterable[str], fold_case: bool = False) -> bool:
    """Does a glob match the path or its name? ``fold_case``: in any case (the default
    globs: ``PAGE.HTML`` is a page); else as ``fnmatch`` does (case-sensitive on POSIX, not on Windows).

        >>> _matches(PurePosixPath("a.TXT"), ("*.txt",)), _matches(PurePosixPath("a.TXT"), ("*.txt",), True)
        (False, True)
    """
    text, name = rel.as_posix(), rel.name
    if fold_case:
        text, name = text.lower(), name.lower()
        patterns = [p.lower() for p in patterns]
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(name, p) for p in patterns)


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
    fold_case: bool = False,
) -> tuple[list[Job], list[Problem]]:
    """The files to clean, in a stable order, and the inputs that could not be walked.

    Several input folders each keep their own name as the first part of the
    output path, so their files cannot collide. ``fold_case``: ``include`` matches names
    in any case (the default globs do; a user's glob matches as written). A file given
    twice (``a.txt a.txt``, or a folder and a file in it) is taken once, where it first
    comes, as ruff and black do.
    """
    jobs: list[Job] = []
    problems: list[Problem] = []
    out_resolved = out_dir.resolve() if isinstance(out_dir, Path) else None
    paths = list({_file_key(path): path for path in reversed(paths)}.values())[::-1]
    several = len(paths) > 1
    seen: set[PurePosixPath] = set()
    for path in paths:
        if is_uri(path):
            assert isinstance(path, str)
            _discover_remote(path, out_dir, include, exclude, several, jobs, problems, fold_case)
            continue
        assert isinstance(path, Path)
        if not path.exists() and not path.is_symlink():
            problems.append(
                Problem(str(path), "error", "no such file or directory", "ZH904", missing=True)
            )
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
                    if not _matches(rel, include, fold_case) or _matches(rel, exclude):
                        continue
                    if several:
                        rel = PurePosixPath(path.resolve().name) / rel
                    problem = broken_link(file_path) or not_regular(file_path)
                    if problem is None and is_run_manifest(file_path):
                        why = "the manifest of a zhclean run, not a corpus (name it to read it)"
                        problem = Problem(str(file_path), "skipped", why, "ZH904")
                    if problem is not None:
                        problems.append(problem)
                        continue
                    found.append(Job(file_path, output_rel(rel)))
            jobs.extend(sorted(found, key=lambda j: j.rel.as_posix()))
            problems.extend(_walk_problem(exc) for exc in walk_errors)
        elif (problem := broken_link(path) or not_regular(path)) is not None:
            problems.append(problem)
        else:
            rel = PurePosixPath(path.name)
            jobs.append(Job(path, output_rel(rel)))
    jobs = list({_file_key(job.path): job for job in reversed(jobs)}.values())[::-1]
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


def guard_inputs(
    jobs: list[Job], out_dir: Location | None, manifest: Location | None
) -> tuple[list[Job], list[Problem]]:
    """The jobs whose output would overwrite a file of the run's own go, each with an error:
    an input whose output is the input itself (``--out`` is the folder it is in), or whose
    output is the run's manifest (an input named ``manifest.jsonl`` at the top). Nothing of
    the user's is overwritten; the other files are cleaned."""
    if not isinstance(out_dir, Path):
        return jobs, []  # a remote store: its keys are no local files to compare
    out_resolved = out_dir.resolve()
    manifest_resolved = manifest.resolve() if isinstance(manifest, Path) else None
    kept: list[Job] = []
    problems: list[Problem] = []
    for job in jobs:
        target = _resolved(out_resolved / job.rel)
        if target is None:
            kept.append(job)  # a loop of links where the output goes: writing it says why
            continue
        if isinstance(job.path, Path) and target == _resolved(job.path):
            why = "its output would overwrite the input itself (--out is the folder it is in)"
        elif target == manifest_resolved:
            why = (
                f"its output would be the run's manifest ({job.rel}): "
                "rename it, or give --manifest elsewhere"
            )
        else:
            kept.append(job)
            continue
        problems.append(Problem(str(job.path), "error", why, "ZH904"))
    return kept, problems


def is_run_manifest(path: Path) -> bool:
    """Is a file a zhclean run's manifest (``manifest.jsonl``, a Ray run's
    ``manifest-NNNNN.jsonl``), by its name and its first record? A folder ``clean`` wrote
    holds one: a walk leaves it out (a corpus of that name, with other records, is read)."""
    name = path.name.lower()
    if not (name == "manifest.jsonl" or fnmatch.fnmatch(name, "manifest-[0-9]*.jsonl")):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(_MANIFEST_START)) == _MANIFEST_START
    except OSError:
        return False


_MANIFEST_START = b'{"input": '  # every record's first key (zhclean.manifest)


def _file_key(path: Location) -> str:
    """What names one file however it is spelt: its folder resolved, its own name as given
    (``./a.txt``, ``d/../a.txt`` and ``a.txt`` are one file; two links to one file stay two).

        >>> _file_key(Path("a.txt")) == _file_key(Path("./sub/../a.txt"))
        True
    """
    if not isinstance(path, Path):
        return str(path).rstrip("/")
    if path.name in ("", "..") or path.is_dir():  # a folder: wherever its links lead
        return os.path.realpath(path)
    return os.path.join(os.path.realpath(path.parent), path.name)


def _resolved(path: Path) -> Path | None:
    """Where a path leads, or None for a link that leads nowhere (a loop: Python before 3.13
    raises RuntimeError for it, not OSError)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def broken_link(path: Path) -> Problem | None:
    """A symbolic link whose target is missing, or a loop of links: an error of its own,
    said plainly, while the other files are cleaned.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> (folder / "a.txt").symlink_to(folder / "gone.txt")
        >>> broken_link(folder / "a.txt").error.endswith("gone.txt does not exist)")
        True
    """
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            why = "a loop of symbolic links"
        else:
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            why = f"a broken symbolic link (its target {target} does not exist)"
        return Problem(str(path), "error", f"cannot read: {why}", "ZH904")
    return None


def not_regular(path: Path) -> Problem | None:
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
    fold_case: bool = False,
) -> None:
    """The files under a URI (a bucket prefix, an hdfs folder), as :func:`discover` walks a folder."""
    try:
        store = store_of(uri)
        if not store.exists(uri):
            problems.append(
                Problem(uri, "error", "no such file or directory", "ZH904", missing=True)
            )
            return
        if not store.is_dir(uri):
            jobs.append(Job(uri, output_rel(PurePosixPath(uri.rstrip("/").rsplit("/", 1)[-1]))))
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
        if not _matches(rel, include, fold_case) or _matches(rel, exclude):
            continue
        jobs.append(Job(file_uri, output_rel(PurePosixPath(name) / rel if several else rel)))


__all__ = [
    "HTML_PATTERNS",
    "WARC_PATTERNS",
    "Job",
    "Problem",
    "broken_link",
    "discover",
    "is_html_name",
    "is_run_manifest",
    "is_warc_name",
    "output_rel",
]
