"""Layout reads the run's own word lists (issue 14): the lists of a ``--rules`` file reach
the layout stage through the pipeline and the command line, not only the boilerplate stage.
The pages are made up for these tests."""

from __future__ import annotations

from typer.testing import CliRunner

from zhclean import clean_text
from zhclean.cli import app
from zhclean.config import Config

TITLE = "社区图书馆改造完工"
# Ends mid-sentence with no mark, cut at a word boundary: joined to a line that goes on with it.
FIRST = (
    "今年春天，社区图书馆利用周末时间组织志愿者走进附近的几个小区，为行动不便的老人送书上门并讲解"
)
SECOND = "馆员们介绍，借阅证可以在手机上办理，老人也可以请家人代办。"
PAGE = "\n".join([TITLE, FIRST, SECOND]) + "\n"


def rules(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[lists]\nsentence_starters = ["馆员们"]\n', encoding="utf-8")
    return path


def test_without_the_rules_the_line_goes_on():
    assert clean_text(PAGE).text.split("\n")[1] == FIRST + SECOND


def test_the_runs_sentence_starters_reach_layout_through_the_config(tmp_path):
    config = Config(rule_files=(str(rules(tmp_path)),))
    assert clean_text(PAGE, config).text.split("\n")[1:3] == [FIRST, SECOND]


def test_the_runs_sentence_starters_reach_layout_from_the_command_line(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "page.txt").write_text(PAGE, encoding="utf-8")
    command = ["clean", str(src), "--out", str(out), "--rules", str(rules(tmp_path))]
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    assert (out / "page.txt").read_text("utf-8").split("\n")[1:3] == [FIRST, SECOND]
    plain = CliRunner().invoke(app, ["clean", str(src), "--out", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    assert (tmp_path / "plain" / "page.txt").read_text("utf-8").split("\n")[1] == FIRST + SECOND
