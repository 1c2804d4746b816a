"""Guards, replies: a thread's posts and a page's comments stay, whatever took them by their
place, when the page's furniture shows them for what they are: a reply under its stamp, a
comment with its author and stamp on its line, or beside its stamp and reply button.

    "广东省深圳市" / "主要是不赚钱"                 -> the reply stays (its place is removed)
    "推 reader_01: 说得好 04/06 15:33"              -> stays
    "书虫小王：太好了！" / "2024-03-02 10:11 回复"  -> the comment stays
"""

from __future__ import annotations

import re

from ...chardata import CLAUSE_MARKS, ends_sentence, han_count
from ...lexicon import Lexicon
from .features import POST_STAMPS, Item
from .guards import BY_PLACE
from .shapes import DATETIME_RE, TIME_RE

POST_HEADERS = POST_STAMPS
POST_FURNITURE = frozenset({"ZH307", "ZH308", "ZH314", "ZH317"})


def guard_posts(items: list[Item], lex: Lexicon) -> None:
    """A thread's reply right under its furniture stays, however short ("主要是不赚钱" under
    "广东省深圳市"): a place-judged verdict does not hold against it."""
    header = False
    for item in items:
        if item.removed and (item.detector in POST_HEADERS or reply_stamp_line(item, lex)):
            header = True
            continue
        if header and item.removed and item.code in POST_FURNITURE:
            continue  # the rest of the post's header: its date, its author's name
        if header and item.removed and item.detector in BY_PLACE and item.han >= 2:
            item.clear()
            item.guard = "a post's text under its author and place"
            continue  # a reply of several lines
        header = False


# A thread's stamp over a reply: a time of day and a word of the thread's furniture
# ("沈家冲： 举报 2017-03-25 19:00:07 评论", "作者：deppon09 时间：2017-03-24 21:20:33").
REPLY_STAMP_MAX = 60


def reply_stamp_line(item: Item, lex: Lexicon) -> bool:
    return (
        len(item.text) <= REPLY_STAMP_MAX
        # A menu's row may take a stamp ("网友1 发表于 2024-04-01 10:30": words and a time).
        and item.code in STAMP_CODES
        # A time of day opens with a figure (TIME_RE's first class): a line whose shape has
        # none is settled without the search (a page of lines a room took: every one).
        and item.shape.digit
        and bool(TIME_RE.search(item.key))
        and lex.contains("thread_words", item.key)
    )


STAMP_CODES = frozenset({"ZH303", "ZH307", "ZH308"})


# A reader's comment on one line with its author and its stamp, as a board prints its replies
# ("推 reader_01: 说得好 04/06 15:33", "→ someone: 同意 04/11"): a mark of one or two
# characters, an account's name, a colon, the words, the day and time. The words are the
# reader's text, never a headline of another article, whatever its place suggests.
INLINE_COMMENT_RE = re.compile(
    r"^(?:\S{1,2}\s)?[a-z0-9_.\-]{2,20}\s?:\s?(\S.*?)\s\d{1,2}/\d{1,2}(?:\s\d{1,2}:\d{2})?$"
)


def guard_inline_comments(items: list[Item], lex: Lexicon) -> None:
    """A reader's comment on its line stays against a place-judged verdict, as a reply under
    its author does (guard_posts): with its author and stamp on the line ("推 reader_01: 说得好
    04/06 15:33"), or after its author's name and a colon beside its stamp and reply button
    ("书虫小王：太好了！" over "2024-03-02 10:11 回复")."""
    for i, item in enumerate(items):
        if not item.removed or item.detector not in BY_PLACE:
            continue
        # A comment beside its name or stamp holds four ideographs (read of its text); one
        # with its author and stamp on its line has a colon in its key: a line with neither
        # is none, settled before the patterns (a page of Latin lines a room took).
        if item.han < NAMED_COMMENT_HAN_MIN and ":" not in item.key:
            continue
        found = INLINE_COMMENT_RE.match(item.key)
        if found is not None and han_count(found.group(1)) >= 2:
            item.clear()
            item.guard = "a reader's comment with its author and stamp"
            continue
        if _between_name_and_stamp(items, i, lex):
            item.clear()
            item.guard = "a reader's comment between its name and its stamp"
            continue
        if _between_stamp_and_button(items, i, lex):
            item.clear()
            item.guard = "a reader's comment between its stamp and its reply button"
            continue
        named = NAMED_COMMENT_RE.match(item.text)
        if named is None or han_count(named.group(1)) < NAMED_COMMENT_HAN_MIN:
            continue
        if any(
            0 <= j < len(items) and items[j].removed and reply_stamp_line(items[j], lex)
            for j in (i - 1, i + 1)
        ):
            item.clear()
            item.guard = "a reader's comment beside its stamp"
        elif _said(named.group(1)) and item.key[: named.start(1)].rstrip(": ").endswith(
            lex.terms("reply_labels")
        ):
            # "商家回复：谢谢您的支持，欢迎常来！": a reply under a review, its replier named.
            item.clear()
            item.guard = "a reply with its replier"


def _said(text: str) -> bool:
    """Words that say something: a clause and a sentence end ("谢谢您的支持，欢迎常来！")."""
    return ends_sentence(text) and any(mark in text for mark in CLAUSE_MARKS)


# A comment after its author's name and a colon: "书虫小王：太好了，下班终于有地方看书了！".
NAMED_COMMENT_RE = re.compile(r"^[^\s:：，。]{1,12}[:：]\s?(\S.*)$")
NAMED_COMMENT_HAN_MIN = 4


COMMENTER_NAME_MAX = 12


def _between_name_and_stamp(items: list[Item], i: int, lex: Lexicon) -> bool:
    """Is line ``i`` a comment between its author's name ("读者0": a short line, no mark in
    it) or the rank a forum prints under the name ("初级粉丝 4"), and its stamp with the reply
    button or the floor under it ("2024-03-01 10:10 回复", "2楼2024-05-19 21:30")?"""
    # The item's ideograph count (its shape's, of its text): no count of the text again.
    if not 0 < i < len(items) - 1 or items[i].han < NAMED_COMMENT_HAN_MIN:
        return False
    if ":" in items[i].key:
        return False  # a widget's field ("字体大小: tT"), not a reader's words
    name, stamp = items[i - 1], items[i + 1]
    if not (stamp.removed and reply_stamp_line(stamp, lex)):
        return False
    if name.removed and name.code in POST_FURNITURE:
        return True  # under its author's rank ("初级粉丝 4"), over its floor's stamp ("2楼…")
    return (
        len(name.text) <= COMMENTER_NAME_MAX
        and " " not in name.text
        and not any(not ch.isalnum() for ch in name.text)
    )


STAMP_ALONE_MAX = 24


def _between_stamp_and_button(items: list[Item], i: int, lex: Lexicon) -> bool:
    """Is line ``i`` a comment under its stamp, a day with its time of day and nothing else
    ("2023年11月18日 20:15"), and over the widget's reply button ("回复")? A listing's
    teaser has a day without a time over it, and no reply button under it.

        "2023年11月18日 20:15" / "看起来好好吃，周末也试试！" / "回复"  -> the comment stays
    """
    # The item's ideograph count (its shape's, of its text): no count of the text again.
    if not 0 < i < len(items) - 1 or items[i].han < NAMED_COMMENT_HAN_MIN:
        return False
    stamp, button = items[i - 1], items[i + 1]
    return (
        stamp.removed
        and button.removed
        and len(stamp.key) <= STAMP_ALONE_MAX
        and bool(TIME_RE.search(stamp.key))
        and not DATETIME_RE.sub("", stamp.key).strip()
        and all(lex.contains("thread_words", word) for word in button.key.split())
        and len(button.key) <= REPLY_BUTTON_MAX
    )


REPLY_BUTTON_MAX = 8
