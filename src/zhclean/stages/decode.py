"""Stage 1, decode: bytes -> str, with the encoding named and scored.

Order: known binary signatures, BOM, strict UTF-8, then every plausible codec
(GB18030 for GB2312/GBK, Big5-HKSCS for Big5, UTF-16/32 without BOM, and
chardet's own guess) decoded strictly and ranked by how Chinese the result
reads (:func:`zhclean.chardata.cjk_score`), not by chardet's confidence alone.
Bytes no candidate decodes are an error for the file: nothing is replaced.

    >>> decode("中文".encode("gb18030"), Report()).encoding
    'gb18030'
    >>> decode(b"\\xef\\xbb\\xbfok", Report()).text
    'ok'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..chardata import cjk_score
from ..report import Report

# (signature, description): files that start like this are not text.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (doc/xls)"),
    (b"RIFF", "RIFF media (wav/avi/webp)"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"wOFF", "WOFF font"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Legacy codecs tried in this order; ties go to the earlier one.
LEGACY_CANDIDATES = ("gb18030", "big5hkscs", "cp950")


@dataclass
class Decoded:
    text: str | None
    encoding: str | None = None
    confidence: float = 0.0
    error: str | None = None
    error_code: str | None = None  # ZH9xx when text is None


# Every signature at once: one startswith settles the usual file, which has none of them.
_SIGNATURES = tuple(signature for signature, _ in BINARY_SIGNATURES)


def _sniff_binary(data: bytes) -> str | None:
    if not data.startswith(_SIGNATURES):
        return None
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            # Some signatures are ASCII words ("RIFF", "BZh", "wOFF"): a file of plain UTF-8
            # text that starts with one (a cleaned file may) is text.
            if signature.isascii() and _plain_utf8(data):
                return None
            return what
    return None


def _plain_utf8(data: bytes) -> bool:
    """Valid UTF-8 without control characters other than white space."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text[:4096])


def _utf16_32_candidates(data: bytes) -> list[str]:
    """Codecs for BOM-less UTF-16/32, from where the NUL bytes sit."""
    out: list[str] = []
    if len(data) % 4 == 0 and data.count(b"\x00") >= len(data) // 2:
        out += ["utf-32-le", "utf-32-be"]
    if len(data) % 2 == 0:
        out += ["utf-16-le", "utf-16-be"]
    return out


def strict_decode(data: bytes, codec: str) -> str | None:
    """``data`` read with ``codec``, or None when a byte does not fit it (never replaced)."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _all_on(code: str) -> bool:
    return True


def _normalize_newlines(text: str, report: Report, on: Callable[[str], bool]) -> str:
    crlf = text.count("\r")
    if crlf and on("ZH103"):  # off: the pipeline keeps the file's line endings
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        report.add("ZH103", count=crlf)
    return text


def _looks_textual(text: str) -> bool:
    """Reject decodings full of control characters (binary that happened to decode).

    A page a spammer sprinkled with controls (one before each punctuation mark) still
    reads as Chinese once they are set aside: up to a third of controls is then allowed.

        >>> _looks_textual("做SEO优化\x08\x07都知道\x06，更新\x08原创文章\x07是关键\x06。" * 5)
        True
        >>> _looks_textual("\x01\x02ab\x03\x04cd\x05\x06" * 50)
        False
    """
    if not text:
        return True
    sample = text[:4096]
    controls = len(_CONTROL_RE.findall(sample))
    share = controls / len(sample)
    if share < 0.1:
        return True
    if share >= CONTROL_SHARE_MAX:
        return False
    rest = "".join(c for c in sample if ord(c) >= 32 or c in "\t\n\r\f\v")
    return cjk_score(rest) >= 0.8


# Control characters but white space and ESC (counted in one scan, not a loop).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# A well-formed UTF-8 sequence beyond ASCII (the Unicode standard's table 3-7, which
# Python's decoder follows: no overlong forms, no surrogates, nothing past U+10FFFF).
_UTF8_SEQUENCE = (
    b"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    b"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    b"|\xf4[\x80-\x8f][\x80-\xbf]{2})"
)
# A line (between LF bytes) that is valid UTF-8 and not ASCII: its ASCII start, a sequence,
# then ASCII and sequences to the line's end. One search on the bytes, in C (a decoding
# with escapes costs a call of the error handler at every byte of a legacy text); linear,
# since each alternative is chosen by its first byte.
_UTF8_LINE_RE = re.compile(
    b"^[\x00-\x09\x0b-\x7f]*%s(?:[\x00-\x09\x0b-\x7f]|%s)*$" % (_UTF8_SEQUENCE, _UTF8_SEQUENCE),
    re.M,
)


def _has_utf8_line(data: bytes) -> bool:
    """Does some line of ``data`` decode as UTF-8 and hold non-ASCII? Without one, no
    reading is mixed (:func:`_mixed` would return None for every legacy codec). Multibyte
    sequences never span an LF byte, so a line's validity is the same alone or in the whole."""
    return _UTF8_LINE_RE.search(data) is not None


# Controls beyond this share make any decoding binary, however Chinese the rest reads.
CONTROL_SHARE_MAX = 1 / 3


# Unicode categories that make up written text: letters, marks, numbers, punctuation.
# Symbols (box drawing, ■, √), controls, private use and unassigned code points are not.
TEXT_CATEGORIES = frozenset("LMNP")
# A reading whose characters beyond ASCII are symbols or controls for more than this share
# is no text: bytes a single-byte code page maps to *something* (b"\xfe" -> "■").
SYMBOL_SHARE_MAX = 0.2
ASCII_PROBE = b"The 2 quick <a href='x'>foxes</a>; 100% [ok]!\n"


def _reads_as_text(text: str, codec: str) -> bool:
    """Does a reading by a codec that chardet guessed (not a Chinese one) look written?

    Its ASCII stays ASCII (no EBCDIC), and its other characters are mostly letters, marks,
    digits and punctuation:

        >>> _reads_as_text("Grüße aus München – “schön”", "cp1252")
        True
        >>> _reads_as_text("ב0\xa0■·√ abc אא", "cp862")
        False
    """
    try:
        if ASCII_PROBE.decode(codec) != ASCII_PROBE.decode("ascii"):
            return False
    except (UnicodeDecodeError, LookupError):
        return False
    sample = [c for c in text[:4096] if ord(c) > 0x7F and not c.isspace()]
    if not sample:
        return True
    symbols = sum(1 for c in sample if unicodedata.category(c)[0] not in TEXT_CATEGORIES)
    return symbols / len(sample) <= SYMBOL_SHARE_MAX


def decode(data: bytes, report: Report, on: Callable[[str], bool] = _all_on) -> Decoded:
    """Decode ``data``. With ZH101 off a BOM is kept (as a leading U+FEFF); with ZH103
    off, CR and CRLF line endings are left for the pipeline to keep."""
    if not data:
        return Decoded(None, error="empty file", error_code="ZH903")
    binary = _sniff_binary(data)
    if binary:
        return Decoded(None, error=f"not text: {binary}", error_code="ZH901")

    for bom, codec in BOMS:
        if data.startswith(bom):
            text = strict_decode(data[len(bom) :], codec)
            if text is not None:
                if on("ZH101"):
                    report.add("ZH101")
                else:
                    text = "\ufeff" + text
                if codec != "utf-8":
                    report.add("ZH102", text=None)
                return Decoded(
                    _normalize_newlines(text, report, on),
                    codec + "-sig" if codec == "utf-8" else codec,
                    1.0,
                )

    nul_share = data.count(b"\x00") / len(data)
    if nul_share < 0.01:  # a stray NUL in UTF-8 text is garble's business, not a codec question
        text = strict_decode(data, "utf-8")
        if text is not None:
            return Decoded(_normalize_newlines(text, report, on), "utf-8", 1.0)

    candidates: list[tuple[float, int, str, str]] = []  # (score, -order, codec, text)
    codecs = _utf16_32_candidates(data) if nul_share or len(data) % 2 == 0 else []
    if nul_share == 0:
        codecs = list(LEGACY_CANDIDATES) + codecs
    for order, codec in enumerate(codecs):
        text = strict_decode(data, codec)
        if text is None or not _looks_textual(text):
            continue
        candidates.append((cjk_score(text[:20000]), -order, codec, text))
    # chardet is slow: ask it only when no Chinese reading is convincing (other languages,
    # single-byte codecs).
    if not candidates or max(c[0] for c in candidates) < 0.6:
        for order, codec in enumerate(_chardet_guess(data), start=len(codecs)):
            if codec in codecs:
                continue
            text = strict_decode(data, codec)
            if text is not None and _looks_textual(text) and _reads_as_text(text, codec):
                candidates.append((cjk_score(text[:20000]), -order, codec, text))

    if nul_share == 0 and _has_utf8_line(data):
        # A file of one legacy codec with UTF-8 paragraphs pasted in: decode line by line.
        for order, codec in enumerate(("gb18030", "big5hkscs"), start=len(codecs)):
            text = _mixed(data, codec)
            if text is not None:
                candidates.append((cjk_score(text[:20000]), -order, f"mixed:utf-8+{codec}", text))

    if not candidates:
        if nul_share > 0.01:
            return Decoded(
                None, error="not text: NUL bytes and no UTF-16/32 reading", error_code="ZH901"
            )
        return Decoded(
            None, error="undecodable: no candidate encoding decodes these bytes", error_code="ZH902"
        )

    candidates.sort(reverse=True)
    best_score, _, codec, text = candidates[0]
    runner_up = candidates[1][0] if len(candidates) > 1 else -3.0
    if best_score < 0:
        # Every reading is gibberish: better an error than text nobody wrote.
        if nul_share > 0.01:
            return Decoded(
                None,
                error="not text: NUL bytes and no plausible UTF-16/32 reading",
                error_code="ZH901",
            )
        return Decoded(
            None,
            error="undecodable: no candidate encoding gives plausible text",
            error_code="ZH902",
        )
    confidence = max(0.0, min(1.0, 0.5 + best_score / 2 + min(0.5, (best_score - runner_up) / 2)))
    report.add("ZH102")
    if "gb18030" in codec:
        text = as_browsers_read_gbk(text)
    return Decoded(_normalize_newlines(text, report, on), _canonical(codec), round(confidence, 3))


# GBK pages print the bytes A3 A0 as a full-width space (a habit of old editors); Python's
# GB18030 codec reads them as the private-use U+E5E5, which no font shows. Browsers read them
# as U+3000, "for compatibility with deployed content" (WHATWG Encoding, index gb18030).
GBK_SPACE_PUA = "\ue5e5"


def as_browsers_read_gbk(text: str) -> str:
    """Text decoded from GBK or GB18030 as a browser shows it.

    >>> as_browsers_read_gbk(bytes.fromhex("a3a0a3a0d6d0cec4").decode("gb18030"))
    '\u3000\u3000中文'
    """
    return text.replace(GBK_SPACE_PUA, "\u3000") if GBK_SPACE_PUA in text else text


def _mixed(data: bytes, legacy: str) -> str | None:
    """Each line as UTF-8 when it is valid UTF-8 with non-ASCII bytes, else as ``legacy``.

    None unless both kinds of line occur (a file of one codec is not mixed).
    """
    lines = data.split(b"\n")
    if len(lines) < 2:
        return None
    out: list[str] = []
    utf8_lines = legacy_lines = 0
    for line in lines:
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        try:
            out.append(line.decode("utf-8"))
            utf8_lines += 1
        except UnicodeDecodeError:
            try:
                out.append(line.decode(legacy))
            except UnicodeDecodeError:
                return None
            legacy_lines += 1
    if not utf8_lines or not legacy_lines:
        return None
    return "\n".join(out)


def _canonical(codec: str) -> str:
    names = {"cp950": "big5", "big5hkscs": "big5hkscs", "gb18030": "gb18030"}
    if codec.startswith("mixed:"):
        return codec
    return names.get(codec, codec.lower())


def _chardet_guess(data: bytes) -> list[str]:
    """chardet's guess, as one more candidate (mapped onto our supersets)."""
    import chardet  # imported lazily: the clean-UTF-8 path never needs it

    guess = chardet.detect(data[:65536])
    name = (guess.get("encoding") or "").lower()
    if not name:
        return []
    superset = {
        "gb2312": "gb18030",
        "gbk": "gb18030",
        "hz-gb-2312": "hz",
        "big5": "big5hkscs",
        "ascii": "utf-8",
    }
    return [superset.get(name, name)]
