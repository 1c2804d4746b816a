"""A page or a feed read: decoded by its declared or detected encoding, then parsed.

>>> page = read_page("<html><title>题</title><p>正文。</p>".encode("gbk"))
>>> page.encoding, page.title, page.text
('gb18030', '题', '正文。')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..report import Report
from .blocks import Block, parse_html
from .charset import decode_page
from .feeds import parse_feed
from .sniff import sniff


@dataclass
class Page:
    """A page's visible text, one block a line, and what came with it.

    ``source`` is ``html`` or ``feed``; ``blocks`` are the lines with their DOM evidence,
    ``entries`` (a feed's) the indexes of the blocks that start its entries; ``text`` is
    None when the bytes could not be decoded (``error``, ``error_code`` say why).
    """

    source: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    encoding: str | None = None
    confidence: float = 0.0
    encoding_origin: str = "detected"
    declared: str | None = None
    error: str | None = None
    error_code: str | None = None
    entries: list[int] = field(default_factory=list)

    @property
    def text(self) -> str | None:
        if self.error_code is not None:
            return None
        return "\n".join(block.text for block in self.blocks)


def read_page(
    data: bytes,
    report: Report | None = None,
    http_charset: str | None = None,
    kind: str | None = None,
) -> Page:
    """Decode and parse a page or a feed (``kind``: ``html``, ``feed``, or None: sniffed)."""
    report = report if report is not None else Report()
    kind = kind or sniff(data, likely=True) or "html"
    kind = "html" if kind == "xml" else kind  # asked to read a page: what HTML it holds
    decoded = decode_page(data, report, http_charset)
    if decoded.text is None:
        return Page(kind, error=decoded.error, error_code=decoded.error_code or "ZH902")
    parsed = parse_feed(decoded.text) if kind == "feed" else parse_html(decoded.text)
    return Page(
        kind,
        parsed.blocks,
        parsed.title,
        decoded.encoding,
        decoded.confidence,
        decoded.origin,
        decoded.declared,
        entries=parsed.entries,
    )


__all__ = ["Page", "read_page"]
