"""The labelled encoding and mojibake corpus (fixtures/encodings) decodes and repairs right.

The corpus is rebuilt by fixtures/make_encodings.py; benchmarks/encodings.py prints the same
figures next to chardet, charset-normalizer and ftfy.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhclean.cli import app
from zhclean.report import Report
from zhclean.stages.decode import decode
from zhclean.stages.repair import repair

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


metrics = _load("metrics", ROOT / "benchmarks" / "metrics.py")
levenshtein = metrics.levenshtein
CORPUS = ROOT / "fixtures" / "encodings"
LABELS = json.loads((CORPUS / "labels.json").read_text("utf-8"))


def expected(name: str, label: dict) -> str:
    if "text" in label:
        return label["text"]
    codec = label["encoding"].removesuffix("+bom")
    data = (CORPUS / name).read_bytes()
    return data.decode(codec).lstrip("\ufeff").replace("\r\n", "\n")


def test_metrics_doctests():
    import doctest

    assert doctest.testmod(metrics).failed == 0


def test_the_generator_rebuilds_the_corpus(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "make_encodings", ROOT / "fixtures" / "make_encodings.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(tmp_path) == LABELS
    for name in list(LABELS)[::37]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes()


def test_corpus_covers_every_encoding_length_and_family():
    encodings = {label["encoding"] for label in LABELS.values() if label["kind"] == "detect"}
    assert {
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "big5hkscs",
        "utf-8-sig",
        "utf-16-le",
        "utf-16-be+bom",
    } <= encodings
    assert {e for e in encodings if e.startswith("mixed")}
    lengths = Counter(label["length"] for label in LABELS.values() if label["kind"] == "detect")
    assert set(lengths) == {"line", "short", "medium", "article"}
    families = {label["family"] for label in LABELS.values() if label["kind"] == "mojibake"}
    assert {
        "utf8-as-gbk",
        "utf8-as-cp1252",
        "gbk-as-latin1",
        "utf8-twice",
        "lossy-utf8-as-gbk",
    } <= families


def test_every_file_of_300_bytes_or_more_and_97_percent_of_short_ones_decode_right():
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name, label in LABELS.items():
        if label["kind"] != "detect":
            continue
        text = decode((CORPUS / name).read_bytes(), Report()).text
        total[label["length"]] += 1
        right[label["length"]] += text == expected(name, label)
    assert right["medium"] == total["medium"] and right["article"] == total["article"]
    assert right["short"] >= 0.97 * total["short"]
    assert right["line"] >= 0.9 * total["line"]


def test_recoverable_mojibake_restored_exactly_in_99_percent():
    outcomes = []
    for name, label in LABELS.items():
        if label["kind"] == "mojibake" and not label["lossy"]:
            damaged = (CORPUS / name).read_text("utf-8")
            outcomes.append(repair(damaged, Report(), lambda c: True) == label["text"])
    assert sum(outcomes) >= 0.99 * len(outcomes)


def test_lossy_mojibake_within_3_percent_of_what_the_bytes_allow():
    errors = length = 0
    for name, label in LABELS.items():
        if "best" in label and len(label["best"]) < 1500:
            damaged = (CORPUS / name).read_text("utf-8")
            errors += levenshtein(label["best"], repair(damaged, Report(), lambda c: True))
            length += len(label["best"])
    assert length > 0 and errors / length <= 0.03


@pytest.mark.parametrize("name", [n for n, label in LABELS.items() if label["kind"] == "clean"])
def test_clean_controls_are_never_touched(name):
    text = (CORPUS / name).read_text("utf-8")
    report = Report()
    assert repair(text, report, lambda c: True) == text
    assert not {"ZH110", "ZH111"} & set(report.counts())


def test_detect_command(tmp_path):
    runner = CliRunner()
    files = [
        CORPUS / "detect" / "heat-notice-tw.big5.medium.lf.txt",
        CORPUS / "mojibake" / "heat-notice.gbk-as-latin1.whole.txt",
    ]
    result = runner.invoke(app, ["detect", "--json", *map(str, files)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["encoding"] == "big5hkscs" and rows[0]["script"] == "traditional"
    assert rows[1]["mojibake"] == ["gbk-as-latin1"]
    table = runner.invoke(app, ["detect", str(files[0])])
    assert table.exit_code == 0 and "big5hkscs" in table.output
    missing = runner.invoke(app, ["detect", str(files[0]), str(tmp_path / "missing.txt")])
    assert missing.exit_code == 2 and "missing.txt: no such file" in missing.output
