"""Atomic writes: a file is its old content or its new one, never half of it; and the
temporary files (``.NAME.PID.RANDOM.zhclean-tmp``) a killed run leaves, removed by a
later one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TEMP_SUFFIX = ".zhclean-tmp"


# .NAME.PID.RANDOM.zhclean-tmp: the PID says whether the process writing it still runs.
TEMP_RE = re.compile(r"^\..+?\.(?:(\d+)\.)?[A-Za-z0-9_]+\.zhclean-tmp$")


class Commits:
    """A stopping signal held between an output's rename into place and the moment the
    process has reported it (handed over its manifest record), so that no file is written
    that the manifest does not list.

    Every rename marks an output ``committed``. A process that reports each file it writes
    (a run's main process, a worker) has its signal handler ask :meth:`hold` first: while
    an output is committed and not reported, the signal waits. The reporter calls
    :meth:`reported` once the record is handed over, and acts on the signal it returns.

        >>> commits = Commits()
        >>> commits.hold(2), commits.reported()
        (False, None)
        >>> commits.committed = True
        >>> commits.hold(2), commits.reported(), commits.committed
        (True, 2, False)
    """

    def __init__(self) -> None:
        self.committed = False
        self.held: int | None = None

    def hold(self, signum: int) -> bool:
        """Whether ``signum`` must wait for the report of an output just written."""
        if self.committed:
            self.held = self.held or signum
            return True
        return False

    def reported(self) -> int | None:
        """The output is reported: the signal held meanwhile, if any."""
        held, self.held, self.committed = self.held, None, False
        return held


COMMITS = Commits()  # this process's


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
            COMMITS.committed = True
            _copy_into(tmp, path)
            os.unlink(tmp)
            return
        else:
            _take_over(tmp, path.stat())
        COMMITS.committed = True  # from here on the output is there: a signal waits
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def sync_filesystem(folder: Path) -> None:
    """Flush to disk everything written to the filesystem that holds ``folder`` (Linux's
    ``syncfs``: one flush for a whole run's outputs; elsewhere ``sync``, all of them)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            fd = os.open(folder, os.O_RDONLY)
            try:
                if libc.syncfs(fd) == 0:
                    return
            finally:
                os.close(fd)
        except (OSError, AttributeError):  # no libc to ask, or no syncfs in it
            pass
    os.sync()


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


__all__ = [
    "COMMITS",
    "TEMP_SUFFIX",
    "Commits",
    "atomic_output",
    "remove_stale_temps",
    "sync_filesystem",
]
