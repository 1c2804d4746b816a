"""The Typer app and what every command shares: exit codes, usage errors, --version.

Exit codes: 0 all good, 2 usage error, 3 some files failed (the rest were written);
``check`` exits 1 when a file would change.
"""

from __future__ import annotations

import copy
import sys
from typing import Annotated

import typer

from .. import __version__
from ..cache import save_patterns
from .output import _console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Clean scraped Chinese web text: encodings, mojibake, garble, boilerplate, layout, one script.",
    rich_markup_mode=None,
)


EXIT_USAGE, EXIT_FAILED = 2, 3


def _usage_error(message: str) -> typer.Exit:
    _console(stderr=True).print(f"zhclean: error: {message}", markup=False)
    return typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        print(f"zhclean {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """zhclean: a corpus cleaner for Chinese web text."""


def main() -> None:
    try:
        app_for(sys.argv[1:2])()
    finally:
        # The patterns this run compiled, kept for the next start (zhclean.cache).
        save_patterns()


def app_for(first: list[str]) -> typer.Typer:
    """The app with only the command that ``first`` (the first argument) names, or the whole
    app when it names none (``--help``, ``--version``, a typo: the same words as before).

    Typer reads every registered command's signature and builds its options at each start
    (5 ms of ``zhclean check``'s start for the five commands not run); a run of one
    command needs that command's only. Its own ``--help``, usage and errors are the same.

    >>> [info.callback.__name__ for info in app_for(["check"]).registered_commands]
    ['check']
    >>> app_for(["--help"]) is app
    True
    """
    if not first:
        return app
    from typer.main import get_command_name

    for info in app.registered_commands:
        if (info.name or get_command_name(info.callback.__name__)) == first[0]:
            one = copy.copy(app)  # the same settings and callback (--version)
            one.registered_commands = [info]
            return one
    return app
