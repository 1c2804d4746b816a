"""Character classes and a plausibility score for Chinese text.

The score is what decides between candidate decodings and mojibake repairs:
common characters of either script score high, the characters that mojibake
produces (Latin-1 letters in CJK text, rare ideographs, replacement marks,
C1 controls) score low.

    >>> cjk_score("我们终于成功了！") > cjk_score("ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡")
    True
    >>> cjk_score("代码大全") > cjk_score("浠g爜澶у叏")
    True

OpenCC's tables are character data too: :func:`convert` is the one way into them
(the script stage, the word lists and the rare-ideograph class all use it).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import lru_cache

from .cache import cached, opencc_stamp, source_of

# Ideograph ranges: URO, Ext A, compatibility, Ext B.. (supplementary planes).
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{HAN_CLASS}]")

# Sentence-final punctuation (full and half width). A line ending in one of these
# (optionally followed by closing quotes/brackets) ends a sentence.
SENTENCE_END = "。！？!?；;…"
# Marks that part a sentence's clauses: a line ending in one goes on (full and half width).
CLAUSE_MARKS = "，,、；;"
CLOSERS = "”’」』)）】》〉\"'"
# A clause or sentence mark a page left at a line's start: it stays there (POLICY §4).
LEADING_MARKS = "，。、；：！？,;!?"
CJK_PUNCT = "。，、；：？！…—·“”‘’「」『』（）【】《》〈〉．～"

SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}][{re.escape(CLOSERS)}]*$")

HORIZONTAL_SPACE = (
    " \t\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
)
SPACE_RUN_RE = re.compile(f"[{HORIZONTAL_SPACE}]+")


@lru_cache(maxsize=8)
def _converter(config: str):
    import opencc  # imported lazily; built once per process and config

    return opencc.OpenCC(config)


def convert(text: str, config: str) -> str:
    """``text`` through one OpenCC configuration (``t2s``, ``s2t``, ``s2tw``…)."""
    return _converter(config).convert(text)


# A pinyin reading in brackets, "(chuàng)" or a word's "(yàn yù)": Latin-1 letters that are
# not mojibake (a converter's one-syllable glosses are garble's to remove).
_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ\u00ad\u200b-\u200d\ufeff]{1,9}"
PINYIN_GLOSS_RE = re.compile(f"[(（]{_SYLLABLE}(?:[ '’]{_SYLLABLE}){{0,3}}[)）]")


def is_han(char: str) -> bool:
    return bool(HAN_RE.match(char))


def han_count(text: str) -> int:
    return len(NON_HAN_RE.sub("", text))


def ends_sentence(line: str) -> bool:
    """``SENTENCE_END_RE.search(line)`` as a truth value, read at the line's end: the pattern
    would try each sentence mark along a paragraph. (Its ``$`` also stands before a final
    newline; no closer is a sentence mark, so the last character that is no closer decides.)"""
    if line[-1:] == "\n":
        line = line[:-1]
    last = line.rstrip(CLOSERS)[-1:]
    return last != "" and last in SENTENCE_END


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The ~9,000 everyday characters: GB2312 level 1 plus Big5's frequent set.

    Derived from the codecs themselves (GB2312 rows 16-55 are the 3,755
    characters of highest frequency; Big5 A440-C67E the 5,401 常用字), so no
    data file is needed; kept in the disk cache (20 ms to derive at each start).
    """
    return cached("common-han", (source_of(__file__),), _build_common_han)


def _build_common_han() -> frozenset[str]:
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([lead, trail]).decode("gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([lead, trail]).decode("big5"))
    return frozenset(c for c in chars if is_han(c))


# Characters that only appear in Chinese text through mojibake: box drawing and
# block elements, Latin-1 letters, Greek/Cyrillic (GBK's row 6/7 shown through
# the wrong codec), private use, half-width katakana.
_SUSPECT_RE = re.compile(
    "[\u0080-\u009f\u00a1-\u00ff\u0100-\u024f\u0370-\u04ff\u2500-\u259f\ue000-\uf8ff\uff61-\uff9f]"
)


def _char_score(char: str, common: frozenset[str]) -> float:
    code = ord(char)
    if code < 0x80:
        return 0.5 if char.isalnum() else 0.3
    if char == "\ufffd":
        return -3.0
    if char in common:
        return 1.0
    if char in CJK_PUNCT or char == "\u3000" or "\uff01" <= char <= "\uff5e":
        return 1.0  # CJK punctuation and full-width forms
    if is_han(char):
        return -0.6  # rare ideograph: plausible alone, a sign of mojibake in bulk
    if 0x80 <= code <= 0x9F:
        return -3.0
    if _SUSPECT_RE.match(char):
        return -1.5
    category = unicodedata.category(char)
    if category.startswith("C"):
        return -2.0
    return 0.0


# Texts shorter than this are scored character by character, longer ones by class scans (the
# two sum the same floats in different orders: which one a text takes is part of its score).
LOOP_BELOW = 400


def cjk_score(text: str, *, skip_lost: bool = False, ascii_free: bool = False) -> float:
    """Mean plausibility of the visible characters of ``text`` (-3 .. 1).

    With ``skip_lost``, U+FFFD is left out: to compare two readings of lossy
    text, what was lost before the comparison should not decide it. ``ascii_free`` says
    the text holds no ASCII (its ASCII classes are then not scanned for: the same score).
    """
    total, seen = cjk_totals(text, skip_lost=skip_lost, ascii_free=ascii_free)
    return total / seen if seen else 0.0


def cjk_totals(
    text: str, *, skip_lost: bool = False, ascii_free: bool = False
) -> tuple[float, int]:
    """The sum of the character scores of :func:`cjk_score` and how many were counted.

    Sums add up: the score of a line with one span replaced is found from the line's
    totals and the span's, without rescoring the line (see ``mojibake.repair_inside``).

        >>> cjk_totals("中文 ab")
        (3.0, 4)

    Each class of :func:`_char_score` is counted by one regex scan; only the characters
    of no class are looked at one by one. A text of Latin-1 characters only (mojibake read
    as Latin-1) is counted on its bytes, each marked with its class (one ``translate``).
    """
    if len(text) < LOOP_BELOW:  # a loop costs less than nine scans on a short text
        return _totals_loop(text, skip_lost)
    classes = _score_classes()
    counted = _latin1_counts(text)
    if counted is None:
        counted = _class_counts(text, classes, ASCII_CLASSES if ascii_free else ())
    counts, rest = counted
    total, seen = totals_of_counts(counts, len(text), skip_lost)
    for char in rest:
        total += _char_score(char, frozenset())
    return total, seen


def _class_counts(
    text: str,
    classes: list[tuple[float | str | None, re.Pattern[str]]],
    none_of: tuple[int, ...] = (),
) -> tuple[list[int], str]:
    """How many characters of ``text`` each class takes, in order (a character goes to the
    first class that holds it), and the characters of none. The classes ``none_of`` are
    known to take nothing (ASCII ones, of a text with its ASCII taken out): not scanned."""
    counts = []
    rest = text
    for index, (_, pattern) in enumerate(classes):
        if index in none_of:
            counts.append(0)
            continue
        shorter = pattern.sub("", rest)
        counts.append(len(rest) - len(shorter))
        rest = shorter
    return counts, rest


def _latin1_counts(text: str) -> tuple[list[int], str] | None:
    """:func:`_class_counts` of a text of Latin-1 characters, from its bytes; None for any
    other text."""
    table = _latin1_marks()
    if table is None:
        return None
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:  # at the first other character: at once for Chinese text
        return None
    marks = data.translate(table)
    return [marks.count(i) for i in range(len(_score_classes()))], ""


def latin1_non_ascii_counts(text: str) -> tuple[list[int], int] | None:
    """:func:`_class_counts` of ``text``'s non-ASCII characters and how many there are, for a
    text of Latin-1 characters (a page of mojibake read as Latin-1), from its bytes: one
    ``translate`` with ASCII marked as no class, where taking ASCII out first would copy the
    text. None for any other text, or when the marks cannot be made.

    >>> latin1_non_ascii_counts("ab Ã©")[1], latin1_non_ascii_counts("中")
    (2, None)
    """
    table = _latin1_marks()
    if table is None:
        return None
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    marks = data.translate(_latin1_high_marks(table))
    counts = [0] * len(_score_classes())
    for index in _latin1_high_classes(table):  # the few classes a byte beyond ASCII is in
        counts[index] = marks.count(index)
    return counts, sum(counts)


_NO_CLASS = 255


@lru_cache(maxsize=1)
def _latin1_high_classes(table: bytes) -> tuple[int, ...]:
    """The classes the bytes beyond ASCII are marked with (white space, the middle dot, C1
    controls, suspect letters): the others count none of a Latin-1 text's characters."""
    return tuple(sorted(set(table[0x80:])))


@lru_cache(maxsize=1)
def _latin1_high_marks(table: bytes) -> bytes:
    """:func:`_latin1_marks` with every ASCII byte marked as no class."""
    return bytes([_NO_CLASS] * 0x80) + table[0x80:]


def totals_of_counts(counts: list[int], seen: int, skip_lost: bool) -> tuple[float, int]:
    """:func:`cjk_totals` from the class counts of a text with no character outside the
    classes (the same additions in the same order)."""
    total = 0.0
    for (weight, _), count in zip(_score_classes(), counts, strict=True):
        if weight is None:  # whitespace: not counted
            seen -= count
        elif weight == "lost":
            if skip_lost:
                seen -= count
            else:
                total -= 3.0 * count
        else:
            total += weight * count
    return total, seen


@lru_cache(maxsize=1)
def _latin1_marks() -> bytes | None:
    """Each byte's class (its index in :func:`_score_classes`, the first that holds it), or
    None when some Latin-1 character is in none (then texts are counted the general way)."""
    classes = _score_classes()
    marks = bytearray(256)
    for code in range(256):
        index = next((i for i, (_, p) in enumerate(classes) if p.fullmatch(chr(code))), None)
        if index is None:
            return None
        marks[code] = index
    return bytes(marks)


# Each character's score, as :func:`_char_score` gives it (None for white space), filled as
# characters are met: a short text is scored in one dictionary lookup a character. A text
# holds a few thousand distinct characters at most; mojibake, a few hundred more.
_CHAR_SCORES: dict[str, float | None] = {}


def _totals_loop(text: str, skip_lost: bool) -> tuple[float, int]:
    # The same additions in the same order as scoring each character afresh (the sum of
    # floats depends on the order): only the lookup of a character's score is cached.
    scores = _CHAR_SCORES
    total = 0.0
    seen = 0
    for char in text:
        score = scores.get(char, _UNSCORED)
        if score is _UNSCORED:
            score = None if char.isspace() else _char_score(char, common_han())
            if len(scores) < 100_000:
                scores[char] = score
        if score is None or (skip_lost and char == "\ufffd"):
            continue
        total += score
        seen += 1
    return total, seen


_UNSCORED = object()


# The classes of _score_classes that hold ASCII characters only (letters and digits, the rest
# of ASCII): a text with its ASCII taken out has none of them.
ASCII_CLASSES = (1, 2)


@lru_cache(maxsize=1)
def _score_classes() -> list[tuple[float | str | None, re.Pattern[str]]]:
    """(weight, class) in the order of :func:`_char_score`'s tests; the classes are disjoint."""
    spaces, _ = cached("score-classes", (source_of(__file__),), _score_class_bodies)
    suspect = _SUSPECT_RE.pattern[1:-1]
    return [
        (None, re.compile(f"[{spaces}]+")),
        (0.5, re.compile("[0-9A-Za-z]+")),
        (0.3, re.compile("[\x00-\x7f]+")),
        ("lost", re.compile("\ufffd+")),
        (1.0, everyday_re()),
        (-0.6, re.compile(f"[{HAN_CLASS}]+")),
        (-3.0, re.compile("[\x80-\x9f]+")),
        (-1.5, re.compile(f"[{suspect}]+")),
    ]


@lru_cache(maxsize=1)
def everyday_re() -> re.Pattern[str]:
    """Runs of everyday characters: the common ideographs, CJK punctuation, full-width forms
    (what scores 1.0; ``mojibake`` counts them with one ``sub``)."""
    _, common = cached("score-classes", (source_of(__file__),), _score_class_bodies)
    punct = re.escape("".join(sorted(set(CJK_PUNCT)))) + "\uff01-\uff5e"
    return re.compile(f"[{common}{punct}]+")


def _score_class_bodies() -> tuple[str, str]:
    """The class bodies of white space and of the everyday ideographs (a scan of the BMP)."""
    spaces = "".join(chr(c) for c in range(0x10000) if chr(c).isspace())
    return re.escape(spaces), class_ranges(sorted(ord(c) for c in common_han()))


# Mojibake comes in runs ("¡°ÍòÉ½", "Ã¤Â¸Â­"); one '·' or 'é' in a name is not mojibake.
# Written to start with the suspect class (not a repeated group): ``re`` then skips in C to
# each place where one stands, rather than trying the group at every character.
_SUSPECT_STEP = f"{_SUSPECT_RE.pattern}[ -~—–“”‘’…•]?"
_SUSPECT_RUN_RE = re.compile(f"{_SUSPECT_STEP}(?:{_SUSPECT_STEP})+")


def class_ranges(codes: list[int]) -> str:
    """A regex class body for sorted code points, as ranges: [a-c] rather than [abc]."""
    parts, start = [], None
    for i, code in enumerate(codes):
        if start is None:
            start = code
        if i + 1 == len(codes) or codes[i + 1] != code + 1:
            parts.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(code)) if code > start else "")
            )
            start = None
    return "".join(parts)


@lru_cache(maxsize=1)
def rare_han_class() -> str:
    """Ideographs that are not everyday ones, as a class body (ranges: fast to match).

    A variant form whose Simplified reading is an everyday character ("羣衆", "爲") is
    everyday too: Traditional pages written with them are not mojibake. Kept in the disk
    cache: deriving it takes OpenCC and 40 ms.
    """
    return cached("rare-han", (source_of(__file__), opencc_stamp()), _build_rare_han_class)


def _build_rare_han_class() -> str:
    common = common_han()
    others = [
        chr(code)
        for low, high in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
        for code in range(low, high + 1)
        if chr(code) not in common
    ]
    simplified = convert("\n".join(others), "t2s").split("\n")
    if len(simplified) != len(others):  # never expected; then no variant is excused
        simplified = others
    bmp = [
        ord(char)
        for char, plain in zip(others, simplified, strict=True)
        if not (plain != char and len(plain) == 1 and plain in common)
    ]
    return class_ranges(bmp) + "\U00020000-\U0003134f"


@lru_cache(maxsize=1)
def rare_run_re() -> re.Pattern[str]:
    """Two or more ideographs in a row that are not everyday ones: UTF-8 read as GBK/Big5?"""
    return re.compile(f"[{rare_han_class()}]{{2,}}")


@lru_cache(maxsize=1)
def rare_han_re() -> re.Pattern[str]:
    return re.compile(f"[{rare_han_class()}]")


@lru_cache(maxsize=1)
def mojibake_trace_re() -> re.Pattern[str]:
    """Any character a mojibake gate could start from: a suspect character, a rare ideograph,
    U+FFFD. A text with none passes no gate, whatever is taken out of it first."""
    return re.compile(f"[\ufffd{_SUSPECT_RE.pattern[1:-1]}{rare_han_class()}]")


NON_HAN_RE = re.compile(f"[^{HAN_CLASS}]+")


def han_only(text: str) -> str:
    """The ideographs of ``text``, in order (one C-level pass)."""
    return NON_HAN_RE.sub("", text)


# A line drawn with box-drawing characters, arrows and shapes (a flow chart, a table's
# frame): "┌────┼────┐", "↓　　　↓". Such characters stand in mojibake too (Chinese bytes
# read as a DOS code page), but never alone: a drawing is no mojibake.
_DRAWING = "\u2190-\u21ff\u2500-\u259f\u25a0-\u25ff"
DRAWING_RE = re.compile(f"[{_DRAWING}]")
# What a drawing holds besides its strokes: spaces and ASCII rules. Any other character
# makes the line no drawing (two scans, each linear: no pattern that backtracks).
NOT_DRAWING_RE = re.compile(f"[^\\s\u3000{_DRAWING}|+=_-]")


def is_drawing(line: str) -> bool:
    """``"┌──┼──┐"`` -> True; ``"鎴戜滑"`` -> False: a line drawn with box characters."""
    return DRAWING_RE.search(line) is not None and NOT_DRAWING_RE.search(line) is None


CHART_STROKES_RE = re.compile("[\u2190-\u21ff\u2500-\u257f]")


def is_chart_stroke(line: str) -> bool:
    """A drawing with a box character or an arrow in it (a chart's frame: "┌──┐", "↓"), not
    only a shape ("▼": a menu's drop-down mark)."""
    return is_drawing(line) and bool(CHART_STROKES_RE.search(line))


def has_suspect_chars(text: str) -> bool:
    """Cheap gate: could this text hold mojibake at all? (A run of suspect characters: one
    search, which ``re`` runs in C from one suspect character to the next.)"""
    return "\ufffd" in text or _SUSPECT_RUN_RE.search(text) is not None
