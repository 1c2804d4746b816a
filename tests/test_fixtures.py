"""Generated dirty pages (fixtures/) clean back to their expected text.

The fixtures are the gold pages and short articles of fixtures/clean/, dirtied
with junk, damage and encodings invented for them (fixtures/make_fixtures.py).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from zhclean import clean_bytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
NAMES = sorted(p.stem for p in (FIXTURES / "expected").glob("*.txt"))


def _generator():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_rebuilds_the_committed_fixtures(tmp_path):
    labels = _generator().build(tmp_path)
    assert sorted(labels) == NAMES
    for name in NAMES:
        assert (tmp_path / "dirty" / f"{name}.txt").read_bytes() == (
            FIXTURES / "dirty" / f"{name}.txt"
        ).read_bytes()
        assert (tmp_path / "expected" / f"{name}.txt").read_bytes() == (
            FIXTURES / "expected" / f"{name}.txt"
        ).read_bytes()


def test_fixtures_cover_every_kind():
    labels = json.loads((FIXTURES / "labels.json").read_text("utf-8"))
    encodings = {label["encoding"] for label in labels.values()}
    assert {"gb18030", "crlf"} <= encodings and encodings & {"big5", "big5hkscs"}
    assert any(e.startswith("mojibake") for e in encodings)
    assert any(e.startswith("utf-16") for e in encodings)
    junk = {kind for label in labels.values() for kind in label["junk"]}
    assert len(junk) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_fixture_cleans_to_its_expected_text(name):
    result = clean_bytes((FIXTURES / "dirty" / f"{name}.txt").read_bytes())
    expected = (FIXTURES / "expected" / f"{name}.txt").read_text("utf-8")
    got_lines, want_lines = result.text.split("\n"), expected.split("\n")
    lost = [line for line in want_lines if line not in got_lines]
    left = [line for line in got_lines if line not in want_lines]
    assert not lost, f"author lines lost: {lost}"
    assert not left, f"junk or bad joins left: {left}"
    assert result.text == expected
