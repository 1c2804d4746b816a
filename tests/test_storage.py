"""Locations with a scheme (s3://, gs://, file://...) go through pyarrow's filesystems.

file:// URIs take the same code path as a bucket would, on the local disk.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhclean.cli import app
from zhclean.storage import ArrowStore, as_location, is_uri, join, store_of

pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != "manifest.jsonl"
    }


def test_locations():
    assert as_location("s3://bucket/a") == "s3://bucket/a"
    assert as_location("pages") == Path("pages")
    assert not is_uri(Path("s3:/x")) and not is_uri("c:/x")
    assert join("gs://b/out/", "x/y.txt") == "gs://b/out/x/y.txt"
    assert isinstance(store_of("file:///tmp"), ArrowStore)


def test_uris_in_and_out_give_the_same_files_as_paths(tmp_path):
    by_path = runner.invoke(app, ["clean", str(ROOT / "seeds"), "--out", str(tmp_path / "a")])
    by_uri = runner.invoke(
        app, ["clean", f"file://{ROOT}/seeds", "--out", f"file://{tmp_path}/b", "-q"]
    )
    assert by_path.exit_code == by_uri.exit_code == 0
    assert files(tmp_path / "b") == files(tmp_path / "a")
    records = [json.loads(line) for line in (tmp_path / "b" / "manifest.jsonl").open()]
    assert {r["input"] for r in records} == {
        f"file://{ROOT}/seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")
    }
    assert not list((tmp_path / "b").glob(".*zhclean-tmp"))  # temporary names are gone


def test_a_missing_uri_is_a_usage_error_not_a_traceback(tmp_path):
    result = runner.invoke(
        app,
        ["clean", f"file://{tmp_path}/nothing", str(ROOT / "seeds"), "--out", str(tmp_path / "o")],
    )
    assert result.exit_code == 2  # as a missing local path: nothing created, nothing cleaned
    assert "nothing: no such file or directory" in result.output
    assert not (tmp_path / "o").exists()


def test_jsonl_through_a_uri(tmp_path):
    source = tmp_path / "in" / "c.jsonl.gz"
    source.parent.mkdir()
    rows = [
        json.dumps({"id": i, "text": "歷史經(jīng)驗,。"}, ensure_ascii=False) for i in range(5)
    ]
    source.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode()))
    result = runner.invoke(
        app,
        [
            "clean",
            f"file://{source.parent}",
            "--out",
            f"file://{tmp_path}/out",
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code == 0, result.output
    out = gzip.decompress((tmp_path / "out" / "c.jsonl.gz").read_bytes()).decode()
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["历史经验。"] * 5


def test_a_failed_remote_write_leaves_no_file(tmp_path):
    target = f"file://{tmp_path}/x/out.txt"
    store = store_of(target)
    with pytest.raises(RuntimeError), store.output(target) as handle:
        handle.write(b"half")
        raise RuntimeError("disk gone")
    assert not (tmp_path / "x" / "out.txt").exists()
    assert not [p for p in (tmp_path / "x").iterdir()]
