"""Is a document markup (an HTML page, a feed) or text? Decided from its first bytes.

>>> sniff(b"<html><body>x")
'html'
"""

from __future__ import annotations

import re

SNIFF_BYTES = 4096
_LEAD_RE = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*\?>|<\?xml-stylesheet[^>]*\?>)*", re.DOTALL | re.IGNORECASE
)
_HTML_START_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_FEED_START_RE = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_TAG_RE = re.compile(
    rb"<(?:html|head|body|div|p|br|table|span|meta|title|a|ul|li|h[1-6])[\s>/]", re.IGNORECASE
)
_BOM_ENCODINGS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def sniff(data: bytes, likely: bool = False) -> str | None:
    """``"html"``, ``"feed"`` or None (not markup), from the first bytes.

    >>> sniff(b"  <!doctype html><p>x"), sniff(b'<?xml version="1.0"?><rss>'), sniff(b"<p>x")
    ('html', 'feed', None)
    >>> sniff(b"<p>x", likely=True), sniff("正文<p>".encode(), likely=True)
    ('html', 'html')
    """
    head = _ascii_head(data)
    start = head[_LEAD_RE.match(head).end() :]
    if start[:1] == b"<":
        if _FEED_START_RE.match(start):
            return "feed"
        if _HTML_START_RE.match(start):
            return "html"
        if start[:9].lower() == b"<!doctype":  # another doctype: XHTML's is html too
            return "html" if b"html" in start[:200].lower() else None
    if likely and _HTML_TAG_RE.search(head):
        return "html"
    return None


def _ascii_head(data: bytes) -> bytes:
    """The first bytes with a BOM removed, UTF-16 read as its ASCII bytes."""
    head = data[: SNIFF_BYTES * 2]
    for bom, codec in _BOM_ENCODINGS:
        if head.startswith(bom):
            body = head[len(bom) :]
            if codec == "utf-8":
                return body[:SNIFF_BYTES]
            return body.decode(codec, "ignore").encode("ascii", "ignore")[:SNIFF_BYTES]
    return head[:SNIFF_BYTES]


__all__ = ["sniff"]
