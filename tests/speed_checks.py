"""What the speed tests compare: a page's text and events cleaned by the boilerplate stage,
with the shortcut under test and without it (the long way), for the same pages."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate


def cleaned_pages(pages: list[str]) -> list[tuple[str, list[tuple[str, int | None, str | None]]]]:
    """Each page's text after the boilerplate stage and its events (code, line, detector)."""
    out = []
    for page in pages:
        report = Report()
        text = boilerplate(page, report, lambda code: True)
        out.append((text, [(e.code, e.line, e.detector) for e in report.events]))
    return out
