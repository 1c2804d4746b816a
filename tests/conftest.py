from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

# The suite's own table cache (zhclean.cache), whatever the shell that started pytest set: a
# test that builds or prunes tables must never evict a user's cached tables, or another
# checkout's. Set before zhclean is imported below (its import reads compiled patterns from
# the folder); CLI subprocesses the tests start inherit it with the environment.
TABLE_CACHE_HOME = Path(tempfile.mkdtemp(prefix="zhclean-tests-"))
TABLE_CACHE = TABLE_CACHE_HOME / "zhclean"
os.environ["ZHCLEAN_CACHE_DIR"] = str(TABLE_CACHE)
# cache.py's doctest deletes ZHCLEAN_CACHE_DIR when it is done: the default folder after it,
# $XDG_CACHE_HOME/zhclean, is the same one.
os.environ["XDG_CACHE_HOME"] = str(TABLE_CACHE_HOME)

from zhclean import Config, clean_bytes, clean_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(TABLE_CACHE_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def table_cache() -> Path:
    """The folder of the session's table cache."""
    return TABLE_CACHE


@pytest.fixture
def clean():
    """clean(text) -> output text, with the default config."""

    def run(text: str, **config) -> str:
        return clean_text(text, Config(**config)).text

    return run


@pytest.fixture
def clean_raw():
    def run(data: bytes, **config):
        return clean_bytes(data, Config(**config))

    return run


def interrupt_run(argv: list[str], ready: Path, out: Path, signum: int, guard: float, env=None):
    """Start a run (``argv``) whose worker writes its pid to ``ready`` and then blocks in
    the middle of writing ``slow.txt``; send the run ``signum``; check it exits with
    128 + signum and that the worker ends with it. Returns the run's stderr."""
    run = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + guard
    while not ready.exists() or not ready.read_text():
        assert time.monotonic() < deadline and run.poll() is None, "the run never started"
        time.sleep(0.05)
    worker = int(ready.read_text())
    assert list(out.glob(".slow.txt.*.zhclean-tmp"))  # the worker is writing
    run.send_signal(signum)
    _, stderr = run.communicate(timeout=guard)
    assert run.returncode == 128 + signum, stderr
    while True:  # the worker ends with the run
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "the worker outlived its run"
        time.sleep(0.05)
    return stderr
