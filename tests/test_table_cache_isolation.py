"""The suite keeps its built tables in a folder of its own (tests/conftest.py), so that
running it never evicts a user's cached tables or another checkout's; CLI subprocesses the
tests start use the same folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from zhclean import cache


def test_tables_go_to_the_sessions_folder(table_cache: Path) -> None:
    assert cache.cache_dir() == table_cache
    assert table_cache != Path.home() / ".cache" / "zhclean"


def test_a_cli_subprocess_uses_the_sessions_folder(table_cache: Path, tmp_path: Path) -> None:
    # A home of its own and no XDG folder: without the session's variable, the CLI would
    # build its tables under this home's ~/.cache/zhclean.
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    env.pop("XDG_CACHE_HOME", None)
    one = tmp_path / "one.txt"
    one.write_text("今天天气很好。\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "zhclean", "check", str(one)], env=env, capture_output=True
    )
    assert run.returncode in (0, 1), run.stderr
    assert not (tmp_path / "home" / ".cache").exists()
    assert any(table_cache.iterdir())
