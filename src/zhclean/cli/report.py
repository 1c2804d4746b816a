"""``zhclean report``: what a run removed, as one HTML page or a summary in the terminal.

The work is :mod:`zhclean.audit`'s; this module reads the options and prints::

    zhclean report OUT --out report.html --seed 1   # OUT: a `zhclean clean --out` folder
    zhclean report OUT/manifest.index.json --text   # a Ray run, summed up in the terminal
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import EXIT_FAILED, EXIT_USAGE, app
from .options import IgnoreOpt, RulesOpt, SelectOpt, ToOpt, _prepare
from .output import _console

DEFAULT_OUT = "report.html"


@app.command()
def report(
    manifest: Annotated[
        str,
        typer.Argument(
            metavar="MANIFEST_OR_DIR",
            help="A run's --out folder, its manifest.jsonl, or a Ray run's shards or index.",
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help=f"The HTML page to write (default {DEFAULT_OUT})."
        ),
    ] = None,
    seed: Annotated[
        int,
        typer.Option("--seed", metavar="N", help="Seed of the samples (same seed, same lines)."),
    ] = 0,
    text: Annotated[
        bool,
        typer.Option(
            "--text",
            help="Print the totals and top warnings in the terminal (no page unless --out).",
        ),
    ] = False,
    samples: Annotated[
        int, typer.Option("--samples", metavar="N", min=1, help="Removed lines shown per rule.")
    ] = 10,
    top: Annotated[
        int, typer.Option("--top", metavar="N", min=1, help="Warnings kept (the best ranked).")
    ] = 50,
    max_files: Annotated[
        int,
        typer.Option(
            "--max-files", metavar="N", min=0, help="Files whose before/after view is embedded."
        ),
    ] = 200,
    text_field: Annotated[
        str,
        typer.Option(
            "--text-field", metavar="NAME", help="JSONL runs: the field that was cleaned."
        ),
    ] = "text",
    to: ToOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules_file: RulesOpt = None,
) -> None:
    """Build an audit report of a run: totals, samples per rule, warnings, before/after."""
    from ..audit.build import build_audit
    from ..audit.reading import AuditError

    # Views clean files again: with the run's options (command line, then settings file).
    config = _prepare([], None, None, None, to, select, ignore, rules_file, 1, False).config
    page = out is not None or not text
    try:
        audit = build_audit(
            manifest,
            seed=seed,
            per_rule=samples,
            top=top,
            max_files=max_files if page else 0,
            config=config,
            text_field=text_field,
        )
    except AuditError as exc:
        _console(stderr=True).print(f"zhclean: error: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE if exc.usage else EXIT_FAILED) from None
    if text:
        from ..audit.text import print_summary

        print_summary(audit, _console())
    if page:
        _write_page(audit, out or Path(DEFAULT_OUT), quiet=text)
    if audit.source.corrupt or audit.source.unreadable or audit.source.missing:
        _console(stderr=True).print(
            f"zhclean: warning: {audit.source.corrupt} manifest lines were no record and "
            f"were skipped; {len(audit.source.unreadable) + len(audit.source.missing)} "
            "manifest files could not be read",
            markup=False,
        )


def _write_page(audit, target: Path, quiet: bool) -> None:
    from ..audit.html import write_html

    if target.is_dir():
        target = target / DEFAULT_OUT
    try:
        size = write_html(audit, target)
    except OSError as exc:
        _console(stderr=True).print(
            f"zhclean: error: cannot write {target}: {exc.strerror or exc}", markup=False
        )
        raise typer.Exit(EXIT_FAILED) from None
    t = audit.totals
    _console().print(
        f"wrote {target} ({size / 1e6:.1f} MB): {t.files:,} files, {t.lines_removed:,} lines "
        f"removed, {len(audit.warnings)} warnings, {len(audit.views)} file views",
        markup=False,
    )
