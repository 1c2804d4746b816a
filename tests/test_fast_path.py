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


# --- the shortcuts of issue 15 against the full path ----------------------------------------

NEAR_CLEAN = [
    PAGE,
    PAGE + "首页 > 新闻 > 正文\n",  # a menu line in clean text
    PAGE + "他说¡°ÍòÉ½ºì±é¡±。\n",  # a single mojibake line
    PAGE + "这是一段用繁體字寫成的段落，講述資訊科技快速發展的今天。\n",  # Traditional paragraph
    PAGE.replace("完工并", "完\ufffd并"),  # a lone U+FFFD
    PAGE + "铿锵有力的声音\n",  # rare ideographs, no mojibake
    PAGE + "歷史經(jīng)驗,。\n",  # a gloss and an injected comma
    PAGE + "张三·李四\n",  # a suspect character that is none
    "ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡\n" * 3 + PAGE,  # mojibake throughout the start
    (PAGE * 40).encode("utf-8").decode("latin-1"),  # a whole page of UTF-8 read as Latin-1
    PAGE.rstrip("\n"),  # no final newline
    "\n".join(PAGE) + "\n",  # one character a line
]


def _full_path(monkeypatch) -> None:
    """Every shortcut replaced by the plain step it stands for."""
    import zhclean.mojibake
    import zhclean.pipeline
    import zhclean.stages.garble
    from zhclean import chardata
    from zhclean.stages import repair

    monkeypatch.setattr(zhclean.pipeline, "detected_alike", lambda a, b: False)
    monkeypatch.setattr(repair, "_traced_lines", lambda text: list(range(text.count("\n") + 1)))
    monkeypatch.setattr(
        zhclean.stages.garble,
        "may_garble",
        lambda text: bool(zhclean.stages.garble.GATE_RE.search(text)),
    )
    monkeypatch.setattr(
        zhclean.mojibake,
        "has_suspect_chars",
        lambda text: "\ufffd" in text or bool(chardata._SUSPECT_RUN_RE.search(text)),
    )
    monkeypatch.setattr(chardata, "_latin1_counts", lambda text: None)


def _outcome(data: bytes) -> tuple:
    result = clean_bytes(data)
    events = [(e.code, e.line, e.count, e.text, e.before, e.after) for e in result.events]
    return result.text, result.status, result.script_in, result.script_out, events


@pytest.mark.parametrize("text", NEAR_CLEAN)
def test_shortcuts_give_what_the_full_path_gives(text, monkeypatch):
    fast = _outcome(text.encode("utf-8"))
    _full_path(monkeypatch)
    assert _outcome(text.encode("utf-8")) == fast


def test_shortcuts_on_generated_pages(monkeypatch):
    import random

    rng = random.Random(15)
    lines = [line for text in NEAR_CLEAN[:9] for line in text.split("\n") if line]
    pages = ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 12))) for _ in range(40)]
    fast = [_outcome(page.encode("utf-8")) for page in pages]
    _full_path(monkeypatch)
    assert [_outcome(page.encode("utf-8")) for page in pages] == fast
