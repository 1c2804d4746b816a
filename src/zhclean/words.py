"""Does a line break cut a word? Evidence from jieba's dictionary of Chinese words.

Only the word list is used (not the segmenter), and only when a break has no
punctuation to decide it, so a document without such breaks never loads it.

    >>> cuts_word("全力做到两个维护，城西区把宣", "讲党的十九届六中全会精神")
    True
    >>> cuts_word("勿过度操劳。方法", "看电视、玩电脑等因为都有辐射")
    False
    >>> cuts_word("什么是肉桂茶，肉桂茶的食用方法", "人们在休闲娱乐的时候")  # not 法人
    False
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .cache import cached, source_of
from .chardata import HAN_CLASS, is_han

# A word this rare in jieba's counts is as likely an accident of two neighbours.
MIN_FREQUENCY = 3
# Characters of ideographs read on each side of a break: enough for the words across it and
# the words next to those, which decide the best reading.
SEAM_WINDOW = 6
# Seams remembered by each memo of what a break cuts (those with no ideograph at an edge
# too, answered at once: the memo holds them since it is asked before the check).
SEAM_MEMO = 16384


# Lookups answered by binary search before the word list becomes a set (below).
SET_AFTER = 2000


def _find_sorted(text: str, size: int, count: int, word: str) -> int | None:
    """Index of ``word`` among ``count`` words of ``size`` characters laid end to end in
    sorted order in ``text`` (a binary search: no set built for a few questions).

    >>> _find_sorted("乙丙甲乙", 2, 2, "甲乙"), _find_sorted("乙丙甲乙", 2, 2, "丁丁")
    (1, None)
    """
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        probe = text[middle * size : middle * size + size]
        if probe < word:
            low = middle + 1
        elif probe > word:
            high = middle
        else:
            return middle
    return None


class WordList:
    """jieba's words, each length's as one sorted string: loaded from the disk cache in a
    millisecond or two, where a set of 290,000 words takes 50 ms to load (and reading
    jieba's dictionary 300 ms). A lookup is a binary search over the string; a run that asks
    many (a corpus, not one file) gets the set after ``SET_AFTER`` of them.

        >>> words = WordList({2: "".join(sorted(["方法", "人们"])), 3: ""})
        >>> "方法" in words, "人们" in words, "法人" in words, "方" in words
        (True, True, False, False)
    """

    def __init__(self, by_length: dict[int, str]) -> None:
        self._by_length = by_length
        self._set: frozenset[str] | None = None
        self._asked = 0

    def __contains__(self, word: object) -> bool:
        if self._set is not None:
            return word in self._set
        if not isinstance(word, str):
            return False
        self._asked += 1
        if self._asked > SET_AFTER:
            self._set = frozenset(
                text[i : i + size]
                for size, text in self._by_length.items()
                for i in range(0, len(text), size)
            )
            return word in self._set
        size = len(word)
        text = self._by_length.get(size)
        return bool(text) and _find_sorted(text, size, len(text) // size, word) is not None


def _dictionary() -> Path | None:
    """jieba's dict.txt, found without importing jieba (its import takes 100 ms)."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.is_file() else None


def _read_words() -> dict[int, str]:
    """Words of two to four characters from jieba's dictionary (about 0.3 s), by length."""
    found: dict[int, set[str]] = {2: set(), 3: set(), 4: set()}
    path = _dictionary()
    if path is not None:
        lines = path.open("r", encoding="utf-8")
    else:  # jieba packaged some other way (a zip): through importlib.resources
        from importlib import resources

        lines = resources.files("jieba").joinpath("dict.txt").open("r", encoding="utf-8")
    with lines:
        for line in lines:
            word, _, rest = line.partition(" ")
            if 2 <= len(word) <= 4 and int(rest.split(" ", 1)[0]) >= MIN_FREQUENCY:
                found[len(word)].add(word)
    return {size: "".join(sorted(words)) for size, words in found.items()}


@lru_cache(maxsize=1)
def _words() -> WordList:
    """The word list, from the disk cache (keyed by the dictionary file and this module)."""
    path = _dictionary()
    stamp = "none"
    if path is not None:
        stat = path.stat()
        stamp = f"{path}:{stat.st_size}:{stat.st_mtime_ns}"
    return WordList(cached("jieba-words", (source_of(__file__), stamp), _read_words))


def _words_across(left: str, right: str) -> tuple[int, ...]:
    """The lengths of the dictionary words across the break between ``left`` and
    ``right``, shortest ends first; none when two whole words meet there ("方法" / "人们":
    whatever word their edges make, 法人) or a side is no ideograph."""
    # Only the few characters at the seam are read (words of four at most): the answer is
    # the window's, remembered per seam (cuts_word and cut_length ask the same break, and
    # a break is asked again at each layout pass and by boilerplate), whether its edges are
    # ideographs included (two regex matches a call cost more than the memo's lookup).
    return _seam_words(left[-SEAM_WINDOW:], right[:SEAM_WINDOW])


@lru_cache(maxsize=SEAM_MEMO)
def _seam_words(left: str, right: str) -> tuple[int, ...]:
    if not left or not right or not (is_han(left[-1]) and is_han(right[0])):
        return ()
    # Read as Simplified when Traditional, as cut_strength reads it: a page must cut the same
    # words before and after its conversion (a second clean reads the converted text).
    left, right = _simple_seam(left, right)
    words = _words()
    if left[-2:] in words and right[:2] in words:
        return ()
    # A piece across the seam is all ideographs when it stays within the runs of them at
    # its edges: each character is tested once, not once for every piece that holds it.
    back_max = forward_max = 0
    while back_max < 3 and back_max < len(left) and is_han(left[-1 - back_max]):
        back_max += 1
    while forward_max < 3 and forward_max < len(right) and is_han(right[forward_max]):
        forward_max += 1
    found = []
    for back in (1, 2, 3):
        for forward in (1, 2, 3):
            if back + forward > 4 or back > back_max or forward > forward_max:
                continue
            piece = left[-back:] + right[:forward]
            if piece in words:
                found.append(back + forward)
    return tuple(found)


def _simple_seam(left: str, right: str) -> tuple[str, str]:
    """``left`` and ``right`` with their ideographs at the seam read as Simplified (asked
    only by ``_seam_words``, whose memo holds the answer)."""
    end, start = _han_edges(left, right)
    return left[: len(left) - len(end)] + end, start + right[len(start) :]


def cuts_word(left: str, right: str) -> bool:
    """Is there a word across the break between ``left`` and ``right`` (ideographs on both
    sides)? "把宣" + "讲党" holds 宣讲: the break is inside a word."""
    found = _words_across(left, right)
    return bool(found) and found[0] > 0


def cut_length(left: str, right: str) -> int:
    """The length of the longest word across the break, 0 when none. A word of three or
    four characters found across a break is seldom an accident of two neighbours ("…街道办"
    / "事处…" holds 办事处).

        >>> cut_length("台街道办", "事处宣讲"), cut_length("方法", "人们")
        (3, 0)
    """
    return max(_words_across(left, right), default=0)


def dangles(
    left: str,
    right: str,
    ends: tuple[str, ...],
    starts: tuple[str, ...],
    calls: tuple[str, ...] = (),
) -> bool:
    """Does ``left`` stop on a word that never ends a sentence ("…化妆或"), or ``right`` start
    with a particle that never starts one ("的车身…")? Only as a word of its own: "方向" ends
    with 向 and "地区" starts with 地, whole words both.

        >>> dangles("当着他人面前化妆或", "补妆都很不雅观", ("或",), ())
        True
        >>> dangles("把航定舵明方向", "一切向前走", ("向",), ())
        False
        >>> dangles("其继承了F12修长", "的车身比例", (), ("的",)), dangles("在", "地区", (), ("地",))
        (True, False)
    """
    # The dictionary is read only when a line stops or starts on such a word: most breaks
    # (and every clean page) never ask it.
    # The longest such word the line stops on ("就是", not its "是", which 就是 would hold).
    end = left.endswith(ends) and max((e for e in ends if left.endswith(e)), key=len)
    if (
        end
        and not any(len(left[-n:]) == n and left[-n:] in _words() for n in range(len(end) + 1, 5))
        and not _name_alone(left, end)
    ):
        return True
    start = right.startswith(starts) and max((s for s in starts if right.startswith(s)), key=len)
    # A final particle (``calls``) before a Latin word is a call's ("呀sir…", Cantonese for
    # "sir"), which starts a sentence; a structural one goes on ("的iPhone…").
    after = right[len(start) : len(start) + 1] if start else ""
    return (
        bool(start)
        and not (start in calls and after.isascii() and after.isalpha())
        and not any(len(right[:n]) == n and right[:n] in _words() for n in range(len(start) + 1, 5))
    )


def _name_alone(left: str, end: str) -> bool:
    """Does ``left`` stop on a token of two ideographs after a space or a Latin word, that
    no word list knows (the caller asked), whose last one is the one-character word ``end``
    ("To 莫依", "…by 小和")? A name, not a preposition waiting for its object: those follow
    the words of their clause ("…化妆或")."""
    return (
        len(end) == 1
        and len(left) >= 3
        and is_han(left[-2])
        and (left[-3] in " \u3000" or (left[-3].isascii() and left[-3].isalpha()))
    )


def is_word(text: str) -> bool:
    """Is ``text`` a word of two to four characters in jieba's dictionary?

    >>> is_word("方法"), is_word("共召")
    (True, False)
    """
    return text in _words()


# --- the segmenter: is the break inside a word of the best reading? ---------------------

# A word's cost is -ln(its share of jieba's counts), kept in eighths of a unit in one byte.
COST_SCALE = 8


_HAN_WORD_LINE_RE = re.compile(f"^([{HAN_CLASS}]{{1,4}}) ([^ \n]*)", re.MULTILINE)


def _read_costs() -> dict[int, tuple[str, bytes]]:
    """jieba's characters and words of two to four characters with their costs, by length:
    each length's words as one sorted string and their costs in the same order."""
    import math

    counts: dict[str, int] = {}
    path = _dictionary()
    if path is not None:
        lines = path.open("r", encoding="utf-8")
    else:
        from importlib import resources

        lines = resources.files("jieba").joinpath("dict.txt").open("r", encoding="utf-8")
    with lines:
        text = lines.read()
    # The lines whose word (up to the first space) is one to four ideographs, and the first
    # word after it (the count), in one scan of the file: a loop over its 350,000 lines
    # asked a regex per character (0.7 s of a first start's 1.4, before the cache holds it).
    for word, count_text in _HAN_WORD_LINE_RE.findall(text):
        count = int(count_text)
        if count >= (1 if len(word) == 1 else MIN_FREQUENCY):
            counts[word] = counts.get(word, 0) + count
    total = math.log(sum(counts.values()) or 1)
    # A cost depends on the count only: worked out once for each count (a few thousand
    # distinct ones among 300,000 words), then looked up in C.
    cost_of = {
        count: min(255, round((total - math.log(count)) * COST_SCALE))
        for count in set(counts.values())
    }
    by_size: dict[int, list[str]] = {1: [], 2: [], 3: [], 4: []}
    for word in counts:
        by_size[len(word)].append(word)
    tables: dict[int, tuple[str, bytes]] = {}
    for size in (1, 2, 3, 4):
        words = sorted(by_size[size])
        costs = bytes(map(cost_of.__getitem__, map(counts.__getitem__, words)))
        tables[size] = ("".join(words), costs)
    return tables


class CostList:
    """A word's cost (in eighths of -ln of its share), None for no word: a binary search
    over each length's sorted string, then a dict after ``SET_AFTER`` lookups.

        >>> costs = CostList({1: ("方", bytes([80])), 2: ("人们方法", bytes([60, 50]))})
        >>> costs.get("方法"), costs.get("法人"), costs.get("方")
        (50, None, 80)
    """

    def __init__(self, tables: dict[int, tuple[str, bytes]]) -> None:
        self._tables = tables
        self._dict: dict[str, int] | None = None
        self._asked = 0

    def get(self, word: str) -> int | None:
        if self._dict is not None:
            return self._dict.get(word)
        self._asked += 1
        if self._asked > SET_AFTER:
            self._dict = {
                text[i * size : i * size + size]: cost
                for size, (text, costs) in self._tables.items()
                for i, cost in enumerate(costs)
            }
            return self._dict.get(word)
        size = len(word)
        text, costs = self._tables.get(size, ("", b""))
        found = _find_sorted(text, size, len(costs), word)
        return costs[found] if found is not None else None


@lru_cache(maxsize=1)
def _costs() -> CostList:
    path = _dictionary()
    stamp = "none"
    if path is not None:
        stat = path.stat()
        stamp = f"{path}:{stat.st_size}:{stat.st_mtime_ns}"
    return CostList(cached("jieba-costs", (source_of(__file__), stamp), _read_costs))


# An ideograph jieba does not know costs as a word seen once in its counts.
UNKNOWN_COST = 255
# A character this rare in jieba's counts (about one in a hundred thousand) is most likely a
# Traditional form: common Simplified ones cost under 90, their Traditional forms over 100.
RARE_COST = 100


def _best_costs(text: str) -> tuple[list[int], list[int]]:
    """The cost of the best reading of each prefix and of each suffix of ``text``."""
    costs = _costs()
    n = len(text)
    big = 1 << 30
    forward = [0] + [big] * n
    backward = [big] * n + [0]
    pieces: dict[tuple[int, int], int] = {}
    for end in range(1, n + 1):
        for start in range(max(0, end - 4), end):
            cost = costs.get(text[start:end])
            if cost is None:
                if end - start > 1:
                    continue
                cost = UNKNOWN_COST
            pieces[start, end] = cost
            forward[end] = min(forward[end], forward[start] + cost)
    for start in range(n - 1, -1, -1):
        for end in range(start + 1, min(n, start + 4) + 1):
            cost = pieces.get((start, end))
            if cost is not None:
                backward[start] = min(backward[start], backward[end] + cost)
    return forward, backward


def _han_edges(left: str, right: str) -> tuple[str, str]:
    """The ideographs at the end of ``left`` and at the start of ``right`` (up to
    SEAM_WINDOW each), read as Simplified when they are Traditional (jieba's words are)."""
    i = len(left)
    while i > 0 and len(left) - i < SEAM_WINDOW and is_han(left[i - 1]):
        i -= 1
    j = 0
    while j < len(right) and j < SEAM_WINDOW and is_han(right[j]):
        j += 1
    end, start = left[i:], right[:j]
    if end and start:
        costs = _costs()
        if any((costs.get(ch) or UNKNOWN_COST) >= RARE_COST for ch in end + start):
            # A character jieba's counts barely know: Traditional, most likely (its words
            # are Simplified). OpenCC reads the window as Simplified; Simplified text is
            # (nearly) a fixed point of it.
            from .chardata import convert

            simple = convert(end + "\n" + start, "t2s").split("\n")
            if len(simple) == 2 and len(simple[0]) == len(end) and len(simple[1]) == len(start):
                end, start = simple
    return end, start


# How much better the text reads with a word across a break than with a boundary there
# (units of -ln p): past this, the break cut a word in two (layout, page shape and guards).
STRONG_SEAM = 3.0


def cut_strength(left: str, right: str) -> float:
    """How much better the text reads with the break inside a word than between two: the
    cost of the best reading of the ideographs around the break with a word boundary
    there, less the cost of the best reading (jieba's counts, its segmenter's model), in
    units of -ln(probability). 0 when the best reading has a boundary at the break, or a
    side is no ideograph.

        >>> cut_strength("全力做到两个维护，城西区把宣", "讲党的十九届六中全会精神") > 3
        True
        >>> cut_strength("什么是肉桂茶，肉桂茶的食用方法", "人们在休闲娱乐的时候")
        0.0
        >>> cut_strength("百年征程波澜", "壮阔") > 3, cut_strength("品牌型号：华硕台式电脑", "系统") < 3
        (True, True)
    """
    # Only SEAM_WINDOW characters on each side are read: one reading per seam, however
    # often it is asked (a break is asked again as its paragraph grows, and by boilerplate),
    # whether its edges are ideographs included (as _words_across).
    return _edge_strength(left[-SEAM_WINDOW:], right[:SEAM_WINDOW])


@lru_cache(maxsize=SEAM_MEMO)
def _edge_strength(left: str, right: str) -> float:
    if not (left and right and is_han(left[-1]) and is_han(right[0])):
        return 0.0
    return _strength(*_han_edges(left, right))


@lru_cache(maxsize=4096)
def _strength(end: str, start: str) -> float:
    """cut_strength of two runs of ideographs (a break is asked again as its paragraph
    grows: one reading per seam)."""
    if not end or not start:
        return 0.0
    text, k = end + start, len(end)
    costs = _costs()
    if not any(
        costs.get(text[first:last]) is not None
        for first in range(max(0, k - 3), k)
        for last in range(k + 1, min(len(text), first + 4) + 1)
    ):
        # No word of jieba's spans the break: every reading has a boundary there, the best
        # one too, so the difference is 0 (a few lookups instead of the whole reading).
        return 0.0
    forward, backward = _best_costs(text)
    return (forward[k] + backward[k] - forward[-1]) / COST_SCALE


def whole_words_meet(left: str, right: str) -> bool:
    """Do two whole words of two characters meet at the break, read as Simplified ("集团" /
    "公司", "小說" / "書庫")? Then a word the two make across it ("集团公司", "说书") is no
    proof that the break cut one: a name over a field, a title over a menu.

        >>> whole_words_meet("广西华东建设集团", "公司地址"), whole_words_meet("城西区把宣", "讲党的")
        (True, False)
        >>> whole_words_meet("江紅小說", "書庫 完本")
        True
    """
    end, start = _han_edges(left, right)
    return len(end) >= 2 and len(start) >= 2 and is_word(end[-2:]) and is_word(start[:2])
