"""Issue 13, the core's cases: linear time (3), a rule code for every change (12),
short garbage (16), idempotence and stage order (19), a lone closing bracket (20).

Linear-time tests run the input in a forked child with a hang guard: a quadratic
step takes minutes on these sizes (measured before the fixes), a linear one well
under a second; the guard is generous so a slow machine does not fail them.
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean import Config, clean_bytes, clean_text, mojibake
from zhclean.report import Report
from zhclean.rules import RULES
from zhclean.stages.layout import layout

GUARD = 10.0  # seconds; every input below runs in well under one once linear


def _child(work: Callable[[str], str], text: str, conn) -> None:
    conn.send(work(text))
    conn.close()


def _pipeline(text: str) -> str:
    return clean_text(text).text


def _layout(text: str) -> str:
    return layout(text, Report(), lambda code: True)


def within_guard(work: Callable[[str], str], text: str, seconds: float = GUARD) -> str:
    """``work(text)`` in a forked child; fails the test if it is still running after
    ``seconds`` (a regex stuck in C cannot be interrupted in-process)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, text, send))
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            pytest.fail(f"no result after {seconds} s on {len(text):,} characters")
        return receive.recv()
    finally:
        child.kill()
        child.join()


# --- case 3: linear time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        # garble.COMMENT_RE: every unclosed "<!--" rescanned the line to its end.
        ("unclosed comments", "正文开始。" + "<!--" * 64_000, "正文开始。"),
        # garble.ATTR_TAIL_RE: the URL run tried from each of its characters.
        ("URL run before >", "正文开始。" + "a" * 256_000 + ">", "a" * 1000),
        (
            "unclosed base64 img",
            '正文开始。<img src="data:image/png;base64,' + "A" * 256_000,
            "A" * 1000,
        ),
        ("attribute chain without >", "正文开始。" + ' a="x"' * 40_000, ' a="x" a="x"'),
    ],
)
def test_garble_is_linear(name, text, kept):
    out = within_guard(_pipeline, text)
    assert out.startswith("正文开始。")
    assert kept in out


@pytest.mark.parametrize(
    "text",
    [
        # boilerplate.COUNTER_PHRASE_RE through metadata()
        pytest.param("1" * 16_000 + "a", id="digits"),
        pytest.param("数据：" + ",".join(map(str, range(20_000))), id="numbers"),
        # boilerplate.CMS_RE: unclosed template fields
        pytest.param("正文" + "${" * 128_000, id="dollar-brace"),
        pytest.param("正文" + "{{" * 128_000, id="double-brace"),
        pytest.param("正文" + "[cms:" * 80_000, id="cms-field"),
        # boilerplate.BRACKET_RESIDUE_RE
        pytest.param("(" * 64_000 + "中", id="open-parens"),
    ],
)
def test_boilerplate_is_linear(text):
    out = within_guard(_pipeline, text)
    assert out.endswith("\n") or out == ""


HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或"


def _hard_wrapped(lines: int, width: int = 40) -> str:
    """A paragraph cut at one width, each line distinct and ending in a comma."""
    rng = random.Random(13)
    body = ("".join(rng.choice(HAN) for _ in range(width - 1)) + "，" for _ in range(lines))
    return "标题\n" + "\n".join(body) + "\n结束了。"


def test_layout_rejoins_a_long_hard_wrapped_paragraph_in_linear_time():
    # 2 MB in 50,000 lines: the joins read only the paragraph's ends (was: $-anchored
    # searches over the whole paragraph and a copy of it at every join, minutes).
    text = _hard_wrapped(50_000)
    out = within_guard(_layout, text).split("\n")
    assert out[0] == "标题" and out[-1].endswith("结束了。")
    assert len(out) < 200  # rejoined into a few paragraphs
    assert sum(map(len, out)) == len(text) - text.count("\n")  # nothing lost or added


def test_mojibake_spans_are_scored_in_linear_time(monkeypatch):
    """The characters scored while repairing a line grow with the line, not its square
    (was: the whole line rescored for every span and every shift of it)."""
    scored = 0

    def counting(real):
        def wrapper(text, *args, **kwargs):
            nonlocal scored
            scored += len(text)
            return real(text, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(mojibake, "cjk_score", counting(mojibake.cjk_score))
    if hasattr(mojibake, "cjk_totals"):
        monkeypatch.setattr(mojibake, "cjk_totals", counting(mojibake.cjk_totals))
    line = "他说¡°ÍòÉ½ºì±é¡±，我们的" * 500
    fixed, families = mojibake.repair_inside(line)
    assert fixed == "他说“万山红遍”，我们的" * 500
    assert families == ["gbk-as-latin1"] * 500
    assert scored < 100 * len(line)


def test_a_file_over_its_time_budget_is_an_error_result():
    result = clean_bytes("正文内容。\n".encode(), Config(time_budget=1e-9))
    assert result.status == "error" and result.text is None
    assert "time budget" in result.error
    assert result.counts == {"ZH906": 1}
    # The default budget is generous: the same file cleans.
    assert clean_bytes("正文内容。\n".encode()).status == "unchanged"


# --- case 16: short garbage is undecodable -----------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"\x81\x30\xff\xfe\xfa\xfb abc \x80\x80",  # was: cp862 with confidence 1.00
        b"\xfa\xfb\xfc abc \xfe\xfd",
    ],
)
def test_short_garbage_is_undecodable(data):
    result = clean_bytes(data)
    assert result.status == "error" and result.text is None
    assert result.counts == {"ZH902": 1}


def test_a_western_page_chardet_names_still_decodes():
    text = "Grüße aus München – “schön”\n"
    result = clean_bytes(text.encode("cp1252"))
    assert result.text == text and result.encoding == "windows-1252"


# --- case 12: every change is an event with its code; --ignore switches it off ------------------

CHANGE_PIECES = st.sampled_from(
    [
        "正文内容写在这里，读起来像一句话。",
        "没有结尾的长句子被从中间截断了，这是网页抓取时常见的问题之一，后面还有",
        "歷史經驗",
        "首页 > 新闻 > 正文",
        "经(jīng)济,。",
        "&nbsp;<br>",
        "\u3000\u3000缩进",
        "  两边有空格  ",
        "\t",
        "",
        "```",
        "\ufeff",
        "e\u0301",
        "中\u200b文",
    ]
)
CHANGE_DOCS = st.tuples(
    st.lists(CHANGE_PIECES, max_size=8), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans()
).map(lambda t: t[1].join(t[0]) + (t[1] if t[2] else ""))


def _changes(result) -> set[str]:
    """The codes of the events that stand for a change (not a report)."""
    return {code for code in result.counts if not RULES[code].reports_only}


@settings(max_examples=300, deadline=None, derandomize=True)
@given(CHANGE_DOCS)
def test_every_change_has_an_event(doc):
    result = clean_text(doc)
    if result.text != doc and result.text != "":
        assert _changes(result), (doc, result.text)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(CHANGE_DOCS)
def test_with_every_rule_off_nothing_changes(doc):
    result = clean_text(doc, Config(ignore=("ALL",)))
    assert result.text == doc or not doc.strip()
    assert not _changes(result)


@pytest.mark.parametrize(
    ("data", "rule", "expected", "code"),
    [
        # The final newline: added with ZH602, left missing without it.
        ("正文内容。".encode(), "ZH602", "正文内容。\n".encode(), "ZH602"),
        # A BOM: removed with ZH101, kept without it.
        (b"\xef\xbb\xbf" + "正文内容。\n".encode(), "ZH101", "正文内容。\n".encode(), "ZH101"),
        # CRLF: LF with ZH103, kept without it.
        (
            "正文内容。\r\n第二段。\r\n".encode(),
            "ZH103",
            "正文内容。\n第二段。\n".encode(),
            "ZH103",
        ),
        # Blank lines at the edges: removed with ZH401, kept without it.
        ("\n\n正文内容。\n\n\n".encode(), "ZH401", "正文内容。\n".encode(), "ZH401"),
        # Whitespace: trimmed with ZH402, kept without it.
        ("  正文内容。  \n".encode(), "ZH402", "正文内容。\n".encode(), "ZH402"),
    ],
)
def test_each_change_has_its_code_and_ignore_switches_it_off(data, rule, expected, code):
    on = clean_bytes(data)
    assert on.data == expected
    assert code in on.counts
    off = clean_bytes(data, Config(ignore=(rule,)))
    assert off.data == data
    assert off.status == "unchanged"
    assert rule not in off.counts


def test_a_file_without_final_newline_reports_zh602_and_is_then_stable():
    first = clean_bytes("正文内容。".encode())
    assert first.status == "cleaned" and first.counts == {"ZH602": 1}
    second = clean_bytes(first.data)
    assert second.status == "unchanged" and second.counts == {}


def test_ftfy_repairs_are_zh112_and_ignoring_it_switches_ftfy_off(monkeypatch):
    # With the byte-level families out of the way, ftfy's repair is the only reading left.
    monkeypatch.setattr(mojibake, "FAMILIES", {})
    line = "他说：ä½\xa0å¥½ï¼Œä¸–ç•Œ我们都笑了。"
    result = clean_text(line)
    assert result.text == "他说：你好，世界我们都笑了。\n"
    assert "ZH112" in result.counts
    off = clean_text(line, Config(ignore=("ZH112",)))
    assert "ZH112" not in off.counts
    assert "你好" not in off.text


def test_check_names_the_rule_of_a_missing_final_newline(tmp_path):
    from typer.testing import CliRunner

    from zhclean.cli import app

    page = tmp_path / "page.txt"
    page.write_bytes("城市公园改造完工\n经过八个月施工，公园正式开放。".encode())
    result = CliRunner().invoke(app, ["check", str(page)])
    assert result.exit_code == 1
    assert "would change (ZH602×1)" in result.output
    github = CliRunner().invoke(app, ["check", "--format", "github", str(page)])
    assert "ZH602" in github.output
