"""Layout's memo of the decisions at a break (issue 15): a break seen before is not
decided again, however many lines its paragraphs were rejoined from and whatever the
page-wide questions answered the times before. Counted, not timed."""

from __future__ import annotations

import pytest

from zhclean.lexicon import load_lexicon
from zhclean.report import Report
from zhclean.stages import layout as layout_module


@pytest.fixture
def decided(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The breaks join_kind decides (not answered from the memo), as (above, below) texts;
    the memo emptied first."""
    layout_module._join_memo(load_lexicon()).clear()
    calls: list[tuple[str, str]] = []
    join_kind = layout_module.join_kind

    def counted(prev, cur, **options):
        calls.append((prev.text, cur.text))
        return join_kind(prev, cur, **options)

    monkeypatch.setattr(layout_module, "join_kind", counted)
    return calls


def run(text: str) -> str:
    return layout_module.layout(text, Report(), lambda code: True)


def test_a_paragraph_rejoined_from_lines_is_remembered(decided) -> None:
    text = (
        "全力做到两个维护，城西区把宣\n讲党的十九届六中全会精神，\n深入基层开展宣讲活动。\n下一段"
    )
    first = run(text)
    assert first.startswith("全力做到两个维护，城西区把宣讲党的十九届六中全会精神，深入基层")
    assert {prev.count("，") for prev, _ in decided} == {1, 2}  # two breaks below a join
    decided.clear()
    assert run(text) == first
    assert decided == []


def test_every_answer_to_a_page_question_is_remembered(decided) -> None:
    # The break "。中国" / "共产" asks whether "共产" goes on in the line under it: yes over
    # "党员", no over "。对". A memo of the last answer only would decide it again each time.
    text = "有主\n。中国\n共产\n党员\n有主\n。中国\n共产\n。对\n"
    first = run(text)
    assert decided.count(("。中国", "共产")) == 2
    decided.clear()
    assert run(text) == first
    assert ("。中国", "共产") not in decided


def test_a_long_wrapped_paragraph_does_not_fill_the_memo(decided) -> None:
    # 300 lines of 40 characters, each ending in a comma: one paragraph of 12,000. Past
    # JOIN_MEMO_PARAGRAPH_MAX characters its breaks are not remembered (a key a line that no
    # page asks again).
    rows = ["".join(chr(0x4E00 + (7 * i + j) % 2000) for j in range(39)) + "，" for i in range(300)]
    text = "标题\n" + "\n".join(rows) + "\n结束了。"
    assert len(run(text).split("\n")) == 2
    memo = layout_module._join_memo(load_lexicon())
    # Two breaks asked a line while the paragraph is short: the line under it, then the
    # heading above the paragraph grown by it (600 for the whole paragraph).
    per_line = 40
    assert len(memo) <= 2 * (layout_module.JOIN_MEMO_PARAGRAPH_MAX // per_line) + 2
