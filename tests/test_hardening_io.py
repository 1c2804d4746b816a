"""Issue 13, I/O, engine and CLI cases: no input or fault crashes a run, hangs it or loses data.

Each test names its case. Processes that could hang (a FIFO, a killed worker, a signal)
run in a subprocess with a timeout: the timeout only guards against a hang, no test
measures time.
"""

from __future__ import annotations

import base64
import fcntl
import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
import zstandard
from conftest import interrupt_run
from typer.testing import CliRunner

from zhclean import corpus, stream
from zhclean.cli import app
from zhclean.config import Config
from zhclean.corpus import Job, clean_all, clean_file

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
GOOD = "城市公园改造完工\n经过八个月施工，公园正式开放。\n"
DIRTY = "城市公园改造完工\n\n\n经过八个月施工，公园正式开放。\n"
GBK_NAME = os.fsdecode("中文".encode("gbk") + b".txt")  # b"\xd6\xd0\xce\xc4.txt"
HANG_GUARD = 120  # seconds: only a hang takes this long


def manifest(out: Path) -> list[dict]:
    # Strict UTF-8: a manifest must be valid whatever the file names.
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]


def zhclean(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zhclean", *args],
        capture_output=True,
        timeout=HANG_GUARD,
        cwd=cwd,
    )


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


# Case 1: a file name that is not UTF-8.


def test_case01_non_utf8_file_name_recorded_losslessly_and_written_under_the_same_bytes(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / GBK_NAME).write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "中文".encode("gbk") + b".txt" in os.listdir(os.fsencode(out))
    assert (out / GBK_NAME).read_text("utf-8") == GOOD
    (record,) = manifest(out)
    assert record["input"].endswith("\\xd6\\xd0\\xce\\xc4.txt")
    assert base64.b64decode(record["input_bytes"]) == os.fsencode(source / GBK_NAME)
    assert base64.b64decode(record["output_bytes"]) == os.fsencode(out / GBK_NAME)


def test_case01_check_json_prints_valid_utf8_for_a_non_utf8_name(tmp_path):
    (tmp_path / GBK_NAME).write_text(DIRTY, encoding="utf-8")
    result = zhclean("check", str(tmp_path), "--format", "json")
    assert result.returncode == 1, result.stderr
    record = json.loads(result.stdout.decode("utf-8"))  # strict: no raw GBK bytes
    assert record["input"].endswith("\\xd6\\xd0\\xce\\xc4.txt") and record["changes"]


def test_case01_detect_json_and_check_diff_take_a_non_utf8_name(tmp_path):
    (tmp_path / GBK_NAME).write_text(DIRTY, encoding="utf-8")
    detected = zhclean("detect", str(tmp_path), "--json")
    assert detected.returncode == 0, detected.stderr
    assert json.loads(detected.stdout.decode("utf-8"))["encoding"] == "utf-8"
    diffed = zhclean("check", str(tmp_path), "--diff")
    assert diffed.returncode == 1 and b"Traceback" not in diffed.stderr
    assert " 经过八个月施工".encode() in diffed.stdout and b"\n-\n" in diffed.stdout


def test_case01_incremental_finds_a_non_utf8_name_in_the_manifest(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / GBK_NAME).write_text(DIRTY, encoding="utf-8")
    args = ["clean", str(source), "--out", str(tmp_path / "out"), "--incremental"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0
    assert manifest(tmp_path / "out")[0]["cached"] is True


# Case 2: the manifest cannot be written.


def test_case02_manifest_write_failure_is_a_message_and_exit_3(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(DIRTY, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(
        app,
        ["clean", str(source), "--out", str(tmp_path / "out"), "--manifest", f"{blocker}/m.jsonl"],
    )
    assert result.exit_code == 3
    no_traceback(result)
    assert "cannot write the manifest" in result.output
    assert (tmp_path / "out" / "a.txt").read_text("utf-8") == GOOD  # the files were written


# Case 4: a FIFO named like a text file.


def test_case04_fifo_is_skipped_with_a_record_by_clean_check_and_detect(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    os.mkfifo(source / "pipe.txt")
    (source / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    cleaned = zhclean("clean", str(source), "--out", str(out))
    assert cleaned.returncode == 0, cleaned.stderr
    records = {Path(r["input"]).name: r for r in manifest(out)}
    assert records["pipe.txt"]["status"] == "skipped"
    assert "FIFO" in records["pipe.txt"]["error"]
    assert records["a.txt"]["status"] == "unchanged"
    checked = zhclean("check", str(source), "--format", "json")
    assert checked.returncode == 0
    assert b"FIFO" in checked.stdout
    detected = zhclean("detect", str(source), "--json")
    assert detected.returncode == 0 and b"FIFO" in detected.stdout
    given = zhclean("clean", str(source / "pipe.txt"), "--out", str(tmp_path / "out2"))
    assert given.returncode == 0 and b"skipped" in given.stderr


# Case 5: truncated or corrupt compressed JSONL.


def _rows(count: int = 2000) -> bytes:
    return "".join(
        json.dumps({"id": i, "text": f"第{i}段正文，内容不同{i * 7919}。"}, ensure_ascii=False)
        + "\n"
        for i in range(count)
    ).encode("utf-8")


@pytest.mark.parametrize("name", ["c.jsonl.zst", "c.jsonl.gz"])
def test_case05_truncated_archive_is_an_error_and_writes_no_output(tmp_path, name):
    source = tmp_path / "in"
    source.mkdir()
    data = _rows()
    packed = (
        zstandard.ZstdCompressor().compress(data) if name.endswith(".zst") else gzip.compress(data)
    )
    (source / name).write_bytes(packed[: len(packed) // 2])
    (source / "ok.jsonl").write_bytes(data[:200].rsplit(b"\n", 1)[0] + b"\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(source), "--out", str(out), "--format", "jsonl"])
    assert result.exit_code == 3, result.output
    no_traceback(result)
    records = {Path(r["input"]).name: r for r in manifest(out)}
    assert records[name]["status"] == "error" and records[name]["output"] is None
    assert not (out / name).exists()
    assert records["ok.jsonl"]["status"] in ("cleaned", "unchanged")


def test_case05_corrupt_gzip_is_an_error(tmp_path):
    packed = bytearray(gzip.compress(_rows()))
    packed[len(packed) // 2 : len(packed) // 2 + 64] = bytes(64)
    (tmp_path / "c.jsonl.gz").write_bytes(bytes(packed))
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "c.jsonl.gz"), "--out", str(out)])
    assert result.exit_code == 3
    no_traceback(result)
    assert manifest(out)[0]["status"] == "error"


def test_case05_multi_frame_zst_is_read_whole(tmp_path):
    data = _rows(100)
    half = data.index(b"\n", len(data) // 2) + 1
    compressor = zstandard.ZstdCompressor()
    (tmp_path / "c.jsonl.zst").write_bytes(
        compressor.compress(data[:half]) + compressor.compress(data[half:])
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "c.jsonl.zst"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert manifest(out)[0]["records_in"] == 100


# Case 6: a lone surrogate in one record.


def test_case06_lone_surrogate_record_is_a_malformed_line_and_the_others_are_written(tmp_path):
    lines = [
        json.dumps({"id": 1, "text": "第一段正文。"}, ensure_ascii=False),
        '{"id": 2, "text": "坏\\ud800字。"}',
        json.dumps({"id": 3, "text": "第三段正文。"}, ensure_ascii=False),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "c.jsonl"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = [json.loads(line)["id"] for line in (out / "c.jsonl").read_text("utf-8").splitlines()]
    assert written == [1, 3]
    (record,) = manifest(out)
    assert record["malformed"][0]["line"] == 2
    assert "surrogate" in record["malformed"][0]["error"]


# Cases 7, 8, 15: large files (the thresholds made small, the code paths the same).


@pytest.fixture
def small_blocks(monkeypatch):
    """Files over 4 KB are streamed in blocks of 1 KB."""
    monkeypatch.setattr(stream, "BLOCK", 1024)
    monkeypatch.setattr(corpus, "STREAM_MIN", 4096)


def test_case07_sample_with_no_newline_does_not_cut_a_character(tmp_path, small_blocks):
    # 1,024 is not a multiple of 3: the first block ends inside a character.
    text = (
        "这是一个很长的段落没有换行符号" * 40
        + "。\n"
        + "".join(f"第{i}段正文在这里。\n" for i in range(200))
    )
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    result = clean_file(
        Job(tmp_path / "big.txt", PurePosixPath("big.txt")), tmp_path / "out", Config()
    )
    assert result["status"] in ("cleaned", "unchanged"), result["error"]
    assert result["encoding"] == "utf-8"
    assert (tmp_path / "out" / "big.txt").read_text("utf-8").startswith("这是一个很长的段落")


def test_case07_gbk_sample_with_no_newline(tmp_path, small_blocks):
    # "A" first: the 1,024th byte is the first half of a two-byte character.
    text = (
        "A这是一个很长的段落没有换行符号"
        + "这是一个很长的段落没有换行符号" * 40
        + "。\n"
        + "".join(f"第{i}段正文在这里。\n" for i in range(200))
    )
    (tmp_path / "big.txt").write_bytes(text.encode("gb18030"))
    result = clean_file(
        Job(tmp_path / "big.txt", PurePosixPath("big.txt")), tmp_path / "out", Config()
    )
    assert result["status"] == "cleaned", result["error"]
    assert result["encoding"] == "gb18030"
    assert (tmp_path / "out" / "big.txt").read_text("utf-8") == text


def test_case08_one_line_blocks_stay_bounded_and_cut_between_characters():
    line = "这是第一句话，后面还有很多话" * 100  # no sentence end, no newline
    blocks = list(
        stream.paragraph_blocks(iter([line[i : i + 50] for i in range(0, len(line), 50)]), 200)
    )
    assert "".join(blocks) == line
    assert max(len(b) for b in blocks) <= 400
    sentences = "这是一句话。" * 300
    blocks = list(stream.paragraph_blocks(iter([sentences]), 200))
    assert all(b.endswith("。") for b in blocks)


def test_case08_one_line_text_chunks_stay_bounded(monkeypatch):
    monkeypatch.setattr(stream, "BLOCK", 1000)
    data = "中文字符没有换行".encode() * 2000
    raw = (data[i : i + 1000] for i in range(0, len(data), 1000))
    chunks = list(stream._text_chunks(raw, "utf-8"))
    assert "".join(chunks) == data.decode("utf-8")
    assert max(len(c) for c in chunks) <= 2000


def test_case08_one_line_file_streams_to_the_same_line(tmp_path, small_blocks):
    line = "这是第一句话，然后是第二句话。" * 1000
    (tmp_path / "one.txt").write_text(line, encoding="utf-8")
    result = clean_file(
        Job(tmp_path / "one.txt", PurePosixPath("one.txt")), tmp_path / "out", Config()
    )
    assert result["status"] == "cleaned", result["error"]  # only the final newline added
    assert (tmp_path / "out" / "one.txt").read_text("utf-8") == line + "\n"


def test_case15_large_undecodable_file_is_an_error_like_a_small_one(tmp_path, small_blocks):
    text = "".join(f"第{i}段正文在这里。\n" for i in range(600))
    data = text.encode("gb18030")
    data = data[:3000] + b"\xff\xff\xff\n" + data[3000:]  # past the sample: bytes no codec reads
    (tmp_path / "big.txt").write_bytes(data)
    job = Job(tmp_path / "big.txt", PurePosixPath("big.txt"))
    record = clean_file(job, tmp_path / "out", Config())
    assert record["status"] == "error" and "undecodable" in record["error"]
    assert not (tmp_path / "out" / "big.txt").exists()


def test_case15_large_unchanged_file_is_not_rewritten_in_place(tmp_path, small_blocks):
    path = tmp_path / "big.txt"
    path.write_text("".join(f"第{i}段正文在这里。\n" for i in range(600)), encoding="utf-8")
    before = path.stat()
    record = clean_file(Job(path, PurePosixPath("big.txt")), None, Config())
    assert record["status"] == "unchanged"
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


# Case 9: a worker process that dies.


def _kill_on(name: str, marker: Path | None = None):
    real = corpus.clean_file

    def clean(job, *args, **kwargs):
        if job.path.name == name and (marker is None or not marker.exists()):
            if marker is not None:
                marker.write_text("died once")
            os.kill(os.getpid(), signal.SIGKILL)
        return real(job, *args, **kwargs)

    return clean


def _jobs(folder: Path, count: int = 12) -> list[Job]:
    folder.mkdir()
    jobs = []
    for i in range(count):
        (folder / f"f{i:02d}.txt").write_text(DIRTY, encoding="utf-8")
        jobs.append(Job(folder / f"f{i:02d}.txt", PurePosixPath(f"f{i:02d}.txt")))
    return jobs


def test_case09_a_file_that_kills_its_worker_is_an_error_and_the_others_are_cleaned(
    tmp_path, monkeypatch
):
    jobs = _jobs(tmp_path / "in")
    monkeypatch.setattr(corpus, "clean_file", _kill_on("f05.txt"))
    records = list(clean_all(jobs, tmp_path / "out", Config(), workers=2))
    assert [Path(r["input"]).name for r in records] == [f"f{i:02d}.txt" for i in range(12)]
    assert records[5]["status"] == "error" and "died" in records[5]["error"]
    assert all(r["status"] == "cleaned" for i, r in enumerate(records) if i != 5)


def test_case09_a_worker_that_dies_once_is_retried(tmp_path, monkeypatch):
    jobs = _jobs(tmp_path / "in")
    monkeypatch.setattr(corpus, "clean_file", _kill_on("f03.txt", tmp_path / "marker"))
    records = list(clean_all(jobs, tmp_path / "out", Config(), workers=2))
    assert (tmp_path / "marker").exists()
    assert all(r["status"] == "cleaned" for r in records)


def test_case09_a_jsonl_record_that_kills_its_worker_is_a_malformed_line(tmp_path, monkeypatch):
    from zhclean import records

    real = records.clean_record

    def clean(line, *args, **kwargs):
        if "KILL" in line:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(line, *args, **kwargs)

    monkeypatch.setattr(records, "clean_record", clean)
    lines = [
        json.dumps({"id": i, "text": "KILL" if i == 7 else f"第{i}段正文。"}, ensure_ascii=False)
        for i in range(20)
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "c.jsonl"), "--out", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    (record,) = manifest(out)
    assert record["malformed"] == [
        {"line": 8, "error": "the worker process died while cleaning it"}
    ]
    assert record["records_out"] == 19


def test_case09_dedup_first_pass_survives_a_dying_worker(tmp_path, monkeypatch):
    jobs = _jobs(tmp_path / "in")
    real = corpus.file_line_hashes

    def hashes(path):
        if path.name == "f04.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path)

    monkeypatch.setattr(corpus, "file_line_hashes", hashes)
    repeated = corpus.corpus_repeats(jobs, workers=2, min_files=2, min_share=0.0)
    assert isinstance(repeated, frozenset)


# Case 10: SIGTERM or SIGINT of the main process.

_BLOCKING_RUN = """
import os, sys, time
from pathlib import Path
from zhclean import corpus
from zhclean.cli import main

real = corpus.clean_file
ready = Path(sys.argv[1])

def clean(job, out_dir, *args, **kwargs):
    if job.path.name == "slow.txt":
        with corpus.atomic_output(out_dir / "slow.txt") as handle:
            handle.write(b"half")
            ready.write_text(str(os.getpid()))
            while True:
                time.sleep(1)
    return real(job, out_dir, *args, **kwargs)

corpus.clean_file = clean
sys.argv = ["zhclean", "clean", sys.argv[2], "--out", sys.argv[3], "--jobs", "2"]
main()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_case10_signal_stops_workers_removes_temp_files_and_says_the_manifest_is_partial(
    tmp_path, signum
):
    source = tmp_path / "in"
    jobs = _jobs(source, 40)
    (source / "slow.txt").write_text(GOOD, encoding="utf-8")
    assert jobs
    out, ready = tmp_path / "out", tmp_path / "ready"
    argv = [sys.executable, "-c", _BLOCKING_RUN, str(ready), str(source), str(out)]
    stderr = interrupt_run(argv, ready, out, signum, HANG_GUARD)
    assert "interrupted" in stderr and "partial" in stderr and "Traceback" not in stderr
    assert not list(out.glob("*.zhclean-tmp")) and not list(out.glob(".*zhclean-tmp"))
    records = manifest(out)
    assert all(r["status"] == "cleaned" for r in records)
    assert "slow.txt" not in {Path(r["input"]).name for r in records}


# Case 11: pre-commit on files that are not Chinese text.

CMAKE = "cmake_minimum_required(VERSION 3.10)\nproject(demo)\n\nadd_executable(demo\n  main.c\n)\n"


def test_case11_in_place_skips_files_that_are_not_chinese_text(tmp_path):
    files = {
        "CMakeLists.txt": CMAKE,
        "requirements.txt": "requests>=2\n\n\nnumpy\n",
        "robots.txt": "User-agent: *\n\nDisallow: /admin\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "page.txt").write_text(DIRTY, encoding="utf-8")
    paths = [str(tmp_path / name) for name in [*files, "page.txt"]]
    result = runner.invoke(app, ["clean", "--in-place", "--quiet", *paths])
    assert result.exit_code == 0, result.output
    for name, text in files.items():
        assert (tmp_path / name).read_text("utf-8") == text
        assert f"skipped: {tmp_path / name}: not Chinese text" in result.output
    assert (tmp_path / "page.txt").read_text("utf-8") == GOOD
    checked = runner.invoke(app, ["check", *paths[:3]])
    assert checked.exit_code == 0, checked.output


def test_case11_readme_pre_commit_snippet_scopes_files_and_names_an_existing_tag():
    from zhclean import __version__

    readme = (ROOT / "README.md").read_text("utf-8")
    snippet = readme.split("repos:", 1)[1].split("```", 1)[0]
    assert "files:" in snippet
    assert f"rev: v{__version__}" in snippet
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse"], capture_output=True).returncode:
        pytest.skip("not a git checkout")
    tags = subprocess.run(
        ["git", "-C", str(ROOT), "tag", "--list"], capture_output=True, text=True
    ).stdout.split()
    if not tags:
        # A CI checkout often fetches no tags at all; the tag can only be
        # checked where the clone carries them.
        pytest.skip("this checkout carries no tags")
    assert f"v{__version__}" in tags


# Case 13: --out is the input folder.


def test_case13_out_equal_to_the_input_folder_is_a_usage_error_and_nothing_is_written(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text("mine\n")
    result = runner.invoke(app, ["clean", str(tmp_path), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "is the input folder" in result.output
    assert (tmp_path / "manifest.jsonl").read_text() == "mine\n"
    assert (tmp_path / "a.txt").read_text("utf-8") == DIRTY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "manifest.jsonl"]


# Case 14: an unreadable sub-folder.


def test_case14_unreadable_sub_folder_gets_a_message_and_a_record(tmp_path, monkeypatch):
    source = tmp_path / "in"
    (source / "locked").mkdir(parents=True)
    (source / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    (source / "b.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root reads any folder: deny it here
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(source), "--out", str(out)])
    assert result.exit_code == 3
    assert "locked: cannot read folder: Permission denied" in result.output
    records = {Path(r["input"]).name: r for r in manifest(out)}
    assert records["locked"]["status"] == "error"
    assert records["b.txt"]["status"] == "unchanged"


# Case 17: --in-place keeps symlinks, hard links and owner.


def test_case17_in_place_writes_through_a_symlink(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DIRTY, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result = runner.invoke(app, ["clean", "--in-place", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text("utf-8") == GOOD


def test_case17_in_place_keeps_hard_links(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(DIRTY, encoding="utf-8")
    second = tmp_path / "b.txt"
    os.link(first, second)
    result = runner.invoke(app, ["clean", "--in-place", str(first)])
    assert result.exit_code == 0, result.output
    assert first.stat().st_ino == second.stat().st_ino
    assert second.read_text("utf-8") == GOOD


def test_case17_in_place_keeps_the_owner_when_it_cannot_chown(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    owner = path.stat().st_uid

    def chown(*args, **kwargs):  # what a user who does not own the file gets
        raise PermissionError(1, "Operation not permitted")

    inode = path.stat().st_ino
    monkeypatch.setattr(os, "chown", chown)
    monkeypatch.setattr(os, "stat", _stat_owned_by(owner + 1, os.stat, path))
    result = runner.invoke(app, ["clean", "--in-place", str(path)])
    assert result.exit_code == 0, result.output
    monkeypatch.undo()
    assert path.read_text("utf-8") == GOOD
    # Written into the file itself, not replaced by a new file of this user's.
    assert path.stat().st_ino == inode


def _stat_owned_by(uid: int, real_stat, path: Path):
    """os.stat, with ``path`` owned by another user (the test cannot chown as a user)."""

    def fake(target, *args, **kwargs):
        status = real_stat(target, *args, **kwargs)
        if os.fspath(target) == os.fspath(path):
            fields = list(status)
            fields[4] = uid
            return os.stat_result(fields)
        return status

    return fake


# Case 18: a whitespace-only file.


def test_case18_whitespace_only_file_is_skipped_as_empty(tmp_path):
    (tmp_path / "blank.txt").write_bytes(" \n\u3000\n\t\n".encode())
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "blank.txt"), "--out", str(out)])
    assert result.exit_code == 0
    (record,) = manifest(out)
    assert record["status"] == "skipped" and "empty" in record["error"]
    assert record["rules"] == {"ZH903": 1}
    assert not (out / "blank.txt").exists()


# Case 21: JSONL details.


def test_case21_bom_at_the_start_of_a_jsonl_file_is_fine(tmp_path):
    line = json.dumps({"id": 1, "text": "正文。"}, ensure_ascii=False)
    (tmp_path / "c.jsonl").write_bytes(b"\xef\xbb\xbf" + (line + "\n").encode())
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "c.jsonl"), "--out", str(out)])
    assert result.exit_code == 0
    assert manifest(out)[0]["malformed"] == []
    assert manifest(out)[0]["records_out"] == 1


def test_case21_format_inferred_from_names_unless_given(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    nav = "首页 | 新闻 | 关于我们 | 联系我们\n" + "正文第一段。"
    (source / "a.jsonl").write_text(json.dumps({"text": nav}, ensure_ascii=False) + "\n")
    (source / "b.ndjson.gz").write_bytes(gzip.compress(json.dumps({"text": nav}).encode() + b"\n"))
    (source / "c.txt").write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = {Path(r["input"]).name: r for r in manifest(out)}
    assert list(records) == ["a.jsonl", "b.ndjson.gz", "c.txt"]
    assert records["a.jsonl"]["format"] == "jsonl" and records["a.jsonl"]["rules"]["ZH303"] == 1
    assert records["b.ndjson.gz"]["format"] == "jsonl"
    assert "format" not in records["c.txt"]
    assert json.loads((out / "a.jsonl").read_text("utf-8"))["text"] == "正文第一段。"
    only = runner.invoke(
        app, ["clean", str(source), "--out", str(tmp_path / "o2"), "--format", "files"]
    )
    assert [Path(r["input"]).name for r in manifest(tmp_path / "o2")] == ["c.txt"]
    assert only.exit_code == 0


def test_case21_summary_counts_lines_removed_in_jsonl(tmp_path):
    nav = "首页 | 新闻 | 关于我们 | 联系我们\n正文第一段。"
    lines = [json.dumps({"text": nav}, ensure_ascii=False)] * 3
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(tmp_path / "c.jsonl"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert manifest(tmp_path / "o")[0]["lines_removed"] == 3
    assert "1 file: 1 cleaned; 3 lines removed" in result.output


def test_case21_lines_removed_of_a_large_file_are_not_capped(tmp_path, small_blocks, monkeypatch):
    monkeypatch.setattr(stream, "REMOVED_KEPT", 5)
    text = "".join(
        f"第{i}段正文在这里。\n\n首页 | 新闻 | 关于我们 | 联系我们\n\n" for i in range(200)
    )
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    record = clean_file(
        Job(tmp_path / "big.txt", PurePosixPath("big.txt")), tmp_path / "o", Config()
    )
    assert len(record["removed"]) == 5
    assert record["lines_removed"] == record["rules"]["ZH303"] >= 100


# Case 22: two runs into one --out.


def test_case22_second_run_into_a_locked_out_refuses(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running zhclean holds it
        result = runner.invoke(app, ["clean", str(tmp_path / "a.txt"), "--out", str(out)])
    finally:
        os.close(fd)
    assert result.exit_code == 2
    assert "another zhclean run is writing into" in result.output
    assert not list(out.iterdir())
    again = runner.invoke(app, ["clean", str(tmp_path / "a.txt"), "--out", str(out)])
    assert again.exit_code == 0  # the lock went with its holder


# Case 23: stale temporary files.


def test_case23_stale_temp_files_are_removed_by_a_later_run(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    stale = [
        out / ".a.txt.k3j2h1g0.zhclean-tmp",
        out / "sub" / ".b.txt.999999999.abcd1234.zhclean-tmp",
    ]
    for path in stale:
        path.write_text("half")
    (out / "keep.zhclean-tmp.txt").write_text("not ours")
    assert runner.invoke(app, ["clean", str(source), "--out", str(out)]).exit_code == 0
    assert not any(path.exists() for path in stale)
    assert (out / "keep.zhclean-tmp.txt").exists()
    # In place, beside the files: only the temporary files of processes that ended.
    dead = source / ".a.txt.999999999.abcd1234.zhclean-tmp"
    alive = source / f".a.txt.{os.getpid()}.abcd1234.zhclean-tmp"
    dead.write_text("half")
    alive.write_text("in use")
    assert runner.invoke(app, ["clean", "--in-place", str(source)]).exit_code == 0
    assert not dead.exists() and alive.exists()


# Case 24: cosmetics.


def test_case24_help_shows_plain_metavars():
    result = runner.invoke(app, ["clean", "--help"])
    assert "{paths}" not in result.output and "<str>" not in result.output
    assert "--out DIR" in result.output and "--include GLOB" in result.output
    assert "<list[str]>" not in result.output.split("Options:")[1]


def test_case24_negative_jobs_is_a_usage_error(tmp_path):
    result = runner.invoke(
        app, ["clean", str(tmp_path), "--out", str(tmp_path / "o"), "--jobs", "-3"]
    )
    assert result.exit_code == 2


def test_case24_settings_errors_read_well_and_name_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    settings = tmp_path / "pyproject.toml"
    settings.write_text('[tool.zhclean]\njobs = "two"\n')
    result = runner.invoke(app, ["check", "a.txt"])
    assert result.exit_code == 2 and "must be an integer" in result.output
    settings.write_text('[tool.zhclean]\nto = "klingon"\n')
    result = runner.invoke(app, ["check", "a.txt"])
    assert result.exit_code == 2
    assert str(settings) in result.output and "klingon" in result.output
    settings.write_text("[tool.zhclean]\njobs = -3\n")
    assert runner.invoke(app, ["check", "a.txt"]).exit_code == 2


def test_case24_github_annotations_escape_comma_and_colon_in_file(tmp_path):
    path = tmp_path / "a,b:c.txt"
    path.write_text("首页 | 新闻 | 关于我们 | 联系我们\n" + GOOD, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "github"])
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if line.startswith("::warning"))
    properties = line.split("::")[1]
    assert "a%2Cb%3Ac.txt" in properties and "a,b:c" not in properties


def test_case24_readme_names_the_skipped_and_error_lines_as_printed():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "`zhclean: error: PATH: reason`" in readme
    assert "`zhclean: skipped: PATH: reason`" in readme
    from zhclean.corpus import record_messages

    assert record_messages({"status": "skipped", "input": "PATH", "error": "reason"}) == [
        "zhclean: skipped: PATH: reason"
    ]
