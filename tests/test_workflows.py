"""CI, pre-commit and people: check, --diff, --format, --in-place, --incremental, settings files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhclean import clean_bytes
from zhclean.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
runner = CliRunner()
DIRTY = "標題\n\n首頁 > 新聞 > 正文\n經(jīng)濟發展,。\n"
CLEAN = "城市公园改造完工\n经过八个月施工，公园正式开放。\n"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


def test_check_names_the_files_that_would_change_and_changes_nothing(seeds):
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    result = runner.invoke(app, ["check", str(seeds)])
    assert result.exit_code == 1
    for seed in SEEDS:
        assert f"{seed.name}: would change (" in result.output
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before


def test_check_on_clean_output_exits_zero(seeds, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(seeds), "--out", str(out), "-q"]).exit_code == 0
    result = runner.invoke(app, ["check", str(out)])
    assert result.exit_code == 0, result.output
    assert "would change" not in result.output and " clean" in result.output


def test_check_diff_json_and_github_formats(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    diff = runner.invoke(app, ["check", str(path), "--diff"])
    assert diff.exit_code == 1
    assert "-首頁 > 新聞 > 正文" in diff.output and "+经济发展。" in diff.output
    as_json = runner.invoke(app, ["check", str(path), "--format", "json"])
    record = json.loads(as_json.output.splitlines()[0])
    assert record["changes"] is True and record["rules"]["ZH303"] == 1
    github = runner.invoke(app, ["check", str(path), "--format", "github"])
    assert f"::warning file={path},line=3::ZH303 navigation: 首頁 > 新聞 > 正文" in github.output
    assert "\x1b[" not in diff.output + github.output  # no colour codes in CI logs


def test_check_exit_three_when_a_file_cannot_be_decoded(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x81\xff\xfe\x80\xff\x81" * 20)
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "github"])
    assert result.exit_code == 3
    assert "::error file=" in result.output


def test_in_place_rewrites_only_files_that_change_and_keeps_their_mode(tmp_path):
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_text(DIRTY, encoding="utf-8")
    clean.write_text(CLEAN, encoding="utf-8")
    os.chmod(dirty, 0o640)
    clean_stat = clean.stat()
    time.sleep(0.01)
    result = runner.invoke(app, ["clean", "--in-place", str(tmp_path), "-q"])
    assert result.exit_code == 0
    assert dirty.read_text("utf-8") == "标题\n经济发展。\n"
    assert stat.S_IMODE(dirty.stat().st_mode) == 0o640
    assert clean.stat().st_mtime_ns == clean_stat.st_mtime_ns  # not rewritten
    assert not list(tmp_path.glob("manifest.jsonl"))  # no manifest unless asked
    assert not [p for p in tmp_path.iterdir() if "zhclean-tmp" in p.name]


def test_in_place_writes_the_manifest_where_asked(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    manifest = tmp_path / "reports" / "m.jsonl"
    runner.invoke(app, ["clean", "-i", str(tmp_path / "a.txt"), "--manifest", str(manifest), "-q"])
    assert json.loads(manifest.read_text("utf-8"))["status"] == "cleaned"


def test_out_and_in_place_are_exclusive(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    assert runner.invoke(app, ["clean", str(tmp_path)]).exit_code == 2
    assert (
        runner.invoke(app, ["clean", "-i", "--out", str(tmp_path / "o"), str(tmp_path)]).exit_code
        == 2
    )


def test_killed_mid_run_every_file_is_old_or_new(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    originals = {}
    for i in range(300):
        seed = SEEDS[i % len(SEEDS)]
        data = seed.read_bytes() + f"\n第{i}份\n".encode()
        (folder / f"{i:03d}.txt").write_bytes(data)
        originals[f"{i:03d}.txt"] = data
    exe = Path(sys.executable).parent / "zhclean"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "zhclean.cli"]
    process = subprocess.Popen([*command, "clean", "--in-place", "-j", "1", "-q", str(folder)])
    first = folder / "000.txt"
    deadline = time.monotonic() + 60
    while first.read_bytes() == originals["000.txt"] and time.monotonic() < deadline:
        time.sleep(
            0.05
        )  # files go in name order: once the first is rewritten, the run is under way
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    changed = 0
    for name, data in originals.items():
        now = (folder / name).read_bytes()
        cleaned = clean_bytes(data).data
        assert now in (data, cleaned), f"{name} is neither the old file nor the new one"
        changed += now == cleaned != data
    assert 0 < changed < len(originals), "the kill should land mid-run"


def test_incremental_skips_what_did_not_change(seeds, tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["clean", str(seeds), "--out", str(out), "--incremental", "-q"])
    assert first.exit_code == 0
    second = runner.invoke(app, ["clean", str(seeds), "--out", str(out), "--incremental"])
    records = [
        json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()
    ]
    assert all(r.get("cached") for r in records) and "cached" in second.output
    (seeds / SEEDS[0].name).write_text("新的内容。\n", encoding="utf-8")
    runner.invoke(app, ["clean", str(seeds), "--out", str(out), "--incremental", "-q"])
    records = {
        Path(r["input"]).name: r
        for r in map(json.loads, (out / "manifest.jsonl").open(encoding="utf-8"))
    }
    assert not records[SEEDS[0].name].get("cached") and records[SEEDS[1].name].get("cached")
    runner.invoke(
        app, ["clean", str(seeds), "--out", str(out), "--incremental", "--to", "traditional", "-q"]
    )
    records = [
        json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()
    ]
    assert not any(r.get("cached") for r in records)  # other options: everything again


def test_settings_from_pyproject_with_flags_winning(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.zhclean]\nto = "traditional"\nignore = ["ZH401"]\n'
    )
    (tmp_path / "sub").mkdir()
    src = tmp_path / "sub" / "a.txt"
    src.write_text("软件\n\n网络\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")  # found by walking up
    runner.invoke(app, ["clean", str(src), "--out", str(tmp_path / "o1"), "-q"])
    assert (tmp_path / "o1" / "a.txt").read_text("utf-8") == "軟件\n\n網絡\n"
    runner.invoke(app, ["clean", str(src), "--out", str(tmp_path / "o2"), "--to", "keep", "-q"])
    assert (tmp_path / "o2" / "a.txt").read_text("utf-8") == "软件\n\n网络\n"


def test_zhclean_toml_and_bad_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("软件\n", encoding="utf-8")
    (tmp_path / "zhclean.toml").write_text('to = "taiwan"\n')
    runner.invoke(app, ["clean", "a.txt", "--out", "o", "-q"])
    assert (tmp_path / "o" / "a.txt").read_text("utf-8") == "軟體\n"
    (tmp_path / "zhclean.toml").write_text('colour = "red"\n')
    result = runner.invoke(app, ["clean", "a.txt", "--out", "o", "-q"])
    assert result.exit_code == 2 and "unknown option 'colour'" in result.output


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for pre-commit")
def test_pre_commit_hooks_end_to_end(tmp_path):
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse"], capture_output=True).returncode != 0:
        pytest.skip("this checkout is not a git repository (pre-commit try-repo needs one)")
    repo = tmp_path / "project"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_NOSYSTEM": "1"}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    (repo / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    git("add", ".")

    def hook(hook_id: str, name: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(pre_commit), "try-repo", str(ROOT), hook_id, "--files", name],
            cwd=repo,
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )

    assert hook("zhclean-check", "clean.txt").returncode == 0
    assert hook("zhclean-check", "dirty.txt").returncode == 1
    assert (repo / "dirty.txt").read_text("utf-8") == DIRTY  # check changes nothing
    fixed = hook("zhclean", "dirty.txt")
    assert fixed.returncode == 1, fixed.stdout  # pre-commit fails a hook that modified files
    assert (repo / "dirty.txt").read_text("utf-8") == "标题\n经济发展。\n"
    assert hook("zhclean", "dirty.txt").returncode == 0  # now clean: passes


def test_progress_bar_only_on_a_terminal_after_a_second(monkeypatch):
    import io

    from rich.console import Console

    import zhclean.cli.output as cli  # where the progress bar finds its console

    screen = io.StringIO()
    monkeypatch.setattr(
        cli, "_console", lambda stderr=False: Console(file=screen, force_terminal=True, width=100)
    )
    with cli._Progress(total=10, enabled=True) as progress:
        progress.started -= 2.0  # this run has lasted two seconds already
        progress.advance(5_000_000)
        assert progress.bar is not None
        progress.bar.refresh()
    assert "MB/s" in screen.getvalue() and "1/10" in screen.getvalue()

    quiet = cli._Progress(total=10, enabled=False)
    quiet.started -= 2.0
    quiet.advance(100)
    assert quiet.bar is None
    monkeypatch.setattr(
        cli, "_console", lambda stderr=False: Console(file=io.StringIO(), force_terminal=False)
    )
    piped = cli._Progress(total=10, enabled=True)
    piped.started -= 2.0
    piped.advance(100)
    assert piped.bar is None  # not a terminal: no bar in CI logs


def test_in_place_and_check_take_files_of_the_same_name_in_different_folders(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(DIRTY, encoding="utf-8")
    files = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")]
    assert runner.invoke(app, ["check", *files]).exit_code == 1
    assert runner.invoke(app, ["clean", "-i", "-q", *files]).exit_code == 0
    assert all(Path(f).read_text("utf-8") == "标题\n经济发展。\n" for f in files)
    assert runner.invoke(app, ["check", *files]).exit_code == 0
