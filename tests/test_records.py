"""JSONL corpora: the text field cleaned, other fields and the order kept, bad lines skipped."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import zstandard
from typer.testing import CliRunner

from zhclean.cli import app
from zhclean.config import Config
from zhclean.records import clean_record

runner = CliRunner()

ARTICLE = "市民公园改造完工\n\n首页 > 新闻 > 正文\n经过八个月施工，公园正式开放。"
NAV_ONLY = "首页 | 新闻 | 关于我们 | 联系我们"
CLEAN = "这是一段已经干净的文字。"


def records(n: int = 60) -> list[dict]:
    """Records of three kinds, each with its own id and other fields."""
    kinds = [ARTICLE, NAV_ONLY, CLEAN, "歷史經(jīng)驗,。很豐富。"]
    return [{"id": i, "text": kinds[i % len(kinds)], "meta": {"n": i}} for i in range(n)]


def write_jsonl(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    elif path.name.endswith(".zst"):
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    else:
        path.write_bytes(data)


def read_jsonl(path: Path) -> list[dict]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdDecompressor().stream_reader(data).read()
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def run(*args: str):
    return runner.invoke(app, ["clean", *args, "--format", "jsonl", "-q"])


def test_one_record():
    out, summary, problem = clean_record(
        json.dumps({"text": ARTICLE, "x": 1}), "text", Config(), False
    )
    assert problem is None
    record = json.loads(out)
    assert record["text"] == "市民公园改造完工\n经过八个月施工，公园正式开放。"
    assert record["x"] == 1
    assert record["zhclean"]["rules"]["ZH303"] == 1
    assert summary["status"] == "cleaned"


def test_a_clean_record_is_unchanged_and_gets_no_final_newline():
    out, summary, _ = clean_record(json.dumps({"text": CLEAN}), "text", Config(), False)
    assert json.loads(out)["text"] == CLEAN
    assert summary["status"] == "unchanged"


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.jsonl.gz", "corpus.jsonl.zst"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fields_and_order_kept_in_every_compression(tmp_path, name, jobs):
    source = tmp_path / "in" / name
    source.parent.mkdir()
    data = records()
    write_jsonl(source, [json.dumps(r, ensure_ascii=False) for r in data])
    result = run(str(source), "--out", str(tmp_path / "out"), "--jobs", jobs)
    assert result.exit_code == 0, result.output
    out = read_jsonl(tmp_path / "out" / name)
    kept = [r for r in data if r["text"] != NAV_ONLY]  # navigation only: nothing left, dropped
    assert [r["id"] for r in out] == [r["id"] for r in kept]
    assert all(r["meta"] == {"n": r["id"]} for r in out)
    assert {r["text"] for r in out} == {
        "市民公园改造完工\n经过八个月施工，公园正式开放。",
        CLEAN,
        "历史经验。很丰富。",
    }
    manifest = json.loads((tmp_path / "out" / "manifest.jsonl").read_text("utf-8"))
    assert manifest["records_in"] == 60
    assert manifest["records_out"] == 45
    assert manifest["records_dropped"] == 15
    assert manifest["rules"]["ZH905"] == 15


def test_keep_empty_and_another_text_field(tmp_path):
    source = tmp_path / "c.jsonl"
    write_jsonl(source, [json.dumps({"content": NAV_ONLY}), json.dumps({"content": CLEAN})])
    result = run(
        str(source), "--out", str(tmp_path / "out"), "--text-field", "content", "--keep-empty"
    )
    assert result.exit_code == 0, result.output
    out = read_jsonl(tmp_path / "out" / "c.jsonl")
    assert [r["content"] for r in out] == ["", CLEAN]
    assert out[0]["zhclean"]["status"] == "dropped"


def test_malformed_lines_are_reported_by_number_and_skipped(tmp_path):
    source = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"text": CLEAN, "id": 1}),
        '{"text": "cut off',
        "[1, 2]",
        json.dumps({"body": "no text field"}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": CLEAN, "id": 7}),
    ]
    write_jsonl(source, lines)
    with source.open("ab") as f:
        f.write(b'{"text": "\xff\xfe bad bytes"}\n')
    result = run(str(source), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "c.jsonl")] == [1, 7]
    manifest = json.loads((tmp_path / "out" / "manifest.jsonl").read_text("utf-8"))
    assert [m["line"] for m in manifest["malformed"]] == [2, 3, 4, 5, 8]
    assert "not JSON" in manifest["malformed"][0]["error"]
    assert "not UTF-8" in manifest["malformed"][-1]["error"]
    assert "c.jsonl:2: not JSON" in result.output


def test_a_corrupt_archive_is_an_error_record_and_the_others_go_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n')[:-12])
    write_jsonl(folder / "b.jsonl", [json.dumps({"text": CLEAN})])
    result = run(str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3  # a file failed
    manifest = [
        json.loads(line)
        for line in (tmp_path / "out" / "manifest.jsonl").read_text("utf-8").splitlines()
    ]
    status = {Path(m["input"]).name: m["status"] for m in manifest}
    assert status == {"a.jsonl.gz": "error", "b.jsonl": "unchanged"}
    assert not (tmp_path / "out" / "a.jsonl.gz").exists()  # no half-written output
    assert (tmp_path / "out" / "b.jsonl").exists()


def test_dedup_lines_is_refused_with_jsonl(tmp_path):
    source = tmp_path / "c.jsonl"
    write_jsonl(source, [json.dumps({"text": CLEAN})])
    result = run(str(source), "--out", str(tmp_path / "out"), "--dedup-lines")
    assert result.exit_code == 2
    assert "--dedup-lines" in result.output


def test_a_record_without_a_final_newline_reports_no_final_newline_fix():
    """A field gets no final newline (a field is not a file), so ZH602 is not reported."""
    for text in (CLEAN, ARTICLE):
        out, summary, _ = clean_record(json.dumps({"text": text}), "text", Config(), False)
        assert not json.loads(out)["text"].endswith("\n")
        assert "ZH602" not in summary["rules"]
        assert "ZH602" not in json.loads(out)["zhclean"]["rules"]
    _, summary, _ = clean_record(json.dumps({"text": CLEAN}), "text", Config(), False)
    assert summary["rules"] == {} and summary["status"] == "unchanged"


@pytest.mark.parametrize("text", ["甲。\r乙。", "甲。\r\n乙。"])
def test_a_record_in_its_own_line_endings_gets_no_final_newline(text):
    """With ZH103 off the text keeps CR or CRLF; still no final newline is added or reported."""
    out, summary, _ = clean_record(
        json.dumps({"text": text}), "text", Config(ignore=("ZH103",)), False
    )
    assert json.loads(out)["text"] == text
    assert summary["rules"] == {} and summary["status"] == "unchanged"
