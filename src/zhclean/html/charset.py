"""The encoding of a page: its BOM, then what it declares (the HTTP ``Content-Type``,
``<meta charset>`` or ``http-equiv``, the XML declaration), each checked against the
bytes, then the decode stage's own detection.

Declared charsets lie. A page that says GB2312 is read as GB18030 (GBK bytes are
its superset); one that says anything but is valid UTF-8 with non-ASCII bytes is
UTF-8; a declaration whose codec fails on the bytes, or reads far less like Chinese
than the detected encoding does, is passed over.

    >>> declared_charsets(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    [('meta', 'gb2312')]
    >>> page = "<meta charset=gb2312><p>镕基说：“喆”</p>".encode("gbk")
    >>> decode_page(page, Report()).encoding
    'gb18030'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..chardata import cjk_score
from ..report import Report
from ..stages.decode import BOMS, decode, strict_decode

HEAD_BYTES = 16384  # where declarations are looked for (HTML says the first 1024; pages lie)

META_CHARSET_RE = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""", re.I)
HTTP_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)

# Declared names read with the codec the bytes really use: supersets, as browsers do.
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf8": "utf-8",
    "unicode": "utf-16",
}
# A declared reading this much less Chinese than the detected one is a lie.
SCORE_MARGIN = 0.3
TAG_RE = re.compile(r"<[^>]*>")


@dataclass
class PageText:
    """A decoded page: its text, the codec, how sure, and where the encoding came from
    (``bom``, ``http``, ``meta``, ``xml`` or ``detected``); ``declared`` names a
    declaration the bytes contradicted."""

    text: str | None
    encoding: str | None = None
    confidence: float = 0.0
    origin: str = "detected"
    declared: str | None = None
    error: str | None = None
    error_code: str | None = None


def declared_charsets(data: bytes, http_charset: str | None = None) -> list[tuple[str, str]]:
    """(origin, charset name) of every declaration, in the order they are believed."""
    found: list[tuple[str, str]] = []
    if http_charset:
        match = HTTP_CHARSET_RE.search(http_charset)
        found.append(("http", (match.group(1) if match else http_charset).strip()))
    head = data[:HEAD_BYTES]
    meta = META_CHARSET_RE.search(head)
    if meta:
        found.append(("meta", meta.group(1).decode("ascii")))
    xml = XML_DECL_RE.search(head)
    if xml:
        found.append(("xml", xml.group(1).decode("ascii")))
    return [(origin, name.lower()) for origin, name in found]


def codec_of(name: str) -> str | None:
    """The codec that reads a declared charset name, or None when Python knows none.

    >>> codec_of("GB2312"), codec_of("x-gbk"), codec_of("utf8"), codec_of("no-such")
    ('gb18030', 'gb18030', 'utf-8', None)
    """
    name = name.strip().lower()
    if name in SUPERSETS:
        return SUPERSETS[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _score(text: str) -> float:
    return cjk_score(TAG_RE.sub("", text[:60000])[:20000])


def decode_page(data: bytes, report: Report, http_charset: str | None = None) -> PageText:
    """Decode a page's bytes (see the module's docstring for the order)."""
    for bom, _ in BOMS:
        if data.startswith(bom):
            decoded = decode(data, report)  # the decode stage reads a BOM (ZH101)
            return _from_decoded(decoded, "bom")
    declared = declared_charsets(data, http_charset)
    utf8 = _utf8(data)
    if utf8 is not None and not data.isascii():
        # Valid UTF-8 beyond ASCII is UTF-8, whatever a declaration says.
        lie = next((name for _, name in declared if codec_of(name) != "utf-8"), None)
        origin = next((o for o, name in declared if codec_of(name) == "utf-8"), "detected")
        return PageText(utf8, "utf-8", 1.0, origin, lie)
    detected: PageText | None = None
    lies: list[str] = []
    for origin, name in declared:
        codec = codec_of(name)
        if codec is None:
            lies.append(name)
            continue
        text = strict_decode(data, codec)
        if text is None:
            lies.append(name)
            continue
        if codec == "utf-8" or data.isascii():
            return PageText(text, _canonical(codec), 1.0, origin, lies[0] if lies else None)
        detected = detected or _from_decoded(decode(data, Report()), "detected")
        if (
            detected.text is not None
            and detected.encoding != _canonical(codec)
            and _score(detected.text) > _score(text) + SCORE_MARGIN
        ):
            lies.append(name)
            continue
        report.add("ZH102")
        return PageText(text, _canonical(codec), 1.0, origin, lies[0] if lies else None)
    result = _from_decoded(decode(data, report), "detected")
    result.declared = lies[0] if lies else None
    return result


def _utf8(data: bytes) -> str | None:
    return strict_decode(data, "utf-8")


def _canonical(codec: str) -> str:
    return {"big5hkscs": "big5hkscs", "cp950": "big5"}.get(codec, codec)


def _from_decoded(decoded, origin: str) -> PageText:
    return PageText(
        decoded.text,
        decoded.encoding,
        decoded.confidence,
        origin,
        error=decoded.error,
        error_code=decoded.error_code,
    )


__all__ = ["PageText", "codec_of", "declared_charsets", "decode_page"]
