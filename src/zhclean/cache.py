"""Tables built once, kept on disk: a cold start reads them instead of building them again.

The word lists with their Traditional spellings, the everyday ideographs and the classes
of rare and Traditional ones are derived from OpenCC, the codecs and ``boilerplate.toml``:
some 150 ms of work at every start of a process (a pre-commit hook pays it on every
commit), for data that changes only when one of those inputs does. :func:`cached` keeps
each table in the user's cache folder, under a key made of everything it is derived from
(zhclean's version, the Python version, the builder's own source, the installed OpenCC,
the rule files' content), so a changed input is a new key, never a stale table.

The cache is only ever a shortcut: a folder that cannot be created or written, a file that
cannot be read or holds garbage, and the table is built in memory as before (and the same).

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> os.environ["ZHCLEAN_CACHE_DIR"] = folder
    >>> sorted(cached("demo", ("a",), lambda: frozenset("xy")))
    ['x', 'y']
    >>> sorted(cached("demo", ("a",), lambda: None))  # read back: the builder is not called
    ['x', 'y']
    >>> del os.environ["ZHCLEAN_CACHE_DIR"]

(``ZHCLEAN_CACHE_DIR`` names the folder; ``ZHCLEAN_CACHE_DIR=`` (empty) turns the cache off.)

Compiled regular expressions are kept too (:func:`preload_patterns`, :func:`save_patterns`):
Python compiles every pattern again in each process, and zhclean's (classes of thousands
of ideographs, alternations of hundreds of words) take 60 ms of a cold start.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from ._version import __version__

T = TypeVar("T")

# Bumped when the file layout changes (what a key covers, the serialisation).
FORMAT = 1


def cache_dir() -> Path | None:
    """Where tables are kept: ``$ZHCLEAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhclean``, else
    ``~/.cache/zhclean``; None when ``ZHCLEAN_CACHE_DIR`` is set empty (cache off)."""
    own = os.environ.get("ZHCLEAN_CACHE_DIR")
    if own is not None:
        return Path(own) if own else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "zhclean"
    try:
        return Path.home() / ".cache" / "zhclean"
    except (RuntimeError, KeyError):  # no home directory to speak of
        return None


@lru_cache(maxsize=32)
def source_of(module_file: str) -> bytes:
    """The bytes of a module's source (part of a key: a builder that changed builds anew)."""
    try:
        return Path(module_file).read_bytes()
    except OSError:
        return module_file.encode()


@lru_cache(maxsize=1)
def opencc_stamp() -> str:
    """Which OpenCC is installed (its tables decide the Traditional forms), without importing
    it (12 ms) or reading package metadata (80 ms): its files' sizes and times."""
    from importlib.util import find_spec

    try:
        spec = find_spec("opencc")
    except (ImportError, ValueError):
        return "none"
    if spec is None or not spec.origin:
        return "none"
    folder = Path(spec.origin).parent
    parts = []
    with contextlib.suppress(OSError):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.is_file():
                stat = entry.stat()
                parts.append(f"{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return f"{folder}|{'|'.join(parts)}"


def key_of(name: str, parts: tuple[str | bytes, ...]) -> str:
    """A file name for table ``name`` derived from ``parts`` and the running zhclean/Python."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), __version__, sys.version, name, *parts):
        data = part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return f"{name}-{digest.hexdigest()[:24]}.marshal"


def cached(name: str, parts: tuple[str | bytes, ...], build: Callable[[], T]) -> T:
    """The table ``name`` as ``build`` makes it, read from the cache when a file for exactly
    these ``parts`` is there, else built and written for next time.

    Tables are plain data (str, int, tuple, list, dict, set, frozenset): kept with
    :mod:`marshal`, which reads them back in a millisecond and runs no code on loading.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / key_of(name, parts)
    try:
        with open(path, "rb") as handle:
            # One read, then loads: marshal.load on a file reads it in small pieces (the
            # common-ideograph set takes 4 ms that way, 0.8 ms this way).
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, unreadable or damaged: built again (and rewritten)
    value = build()
    _write(folder, path, value)
    _prune(folder, name)
    return value


# Files kept per table: the tables of a few installed versions side by side (two venvs
# do not rebuild each other's), not one more for every version ever run.
KEEP = 4


def _prune(folder: Path, name: str) -> None:
    """Remove all but the ``KEEP`` newest files of table ``name`` (older versions' keys)."""
    with contextlib.suppress(OSError):
        files = [
            entry
            for entry in os.scandir(folder)
            if entry.name.startswith(f"{name}-")
            and entry.name.endswith(".marshal")
            and len(entry.name) == len(name) + 1 + 24 + len(".marshal")
        ]
        if len(files) <= KEEP:
            return
        files.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for entry in files[KEEP:]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _write(folder: Path, path: Path, value: object) -> None:
    """Write atomically (a temporary file renamed), so a reader never sees half a table;
    any failure (read-only folder, full disk, unmarshallable value) leaves no file."""
    import tempfile  # only a start that builds a table writes one

    try:
        data = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)


# --- compiled regular expressions -------------------------------------------------------------
#
# ``re.compile`` looks in ``re``'s own cache (a dict keyed by the pattern's type, text and
# flags) before it compiles. :func:`preload_patterns`, run before zhclean's modules compile
# theirs, puts there the patterns a previous process compiled, rebuilt from their compiled
# code (what ``re`` hands to ``_sre.compile``) in a millisecond or two; :func:`save_patterns`
# writes the patterns compiled since, for the next process. The table is kept per Python
# build (``re``'s code is version-specific), and each entry is checked when it is written: the
# pattern rebuilt from it must equal the one ``re`` compiled (a Pattern compares its flags,
# code and text). Anything unexpected (another Python's internals, a damaged file) and the
# patterns are compiled as usual.

# Entries a table keeps at most (as many as re's cache holds): past that, only the last
# run's, the first compiled first (a module's own patterns, then those built from word lists).
PATTERNS_MAX = 512

# The keys of the patterns this process read from the table or wrote to it (their code is
# not kept in memory: the table is read again when there is something to add); and the keys
# of patterns that cannot be kept (asked once).
_pattern_keys: set[tuple] = set()
_pattern_refused: set[tuple] = set()


def _read_patterns(path: Path) -> list[tuple]:
    with open(path, "rb") as handle:
        return marshal.loads(handle.read())


def _pattern_path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    import _sre

    return folder / key_of("regex", (sys.implementation.cache_tag or "", str(_sre.MAGIC)))


def preload_patterns() -> None:
    """Put the compiled patterns of the table into ``re``'s cache (see above)."""
    path = _pattern_path()
    if path is None:
        return
    try:
        import _sre

        cache = re._cache  # type: ignore[attr-defined]
        room = getattr(re, "_MAXCACHE", PATTERNS_MAX)
        for pattern, flags, *args in _read_patterns(path)[:PATTERNS_MAX]:
            key = (type(pattern), pattern, flags)
            if key not in cache:
                if len(cache) >= room:
                    break  # past re's own bound the cache would hold more than re keeps
                cache[key] = _sre.compile(pattern, *args)
            _pattern_keys.add(key)
    except Exception:  # noqa: BLE001 - a shortcut only: compiled as usual instead
        _pattern_keys.clear()


def _pattern_entry(pattern: str | bytes, flags: int, compiled: re.Pattern) -> tuple | None:
    """What ``_sre.compile`` takes to rebuild ``compiled`` (as ``re`` compiles it), or None
    when the rebuilt pattern would not be the same."""
    import _sre

    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    if flags & (re.DEBUG | re.LOCALE):
        return None
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    args = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex)
    rebuilt = _sre.compile(pattern, *args, tuple(indexgroup))
    if rebuilt != compiled or rebuilt.groupindex != compiled.groupindex:
        return None
    return (pattern, flags, *args, tuple(indexgroup))


def save_patterns() -> None:
    """Write the table again when this process compiled patterns it did not hold."""
    path = _pattern_path()
    if path is None:
        return
    try:
        cache = dict(re._cache)  # type: ignore[attr-defined]
        new = [
            key
            for key in cache
            if key not in _pattern_keys
            and key not in _pattern_refused
            and isinstance(key[1], (str, bytes))
        ]
        if not new:
            return
        added = {}
        for key in new:
            try:
                entry = _pattern_entry(key[1], key[2], cache[key])
            except Exception:  # noqa: BLE001 - one pattern the rebuild cannot read is refused,
                entry = None  # not the whole table (a caller's pattern may be anything)
            if entry is None:
                _pattern_refused.add(key)
            else:
                added[key] = entry
        if not added:
            return
        try:
            kept = {(type(e[0]), e[0], e[1]): e for e in _read_patterns(path)}
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            kept = {}
        if len(kept) + len(added) > PATTERNS_MAX:
            kept = {}  # patterns of other runs (other rule files) give way to this run's
        kept.update(added)
        _write(path.parent, path, list(kept.values())[:PATTERNS_MAX])
        _pattern_keys.update(added)
        _prune(path.parent, "regex")
    except Exception:  # noqa: BLE001 - a shortcut only: the next process compiles as usual
        return
