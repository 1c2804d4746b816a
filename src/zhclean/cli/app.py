"""The Typer app and what every command shares: exit codes, usage errors, --version.

Exit codes: 0 all good, 2 usage error, 3 some files failed (the rest were written);
``check`` exits 1 when a file would change.
"""

from __future__ import annotations

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
        app()
    finally:
        # The patterns this run compiled, kept for the next start (zhclean.cache).
        save_patterns()
