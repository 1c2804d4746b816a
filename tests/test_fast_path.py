"""The common case is cheap: an already-clean UTF-8 Simplified page never reaches
OpenCC, ftfy or chardet (issue 6: each expensive step only where a cheap test says
it can change something)."""

from __future__ import annotations

import chardet
import ftfy
import pytest

import zhclean.stages.boilerplate
import zhclean.stages.repair
import zhclean.stages.script
from zhclean import clean_bytes

PAGE = (
    "市民公园改造工程正式完工\n"
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。\n"
    "改造后的公园新增了健身步道、儿童游乐区和休憩长廊，绿化面积扩大了三成。\n"
)


def refuse(*args, **kwargs):
    raise AssertionError("an expensive step ran on a clean page")


@pytest.fixture
def no_expensive_steps(monkeypatch):
    clean_bytes("歷史經驗".encode())  # build the per-process tables first (once per process)
    for module in (zhclean.stages.script, zhclean.stages.boilerplate):
        monkeypatch.setattr(module, "convert", refuse)
    monkeypatch.setattr(ftfy, "fix_encoding", refuse)
    monkeypatch.setattr(ftfy, "fix_text", refuse)
    monkeypatch.setattr(zhclean.stages.repair, "best_repair", refuse)
    monkeypatch.setattr(zhclean.stages.repair, "repair_inside", refuse)
    monkeypatch.setattr(chardet, "detect", refuse)


def test_clean_page_takes_the_cheap_path(no_expensive_steps):
    result = clean_bytes(PAGE.encode("utf-8"))
    assert result.status == "unchanged"
    assert result.script_in == "simplified"


def test_the_guard_itself_bites(no_expensive_steps):
    with pytest.raises(AssertionError):
        clean_bytes("歷史經驗豐富，國家發展。\n".encode())
