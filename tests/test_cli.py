"""The command line: outputs, manifest, exit codes, and bad input that never stops a run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhclean.cli import app

runner = CliRunner()
GOOD = "城市公园改造完工\n经过八个月施工，公园正式开放。\n"


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]


def by_name(records: list[dict]) -> dict[str, dict]:
    return {Path(r["input"]).name: r for r in records}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "gbk.txt").write_bytes("經濟發展\r\n\r\n各國代表表示歡迎。\r\n".encode("big5"))
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (src / "empty.txt").write_bytes(b"")
    (src / "broken.txt").write_bytes(b"\x81\xff\xfe\x80\xff\x81" * 20)
    (src / "ignored.md").write_text("不处理", encoding="utf-8")
    return src


def test_clean_a_folder_writes_every_file_and_a_record_each(corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(corpus), "--out", str(out)])
    assert result.exit_code == 3, result.output  # broken.txt failed, the rest were written
    records = by_name(manifest(out))
    assert set(records) == {"good.txt", "gbk.txt", "image.txt", "empty.txt", "broken.txt"}
    assert (out / "good.txt").read_text("utf-8") == GOOD
    assert (out / "sub" / "gbk.txt").read_text("utf-8") == "经济发展\n各国代表表示欢迎。\n"
    assert records["gbk.txt"]["encoding"] == "big5hkscs"
    assert records["gbk.txt"]["script_in"] == "traditional"
    assert records["good.txt"]["status"] == "unchanged"
    assert records["image.txt"]["status"] == "skipped" and "PNG" in records["image.txt"]["error"]
    assert records["empty.txt"]["status"] == "skipped"
    assert records["broken.txt"]["status"] == "error" and records["broken.txt"]["output"] is None
    assert not (out / "broken.txt").exists() and not (out / "image.txt").exists()
    assert "broken.txt" in result.output and "Traceback" not in result.output


def test_manifest_record_fields(corpus, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["clean", str(corpus / "sub"), "--out", str(out)])
    record = manifest(out)[0]
    for key in [
        "input",
        "output",
        "status",
        "encoding",
        "confidence",
        "bytes_in",
        "bytes_out",
        "sha256_in",
        "sha256_out",
        "script_in",
        "script_out",
        "lines_in",
        "lines_out",
        "rules",
        "removed",
        "error",
    ]:
        assert key in record
    assert record["rules"]["ZH501"] > 0 and record["rules"]["ZH103"] == 3


def test_all_good_exits_zero(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0


def test_a_missing_path_is_a_usage_error_and_nothing_is_created(corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["clean", str(tmp_path / "nope"), str(corpus / "good.txt"), "--out", str(out)]
    )
    assert result.exit_code == 2  # a typo runs no half a job (black, zhclean report)
    assert "nope: no such file or directory" in result.output
    assert not out.exists()


def test_unreadable_file_is_an_error_record(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src), "--out", str(out)])
    assert result.exit_code == 3
    records = by_name(manifest(out))
    assert records["dangling.txt"]["status"] == "error"
    assert "cannot read" in records["dangling.txt"]["error"]
    assert (out / "a.txt").exists()


def test_output_folder_inside_input_is_not_walked(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    out = src / "clean"
    first = runner.invoke(app, ["clean", str(src), "--out", str(out)])
    second = runner.invoke(app, ["clean", str(src), "--out", str(out)])
    assert first.exit_code == 0 and second.exit_code == 0
    names = [Path(r["input"]).name for r in manifest(out) if r["status"] != "skipped"]
    assert names == ["a.txt"]  # clean/a.txt was not cleaned again as an input
    assert "inside the input folder" in second.output


def test_usage_errors_exit_two(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    assert runner.invoke(app, ["clean", str(src)]).exit_code == 2  # no --out
    assert (
        runner.invoke(
            app, ["clean", str(src), "--out", str(tmp_path / "o"), "--to", "martian"]
        ).exit_code
        == 2
    )
    assert (
        runner.invoke(
            app, ["clean", str(src), "--out", str(tmp_path / "o"), "--ignore", "ZH999"]
        ).exit_code
        == 2
    )
    bad = tmp_path / "bad.toml"
    bad.write_text('[[line_patterns]]\ncode = "ZH305"\npattern = "("\n', encoding="utf-8")
    result = runner.invoke(
        app, ["clean", str(src), "--out", str(tmp_path / "o"), "--rules", str(bad)]
    )
    assert result.exit_code == 2 and "bad regex" in result.output
    assert not (tmp_path / "o").exists()  # nothing touched before the rules were checked


def test_select_and_ignore(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("標題\n\n經(jīng)濟。\n", encoding="utf-8")
    out = tmp_path / "o"
    runner.invoke(app, ["clean", str(src), "--out", str(out), "--ignore", "ZH5,pinyin-gloss"])
    assert (out / "a.txt").read_text("utf-8") == "標題\n經(jīng)濟。\n"
    runner.invoke(app, ["clean", str(src), "--out", str(out), "--select", "ZH201"])
    assert (out / "a.txt").read_text("utf-8") == "標題\n\n經濟。\n"


def test_target_script_option(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("软件与网络\n", encoding="utf-8")
    out = tmp_path / "o"
    runner.invoke(app, ["clean", str(src), "--out", str(out), "--to", "taiwan"])
    assert (out / "a.txt").read_text("utf-8") == "軟體與網路\n"


def test_rules_lists_the_registry():
    from zhclean.rules import RULES

    result = runner.invoke(app, ["rules", "--json"])
    data = json.loads(result.output)
    assert [r["code"] for r in data] == list(RULES)
    assert all(r["name"] and r["description"] and r["example"] for r in data)


def test_rules_formats():
    from zhclean.rules import RULES

    markdown = runner.invoke(app, ["rules", "--format", "markdown"]).output.splitlines()
    assert markdown[0] == "| code | name | stage | what it does |"
    assert [line.split(" | ")[0] for line in markdown[2:]] == [f"| {code}" for code in RULES]
    as_json = runner.invoke(app, ["rules", "--format", "json"]).output
    assert as_json == runner.invoke(app, ["rules", "--json"]).output
    assert "bom-removed" in runner.invoke(app, ["rules"]).output
    bad = runner.invoke(app, ["rules", "--format", "xml"])
    assert bad.exit_code == 2


def test_console_script_runs_without_traceback(tmp_path, corpus):
    exe = Path(sys.executable).parent / "zhclean"
    if not exe.exists():
        pytest.skip("console script not installed")
    proc = subprocess.run(
        [str(exe), "clean", str(corpus), "--out", str(tmp_path / "o"), "--quiet"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if line.startswith("zhclean:")]) == 3


def test_manifest_order_and_outputs_do_not_depend_on_jobs(corpus, tmp_path):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        runner.invoke(app, ["clean", str(corpus), "--out", str(out), "--jobs", jobs, "--quiet"])
        records = manifest(out)
        for record in records:
            record.pop("output")
        outs.append((records, sorted(p.name for p in out.rglob("*.txt"))))
    assert outs[0] == outs[1]


def test_explain_shows_every_change_with_its_rule(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("標題\n\n首頁 > 新聞 > 正文\n經(jīng)濟發展,。\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(src)])
    assert result.exit_code == 0
    out = result.output
    assert "ZH201 pinyin-gloss" in out and "經(jīng)濟發展,。  ->  經濟發展,。" in out
    assert "ZH202 injected-comma" in out
    assert "ZH303 navigation" in out and "removed: 首頁 > 新聞 > 正文" in out
    assert "ZH501 script-convert" in out
    assert runner.invoke(app, ["explain", str(tmp_path / "missing.txt")]).exit_code == 2


def _lines_removed(output: str) -> str:
    """The count in the run's last line (``... ; 3 lines removed``)."""
    return re.search(r"; (\d+) lines? removed", output).group(1)


@pytest.mark.parametrize("name", ["page.txt", "page.jsonl"])
def test_no_removed_text_keeps_the_count_of_removed_lines(tmp_path, name):
    """--no-removed-text drops the removed lines' text, never their count."""
    page = "城市公园改造完工\n首页 | 新闻 | 关于我们 | 联系我们\n经过八个月施工，公园正式开放。\n"
    source = tmp_path / name
    if name.endswith(".jsonl"):
        source.write_text(json.dumps({"text": page}, ensure_ascii=False) + "\n", "utf-8")
    else:
        source.write_text(page, "utf-8")
    kept = runner.invoke(app, ["clean", str(source), "--out", str(tmp_path / "kept")])
    dropped = runner.invoke(
        app, ["clean", str(source), "--out", str(tmp_path / "dropped"), "--no-removed-text"]
    )
    assert kept.exit_code == dropped.exit_code == 0, dropped.output
    assert _lines_removed(kept.output) == "1"
    assert _lines_removed(dropped.output) == "1"
    (record,) = manifest(tmp_path / "dropped")
    assert "首页" not in json.dumps(record, ensure_ascii=False)  # the text itself is not kept
    if name.endswith(".txt"):
        assert record["removed"] == [{"line": 2, "rule": "ZH303", "text": None}]


# --- never overwrite the user's files ------------------------------------------------------


def test_out_in_the_folder_of_a_file_given_alone_never_overwrites_it(tmp_path: Path):
    original = "經濟發展\n各國代表表示歡迎。\n".encode("big5")
    (tmp_path / "page.txt").write_bytes(original)
    result = runner.invoke(app, ["clean", str(tmp_path / "page.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 3
    assert (tmp_path / "page.txt").read_bytes() == original
    assert "would overwrite the input itself" in result.output


def test_an_input_named_like_the_manifest_is_refused_not_overwritten(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    records = '{"text": "正文。"}\n'
    (src / "manifest.jsonl").write_text(records, encoding="utf-8")
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src), "--out", str(out)])
    assert result.exit_code == 3
    assert (src / "manifest.jsonl").read_text("utf-8") == records
    found = by_name(manifest(out))
    assert found["manifest.jsonl"]["status"] == "error"
    assert found["good.txt"]["status"] in ("cleaned", "unchanged")


def test_in_place_never_empties_a_file_nor_rewrites_records(tmp_path: Path):
    menu = "首页 > 新闻 > 正文\n网站首页 | 新闻中心 | 联系我们\n版权所有 城南图书馆 京ICP备12345678号\n"
    (tmp_path / "menu.txt").write_text(menu, encoding="utf-8")
    records = '{"text": "首页 > 新闻"}\nnot json\n{"text": "正文。"}\n'
    (tmp_path / "data.jsonl").write_text(records, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--in-place", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "menu.txt").read_text("utf-8") == menu
    assert (tmp_path / "data.jsonl").read_text("utf-8") == records
    assert "not emptied in place" in result.output
    assert "not rewritten in place" in result.output


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_rule_option_that_names_no_rule_is_a_usage_error(corpus: Path, tmp_path: Path, option):
    result = runner.invoke(app, ["clean", str(corpus), "--out", str(tmp_path / "o"), option, ""])
    assert result.exit_code == 2
    assert "names no rule" in result.output
