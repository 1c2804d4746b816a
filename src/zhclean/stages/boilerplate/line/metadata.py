"""Metadata and page chrome on one line: labels, dates, counters, credits.

>>> from zhclean.lexicon import load_lexicon
>>> from .classifier import classifier
>>> c = classifier(load_lexicon())
>>> metadata(c, Item(1, "浏览次数：876", "浏览次数:876"))
('ZH307', 2)
>>> metadata(c, Item(1, "来源：新华社", "来源:新华社")) == KEEP
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ....chardata import ends_sentence
from ....lexicon import fold
from ..features import STRONG, Item
from ..registry import KEEP, Verdict, detector
from ..shapes import (
    CASHTAG_LINE_RE,
    DATE_RE,
    DATETIME_RE,
    FILE_INFO_RE,
    MACHINE_STAMP_RE,
    NUMBER_ONLY_RE,
    PUNCT_ONLY_RE,
    RELATIVE_FIELD_RE,
    RELATIVE_TIME_PATTERN,
    TAG_LINE_RE,
    TIME_RE,
    URL_RE,
    VALUE_RE,
    squash,
)

if TYPE_CHECKING:
    from .classifier import Classifier

COUNTER_VALUE_RE = re.compile(
    r"[\d.,\s]{0,20}(?:[a-z]{1,5})?\s?(?:页|次|人|字|个|条|金币|积分|分|秒|%|分钟|kb|mb)?"
)


OPENERS_RE = re.compile("[(（]")
FORM_ATTRIBUTE_RE = re.compile(r"(?<![^\s])[a-z][a-z-]{0,15}=\"[^\"<>\n]{0,40}\"(?![^\s])")


def fields(c: Classifier, key: str) -> list[tuple[str, str, str]] | None:
    """``label: value`` fields of a metadata line as (kind, label, value); None if no label."""
    if ":" not in key:  # every label ends with one (folding made "：" ":")
        return None
    matches = list(c.label_re.finditer(key))
    if not matches:
        return None
    found = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(key)
        value = key[match.end() : end]
        if "=" in value:
            # A form's input left as its attribute after the label ('作者： size="20"'):
            # the field is empty.
            value = FORM_ATTRIBUTE_RE.sub(" ", value)
        value = value.strip(" |,，;；")
        if value.endswith((")", "）")) and not OPENERS_RE.search(value):
            # The bracket the fields stand in closes after the last: "(阅读:3727;评论:63)".
            value = value[:-1].rstrip(" ;；")
        found.append((c.label_kind_of(match.group(1)), match.group(1), value))
    return found


GLUED_PREFIX_MAX = 12


def _glued_tag_field(c: Classifier, key: str) -> bool:
    """A tag field with a short run of words and a colon glued before it ("yabo手机版登录:
    相关标签:a,b,c"): a keyword an injector put in front of the site's tag line."""
    for start, end, _ in c.lex.find("tag_labels", key):
        prefix = key[:start].rstrip()
        if (
            key[end : end + 1] == ":"
            and 0 < len(prefix) <= GLUED_PREFIX_MAX
            and prefix.endswith(":")
            and "," not in prefix
        ):
            return True
    return False


# A template's byline of nobody after a date: "Posted on 2023-04-05 by admin".
NOBODY_BYLINE_RE = re.compile(r"\bby\s+(\S+)\s*$")


# A post's number in its thread, beside its date: "#3", "3楼", "第3楼".
# A reply's number in its thread: "#12", "12楼", "第12楼", alone or glued between the client
# it was sent from and its time ("来自Android客户端2楼2022-11-26 15:19").
POST_NUMBER_RE = re.compile(r"(?<!\S)#\d{1,5}(?!\S)|(?<!\d)第?\d{1,5}\s?楼(?![^\s\d])")


# A weekday in brackets after a date, as Taiwan and Hong Kong pages print it: "2014年12月13日(六)".
BRACKETED_WEEKDAY_RE = re.compile(r"[(（]\s?[一二三四五六日天]\s?[)）]")
# A time zone after a time: "2014-12-25 HKT 22:40", "10:30 GMT+8", "UTC+08:00" (the
# letters of a zone's short name end in T, as HKT, CST, GMT do).
TIME_ZONE_RE = re.compile(
    r"(?<![a-z])(?:utc|gmt|[a-z]{1,3}t)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?(?![a-z])"
)


def date_only(c: Classifier, key: str) -> bool:
    rest, n = DATETIME_RE.subn(" ", key)
    if not n:
        return False
    rest = BRACKETED_WEEKDAY_RE.sub(" ", rest)
    if any(mark in rest for mark in c.vocab.post_place_marks):
        rest = c.vocab.post_place.sub(" ", rest)  # "编辑于 2023-03-01 15:45・IP 属地北京"
    if n and any("a" <= ch <= "z" for ch in rest):
        rest = TIME_ZONE_RE.sub(" ", rest)
    if "/" in rest or "www." in rest:
        # The site's address beside its date ("http://www.example.com/ 2005-07-18 13:03"):
        # a credit that is only a URL, none (POLICY: metadata lines). Before the labels go:
        # "on" is a label, and a word of an address too.
        rest = URL_RE.sub(" ", rest)
    rest = c.date_label_re.sub(" ", POST_NUMBER_RE.sub(" ", rest))
    byline = NOBODY_BYLINE_RE.search(rest)
    if byline and byline.group(1) in c.lex.lists["non_credits"]:
        rest = rest[: byline.start()]  # a real name after "by" is a credit, and stays
    if rest.strip() and c.lex.has("provinces", rest.strip()):
        return True  # "2025年03月12日 08:00 浙江": a post's stamp with where it was sent from
    return bool(PUNCT_ONLY_RE.match(rest))


def is_counter_value(c: Classifier, value: str) -> bool:
    value = c.vocab.counter.sub("", DATETIME_RE.sub(" ", value)).strip(" ()（）[]【】")
    return bool(COUNTER_VALUE_RE.fullmatch(value))


def is_credit_value(c: Classifier, value: str) -> bool:
    value = DATETIME_RE.sub("", value)
    # A date's label glued to the credit ("本站发布时间:"): the credit ends where it starts.
    value = c.date_label_re.sub(" ", value)
    value = c.vocab.counter.sub("", value).strip(" :|,，()（）【】[]")
    if value in c.lex.lists["non_credits"]:
        return False
    if not value or URL_RE.fullmatch(value) or NUMBER_ONLY_RE.match(value):
        return False
    if SITE_SIGNATURE_RE.match(value):
        # A site's name joined to its address ("m6平台-www.nbsbj.cn"): the page's site signs
        # it, no author's credit (POLICY: a credit that is only a URL).
        return False
    return not PUNCT_ONLY_RE.match(value)


# A site's name, a dash and its address: "koko体育-www.jnmajc.com". A person's credit with
# a link ("张三（http://…）") is no such signature.
SITE_SIGNATURE_RE = re.compile(r"^[^\s()（）]{1,12}\s?[-–—_|]\s?(?:https?://)?www\.[^\s]+$")


def empty_template_field(c: Classifier, key: str) -> bool:
    """A contact field of a site template whose value is no contact at all ("Phone : 来电显示器").

    A real number or address stays: it may belong to the article's subject.
    """
    match = c.vocab.contact_field.match(key)
    if not match:
        return False
    label, value = match.groups()
    if label in c.vocab.mail_labels:
        return "@" not in value
    return sum(ch.isdigit() for ch in value) < 5


@detector("ZH313")
def template_field(c: Classifier, item: Item) -> Verdict | None:
    """A contact field of the site's template with no contact in it."""
    return ("ZH313", STRONG) if empty_template_field(c, item.key) else None


# A rating drawn in stars, full and empty, with its score or none ("★★★★☆", "★★★★☆ 4.3分").
RATING_STARS = frozenset("★☆✩✭✰")
STAR_RATING_RE = re.compile(
    r"^[★☆✩✭✰]{3,5}\s?(?:\d{1,2}(?:\.\d)?\s?分?)?(?:\s?[(（]\d[\d,]*\s?\S{0,4}[)）])?$"
)


@detector("ZH307", "ZH308")
def numbers_only(c: Classifier, item: Item) -> Verdict | None:
    """A line of numbers: a date or time ("2022-09-28 05:01:05") or a bare counter ("3253")."""
    key = item.key
    if PAGE_OF_RE.match(key):
        return "ZH307", STRONG  # a pager's "1 / 3", a comment box's "0/200"
    if TEMPERATURE_RE.match(key):
        return "ZH307", STRONG  # a weather widget's reading: "16°C", "12~19℃"
    if key[:1] in RATING_STARS and STAR_RATING_RE.match(key):
        return "ZH307", STRONG  # a review's stars, with its score or none: "★★★★☆ 4.3分"
    if QUOTE_CHANGE_RE.match(key) and not item.table:
        return "ZH307", STRONG  # a ticker's move: "-15.65 (-0.43%)", "18,608.94 +0.0015 (+0.02%)"
    if key[:1] in VOTE_ARROWS and VOTE_RE.match(key):
        return "ZH307", STRONG  # a vote widget's arrow and its count: "▲ 12", "▼"
    if not NUMBER_ONLY_RE.match(key) or set(key.replace(" ", "")) <= {"."}:
        return None  # (dots alone are an ellipsis, a scene break: "……" folds to "......")
    if TIME_RE.search(key) or DATE_RE.search(key):
        return "ZH308", STRONG
    numbers = key.split()
    if len(numbers) >= 3 and not _counting_up(numbers) and len(set(numbers)) > 1:
        # A row of values ("9 5 7", a table's figures), not a pager or counters ("0 0 0").
        return None
    return "ZH307", STRONG


# A temperature alone, or a day's range: a weather widget's reading ("16°C", "12~19℃").
TEMPERATURE_RE = re.compile(
    r"^-?\d{1,2}(?:\.\d)?\s?(?:°\s?[cf]|℃|℉)?(?:\s?[~～/-]\s?-?\d{1,2}(?:\.\d)?)?\s?(?:°\s?[cf]|℃|℉)$"
)
# A market ticker's quote and move, alone: a price's change with its percentage in brackets.
QUOTE_CHANGE_RE = re.compile(
    r"^(?:\d[\d,]*(?:\.\d+)?\s)?[+\-−]\s?\d[\d,]*(?:\.\d+)?\s?\(\s?[+\-−]?\d+(?:\.\d+)?\s?%\s?\)$"
)
# A vote widget's arrow with its count or none: "▲ 12", "▼", "👍 36".
VOTE_ARROWS = frozenset("▲▼△▽👍👎")
VOTE_RE = re.compile(r"^[▲▼△▽👍👎]\s?\d*[kw万]?$")
# A count of a total, alone: a pager's "1 / 3", a comment box's "0/200" characters, a
# thread's "1 / 10 条".
PAGE_OF_RE = re.compile(r"^\d{1,4}\s?/\s?\d{1,5}(?:\s?(?:条|页|项|篇|张))?$")


def _counting_up(numbers: list[str]) -> bool:
    """Page numbers: 1 2 3 4 (each one more than the one before)."""
    try:
        values = [int(n) for n in numbers]
    except ValueError:
        return False
    return all(b == a + 1 for a, b in zip(values, values[1:], strict=False))


# A page's visitor counter as a sentence: "您是本文第 154 个阅览者", "你是第 344522 位访问者".
ORDINAL_RE = re.compile(r"第\s?\d[\d,]{0,11}\s?[个位名]\s?")
VISITOR_LINE_MAX = 40


@detector("ZH307")
def visitor_count(c: Classifier, item: Item) -> Verdict | None:
    """The visitor's own number, counted by the page ("第 154 个阅览者"): page chrome."""
    key = item.key
    if "第" not in key or len(key) > VISITOR_LINE_MAX or any(m in key for m in "，。,;；！？!?"):
        return None  # a sentence that counts a reader ("她是第 100 位读者，…") is the author's
    visitors = c.lex.terms("visitor_words")
    for found in ORDINAL_RE.finditer(key):
        if key.startswith(visitors, found.end()):
            return "ZH307", STRONG
    return None


@detector("ZH307")
def user_handle(c: Classifier, item: Item) -> Verdict | None:
    """A post's author line: a name and its handle, nothing else ("北野 @alimy"), or a
    buyer's name a shop masks over the review ("t**9", "小**阳")."""
    key = item.key.strip()
    if "**" in key and MASKED_NAME_RE.fullmatch(key):
        return "ZH307", STRONG
    return ("ZH307", STRONG) if c.vocab.user_handle.fullmatch(key) else None


# A name masked by its site, a letter or two kept either side of the stars ("1***e", "小**阳").
MASKED_NAME_RE = re.compile(r"[^\s*]{1,4}\*{2,6}[^\s*]{0,4}")


# A post's stamp: the day it was written and its author's signature ("2021-10-19 · 爱答题，
# 多聊点生活"), no figure in the signature.
POST_STAMP_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2})? ?[·•] ?[^\d。！？!?]{1,24}")


@detector("ZH307")
def dated_signature(c: Classifier, item: Item) -> Verdict | None:
    """A post's date and its author's signature, nothing else ("2021-10-19 · 爱答题"). A
    news source after the dot ("2024-05-09 22:30·新华社") is the article's credit: it stays."""
    key = item.key.strip()
    if not POST_STAMP_RE.fullmatch(key):
        return None
    return None if _names_a_source(c, key) else ("ZH307", STRONG)


def _names_a_source(c: Classifier, key: str) -> bool:
    """Does a stamp name the article's source: a credit's label ("来源：新华网"), or a name
    ending as an agency, a paper, a station or a site does ("新华社")?"""
    if any(f"{word}:" in key for word in c.lex.lists["credit_words"]):
        return True  # (on the folded key a label's colon is ':')
    tail = re.split(r"[·•|]", key)[-1].strip()
    return tail.endswith(c.lex.terms("media_ends")) or tail.endswith(c.lex.terms("site_kinds"))


# A post's number in its thread with its time and its poster's name: "gazeldx #1 1 月前",
# "张三 3楼 2024-01-03 10:20".
FLOOR_NAME_MAX = 20


@detector("ZH307")
def floor_stamp(c: Classifier, item: Item) -> Verdict | None:
    """A reply's stamp: its number in the thread, its time and one name (or the client it
    was sent from), nothing else but the thread's buttons after it ("…1楼2022-10-02 23:02回复";
    data: thread_words)."""
    key = item.key
    if len(key) > 2 * FLOOR_NAME_MAX + 20 or not POST_NUMBER_RE.search(key):
        return None
    rest, dated = DATETIME_RE.subn(" ", POST_NUMBER_RE.sub(" ", key))
    names = rest.split()
    while len(names) > 1 and c.lex.has("thread_words", names[-1]):
        names.pop()  # a reply button after the time
    if not dated or len(names) > 1 or ends_sentence(key):
        return None
    return ("ZH307", STRONG) if not names or len(names[0]) <= FLOOR_NAME_MAX else None


# A reply's header that names what it answers: "re:" (or 回复) before the post's title.
REPLY_TO_RE = re.compile(r"^[#\s]*(?:re|回复|答复)\s?:")
REPLY_HEADER_MAX = 120


@detector("ZH307")
def reply_header(c: Classifier, item: Item) -> Verdict | None:
    """A comment's header on a blog or board: "re:" and the post's title, the time, and one
    name after it, nothing else ("# re: 很高兴入住博客堂 2004-12-27 12:46 flyingbirds")."""
    key = item.key
    if len(key) > REPLY_HEADER_MAX or not REPLY_TO_RE.match(key) or not TIME_RE.search(key):
        return None
    if ends_sentence(item.text):
        return None  # "Re: …我们在2004-12-27 12:46见面，请准时到场。": a reply's own sentence
    marked, dated = DATETIME_RE.subn("\x00", key)
    if not dated:
        return None
    after = marked.rsplit("\x00", 1)[1].strip()  # after the last stamp: the name, if any
    if after.startswith("[") and after.endswith("]"):
        after = after[1:-1].replace(" ", "")  # a name in brackets: "[ IceSharK - PP.Poet ]"
    names = after.split()
    return (
        ("ZH307", STRONG)
        if not names
        or (
            len(names) == 1
            and len(names[0]) <= FLOOR_NAME_MAX
            and not any(mark in names[0] for mark in "，。、；！？,;!?")
        )
        else None
    )


# A reply's stamp in a comment widget: its author, a colon, the widget's buttons and the
# time ("JustSoSoSoJ： 举报 2017-03-30 15:05:10 评论").
REPLY_AUTHOR_RE = re.compile(r"^[^\s:：，。,]{1,24}\s?[:：]")


@detector("ZH307")
def reply_stamp(c: Classifier, item: Item) -> Verdict | None:
    """A reply's author and time among the thread's buttons, nothing else."""
    key = item.key
    if len(key) > 2 * FLOOR_NAME_MAX + 20 or not TIME_RE.search(key):
        return None
    author = REPLY_AUTHOR_RE.match(key)
    if author is None:
        return None
    words = DATETIME_RE.sub(" ", key[author.end() :]).split()
    if not words or len(words) > 3:
        return None
    return ("ZH307", STRONG) if all(c.lex.has("thread_words", w) for w in words) else None


# A comment's stamp in a widget of recent comments: its author, its time and the verb that
# opens the quote ("DGF 2年前 (2021-02-03)说：", "bob 2024-01-03 写道:"; data: quote_verbs).
AUTHOR_RE = re.compile(r"[^\s:：，。,]{1,24}")
BRACKETS_RE = re.compile(r"[()（）\[\]]")


@detector("ZH307")
def said_stamp(c: Classifier, item: Item) -> Verdict | None:
    """A comment's author and time, then the colon its quote follows, nothing else."""
    key = item.key
    if len(key) > 2 * FLOOR_NAME_MAX + 20 or not key.rstrip().endswith(":"):
        return None
    rest, dated = DATETIME_RE.subn(" ", key)
    if not dated:
        return None
    rest = " ".join(BRACKETS_RE.sub(" ", rest).split()).rstrip(":").rstrip()
    verb = next((v for v in c.lex.terms("quote_verbs") if rest.endswith(v)), "")
    return (
        ("ZH307", STRONG) if AUTHOR_RE.fullmatch(rest[: len(rest) - len(verb)].rstrip()) else None
    )


# A time counted back from now at a line's end ("10月前", "1 周前"), what stands before it.
RELATIVE_END_RE = re.compile(rf"(?:{RELATIVE_TIME_PATTERN})$")
# A role in brackets beside a post's author: "（作者）", "(楼主)" (data: thread_words).
ROLE_RE = re.compile(r"[(（]\s?([^()（）]{1,4})\s?[)）]")


@detector("ZH307")
def relative_stamp(c: Classifier, item: Item) -> Verdict | None:
    """A post's author and its time counted back from now, nothing else: "马亮南生 10月前",
    "Rache1 （作者） 1周前", "小诺抓 (楼主)10月前". A page prints such times as it shows a post;
    an author writes "三天前" inside a sentence, not a name and a figure alone."""
    key = item.key
    if len(key) > FLOOR_NAME_MAX + 20 or "前" not in key or ends_sentence(key):
        return None
    found = RELATIVE_END_RE.search(key)
    if found is None:
        return None
    rest = key[: found.start()]
    if rest.rstrip().endswith(("·", "•", "|", "-")):
        return None  # "法新社·23 小时前": a feed entry's source, read with its entry
    for role in ROLE_RE.finditer(rest):
        if not c.lex.has("thread_words", role.group(1)):
            return None  # "(北京)": no post's role
    names = ROLE_RE.sub(" ", rest).split()
    if len(names) != 1 or len(names[0]) > FLOOR_NAME_MAX or c.vocab.counter.search(names[0]):
        return None  # "94阅读21分钟前": a counter and a time, page chrome of another kind
    return ("ZH307", STRONG) if AUTHOR_RE.fullmatch(names[0]) else None


PIPE_FIELD_MAX = 20
# The fields of a post's stamp are parted by bars or by spaced dots ("lehf · 1 月前 · 1350 次阅读").
STAMP_FIELDS_RE = re.compile(r"\s?\|\s?|\s[·•]\s")


@detector("ZH307")
def pipe_stamp(c: Classifier, item: Item) -> Verdict | None:
    """A post's stamp of fields parted by bars, one of them its date: "再睡一夏 | 455 |
    2024-01-03", "多乐 | 2024-01-10", "客栈小K | 扫地 | 6天前" (a table's row is marked as one
    before this is asked)."""
    key = item.key
    if item.table or len(key) > 4 * PIPE_FIELD_MAX:
        return None
    fields = [field.strip() for field in STAMP_FIELDS_RE.split(key)]
    if len(fields) < 2 or ends_sentence(key):
        return None
    if not all(0 < len(field) <= PIPE_FIELD_MAX for field in fields[:-1]):
        return None
    if len(fields[-1]) > PIPE_FIELD_MAX + 10 or not fields[-1]:
        return None
    barred = "|" in key
    dated = [
        f
        for f in fields
        if (DATE_RE if barred else DATETIME_RE).search(f) or RELATIVE_FIELD_RE.match(f)
    ]
    if not dated or (barred and len(dated) != 1) or len(fields) > 4 or _names_a_source(c, key):
        return None  # "2024年04月24日23:52 | 来源：新华网": the article's dateline and credit
    return "ZH307", STRONG


@detector("ZH308")
def date_line(c: Classifier, item: Item) -> Verdict | None:
    """Only a date or time, with or without its label ("发布日期:2024-06-11 15:20"), or a
    feed's machine timestamp ("2005-03-19T08:00:30Z")."""
    if MACHINE_STAMP_RE.match(item.key.strip()) or c.vocab.lunar_date.match(item.key):
        return "ZH308", STRONG
    key = item.key
    if (":" in key or key.endswith(c.vocab.day_parts)) and c.vocab.schedule.search(key):
        # A slot of a programme ("9:20—9:50"), a day's part of an event ("12月12日下午"): a
        # fact of the subject (POLICY: dates), never when a page was published, an instant:
        # kept, whatever a later detector would read in a date alone.
        return KEEP
    return ("ZH308", STRONG) if date_only(c, item.key) else None


@detector("ZH309")
def hashtag_line(c: Classifier, item: Item) -> Verdict | None:
    """A line of #tag# or $cashtag$ tokens, or a template's tag field without a colon: a tag label, a
    space, then short tokens ("分类 内蒙古 标签 学打高尔夫球、 打高尔夫动作 文章导航")."""
    text = item.text
    if len(text) > TAG_FIELD_MAX or ends_sentence(text):
        return None
    if (TAG_LINE_RE.match(item.key) or CASHTAG_LINE_RE.match(item.key)) and len(text) <= 60:
        return "ZH309", STRONG
    if _two_tag_fields(c, item.key) or (
        (GLUED_WORD_RE.search(text) or item.key.startswith("by "))
        and _two_tag_fields(c, _unglued(text))
    ):
        return "ZH309", STRONG  # a blog template's "Posted in 分类 Tagged 标签"
    if ":" in item.key and _glued_tag_field(c, item.key):
        return "ZH309", STRONG
    label, space, rest = item.key.partition(" ")
    if space and rest and c.lex.has("tag_labels", label):
        tokens = [t for t in TOKEN_SPLIT_RE.split(rest) if t]
        if tokens and all(len(t) <= TAG_TOKEN_MAX for t in tokens) and "。" not in rest:
            return "ZH309", STRONG
    return None


TAG_FIELD_MAX = 100


# Words a template glued together when the markup between them went: "by adminPosted in
# 新闻Tagged 切尔西" (a capital after a letter or an ideograph starts a word).
GLUED_WORD_RE = re.compile(r"(?<=[a-z\u4e00-\u9fff])(?=[A-Z][a-z])")
# A template's byline before its fields: "by admin".
BYLINE_PREFIX_RE = re.compile(r"^by \S+ ")


def _unglued(text: str) -> str:
    """The matching key of a template line with its glued words parted and its byline
    dropped: "by adminPosted in 新闻Tagged 切尔西" -> "posted in 新闻 tagged 切尔西"."""
    return BYLINE_PREFIX_RE.sub("", fold(GLUED_WORD_RE.sub(" ", text)))


def _two_tag_fields(c: Classifier, key: str) -> bool:
    """A line that opens with a tag field's label and holds a second one: "posted in 本地新闻
    tagged 图书馆, 夜读", "分类: 新闻 标签: 夜读" (labels: data, tag_labels)."""
    found = c.lex.find("tag_labels", key)
    opening = max((end for start, end, _ in found if start == 0), default=0)
    if not opening or key[opening : opening + 1] not in (" ", ":", "："):
        return False
    return len({term for start, _, term in found if start >= opening}) >= 1


TAG_TOKEN_MAX = 12
TOKEN_SPLIT_RE = re.compile(r"[\s、,，/|]+")


@detector("ZH306", "ZH307", "ZH309")
def metadata(c: Classifier, item: Item) -> Verdict | None:
    """Labels and page chrome; KEEP for a metadata line that carries a credit (it stays whole)."""
    key = item.key
    found = fields(c, key)
    counter = c.vocab.counter
    if found is not None:
        first = c.label_re.search(key)
        prefix = key[: first.start()] if first else ""
        tags = tuple(label for kind, label, _ in found if kind == "tag")
        if tags and key.lstrip(" #【[").startswith(tags):
            return "ZH309", STRONG
        if any(kind == "credit" and is_credit_value(c, value) for kind, _, value in found):
            return KEEP
        for kind, _, value in found:
            if kind == "counter":
                # Page widgets after the count ("88次 历史版本") are chrome too.
                words = value.split()
                while len(words) > 1 and c.lex.has("nav_labels", words[-1]):
                    words.pop()
                if not is_counter_value(c, " ".join(words)):
                    return None
            if kind == "date" and not PUNCT_ONLY_RE.match(DATETIME_RE.sub("", value)):
                return None
        rest = counter.sub(" ", FILE_INFO_RE.sub(" ", DATETIME_RE.sub(" ", prefix)))
        if len(squash(rest.replace("•", ""))) > 8:
            return None
        chrome = bool(DATETIME_RE.search(key)) or any(k in ("counter", "date") for k, _, _ in found)
        return ("ZH307", STRONG) if chrome else ("ZH306", STRONG)

    # No labels: a timestamp and/or counters with nothing else of substance. A sentence
    # that mentions a duration or a count is the author's ("3分钟起锅装盘。").
    if ends_sentence(item.text) and item.han >= 4:
        return None
    dates = len(DATETIME_RE.findall(key))
    counters = len(counter.findall(key))
    if not dates and not counters:
        return None
    rest = counter.sub(" ", FILE_INFO_RE.sub(" ", DATETIME_RE.sub(" ", key)))
    if len(VALUE_RE.findall(rest)) >= 2:
        return None  # "2022/03/21 1,841.69 57,283": a dated row of values in a table
    rest_squashed = re.sub(r"\d", "", squash(rest))
    if not rest_squashed or NUMBER_ONLY_RE.match(rest.strip() or "0"):
        return "ZH307", STRONG
    if counters and len(rest_squashed) <= 6:
        return "ZH307", STRONG
    if dates and len(rest_squashed) <= 12 and c.lex.contains("related_headings", rest_squashed):
        return "ZH307", STRONG  # "最新推荐文章于 2023-05-10 发布": a list's timestamp
    # A timestamp glued to a copy of the title, with counters: checked by the place room.
    return None
