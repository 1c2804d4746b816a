"""--engine ray: the same output bytes and manifest records as the local engine.

A Ray cluster is started on loopback for this module by ``ray.init`` in the test process
(two CPUs) and stopped by ``ray.shutdown``; the CLI joins it with ``--ray-address``.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
from conftest import interrupt_run

from zhclean.config import Config

# Ray turns on token authentication for clusters started on this machine; a client that
# joins by address must be told to send the token (~/.ray/auth_token) too. Ray reads this
# when it is imported, so before the import (this process also joins, see `connected`).
os.environ["RAY_AUTH_MODE"] = "token"
ray = pytest.importorskip("ray")

ROOT = Path(__file__).resolve().parent.parent
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
ENV = dict(os.environ)
FOOTER = "版权所有 © 某某信息网 未经授权禁止转载\n"


@pytest.fixture(scope="module")
def cluster():
    """The address of a two-CPU Ray cluster of this module's own, stopped after the module.

    ``ray.init`` in this process starts the cluster and ``ray.shutdown`` stops the
    processes it started, and only those: another Ray cluster on the machine (someone's
    ``ray start``) is left alone, where ``ray stop --force`` would kill it. The CLI runs
    join it with ``--ray-address``, as the README's cluster recipe does.
    """
    if ray.is_initialized():
        ray.shutdown()
    context = ray.init(
        address="local",  # a new cluster, even when another one runs on this machine
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
        _node_ip_address="127.0.0.1",
    )
    try:
        yield context.address_info["gcs_address"]
    finally:
        ray.shutdown()


def zhclean(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zhclean", "clean", *args, "-q"],
        capture_output=True,
        text=True,
        env=ENV,
    )


def generated_corpus(root: Path, count: int = 1500) -> None:
    """``count`` pages made from the repository's dirty pages: other encodings, a footer
    shared by a fifth of them (a corpus-level repeat), unique lines, and bad inputs."""
    sources = sorted((ROOT / "fixtures" / "dirty").glob("*.txt"))
    sources += sorted((ROOT / "tests" / "data" / "pages").glob("*.txt"))
    texts = []
    for path in sources:
        try:
            texts.append(path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            continue
    for i in range(count):
        text = texts[i % len(texts)]
        kind = i % 5
        if kind == 1:
            data = text.encode("gb18030", errors="replace")
        elif kind == 2:
            data = (text + "\n" + FOOTER).encode("utf-8")
        elif kind == 3:
            data = text.encode("utf-16")
        elif kind == 4:
            data = (f"第{i}号文件的补充说明写在这里。\n" + text).encode("utf-8")
        else:
            data = text.encode("utf-8")
        target = root / f"part{i // 250:02d}" / f"page{i:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "undecodable.txt").write_bytes(b"\xff\xfe\xfd\x80\x81" * 40 + "正文。".encode())


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith("manifest")
    }


def canonical(records: list[dict], out: Path | str) -> list[str]:
    """Records as sorted JSON lines, the output folder's name taken out of their paths."""
    lines = []
    for record in records:
        record = dict(record)
        if record.get("output"):
            record["output"] = record["output"].replace(str(out), "OUT")
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return sorted(lines)


def local_records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]


def ray_records(out: Path) -> list[dict]:
    from zhclean.ray_engine import read_records

    return list(read_records(out))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    generated_corpus(root / "generated")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "fixtures" / "dirty", root / "dirty")
    shutil.copytree(ROOT / "fixtures" / "encodings", root / "encodings")
    return root


def test_same_bytes_and_records_as_the_local_engine(cluster, corpus, tmp_path):
    inputs = [str(corpus / name) for name in ("seeds", "dirty", "encodings", "generated")]
    local = zhclean(*inputs, "--out", str(tmp_path / "local"), "--jobs", "2")
    on_ray = zhclean(*inputs, "--out", str(tmp_path / "ray"), "--engine", "ray",
                     "--ray-address", cluster)  # fmt: skip
    # The bad inputs fail on both, and the run says so the same way (exit 3).
    assert local.returncode == on_ray.returncode == 3, on_ray.stderr
    assert "undecodable.txt" in on_ray.stderr
    expected = outputs(tmp_path / "local")
    assert len(expected) > 3500
    assert outputs(tmp_path / "ray") == expected
    records = ray_records(tmp_path / "ray")
    local_ones = local_records(tmp_path / "local")
    assert canonical(records, tmp_path / "ray") == canonical(local_ones, tmp_path / "local")
    index = json.loads((tmp_path / "ray" / "manifest.index.json").read_text("utf-8"))
    assert index["records"] == len(records) == sum(s["records"] for s in index["shards"])
    assert len(index["shards"]) > 10  # sharded: no file holds the whole manifest
    errors = sum(1 for r in local_ones if r["status"] == "error")
    assert index["statuses"]["error"] == errors >= 1
    assert not (tmp_path / "ray" / ".zhclean-attempts").exists()


def test_dedup_lines_first_pass_is_distributed_and_the_same(cluster, corpus, tmp_path):
    source = str(corpus / "generated")
    local = zhclean(source, "--out", str(tmp_path / "local"), "--dedup-lines")
    on_ray = zhclean(source, "--out", str(tmp_path / "ray"), "--dedup-lines",
                     "--engine", "ray", "--ray-address", cluster)  # fmt: skip
    assert local.returncode == on_ray.returncode == 3
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    records = ray_records(tmp_path / "ray")
    assert sum(r["rules"].get("ZH316", 0) for r in records) >= 250  # the shared footer went
    assert canonical(records, tmp_path / "ray") == canonical(
        local_records(tmp_path / "local"), tmp_path / "local"
    )


def test_jsonl_records_the_same_on_ray(cluster, tmp_path):
    source = tmp_path / "jsonl"
    source.mkdir()
    rows = [
        json.dumps({"id": i, "text": t, "meta": {"i": i}}, ensure_ascii=False)
        for i, t in enumerate(
            ["歷史經(jīng)驗,。很豐富。", "首页 | 新闻 | 关于我们 | 联系我们", "干净的一句话。"]
            * 30
        )
    ]
    (source / "a.jsonl").write_text("\n".join(rows[:50] + ['{"id": oops'] + rows[50:]) + "\n")
    (source / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(rows) + "\n").encode()))
    common = ["--format", "jsonl", "--text-field", "text"]
    local = zhclean(str(source), "--out", str(tmp_path / "local"), *common)
    on_ray = zhclean(str(source), "--out", str(tmp_path / "ray"), *common,
                     "--engine", "ray", "--ray-address", cluster)  # fmt: skip
    assert local.returncode == on_ray.returncode == 0
    assert "a.jsonl:51" in on_ray.stderr  # the malformed line, by number
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    assert canonical(ray_records(tmp_path / "ray"), tmp_path / "ray") == canonical(
        local_records(tmp_path / "local"), tmp_path / "local"
    )


def test_uris_in_and_out(cluster, tmp_path):
    out = f"file://{tmp_path}/ray"
    on_ray = zhclean(f"file://{ROOT}/seeds", "--out", out, "--engine", "ray",
                     "--ray-address", cluster)  # fmt: skip
    assert on_ray.returncode == 0, on_ray.stderr
    local = zhclean(str(ROOT / "seeds"), "--out", str(tmp_path / "local"))
    assert local.returncode == 0
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    records = ray_records(tmp_path / "ray")
    assert all(r["input"].startswith("file://") and r["output"].startswith(out) for r in records)


@pytest.fixture
def connected(cluster):
    from zhclean.ray_engine import quiet_ray

    quiet_ray(cluster, None)
    return cluster


def _jobs(folder: Path):
    return _jobs_of(folder, ("*.txt",))


def test_a_file_that_kills_its_worker_is_recorded_and_the_others_are_cleaned(connected, tmp_path):
    from zhclean.ray_engine import clean_one_file, read_records, run

    source = tmp_path / "in"
    source.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(path, source / path.name)
    (source / "crash-me.txt").write_text("标题\n正文。\n", "utf-8")

    def dying(job, task):
        if "crash" in job.rel.name:
            os._exit(1)  # the worker process dies, as on an out-of-memory kill
        return clean_one_file(job, task)

    out = tmp_path / "out"
    totals = run(_jobs(source), out, out, Config(), clean_one=dying, shard_files=3)
    records = {PurePosixPath(r["input"]).name: r for r in read_records(out)}
    assert len(records) == 6
    assert records["crash-me.txt"]["status"] == "error"
    assert "worker died" in records["crash-me.txt"]["error"]
    assert all(r["status"] == "cleaned" for name, r in records.items() if name != "crash-me.txt")
    assert totals.statuses["error"] == 1
    assert not (out / "crash-me.txt").exists()
    assert (out / sorted(records)[0]).exists()


def test_a_worker_that_dies_once_is_retried_with_the_same_result(connected, tmp_path):
    from zhclean.corpus import clean_all
    from zhclean.ray_engine import clean_one_file, read_records, run

    source = tmp_path / "in"
    source.mkdir()
    for path in sorted((ROOT / "fixtures" / "dirty").glob("*.txt"))[:8]:
        shutil.copy(path, source / path.name)
    shutil.copy(sorted((ROOT / "seeds").glob("*.txt"))[0], source / "crash-once.txt")
    marks = str(tmp_path / "marks")
    os.mkdir(marks)

    def flaky(job, task):
        mark = Path(marks) / job.rel.name
        if "crash" in job.rel.name and not mark.exists():
            mark.write_text("died once")
            os._exit(1)
        return clean_one_file(job, task)

    jobs = _jobs(source)
    out = tmp_path / "out"
    run(jobs, out, out, Config(), clean_one=flaky, shard_files=4)
    local = list(clean_all(jobs, tmp_path / "local", Config()))
    assert outputs(out) == outputs(tmp_path / "local")
    assert canonical(list(read_records(out)), out) == canonical(local, tmp_path / "local")


def test_a_smaller_run_leaves_no_stale_shards(connected, tmp_path):
    from zhclean.ray_engine import read_records, run

    jobs = _jobs(ROOT / "seeds")
    out = tmp_path / "out"
    run(jobs, out, out, Config(), shard_files=1)
    assert (out / "manifest-00004.jsonl").exists()
    run(jobs, out, out, Config(), shard_files=2)
    assert sorted(p.name for p in out.glob("manifest-*.jsonl")) == [
        "manifest-00000.jsonl",
        "manifest-00001.jsonl",
        "manifest-00002.jsonl",
    ]
    assert len(list(read_records(out))) == 5


def test_usage_errors():
    assert zhclean("seeds", "--in-place", "--engine", "ray").returncode == 2
    assert zhclean("seeds", "--out", "x", "--engine", "spark").returncode == 2
    assert zhclean("seeds", "--out", "x", "--ray-address", "auto").returncode == 2


def test_a_large_jsonl_file_is_cut_into_ranges_with_the_same_result(connected, tmp_path):
    from zhclean.corpus import clean_records_file
    from zhclean.ray_engine import read_records, run

    texts = [
        "歷史經(jīng)驗,。很豐富。",
        "首页 | 新闻 | 关于我们 | 联系我们",
        "干净的一句话。",
        "标题\n正文。",
    ]
    lines = []
    for i in range(6000):
        if i % 997 == 0:
            lines.append('{"id": broken')  # malformed lines, numbered in the whole file
        elif i % 1301 == 0:
            lines.append("")  # blank lines count in the numbering too
        else:
            record = {"id": i, "text": texts[i % len(texts)], "pad": "x" * (i % 50)}
            lines.append(json.dumps(record, ensure_ascii=False))
    source = tmp_path / "in"
    source.mkdir()
    data = "\r\n".join(lines[:3000]) + "\r\n" + "\n".join(lines[3000:])  # and no final newline
    (source / "big.jsonl").write_bytes(data.encode("utf-8"))
    (source / "big2.jsonl.gz").write_bytes(gzip.compress(data.encode("utf-8")))
    jobs = _jobs_of(source, ("*.jsonl", "*.jsonl.gz"))
    out = tmp_path / "out"
    run(
        jobs,
        out,
        out,
        Config(),
        jsonl=("text", False, True),
        split_bytes=50_000,
        range_bytes=40_961,
    )
    for job in jobs:
        local = clean_records_file(job, tmp_path / "local", Config(), "jsonl")
        assert (out / job.rel.as_posix()).read_bytes() == (
            tmp_path / "local" / job.rel.as_posix()
        ).read_bytes()
        record = next(r for r in read_records(out) if r["input"] == str(job.path))
        if job.path.name == "big.jsonl":  # cut into ranges: no task reads the whole file
            assert record["sha256_in"] is None and "config" not in record
            local = {k: v for k, v in local.items() if k != "config"} | {"sha256_in": None}
        assert canonical([record], out) == canonical([local], tmp_path / "local")
        assert len(local["malformed"]) == 7
    assert not (out / ".zhclean-parts").exists()


def _jobs_of(folder: Path, include: tuple[str, ...]):
    from zhclean.corpus import discover

    jobs, problems = discover([folder], None, include)
    assert not problems
    return jobs


def test_a_range_whose_worker_keeps_dying_is_given_up(tmp_path):
    """The third death of a range's worker is its last: no run goes on forever."""
    from zhclean.corpus import config_hash
    from zhclean.ray_engine import ATTEMPTS_DIR, Task, clean_range

    source = tmp_path / "big.jsonl"
    source.write_text('{"text": "正文。"}\n' * 10, "utf-8")
    task = Task(
        tmp_path, tmp_path, Config(), config_hash(Config()), ("text", False, True), None, "run1"
    )
    row = {"file": 0, "index": 0, "path": str(source), "part": str(tmp_path / "p0"), "start": 0,
           "end": source.stat().st_size}  # fmt: skip
    note = tmp_path / ATTEMPTS_DIR / "run1" / "range-0-0.json"
    note.parent.mkdir(parents=True)
    note.write_text('{"attempt": 2}')  # two attempts began and never finished
    assert json.loads(clean_range(row, task)["summary"])["records_out"] == 10  # the third runs
    assert not note.exists()
    note.write_text('{"attempt": 3}')
    assert json.loads(clean_range(row, task)["summary"]) is None  # a fourth does not
    assert not note.exists()


def test_a_file_name_that_is_not_utf8_is_recorded_and_written_on_ray(cluster, tmp_path):
    """Issue 13, case 1, on the Ray engine: the same name's bytes out, a valid manifest."""
    source = tmp_path / "in"
    source.mkdir()
    name = os.fsdecode("中文".encode("gbk") + b".txt")
    (source / name).write_text("标题\n\n\n经济发展。\n", encoding="utf-8")
    out = tmp_path / "ray"
    result = zhclean(str(source), "--out", str(out), "--engine", "ray", "--ray-address", cluster)
    assert result.returncode == 0, result.stderr
    assert (out / name).read_text("utf-8") == "标题\n经济发展。\n"
    (record,) = ray_records(out)
    assert record["input"].endswith("\\xd6\\xd0\\xce\\xc4.txt")
    assert "input_bytes" in record and "output_bytes" in record


# Issue 13 on the Ray engine: case 2 (the manifest cannot be written) and case 10 (the
# run is stopped by a signal). The timeouts only guard against a hang.
HANG_GUARD = 180
DIRTY = "城市公园改造完工\n\n\n经过八个月施工，公园正式开放。\n"
GOOD = "城市公园改造完工\n经过八个月施工，公园正式开放。\n"


def test_case02_manifest_write_failure_on_ray_is_a_message_and_exit_3(cluster, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(DIRTY, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")  # a file where the manifest's folder should be
    out = tmp_path / "out"
    result = zhclean(str(source), "--out", str(out), "--manifest", f"{blocker}/m",
                     "--engine", "ray", "--ray-address", cluster)  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "cannot write the manifest" in result.stderr
    assert (out / "a.txt").read_text("utf-8") == GOOD  # the files were written


_BLOCKING_RAY_RUN = """
import os, sys, time
from pathlib import Path
from zhclean import ray_engine
from zhclean.cli import main
from zhclean.corpus import atomic_output

ready = sys.argv[1]

def blocking(job, task):
    if job.rel.name == "slow.txt":
        with atomic_output(task.out / "slow.txt") as handle:
            handle.write(b"half")
            Path(ready).write_text(str(os.getpid()))
            while True:
                time.sleep(1)
    return ray_engine.clean_one_file(job, task)

real_run = ray_engine.run

def run(*args, **kwargs):
    return real_run(*args, **kwargs, clean_one=blocking, shard_files=2)

ray_engine.run = run
sys.argv = ["zhclean", "clean", sys.argv[2], "--out", sys.argv[3], "--engine", "ray",
            "--ray-address", sys.argv[4]]
main()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_case10_signal_stops_ray_workers_removes_temp_files_and_says_the_manifest_is_partial(
    cluster, tmp_path, signum
):
    from zhclean.ray_engine import read_records

    source = tmp_path / "in"
    source.mkdir()
    for i in range(20):
        (source / f"f{i:02d}.txt").write_text(DIRTY, encoding="utf-8")
    (source / "slow.txt").write_text(GOOD, encoding="utf-8")  # the last shard: it never ends
    out, ready = tmp_path / "out", tmp_path / "ready"
    argv = [sys.executable, "-c", _BLOCKING_RAY_RUN, str(ready), str(source), str(out), cluster]
    stderr = interrupt_run(argv, ready, out, signum, HANG_GUARD, env=ENV)
    assert "Traceback" not in stderr, stderr
    finished = re.search(
        r"interrupted: (\d+) of 21 files finished; the manifest .* is partial", stderr
    )
    assert finished, stderr
    assert not list(out.rglob("*.zhclean-tmp")) and not list(out.rglob(".*zhclean-tmp"))
    assert not (out / ".zhclean-attempts").exists()  # the run's notes went too
    index = json.loads((out / "manifest.index.json").read_text("utf-8"))
    assert index["partial"] is True
    records = list(read_records(out))
    assert len(records) == index["records"] == int(finished.group(1))
    assert all(r["status"] == "cleaned" for r in records)
    assert "slow.txt" not in {Path(r["input"]).name for r in records}
    assert not (out / "slow.txt").exists()


def test_without_an_address_a_run_starts_its_own_ray_even_when_another_runs(cluster, tmp_path):
    """--ray-address left out: Ray is started for the run, as documented, and the cluster
    already running on this machine (the module's) is neither joined nor disturbed."""
    out = tmp_path / "out"
    result = zhclean(str(ROOT / "seeds"), "--out", str(out), "--engine", "ray", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("*.txt"))) == 5
    assert ray.is_initialized() and ray.cluster_resources().get("CPU") == 2
