"""Undo byte-level mojibake: text whose bytes were decoded with the wrong codec.

A *family* names the wrong reading and the right one. To undo it, the text is
turned back into the bytes the wrong reader saw (its *units*), then decoded
with the right codec:

    >>> undo("ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡", "gbk-as-latin1")        # GBK bytes read as Latin-1
    '我们终于成功了！'
    >>> undo("浠ｇ爜澶у叏", "utf8-as-gbk")                  # UTF-8 bytes read as GBK
    '代码大全'

Lossy mojibake keeps what can be kept. A reader that met bytes it could not
decode wrote U+FFFD for one byte and went on; that byte is a *hole* in the
units, and the one character it belonged to becomes one U+FFFD again (never
a guess):

    >>> damaged = "今天下午，我们在图书馆".encode("utf-8").decode("gbk", errors="replace")
    >>> undo(damaged, "utf8-as-gbk")
    '今天下午，我�在图书�'

:func:`best_repair` tries every family (and two in a row, for text encoded
twice) and keeps the reading that scores clearly better as Chinese.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache

from . import western
from .chardata import (
    LOOP_BELOW,
    PINYIN_GLOSS_RE,
    cjk_score,
    cjk_totals,
    common_han,
    everyday_re,
    has_suspect_chars,
    latin1_non_ascii_counts,
    mojibake_trace_re,
    rare_han_re,
    rare_run_re,
    totals_of_counts,
)
from .misread import (  # noqa: F401  (HOLE and the readers: this module's public names)
    FAMILIES,
    HOLE,
    QUICK_CODECS,
    Units,
    big5_units,
    decode_big5,
    decode_gb18030,
    decode_utf8,
    gbk_units,
    latin_units,
    lossless,
    undo,
)

# --- choosing ---------------------------------------------------------------------------------------

# A repair must beat the original by this much (mean score per non-ASCII character).
MARGIN = 0.35

# The highest score a text can have (:func:`chardata.cjk_score`: every character scores at
# most 1.0, and the mean of 1.0s is exactly 1.0 in floating point).
PERFECT = 1.0


def ftfy_encoding(text: str) -> str:
    """ftfy's own repair of Western mojibake (UTF-8 read as Latin-1/CP1252, doubled); its
    usual case, a page of UTF-8 read as Latin-1, settled in codec calls
    (:func:`zhclean.western.fix_encoding`, the same answer)."""
    return western.fix_encoding(text)


def ftfy_badness(text: str) -> int:
    """ftfy's count of Western mojibake sequences in ``text`` ("Ã©" in "cafÃ©").

    >>> ftfy_badness("cafÃ© rÃ©sumÃ©") > ftfy_badness("café résumé") == 0
    True
    """
    from ftfy.badness import badness

    return badness(text)


_ASCII_RUN_RE = re.compile("[\x00-\x7f]+")


def _non_ascii(text: str) -> str:
    """The characters beyond ASCII, in order (one regex pass, not a loop per character)."""
    return _ASCII_RUN_RE.sub("", text)


def everyday_count(text: str) -> int:
    """Everyday ideographs, CJK punctuation and full-width forms in ``text``.

    >>> everyday_count("我们ab，¡°ÍòÉ½")
    3
    """
    if _is_latin1(text):  # a page of mojibake read as Latin-1: one count, not a regex pass
        return sum(text.count(char) for char in _latin1_everyday())
    return len(text) - len(everyday_re().sub("", text))


def _rare_count(text: str) -> int:
    """Rare ideographs in ``text`` (none in a text of Latin-1 characters)."""
    return 0 if _is_latin1(text) else len(rare_han_re().findall(text))


def _is_latin1(text: str) -> bool:
    # The codec stops at the first character beyond Latin-1: at once for a reading in Chinese.
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _latin1_everyday() -> tuple[str, ...]:
    """The Latin-1 characters that count as everyday (the middle dot of CJK punctuation)."""
    pattern = everyday_re()
    return tuple(c for c in map(chr, range(0x100)) if pattern.fullmatch(c))


def score(text: str) -> float:
    counted = _latin1_totals(text)
    if counted is None:
        return cjk_score(_non_ascii(text), skip_lost=True, ascii_free=True)
    total, seen = counted
    return total / seen if seen else 0.0


@lru_cache(maxsize=8)
def _measures(original: str) -> tuple[int, int, int]:
    """Lost, everyday and rare characters of a text that several readings are compared with
    (every family's reading of one text is weighed against it: counted once)."""
    return original.count("\ufffd"), everyday_count(original), _rare_count(original)


# A reading is weighed twice (by the quick test of its codec, then as a candidate) and the
# same reading comes from several families (ftfy's is often one of them): its counts are
# remembered for the last few readings.
@lru_cache(maxsize=8)
def _everyday_of(candidate: str) -> int:
    return everyday_count(candidate)


@lru_cache(maxsize=8)
def _rare_of(candidate: str) -> int:
    return _rare_count(candidate)


@lru_cache(maxsize=8)
def _visible_of(candidate: str) -> int:
    return len(_non_ascii(candidate)) - candidate.count("\ufffd")


def _acceptable(original: str, candidate: str, slack: float = 0.0) -> bool:
    """A repair may lose a little more than was lost before, not much; it turns rare
    characters into everyday ones, never the reverse; and what it recovers is mostly
    everyday text (a reading made of replacement marks recovers nothing)."""
    lost_before, before, rare_before = _measures(original)
    new_lost = candidate.count("\ufffd") - lost_before
    if new_lost > max(2, len(candidate) // 3):
        return False
    everyday = _everyday_of(candidate)
    if everyday < before or everyday < 2 * max(0, new_lost):
        return False
    if everyday == before and new_lost > 0 and "\ufffd" not in original:
        # Nothing everyday recovered and characters lost on a text that had lost none:
        # the author's "¡¡" read as broken UTF-8 is no repair.
        return False
    # Rare ideographs may appear (a name in the repaired text), but only a few for each
    # everyday character recovered: "项中落现…" read as Big5-as-GBK gives "砐笢邈珋…".
    rare = _rare_of(candidate) - rare_before
    if rare > 0 and rare * 4 > everyday - before:
        return False
    visible = _visible_of(candidate)
    return visible > 0 and everyday / visible >= 0.6 - slack


def _hopeless(data: bytes | None, codec: str | None, text: str, strict: str | None) -> bool:
    """Would this reading lose far more characters than a repair may? Asked of the codec in
    C first: the exact decoders walk the bytes in Python, and most readings of a text are
    garbage that :func:`_acceptable` rejects for its replacement marks anyway.

    ``data`` is the reader's bytes (None when one was lost), ``strict`` their reading by
    ``codec`` when it has no error (then it is the codec's reading with replacements too).
    """
    if codec is None or data is None:
        return False
    quick = strict if strict is not None else data.decode(codec, errors="replace")
    lost = quick.count("\ufffd") - text.count("\ufffd")
    if lost > 2 * max(2, len(quick) // 3) + 4:
        return True
    # The codec's own reading differs from the exact one only where bytes are invalid (its
    # replacement marks may fall elsewhere): when that reading is no acceptable repair with
    # room to spare, the exact one is none either.
    return len(quick) >= 40 and not _acceptable(text, quick, slack=0.1)


def _utf8_reading(data: bytes | None) -> str | None:
    """``data`` read as UTF-8 when it is valid UTF-8 with non-ASCII in it, else None."""
    if data is None or data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def might_be_mojibake(text: str) -> bool:
    """Cheap gate (regex scans only): runs of Latin-1/box/C1 residue, or of rare ideographs.

    >>> might_be_mojibake("ÎÒÃÇÖÕÓÚ³É¹¦ÁË"), might_be_mojibake("歷史經(jīng)驗")
    (True, False)
    """
    # A whole page is asked again as it stands after its repair (by best_repair, then by the
    # repair stage's next round): the last long text's answer is kept (an equal text is
    # found by one comparison, an other one mostly by its length).
    last = _LAST_GATE
    if len(text) >= GATE_MEMO_MIN and text == last[0]:
        return last[1]
    answer = _might_be_mojibake(text)
    if len(text) >= GATE_MEMO_MIN:
        last[:] = [text, answer]
    return answer


GATE_MEMO_MIN = 256  # characters: a line's gate is not worth keeping
_LAST_GATE: list = ["", False]


def _might_be_mojibake(text: str) -> bool:
    # Both tests start from a trace character (a suspect one, U+FFFD, a rare ideograph);
    # taking glosses out only removes characters: a text without one passes neither (one
    # scan, where clean text otherwise costs a gloss pass and two scans).
    if mojibake_trace_re().search(text) is None:
        return False
    if "(" in text or "（" in text:
        text = PINYIN_GLOSS_RE.sub("", text)
    return has_suspect_chars(text) or bool(rare_run_re().search(text))


def candidates(text: str, use_ftfy: bool = True) -> list[tuple[str, str]]:
    """(family, reading) for every family that applies to ``text``, and ftfy's repair
    (unless ``use_ftfy`` is false: its rule, ZH112, is off)."""
    return list(_readings(text, use_ftfy))


def _readings(text: str, use_ftfy: bool) -> Iterator[tuple[str, str]]:
    """:func:`candidates` one at a time, in the same order: :func:`best_repair` stops taking
    them once a reading no later one can beat is found (the later families' units and
    ftfy's pass over the whole text are then never made)."""
    # Per reader: its units, their bytes when none was lost (made once, not per family),
    # and their UTF-8 reading when they are valid UTF-8 with non-ASCII in them.
    seen: dict[Callable[[str], Units | None], tuple[Units | None, bytes | None, str | None]] = {}
    for family, (reader, decoder) in FAMILIES.items():
        if reader not in seen:  # each reader once: three families share the Latin-1 one
            units = reader(text)
            data = None if units is None else lossless(units)
            seen[reader] = (units, data, _utf8_reading(data))
        units, data, utf8 = seen[reader]
        if units is None or (utf8 is not None and decoder is not decode_utf8):
            # Bytes that are valid UTF-8 (with non-ASCII in them) were UTF-8: the odds of a
            # legacy text forming valid UTF-8 by chance are nil, so its legacy readings go.
            continue
        codec = QUICK_CODECS.get(decoder)
        strict = None  # the codec's reading without error: what the decoder returns then
        if utf8 is not None and decoder is decode_utf8:
            strict = utf8  # read once above
        elif codec is not None and data is not None:
            try:
                strict = data.decode(codec)
            except UnicodeDecodeError:
                strict = None
        if _hopeless(data, codec, text, strict):
            continue
        fixed = strict if strict is not None else decoder(units)
        if fixed != text:
            yield family, fixed
    fixed = ftfy_encoding(text) if use_ftfy else text
    if fixed != text:
        yield "ftfy", fixed


# A word of Cyrillic or Greek as a language writes it: capitalised, lower case or capitals.
_NATURAL_WORD_RE = re.compile(r"[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+|[Α-ΩΆ-Ώ]?[α-ωά-ώ]+|[Α-ΩΆ-Ώ]+")
_FOREIGN_LETTER_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def natural_foreign_words(text: str) -> bool:
    """Is every non-ASCII character of ``text`` a letter of Russian or Greek words as they are
    written? Then it is a language ("Русский", "Ελληνικά"), not GBK read as Big5: mojibake
    mixes cases and symbols at random, and nearly never spells words of one case pattern.

    >>> natural_foreign_words("Русский"), natural_foreign_words("Привет мир, СССР")
    (True, True)
    >>> natural_foreign_words("ПрЙЅ°Ђ"), natural_foreign_words("中文")
    (False, False)
    """
    if not _FOREIGN_LETTER_RE.search(text):
        return False  # no word of it can hold a Greek or Cyrillic letter (the usual case)
    words = [w for w in re.split(r"[\s\x21-\x40\x5b-\x60\x7b-\x7e]+", text) if w]
    if not words or not any(_FOREIGN_LETTER_RE.search(w) for w in words):
        return False
    return all(w.isascii() or _NATURAL_WORD_RE.fullmatch(w) for w in words)


def best_repair(text: str, depth: int = 2, use_ftfy: bool = True) -> tuple[str, list[str]]:
    """The best reading of ``text`` within ``depth`` steps, and the families applied.

    ``(text, [])`` when nothing reads clearly better.

    No reading scores above :data:`PERFECT` (every character everyday), and a reading must
    score strictly above the best so far: once the best so far is that high, nothing after
    it can change the answer, so it is returned at once. On a whole page of mojibake whose
    first fitting family gives clean text, that skips the other families and ftfy's pass
    (the same answer, for a third of the repair stage's time).

    >>> best_repair("ä»Šå¤©å¤©æ°”å¾ˆå¥½")
    ('今天天气很好', ['utf8-as-latin1'])
    """
    if natural_foreign_words(text):
        return text, []
    # Readings repeat (ftfy's is often a family's; two of them at the next step give the
    # same candidates): each text's candidates, score and acceptance are found once.
    scores: dict[str, float] = {}
    listed: dict[str, list[tuple[str, str]]] = {}
    accepted: dict[str, bool] = {}

    def scored(reading: str) -> float:
        value = scores.get(reading)
        if value is None:
            value = scores[reading] = score(reading)
        return value

    base = scored(text)
    best, best_score, best_path = text, base + MARGIN, []
    if best_score >= PERFECT:
        return best, best_path  # no reading can beat the text itself by the margin
    frontier = [(text, [])]
    for _ in range(depth):
        following = []
        for current, path in frontier:
            known = listed.get(current)
            taken: list[tuple[str, str]] = []
            for family, fixed in known if known is not None else _readings(current, use_ftfy):
                taken.append((family, fixed))
                if fixed not in accepted:
                    accepted[fixed] = _acceptable(text, fixed)
                if not accepted[fixed]:
                    continue
                value = scored(fixed)
                following.append((fixed, [*path, family]))
                if value > best_score:
                    best, best_score, best_path = fixed, value, [*path, family]
                    if best_score >= PERFECT:
                        return best, best_path  # unbeatable: see the docstring
            listed[current] = taken
        if best_path and best_score >= 0.9 and "\ufffd" not in best and not might_be_mojibake(best):
            break  # a clean reading: a further step can only spoil it
        # The best few readings go one step further: a text encoded twice may only read
        # right after the second step.
        following.sort(key=lambda item: scored(item[0]), reverse=True)
        frontier = following[:3]
    return best, best_path


# --- mojibake inside good text ----------------------------------------------------------------------

_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# A run that a Latin-1/CP1252 reader produced: Latin-1 letters, CP1252 specials, a few
# re-read UTF-8 pairs, and the ASCII in between.
LATIN_RUN_RE = re.compile(f"[\u0080-\u07ff{_CP1252_SPECIALS}][\u0020-\u07ff{_CP1252_SPECIALS}]*")


_ACCENTED = frozenset(chr(c) for c in range(0xC0, 0x100)) - {"×", "÷"}


def _accented_words(line: str, high: list[int]) -> bool:
    """Is every high character an accented letter inside a word of ASCII letters, none next
    to another ("Après", "déluge", "Müller")? GBK read as Latin-1 gives two high characters
    for each ideograph, side by side ("ÄãºÃ"); a European word has one here and there.

    >>> line = "自己，Après moi, le déluge?"
    >>> _accented_words(line, [i for i, c in enumerate(line) if c in "èé"])
    True
    >>> line = "他说ÄãºÃ"
    >>> _accented_words(line, [i for i, c in enumerate(line) if ord(c) > 0x7f and ord(c) < 0x100])
    False
    """
    for i in high:
        if line[i] not in _ACCENTED:
            return False
        before = line[i - 1] if i > 0 else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if not (before.isascii() and before.isalpha()) and not (
            after.isascii() and after.isalpha()
        ):
            return False
        if before in _ACCENTED or after in _ACCENTED:
            return False
    return True


def _latin_spans(line: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """Runs of Latin-1 reading, with the ends to try: the run may have swallowed the good
    text's opening quote or first digits; a GBK trail byte may read as one ASCII letter."""
    spans = []
    for match in LATIN_RUN_RE.finditer(line):
        start, end = match.span()
        high = [
            i
            for i in range(start, end)
            if 0x80 <= ord(line[i]) < 0x800 or line[i] in _CP1252_SPECIALS
        ]
        # Latin-1 letters proper, not only Greek or Cyrillic ("α+β=γ" is mathematics).
        if (
            len(high) < 2
            or sum(1 for i in high if ord(line[i]) < 0x100 and line[i] not in "\xa0\xad") < 2
        ):
            continue
        if _accented_words(line, high):
            continue  # "Après moi, le déluge": a European language, not GBK read as Latin-1
        last = high[-1] + 1
        ends = tuple(dict.fromkeys(e for e in (last, last - 1, last + 1, end) if start < e <= end))
        spans.append((start, end, tuple(e - end for e in ends)))
    return spans


def _rare_spans(line: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """Clusters of rare ideographs (and what sits between them): UTF-8 read as GBK or Big5."""
    common = common_han()
    marks = [not ("\u3400" <= c <= "\u9fff") or c in common for c in line]
    spans, start, gap = [], None, 0
    for i, ok in enumerate(marks):
        if not ok:
            if start is None:
                start = i
            gap, last = 0, i
        elif start is not None:
            gap += 1
            if gap > 2:
                spans.append((start, last + 1))
                start, gap = None, 0
    if start is not None:
        spans.append((start, last + 1))
    # Mojibake of UTF-8 is dense with rare characters; a name or a classical word is not.
    return [
        (a, b, (0, -1, 1, -2, 2, -3, 3))
        for a, b in spans
        if b - a >= 3 and sum(1 for ok in marks[a:b] if not ok) / (b - a) >= 0.5
    ]


def _totals(text: str) -> tuple[float, int]:
    """:func:`score` as (sum, count): additive over the characters of a text. A page of
    Latin-1 characters is counted on its bytes, its ASCII left out by the marks (the same
    counts, summed alike, as of its non-ASCII characters taken out first)."""
    counted = _latin1_totals(text)
    return (
        counted
        if counted is not None
        else cjk_totals(_non_ascii(text), skip_lost=True, ascii_free=True)
    )


def _latin1_totals(text: str) -> tuple[float, int] | None:
    """:func:`_totals` of a text of Latin-1 characters long enough to be counted by class;
    None for any other text."""
    counted = latin1_non_ascii_counts(text)
    if counted is None or counted[1] < LOOP_BELOW:
        return None
    return totals_of_counts(*counted, skip_lost=True)


def repair_inside(line: str, use_ftfy: bool = True) -> tuple[str, list[str]]:
    """Repair mojibake spans inside a line of otherwise good text.

    >>> repair_inside("他说¡°ÍòÉ½ºì±é¡±。")
    ('他说“万山红遍”。', ['gbk-as-latin1'])
    """
    families: list[str] = []
    for finder in (_latin_spans, _rare_spans):
        spans = finder(line)
        if spans:
            line = _repair_spans(line, spans, families, finder is _rare_spans, use_ftfy)
    return line, families


def _repair_spans(
    line: str,
    spans: list[tuple[int, int, tuple[int, ...]]],
    families: list[str],
    rare: bool,
    use_ftfy: bool,
) -> str:
    """Replace the spans that read clearly better repaired; right to left, so that the
    positions of the spans still to do stay valid.

    Linear in the line: the line's score is kept as totals and updated per span (not
    rescored for every span and shift), and the repaired pieces are joined once.
    """
    glosses = [m.span() for m in PINYIN_GLOSS_RE.finditer(line)]
    gloss_ends = [b for _, b in glosses]
    total, seen = _totals(line)
    lost = line.count("\ufffd")
    pieces: list[str] = []  # the repaired right part, right to left
    cut = len(line)  # line[cut:] is in pieces already; windows stop here
    for start, end, shifts in sorted(spans, reverse=True):
        first = bisect_right(gloss_ends, start)  # the first gloss that ends after start
        if first < len(glosses) and glosses[first][0] < end:
            continue  # a pinyin gloss, not mojibake
        if rare and not best_repair(line[start:end], 1, use_ftfy)[1]:
            continue  # the span as found reads no better: rare words, not mojibake (and cheap)
        # Fewer lost characters first, then the better reading. A repair must lift the
        # line's mean by MARGIN / 4 for each character of its window's share of the line:
        # on a short line that is the whole margin; on a long one, each of many spans can
        # still qualify (a margin on the whole line's mean would refuse them all).
        mean = total / seen if seen else 0.0
        best_value: tuple[int, float] | None = None
        best: tuple[int, int, str, list[str], float, int, int] | None = None
        # A Latin-1 run may have swallowed the good text's opening quote: try without it.
        starts = (0, 1) if line[start] in _CP1252_SPECIALS else (0,)
        for ds in shifts if rare else starts:
            for de in shifts:
                a, b = max(0, start + ds), min(cut, end + de)
                if b - a < 2:
                    continue
                window = line[a:b]
                fixed, path = best_repair(window, 1 if rare else 2, use_ftfy)
                if not path:
                    continue
                (w_total, w_seen), (f_total, f_seen) = _totals(window), _totals(fixed)
                c_total, c_seen = total - w_total + f_total, seen - w_seen + f_seen
                c_lost = lost - window.count("\ufffd") + fixed.count("\ufffd")
                value = (-c_lost, c_total / c_seen if c_seen else 0.0)
                share = min(1.0, w_seen / seen) if seen else 1.0
                if value <= (-lost, mean + MARGIN / 4 * share):
                    continue
                if best_value is None or value > best_value:
                    best_value = value
                    best = (a, b, fixed, path, c_total, c_seen, c_lost)
        if best is not None:
            a, b, fixed, path, total, seen, lost = best
            pieces.append(line[b:cut])
            pieces.append(fixed)
            cut = a
            families.extend(path)
    if not pieces:
        return line
    pieces.append(line[:cut])
    return "".join(reversed(pieces))
