"""Stage 5's evidence at a break from the marks around it: a quotation, a bracket or a book
title in 《》 left open above and closed below, or one word after a line's last full stop.

    >>> _inside_book_title("他读过《红楼", "梦》之后")
    True
    >>> _short_after_full_stop("…操劳。方法"), _short_after_full_stop("…于民。共")
    (True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..chardata import ends_sentence, is_han
from ..words import STRONG_SEAM, cut_strength, dangles, is_word
from .clauses import (
    CALENDAR_MAX,
    CLAUSE_FIGURE_RE,
    STOP_FIGURE_RE,
    calendar_fits,
    date_goes_on,
    row_of_cells,
)

if TYPE_CHECKING:
    from .paragraph import Paragraph


def _closes_quote(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``cur`` close, at its end, the quotation left open at the end of ``prev``?
    ("麦父笑说﹕「……很难了﹗" / "唯有带她们到一些较少蚊的地方玩耍。」"). A closer in the middle
    of a line proves less (content farms scatter quotes)."""
    ending = cur.tail[-3:]
    if "”" not in ending and "」" not in ending and "』" not in ending:
        return False  # the usual case, settled without counting marks
    closer = prev.open_quote_closer()
    if closer is None or closer not in ending:
        return False
    opener = {"”": "“", "」": "「", "』": "『"}[closer]
    return cur.last()[opener] < 0


BOOK_TITLE_MAX = 30  # characters of a title in 《》 on either side of a break


def _inside_book_title(end: str, start: str) -> bool:
    """Is the break inside a title in 《》: one left open at the end of the line above, and
    closed in the next before any other opens?"""
    opened = end.rfind("《")
    if opened < 0 or "》" in end[opened:] or len(end) - opened > BOOK_TITLE_MAX:
        return False
    closed = start.find("》")
    return 0 < closed <= BOOK_TITLE_MAX and "《" not in start[:closed]


# Characters after a line's last full stop that make no sentence's start, only a word.
AFTER_STOP_MAX = 4


def _short_after_full_stop(end: str) -> bool:
    """Does the line end with one whole word after its last sentence ("…操劳。方法"), not with
    a sentence's first characters ("…于民。共" / "召开…")?"""
    stop = max(end.rfind("。"), end.rfind("！"), end.rfind("？"))
    return stop >= 0 and 2 <= len(end) - stop - 1 <= AFTER_STOP_MAX and is_word(end[stop + 1 :])


def _closes_bracket(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``cur`` close, before opening any other, the bracket left open at the end of
    ``prev`` ("…小区业委会(居民" / "代表)、物业公司…")? Only a bracket opened near the
    end: a long aside is no cut word."""
    tail = prev.tail
    opened = max(tail.rfind("("), tail.rfind("（"))
    if opened < 0 or len(tail) - opened > BRACKET_OPEN_MAX:
        return False
    if ")" in tail[opened:] or "）" in tail[opened:]:
        return False
    head = cur.head[:BRACKET_OPEN_MAX]
    closed = min((k for k in (head.find(")"), head.find("）")) if k >= 0), default=-1)
    return closed > 0 and "(" not in head[:closed] and "（" not in head[:closed]


BRACKET_OPEN_MAX = 12


# Marks that open a quotation or a bracket: a line that ends on one was cut inside it.
OPENERS_AT_END = ("“", "‘", "「", "『", "《", "【", "〔", "（", "(")


def _opens_at_end(end: str) -> bool:
    """Does the line stop on a mark that opens a quotation or a bracket (not a call's "f(")?"""
    return end.endswith(OPENERS_AT_END) and (end[-1] != "(" or (len(end) > 1 and is_han(end[-2])))


# A quotation, a title or a bracket closed at a line's end round a short term (eight
# characters at most, no mark), its opener after an ideograph or a clause mark: "…坚持“人民
# 至上”", "…、“最多跑一次”", "…在社区（村）". Not a quoted sentence ("“你现在可以看到你的鞋
# 子”", "“…弱…….”"), an aside of clauses ("（窗户作响，杯子中的水溅出）"), a bracket after a
# sentence's end ("…的城！（评论员 某某）") or after a label's colon ("主题：“奋进新时代”").
TERM = "[^“”‘’「」《》()（），,、；;。！？!?….：:]{1,8}"
CLOSED_MID_RE = re.compile(
    f"[\u4e00-\u9fff，,、](?:“{TERM}”|‘{TERM}’|「{TERM}」|《{TERM}》|[(（]{TERM}[)）])$"
)


# The next line opening with a few words and a short term closed the same way: the next
# entry of a list ("…姚洋（北京大学）" / "邓宏图（南开大学）…"), not the sentence going on.
ENTRY_START_RE = re.compile(
    f"[^，,；;。\\s]{{1,12}}(?:“{TERM}”|‘{TERM}’|「{TERM}」|《{TERM}》|[(（]{TERM}[)）])"
)


def _closed_mid_sentence(end: str, start: str = "") -> bool:
    """Does the line stop on a quotation or a bracket that a sentence's words hold, closed
    right after short words ("…坚持“人民至上”" / "理念，…"), with no entry of a list of the
    same shape under it? Then it is weighed as a line that stops on an ideograph is: a
    heading's quote or bracket stands as the heading does.

        >>> _closed_mid_sentence("…姚洋（北京大学）", "邓宏图（南开大学）中国地区制度变迁")
        False
    """
    return CLOSED_MID_RE.search(end) is not None and not ENTRY_START_RE.match(start)


# An ideograph's figure at a line's end ("…参照1"), not a cell's ("德国HBM 48") or a code's.
END_FIGURE_RE = re.compile(r"[\u4e00-\u9fff][\d.,]*\d$")


# A figure and its unit at a line's start ("3场…", "1.8万人…"), and a Latin term a sentence
# holds, a particle after it ("OK了").
FIGURE_UNIT_RE = re.compile(r"\d[\d.,]*")
LATIN_TERM_START_RE = re.compile(r"[A-Za-z][A-Za-z0-9.+-]{0,15}[\u4e00-\u9fff]")
FIGURE_SEAM, LATIN_SEAM = "figure", "latin"


def _mixed_seam(
    end: str, start: str, units: tuple[str, ...], particles: tuple[str, ...]
) -> str | None:
    """Is the break at a seam of ideographs and a figure or a Latin term that a sentence
    holds: a figure and its unit after an ideograph ("…座谈会共" / "3场"), an ideograph's
    figure before an ideograph ("…带领870" / "余名…"), a term ended by a particle that starts
    no sentence ("…笑话看就" / "OK了")? Then the break is weighed as one between two
    ideographs is (whether the line above is a heading, a sentence's end...). A date's start
    ("2019年…", "3月…") opens paragraphs: only other units count. A line that starts with a
    term and its words may start a sentence ("Sandisk目前计划…"), and one that ends on a term
    may end a name ("…用login2see" / "寒冰冽 方法一…": a forum's next poster)."""
    if not end or not start or not is_han(end[-1]) and not end[-1].isascii():
        return None
    left, right = end[-1], start[0]
    if is_han(left) and right.isdigit() and right.isascii():
        figure = FIGURE_UNIT_RE.match(start)
        rest = start[figure.end() :] if figure else ""
        if rest.startswith(units) and not rest.startswith(DATE_UNITS):
            return FIGURE_SEAM
        return None
    if left.isdigit() and left.isascii() and is_han(right):
        return FIGURE_SEAM if END_FIGURE_RE.search(end) else None
    term = LATIN_TERM_START_RE.match(start) if is_han(left) else None
    if term and start[term.end() - 1 :].startswith(particles):
        return LATIN_SEAM
    return None


DATE_UNITS = ("年", "月", "日", "号", "时", "点")


# A figure after an ideograph or a clause mark (a sentence's figure, not a code's or a list's
# number), ending on its point ("…增长了12."), or whole ("…增长了12", "…增长了12.5").
POINT_END_RE = re.compile(r"[\u4e00-\u9fff，、；：“（][\d,]*\d\.$")
SENTENCE_FIGURE_END_RE = re.compile(r"[\u4e00-\u9fff，、；：“（]\d[\d,]*(?:\.\d+)?$")
# The rest of a figure cut at its point: its decimals, then a percent sign or an ideograph.
DECIMALS_START_RE = re.compile(r"\d+[%％‰\u4e00-\u9fff]")
# A figure's decimals or its percent sign at a line's start ("….5%", "%，…").
FIGURE_TAIL_START_RE = re.compile(r"\.\d|[%％‰]")


def _cut_decimal(end: str, start: str, units: tuple[str, ...]) -> bool:
    """Does the break cut a sentence's figure at its point or from its percent sign ("…增长了
    12." / "5%，…", "…增长了12" / ".5%", "…增长了12.5" / "%，…")? After the point, the
    decimals go on to a percent sign or a unit, not a date's ("…成立于2019." / "5月…": a
    sentence ended on a Latin full stop, the next begun on a date).

        >>> _cut_decimal("工业投资增速达到12.", "5%，高于全市平均水平", ("%",))
        True
        >>> _cut_decimal("公司成立于2019.", "5月正式投产", ("月",))
        False
    """
    if POINT_END_RE.search(end):
        found = DECIMALS_START_RE.match(start)
        if found is None:
            return False
        unit = start[found.end() - 1 :]
        return unit[:1] in "%％‰" or (unit.startswith(units) and not unit.startswith(DATE_UNITS))
    return bool(SENTENCE_FIGURE_END_RE.search(end) and FIGURE_TAIL_START_RE.match(start))


# What a headline that cries or asks ends on.
CRIES = ("！", "？", "!", "?")


def _cries(prev: Paragraph, cur: Paragraph) -> bool:
    """Is ``cur`` a headline that cries or asks ("…新名称将公布！"): no clause in it, and the
    break over it cuts no word (a teaser's tail "…感" / "谢有多少呢？" does)?"""
    return (
        cur.tail.endswith(CRIES)
        and not cur.has_clause_mark()
        and cut_strength(prev.tail, cur.head) < STRONG_SEAM
    )


# A figure at a line's end inside a sentence's words: an ideograph before it ("…参照1"), not
# a cell gap ("德国HBM 48"), a mark ("…样子？”62": a page number) or a code ("X1", "0817").
# The rest of a figure at a line's start, up to its unit or a word: not a code ("20506.2.B").
START_FIGURE_RE = re.compile(r"\d[\d.,]*[\u4e00-\u9fff%％]")
FIGURE_LINE_MIN = 20  # characters of a line with no clause mark that a figure cut ends


def _cut_figure(
    prev: Paragraph,
    cur: Paragraph,
    units: tuple[str, ...],
    dangling: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
) -> bool:
    """Does the break cut a figure in two ("…以参照1" / "999年"), a figure from its unit
    ("…召开了2" / "次会议", "…于2019" / "年…"), a word that introduces what follows from
    a figure or a Latin word ("…时长为" / "24小时"), or a Latin word from the particle after
    it ("…Analytics" / "的免费托管")? Never in a row of a table's cells."""
    end, start = prev.tail, cur.head
    left, right = end[-1], start[:1]
    if not (left.isascii() and left.isalnum()) and not (right.isascii() and right.isalnum()):
        return False
    if row_of_cells(prev._last_line) or row_of_cells(cur.head) or ends_sentence(end):
        return False
    if (
        prev.lines == 1
        and prev.length < FIGURE_LINE_MIN
        and not prev.has_clause_mark()
        and not _counted(end, start, units)
    ):
        return False  # a label and its code ("瑞茂通600180" / "3.24%)…"), not a sentence
    if left.isdigit() and left.isascii():
        in_sentence = bool(END_FIGURE_RE.search(end) or CLAUSE_FIGURE_RE.search(end))
        marked = MARKED_FIGURE_RE.search(end) is not None
        if not in_sentence and not marked and not STOP_FIGURE_RE.search(end):
            return False
        if right.isdigit() and right.isascii():
            found = START_FIGURE_RE.match(start)
            if found is None or (not in_sentence and start[found.end() - 1] not in CALENDAR_MAX):
                return False
            return calendar_fits(end, start[: found.end()])
        # After an ideograph and its figure, a unit is the figure's ("…约35" / "万人次"),
        # whatever word it begins; so after a clause's or a sum's mark ("…领导小组+5" / "个具体
        # 工作组").
        return (in_sentence or marked) and is_han(right) and start.startswith(units)
    if is_han(left):
        # A date going on ("…于2019年" / "10月底…"), or a word that introduces a figure.
        return date_goes_on(end, start) or dangles(end, "", dangling[0], ())
    # The particle goes on at once: "地 点：" is a field's label spaced to its neighbours' width.
    return (
        left.isalpha()
        and is_han(right)
        and start[1:2] != " "
        and dangles("", start, (), dangling[1])
    )


# A figure after an ideograph and a sum's or a clause's mark or two ("…小组+5", "…学校(园),6");
# not after a full stop ("…的样子。62" / "周铭…": a paragraph's count of comments).
MARKED_FIGURE_RE = re.compile(r"[\u4e00-\u9fff][+＋)）,，、；;]{1,2}\d[\d.,]*$")
# A count glued to the ideograph before it: a few digits, no code's or phone's ("和16").
COUNT_END_RE = re.compile(r"[\u4e00-\u9fff]\d{1,4}$")


def _counted(end: str, start: str, units: tuple[str, ...]) -> bool:
    """Does a short line stop on a count glued to its word, and the line below open with
    the count's unit, a date's aside ("…学校和16" / "所幼儿园…")? A label's code is longer
    ("瑞茂通600180") and is followed by no unit."""
    return (
        COUNT_END_RE.search(end) is not None
        and start.startswith(units)
        and start[:1] not in DATE_TIME_UNITS
        # A unit that begins a word is the word's: "…演讲精选2" / "所以爱是什么…".
        and not is_word(start[:2])
    )


# A figure at a line's end (digits and the marks inside a number, a date or a time), and the
# rest of a number at the next line's start, then at once a word, a unit or a percent sign
# ("…12月2" / "6日是…", "…ZV-E1" / "0进行…").
FIGURE_END_RE = re.compile(r"[\d.,:：\-—－/]*\d$")
NUMBER_START_RE = re.compile(r"(\d+)[%％\u4e00-\u9fff]")
# Digits of a group read whole across the break: more make a code or a phone number.
GROUP_MAX = 4
TIME_GROUP_MAX = 2  # digits of a time's minutes or seconds


# A date's or a time's unit at a line's start: the figure above it, cut from it, fits it.
DATE_TIME_UNITS = "年月日号时点分秒"
TIME_UNITS = "时点分秒"


def _cut_number(end: str, start: str) -> bool:
    """Is the break inside a number, or between a date's or a time's figure and its unit:
    digits above, the figure glued to the words before it (not a table's cell or a counter
    after a space) or, before a unit, a year or a day alone on its line; the rest of the
    number or the unit below; and the number read whole fitting its unit (four digits at
    most, a time's two, a calendar's day, month or year)?

        >>> _cut_number("记者 2020年03月", "12日 20:19:00"), _cut_number("…10月2", "8日，城西区")
        (False, True)
        >>> _cut_number("第四场10:15－12:15", "12月12日下午"), _cut_number("…，1918-1956", "1977年")
        (False, False)
        >>> _cut_number("2020", "年，讲座将再次启动"), _cut_number("…于2月35", "日，")
        (True, False)
    """
    if not (end[-1:].isdigit() and end[-1].isascii()):
        return False
    if _cut_stamp(end, start):
        return True  # a date's or a time's figures, whole across the break
    unit = start[:1] in DATE_TIME_UNITS
    rest = None if unit else NUMBER_START_RE.match(start)
    figure = FIGURE_END_RE.search(end)
    if figure is None or (rest is None and not unit):
        return False
    if figure.start() == 0 and not (unit and len(end) <= GROUP_MAX and end.isdigit()):
        return False  # a line of figures alone, unless a year or a day before its unit
    if figure.start() > 0 and end[figure.start() - 1].isspace():
        return False
    digits = len(end) - len(end.rstrip("0123456789"))
    whole = digits + (len(rest.group(1)) if rest else 0)
    if whole > GROUP_MAX:
        return False
    if end[-digits - 1 : -digits] in (":", "：") or start[:1] in TIME_UNITS:
        return whole <= TIME_GROUP_MAX  # a time's hours, minutes or seconds
    return calendar_fits(end, start[: rest.end()] if rest else start[:1])


# A figure glued at a line's end to a word, a code's letters, an opening or closing mark or
# a sign ("…拨打1", "…号码为「3", "GYB9", "（02）254", "4+3"); its rest at the next line's
# start, then at once a word, a unit, a mark, a space or the line's end ("2388投诉…",
# "9793895」", "5Mpa起…", "8]。", "1191 GYB911").
GLUED_FIGURE_END_RE = re.compile(
    r"([\u4e00-\u9fffA-Za-z「『“（(\[【［）)\]】］：:＝=~～+*×])([\d.,:：\-/]*\d)$"
)
FIGURE_REST_RE = re.compile(
    r"(\d[\d.,:：\-/]*)(?=[\u4e00-\u9fffA-Za-z%％‰「」『』“”（）()\[\]【】［］，、。；：,;~～°℃+ ]|$)"
)
# The calendar's units whose figure a break may cut: a day's only after its month (a street's
# or a line's number is as long as it comes: "…深南大道6" / "008号").
DAY_UNITS = "日号號"


def _cut_inside_figure(end: str, start: str) -> bool:
    """Is the break inside a figure of the text: digits glued to the word, the code or the
    mark before them, and the figure's rest below, followed at once by what follows a
    figure in a sentence or a record? A phone's, a code's, a draw's numbers are as long as
    they come, cut where the line above holds no more digits than a group's (more make a
    whole code or count: the next line opens with a figure of its own); a calendar's unit
    after them must fit. A column of figures alone on their lines, a cell after a space,
    is no sentence's.

        >>> _cut_inside_figure("可以拨打1", "2388投诉举报"), _cut_inside_figure("号码为「3", "9793895」")
        (True, True)
        >>> _cut_inside_figure("阅读 1064", "333"), _cut_inside_figure("…页62", "2020年…")
        (False, False)
        >>> _cut_inside_figure("深南大道6", "008号"), _cut_inside_figure("截至5月3", "5日")
        (True, False)
        >>> _cut_inside_figure("广告：0351-4281485", "46城将实施垃圾分类")
        False
    """
    figure = GLUED_FIGURE_END_RE.search(end)
    if figure is None or not start[:1].isdigit() or not start[0].isascii():
        return False
    if len(end) - len(end.rstrip("0123456789")) > GROUP_MAX:
        return False  # a code, a phone's or a count's digits whole ("…积分:103144" / "2岁…")
    rest = FIGURE_REST_RE.match(start)
    if rest is None:
        return False
    unit = start[rest.end() : rest.end() + 1]
    if unit not in DATE_TIME_UNITS or (unit in DAY_UNITS and figure.group(1) != "月"):
        return True
    return calendar_fits(end, start[: rest.end() + 1])


# A date's or a time's run of figures and marks at a line's end and the next line's start,
# and the whole they make: a year, month and day; hours, minutes and perhaps seconds.
STAMP_END_RE = re.compile(r"[\d/.:\-]+$")
STAMP_START_RE = re.compile(r"[\d/.:\-]+")
DATE_WHOLE_RE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
TIME_WHOLE_RE = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def _cut_stamp(end: str, start: str) -> bool:
    """Does the break cut a date or a time written in figures ("更新时间：20" / "22-05-20",
    "…2022-09-23 09:5" / "7:45")? The figures and marks on each side, read whole, make a
    date of the calendar or a time of the clock, and neither side alone does: a date
    above and a figure below ("…2024-05-09" / "4") are two items.

        >>> _cut_stamp("来源：求是网 2020-0", "7-04 12:10:24"), _cut_stamp("…2024-05-09", "4")
        (True, False)
    """
    left, right = STAMP_END_RE.search(end), STAMP_START_RE.match(start)
    if left is None or right is None or not end[-1].isdigit() or not start[0].isdigit():
        return False
    whole = left.group() + right.group()
    date = DATE_WHOLE_RE.fullmatch(whole)
    if date is not None:
        return 1 <= int(date.group(3)) <= 12 and 1 <= int(date.group(4)) <= 31
    time = TIME_WHOLE_RE.fullmatch(whole)
    return (
        time is not None
        and int(time.group(1)) <= 23
        and int(time.group(2)) <= 59
        and int(time.group(3) or 0) <= 59
    )


def _bracket_figure(end: str, start: str) -> bool:
    """Is a piece inside an open bracket cut at a figure: inside its digits ("(20" / "16-08-
    12)"), or at its seam with the words around it ("（不含60" / "周岁）", "（2019年第" / "24
    期）")? Then it goes on with no space, as a name's padded characters do not. A price
    after its sign, cut before the next item ("…有鉴... ￥99" / "公司简介"), is no such cut.

        >>> _bracket_figure("（不含60", "周岁）"), _bracket_figure("有鉴... ￥99", "公司简介")
        (True, False)
    """
    right = start[:1]
    if end[-1].isdigit():
        return right.isdigit() or (is_han(right) and END_FIGURE_RE.search(end) is not None)
    return is_han(end[-1]) and right.isdigit()
