"""The five seeds cleaned equal the hand-made gold byte for byte; cleaning is idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhclean import clean_bytes, clean_text

ROOT = Path(__file__).resolve().parent.parent

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_matches_gold(seed):
    result = clean_bytes(seed.read_bytes())
    assert result.data == (GOLD / seed.name).read_bytes()


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_cleaning_the_output_changes_nothing(seed):
    once = clean_bytes(seed.read_bytes()).text
    again = clean_text(once)
    assert again.text == once
    assert again.status == "unchanged"


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_same_input_same_bytes(seed):
    data = seed.read_bytes()
    first, second = clean_bytes(data), clean_bytes(data)
    assert first.data == second.data
    assert [e.to_dict() for e in first.events] == [e.to_dict() for e in second.events]


def test_every_removed_line_is_reported_with_its_rule():
    result = clean_bytes((ROOT / "seeds" / "004_6b8e5731eb4a4e29.txt").read_bytes())
    removed = {e.text.strip() for e in result.removed}
    assert "2022-09-28 05:01:05 3253" in removed
    assert all(e.code.startswith("ZH3") for e in result.removed)
