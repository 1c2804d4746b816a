"""The README's quick start stays true: CI runs exactly its test command."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_quick_start_has_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert "zhclean clean seeds --out clean" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    assert quick_start_commands()[1] in (ROOT / ".ci" / "run").read_text("utf-8")


def readme_rules_table() -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("\n## Rules\n", 1)[1].split("\n## ", 1)[0]
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return "\n".join(lines[start:end]) + "\n"


def test_readme_rules_table_is_the_registry():
    """The README's table is ``zhclean rules --format markdown``, byte for byte."""
    from typer.testing import CliRunner

    from zhclean.cli import app

    result = CliRunner().invoke(app, ["rules", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert readme_rules_table() == result.stdout
