"""Stage 0, markup: a whole HTML page or an RSS/Atom feed becomes its visible text, one
block a line, before the text stages; each line's DOM evidence goes to the boilerplate
stage (``report.dom``). Text is left to the decode stage (None).

    >>> from zhclean.report import Report
    >>> report = Report()
    >>> page = markup(b"<!doctype html><body><nav><a href=/>Home</a></nav><p>Hi.</p>", report)
    >>> page.source, page.text, report.dom is not None
    ('html', 'Home\\nHi.', True)
    >>> markup("正文。".encode(), Report()) is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..html import sniff
from ..html.sniff import root_name
from ..report import Report
from .boilerplate.dom import DomHints
from .decode import _sniff_binary

if TYPE_CHECKING:
    from ..html.page import Page


@dataclass(frozen=True)
class MarkupHint:
    """What is known of a document besides its bytes: ``likely`` (its name or HTTP type
    says HTML or XML), ``charset`` (an HTTP ``Content-Type``), ``kind`` (``html``,
    ``feed``: known, not sniffed; ``text``: never markup)."""

    likely: bool = False
    charset: str | None = None
    kind: str | None = None


def markup(data: bytes, report: Report, hint: MarkupHint | None = None) -> Page | None:
    """The page in ``data``, or None when it is no markup (then it is text). Other XML
    (``likely`` only: a sitemap named ``*.xml``) is a page with no text and its reason,
    which the pipeline reports as skipped."""
    hint = hint or MarkupHint()
    if hint.kind == "text" or not data or _sniff_binary(data):
        return None
    kind = hint.kind or sniff(data, hint.likely)
    if kind is None:
        return None
    from ..html.page import Page, read_page  # lxml is imported only when a page comes

    if kind == "xml":  # a sitemap, a configuration file: XML, but no page and no feed
        root = root_name(data)
        what = f"an XML document (root <{root}>)" if root else "an XML document"
        error = f"{what}, neither an HTML page nor an RSS/Atom feed: not cleaned"
        return Page("xml", error=error, error_code="ZH904")

    page = read_page(data, report, hint.charset, kind)
    if page.blocks:  # a feed's lines carry no chrome, but its entries' titles are known
        title = page.title if page.source == "html" else None
        report.dom = DomHints.of(page.blocks, title, page.entries)
    return page


__all__ = ["MarkupHint", "markup"]
