"""Where files live: local paths, or any filesystem pyarrow reads (s3://, gs://, hdfs://...).

The cleaning code asks a *store* for bytes and for an output handle, and never
cares which kind it got. A plain path is local (``pathlib``, atomic writes by
rename); a location with a scheme goes through ``pyarrow.fs`` (the optional
``zhclean[ray]`` extra brings pyarrow), so that the same run can read and
write a bucket:

    >>> is_uri("s3://bucket/raw"), is_uri("raw/pages"), is_uri("C:/pages")
    (True, False, False)
    >>> join("s3://bucket/clean", "a/b.txt"), str(join(Path("clean"), "a/b.txt"))
    ('s3://bucket/clean/a/b.txt', 'clean/a/b.txt')

A remote output is written to a temporary name and moved over the target at
the end, as the local one is renamed: a failed write leaves no half file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

Location = Path | str  # a local path, or a URI string ("s3://bucket/key")

_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+)://")


def is_uri(location: Location | str) -> bool:
    """A location with a scheme of two or more letters (a Windows drive "C:" is local)."""
    return isinstance(location, str) and bool(_SCHEME_RE.match(location))


def as_location(text: str) -> Location:
    """A command-line argument as a location: a URI stays a string, anything else a Path."""
    return text if is_uri(text) else Path(text)


def join(base: Location, rel: str | PurePosixPath) -> Location:
    """``base`` / ``rel`` for either kind of location."""
    if isinstance(base, str):
        return base.rstrip("/") + "/" + str(rel).lstrip("/")
    return base / Path(str(rel))


class LocalStore:
    """The local disk (the default): what the rest of zhclean always did."""

    def size(self, path: Path) -> int:
        return path.stat().st_size

    def is_dir(self, path: Path) -> bool:
        return path.is_dir()

    def exists(self, path: Path) -> bool:
        return path.exists()

    def read(self, path: Path) -> bytes:
        return path.read_bytes()

    def open_read(self, path: Path) -> IO[bytes]:
        return path.open("rb")

    def open_random(self, path: Path) -> IO[bytes]:
        """A handle that can seek (to read one range of a large file)."""
        return path.open("rb")

    def output(
        self, path: Path, durable: bool = True, in_place: bool = False
    ) -> contextlib.AbstractContextManager[IO[bytes]]:
        """Atomic; ``durable`` False skips the flush to disk (for notes worth less than a
        sync: a note lost to a crash only costs a retry); ``in_place`` keeps a user's
        file's symlinks, hard links and owner (see :func:`zhclean.atomic.atomic_output`)."""
        from .atomic import atomic_output

        return atomic_output(path, durable, in_place)

    def mkdir(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)

    def delete(self, path: Path) -> None:
        path.unlink()

    def remove_empty_dir(self, path: Path) -> None:
        with contextlib.suppress(OSError):  # not empty, or gone: left as it is
            path.rmdir()


class ArrowStore:
    """A pyarrow filesystem, addressed by URIs of one scheme (``s3://bucket/key``)."""

    def __init__(self, scheme: str, filesystem, authority: str = "", in_path: bool = True) -> None:
        self.scheme = scheme
        self.fs = filesystem
        # Object stores keep the bucket in their paths ("bucket/key"); hdfs://host:port/p
        # has the path "/p" and the host in the filesystem.
        self.authority = authority
        self.in_path = in_path

    def _path(self, uri: str) -> str:
        rest = uri.split("://", 1)[1]
        if self.in_path:
            return rest
        return "/" + rest.split("/", 1)[1] if "/" in rest else "/"

    def uri(self, path: str) -> str:
        if self.in_path:
            return f"{self.scheme}://{path}"
        return f"{self.scheme}://{self.authority}{path}"

    def _info(self, uri: str):
        return self.fs.get_file_info(self._path(uri))

    def size(self, uri: str) -> int:
        info = self._info(uri)
        if info.type.name == "NotFound":
            raise FileNotFoundError(2, "No such file or directory", uri)
        return info.size or 0

    def is_dir(self, uri: str) -> bool:
        return self._info(uri).type.name == "Directory"

    def exists(self, uri: str) -> bool:
        return self._info(uri).type.name != "NotFound"

    def read(self, uri: str) -> bytes:
        with self.open_read(uri) as stream:
            return stream.read()

    def open_read(self, uri: str) -> IO[bytes]:
        # Bytes as stored: zhclean decompresses by itself (pyarrow would by the name).
        return _as_os_error(self.fs.open_input_stream, self._path(uri), compression=None)

    def open_random(self, uri: str) -> IO[bytes]:
        """A handle that can seek (to read one range of a large file)."""
        return _as_os_error(self.fs.open_input_file, self._path(uri))

    @contextlib.contextmanager
    def output(self, uri: str, durable: bool = True, in_place: bool = False) -> Iterator[IO[bytes]]:
        """Written under a temporary name, moved over ``uri`` once complete (the stores
        make a closed object durable, and have no links: ``durable`` and ``in_place``
        change nothing here)."""
        path = self._path(uri)
        parent, _, name = path.rpartition("/")
        tmp = f"{parent}/.{name}.{os.getpid()}.zhclean-tmp" if parent else f".{name}.zhclean-tmp"
        if parent:
            self.fs.create_dir(parent, recursive=True)
        try:
            with self.fs.open_output_stream(tmp, compression=None) as stream:
                yield stream
            self.fs.move(tmp, path)
        except BaseException:
            with contextlib.suppress(Exception):
                self.fs.delete_file(tmp)
            raise

    def mkdir(self, uri: str) -> None:
        self.fs.create_dir(self._path(uri), recursive=True)

    def delete(self, uri: str) -> None:
        self.fs.delete_file(self._path(uri))

    def remove_empty_dir(self, uri: str) -> None:
        with contextlib.suppress(Exception):  # not empty, gone, or no folders (object stores)
            if not any(True for _ in self.walk(uri)):
                self.fs.delete_dir(self._path(uri))

    def walk(self, uri: str) -> Iterator[tuple[str, str]]:
        """(URI, path relative to ``uri``) of every file under the folder ``uri``."""
        from pyarrow.fs import FileSelector

        base = self._path(uri).rstrip("/")
        for info in self.fs.get_file_info(FileSelector(base, recursive=True)):
            if info.type.name == "File":
                yield self.uri(info.path), info.path[len(base) :].lstrip("/")


def _as_os_error(call, *args, **kwargs):
    """``call``, with pyarrow's own error kinds (a missing key...) raised as OSError."""
    try:
        return call(*args, **kwargs)
    except OSError:
        raise
    except Exception as exc:
        raise OSError(str(exc)) from exc


LOCAL = LocalStore()


def store_of(location: Location) -> LocalStore | ArrowStore:
    """The store that holds ``location``."""
    if not is_uri(location):
        return LOCAL
    assert isinstance(location, str)
    match = _SCHEME_RE.match(location)
    assert match is not None
    scheme = match.group(1).lower()
    if scheme == "file":
        return _arrow_store(scheme, "")
    # One filesystem per bucket (or host): credentials and regions can differ between them.
    authority = location[match.end() :].split("/", 1)[0]
    return _arrow_store(scheme, authority)


@functools.lru_cache(maxsize=64)
def _arrow_store(scheme: str, authority: str) -> ArrowStore:
    try:
        from pyarrow import fs
    except ImportError:  # pragma: no cover - depends on the installation
        raise OSError(f"{scheme}:// locations need pyarrow: pip install 'zhclean[ray]'") from None
    if scheme == "file":
        return ArrowStore(scheme, fs.LocalFileSystem())
    try:
        filesystem, probe = fs.FileSystem.from_uri(f"{scheme}://{authority}/probe")
    except Exception as exc:  # unknown scheme, no credentials...
        raise OSError(f"cannot open {scheme}://{authority}: {exc}") from None
    return ArrowStore(scheme, filesystem, authority, in_path=probe.startswith(authority))


__all__ = ["ArrowStore", "LocalStore", "Location", "as_location", "is_uri", "join", "store_of"]
