"""SIGINT and SIGTERM during a run: turned into :class:`_Stopped`, so the run can end its
workers, remove its temporary files and say what it finished.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

from ..atomic import COMMITS


class _Stopped(BaseException):
    """SIGINT or SIGTERM (Ctrl-C, a CI job cancelled) while files are being cleaned."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# Whether the run is ending on a signal already (it removes its temporary files and writes
# its manifest; a signal then is not a second stop that would cut that short).
_STOPPING = [False]


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
        if _STOPPING[0]:  # a second Ctrl-C while the run ends: it is ending already
            return
        if COMMITS.hold(signum):  # an output was just written: its record first (reported)
            return
        _STOPPING[0] = True
        raise _Stopped(signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    COMMITS.reported()  # nothing is being reported yet
    _STOPPING[0] = False
    try:
        yield
    finally:
        for sig, handler in previous.items():
            # A run ending on a signal exits next: another Ctrl-C would only make a
            # traceback of the interpreter's shutdown.
            signal.signal(sig, signal.SIG_IGN if _STOPPING[0] else handler)


def reported() -> None:
    """A record was handed over: a signal held while its output was unreported acts now."""
    held = COMMITS.reported()
    if held is not None:
        _STOPPING[0] = True
        raise _Stopped(held)
