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
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
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
            return marshal.load(handle)
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
