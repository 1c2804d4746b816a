"""Room 2, comments: a comment widget's records under the article, each a header of its
reader's name and day over the reader's words.

A widget prints one header over every comment: a name, sometimes a joining word or the
reader's role, and a day ("夜猫子写代码 2024.03.19", "路過的貓 於 2024/04/15 10:22", "林间小码农
作者 2024.03.19"). The headers go; the words under them stay (replies.guard_posts takes them
back from the rooms that judged them by place).

    "4 条评论" / "夜猫子写代码 2024.03.19" / "第二种写法解决了我的问题，感谢分享！"
    / "林间小码农 作者 2024.03.19" / "不客气~"   -> the two headers go, both comments stay

A list of other articles with a byline under each headline has the same two shapes in turn,
but its headlines are no speech: a comment is told from a headline by what it says (it ends
a sentence, holds a clause, or ends with a tilde or an emoji).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ...chardata import CLAUSE_MARKS, ends_sentence, han_count
from ...lexicon import fold
from .features import LABEL_MARKS, STRONG, Item
from .guards import BY_PLACE
from .line.metadata import RATING_STARS
from .registry import detector
from .shapes import DATETIME_RE

if TYPE_CHECKING:
    from ...lexicon import Lexicon
    from .document import Document

HEADER_MAX = 40  # a name, a word or two, a day and a time
NAME_MAX = 16
HEADERS_MIN = 2
SPOKEN_SHARE_MIN = 2 / 3  # of the headers, those right over a reader's words
TILDES = frozenset("~～")


def comment_header(item: Item, lex: Lexicon) -> bool:
    """Is the line one reader's name, then a day (and its time), and at most the widget's
    words ("於", "作者", "回复") between or after them? The name comes first: a listing
    prints the day before its headline ("2024-03-02 某某通知")."""
    key = item.key
    if not item.shape.stamped or len(key) > HEADER_MAX:
        return False
    rest, dated = DATETIME_RE.subn("\n", key)
    if dated != 1:
        return False
    before, _, after = rest.partition("\n")
    words = before.split()
    if not words:
        return False  # a day alone: no reader's name
    if after.strip() and not _widget_words(after, lex):
        return False  # words after the day that are no widget's ("… 10:22 某某通知")
    name, between = words[0], words[1:]
    return (
        len(name) <= NAME_MAX
        and not LABEL_MARKS.intersection(name)
        and not lex.has("thread_words", name)  # "回复 2024-03-02": a button with its day
        and not name.isdigit()
        # The widget's words, or the reader's stars ("小橙子 ★★★★☆ 2025-09-02").
        and all(lex.has("comment_header_words", word) or _stars(word) for word in between)
    )


def _stars(word: str) -> bool:
    return bool(word) and all(ch in RATING_STARS for ch in word)


def _widget_words(text: str, lex: Lexicon) -> bool:
    return all(lex.has("comment_header_words", word) for word in text.split())


def spoken(text: str) -> bool:
    """Does a line read as someone's words rather than a headline? It ends a sentence,
    holds a clause, or ends with a tilde or an emoji ("不客气~", "厚片真的大推👍")."""
    text = text.rstrip()
    if not text:
        return False
    last = text[-1]
    return (
        ends_sentence(text)
        or any(mark in text for mark in CLAUSE_MARKS)
        or last in TILDES
        or unicodedata.category(last) == "So"
    )


@detector("ZH307")
def comment_headers(doc: Document) -> None:
    """Below the body's start, two headers or more of a reader's name and a day, most right
    over a line of the reader's words: each comment's header goes (the comments stay)."""
    placed = doc.body_and_title()
    if placed is None:
        return
    items = doc.items
    lex = doc.ctx.lex
    found = [
        i
        for i in range(placed[0] + 1, len(items))
        if items[i].shape.stamped
        and (not items[i].removed or items[i].code in ("ZH307", "ZH308"))
        and comment_header(items[i], lex)
    ]
    if len(found) < HEADERS_MIN:
        return
    names = {items[i].key.split()[0] for i in found}
    if len(names) < HEADERS_MIN:
        return  # one name over every entry: a channel's byline over its headlines
    headers = set(found)
    over_words = [
        i
        for i in found
        if i + 1 < len(items) and i + 1 not in headers and spoken(items[i + 1].text)
    ]
    if len(over_words) < SPOKEN_SHARE_MIN * len(found):
        return
    for i in found:
        items[i].mark("ZH307", STRONG, "comment_headers")
    widget_heading(items, found[0])


HEADING_MAX = 12


def widget_heading(items: list[Item], first: int) -> None:
    """The short line right over a widget's first record ("做过这道菜的人", "全部评论"): the
    widget's heading, which names its records and goes with their headers."""
    if first == 0:
        return
    heading = items[first - 1]
    if (
        not heading.removed
        and 0 < len(heading.text) <= HEADING_MAX
        and not heading.prose
        and not ends_sentence(heading.text)
        and not heading.text.endswith((":", "："))
        and not any(mark in heading.text for mark in CLAUSE_MARKS)
    ):
        heading.mark("ZH307", STRONG, "comment_headers")


# --- A comment section's records: a name, the words, the stamp, under the section's heading

RECORD_NAME_MAX = 12
RECORDS_MIN = 2
# After the stamp, the record's own counts and buttons ("赞 41", "回复"), at most so many.
RECORD_TAIL_MAX = 2
HEADING_NUMBER_RE = re.compile(r"[\s(（\[【]*\d[\d,.万k]*[)）\]】]*$")


def _section_heading(item: Item, lex: Lexicon) -> bool:
    """A comment section's heading, its count beside it or not ("全部回复", "全部评论（86）")
    (data: comment_headings)."""
    key = item.key
    if len(key) > HEADER_MAX:
        return False
    if item.shape.digit:  # its count beside it: stripped (most lines have no figure to strip)
        key = HEADING_NUMBER_RE.sub("", key)
    return lex.has("comment_headings", key.strip())


def _record_name(item: Item) -> bool:
    text = item.text
    return (
        0 < len(text) <= RECORD_NAME_MAX
        and " " not in text
        and not item.shape.stamped
        and all(ch.isalnum() or ch in "_-·" for ch in text)
    )


def _record_stamp(item: Item) -> bool:
    return item.removed and item.code == "ZH308"


@detector("ZH307")
def comment_records(doc: Document) -> None:
    """Under a comment section's heading ("全部回复"), records of a reader's name, the
    reader's words and the stamp of a date line, the stamp followed by its counts and
    buttons or by the next name, twice or more: the heading and each name go (the words
    stay). A feed's
    entries have a headline, a teaser and a date in the same rhythm, but no such heading.

        "全部回复" / "江边的风" / "请问后排有没有出风口？" / "2024-06-19 08:12"
        / "拾光的老周" / "有的，中央扶手后面有两个。" / "2024-06-19 09:40"
        -> the heading and the names go, the words stay
    """
    items = doc.items
    lex = doc.ctx.lex
    placed = doc.body_and_title()
    if placed is None:
        return
    for h in range(placed[0] + 1, len(items) - 2):
        if not _section_heading(items[h], lex):
            continue
        names = _records(items, h + 1)
        if len(names) >= RECORDS_MIN:
            # The section's heading goes with its records' names: the widget's label.
            for k in (h, *names):
                items[k].mark("ZH307", STRONG, "comment_headers")


def _records(items: list[Item], k: int) -> list[int]:
    """The names of the records that follow one another from line ``k``."""
    names: list[int] = []
    while k + 2 < len(items):
        name, words, stamp = items[k], items[k + 1], items[k + 2]
        if not (
            not name.removed
            and _record_name(name)
            and words.han >= 2
            and not _record_name(words)
            and _record_stamp(stamp)
        ):
            break
        names.append(k)
        k += 3
        # The record's counts and buttons, removed by their words, up to the next name.
        for _ in range(RECORD_TAIL_MAX):
            if k < len(items) and items[k].removed and items[k].code in ("ZH303", "ZH307"):
                k += 1
    return names


# --- Readers' comments one a line, each after its reader's name and a colon

NAMED_WORDS_HAN_MIN = 4


def guard_named_comments(items: list[Item], lex: Lexicon) -> None:
    """Under a comment section's heading ("网友评论"), each line a reader's name, a colon and
    the reader's words ("球迷老王：卡洛斯这个头球太漂亮了！") is a comment: it stays, whatever
    took it by its place. The lines run on to the first that is no such comment."""
    for h, heading in enumerate(items):
        if not _section_heading(heading, lex):
            continue
        for item in items[h + 1 :]:
            found = NAMED_LINE_RE.match(item.text)
            if found is None or han_count(found.group(2)) < NAMED_WORDS_HAN_MIN:
                break
            if lex.has("thread_words", fold(found.group(1))):
                break  # "回复:岳麓书院历代山长": a comment's subject line, no reader's name
            if item.removed and item.detector in BY_PLACE:
                item.clear()
                item.guard = "a reader's comment under the comment section's heading"


# A reader's name (no space, no mark), a colon, the words: "hawk_fan88：下半场体能跟不上".
NAMED_LINE_RE = re.compile(r"^([^\s:：，。,]{1,16})[:：]\s?(\S.*)$")
