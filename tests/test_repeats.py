"""Corpus-level repeats (--dedup-lines): template lines shared by many files go, prose stays."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from zhclean.cli import app
from zhclean.repeats import count_repeats, frequent, line_hash

runner = CliRunner()
TEMPLATE = ["城市之窗 | 民生频道", "城市之窗与您一路同行", "本网编辑 联系邮箱 city@example.cn"]
SHARED_PROSE = "本市将继续推进老旧小区改造，让更多居民住得安心、住得舒心。"


def page(i: int) -> str:
    body = [
        f"第{i}号新闻的标题写在这里",
        f"这是第{i}篇文章的正文，讲述了一件发生在本市的新鲜事，记者进行了详细采访。",
    ]
    return (
        "\n".join([TEMPLATE[0], *body, SHARED_PROSE, TEMPLATE[1], "责任编辑：王芳", TEMPLATE[2]])
        + "\n"
    )


def make(folder: Path, names: list[str]) -> None:
    folder.mkdir()
    for name in names:  # page N in file N, whatever order the files are written in
        (folder / name).write_text(page(int(name[:2])), encoding="utf-8")


def test_counting_is_per_file_and_order_free():
    texts = [page(i) for i in range(6)]
    assert count_repeats(texts) == count_repeats(list(reversed(texts)))
    assert count_repeats(["重复\n重复\n重复"])[line_hash("重复")] == 1


def test_prose_is_never_a_candidate():
    counts = count_repeats([page(i) for i in range(10)])
    assert line_hash(SHARED_PROSE) not in counts
    assert line_hash(TEMPLATE[1]) in frequent(counts, files=10, min_files=5, min_share=0.1)


def test_dedup_lines_removes_template_keeps_prose_and_credits(tmp_path):
    src = tmp_path / "in"
    make(src, [f"{i:02d}.txt" for i in range(12)])
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src), "--out", str(out), "--dedup-lines", "--quiet"])
    assert result.exit_code == 0
    cleaned = (out / "03.txt").read_text("utf-8").split("\n")
    assert not set(TEMPLATE) & set(cleaned)
    assert SHARED_PROSE in cleaned and "责任编辑：王芳" in cleaned
    assert cleaned[0] == "第3号新闻的标题写在这里"
    records = [
        json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()
    ]
    assert all(r["rules"].get("ZH316", 0) >= 1 for r in records)


def test_without_the_flag_or_below_the_threshold_nothing_is_removed(tmp_path):
    src = tmp_path / "in"
    make(src, [f"{i:02d}.txt" for i in range(3)])
    for flags in ([], ["--dedup-lines"]):
        out = tmp_path / f"out{len(flags)}"
        runner.invoke(app, ["clean", str(src), "--out", str(out), "--quiet", *flags])
        assert TEMPLATE[1] in (out / "00.txt").read_text("utf-8")


def test_result_does_not_depend_on_file_order(tmp_path):
    names = [f"{i:02d}.txt" for i in range(10)]
    first, second = tmp_path / "a", tmp_path / "b"
    make(first, names)
    make(second, list(reversed(names)))  # same names, the files written in the other order
    outputs = []
    for src in (first, second):
        out = tmp_path / f"out-{src.name}"
        runner.invoke(app, ["clean", str(src), "--out", str(out), "--dedup-lines", "--quiet"])
        outputs.append(sorted((p.name, p.read_text("utf-8")) for p in out.glob("*.txt")))
    assert outputs[0] == outputs[1]
