"""``zhclean report``: the audit report of a run (issue 18).

Sampling (seeded, bounded, uniform), the totals, the ranking of warnings, every shape
of manifest (local, Ray shards with and without their index, JSONL runs), bad input,
and one page opened in headless Chromium.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhclean.audit.build import build_audit
from zhclean.audit.collect import Collector
from zhclean.audit.html import render_html
from zhclean.audit.ranking import QUIET_CODES, TopWarnings, prose_score
from zhclean.audit.reading import AuditError, find_manifest, stream_records
from zhclean.audit.sampling import Reservoir
from zhclean.audit.views import file_view
from zhclean.cli import app

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
runner = CliRunner()

PROSE = "他说，这件事我们做了三年，终于在去年秋天完成了。"
LABEL = "首页 > 新闻 > 正文"


def record(name: str, status: str = "cleaned", removed=(), **fields) -> dict:
    """A manifest record with the schema's fields; ``removed``: (line, rule, text)."""
    rules = Counter(rule for _, rule, _ in removed)
    base = {
        "input": name,
        "output": None,
        "status": status,
        "encoding": "utf-8",
        "confidence": 1.0,
        "bytes_in": 100,
        "bytes_out": 80,
        "sha256_in": None,
        "sha256_out": None,
        "script_in": "simplified",
        "script_out": "simplified",
        "lines_in": 10,
        "lines_out": 10 - len(removed),
        "rules": dict(rules),
        "removed": [{"line": n, "rule": r, "text": t} for n, r, t in removed],
        "warnings": [],
        "error": None,
    }
    base.update(fields)
    return base


def write_manifest(path: Path, records: list[dict], extra: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(lines + extra, encoding="utf-8")
    return path


def many(count: int, per_file: int = 3) -> list[dict]:
    """``count`` records, each with ``per_file`` navigation lines removed."""
    return [
        record(f"f{i}.txt", removed=[(n, "ZH303", f"导航 {i}-{n}") for n in range(1, per_file + 1)])
        for i in range(count)
    ]


# --- sampling -------------------------------------------------------------------------


def test_reservoir_is_deterministic_given_its_seed():
    def draw(seed: int) -> list[int]:
        sample = Reservoir[int](10, seed, "ZH304")
        for number in range(10_000):
            sample.offer(number)
        return sample.items

    assert draw(1) == draw(1)
    assert draw(1) != draw(2)


def test_reservoir_is_bounded_and_counts_what_it_saw():
    sample = Reservoir[int](5, 0, "x")
    for number in range(100_000):
        sample.offer(number)
    assert len(sample.items) == 5 and sample.seen == 100_000
    small = Reservoir[int](5, 0, "x")
    for number in range(3):
        small.offer(number)
    assert small.items == [0, 1, 2]  # fewer than its size: all of them, in order


def test_reservoir_is_uniform_over_the_stream():
    """Each of 100 items is drawn about size/100 of the time, early or late."""
    hits: Counter[int] = Counter()
    trials = 2_000
    for seed in range(trials):
        sample = Reservoir[int](10, seed, "u")
        for number in range(100):
            sample.offer(number)
        hits.update(sample.items)
    expected = trials * 10 / 100  # 200
    assert set(hits) == set(range(100))
    assert all(0.7 * expected < hits[n] < 1.3 * expected for n in range(100)), hits
    first, last = sum(hits[n] for n in range(50)), sum(hits[n] for n in range(50, 100))
    assert abs(first - last) < 0.1 * (first + last)


def test_samples_of_a_rule_do_not_move_when_another_rule_fires_more(tmp_path):
    base = many(50)
    more = [
        *base,
        *(record(f"x{i}.txt", removed=[(1, "ZH304", f"其他文章{i}")]) for i in range(99)),
    ]
    one = build_audit(str(write_manifest(tmp_path / "a.jsonl", base)), seed=5, max_files=0)
    two = build_audit(str(write_manifest(tmp_path / "b.jsonl", more)), seed=5, max_files=0)
    same = [(s.file, s.line) for s in one.samples["ZH303"]]
    assert same == [(s.file, s.line) for s in two.samples["ZH303"]]


def test_same_manifest_and_seed_give_the_same_report(tmp_path):
    manifest = write_manifest(tmp_path / "manifest.jsonl", many(300))
    runs = [build_audit(str(manifest), seed=s, max_files=0) for s in (9, 9, 10)]
    picks = [[(x.file, x.line) for x in run.samples["ZH303"]] for run in runs]
    assert picks[0] == picks[1] != picks[2]
    assert len(picks[0]) == 10 and runs[0].seen["ZH303"] == 900


# --- counts ---------------------------------------------------------------------------


def test_totals_count_every_record_and_rule(tmp_path):
    records = [
        record("a.txt", removed=[(1, "ZH303", LABEL), (4, "ZH304", "相关文章")], lines_in=20),
        record("b.txt", status="unchanged", lines_in=5),
        record("c.txt", status="error", lines_in=None, lines_out=None, error="undecodable"),
        record(
            "d.jsonl",
            format="jsonl",
            removed=[],
            rules={"ZH303": 7},
            lines_removed=7,
            lines_in=None,
            records_in=10,
            records_changed=4,
            records_dropped=1,
            malformed=[{"line": 3, "error": "not JSON"}],
        ),
    ]
    audit = build_audit(str(write_manifest(tmp_path / "m.jsonl", records)), max_files=0)
    t = audit.totals
    assert t.files == 4
    assert dict(t.statuses) == {"cleaned": 2, "unchanged": 1, "error": 1}
    assert t.rules["ZH303"] == 8 and t.rules["ZH304"] == 1
    assert t.lines_removed == 9  # the JSONL file counts its own
    assert t.records["records_in"] == 10 and t.records["records_changed"] == 4
    assert t.malformed == 1
    assert t.share is None  # a JSONL file counts records, not lines


def test_corrupt_lines_are_counted_and_skipped(tmp_path):
    good = [json.dumps(r, ensure_ascii=False) for r in many(3)]
    text = "\n".join([good[0], "{cut sho", "[1, 2]", '{"no": "input"}', "", good[1], good[2][:40]])
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(text, encoding="utf-8")
    source = find_manifest(str(manifest))
    assert [r["input"] for r in stream_records(source)] == ["f0.txt", "f1.txt"]
    assert source.corrupt == 4 and len(source.problems) == 4
    assert source.problems[0].startswith("manifest.jsonl:2: not JSON")


def test_collector_memory_stays_bounded():
    collector = Collector(seed=0, per_rule=7, top=20, max_files=30)
    for i in range(20_000):
        collector.add(
            record(f"f{i}.txt", removed=[(1, "ZH303", LABEL), (2, "ZH304", f"第{i}条：{PROSE}")])
        )
    assert all(len(r.items) <= 7 for r in collector.reservoirs.values())
    assert len(collector.warnings.heap) == 20 and len(collector.warnings.by_text) == 20
    assert len(collector.first) == 30
    assert collector.totals.lines_removed == 40_000


# --- warnings -------------------------------------------------------------------------


def test_prose_scores_above_labels_and_links():
    assert prose_score(PROSE) > 0.5 > prose_score(LABEL)
    assert prose_score("更多精校小说尽在知轩藏书下载：http://www.zxcs8.com/") < 0.3
    assert prose_score("") == 0.0 and prose_score("hello world.") == 0.0


def test_warnings_are_ranked_bounded_and_one_per_text():
    top = TopWarnings(3)
    lines = [
        ("江西凤凰沟鲜花盛开 市民踏春游玩", "ZH304"),  # a headline: no warning
        (PROSE, "ZH304"),
        ("据悉，这项工程于去年开工。全长十二公里，预计明年通车。", "ZH312"),
        ("本网站所有内容，未经许可不得转载，违者必究。", "ZH305"),  # a notice: quiet
        ("会议指出，要坚持以人民为中心，推动高质量发展，确保各项任务落到实处。", "ZH304"),
        (PROSE, "ZH304"),  # the same text again: a repeat
        ("短句。", "ZH304"),
    ]
    for n, (text, rule) in enumerate(lines, 1):
        top.offer(text, rule, "a.txt", n, "cleaned")
    ranked = top.ranked()
    assert len(ranked) == 3
    assert [w.score for w in ranked] == sorted((w.score for w in ranked), reverse=True)
    assert all(w.rule not in QUIET_CODES for w in ranked)
    assert next(w for w in ranked if w.text == PROSE).repeats == 1
    assert "江西凤凰沟鲜花盛开 市民踏春游玩" not in {w.text for w in ranked}


def test_a_line_the_cleaner_flagged_ranks_higher_and_ties_keep_manifest_order():
    top = TopWarnings(5)
    top.offer("甲" + PROSE, "ZH304", "a.txt", 1, "cleaned")
    top.offer("乙" + PROSE, "ZH304", "b.txt", 1, "cleaned", flagged=True)
    top.offer("丙" + PROSE, "ZH304", "c.txt", 1, "cleaned")
    ranked = top.ranked()
    assert ranked[0].file == "b.txt" and ranked[0].flagged
    assert ranked[1].score == ranked[2].score
    assert [w.file for w in ranked[1:]] == ["a.txt", "c.txt"]


# --- manifest kinds and bad input -----------------------------------------------------


def test_every_shape_of_manifest_is_found(tmp_path):
    local = tmp_path / "local"
    write_manifest(local / "manifest.jsonl", many(2))
    assert find_manifest(str(local)).kind == "local"
    assert find_manifest(str(local / "manifest.jsonl")).kind == "local"
    ray = tmp_path / "ray"
    write_manifest(ray / "manifest-00000.jsonl", many(2))
    write_manifest(ray / "manifest-00001.jsonl", many(3))
    shards = find_manifest(str(ray))
    assert shards.kind == "shards" and len(shards.files) == 2
    index = {"shards": [{"file": "manifest-00001.jsonl"}, {"file": "manifest-00000.jsonl"}]}
    (ray / "manifest.index.json").write_text(json.dumps(index))
    indexed = find_manifest(str(ray))
    assert indexed.kind == "ray" and [p.name for p in indexed.files][0] == "manifest-00001.jsonl"
    assert find_manifest(str(ray / "manifest.index.json")).kind == "ray"
    assert build_audit(str(ray), max_files=0).totals.files == 5


def test_an_index_that_lists_a_missing_shard_reports_it(tmp_path):
    write_manifest(tmp_path / "manifest-00000.jsonl", many(2))
    index = {"shards": [{"file": "manifest-00000.jsonl"}, {"file": "manifest-00001.jsonl"}]}
    (tmp_path / "manifest.index.json").write_text(json.dumps(index))
    audit = build_audit(str(tmp_path), max_files=0)
    assert audit.totals.files == 2
    assert [p.name for p in audit.source.missing] == ["manifest-00001.jsonl"]
    assert "manifest-00001.jsonl" in render_html(audit)


@pytest.mark.parametrize(
    ("make", "usage", "words"),
    [
        (lambda p: p / "nowhere", True, "no such file or folder"),
        (lambda p: p, True, "no manifest.jsonl"),
        (lambda p: write_manifest(p / "manifest.jsonl", []), False, "the manifest is empty"),
        (lambda p: write_manifest(p / "m.jsonl", [], "{oops\n"), False, "no records: 1 line"),
        (lambda p: p / "manifest.index.json", False, "not a readable Ray manifest index"),
    ],
)
def test_bad_input_is_a_message(tmp_path, make, usage, words):
    (tmp_path / "manifest.index.json.txt").write_text("")  # noise in the folder
    target = make(tmp_path)
    if target.name == "manifest.index.json":
        target.write_text("{not json")
    with pytest.raises(AuditError) as caught:
        build_audit(str(target))
    assert words in str(caught.value) and caught.value.usage is usage


def test_cli_bad_input_exits_with_a_message_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "zhclean: error:" in result.stderr and "Traceback" not in result.output
    write_manifest(tmp_path / "manifest.jsonl", [])
    result = runner.invoke(app, ["report", str(tmp_path), "--text"])
    assert result.exit_code == 3 and "empty" in result.stderr
    write_manifest(tmp_path / "manifest.jsonl", many(2), "{cut\n")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0 and out.is_file()
    assert "1 manifest lines were no record" in result.stderr


def test_text_summary_shows_totals_and_top_warnings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [record("a.txt", removed=[(1, "ZH303", LABEL), (2, "ZH312", PROSE)])]
    write_manifest(tmp_path / "manifest.jsonl", records)
    result = runner.invoke(app, ["report", str(tmp_path), "--text"])
    assert result.exit_code == 0, result.output
    assert "Files by status" in result.stdout and "ZH303" in result.stdout
    assert "Top warnings" in result.stdout and "a.txt:2" in result.stdout
    assert not (tmp_path / "report.html").exists()  # --text alone writes no page


# --- views ----------------------------------------------------------------------------


def test_a_view_reads_the_input_again_and_marks_every_change(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_text(f"标题\n{LABEL}\n正文第一段，&amp;内容。\n上一篇:别的文章\n")
    result = runner.invoke(app, ["clean", str(src), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    audit = build_audit(str(tmp_path / "out"))
    view = audit.views[0]
    assert view.notes == []
    assert [(line.no, line.rule) for line in view.before if line.rule] == [
        (2, "ZH303"),
        (4, "ZH303"),
    ]
    assert view.after == ["标题", "正文第一段，&内容。"]
    assert "ZH203" in next(line for line in view.before if line.no == 3).codes


def test_a_run_without_removed_text_still_marks_its_lines(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_text(f"标题\n{LABEL}\n正文第一段，内容。\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src), "--out", str(out), "-q", "--no-removed-text"])
    assert result.exit_code == 0, result.output
    audit = build_audit(str(out))
    assert audit.totals.untexted == 1 and audit.samples["ZH303"][0].text is None
    assert [line.no for line in audit.views[0].before if line.rule] == [2]
    assert "without their text" in render_html(audit)


def test_a_view_without_its_input_or_with_a_changed_one_shows_removed_lines(tmp_path):
    rec = record("gone.txt", removed=[(2, "ZH303", LABEL)])
    view = file_view(rec, "f1", tmp_path)
    assert view.before is None and [(v.no, v.rule) for v in view.removed] == [(2, "ZH303")]
    (tmp_path / "changed.txt").write_text("另一个文本。\n")
    rec = record(str(tmp_path / "changed.txt"), removed=[(2, "ZH303", LABEL)], sha256_in="0" * 64)
    view = file_view(rec, "f1", tmp_path)
    assert view.before is None and "changed since the run" in view.notes[0]


def test_a_view_says_when_cleaning_again_disagrees_with_the_manifest(tmp_path):
    """The run had other options (here: ZH303 off): the manifest's marks are shown alone."""
    page = tmp_path / "page.txt"
    page.write_text(f"标题\n{LABEL}\n正文第一段，内容。\n")
    view = file_view(record(str(page), removed=[]), "f1", tmp_path)
    assert "removes other lines than the manifest lists" in view.notes[0]
    assert view.before is not None and not any(line.rule for line in view.before)
    assert view.changes == []


def test_a_jsonl_run_gets_samples_from_records_cleaned_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    texts = [f"标题{i}\n{LABEL}\n正文第{i}段，内容。" for i in range(5)]
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    Path("corpus.jsonl").write_text("\n".join(lines) + "\n{bad\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", "corpus.jsonl", "--out", "out", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    audit = build_audit("out", seed=1)
    assert audit.totals.kinds["jsonl"] == 1 and audit.totals.malformed == 1
    assert {s.record for s in audit.samples["ZH303"]} <= {1, 2, 3, 4, 5}
    view = audit.views[0]
    assert view.records and view.records[0].after == ["标题0", "正文第0段，内容。"]
    page = render_html(audit)
    assert f'id="{view.anchor}-r1-L2"' in page and f'href="#{view.anchor}-r' in page


# --- the page in a browser ------------------------------------------------------------


def dump_dom(page: Path, profile: Path, query: str = "") -> str:
    """The DOM of ``page`` (with a ``query`` string) after its script ran, from headless
    Chromium."""
    argv = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--dump-dom",
        page.resolve().as_uri() + query,
    ]
    run = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
)
def test_the_report_of_a_real_run_opens_in_chromium(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", src)
    for page in sorted((ROOT / "tests" / "data" / "real" / "raw").glob("*.txt"))[:4]:
        shutil.copy(page, src / page.name)
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(src), "--out", str(out), "-q"]).exit_code == 0
    report = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(out), "--out", str(report), "--seed", "3"])
    assert result.exit_code == 0, result.output
    html = report.read_text("utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing from the network
    dom = dump_dom(report, tmp_path / "profile")
    assert 'data-ready="1"' in dom  # the script ran to its end
    chart = re.search(r'<svg id="chart-removed".*?</svg>', dom, re.S)
    assert chart and chart.group(0).count("<rect") >= 3
    sample = re.search(r'<article class="rule" id="rule-(ZH3\d\d)".*?</article>', dom, re.S)
    assert sample and re.search(
        r'<li data-f="" data-status="\w+"><a href="#f\d+-L\d+"', sample.group(0)
    )
    target = re.search(r'href="#(f\d+)-L(\d+)"', sample.group(0))
    assert target
    view = re.search(rf'<details class="file" id="{target.group(1)}".*?</details>', dom, re.S)
    assert view and f'id="{target.group(1)}-L{target.group(2)}" class="rm"' in view.group(0)
    assert "After: the output" in view.group(0)
    # The filter, given in the address: other rules' samples and files are hidden.
    rule = sample.group(1)
    dom = dump_dom(report, tmp_path / "profile", f"?rule={rule}")
    articles = re.findall(r'<article class="rule" id="rule-(ZH\d+)"[^>]*?( hidden="")?>', dom)
    assert len(articles) > 1
    assert all(bool(hidden) == (code != rule) for code, hidden in articles), articles
    files = re.findall(r'<details class="file"[^>]*data-rules="([^"]*)"[^>]*?( hidden="")?>', dom)
    assert all(bool(hidden) == (rule not in codes.split()) for codes, hidden in files)
