"""Large files are streamed block by block: the same output as cleaning them whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zhclean.corpus
import zhclean.stream
from zhclean.config import Config
from zhclean.corpus import Job, clean_file
from zhclean.pipeline import clean_bytes

PARAGRAPHS = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "改造后的公园新增了健身步道、儿童游乐区和休憩长廊，绿化面积扩大了三成。",
    "不少市民表示，公园环境明显改善，周末带孩子来玩的人越来越多了。",
    "欧易OKX交易所官网 注册送数字资产 立即下载APP",
    "据介绍，下一步还将在公园周边增设停车位和公交站点，方便市民出行。",
]


def document(n: int) -> str:
    body = [PARAGRAPHS[i % len(PARAGRAPHS)] + f"第{i}段。" for i in range(n)]
    return (
        "\n\n".join(["市民公园改造工程正式完工", *body, "版权所有 © 2024 某某网 京ICP备12345678号"])
        + "\n"
    )


@pytest.fixture
def small_blocks(monkeypatch):
    monkeypatch.setattr(zhclean.corpus, "STREAM_MIN", 2000)
    monkeypatch.setattr(zhclean.stream, "BLOCK", 1500)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"])
def test_streamed_output_is_the_whole_file_output(tmp_path, small_blocks, encoding):
    text = document(300)
    if encoding == "big5":
        from zhclean.stages.script import convert

        text = convert(text, "s2t").replace("©", "(c)")
    data = text.encode(encoding)
    source = tmp_path / "big.txt"
    source.write_bytes(data)
    whole = clean_bytes(data, Config())
    record = clean_file(Job(source, Path("big.txt")), tmp_path / "out", Config())
    assert record["status"] == "cleaned", record["error"]
    assert (tmp_path / "out" / "big.txt").read_text("utf-8") == whole.text
    assert record["rules"]["ZH301"] == whole.counts["ZH301"] == 60
    assert record["rules"].get("ZH305") == 1  # the footer: found in the last block
    assert record["lines_in"] >= 600 and record["bytes_in"] == len(data)
    removed_lines = [r["line"] for r in record["removed"] if r["rule"] == "ZH301"]
    assert removed_lines == [e.line for e in whole.events if e.code == "ZH301"]
    json.dumps(record)


def test_check_streams_too_and_writes_nothing(tmp_path, small_blocks):
    source = tmp_path / "big.txt"
    source.write_text(document(200), encoding="utf-8")
    record = clean_file(Job(source, Path("big.txt")), None, Config(), write=False)
    assert record["changes"] is True
    assert source.read_text("utf-8") == document(200)


def test_a_large_binary_file_is_an_error_record(tmp_path, small_blocks):
    source = tmp_path / "big.txt"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    record = clean_file(Job(source, Path("big.txt")), tmp_path / "out", Config())
    assert record["status"] == "error"
    assert not (tmp_path / "out" / "big.txt").exists()


def test_a_large_file_is_reused_by_incremental_runs(tmp_path, small_blocks):
    source = tmp_path / "big.txt"
    source.write_text(document(200), encoding="utf-8")
    job = Job(source, Path("big.txt"))
    first = clean_file(job, tmp_path / "out", Config(), settings_hash="h")
    again = clean_file(job, tmp_path / "out", Config(), previous=first, settings_hash="h")
    assert again["cached"] is True and again["sha256_in"] == first["sha256_in"]
    source.write_text(document(201), encoding="utf-8")
    changed = clean_file(job, tmp_path / "out", Config(), previous=first, settings_hash="h")
    assert "cached" not in changed and changed["sha256_in"] != first["sha256_in"]


def test_a_hard_wrapped_text_is_cut_between_sentences():
    """No blank line to cut at: a block ends after a line that ends a sentence, so that no
    sentence broken by the wrapping is split between two blocks."""
    from zhclean.stream import paragraph_blocks

    paragraphs = [PARAGRAPHS[i % 3] + f"这是第{i}段的补充说明，内容较长一些。" for i in range(120)]
    wrapped = []
    for paragraph in paragraphs:
        wrapped += [paragraph[i : i + 24] for i in range(0, len(paragraph), 24)]
    text = "\n".join(wrapped) + "\n"
    chunks = iter([text[i : i + 700] for i in range(0, len(text), 700)])
    blocks = list(paragraph_blocks(chunks, size=500))
    assert "".join(blocks) == text and len(blocks) >= 5
    assert all(block.rstrip("\n").endswith("。") for block in blocks)


@pytest.mark.parametrize("final", ["\n", ""])
def test_a_one_line_file_cut_into_blocks_reports_the_final_newline_as_a_whole_file_does(
    tmp_path, small_blocks, final
):
    """The newline added at a block cut inside a line is taken back: no ZH602 for it."""
    text = "这是一个很长的句子" * 2000 + "。" + final
    source = tmp_path / "one.txt"
    source.write_text(text, "utf-8")
    whole = clean_bytes(text.encode("utf-8"), Config())
    record = clean_file(Job(source, Path("one.txt")), tmp_path / "out", Config())
    assert (tmp_path / "out" / "one.txt").read_text("utf-8") == whole.text
    assert record["rules"] == whole.counts == ({} if final else {"ZH602": 1})
    assert record["status"] == ("unchanged" if final else "cleaned")
