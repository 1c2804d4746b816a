"""Worker processes for the local engine, which survive a worker's death and die with the run.

:class:`WorkerPool` maps a function over tasks in worker processes and yields the
results in the tasks' order, as ``ProcessPoolExecutor.map`` does, with two
differences that a corpus run needs:

- A worker that dies (the OOM killer, ``kill -9``, a crashing library) does not
  break the run. Its tasks are run again one by one, so the task it died on is
  known; a task whose worker died :data:`DEATHS_ALLOWED` times becomes the
  ``failed`` result (an error record) and the others go on. The Ray engine does the
  same with its shards.
- Workers stop with the parent: :meth:`WorkerPool.close` ends them (SIGTERM, which
  a worker turns into ``SystemExit`` so that a file half-written to a temporary name
  is removed), and on Linux the kernel ends them if the parent is killed outright.
  Ctrl-C is the parent's to handle: workers ignore SIGINT.

    >>> with WorkerPool(abs, 2, lambda task, reason: None) as pool:
    ...     list(pool.map([-1, -2, 3], chunk=1))
    [1, 2, 3]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from .atomic import COMMITS

DEATHS_ALLOWED = 2  # a task whose worker died this many times is given up
STOP_SECONDS = 5.0  # how long a worker has to end after SIGTERM before it is killed


def _exit_on_sigterm(signum: int, frame: object) -> None:
    if COMMITS.hold(signum):  # an output is written and not yet reported: report it first
        return
    raise SystemExit(128 + signum)


def _find_prctl() -> Callable[..., int] | None:
    """libc's prctl, looked up here in the parent: a child forked from a process with
    threads (Ray's, say) could deadlock in the loader if it looked it up itself."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - no libc to ask
        return None


_PRCTL = _find_prctl()
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: have the kernel send this process SIGTERM when its parent dies, even by
    ``kill -9`` (elsewhere the parent's :meth:`WorkerPool.close` is all there is)."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _quiet_worker() -> None:
    """A worker's signals: Ctrl-C is the parent's to handle, and it dies with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _serve(conn: Connection, parent: int, func: Callable[[Any], Any]) -> None:
    """A worker: SIGTERM (the parent ending it) unwinds the task under way, so that its
    temporary file goes, then the process ends at once: the exit handlers it inherited
    from the parent (Ray's, say) are not its own to run, and could block for ever."""
    _quiet_worker()
    COMMITS.reported()  # what the parent was doing when it forked is not this process's
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        _work(conn, parent, func)
    except SystemExit as stop:
        os._exit(stop.code if isinstance(stop.code, int) else 1)


def _work(conn: Connection, parent: int, func: Callable[[Any], Any]) -> None:
    """A worker's loop: a list of tasks in, each result out as soon as it is done (so that
    a run stopped midway knows every file written), until told to stop."""
    if os.getppid() != parent:  # the parent died before the kernel was asked to tell us
        return
    while True:
        try:
            unit = conn.recv()
        except (EOFError, OSError):
            return
        if unit is None:
            return
        for position, task in enumerate(unit):
            try:
                result = (position, "ok", func(task))
            except Exception as exc:  # a bug: the parent turns it into the task's record
                result = (position, "failed", f"internal error: {type(exc).__name__}: {exc}")
            try:
                conn.send(result)
            finally:
                held = COMMITS.reported()
            if held is not None:  # SIGTERM came while an output was being reported
                raise SystemExit(128 + held)


class _Worker:
    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(
            target=_serve, args=(child, os.getpid(), func), daemon=True
        )
        self.process.start()
        child.close()
        self.unit: list[int] | None = None  # indices of the tasks it is working on
        self.done = 0  # results of its unit received

    def stop(self, graceful: bool) -> None:
        if self.process.is_alive():
            if graceful:
                with contextlib.suppress(OSError):
                    self.conn.send(None)
            else:
                self.process.terminate()
            self.process.join(STOP_SECONDS)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
        self.conn.close()


class WorkerPool:
    """``workers`` processes that run ``func``; ``failed(task, reason)`` gives the result of
    a task that could not be run (its worker kept dying, or ``func`` raised)."""

    def __init__(
        self, func: Callable[[Any], Any], workers: int, failed: Callable[[Any, str], Any]
    ) -> None:
        self.func = func
        self.failed = failed
        self.workers = [_Worker(func) for _ in range(max(1, workers))]
        self.results: dict[int, Any] = {}  # done, waiting for their turn in the order

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(graceful=exc[0] is None)

    def close(self, graceful: bool = False) -> None:
        """End every worker: told to stop when the work is done, else SIGTERM."""
        for worker in self.workers:
            worker.stop(graceful)

    def map(self, tasks: list, chunk: int = 1, leftovers: list | None = None) -> Iterator[Any]:
        """The results of ``tasks`` in their order; ``chunk`` tasks are sent at a time.

        When the map ends early (the run stopped: the generator closed, or a signal raised
        in it), the workers end and the results done but not yielded (held for their turn,
        or sent as the workers ended) go to ``leftovers``, in the tasks' order.
        """
        pending: deque[list[int]] = deque(
            list(range(i, min(i + chunk, len(tasks)))) for i in range(0, len(tasks), chunk)
        )
        window = max(256, chunk * len(self.workers) * 4)  # results held for the ordered yield
        results = self.results
        deaths = [0] * len(tasks)
        following = 0
        try:
            while following < len(tasks):
                for worker in self.workers:
                    if worker.unit is None and pending and pending[0][0] < following + window:
                        worker.unit, worker.done = pending.popleft(), 0
                        worker.conn.send([tasks[i] for i in worker.unit])
                busy = [w for w in self.workers if w.unit is not None]
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
                for worker in busy:
                    if worker.conn in ready or worker.process.sentinel in ready:
                        self._collect(worker, tasks, results, deaths, pending)
                while following in results:
                    yield results.pop(following)
                    following += 1
        except BaseException:
            if leftovers is not None:
                leftovers.extend(self._stop(tasks))
            raise

    def _stop(self, tasks: list) -> list[Any]:
        """End the workers (SIGTERM: a file half-written is dropped, one written is still
        reported) and return every result done and not yielded, in the tasks' order."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        deadline = time.monotonic() + STOP_SECONDS
        for worker in self.workers:
            unit = worker.unit
            while unit is not None and worker.done < len(unit):
                if not worker.conn.poll(0.05):
                    if not worker.process.is_alive() and not worker.conn.poll(0):
                        break
                    if time.monotonic() > deadline:
                        worker.process.kill()
                    continue
                try:
                    position, kind, value = worker.conn.recv()
                except (EOFError, OSError):
                    break
                i = unit[position]
                self.results[i] = value if kind == "ok" else self.failed(tasks[i], value)
                worker.done += 1
            worker.unit = None
        done = [self.results[i] for i in sorted(self.results)]
        self.results.clear()
        return done

    def _collect(
        self,
        worker: _Worker,
        tasks: list,
        results: dict[int, Any],
        deaths: list[int],
        pending: deque[list[int]],
    ) -> None:
        unit = worker.unit
        assert unit is not None
        # A stopping signal waits while a result is taken from the pipe and kept: taken and
        # dropped, it would leave a file written that the manifest does not list.
        COMMITS.committed = True
        try:
            try:
                answer = worker.conn.recv() if worker.conn.poll() else None
            except (EOFError, OSError):
                answer = None
            if answer is not None:
                position, kind, value = answer
                i = unit[position]
                results[i] = value if kind == "ok" else self.failed(tasks[i], value)
                worker.done += 1
                if worker.done == len(unit):
                    worker.unit = None
        finally:
            held = COMMITS.reported()
            if held is not None:
                signal.raise_signal(held)  # the result is kept: the signal acts now
        if answer is not None:
            return
        if worker.process.is_alive():
            return  # woken for nothing: its results are still to come
        # The worker died: a new one takes its place, and the tasks of its unit it had not
        # done are run again one by one (so that the next death names its task), or given
        # up after enough deaths.
        worker.unit = None
        self.workers[self.workers.index(worker)] = _Worker(self.func)
        worker.stop(graceful=False)
        left = unit[worker.done :]  # a unit's results come in its order
        for i in reversed(left):
            deaths[i] += 1
            if len(left) == 1 and deaths[i] >= DEATHS_ALLOWED:
                results[i] = self.failed(tasks[i], "the worker process died while cleaning it")
            else:
                pending.appendleft([i])


__all__ = ["DEATHS_ALLOWED", "WorkerPool"]
