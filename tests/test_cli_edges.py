"""The command line at its edges, as a new user meets them: broken links, a path given
twice, a mistyped path, stdin, and the same answer from every command."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import GOOD, by_name, manifest, runner

from zhclean.cli import app


def test_broken_links_in_a_folder_are_errors_of_their_own(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")  # a loop: resolve() raised on it
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    records = by_name(manifest(out))
    assert records["gone.txt"]["status"] == records["loop.txt"]["status"] == "error"
    assert "broken symbolic link" in records["gone.txt"]["error"]
    assert "nowhere.txt" in records["gone.txt"]["error"]
    assert "loop of symbolic links" in records["loop.txt"]["error"]
    assert (out / "a.txt").read_text("utf-8") == GOOD
    checked = runner.invoke(app, ["check", str(src)])
    assert checked.exit_code == 3 and "broken symbolic link" in checked.output


def test_a_path_given_twice_is_taken_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "d"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_text(GOOD, encoding="utf-8")
    twice = runner.invoke(app, ["clean", "d/a.txt", "./d/a.txt", "--out", "o1"])
    assert twice.exit_code == 0, twice.output
    assert [r["input"] for r in manifest(tmp_path / "o1")] == ["d/a.txt"]
    # A folder and a file inside it: the file once, where the folder's walk finds it.
    nested = runner.invoke(app, ["clean", "d", "d/b.txt", "--out", "o2"])
    assert nested.exit_code == 0, nested.output
    assert sorted(r["input"] for r in manifest(tmp_path / "o2")) == ["d/a.txt", "d/b.txt"]
    # The same folder twice is that folder once: its outputs where one would put them.
    folder = runner.invoke(app, ["clean", "d", "d/", "--out", "o3"])
    assert folder.exit_code == 0 and (tmp_path / "o3" / "a.txt").exists()
    checked = runner.invoke(app, ["check", "d/a.txt", "d/a.txt", "d"])
    assert checked.exit_code == 0 and "2 clean" in checked.output


def test_a_mistyped_path_is_a_usage_error_for_every_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(GOOD, encoding="utf-8")
    for argv in (
        ["clean", "a.txt", "corpsu", "--out", "out"],
        ["clean", "--in-place", "corpsu"],
        ["check", "a.txt", "corpsu"],
        ["detect", "corpsu"],
        ["explain", "corpsu"],
        ["report", "corpsu"],
    ):
        result = runner.invoke(app, argv)
        assert result.exit_code == 2, (argv, result.output)
        assert "corpsu: no such file" in result.output, argv
    assert not Path("out").exists()  # checked before anything is created


def test_check_reports_a_malformed_jsonl_line_as_an_error_not_a_change(tmp_path):
    source = tmp_path / "c.jsonl"
    source.write_text('{"text": "城市公园改造完工。"}\n{bad json\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(source)])
    assert result.exit_code == 3, result.output
    assert "c.jsonl: error: 1 malformed line (first: line 2: not JSON" in result.output
    assert "would change" not in result.output.split("\n")[0]
    assert "c.jsonl:2: not JSON" in result.output  # the line, as clean prints it
    (record,) = [
        json.loads(line)
        for line in runner.invoke(
            app, ["check", "--format", "json", str(source)]
        ).stdout.splitlines()
    ]
    assert record["status"] == "error" and record["changes"] is False
    assert record["malformed"][0]["line"] == 2
    github = runner.invoke(app, ["check", "--format", "github", str(source)])
    assert github.exit_code == 3 and github.stdout.startswith("::error file=")
    # A record that would change still says so; a clean one is clean.
    source.write_text('{"text": "經(jīng)驗,。"}\n{"text": "城市公园。"}\n', encoding="utf-8")
    changed = runner.invoke(app, ["check", str(source)])
    assert changed.exit_code == 1 and ": 1 of 2 records" in changed.output


def test_clean_check_and_detect_walk_and_read_jsonl_alike(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "r.jsonl").write_text(
        '{"body": "經(jīng)驗,。"}\n{"body": "城市公园。"}\n{"id": 3}\n', encoding="utf-8"
    )
    field = ["--text-field", "body"]
    checked = runner.invoke(app, ["check", str(src), *field])
    assert checked.exit_code == 3, checked.output  # line 3 has no body: an error, not a change
    assert "r.jsonl: error: 1 malformed line (first: line 3: text field 'body' is missing)" in (
        checked.output
    )
    rows = [
        json.loads(line)
        for line in runner.invoke(app, ["detect", "--json", str(src), *field]).stdout.splitlines()
    ]
    assert [(Path(r["path"]).name, r.get("line"), r["status"]) for r in rows] == [
        ("a.txt", None, "text"),
        ("r.jsonl", 1, "text"),
        ("r.jsonl", 2, "text"),
        ("r.jsonl", 3, "error"),
    ]
    assert rows[1]["script"] == "traditional" and "text field 'body'" in rows[3]["error"]
    out = tmp_path / "out"
    cleaned = runner.invoke(app, ["clean", str(src), "--out", str(out), *field])
    assert cleaned.exit_code == 0 and (out / "r.jsonl").exists()
    # The folder clean wrote: its manifest is the run's, no corpus; the rest is read.
    again = runner.invoke(app, ["check", str(out), *field])
    assert again.exit_code == 0, again.output
    assert "manifest.jsonl: the manifest of a zhclean run" in again.output
    assert "2 clean" in again.output


PAGE = """<!DOCTYPE html>
<html><head><title>新闻</title></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/n">新闻</a></nav>
<h1>城市公园改造完工</h1>

<p>经过八个月施工，公园正式开放。市民可以免费入园参观游览。</p>
<p>公园管理处表示，将继续完善园内设施。</p>
<div class="footer">版权所有 © 2024 某某网 保留所有权利</div>
</body></html>
"""


def test_github_annotations_of_a_page_name_no_line_of_its_text(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "github", str(page)])
    assert result.exit_code == 1
    warnings = [line for line in result.stdout.splitlines() if line.startswith("::warning")]
    assert any("ZH303 navigation" in line for line in warnings)
    assert all(",line=" not in line for line in warnings), warnings
    assert not any("ZH602" in line for line in warnings)  # reading a page is no finding
    text = tmp_path / "t.txt"
    text.write_text("标题\n\n\n首页 > 新闻 > 正文\n\n经过八个月施工，公园正式开放。\n", "utf-8")
    plain = runner.invoke(app, ["check", "--format", "github", str(text)])
    assert f"::warning file={text},line=4::ZH303 navigation" in plain.stdout.replace(
        "%3A", ":"
    ).replace("%2C", ",")


def test_in_place_and_check_agree_on_pages_and_on_files_cleaning_would_empty(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    fixed = runner.invoke(app, ["clean", "--in-place", "-q", str(page)])
    assert fixed.exit_code == 3, fixed.output  # it would change and cannot be: say so
    assert "would change, but an HTML page is not rewritten in place" in fixed.output
    assert page.read_text("utf-8") == PAGE
    assert runner.invoke(app, ["check", str(page)]).exit_code == 1
    # A page that is clean already: nothing to do, for either.
    clean_page = tmp_path / "c.html"
    clean_page.write_text(
        "<html><body><h1>城市公园改造完工</h1><p>经过八个月施工，公园正式开放。</p></body></html>",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["clean", "--in-place", str(clean_page)]).exit_code == 0
    assert runner.invoke(app, ["check", str(clean_page)]).exit_code == 0
    # A text file cleaning would empty stays as it is in place, and check skips it too.
    junk = tmp_path / "junk.txt"
    junk.write_text("首頁 > 新聞 > 正文\n分享到：微信 微博\n版權所有 © 2024 某某網\n", "utf-8")
    assert runner.invoke(app, ["clean", "--in-place", str(junk)]).exit_code == 0
    checked = runner.invoke(app, ["check", str(junk)])
    assert checked.exit_code == 0, checked.output
    assert "cleaning leaves nothing of it" in checked.output


def test_a_file_cleaning_empties_carries_the_script_it_was_read_in(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    junk = "首頁 > 新聞 > 正文\n分享到：微信 微博\n版權所有 © 2024 某某網\n"
    (src / "junk.txt").write_text(junk, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(src), "--out", str(out)]).exit_code == 0
    (record,) = manifest(out)
    assert record["status"] == "dropped" and record["script_in"] == "traditional"
    in_place = tmp_path / "m.jsonl"
    runner.invoke(app, ["clean", "--in-place", str(src), "--manifest", str(in_place)])
    (record,) = [json.loads(line) for line in in_place.read_text("utf-8").splitlines()]
    assert record["status"] == "skipped" and record["script_in"] == "traditional"


def test_clean_and_check_end_with_one_line_worded_alike(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_text(
        "城市公园\n\n首页 > 新闻 > 正文\n经过八个月施工，公园正式开放。\n", "utf-8"
    )
    (src / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    checked = runner.invoke(app, ["check", str(src)])
    assert (
        checked.stdout.splitlines()[-1]
        == "3 files: 1 would change, 1 clean, 1 skipped (not checked)"
    )
    cleaned = runner.invoke(app, ["clean", str(src), "--out", str(tmp_path / "out")])
    assert "3 files: 1 cleaned, 1 unchanged, 1 skipped; 1 line removed" in cleaned.stdout
    one = runner.invoke(app, ["check", str(src / "a.txt")])
    assert one.stdout == "1 file: 1 clean\n"  # one file, not "file(s)"


def test_clean_dash_reads_stdin_and_writes_stdout(tmp_path):
    data = "經(jīng)驗,。\n首页 > 新闻 > 正文\n".encode("gbk")
    result = runner.invoke(app, ["clean", "-"], input=data)
    assert result.exit_code == 0, result.output
    assert result.stdout == "经验。\n" and result.stderr == ""
    with_record = runner.invoke(app, ["clean", "-", "--manifest", "-", "--to", "keep"], input=data)
    assert with_record.stdout == "經驗。\n"
    record = json.loads(with_record.stderr)
    assert record["input"] == "-" and record["encoding"] == "gb18030"
    assert record["rules"]["ZH303"] == 1
    broken = runner.invoke(app, ["clean", "-"], input=b"\x81\xff\xfe\x80\xff\x81" * 20)
    assert broken.exit_code == 3 and broken.stdout == ""
    assert "zhclean: error: -: undecodable" in broken.stderr
    both = runner.invoke(app, ["clean", "-", "--out", str(tmp_path / "o")])
    assert both.exit_code == 2 and not (tmp_path / "o").exists()


def _hook_entries() -> dict[str, list[str]]:
    """The pre-commit hooks' ids and entries, as .pre-commit-hooks.yaml gives them."""
    root = Path(__file__).resolve().parent.parent
    hooks: dict[str, list[str]] = {}
    name = ""
    for line in (root / ".pre-commit-hooks.yaml").read_text("utf-8").splitlines():
        if line.startswith("- id: "):
            name = line.removeprefix("- id: ").strip()
        elif line.strip().startswith("entry: "):
            hooks[name] = line.split("entry: ", 1)[1].split()
    return hooks


def test_the_pre_commit_hooks_work_with_no_args_and_follow_the_settings_file(tmp_path, monkeypatch):
    hooks = _hook_entries()
    assert set(hooks) == {"zhclean", "zhclean-check"}
    assert all(entry[0] == "zhclean" for entry in hooks.values())
    monkeypatch.chdir(tmp_path)  # pre-commit runs from the repository's root
    traditional = "各國代表表示歡迎。\n"
    Path("t.txt").write_text(traditional, encoding="utf-8")
    # No args: the default script (Simplified); the fixer fixes, the check then passes.
    assert runner.invoke(app, [*hooks["zhclean-check"][1:], "t.txt"]).exit_code == 1
    assert runner.invoke(app, [*hooks["zhclean"][1:], "t.txt"]).exit_code == 0
    assert Path("t.txt").read_text("utf-8") == "各国代表表示欢迎。\n"
    assert runner.invoke(app, [*hooks["zhclean-check"][1:], "t.txt"]).exit_code == 0
    # A Traditional repository says so once, in its pyproject.toml: both hooks follow.
    Path("pyproject.toml").write_text('[tool.zhclean]\nto = "keep"\n', encoding="utf-8")
    Path("t.txt").write_text(traditional, encoding="utf-8")
    assert runner.invoke(app, [*hooks["zhclean-check"][1:], "t.txt"]).exit_code == 0
    assert runner.invoke(app, [*hooks["zhclean"][1:], "t.txt"]).exit_code == 0
    assert Path("t.txt").read_text("utf-8") == traditional
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    section = readme[readme.index("### In CI and pre-commit") :]
    assert 'to = "keep"' in section and "need no `args:`" in section
