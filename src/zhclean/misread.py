"""Mojibake's wrong readings, undone: text turned back into the bytes the wrong reader saw
(its *units*), and those bytes decoded with the right codec. :mod:`.mojibake` chooses
among the readings; this module only makes them.

    >>> undo("ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡", "gbk-as-latin1")        # GBK bytes read as Latin-1
    '我们终于成功了！'
    >>> undo("浠ｇ爜澶у叏", "utf8-as-gbk")                  # UTF-8 bytes read as GBK
    '代码大全'

A reader that met bytes it could not decode wrote U+FFFD for one byte and went on; that
byte is a *hole* in the units (:data:`HOLE`), and the one character it belonged to becomes
one U+FFFD again (never a guess). Units with no hole are ``bytes`` (what a codec call
gives, in C); with holes, a list of ints.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .cache import cached, source_of
from .chardata import class_ranges

HOLE = -1  # a byte the wrong reader replaced with U+FFFD
Units = bytes | list[int]  # bytes when none was lost, else a list holding HOLE


def _as_units(out: list[int]) -> Units:
    """A walk's units: bytes when it met no hole."""
    return out if HOLE in out else bytes(out)


def lossless(units: Units) -> bytes | None:
    """The units as bytes, or None when a byte was lost."""
    return units if isinstance(units, bytes) else None if HOLE in units else bytes(units)


# --- readers: text -> the bytes the wrong reader saw ---------------------------------------------


def latin_units(text: str) -> Units | None:
    """Bytes under a Latin-1/CP1252 reading, including pairs a later step re-read as UTF-8."""
    try:
        return text.encode("latin-1")  # the usual case, in C
    except UnicodeEncodeError:
        pass
    out: list[int] = []
    for char in text:
        code = ord(char)
        if code < 0x100:
            out.append(code)
            continue
        if char == "\ufffd":
            out.append(HOLE)
            continue
        try:
            out.extend(char.encode("cp1252"))
        except UnicodeEncodeError:
            if code < 0x3000 or 0xA000 <= code < 0x10000:
                out.extend(char.encode("utf-8"))
            else:
                return None  # an ideograph: this text was never read as Latin-1
    return _as_units(out)


_PRINTABLE_ASCII_RUN = re.compile("[\x20-\x7e]+")


def _pending_after(pending: int, data: bytes) -> int:
    """The UTF-8 continuation bytes still awaited after ``data`` (``gbk_units``' walk)."""
    for byte in data:
        if pending and 0x80 <= byte <= 0xBF:
            pending -= 1
        else:
            pending = 3 if byte >= 0xF0 else 2 if byte >= 0xE0 else 1 if byte >= 0xC0 else 0
    return pending


@lru_cache(maxsize=1)
def _may_open_re() -> re.Pattern[str]:
    """A character before a printable ASCII run that may leave a UTF-8 sequence pending in
    GBK bytes. After any other (ASCII; four GB18030 bytes, which end in a digit; two bytes
    whose second is below 0x80, or a two-byte lead with one continuation byte) nothing is
    pending, whatever was before."""
    body = cached("gbk-may-open", (source_of(__file__),), _may_open_class)
    return re.compile(f"[{body}](?=[\x20-\x7e])")


def _may_open_class() -> str:
    codes = []
    for code in range(0x80, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates: no GB18030 bytes
        data = chr(code).encode("gb18030")
        if len(data) == 2 and (
            data[1] >= 0xC0 or (data[1] >= 0x80 and not 0xC0 <= data[0] <= 0xDF)
        ):
            codes.append(code)
    return class_ranges(codes)


def _gbk_units_folding(text: str, data: bytes) -> bytes:
    """:func:`gbk_units` for a text with folded forms and no U+FFFD. Only a printable ASCII
    run that starts while a sequence is pending changes, so only the runs after a character
    that may leave one pending are looked at (one scan in C finds them); the text between
    them is encoded in one codec call. What is pending where a run starts is known from the
    last four bytes before it (a lead byte resets the count, four bytes exhaust any), or from
    fewer and what the run before them left pending. A run is walked only while something
    is pending. ``data`` is the text's GB18030 bytes: the units when no run was pending."""
    out = bytearray()
    done = 0  # text[:done] is in out
    walked_end, walked_pending = -1, 0  # the end of the last run walked, and what it left
    for match in _may_open_re().finditer(text):
        start = match.end()  # where the run starts
        low = max(0, start - 4)
        stretch = start - 1  # the characters since the previous run (four at most)
        while stretch > low and not "\x20" <= text[stretch - 1] <= "\x7e":
            stretch -= 1
        tail = text[stretch:start].encode("gb18030")
        if len(tail) >= 4:
            pending = _pending_after(0, tail[-4:])
        else:
            before = walked_pending if stretch == walked_end else 0
            pending = _pending_after(before, tail)
        if not pending:
            continue
        end = _PRINTABLE_ASCII_RUN.match(text, start).end()
        out += text[done:start].encode("gb18030")
        i = start
        while pending and i < end:
            char = text[i]
            chunk = b"\xa1\xa1" if char == " " else bytes([0xA3, 0xA1 + ord(char) - 0x21])
            out += chunk
            pending = _pending_after(pending, chunk)
            i += 1
        if i < end:
            out += text[i:end].encode("ascii")
            pending = 0
        done = walked_end = end
        walked_pending = pending
    if not done:
        return data  # nothing was pending where a run starts: no form to restore
    out += text[done:].encode("gb18030")
    return bytes(out)


def gbk_units(text: str) -> Units | None:
    """Bytes under a GBK reading.

    Pages are often NFKC-folded after the damage, which turns GBK's full-width
    forms (A3A1-A3FE, A1A1) into ASCII: an ASCII character where a UTF-8
    sequence still awaits continuation bytes was such a full-width form.

    The usual case is one codec call, when nothing was lost and no ASCII character follows
    an unfinished UTF-8 sequence: the walk character by character below gives the same
    bytes there (GBK and GB18030 encode every character GBK has alike, so "GBK, else
    GB18030" is GB18030).
    """
    if "\ufffd" not in text:
        try:
            data = text.encode("gb18030")
        except UnicodeEncodeError:
            return None
        return _gbk_units_folding(text, data)
    return gbk_units_walk(text)


def gbk_units_walk(text: str) -> Units | None:
    """:func:`gbk_units` character by character: the reference its fast paths give the
    same bytes as, and the way for a text with lost characters."""
    out: list[int] = []
    pending = 0  # continuation bytes the UTF-8 sequence in progress still needs
    for char in text:
        if char == "\ufffd":
            out.append(HOLE)
            pending = max(0, pending - 1)
            continue
        if pending and "!" <= char <= "~":
            chunk = bytes([0xA3, 0xA1 + ord(char) - 0x21])
        elif pending and char == " ":
            chunk = b"\xa1\xa1"
        else:
            try:
                chunk = char.encode("gbk")
            except UnicodeEncodeError:
                try:
                    chunk = char.encode("gb18030")
                except UnicodeEncodeError:
                    return None
        out.extend(chunk)
        for byte in chunk:
            if pending and 0x80 <= byte <= 0xBF:
                pending -= 1
            else:
                pending = 3 if byte >= 0xF0 else 2 if byte >= 0xE0 else 1 if byte >= 0xC0 else 0
    return _as_units(out)


def big5_units(text: str) -> Units | None:
    if "\ufffd" not in text:
        try:
            return text.encode("big5hkscs")
        except UnicodeEncodeError:
            return None
    out: list[int] = []
    for char in text:
        if char == "\ufffd":
            out.append(HOLE)
            continue
        try:
            out.extend(char.encode("big5hkscs"))
        except UnicodeEncodeError:
            return None
    return _as_units(out)


# --- decoders: units -> text, one U+FFFD per character that lost a byte ------------------------------


def decode_utf8(units: Units) -> str:
    data = lossless(units)
    if data is not None:
        try:
            return data.decode("utf-8")  # nothing lost and valid: the usual case
        except UnicodeDecodeError:
            pass
    units = list(units)  # walked as ints, where a hole is one
    out: list[str] = []
    i, n = 0, len(units)
    while i < n:
        byte = units[i]
        if byte == HOLE or 0x80 <= byte <= 0xBF:
            # A lost lead byte, or a stray continuation: one unknown character, with the
            # rest of it (holes and continuation bytes, four bytes at most).
            j = i + 1
            while j < n and j < i + 4 and (units[j] == HOLE or 0x80 <= units[j] <= 0xBF):
                j += 1
            out.append("\ufffd")
            i = j
            continue
        if byte < 0x80:
            out.append(chr(byte))
            i += 1
            continue
        size = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
        j, broken = i + 1, False
        while j < n and j < i + size:
            nxt = units[j]
            if nxt == HOLE:
                broken = True
            elif not 0x80 <= nxt <= 0xBF:
                break
            j += 1
        if broken or j < i + size:
            out.append("\ufffd")
        else:
            try:
                out.append(bytes(units[i:j]).decode("utf-8"))
            except UnicodeDecodeError:
                out.append("\ufffd")
        i = j
    return "".join(out)


def _decode_double_byte(units: list[int], codec: str) -> str:
    out: list[str] = []
    i, n = 0, len(units)
    while i < n:
        byte = units[i]
        if byte != HOLE and byte < 0x80:
            out.append(chr(byte))
            i += 1
            continue
        pair = units[i : i + 2]
        if HOLE in pair or len(pair) < 2:
            out.append("\ufffd")
        elif codec == "gb18030" and byte == 0x80:
            out.append("€")  # CP936's euro sign; GB18030 has no single byte 0x80
            i += 1
            continue
        else:
            try:
                out.append(bytes(pair).decode(codec))
            except UnicodeDecodeError:
                if codec == "gb18030" and i + 4 <= n and HOLE not in units[i : i + 4]:
                    try:
                        out.append(bytes(units[i : i + 4]).decode(codec))
                        i += 4
                        continue
                    except UnicodeDecodeError:
                        pass
                out.append("\ufffd")
                i += 1
                continue
        i += 2
    return "".join(out)


def _decode_legacy(units: Units, codec: str) -> str:
    """Whole bytes at once when nothing was lost and the codec agrees; pair by pair otherwise."""
    data = lossless(units)
    if data is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    return _decode_double_byte(list(units), codec)


def decode_gb18030(units: Units) -> str:
    return _decode_legacy(units, "gb18030")


def decode_big5(units: Units) -> str:
    return _decode_legacy(units, "big5hkscs")


# family -> (reader, right decoder)
FAMILIES: dict[str, tuple[Callable[[str], Units | None], Callable[[Units], str]]] = {
    "gbk-as-latin1": (latin_units, decode_gb18030),
    "big5-as-latin1": (latin_units, decode_big5),
    "utf8-as-latin1": (latin_units, decode_utf8),
    "utf8-as-gbk": (gbk_units, decode_utf8),
    "utf8-as-big5": (big5_units, decode_utf8),
    "big5-as-gbk": (gbk_units, decode_big5),
}


QUICK_CODECS: dict[Callable[[Units], str], str] = {
    decode_utf8: "utf-8",
    decode_gb18030: "gb18030",
    decode_big5: "big5hkscs",
}


def undo(text: str, family: str) -> str | None:
    """Re-read ``text`` as the given family says it should have been read."""
    reader, decoder = FAMILIES[family]
    units = reader(text)
    if units is None:
        return None
    return decoder(units)
