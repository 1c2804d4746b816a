"""What a break cuts, asked cheaply (issue 15): the segmenter reads a seam only when a word
of jieba's spans it, and a seam with no ideograph at an edge is answered from the seams'
memo like any other. Counted, not timed."""

from __future__ import annotations

import pytest

from zhclean import words


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the segmenter reads in full; the seams' memos emptied first."""
    words._strength.cache_clear()
    words._edge_strength.cache_clear()
    read: list[str] = []
    best_costs = words._best_costs

    def counted(text: str):
        read.append(text)
        return best_costs(text)

    monkeypatch.setattr(words, "_best_costs", counted)
    return read


def test_no_word_across_the_break_is_settled_without_the_segmenter(readings) -> None:
    assert words.cut_strength("今天天气", "很好") == 0.0  # 气很, 天气很, 气很好: no words
    assert readings == []


def test_a_word_across_the_break_is_read(readings) -> None:
    assert words.cut_strength("城西区把宣", "讲党的") > words.STRONG_SEAM  # 宣讲
    assert words.cut_strength("方法", "人们") == 0.0  # 法人, but 方法 and 人们 read better
    assert readings == ["城西区把宣讲党的", "方法人们"]


def test_a_seam_with_no_ideograph_at_an_edge_is_remembered(readings) -> None:
    for _ in range(3):
        assert words.cut_strength("第一章。", "今天") == 0.0
        assert words.cuts_word("第一章。", "今天") is False
    assert words._edge_strength.cache_info().hits == 2
