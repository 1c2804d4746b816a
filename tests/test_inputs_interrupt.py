"""Ctrl-C or SIGTERM during a run (issue 17, hardening): every file whose output was
written has its manifest record, whatever the worker processes were doing; the run exits
128 + the signal's number and says the manifest is partial."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DIRTY = "城市公园改造完工\n\n\n经过八个月施工，公园正式开放。\n"
GUARD = 120  # seconds: only a hang takes this long

# A run in which one file blocks its worker (``f005.txt``, in the middle of being written)
# or holds it just after its output was renamed into place (``commit.txt``): the other
# worker goes on, and its results wait for the blocked one's to keep the input order.
_RUN = """
import os, sys, time
from pathlib import Path
from zhclean import corpus
from zhclean.cli import main

real = corpus.clean_file
ready = Path(sys.argv[1])

def clean(job, out_dir, *args, **kwargs):
    if job.path.name == "f005.txt":
        with corpus.atomic_output(out_dir / "f005.txt") as handle:
            handle.write(b"half")
            ready.write_text(str(os.getpid()))
            while True:
                time.sleep(1)
    record = real(job, out_dir, *args, **kwargs)
    if job.path.name == "commit.txt":  # written, not yet reported: the signal comes now
        ready.write_text(str(os.getpid()))
        time.sleep(3)
    return record

corpus.clean_file = clean
if len(sys.argv) > 5:  # a slow disk: the manifest takes a second to write
    import zhclean.cli.clean as command

    write = command.write_manifest

    def slow(*args):
        time.sleep(1)
        write(*args)

    command.write_manifest = slow
sys.argv = ["zhclean", "clean", sys.argv[2], "--out", sys.argv[3], "--jobs", sys.argv[4]]
main()
"""


def outputs(out: Path) -> set[str]:
    return {p.name for p in out.iterdir() if p.name != "manifest.jsonl"}


def recorded(out: Path) -> set[str]:
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    return {Path(json.loads(line)["output"]).name for line in lines}


def start(tmp_path: Path, names: list[str], jobs: int, written: int) -> tuple[str, Path]:
    """Run, wait for the ready file and ``written`` outputs, send SIGINT; (stderr, out)."""
    source, out, ready = tmp_path / "in", tmp_path / "out", tmp_path / "ready"
    source.mkdir()
    for name in names:
        (source / name).write_text(DIRTY, encoding="utf-8")
    argv = [sys.executable, "-c", _RUN, str(ready), str(source), str(out), str(jobs)]
    run = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + GUARD
    while not (ready.exists() and ready.read_text() and len(outputs(out)) >= written):
        assert time.monotonic() < deadline and run.poll() is None, "the run never got there"
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=GUARD)
    assert run.returncode == 130, stderr
    assert "zhclean: interrupted:" in stderr and "partial" in stderr
    assert "Traceback" not in stderr
    worker = int(ready.read_text())
    while True:  # the worker ends with the run
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "the worker outlived its run"
        time.sleep(0.05)
    return stderr, out


def test_outputs_written_out_of_order_are_in_the_manifest(tmp_path):
    # 200 files over two workers: each takes 25 at a time; the first worker blocks on its
    # sixth while the second writes its own, whose records wait for the first's.
    names = [f"f{i:03d}.txt" for i in range(200)]
    stderr, out = start(tmp_path, names, 2, 30)
    written = outputs(out)
    assert not [name for name in written if name.endswith("zhclean-tmp")]
    assert "f005.txt" not in written
    assert len(written) >= 25 and recorded(out) == written
    finished = int(stderr.split("interrupted: ", 1)[1].split(" of ", 1)[0])
    assert finished == len(written)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_written_as_the_signal_comes_is_in_the_manifest(tmp_path, jobs):
    names = ["a.txt", "commit.txt"] + [f"z{i:03d}.txt" for i in range(60)]
    _, out = start(tmp_path, names, jobs, 2)
    assert "commit.txt" in outputs(out)
    assert recorded(out) == outputs(out)


# --fsync: outputs go to disk once a run (before the manifest), each before its rename, or
# when the system pleases; the manifest itself always.


@pytest.mark.parametrize(
    ("flags", "per_file", "syncs"),
    [((), False, 1), (("--fsync", "file"), True, 0), (("--fsync", "never"), False, 0),
     (("--in-place",), True, 0)],
)  # fmt: skip
def test_fsync_modes(tmp_path, monkeypatch, flags, per_file, syncs):
    from typer.testing import CliRunner

    from zhclean import atomic
    from zhclean.cli import app

    source = tmp_path / "in"
    source.mkdir()
    for i in range(5):
        (source / f"f{i}.txt").write_text(DIRTY, encoding="utf-8")
    calls = {"fsync": 0, "syncfs": 0}
    real_fsync, real_sync = os.fsync, atomic.sync_filesystem

    def fsync(fd: int) -> None:
        calls["fsync"] += 1
        real_fsync(fd)

    def sync(folder: Path) -> None:
        calls["syncfs"] += 1
        real_sync(folder)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(atomic, "sync_filesystem", sync)
    where = [] if "--in-place" in flags else ["--out", str(tmp_path / "out")]
    result = CliRunner().invoke(app, ["clean", str(source), *where, "-q", "--jobs", "1", *flags])
    assert result.exit_code == 0, result.output
    manifest = 0 if "--in-place" in flags else 1  # the manifest is flushed whatever the mode
    assert calls == {"fsync": 5 * per_file + manifest, "syncfs": syncs}


def test_fsync_usage_and_an_emptied_output_is_cleaned_again(tmp_path):
    from typer.testing import CliRunner

    from zhclean.cli import app

    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "a.txt").write_text(DIRTY, encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(app, ["clean", str(source), "--out", str(out), "--fsync", "always"])
    assert bad.exit_code == 2 and "--fsync must be run, file, never" in bad.output
    args = ["clean", str(source), "--out", str(out), "--incremental", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    (out / "a.txt").write_bytes(b"")  # what a crash can leave of an output not yet flushed
    assert runner.invoke(app, args).exit_code == 0
    assert (out / "a.txt").read_text(
        "utf-8"
    ) == "城市公园改造完工\n经过八个月施工，公园正式开放。\n"
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    assert not json.loads(lines[0]).get("cached")


def test_ctrl_c_again_while_the_run_writes_its_manifest_is_no_traceback(tmp_path):
    source, out, ready = tmp_path / "in", tmp_path / "out", tmp_path / "ready"
    source.mkdir()
    for i in range(60):
        (source / f"f{i:03d}.txt").write_text(DIRTY, encoding="utf-8")
    argv = [sys.executable, "-c", _RUN, str(ready), str(source), str(out), "2", "slow"]
    run = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + GUARD
    while not (ready.exists() and ready.read_text()):
        assert time.monotonic() < deadline and run.poll() is None, "the run never got there"
        time.sleep(0.05)
    while run.poll() is None and time.monotonic() < deadline:  # Ctrl-C, again and again
        run.send_signal(signal.SIGINT)
        time.sleep(0.01)
    _, stderr = run.communicate(timeout=GUARD)
    assert run.returncode == 130 and "Traceback" not in stderr, stderr
    assert "zhclean: interrupted:" in stderr and recorded(out) == outputs(out)


class _Stop(BaseException):
    pass


class _SignalAfterReceive:
    """A worker's pipe whose first result comes with Ctrl-C: the signal lands the moment
    the result has been taken from the pipe, before the pool has kept it."""

    def __init__(self, conn):
        self.conn = conn
        self.fired = False

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def recv(self):
        answer = self.conn.recv()
        if not self.fired:
            self.fired = True
            signal.raise_signal(signal.SIGINT)
        return answer


def test_a_result_taken_from_its_worker_as_the_signal_comes_is_kept():
    from zhclean.atomic import COMMITS
    from zhclean.workers import WorkerPool

    def stop(signum, frame):
        if not COMMITS.hold(signum):
            raise _Stop

    previous = signal.signal(signal.SIGINT, stop)
    yielded, leftovers = [], []
    try:
        with pytest.raises(_Stop), WorkerPool(abs, 1, lambda task, reason: reason) as pool:
            worker = pool.workers[0]
            worker.conn = _SignalAfterReceive(worker.conn)
            for value in pool.map([-1, -2, -3], chunk=3, leftovers=leftovers):
                yielded.append(value)
    finally:
        signal.signal(signal.SIGINT, previous)
        COMMITS.reported()
    # Every result the worker sent is yielded or left over, the first one above all.
    assert 1 in yielded + leftovers
