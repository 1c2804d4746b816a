"""Scraped pages as they come (issue 17, hardening): names in any case, XML that is no
feed, UTF-16 pages without a BOM, titles in the target script, archives read by every
command, --incremental on archives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zhclean.discovery import discover

PROSE = "經過八個月的施工，位於城東的市民公園改造工程日前正式完工並向市民開放。"
PAGE = (
    "<html><head><title>公園改造完工</title></head><body>"
    "<nav><a href='/'>首頁</a> <a href='/n'>新聞</a></nav>"
    f"<article><h1>公園改造完工</h1><p>{PROSE}</p></article></body></html>"
)


def zhclean(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zhclean", *args], capture_output=True, text=True, cwd=cwd
    )


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def test_default_globs_take_names_in_any_case(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "PAGE.HTML").write_text(PAGE)
    (folder / "a.TXT").write_text(PROSE + "\n")
    (folder / "b.Jsonl").write_text(json.dumps({"text": PROSE}) + "\n")
    (folder / "skip.md").write_text(PROSE + "\n")
    default = ("*.txt", "*.html", "*.jsonl")
    jobs, _ = discover([folder], None, default, fold_case=True)
    assert sorted(job.rel.as_posix() for job in jobs) == ["PAGE.txt", "a.TXT", "b.Jsonl"]
    # A glob the user gives matches as written (as ruff's and black's do).
    jobs, _ = discover([folder], None, ("*.txt",))
    assert [job.rel.as_posix() for job in jobs] == []
    run = zhclean("clean", str(folder), "--out", str(tmp_path / "out"), "-q")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out" / "PAGE.txt").read_text().startswith("公园改造完工\n")
    assert sorted(r["input"].rsplit("/", 1)[1] for r in manifest(tmp_path / "out")) == [
        "PAGE.HTML",
        "a.TXT",
        "b.Jsonl",
    ]
