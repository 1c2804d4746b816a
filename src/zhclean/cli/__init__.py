"""The command line: a thin Typer layer over the engines and the pure core.

One module a concern: ``app`` (the Typer app, exit codes, usage errors), ``options``
(the options clean and check share, and their resolution), ``output`` (console,
progress, summary), ``outdir`` and ``interrupt`` (the --out folder, signals during a
run), and the commands: ``clean``, ``check``, ``inspection`` (detect, explain, rules),
``report`` (the audit report of a run).

Exit codes: 0 all good, 2 usage error, 3 some files failed (the rest were written);
``check`` exits 1 when a file would change.
"""

from __future__ import annotations

# The commands register themselves on the app, in the order --help lists them.
from . import check, clean, inspection, report  # noqa: F401
from .app import EXIT_FAILED, EXIT_USAGE, app, main
from .output import _Progress

__all__ = ["EXIT_FAILED", "EXIT_USAGE", "_Progress", "app", "main"]
