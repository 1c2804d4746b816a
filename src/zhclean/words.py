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

from functools import lru_cache
from importlib import resources

from .chardata import is_han

# A word this rare in jieba's counts is as likely an accident of two neighbours.
MIN_FREQUENCY = 3


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Words of two to four characters from jieba's dictionary (about 0.4 s, once)."""
    found = set()
    with resources.files("jieba").joinpath("dict.txt").open("r", encoding="utf-8") as lines:
        for line in lines:
            word, _, rest = line.partition(" ")
            if 2 <= len(word) <= 4 and int(rest.split(" ", 1)[0]) >= MIN_FREQUENCY:
                found.add(word)
    return frozenset(found)


def cuts_word(left: str, right: str) -> bool:
    """Is there a word across the break between ``left`` and ``right`` (ideographs on both
    sides)? "把宣" + "讲党" holds 宣讲: the break is inside a word."""
    if not left or not right or not (is_han(left[-1]) and is_han(right[0])):
        return False
    words = _words()
    # "方法" / "人们": two whole words meet at the break, whatever word their edges make (法人).
    if left[-2:] in words and right[:2] in words:
        return False
    for back in (1, 2, 3):
        for forward in (1, 2, 3):
            if back + forward > 4 or back > len(left) or forward > len(right):
                continue
            piece = left[-back:] + right[:forward]
            if all(is_han(ch) for ch in piece) and piece in words:
                return True
    return False


def cut_length(left: str, right: str) -> int:
    """The length of the longest word across the break, 0 when none (as :func:`cuts_word`,
    which is ``cut_length(...) > 0``). A word of three or four characters found across a
    break is seldom an accident of two neighbours ("…街道办" / "事处…" holds 办事处).

        >>> cut_length("台街道办", "事处宣讲"), cut_length("方法", "人们")
        (3, 0)
    """
    if not left or not right or not (is_han(left[-1]) and is_han(right[0])):
        return 0
    words = _words()
    if left[-2:] in words and right[:2] in words:
        return 0
    best = 0
    for back in (1, 2, 3):
        for forward in (1, 2, 3):
            size = back + forward
            if size > 4 or size <= best or back > len(left) or forward > len(right):
                continue
            piece = left[-back:] + right[:forward]
            if all(is_han(ch) for ch in piece) and piece in words:
                best = size
    return best


def dangles(left: str, right: str, ends: tuple[str, ...], starts: tuple[str, ...]) -> bool:
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
    if end and not any(
        len(left[-n:]) == n and left[-n:] in _words() for n in range(len(end) + 1, 5)
    ):
        return True
    start = right.startswith(starts) and max((s for s in starts if right.startswith(s)), key=len)
    return bool(start) and not any(
        len(right[:n]) == n and right[:n] in _words() for n in range(len(start) + 1, 5)
    )


def is_word(text: str) -> bool:
    """Is ``text`` a word of two to four characters in jieba's dictionary?

    >>> is_word("方法"), is_word("共召")
    (True, False)
    """
    return text in _words()
