"""A thread's furniture by its shape: where each post was sent from, printed above its text
("上海市", "IP属地：广东"), and the author's name right above that. The reply under them
stays, however short (replies.guard_posts).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING

from ...chardata import CLAUSE_MARKS, ends_sentence, han_count
from ...lexicon import Lexicon
from .comments import widget_heading
from .features import LABEL_MARKS, POST_STAMPS, STRONG, Item
from .guards import kept_neighbours
from .joined import page_keys
from .line.metadata import POST_NUMBER_RE
from .registry import detector
from .replies import reply_stamp_line
from .shapes import DATETIME_RE, FIELD_LABEL_RE, TIME_GAP_RE, TIME_RE

if TYPE_CHECKING:
    from .document import Document


POST_STAMPS_MIN = 3
POST_AUTHOR_MAX = 20


@detector("ZH307")
def post_stamps(doc: Document) -> None:
    """Where each post of a thread was sent from, above its text: three or more lines that
    are only a place, most of them right above a line of prose. A list of places with
    figures under them (a table's rows) has no prose under them, and stays."""
    items = doc.items
    place_stamp = doc.ctx.vocab.place_stamp
    places = [i for i, it in enumerate(items) if not it.removed and place_stamp.fullmatch(it.key)]
    if len(places) < POST_STAMPS_MIN:
        return

    following = kept_neighbours(items)[1]

    def above_text(i: int) -> bool:
        after = following[i]
        return after is not None and after.han >= 4 and not place_stamp.fullmatch(after.key)

    if sum(1 for i in places if above_text(i)) * 3 < len(places) * 2:
        return
    for i in places:
        items[i].mark("ZH307", STRONG, "post_stamps")
        # The line right above is the post's author ("henryspace:"): a name, no sentence.
        above = items[i - 1] if i else None
        if (
            above is not None
            and not above.removed
            and len(above.text) <= POST_AUTHOR_MAX
            and not above.prose
            and not any(mark in above.text for mark in "，。！？,!?")
        ):
            above.mark("ZH307", STRONG, "post_stamps")


# A post's stamp of labelled fields, one a time of day: "作者：wowkao111 时间：2017-03-24
# 20:35:54". Printed over every reply, the same labels three times or more; an article's
# byline is printed once.
LABELLED_FIELD_RE = re.compile(r"([^\s:：]{1,6})[:：]\s?[^\s:：]+")
STAMP_LINE_MAX = 60


@detector("ZH307")
def stamp_templates(doc: Document) -> None:
    """Lines of labelled fields with a time, whose labels the page repeats over three posts or
    more: each post's stamp (its replies stay: replies.guard_posts)."""
    items = doc.items
    by_labels: dict[tuple[str, ...], list[int]] = {}
    for i, item in enumerate(items):
        key = item.key
        # A time of day makes a line stamped (its shape, read once per text): the usual
        # line is settled without a search.
        if (
            item.removed
            or len(key) > STAMP_LINE_MAX
            or not item.shape.stamped
            or not TIME_RE.search(key)
            # "A.单人票一张，场次时间：3/19 19:30，票价区：1200": an option's clauses, no stamp
            or any(mark in item.text for mark in CLAUSE_MARKS)
        ):
            continue
        fields = LABELLED_FIELD_RE.findall(DATETIME_RE.sub("T", key))
        if len(fields) >= 2:
            by_labels.setdefault(tuple(fields), []).append(i)
    for at in by_labels.values():
        if len(at) >= POST_STAMPS_MIN:
            for i in at:
                items[i].mark("ZH307", STRONG, "post_stamps")


# A comment's stamp: its author's name and the day with its time, nothing else ("读者0
# 2024-03-01 10:10", "小林 2024年3月2日 10:11"). An article's byline with its date is printed
# once; a widget prints one over every comment.
NAMED_STAMP_MAX = 16  # a reader's name; a headline with its time is longer, or has spaces
NAME_MARKS = (LABEL_MARKS - {"."}) | frozenset("|·•…")  # a handle may hold a dot


# A line that opens with a time of day alone and goes on in words ("03:21 菜市场扮演什么角色",
# "09:30 开幕式"): an episode's outline or a day's programme, each entry's time first. A
# comment's stamp names its reader first, or prints the day with the time.
CLOCK_FIRST_RE = re.compile(r"\d{1,3}:\d{2}(?::\d{2})?\s+\D")


def _named_stamp(item: Item, lex: Lexicon) -> bool:
    key = item.key
    if not item.shape.stamped or len(key) > STAMP_LINE_MAX or not TIME_RE.search(key):
        return False
    if CLOCK_FIRST_RE.match(key):
        return False
    rest, dated = DATETIME_RE.subn(" ", key)
    names = rest.split()
    return (
        dated > 0
        and len(names) == 1
        # Parted from the time by a space: "5月22日 15:00人事任免" glues a feed's tags to it.
        and names[0] in key.split()
        and len(names[0]) <= NAMED_STAMP_MAX
        and not NAME_MARKS.intersection(names[0])
        and ".." not in names[0]  # "质量还是不错的.. 2015-04-08": a review's cut text
        # "2024-03-01 10:10 回复", "5月10日07:04举报查看对话": the widget's buttons, no name
        and not lex.contains("thread_words", names[0])
    )


@detector("ZH307")
def named_stamps(doc: Document) -> None:
    """Lines that are one name and a time of day, three or more on the page, most of them
    right above a line of text: each comment's stamp (the comments stay:
    replies.guard_posts). A column of headlines with their times has no text under them."""
    items = doc.items
    placed = doc.body_and_title()
    # Comments are under the body: above it a stamp is the article's dateline with its source.
    start = placed[0] + 1 if placed is not None else 0
    found = [
        i
        for i in range(start, len(items))
        if not items[i].removed and _named_stamp(items[i], doc.ctx.lex)
    ]
    if len(found) < POST_STAMPS_MIN:
        return
    # Readers' names differ: one label over every entry ("强图打榜 2024-05-23 09:41") is a
    # channel's, over a column of its headlines.
    names = Counter(DATETIME_RE.sub(" ", items[i].key).strip() for i in found)
    if names.most_common(1)[0][1] * 2 > len(found):
        return
    following = kept_neighbours(items)[1]
    stamps = {items[i].key for i in found}
    above_text = [
        i
        for i in found
        if (after := following[i]) is not None and after.han >= 1 and after.key not in stamps
    ]
    if len(above_text) * 3 < len(found) * 2:
        return
    for i in found:
        items[i].mark("ZH307", STRONG, "post_stamps")


# A comment's header of a name and the widget's words after it ("阿珍 做过这道菜", "小林 发表了
# 评论"): the words the same each time, the name another.
HEADER_WORDS_MIN = 3
HEADER_LINE_MAX = 30
HEADERS_MIN = 2
HEADER_BRACKETS = frozenset("[]【】()（）<>《》")


@detector("ZH307")
def repeated_headers(doc: Document) -> None:
    """Under the body, lines of one name and the same words after it, twice or more, each
    over a line of text: each comment's header (the comments stay: replies.guard_posts). A
    cast's list ("张三 导演") has another name's line under each, no text."""
    placed = doc.body_and_title()
    if placed is None:
        return
    items = doc.items
    groups: dict[str, list[int]] = {}
    for k in range(placed[1] + 1, len(items)):
        item = items[k]
        if item.removed or len(item.text) > HEADER_LINE_MAX or item.shape.digit:
            continue
        name, _, words = item.key.partition(" ")
        if (
            name
            and len(words) >= HEADER_WORDS_MIN
            and " " not in words
            and han_count(words) >= HEADER_WORDS_MIN
            and not HEADER_BRACKETS.intersection(words)  # "… [版画]": an entry's category
        ):
            groups.setdefault(words, []).append(k)
    if not any(len(found) >= HEADERS_MIN for found in groups.values()):
        return  # the usual page: no template of a header under the body
    following = kept_neighbours(items)[1]
    for found in groups.values():
        names = {items[k].key.partition(" ")[0] for k in found}
        over_text = [
            k
            for k in found
            if (after := following[k]) is not None
            and after.han >= 2
            and not ends_sentence(items[k].text)
            and after.key.partition(" ")[2] != items[k].key.partition(" ")[2]
        ]
        if len(names) >= HEADERS_MIN and len(over_text) == len(found) >= HEADERS_MIN:
            for k in found:
                items[k].mark("ZH307", STRONG, "post_stamps")


# Removed lines between a post's author and its text: its floor ("沙发"), its stamp.
AUTHOR_FURNITURE_MAX = 3
AUTHOR_WIDGETS_MAX = 6  # the stamp, then the post's counts and buttons
WIDGET_CODES = frozenset({"ZH303", "ZH307", "ZH310"})
POST_AUTHORS_MIN = 2
# A post's stamp under its author: a stamp's verdict, or a day with the author's line of bio
# ("2023-04-17 · 园艺师，专注室内绿植养护").
AUTHOR_STAMPS = POST_STAMPS | {"dated_signature"}


def _author_like(item: Item) -> bool:
    """A name: short, no mark of a sentence or a clause, no time ("钓鱼小白", "老张钓鱼")."""
    text = item.text.strip()
    return (
        0 < len(text) <= POST_AUTHOR_MAX
        and not item.prose
        and not item.shape.stamped
        and not NAME_MARKS.intersection(text)
    )


def _under_a_stamp(items: list[Item], i: int) -> bool:
    """Is there a stamp among the removed lines right above line ``i``?"""
    for k in range(i - 1, max(-1, i - 1 - AUTHOR_FURNITURE_MAX), -1):
        if not items[k].removed:
            return False
        if items[k].shape.stamped:
            return True
    return False


def _post_header(item: Item, lex: Lexicon) -> bool:
    """A post's stamp: a stamp's verdict, a thread's word with a time, or the post's number
    with its time ("发布 #1 2023年10月2日星期一 13点56分")."""
    if item.detector in AUTHOR_STAMPS or reply_stamp_line(item, lex):
        return True
    return item.shape.stamped and bool(POST_NUMBER_RE.search(item.key))


def _headers_enough(items: list[Item], lex: Lexicon) -> bool:
    """Has the page POST_AUTHORS_MIN posts' headers taken, one for each author to be found?"""
    headers = (it for it in items if it.removed and _post_header(it, lex))
    return next(islice(headers, POST_AUTHORS_MIN - 1, None), None) is not None


@detector("ZH307")
def post_authors(doc: Document) -> None:
    """A post's author over the header the rooms took (its floor, "发表于 <time> | 只看该作者")
    and over its text, twice or more on the page: the thread's furniture, like the header
    (the posts stay: replies.guard_posts). A heading over a paragraph has no post's stamp
    between them."""
    items = doc.items
    lex = doc.ctx.lex
    if not _headers_enough(items, lex):
        return  # the usual page: fewer posts' headers than a thread has, no name is asked
    placed = doc.body_and_title()
    title = placed[2] if placed is not None else None
    found = []
    for i, item in enumerate(items):
        if item.removed or i == title or not _author_like(item):
            continue
        if _under_a_stamp(items, i):
            continue  # a reply's text under the post above, over its own stamp
        j = i + 1
        while j < len(items) and j <= i + AUTHOR_WIDGETS_MAX and items[j].removed:
            j += 1
        furniture = items[i + 1 : j]
        if (
            len(furniture) > AUTHOR_FURNITURE_MAX
            and _post_header(furniture[0], lex)
            and all(it.code in WIDGET_CODES for it in furniture[1:])
        ):
            # The post's stamp right under its author, then the post's counts and buttons
            # ("采纳数：1208" / "向TA提问" / "关注") down to its text: read as the stamp last.
            furniture = furniture[:1]
        elif len(furniture) > AUTHOR_FURNITURE_MAX:
            continue
        # One stamp, right over the text: a reply's text over its own stamp and its buttons
        # ("我就很佛系" / "2楼2022-11-26 15:19" / "回复(1)"), or under another post's stamp
        # that names its author, is no author's name.
        if (
            furniture
            and j < len(items)
            and not items[j].removed
            and items[j].han >= 2
            and _post_header(furniture[-1], lex)
            # (a date alone may come first: "Emin" / "2023年10月2日" / "发布 #1 …")
            and not any(it.shape.stamped and it.code != "ZH308" for it in furniture[:-1])
        ):
            found.append(i)
    if len(found) >= POST_AUTHORS_MIN:
        for i in found:
            items[i].mark("ZH307", STRONG, "post_stamps")


# An account's handle alone on its line, as a comment widget prints it over each comment
# ("Yang7569", "360U430404146"): letters and figures, no space, no mark.
HANDLE_RE = re.compile(r"^(?=[A-Za-z0-9_.-]*\d)(?=[A-Za-z0-9_.-]*[A-Za-z])[A-Za-z0-9_.-]{4,24}$")
HANDLES_MIN = 3


@detector("ZH307")
def comment_handles(doc: Document) -> None:
    """Below the body, handles each right above a line of text, three times or more: the
    comments' authors (the comments stay: replies.guard_posts)."""
    placed = doc.body_and_title()
    if placed is None:
        return
    items = doc.items
    handles = [
        k
        for k in range(placed[1] + 1, len(items))
        if not items[k].removed and HANDLE_RE.match(items[k].text.strip())
    ]
    if len(handles) < HANDLES_MIN:
        return  # the usual page: too few handles for the neighbours to be worth finding
    following = kept_neighbours(items)[1]
    found = [
        k
        for k in handles
        if (after := following[k]) is not None
        and after.han >= 1
        and not HANDLE_RE.match(after.text.strip())
    ]
    if len(found) >= HANDLES_MIN:
        for k in found:
            items[k].mark("ZH307", STRONG, "post_stamps")


COMMENTERS_MIN = 2
COMMENTER_MAX = 12


@detector("ZH307")
def commenters(doc: Document) -> None:
    """Under the body's first line, a short name over a comment whose stamp (a time alone:
    "3天前", "2024-03-02 20:15") and reply button or count of likes follow it, twice or more:
    each comment's author. The comments stay (replies.guard_inline_comments keeps them against a place verdict)."""
    placed = doc.body_and_title()
    if placed is None:
        return
    items = doc.items
    buttons = doc.ctx.lex.lists["thread_words"]
    found = []
    # From the body's first line: a comment long enough to read as prose may close the body.
    for k in range(placed[0] + 1, len(items) - 3):
        stamp = items[k + 2]
        if stamp.code != "ZH308" or not stamp.removed:
            continue  # most lines: no date line two below, nothing else to read
        name, comment, button = items[k], items[k + 1], items[k + 3]
        if (
            not name.removed
            and not comment.removed
            and button.removed
            and len(name.text) <= COMMENTER_MAX
            and " " not in name.text
            and not any(mark in name.text for mark in LABEL_MARKS)
            and comment.han >= 4
            # Under the stamp, its reply button or its count of likes ("赞 41").
            and (button.key in buttons or (button.code == "ZH307" and button.shape.digit))
        ):
            found.append(k)
    if len(found) >= COMMENTERS_MIN:
        for k in found:
            items[k].mark("ZH307", STRONG, "post_stamps")
        widget_heading(items, found[0])


TIME_GAPS_MIN = 2
# A line TIME_GAP_RE takes opens with a figure and ends with 后, 後 or "later": a pattern of
# the page's lines joined finds every such line (one match a line at most).
GAP_LINE_RE = re.compile(r"^\d.*(?:[后後]|later)$", re.M)


def _gap_lines(items: list[Item]) -> bool:
    """Are there TIME_GAPS_MIN lines or more of a time gap's shape on the page?"""
    return len(GAP_LINE_RE.findall(page_keys(items))) >= TIME_GAPS_MIN


@detector("ZH307")
def time_gaps(doc: Document) -> None:
    """A time counted forward in figures alone on its line, twice or more on the page ("9 天
    后" / "1 个月 后"): the gaps a thread prints between its posts. An author's "三天后"
    heading a story's part is written in words, and once."""
    items = doc.items
    if not _gap_lines(items):
        return  # fewer lines than that open with a figure and end with 后: one scan in C
    found = [i for i, it in enumerate(items) if not it.removed and TIME_GAP_RE.match(it.key)]
    if len(found) >= TIME_GAPS_MIN:
        for i in found:
            items[i].mark("ZH307", STRONG, "time_gaps")


# What a thread prints when someone acts on it, between its posts: a name, 于, a date and
# the act, spaced as a template spaces its fields ("某某 于 2023年10月2日 置顶此帖"); an
# author writes "某某于2023年10月2日…" with no spaces, and ends the sentence.
EVENT_RE = re.compile(r"^([^\s:：，。,]{1,20}) [于於] (.+)$")
EVENT_ACT_MAX = 60


def _event(key: str) -> bool:
    found = EVENT_RE.match(key)
    if found is None or ends_sentence(key):
        return False
    date = DATETIME_RE.search(found.group(2))
    if date is None or date.start():
        return False
    dated = found.group(2)[: date.end()]
    act = found.group(2)[date.end() :]
    # The date a field of its own: a space after it (the date's pattern may take it).
    spaced = dated.endswith(" ") or act.startswith(" ")
    return spaced and 0 < len(act.strip()) <= EVENT_ACT_MAX


@detector("ZH307")
def thread_events(doc: Document) -> None:
    """Lines of a name, 于, a date and an act, spaced as fields, twice or more on the page
    ("某某 于 2023年10月2日 更改标题为「…」"): the events a thread prints between its posts."""
    items = doc.items
    found = [
        i
        for i, it in enumerate(items)
        if not it.removed
        and " " in it.key
        and len(it.key) <= STAMP_LINE_MAX + 40
        and _event(it.key)
    ]
    if len(found) >= TIME_GAPS_MIN:
        for i in found:
            items[i].mark("ZH307", STRONG, "thread_events")


# The origin line a bulletin board appends to a post: "※ 来源:·水木社区 …", and PTT's
# "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: …", "※ 文章網址: …", "※ 編輯: …".
BBS_ORIGIN_RE = re.compile(r"^※\s?([^\s:：]{2,4})\s?[:：]")
# A board's header over a post with its labels and no colon, as PTT prints it: "作者 id
# (nick) 看板 Gossiping" (a credit's label first, a board's label before the board's name:
# data credit_labels, board_labels), then "標題 …" (the post's title: it stays) and its time
# as C's ctime() writes it, under a date's label: "時間 Sun May  5 21:10:33 2024".
CTIME_RE = re.compile(r"^[a-z]{3}\s+[a-z]{3}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\d{4}$")
BOARD_HEADER_WORDS = 4  # label, id, board's label, board (a nick in brackets between)
# PTT's web page prints its header one field a line, each label glued to its value, as a
# scraper joins two inline boxes: "作者roujuu (老中)" / "看板SuperHeroes" / "標題[情報] …" /
# "時間Sun Jan 22 20:04:44 2017". The board's line is the site's; its author is a credit.
GLUED_BOARD_RE = re.compile(r"^(\S{2,3}?)\s?([a-z0-9_.\-]{2,30})$")
GLUED_AUTHOR_RE = re.compile(r"^(\S{1,4}?)\s?[a-z0-9_.\-]{2,30}\s?\([^()]{0,30}\)$")
SIGNATURE_MARK = "--"  # a post's signature separator, right above its origin line


def _board_labels_on(items: list[Item], labels: tuple[str, ...]) -> bool:
    """Does some line hold a board's label? Asked of the page's lines joined by line breaks,
    which no label holds: a label found there stands inside one line."""
    page = page_keys(items)
    return any(label in page for label in labels if "\n" not in label)


@detector("ZH307", "ZH311")
def bbs_headers(doc: Document) -> None:
    """A bulletin board's post header and origin line, on a page that prints them: the
    sender and board ("发信人: id (nick), 信区: board"), the title field under it, the
    station and time ("发信站: 水木社区 (Fri Mar 18 20:52:50 2016), 站内"), and the origin
    line under the post ("※ 来源:·水木社区 http://…·[FROM: …]") with its "--" above it;
    PTT's header ("作者 id (nick) 看板 board", its time line) and origin lines ("※ 發信站:
    …", "※ 文章網址: …"). The post's title and text between them stay."""
    lex = doc.ctx.lex
    items = doc.items
    # A board's label in a header: "信区" in a sender's line, "看板" in PTT's (one scan).
    board_labels = lex.terms("board_labels")
    if not _board_labels_on(items, board_labels):
        return  # the usual page, settled in one substring search a label, not one a line
    boards = [i for i, it in enumerate(items) if any(label in it.key for label in board_labels)]
    if not boards:
        return  # the usual page: no header of a bulletin board
    found = False
    for i in boards:
        words = items[i].key.split()
        if (
            len(words) >= BOARD_HEADER_WORDS
            and lex.has("credit_labels", words[0])
            and lex.has("board_labels", words[-2])
        ):
            found = True
            items[i].mark("ZH307", STRONG, "bbs_headers")
            for below in items[i + 1 : i + 3]:
                label, _, stamp = below.key.partition(" ")
                if not below.removed and lex.has("date_labels", label) and CTIME_RE.match(stamp):
                    below.mark("ZH307", STRONG, "bbs_headers")

    for i in boards:
        author = _glued_header(doc, i)
        if author is not None:
            found = True
            items[i].mark("ZH307", STRONG, "bbs_headers")
            doc.memo.setdefault("board_authors", set()).add(author)  # kept: a credit

    def header(key: str) -> bool:
        # A field's label at the line's start: "发信人: mozilla (…), 信区: Test".
        label = FIELD_LABEL_RE.match(key)
        return label is not None and lex.has("bbs_header_labels", key[: label.end() - 1].strip())

    # A board named in a field of the sender's line ("信区: Test", a label of both lists), not
    # after the sender as PTT prints it.
    board_fields = tuple(set(board_labels) & lex.lists["bbs_header_labels"])

    def names_board(i: int) -> bool:
        return any(label in items[i].key for label in board_fields)

    if any(names_board(i) for i in boards):
        headers = [i for i, it in enumerate(items) if not it.removed and header(it.key)]
        if any(names_board(i) for i in headers):
            found = True
            for i in headers:
                items[i].mark("ZH307", STRONG, "bbs_headers")
                below = items[i + 1] if i + 1 < len(items) else None
                if (
                    below is not None
                    and not below.removed
                    and doc.ctx.vocab.title_field.match(below.key)
                ):
                    below.mark("ZH307", STRONG, "bbs_headers")
    if found:
        _origin_lines(doc)


def _glued_header(doc: Document, i: int) -> int | None:
    """Is line ``i`` a board's label glued to the board's name ("看板gossiping"), under its
    author's line ("作者roujuu (老中)")? The author line's index, or None."""
    lex = doc.ctx.lex
    board = GLUED_BOARD_RE.match(doc.items[i].key)
    if board is None or not lex.has("board_labels", board.group(1)):
        return None
    for j in range(i - 1, max(-1, i - 3), -1):
        author = GLUED_AUTHOR_RE.match(doc.items[j].key)
        if author is not None and lex.has("credit_labels", author.group(1)):
            return j
    return None


def guard_board_authors(doc: Document) -> None:
    """A post's author over its board in a glued header stays, as a credit does, whatever a
    room that reads the page's head decided (POLICY: credits)."""
    for j in doc.memo.get("board_authors", ()):
        item = doc.items[j]
        if item.removed:
            item.clear()
        item.guard = "a post's author in its board's header (a credit)"


def _origin_lines(doc: Document) -> None:
    """The origin lines under each post, and the signature mark right above one."""
    lex = doc.ctx.lex
    items = doc.items
    for i, item in enumerate(items):
        origin = BBS_ORIGIN_RE.match(item.key)
        if item.removed or origin is None or not lex.has("bbs_origin_labels", origin.group(1)):
            continue
        # Named apart from the header: the line under an origin line is no post's text.
        item.mark("ZH307", STRONG, "bbs_origin")
        above = items[i - 1] if i else None
        if above is not None and not above.removed and above.key.strip() == SIGNATURE_MARK:
            above.mark("ZH311", STRONG, "bbs_origin")
