"""ftfy's repair of Western mojibake (UTF-8 read as Latin-1/CP1252), with its usual case
settled by codec calls: the same answer as ``ftfy.fix_encoding``, without ftfy's scans of a
whole page where they can only confirm what the codecs say.

A page of UTF-8 read as Latin-1 is the usual case: its Latin-1 bytes are valid UTF-8. Then
ftfy's first step reads them as UTF-8 (Latin-1 is the first encoding it tries, and the
pattern of its ``restore_byte_a0`` cannot match valid UTF-8), and its next step stops
unless the reading looks bad to it. Whether it does is one scan for the characters that any
of ftfy's bad sequences needs (:func:`_needed_class`, derived from ftfy's own pattern):
Chinese text with none of them is settled; any other text goes to ftfy.

    >>> fix_encoding("ä»Šå¤©å¤©æ°”å¾ˆå¥½")
    '今天天气很好'
    >>> fix_encoding("Le cafÃ© est fermÃ©")
    'Le café est fermé'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ftfy

from .chardata import CJK_PUNCT

_LATIN_RE = re.compile("[\u0080-\u00ff]")


@lru_cache(maxsize=1)
def ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy's settings for our use; ftfy itself (40 ms to import) is loaded on first use,
    which only a text with Latin-1 letters in it reaches."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
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
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def fix_encoding(text: str) -> str:
    """``ftfy.fix_encoding(text, ftfy_config())``, the usual case without ftfy's scans."""
    if not _LATIN_RE.search(text):
        return text
    settled = _utf8_as_latin1(text)
    if settled is not None:
        return settled
    import ftfy

    return ftfy.fix_encoding(text, ftfy_config())


def _utf8_as_latin1(text: str) -> str | None:
    """What ftfy makes of ``text`` when its Latin-1 bytes are valid UTF-8 and ftfy would stop
    after reading them so; None when ftfy itself must tell."""
    from ftfy.badness import is_bad
    from ftfy.chardata import CHARMAP_ENCODINGS

    if not CHARMAP_ENCODINGS or CHARMAP_ENCODINGS[0] != "latin-1":
        return None  # another ftfy: its first step may not be this one
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    if b"\xed" in data or b"\xc0" in data:
        return None  # ftfy decodes these with its own codec (CESU-8, Java's null)
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not is_bad(text):
        return text  # ftfy's first test: nothing to fix (a page of mojibake fails it at once)
    if fixed.isascii():
        return fixed
    needed = _needed_re()
    if needed is None or needed.search(fixed):
        return None  # the reading may look bad to ftfy: its next steps decide
    return fixed


# Characters frequent in Chinese text: a class of ftfy's that holds one of them would make the
# needed class find something on nearly every page, so another class of the sequence is used.
_FREQUENT = frozenset(CJK_PUNCT + "·•…—–’‘“”\u00a0")


@lru_cache(maxsize=1)
def _needed_re() -> re.Pattern[str] | None:
    """A class of characters that every match of ftfy's badness pattern holds one of (so a
    text with none of them is not bad to ftfy); None when the pattern is not of a shape this
    reading of it knows (then ftfy is asked)."""
    from ftfy.badness import BADNESS_RE

    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if BADNESS_RE.flags & re.IGNORECASE:
        return None
    chars = _needed_class(_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags), _constants)
    if not chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _needed_class(sequence, ops) -> frozenset[str] | None:  # noqa: ANN001 - re's parse tree
    """Non-ASCII characters one of which every match of ``sequence`` holds, or None. Of the
    items the sequence must match, the class least frequent in Chinese text is taken; a
    branch needs one of its alternatives' classes."""
    best: frozenset[str] | None = None
    for op, arg in sequence:
        found: frozenset[str] | None = None
        if op is ops.LITERAL:
            found = frozenset(chr(arg))
        elif op is ops.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is ops.LITERAL:
                    chars.add(chr(value))
                elif kind is ops.RANGE:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:  # a negated class, a category (\w): any character may match
                    chars = set()
                    break
            found = frozenset(chars) or None
        elif op is ops.BRANCH:
            options = [_needed_class(alternative, ops) for alternative in arg[1]]
            if options and all(options):
                found = frozenset().union(*options)
        elif op is ops.SUBPATTERN:
            found = _needed_class(arg[-1], ops)
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT) and arg[0] >= 1:
            found = _needed_class(arg[2], ops)
        if not found or any(c.isascii() for c in found):
            continue
        if best is None or _rank(found) < _rank(best):
            best = found
    return best


def _rank(chars: frozenset[str]) -> tuple[int, int]:
    return (len(chars & _FREQUENT), len(chars))
