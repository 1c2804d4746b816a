"""Lists of links run into one line: titles split by bars, friend-link rows of site names,
a site's keyword variants, a menu's labels glued together, links to other days.

>>> from zhclean.lexicon import load_lexicon
>>> from .classifier import classifier
>>> c = classifier(load_lexicon())
>>> inline_list(c, Item(1, "要闻 | 财经 | 体育 | 娱乐", "要闻 | 财经 | 体育 | 娱乐"))
('ZH304', 2)
>>> inline_list(c, Item(1, "我们在北京|上海见面。", "我们在北京|上海见面。")) is None
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ....chardata import han_count
from ..features import STRONG, WEAK, Item
from ..registry import Verdict, detector
from ..shapes import INLINE_LIST_SPLIT_RE, RANKING_RE

if TYPE_CHECKING:
    from .classifier import Classifier


@detector("ZH303", "ZH304")
def inline_list(c: Classifier, item: Item) -> Verdict | None:
    """Titles on one line split by '|', or a ranking of rank, name and score."""
    key = item.key
    if item.table or "。" in key:
        return None
    if "|" in key or "｜" in key:
        parts = [p for p in INLINE_LIST_SPLIT_RE.split(key) if p]
        if len(parts) >= 4 and all(len(p) <= 30 for p in parts):
            return "ZH304", STRONG
    if keyword_variants(key) or site_links(
        key, c.lex.terms("site_kinds") + c.lex.terms("media_ends")
    ):
        return "ZH304", STRONG
    if org_links(key, c.lex.terms("org_suffixes")):
        # Weak: a portal's directory stands among its footer's links; an article may list the
        # universities or companies it names on one line, and that line stays.
        return "ZH304", WEAK
    if glued_labels(key):
        return "ZH303", STRONG
    if item.shape.glued:
        # Weak: a menu's links run together hold beside the site's other chrome; a long
        # title with no mark in it stands alone over its article.
        return "ZH303", WEAK
    if dated_links(key):
        return "ZH304", STRONG
    if counted_labels(key):
        return "ZH304", STRONG
    return ("ZH304", STRONG) if RANKING_RE.search(key) else None


def _row_tokens(key: str, minimum: int, marks: str) -> list[str] | None:
    """The space-parted tokens of a row of links, or None when it has too few or a mark of a
    sentence (each kind of row names the marks it never holds)."""
    tokens = key.split()
    if len(tokens) < minimum or any(mark in key for mark in marks):
        return None
    return tokens


# A tag cloud or a category box flattened into one line, each label with its count glued to
# the next ("blog框架 0实事分析 505技术创作 11文学随记", "1AI 1algorithm 2christinelagarde").
COUNTED_LABEL_RE = re.compile(r"\d{1,5}[^\W\d_][^\s]{0,15}")
COUNTED_LABELS_MIN = 6
COUNTED_SHARE = 0.7


def counted_labels(key: str) -> bool:
    """A row of six labels or more, nearly each led by the count of the one before it.

    >>> counted_labels("blog框架 0实事分析 505技术创作 11文学随记 6未分类 2标准库 1点子 34管理决策")
    True
    >>> counted_labels("2019年 3月 12日 我们 去了 5个 城市")
    False
    """
    tokens = _row_tokens(key, COUNTED_LABELS_MIN, "，。；！？,;!?")
    if tokens is None:
        return False
    counted = [token for token in tokens if COUNTED_LABEL_RE.fullmatch(token)]
    labels = [token.lstrip("0123456789") for token in counted]
    # A date or a measure leads with a figure too ("12日", "5个"): a label is a word.
    words = sum(1 for label in labels if len(label) >= 2)
    # Each label its own: numbered things share their noun ("3号线 14号线 16号线 …").
    return (
        len(counted) >= COUNTED_SHARE * len(tokens)
        and words >= COUNTED_SHARE * len(counted)
        and len(set(labels)) >= COUNTED_SHARE * len(counted)
    )


SITE_LINKS_MIN = 3


def site_links(key: str, kinds: tuple[str, ...]) -> bool:
    """A row of other sites' names, a friend-links box: three or more names parted by
    spaces, each ending as a site calls itself (data: site_kinds), and nothing else.

    >>> site_links("求是网 旗帜网 宣讲家网 中国社会科学网", ("网",))
    True
    >>> site_links("我在求是网 看到了 人民网的这篇文章", ("网",))
    False
    """
    # Most of them: an office or an edition may stand among them ("人民日报海外版").
    return _named_row(key, kinds, SITE_LINKS_MIN, "，。、；！？,;!?", shortest=3, share=0.75)


ORG_LINKS_MIN = 6


def org_links(key: str, suffixes: tuple[str, ...]) -> bool:
    """A directory's row of offices or companies, six names or more parted by spaces, nearly
    each ending as an organisation calls itself ("外交部 国防部 教育部 …", "…办公厅 教育厅
    公安厅"), and nothing else: a portal's box of links. A sentence naming a few has marks.

    >>> org_links("外交部 国防部 国家发展和改革委员会 教育部 科学技术部 公安部 民政部", ("部", "委员会"))
    True
    >>> org_links("市教育局 和 市公安局 今天 联合 发布 通知", ("局",))
    False
    """
    return _named_row(key, suffixes, ORG_LINKS_MIN, "，。、；！？,;!?:：", shortest=2, share=0.8)


NAME_MAX = 16  # characters of a site's or an office's name


def _named_row(
    key: str, ends: tuple[str, ...], minimum: int, marks: str, shortest: int, share: float
) -> bool:
    """A row of ``minimum`` names or more parted by spaces and no ``marks``, this ``share``
    of its tokens or more a name that ends with one of ``ends``."""
    tokens = _row_tokens(key, minimum, marks)
    if tokens is None:
        return False
    names = sum(1 for t in tokens if shortest <= len(t) <= NAME_MAX and t.endswith(ends))
    return names >= minimum and names >= share * len(tokens)


# Keyword variants a site generates for its links: three or more tokens that end alike
# ("淄博口罩无纺布价格 山东口罩无纺布价格 临沂口罩无纺布价格"), after a label or none.
VARIANT_SUFFIX_MIN = 4
VARIANTS_MIN = 3


def keyword_variants(key: str) -> bool:
    """Is the line, past a short label, a run of tokens that share a long ending?

    >>> keyword_variants("热门城市：淄博口罩价格 山东口罩价格 临沂口罩价格")
    True
    >>> keyword_variants("今天我们去了北京 上海和广州")
    False
    """
    _, colon, rest = key.rpartition("：") if "：" in key else key.rpartition(":")
    body = rest if colon and len(key) - len(rest) <= 8 else key
    tokens = [t for t in re.split(r"[\s,，、/]+", body) if t]
    if len(tokens) < VARIANTS_MIN or any(len(t) > 20 for t in tokens):
        return False
    ending = tokens[0][-VARIANT_SUFFIX_MIN:]
    return len(ending) == VARIANT_SUFFIX_MIN and all(
        t.endswith(ending) and len(t) > VARIANT_SUFFIX_MIN for t in tokens
    )


GLUED_LABELS_MIN = 3
GLUED_LINE_MIN = 15
GLUED_LINE_MAX = 300  # a menu's row, not a paragraph: the check stays linear
GLUED_PART_MAX = 10
HAN_PAIR_RE = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
SPACED_HAN_RE = re.compile(r"[\u4e00-\u9fff] | [\u4e00-\u9fff]")


def glued_labels(key: str) -> bool:
    """A menu's labels run together once the markup between them went: one word ends or
    starts each of three labels or more, with other words between ("控制电缆数据电缆总线电缆",
    "类似于Allen Bradley类似于B&R类似于Beckhoff"). No punctuation, no figure (a line of
    specifications repeats its labels too, with values: "额定电压220V额定电流10A").

    >>> glued_labels("控制电缆数据电缆总线电缆同轴电缆测量系统电缆")
    True
    >>> glued_labels("我爱你我爱你我爱你我爱你我爱你")
    False
    """
    if not GLUED_LINE_MIN <= len(key) <= GLUED_LINE_MAX or any(ch.isdigit() for ch in key):
        return False
    if any(mark in key for mark in "，。、；！？,;!?：:()（）“”\"'/_|-"):
        return False  # variants of a name parted by a mark are a product's title, not a menu
    if SPACED_HAN_RE.search(key):
        return False  # a table's header parts its cells with spaces
    counts: dict[str, int] = {}
    for pair in HAN_PAIR_RE.findall(key):
        counts[pair] = counts.get(pair, 0) + 1
    for pair, count in counts.items():
        if count < GLUED_LABELS_MIN:
            continue
        inner = key.split(pair)[1:-1]  # the words between two of its places
        if (
            len(inner) >= GLUED_LABELS_MIN - 1
            and all(0 < len(part.strip()) <= GLUED_PART_MAX for part in inner)
            and len(set(inner)) * 3 >= len(inner) * 2
        ):
            return True
    return False


DATED_LINKS_MIN = 3


def dated_links(key: str) -> bool:
    """Links to pages of other days on one line: one label three times or more, a date
    before each ("2022年7月7日 黄历查询 2022年7月8日 黄历查询 …").

    >>> dated_links("2022年7月7日 黄历查询 2022年7月8日 黄历查询 2022年7月9日 黄历查询")
    True
    >>> dated_links("7月7日 晴 7月8日 多云 7月9日 小雨")
    False
    """
    tokens = key.split()
    if len(tokens) < 2 * DATED_LINKS_MIN:
        return False
    labels = tokens[1::2]
    return (
        len(set(labels)) == 1
        and han_count(labels[0]) >= 2
        and all(any(ch.isdigit() for ch in token) for token in tokens[0::2])
    )


# A button's label in brackets, as old forum and blog templates print their tools: "[ 刷新 ]",
# "【复制地址】", "[加入个人书签]". Figures alone are footnote marks ("[1]"), never buttons.
BRACKETED_RE = re.compile(r"[\[【〖［]\s?([^\[\]【】〖〗［］]{1,12}?)\s?[\]】〗］]")
BUTTON_ROW_RE = re.compile(r"(?:[\[【〖［]\s?[^\[\]【】〖〗［］]{1,12}?\s?[\]】〗］][\s|·•/]*){2,}")


@detector("ZH303")
def bracketed_buttons(c: Classifier, item: Item) -> Verdict | None:
    """A row of labels in brackets and nothing else: a template's tools.

    >>> from zhclean.lexicon import load_lexicon
    >>> from .classifier import classifier
    >>> c = classifier(load_lexicon())
    >>> bracketed_buttons(c, Item(1, "[ 回复本贴 ] [ 跟从标题 ] [ 刷新 ]", "[ 回复本贴 ] [ 跟从标题 ] [ 刷新 ]"))
    ('ZH303', 2)
    >>> bracketed_buttons(c, Item(1, "【复制地址】", "【复制地址】"))
    ('ZH303', 1)
    >>> bracketed_buttons(c, Item(1, "[1] [2] [3]", "[1] [2] [3]")) is None
    True
    """
    key = item.key.strip()
    if not key or key[0] not in "[【〖［" or len(key) > BUTTON_ROW_MAX:
        return None
    labels = BRACKETED_RE.findall(key)
    if not labels or all(label.strip().isdigit() for label in labels):
        return None
    if BUTTON_ROW_RE.fullmatch(key):
        return "ZH303", STRONG
    verbs = c.lex.terms("button_verbs")
    if len(labels) == 1 and BRACKETED_RE.fullmatch(key) and labels[0].startswith(verbs):
        return "ZH303", WEAK  # "【复制地址】": a tool, beside other chrome
    return None


BUTTON_ROW_MAX = 80


# A newspaper's page in its e-paper's navigation: "第A01版：头版", "第A02版：成长周刊 下一版".
EDITION_RE = re.compile(r"第\s?[a-z]{0,2}\d{1,3}\s?版\s?[:：]\s?(\S{1,16})(?:\s(\S{1,6}))?")


@detector("ZH303")
def edition_nav(c: Classifier, item: Item) -> Verdict | None:
    """An e-paper's link to one of its pages, with the page's name, and maybe a pager's label
    (data: prev_next_labels) after it.

    >>> from zhclean.lexicon import load_lexicon
    >>> from .classifier import classifier
    >>> c = classifier(load_lexicon())
    >>> edition_nav(c, Item(1, "第A01版：头版 下一版", "第a01版:头版 下一版"))
    ('ZH303', 2)
    >>> edition_nav(c, Item(1, "第3版：本报评论员文章说，", "第3版:本报评论员文章说,")) is None
    True
    """
    key = item.key
    if not key.startswith("第"):
        return None
    found = EDITION_RE.fullmatch(key)
    if found is None or any(mark in found.group(1) for mark in ",。;!?、"):
        return None
    pager = found.group(2)
    if pager is not None and pager not in c.lex.lists["prev_next_labels"]:
        return None
    return "ZH303", STRONG


# A piece of a menu whose items a bar parts ("| 我的订单 |", "会员中心 |", "4000-306-326 |"):
# the page cut the row into lines at its links. A table's row in markdown carries a bar
# inside too ("| 名称 | 数量 |"), and stands among rows like it.
PIPE_PIECE_RE = re.compile(r"^[|｜]\s?([^|｜]{1,16}?)\s?[|｜]?$|^([^|｜]{1,16}?)\s?[|｜]$")


@detector("ZH303")
def pipe_piece(c: Classifier, item: Item) -> Verdict | None:
    """A short label with a menu's bar at its edge and none inside: a piece of a menu row
    (weak: it goes beside other chrome).

        >>> from zhclean.lexicon import load_lexicon
        >>> from .classifier import classifier
        >>> c = classifier(load_lexicon())
        >>> pipe_piece(c, Item(1, "| 我的订单 |", "| 我的订单 |"))
        ('ZH303', 1)
        >>> pipe_piece(c, Item(1, "| 名称 | 数量 |", "| 名称 | 数量 |")) is None
        True
    """
    found = PIPE_PIECE_RE.match(item.key)
    if found is None:
        return None
    label = (found.group(1) or found.group(2) or "").strip()
    if not label or any(mark in label for mark in "。！？!?，,"):
        return None
    return "ZH303", WEAK


# Tabs or filters with the number of entries behind each, and nothing else: "全部(141)影视(4)
# 字幕(5)资讯(132)", "查看：全部(12) 未读(3) 已读(9)". Three or more, a word before each count.
COUNT_TABS_RE = re.compile(
    r"^(?:[^\s:()]{1,8}:\s?)?(?:[^\s()\d][^\s()]{0,7}\s?\(\d{1,9}\)\s?){3,}$"
)


@detector("ZH303")
def count_tabs(c: Classifier, item: Item) -> Verdict | None:
    """A row of tabs or filters, each with its count: navigation, in any words.

    >>> from zhclean.lexicon import load_lexicon
    >>> from .classifier import classifier
    >>> c = classifier(load_lexicon())
    >>> count_tabs(c, Item(1, "全部(141)影视(4)字幕(5)", "全部(141)影视(4)字幕(5)"))
    ('ZH303', 2)
    >>> count_tabs(c, Item(1, "甲(1)和乙(2)", "甲(1)和乙(2)")) is None
    True
    """
    if item.key.endswith(")") and COUNT_TABS_RE.match(item.key):
        return "ZH303", STRONG
    return None


PAGER_NUMBERS_MIN = 2


@detector("ZH303")
def pager_row(c: Classifier, item: Item) -> Verdict | None:
    """A pager: page numbers with the pager's words beside them ("1 2 3 下一页", "首页 上一页 1 2
    3 4 5 下一页 尾页"; data: prev_next_labels, pager_words), every token one of them. POLICY:
    pagers go. A row of figures alone is a table's, and other rooms judge it.

        >>> from zhclean.lexicon import load_lexicon
        >>> from .classifier import classifier
        >>> c = classifier(load_lexicon())
        >>> pager_row(c, Item(1, "1 2 3 下一页", "1 2 3 下一页")), pager_row(c, Item(2, "1 2 3", "1 2 3"))
        (('ZH303', 2), None)
    """
    key = item.key
    if not item.shape.digit or len(key) > PAGER_LINE_MAX:
        return None  # the usual line: no figure, or longer than a pager
    tokens = key.split()
    numbers = sum(1 for t in tokens if t.isdigit())
    if numbers < PAGER_NUMBERS_MIN or numbers == len(tokens):
        return None
    lex = c.lex
    if all(
        t.isdigit() or lex.has("prev_next_labels", t) or lex.has("pager_words", t) for t in tokens
    ):
        return "ZH303", STRONG
    return None


PAGER_LINE_MAX = 60
