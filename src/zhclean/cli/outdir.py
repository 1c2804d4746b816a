"""The --out folder: checked before a run, locked during it, swept of a killed run's
temporary files.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..atomic import remove_stale_temps
from ..discovery import Job
from ..storage import Location, store_of
from .app import _usage_error


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
