"""What a line's marks say of its shape, for the decisions at a line break (:mod:`.breaks`):
a heading's parallel clauses, a sentence's clause marks, a table's row of cells, a stamp's
date at the end, a figure at the end that a clause mark or a full stop opened.

    >>> parallel_clauses("整合资源,凝聚合力,全力以赴抓服务"), parallel_clauses("事上,推动基层党建工作落实落地,取得新的")
    (True, False)
    >>> clause_marks("城西区聚焦目标任务,前后贯通、温故知新"), clause_marks("DP,AP型")
    (2, 0)
    >>> row_of_cells("力传感器U5 德国HBM 不详 洽询 48小时内"), row_of_cells("使用 Python 的人，越来越多")
    (True, False)
"""

from __future__ import annotations

import re

from ..chardata import CLAUSE_MARKS

CLAUSE_SPLIT_RE = re.compile(f"[{CLAUSE_MARKS}]")
CLAUSE_MIN = 4  # characters of each clause of a heading
CLAUSE_SPREAD = 2.5  # the longest clause of a heading against its shortest


def parallel_clauses(text: str) -> bool:
    """Does the line read as a heading built of parallel clauses ("整合资源,凝聚合力,全力以赴
    抓服务", "行动——优化机制,整体推进") rather than a sentence cut anywhere ("事上,推动基层党建
    工作落实落地,取得新的")? Clauses of four characters or more, of like lengths, or a dash."""
    if "——" in text or "--" in text:
        return True
    clauses = [c.strip() for c in CLAUSE_SPLIT_RE.split(text)]
    if any(not c for c in clauses):
        return False
    lengths = [len(c) for c in clauses]
    return min(lengths) >= CLAUSE_MIN and max(lengths) <= CLAUSE_SPREAD * min(lengths)


def clause_before(text: str, comma: int) -> int:
    """Characters of the clause that ends at ``text[comma]``, from the mark before it or the
    line's start.

    >>> clause_before("据城南传来的消息，市民", 8), clause_before("冷，不冷", 1)
    (8, 1)
    """
    return comma - 1 - max(text.rfind(mark, 0, comma) for mark in CLAUSE_MARKS + "。！？!?：:")


# A Latin comma between two ideographs is a clause mark of Chinese text typed with a Latin
# keyboard ("…城西区聚焦为“政治建设铸魂”的目标任务,前后贯通,温故知新"); in codes and
# Latin text ("DP,AP型") it is none.
HAN_COMMA_RE = re.compile("(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])")


def clause_marks(text: str) -> int:
    """CJK clause marks in the line, and Latin commas between ideographs."""
    return sum(text.count(mark) for mark in "，、；") + len(HAN_COMMA_RE.findall(text))


# "检测灵敏度：0.01mg/m3；": a label and its value, an item of a specification list.
LABEL_VALUE_RE = re.compile(r"^[^，。,：:]{1,8}[：:]")

# Marks a sentence carries and a row of a table's cells does not.
SENTENCE_MARKS_RE = re.compile("[，。、；！？,;!?]")
# A space between two cells: after an ideograph, before an ideograph or a figure (a space at
# a seam of Han and Latin is the author's spacing inside a sentence: "使用 Python 的").
CELL_GAP_RE = re.compile("(?<=[一-鿿]) (?=[一-鿿0-9])")


# A stamp's end: a date or a time of day ("w***f 2017年11月27日", "…2024-01-06 10:12").
STAMP_END_RE = re.compile(r"\d{1,2}\s?[日号]$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|\d{1,2}:\d{2}$")


def row_of_cells(text: str) -> bool:
    """Is the line a row of a table, its cells parted by spaces and no sentence mark among
    them ("力传感器U5 德国HBM 不详 洽询 48小时内")? A row ends where its last cell ends: the
    next row's first word is no piece of it, whatever word the two edges make."""
    return len(CELL_GAP_RE.findall(text)) >= 2 and not SENTENCE_MARKS_RE.search(text)


# Two lines this short, no mark in either, are labels of a column (a shop page's tabs
# "最佳组合" / "商品介绍"): a word read across them ("组合商品") is the reader's, not the text's.
LABEL_MAX = 5


def short_labels(above: str, below: str) -> bool:
    """Are ``above`` and ``below`` two labels, each a few characters and no marks?

    >>> short_labels("最佳组合", "商品介绍"), short_labels("最佳组合", "商品介绍。")
    (True, False)
    """
    return (
        len(above) <= LABEL_MAX and len(below) <= LABEL_MAX and above.isalnum() and below.isalnum()
    )


# A figure begun after a clause mark or an opening quote ("…扩建工程，2015" / "年建成…"): the
# sentence goes on past it. After a full stop ("…完工。20" / "12年…"), a figure ends many a
# paragraph (a count of comments, a page number: "…样子？”62" / "周铭…"): there only a date's
# figure cut in two is read as cut.
CLAUSE_FIGURE_RE = re.compile(r"[\u4e00-\u9fff][，、；：“「（]\d[\d.,]*$")
STOP_FIGURE_RE = re.compile(r"[\u4e00-\u9fff][。！？][”」』]?\d[\d.,]*$")
# The largest value of a figure before a calendar unit: a year has four digits at most, a
# month is 12, a day 31. A figure joined past it was two figures ("…页62" / "2020年…").
CALENDAR_MAX = {"年": 9999, "月": 12, "日": 31, "号": 31, "號": 31}


def calendar_fits(end: str, start: str) -> bool:
    """Does the figure the break cut, read whole, fit the calendar unit after it (a year of
    four digits at most, a month to 12, a day to 31)? ``start``: the figure's rest and its
    first character after it.

        >>> calendar_fits("…完工。20", "12年"), calendar_fits("…页62", "2020年")
        (True, False)
        >>> calendar_fits("…于10月3", "1日"), calendar_fits("…于10月3", "2日")
        (True, False)
    """
    limit = CALENDAR_MAX.get(start[-1])
    if limit is None:
        return True
    digits = re.search(r"\d+$", end)
    whole = (digits.group() if digits else "") + re.match(r"\d*", start).group()
    return int(whole) <= limit


# The part of a date that follows each: a year's month, a month's day.
DATE_NEXT = {"年": "月", "月": "日号號"}
DATE_PART_RE = re.compile(r"\d{1,2}(\D)")


def date_goes_on(end: str, start: str) -> bool:
    """Does a date go on across the break: a year above and its month below ("…于2019年" /
    "10月底…"), a month and its day ("…截至5月" / "17日…"), within the calendar?

        >>> date_goes_on("…于2019年", "10月底完工"), date_goes_on("…截至5月", "17日")
        (True, True)
        >>> date_goes_on("…截至5月", "35日"), date_goes_on("…于2019年", "10天后")
        (False, False)
    """
    unit = end[-1:]
    if unit not in DATE_NEXT or not end[-2:-1].isdigit():
        return False
    found = DATE_PART_RE.match(start)
    return (
        found is not None and found.group(1) in DATE_NEXT[unit] and calendar_fits("", found.group())
    )


def figure_in_clause(end: str, seam: str | None) -> bool:
    """Is a break at a seam of ideographs and a figure or a Latin term (``seam``, from
    marks._mixed_seam: "…守护了辖区" / "29个小区…") inside a clause a comma opened: the line's
    last clause mark is a comma, not an enumeration's 、 ("互联网、猫腻、网购" / "4个…": tags),
    and the line does not stop on the figure itself?

        >>> figure_in_clause("…喊哑了嗓子,用责任和担当守护了辖区", "figure")
        True
        >>> figure_in_clause("互联网、猫腻、牛奶、网购", "figure")
        False
    """
    if seam is None or end[-1:].isdigit():
        return False
    last = max(end.rfind(mark) for mark in "，,、；;")
    return last >= 0 and end[last] in "，,"
