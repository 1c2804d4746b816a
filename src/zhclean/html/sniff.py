"""Is a document markup (an HTML page, a feed) or text? Decided from its first bytes.

>>> sniff(b"<html><body>x")
'html'

A document whose name or HTTP type says HTML or XML (``likely``) and whose root element
is neither a page's nor a feed's (a sitemap's ``urlset``, a configuration file) is
``xml``: other XML, not a page, which the markup stage leaves alone (a user of
trafilatura gets no text from it either).
"""

from __future__ import annotations

import re

SNIFF_BYTES = 4096
_LEAD_RE = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*\?>|<\?xml-stylesheet[^>]*\?>)*", re.DOTALL | re.IGNORECASE
)
_XML_DECL_RE = re.compile(rb"^\s*<\?xml[\s?]", re.IGNORECASE)
# A doctype that names no HTML (RSS 0.91's, an XML vocabulary's): the root follows it.
_OTHER_DOCTYPE_RE = re.compile(rb"<!doctype\s+(?!html)[^>\[]*(?:\[.*?\])?\s*>\s*", re.I | re.S)
_ROOT_RE = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_HTML_START_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_FEED_START_RE = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_TAG_RE = re.compile(
    rb"<(?:html|head|body|div|p|br|table|span|meta|title|a|ul|li|h[1-6])[\s>/]", re.IGNORECASE
)
# Tags no other XML vocabulary is likely to hold (a title, a link, a head are in many).
_BODY_TAG_RE = re.compile(rb"<(?:body|div|p|br|table|span|ul|li|h[1-6])[\s>/]", re.IGNORECASE)
# Elements that open an HTML fragment (a page saved without its <html>).
HTML_ROOTS = frozenset(
    b"html head body div p br table span meta title a ul ol li h1 h2 h3 h4 h5 h6 section "
    b"article main header footer nav aside form center font b i em strong img link script "
    b"style pre blockquote dl dt dd tr td th tbody thead".split()
)
_BOM_ENCODINGS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Without a BOM, UTF-16/32 shows by its NUL bytes: the codec that reads the most ASCII
# (markup is ASCII) is the one.
_WIDE_CODECS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")


def sniff(data: bytes, likely: bool = False) -> str | None:
    """``"html"``, ``"feed"``, ``"xml"`` (other XML, ``likely`` only) or None (not
    markup: text), from the first bytes.

    >>> sniff(b"  <!doctype html><p>x"), sniff(b'<?xml version="1.0"?><rss>'), sniff(b"<p>x")
    ('html', 'feed', None)
    >>> sniff(b"<p>x", likely=True), sniff("正文<p>".encode(), likely=True)
    ('html', 'html')
    >>> sniff(b'<?xml version="1.0"?><urlset><url><loc>http://a.cn/</loc></url></urlset>', True)
    'xml'
    >>> sniff(b'<?xml version="1.0"?><urlset/>'), sniff("<html><p>正文</p>".encode("utf-16-le"))
    (None, 'html')
    """
    head = _ascii_head(data)
    start = head[_LEAD_RE.match(head).end() :]
    if start[:9].lower() == b"<!doctype":
        if b"html" in start[:200].lower():  # XHTML's doctype is html too
            return "html"
        other = _OTHER_DOCTYPE_RE.match(start)
        start = start[other.end() :] if other else start
    if start[:1] == b"<":
        if _FEED_START_RE.match(start):
            return "feed"
        if _HTML_START_RE.match(start):
            return "html"
    if not likely:
        return None
    root = _ROOT_RE.match(start)
    # Another XML vocabulary, unless a page with a custom element first says HTML.
    other = root is not None and root.group(1).lower() not in HTML_ROOTS
    if other and (_XML_DECL_RE.match(head) or not _BODY_TAG_RE.search(head)):
        return "xml"
    if _HTML_TAG_RE.search(head):
        return "html"
    return None


def root_name(data: bytes) -> str | None:
    """The name of the document's first element (for messages).

    >>> root_name(b'<?xml version="1.0"?>\\n<!-- x --><urlset xmlns="...">')
    'urlset'
    """
    head = _ascii_head(data)
    start = head[_LEAD_RE.match(head).end() :]
    other = _OTHER_DOCTYPE_RE.match(start)
    start = start[other.end() :] if other else start
    root = _ROOT_RE.match(start)
    return root.group(1).decode("ascii", "replace") if root else None


def _ascii_head(data: bytes) -> bytes:
    """The first bytes with a BOM removed, UTF-16/32 (with a BOM or without) read as its
    ASCII bytes."""
    head = data[: SNIFF_BYTES * 4]
    for bom, codec in _BOM_ENCODINGS:
        if head.startswith(bom):
            body = head[len(bom) :]
            if codec == "utf-8":
                return body[:SNIFF_BYTES]
            return _ascii_of(body, codec)[:SNIFF_BYTES]
    if b"\x00" in head[:SNIFF_BYTES]:
        readings = [_ascii_of(head, codec) for codec in _WIDE_CODECS]
        return max(readings, key=len)[:SNIFF_BYTES]
    return head[:SNIFF_BYTES]


def _ascii_of(data: bytes, codec: str) -> bytes:
    """The ASCII characters (NUL aside) of ``data`` read with a wide codec."""
    data = data[: len(data) - len(data) % 4]
    text = data.decode(codec, "ignore").replace("\x00", "")
    return text.encode("ascii", "ignore")


__all__ = ["root_name", "sniff"]
