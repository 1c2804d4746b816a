"""What a start of the command line does (issue 15: a pre-commit hook pays it on every
commit). No timings here: speed is the benchmark's (``benchmarks/bench.py --cold``)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def _built_commands(argv: list[str]) -> tuple[list[str], int]:
    """The commands Typer builds (reads the signature of) during ``main()`` with ``argv``."""
    script = textwrap.dedent(
        f"""
        import sys
        import typer.main
        built = []
        original = typer.main.get_command_from_info

        def recording(*args, **kwargs):
            info = args[0] if args else kwargs["command_info"]
            built.append(info.callback.__name__)
            return original(*args, **kwargs)

        typer.main.get_command_from_info = recording
        from zhclean.cli import main
        sys.argv = ["zhclean", *{argv!r}]
        try:
            main()
        except SystemExit as exit:
            code = exit.code
        else:
            code = 0
        print(",".join(built), code, file=sys.stderr)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    names, code = proc.stderr.strip().splitlines()[-1].rsplit(" ", 1)
    return names.split(",") if names else [], int(code)


def test_a_command_run_builds_only_that_command(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("今天天气很好。\n", "utf-8")
    assert _built_commands(["check", str(one)]) == (["check"], 0)
    assert _built_commands(["rules"]) == (["list_rules"], 0)  # the function behind `rules`


@pytest.mark.parametrize("argv", [["--help"], ["chek"], []])
def test_help_and_typos_see_every_command(argv):
    built, _ = _built_commands(argv)
    assert built == ["check", "clean", "detect", "explain", "list_rules", "report"]
