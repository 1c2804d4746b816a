"""Stage 2, repair: undo byte-level mojibake.

Mojibake is text whose bytes were decoded with the wrong codec. The CJK
families (which ftfy does not handle) are undone by re-encoding with the codec
that was wrongly used and decoding with the right one:

    >>> fix_mojibake("ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡")[0]   # GBK bytes read as Latin-1
    '我们终于成功了！'
    >>> fix_mojibake("浠ｇ爜澶у叏")[0]          # UTF-8 bytes read as GBK
    '代码大全'

A repair is applied only when the result reads clearly more like Chinese
(:func:`zhclean.chardata.cjk_score`). Characters whose bytes were lost stay
U+FFFD, one per lost character, never guessed; they, 锟斤拷 and 烫烫烫 are
counted (ZH120). ftfy then fixes Western mojibake, configured so it never
straightens Chinese quotes or folds full-width forms, and only where a cheap
check finds Latin-1 residue.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

import ftfy

from ..chardata import CJK_PUNCT, cjk_score, common_han, has_suspect_chars, is_han, rare_run_re
from ..report import Report


def _gbk_euro_handler(error: UnicodeDecodeError) -> tuple[str, int]:
    """CP936 maps byte 0x80 to '€'; GB18030 does not. Anything else lost: U+FFFD."""
    bad = error.object[error.start : error.start + 1]
    if bad == b"\x80":
        return "€", error.start + 1
    return "\ufffd", error.start + 1


codecs.register_error("zhclean-gbk", _gbk_euro_handler)


def _latin_bytes(text: str) -> bytes | None:
    """The bytes a Latin-1/CP1252 reader saw, including pairs it re-read as UTF-8."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if code < 0x3000 or 0xA000 <= code < 0x10000:
                out += char.encode("utf-8")  # bytes that a later step re-read as UTF-8
            else:
                return None
    return bytes(out)


def _gbk_bytes(text: str) -> bytes:
    """The bytes a GBK reader saw; lost characters (U+FFFD) contribute nothing.

    Pages are often NFKC-folded after the damage, which turns GBK's full-width
    forms (A3A1-A3FE, A1A1) into ASCII: an ASCII character where a UTF-8
    sequence still awaits continuation bytes was such a full-width form.
    """
    out = bytearray()
    pending = 0  # continuation bytes the UTF-8 sequence in progress still needs
    for char in text:
        if char == "\ufffd":
            pending = 0
            continue
        if pending and "!" <= char <= "~":
            chunk = bytes([0xA3, 0xA1 + ord(char) - 0x21])
        elif pending and char == " ":
            chunk = b"\xa1\xa1"
        else:
            try:
                chunk = char.encode("gbk")
            except UnicodeEncodeError:
                chunk = char.encode("gb18030")
        out += chunk
        for byte in chunk:
            if pending and 0x80 <= byte <= 0xBF:
                pending -= 1
            else:
                pending = 3 if byte >= 0xF0 else 2 if byte >= 0xE0 else 1 if byte >= 0xC0 else 0
    return bytes(out)


def _big5_bytes(text: str) -> bytes | None:
    try:
        return text.replace("\ufffd", "").encode("big5hkscs")
    except UnicodeEncodeError:
        return None


# (family name, wrong reading -> bytes, bytes -> right reading)
Family = tuple[str, Callable[[str], bytes | None], Callable[[bytes], str]]

FAMILIES: tuple[Family, ...] = (
    ("gbk-as-latin1", _latin_bytes, lambda b: b.decode("gb18030", errors="zhclean-gbk")),
    ("big5-as-latin1", _latin_bytes, lambda b: b.decode("big5hkscs", errors="replace")),
    ("utf8-as-latin1", _latin_bytes, lambda b: b.decode("utf-8", errors="replace")),
    ("utf8-as-gbk", _gbk_bytes, lambda b: b.decode("utf-8", errors="replace")),
    ("utf8-as-big5", _big5_bytes, lambda b: b.decode("utf-8", errors="replace")),
    ("big5-as-gbk", _gbk_bytes, lambda b: b.decode("big5hkscs", errors="replace")),
)

# A repair must beat the original by this much (mean per-character score).
MARGIN = 0.35
IRRECOVERABLE_RE = re.compile("锟斤拷|烫烫烫+|屯屯屯+|\ufffd")


def _rare_han_share(text: str, limit: int = 3000) -> float:
    common = common_han()
    han = rare = 0
    for char in text[:limit]:
        if is_han(char):
            han += 1
            rare += char not in common
    return rare / han if han else 0.0


def _non_ascii(text: str) -> str:
    return "".join(c for c in text if ord(c) > 0x7F)


# A pinyin gloss "(chuàng)" has Latin-1 letters but is garble's business, not mojibake.
_GLOSS_RE = re.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")


def might_be_mojibake(text: str) -> bool:
    """Cheap gate (regex scans only): runs of Latin-1/box/C1 residue, or of rare ideographs."""
    if "(" in text or "（" in text:
        text = _GLOSS_RE.sub("", text)
    return has_suspect_chars(text) or bool(rare_run_re().search(text))


def _common_count(text: str) -> int:
    """Everyday characters: common ideographs, CJK punctuation, full-width forms."""
    common = common_han()
    return sum(1 for c in text if c in common or c in CJK_PUNCT or "\uff01" <= c <= "\uff5e")


def fix_mojibake(text: str) -> tuple[str, str | None]:
    """The best re-decoding of ``text`` and its family name, or ``(text, None)``."""
    # Score what a codec can change: ASCII reads the same through all of them and
    # would only dilute the difference.
    base = cjk_score(_non_ascii(text), skip_lost=True)
    best, best_score, best_family = text, base + MARGIN, None
    for name, to_bytes, from_bytes in FAMILIES:
        raw = to_bytes(text)
        if raw is None or raw == text.encode("utf-8", errors="ignore"):
            continue
        try:
            candidate = from_bytes(raw)
        except UnicodeDecodeError:
            continue
        # A repair may not lose more than it recovers: count replacement marks.
        if candidate.count("\ufffd") > max(2, len(candidate) // 3) + text.count("\ufffd"):
            continue
        # A true repair turns rare characters into everyday ones, never the reverse.
        if _common_count(candidate) < _common_count(text):
            continue
        score = cjk_score(_non_ascii(candidate), skip_lost=True)
        if score > best_score:
            best, best_score, best_family = candidate, score, name
    return best, best_family


def _repair_lines(text: str, report: Report, enabled: bool) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (
            len(line.strip()) < 4
            or not might_be_mojibake(line)
            or _rare_han_share(line) < 0.25
            and not has_suspect_chars(line)
        ):
            continue
        fixed, family = fix_mojibake(line)
        if family and fixed != line and enabled:
            report.add("ZH111", line=i + 1, before=line, after=fixed)
            lines[i] = fixed
    return "\n".join(lines)


_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # garble decodes entities, with its own events
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,  # never invent characters
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,  # full-width punctuation stays as received
    uncurl_quotes=False,  # Chinese quotation marks are never straightened
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,  # garble removes them, with its own events
    normalization=None,  # finish does NFC
    explain=False,
)

_LATIN_RESIDUE_RE = re.compile("[\u00c0-\u00ff\u0080-\u009f]")


def _ftfy_lines(text: str, report: Report, enabled: bool) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _LATIN_RESIDUE_RE.search(line):
            continue
        fixed = ftfy.fix_text(line, _FTFY_CONFIG)
        if fixed != line and cjk_score(fixed) >= cjk_score(line) and enabled:
            report.add("ZH112", line=i + 1, before=line, after=fixed)
            lines[i] = fixed
    return "\n".join(lines)


def repair(text: str, report: Report, on: Callable[[str], bool]) -> str:
    if might_be_mojibake(text):
        # Whole document first (possibly encoded twice), when mojibake could be all of it;
        # then line by line.
        whole = has_suspect_chars(text) or _rare_han_share(text) > 0.25
        for _ in range(2 if whole else 0):
            fixed, family = fix_mojibake(text)
            if family is None:
                break
            if on("ZH110"):
                report.add("ZH110", before=family)
                text = fixed
            else:
                break
        text = _repair_lines(text, report, on("ZH111"))
        text = _ftfy_lines(text, report, on("ZH112"))
    lost = len(IRRECOVERABLE_RE.findall(text))
    if lost:
        report.add("ZH120", count=lost)
    return text
