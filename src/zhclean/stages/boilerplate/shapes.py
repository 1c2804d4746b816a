"""Shapes of junk that need no word list: dates, times, URLs, residue, list markers.

Every pattern here is linear in the line's length: quantifiers are bounded or
anchored at the start of a run, and classes next to each other do not overlap,
so a 1 MB line of digits or brackets costs one scan.

    >>> bool(DATE_RE.search("发布于 2024-06-11")), bool(BRACKET_RESIDUE_RE.match("12 ]"))
    (True, True)
    >>> squash("首页 > 新闻"), ellipsis_end("据悉，某某公司...")
    ('首页新闻', True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...chardata import ends_sentence, han_count

ENGLISH_MONTH = (
    "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
ENGLISH_DAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}"
DATE_PATTERN = (
    r"(?:(?:中华民国|中華民國|民国|民國)\s?\d{1,3}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|(?<!\d)\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?"
    r"|(?<!\d)\d{1,2}\s?月\s?\d{1,2}\s?[日号]"
    r"|(?<!\d)\d{4}\s?年\s?\d{1,2}\s?月"
    # Taiwan's ROC years in numbers: 112-09-05 is 2023-09-05.
    r"|(?<!\d)1[01]\d\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}(?!\d)"
    # A date in words, as newspapers and notices print it: 二○○○年十二月三十一日.
    r"|[○〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]"
    # C's date stamp (ctime), as a bulletin board and a mail header print it: "sun jan 1
    # 15:43:24 2017" (before the English dates below, which would take its first part only).
    rf"|(?<![a-z])(?:{ENGLISH_DAY}\s)?{ENGLISH_MONTH}\s\d{{1,2}}\s\d{{1,2}}:\d{{2}}:\d{{2}}\s\d{{4}}\b"
    # English templates' dates (on lower-case keys): "sep 23 fri 2011", "september 23, 2011",
    # "saturday, september 10th, 2005",
    # "23 sep 2011", and a Chinese month in an English order: "9 月 30, 2022".
    rf"|\b(?:{ENGLISH_DAY},?\s)?{ENGLISH_MONTH}\.?\s\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s(?:{ENGLISH_DAY}\s)?\d{{4}})?\b"
    rf"|\b\d{{1,2}}\s{ENGLISH_MONTH}\.?,?\s\d{{4}}\b"
    r"|(?<!\d)\d{1,2}\s?月\s?\d{1,2},\s?\d{4}"
    # A date in the American order, as English templates print it: "11/17/2014".
    r"|(?<!\d)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/\d{4}(?!\d))"
)
# A time of day, by the clock ("16:12") or in words ("16点12分", "16時12分").
TIME_PATTERN = (
    r"(?:(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?::\d{1,3})?(?:\s?[ap]m)?"
    r"|(?<!\d)\d{1,2}\s?[点點时時]\s?\d{1,2}\s?分(?:\s?\d{1,2}\s?秒)?)"
)
# A feed's machine timestamp on its own line (matched on the folded, lower-case key), in ISO
# 8601 ("2005-03-19t08:00:30z") or in RFC 2822 ("fri, 30 dec 2005 14:19:19 gmt").
MACHINE_STAMP_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?$"
    rf"|^(?:{ENGLISH_DAY},?\s)?\d{{1,2}}\s{ENGLISH_MONTH}\s\d{{4}}\s\d{{2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:\s?(?:[a-z]{2,4}|[+-]\d{4}))?$"
)
WEEKDAY_PATTERN = r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"


class Gated:
    """A pattern behind a cheap gate: where the gate finds nothing, neither can the pattern.

    The date and counter patterns are long alternations that Python tries at every
    position of every line; most lines have no digit, and the gate says so in one scan.

        >>> Gated(r"\\d+年", r"\\d").sub("", "今年没有数字"), Gated(r"\\d+年", r"\\d").sub("", "2024年")
        ('今年没有数字', '')
    """

    def __init__(self, pattern: str, gate: str, first: str | None = None) -> None:
        # ``first``: a class of every character a match can begin with. Python tries a long
        # alternation whole at every position; behind this lookahead, a position where no
        # match can begin costs one test of a class. (The matches are the same.)
        self.regex = re.compile(f"(?={first})(?:{pattern})" if first else pattern)
        self.gate = re.compile(gate)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.gate.search(text) else None

    def findall(self, text: str) -> list:
        return self.regex.findall(text) if self.gate.search(text) else []

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text) if self.gate.search(text) else text

    def subn(self, repl: str, text: str) -> tuple[str, int]:
        return self.regex.subn(repl, text) if self.gate.search(text) else (text, 0)


# Every date or time has a digit next to one of its separators: a gate that one scan
# answers for the many lines with numbers but no date ("3个", "5G").
DATE_GATE = (
    r"\d\s?[-/.:年月日号]|\d\s?[点點时時]\s?\d|[○〇零一二三四五六七八九]年[一二三四五六七八九十]"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d|\d\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
# The characters a date can begin with: a figure, 民国's first two, a numeral in words, the
# first letter of an English month (on lower-case keys).
DATE_FIRST = "\\d中民○〇零一二三四五六七八九adfjmnostw"
DATE_RE = Gated(DATE_PATTERN, DATE_GATE, f"[{DATE_FIRST}]")
TIME_RE = Gated(TIME_PATTERN, DATE_GATE, r"\d")
# A time counted back from now, as feeds, threads and comments print it: "2 天前", "23 小時前",
# "10 minutes ago" (matched on keys and on text: both scripts).
RELATIVE_TIME_PATTERN = (
    r"(?<![\d.])\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|个?钟头|個?鐘頭|天|日|周|週|个?星期|個?星期|个?月|個?月|年)前"
    r"|(?<![\d.])\d{1,3}\s?(?:second|minute|min|hour|hr|day|week|month|year)s?\s?ago\b"
)
RELATIVE_GATE = r"\d\s?\D{1,6}前|\d\s?[a-z]{1,6}\s?ago"
# A time counted forward, alone: the gap a thread prints between two posts far apart in
# time ("9 天 后", "1 个月 后", "3 days later").
TIME_GAP_RE = re.compile(
    r"^\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|天|日|周|週|个?星期|個?星期|个?月|個?月|年)\s?以?[后後]$"
    r"|^\d{1,3}\s?(?:second|minute|hour|day|week|month|year)s?\s?later$"
)
# A field that is only such a time: "1周前", "6天前" (a post's stamp: "客栈小K | 扫地 | 6天前").
RELATIVE_FIELD_RE = re.compile(rf"^(?:{RELATIVE_TIME_PATTERN})$")
# A day before a time of day may come without its year: "21 22:08", "2/21 22:08".
DATETIME_RE = Gated(
    rf"(?:{DATE_PATTERN}\s?(?:{TIME_PATTERN})?|(?:\b(?:\d{{1,2}}[/-])?\d{{1,2}}\s)?{TIME_PATTERN}"
    # A day as a platform prints a recent one, month and day padded: "03-19".
    r"|(?<![\d-])(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])"
    rf"|{WEEKDAY_PATTERN}|[上下]午"
    rf"|{RELATIVE_TIME_PATTERN})",
    rf"{DATE_GATE}|星期|礼拜|禮拜|[周週][一二三四五六日天]|[上下]午|{RELATIVE_GATE}",
    f"[{DATE_FIRST}星礼禮周週上下]",
)
# The date, or the time after it, may stand in brackets: "… 2014-12-18 (18:55)",
# "… (11/17/2014)".
DATED_END_RE = Gated(
    rf"\s[(（\[]?(?:{DATE_PATTERN})[)）\]]?(?:\s?[(（\[]?{TIME_PATTERN}[)）\]]?)?\s?$",
    DATE_GATE,
)
# A feed's entry opens with its time stamp, a date and a time of day, often in brackets:
# "(2020-08-16 18:32:53)[国际] 标题", "【08-16 18:32】标题". A chronology the author writes
# dates its entries by day, not by the minute.
DATED_START_RE = Gated(
    rf"^[(\[（【]?\s?(?:{DATE_PATTERN})\s?(?:{TIME_PATTERN})\s?[)\]）】]?", DATE_GATE
)
# A file name (from the start of its run of non-spaces: anchored there, so that a long line
# with no space is scanned once, not once per position) or a file size "(1.2 MB)".
FILE_INFO_RE = re.compile(
    r"(?<!\S)\S+\.(?:png|jpe?g|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|txt|mp[34])\b"
    r"|[(（]\s?[\d.]{1,12}\s?[kmg]?b\b[^)）]{0,40}[)）]?"
)
URL_RE = re.compile(r"(?:https?:)?//[^\s\u3000]+|www\.[^\s\u3000]+")
BARE_URL_RE = re.compile(
    # A host follows the slashes: "//@某某:…" is a microblog's repost chain, no address.
    r"^(?:(?:https?:)?//|www\.)[a-z0-9\[][^\s]*$"
    # A bare domain: "cdbox3d.com", "example.com.cn".
    r"|^[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|cn|net|org|cc|hk|tw|info|top|vip|xyz)$"
)
NUMBER_ONLY_RE = re.compile(r"^[\d\s.,:%]+$")
# Widget residue: "12 ]", "[ ]", "()". One bracket, then anything of the same classes: the
# classes around the required bracket do not compete, so a failing match backtracks once.
BRACKET_RESIDUE_RE = re.compile(r"^[\d\s]*[\[\]{}()<>][\d\s\[\]{}()<>]*$")
# Template residue: unfilled placeholders, CMS property tails, file names of a CMS.
CMS_RE = re.compile(
    r"content_\d{1,12}\.s?html?|/\w{1,40}property-->|null(?:content|http)"
    r"|\{\{[^{}]{0,200}\}\}|\$\{[^{}]{0,200}\}|\[(?:field|dede|cms):[^\[\]]{0,200}\]"
    # A template's tag alone on its line, whatever its braces hold ("{{# }) }}").
    r"|^\s?\{\{[^\u4e00-\u9fff]{0,40}\}\}\s?$"
    # A server page's file name alone on its line, printed by its template: a figure in it
    # ("20141218h134447.asp", "news_2014.shtml"), not a name the author writes of ("index.html").
    r"|^(?=[\w.-]{0,60}\d)[\w.-]{1,60}\.(?:aspx?|php|jsp|shtml|cgi)$"
    # A link's query string alone on its line ("board=Beijing&u=getout"): two fields or more.
    r"|^[A-Za-z_][\w.-]{0,30}=[^\s&=]{0,60}(?:&[A-Za-z_][\w.-]{0,30}=[^\s&=]{0,60})+$"
)
# A script's escaped character left in a widget's text: "汉汉\u25bc▲".
ESCAPE_RE = re.compile(r"\\u[0-9a-fA-F]{4}")
ESCAPED_WIDGET_MAX = 4  # letters left beside the escapes
# A template's unfilled field standing for the line: "{AddTime}", "网友:{AddUser}".
PLACEHOLDER_LINE_RE = re.compile(r"^[^{}]{0,8}\{[A-Za-z_][A-Za-z0-9_]{1,30}\}$")
# A template's field never filled in: a number of zeros, a run of x ("010-00000000",
# "地址：xxxxxxxx"), after its label or alone.
PLACEHOLDER_VALUE_RE = re.compile(r"(?<![\d])0{6,}(?!\d)|(?<![a-z])x{4,}(?![a-z])")
LONG_NUMBER_RE = re.compile(r"\d{5,}")
# "#tag# #tag#", or one "#tag" alone (a markdown heading has a space after its '#').
# Tags as a template prints them: "#话题#", "#Python #脚本", "# Python # 脚本 # 照片" (two marks
# or more: one "# " opens a markdown heading), and nothing else on the line: a microblog's
# post opens with its topic ("#交大植物园# 小学期期间，…").
TAG_LINE_RE = re.compile(
    r"^(?:(?:#[^#\s][^#]{0,30}#\s?)+$|#[^#\s]{1,20}$|#\s?[^#\s][^#]{0,20}(?:#\s?[^#\s][^#]{0,20})+$)"
)
# A stock forum's cashtags alone on a line ("$青江水电(SH600XXX)$", "$AAPL$ $TSLA$"): the
# tags of the post, as #话题# lines are; inside a sentence a cashtag stays with it.
CASHTAG_LINE_RE = re.compile(r"^(?:\$[^$\s][^$]{0,30}\$\s?)+$")
# A template's closing decoration: "END", "- END -", "—THE END—" (the author's "（完）" stays).
END_MARK_RE = re.compile(r"^[-—–=~·•\s]{0,20}(?:the\s)?end[-—–=~·•\s]{0,20}$")
SEPARATOR_CHARS_RE = re.compile(r"^[^\w\s\u4e00-\u9fff]$")
BREADCRUMB_SEP_RE = re.compile(r"\s?(?:>|»|›|→|->|>>)\s?")
TRAIL_STEP_MIN = 4  # characters: a trail's last step as short as "正文" names no page


def trail_last_step(key: str) -> str | None:
    """A breadcrumb trail's last step, squashed, if it is long enough to name a page; a trail
    that ends with its mark ("主页 > 技术答疑 >") names a channel, no page.

        >>> trail_last_step("首页 > 武侠 > 第四十二章 渡口夜雨"), trail_last_step("主页 > 技术答疑 >")
        ('第四十二章渡口夜雨', None)
    """
    steps = BREADCRUMB_SEP_RE.split(key.strip())
    last = squash(steps[-1]) if len(steps) >= 2 else ""
    return last if len(last) >= TRAIL_STEP_MIN else None


BREADCRUMB_GATE_RE = re.compile("[>»›→]")
LIST_MARKER_RE = re.compile(
    r"^(?:[-*•·●○■□◆◇▪▸►◎★☆✔√]\s?|\d{1,3}\s?[.、)）]\s?|[A-Z][.、)）](?![A-Za-z.])\s?|"
    r"[一二三四五六七八九十]{1,3}\s?、|"
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]{1,4}[章节条部分篇回])"
)
MENU_SPLIT_RE = re.compile(r"[\s|｜│·•/:]+")  # "│" too: a box-drawing bar as dumps print one
INLINE_LIST_SPLIT_RE = re.compile(r"\s?[|｜]\s?")
RANKING_RE = Gated(r"(?:\b\d{1,3}\s\S{2,30}?\s\d{2,12}\s?){3,}", r"\d")
FACET_RE = re.compile(r"^.{1,80}?\s?[(（]\s?\d{1,9}\s?[)）]$")
# A value with its unit: "40kHz", "2.4V", "64KB", "105°C", "85℃", "3.5%".
MEASURE_RE = re.compile(r"(?<![a-z])\d{1,6}(?:\.\d{1,4})?\s?(?:[a-z]{1,4}(?![a-z])|°c?|℃|%|‰)")
# A quantity at a line's start: "2个看门狗定时器", "3 x SPI".
COUNT_START_RE = re.compile(r"^\d{1,4}\s?(?:个|只|路|组|种|颗|通道|x\b)")
# A number with decimals or thousands: a value of a table, not a counter.
VALUE_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+\.\d+")
DIGIT_RE = re.compile(r"\d")
FIGURES_RE = re.compile(r"\d+")  # a run of figures, masked where a template varies it
PUNCT_ONLY_RE = re.compile(r"^[\s\W_]*$")
# A short label and nothing but a URL after it: "最新网址: www.example.cc".
# A dialog's or a card's close button ("×"), alone or glued to its label ("不感兴趣×").
CLOSE_BUTTONS = ("×", "✕", "✖", "╳")
# A line that is a phone number, with or without its label ("86-0-13914500817").
# A price in a shop's card or a deal: "¥1399.00", "US$25", "【券后价】58.9元".
PRICE_VALUE_RE = re.compile(r"(?:nt|hk|us|rmb)?\$\s?\d|[¥￥]\s?\d|\d\s?元$")
PHONE_LINE_RE = re.compile(r"^(?:[^\d\s]{1,6}\s?[:：]\s?)?\+?\d[\d\s()（）-]{6,}\d$")
# A line that is a mail address, with or without its label ("邮箱：972847467@qq.com").
EMAIL_LINE_RE = re.compile(r"^(?:[^\s:：]{1,6}\s?[:：]\s?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def contact_shape(key: str) -> bool:
    """A phone number or a mail address: the page's subject's contact, or a sign-up's. Alone
    it proves neither; it is no entry of a list of articles.

    >>> [contact_shape(k) for k in ("021-57526553 13127807559", "邮箱:972847467@qq.com",
    ...                             "秀浦路上的新学校开学")]
    [True, True, False]
    """
    return bool(PHONE_LINE_RE.match(key) or EMAIL_LINE_RE.match(key))


# A label and only a URL: "最新网址: www.example.cc", or the label in brackets, as shops and
# deal posts print it: "【领券地址】https://s.click.example.com/1Ihq".
LABEL_URL_RE = re.compile(
    r"^(?:([^\s:。，,!?！？]{1,10})\s?:|【([^\s】]{1,10})】)\s?(?:(?:https?:)?//|www\.)\S+$"
)
INLINE_ITEMS_SPLIT_RE = re.compile(r"\s?[/|、,，;；]\s?|\s{2,}")
SQUASH_RE = re.compile(r"[\s\W_]+")
SENTENCE_ENDS_RE = re.compile(r"[。！？!?]+")
WHITESPACE_RE = re.compile(r"\s+")
# An empty form field: "账号:".
EMPTY_FIELD_RE = re.compile(r"[^:]{1,5}:")
# A field of a record on a folded line (NFKC makes '：' ':'): a short label and its colon,
# then its value ("产品名称：…", "发布时间: …").
FIELD_LABEL_RE = re.compile(r"^[^\s:]{1,6}\s?:")
# A label and its colon, no more: a field of a widget ("笔名：", "热词："). A longer line
# ending in a colon is a sentence that introduces what follows.
FIELD_LABEL_MAX = 5


def bare_label(text: str) -> bool:
    """A field's label alone on its line: "笔名：" yes, "主要内容如下：" no."""
    stripped = text.rstrip()
    return stripped.endswith((":", "：")) and len(stripped) <= FIELD_LABEL_MAX


def introduces_list(text: str) -> bool:
    """A sentence that introduces a list with its colon: "主要内容如下：" yes, "笔名：" no."""
    return text.rstrip().endswith((":", "：")) and not bare_label(text)


@lru_cache(maxsize=64)
def fewest_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without their spaces, less those that hold another of them: one of these
    stands in a text wherever one of ``words`` stands (a gate searches only these).

        >>> fewest_words(("友情提示", "注意 事项", "提示"))
        ('提示', '注意事项')
    """
    unspaced = {word.replace(" ", "") for word in words}
    return tuple(sorted(w for w in unspaced if not any(o != w and o in w for o in unspaced)))


def squash(key: str) -> str:
    """A key without spaces, punctuation and symbols: what two copies of a line share.
    Asked of the same lines by several rooms: short ones are remembered (a bounded cache
    of bounded entries: memory stays small whatever the corpus), and so are a page's
    paragraphs up to a few thousand characters (the teaser and title rooms squash them again
    on every pass of the stage), in a memo that starts afresh when full."""
    if len(key) <= SQUASH_MEMO_MAX:
        return _squash_short(key)
    if len(key) > SQUASH_LONG_LINE_MAX:
        return SQUASH_RE.sub("", key)
    found = _SQUASHED_LONG.get(key)
    if found is None:
        if len(_SQUASHED_LONG) >= SQUASH_LONG_MEMO_MAX:
            _SQUASHED_LONG.clear()
        found = _SQUASHED_LONG[key] = SQUASH_RE.sub("", key)
    return found


SQUASH_MEMO_MAX = 200
# Longer keys remembered: at most this many, of at most this many characters each (some
# 30 MB at the very worst).
SQUASH_LONG_MEMO_MAX = 2048
SQUASH_LONG_LINE_MAX = 2000
_SQUASHED_LONG: dict[str, str] = {}


@lru_cache(maxsize=1 << 16)
def _squash_short(key: str) -> str:
    return SQUASH_RE.sub("", key)


def ellipsis_end(text: str) -> bool:
    """Does the text end with '...' or '…' (then only spaces, or the entry's date)? A cut-off
    teaser or headline: "现在大多数人都忙于工作，普遍的缺...01-09 10:42"."""
    if "…" not in text and "..." not in text:
        return False  # no ellipsis anywhere (most lines): two searches in C settle it
    return ellipsis_at_end(text)


def ellipsis_at_end(text: str) -> bool:
    """:func:`ellipsis_end` without its first test, for a text that holds an ellipsis."""
    text = text.rstrip()
    if text.endswith(("...", "…")):
        return True
    if not text[-1:].isdigit():
        return False
    cut = max(text.rfind("..."), text.rfind("…"))
    return (
        cut > 0
        and len(text) - cut <= STAMP_AFTER_CUT
        and bool(STAMP_RE.fullmatch(text[cut:].lstrip(".…").strip()))
    )


# What may follow a teaser's '...': its date and time ("01-09 10:42", "2020-01-09").
STAMP_AFTER_CUT = 24
STAMP_RE = re.compile(r"(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?")


def token_core(token: str) -> str:
    """A menu token without its brackets: "【首页】" -> "首页"."""
    return token.strip("[]【】()（）<>《》:")


def instruction(key: str) -> bool:
    """A sentence rather than a widget: it ends with a full stop, or goes on after a comma
    ("点击进入系统后，选择左侧菜单中的用户管理")."""
    end = key.rstrip()
    if end.endswith("。") or (end.endswith(".") and not end.endswith("..")):
        return True  # a full stop; an ellipsis ("正在加载评论...") ends no instruction
    head, comma, rest = key.replace(",", "，").partition("，")
    return bool(comma) and len(squash(rest)) > 6


def sentence_ends(text: str) -> int:
    return len(SENTENCE_ENDS_RE.findall(text))


def looks_like_prose(text: str) -> bool:
    """A removed line that reads like the author's: reported as a warning."""
    return ends_sentence(text) and han_count(text) >= 15 and sentence_ends(text) >= 1


def near_copy(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same headline up to punctuation, or one holds the other."""
    sa, sb = squash(a), squash(b)
    if len(sa) < 6 or len(sb) < 6:
        return False
    return sa == sb or sa in sb or sb in sa


def ngrams(text: str, n: int = 4) -> set[str]:
    s = squash(text)
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def copied_share(text: str, others: list[str], n: int = 4) -> float:
    """Share of ``text``'s character n-grams found in ``others``: 1.0 is a copy."""
    grams = ngrams(text, n)
    if not grams:
        return 0.0
    # The separator keeps an n-gram from spanning two lines (squash drops it from the lines).
    pool = GramPool("\x00".join(squash(other) for other in others), n)
    return pool.count(grams) / len(grams)


def copied_at_least(text: str, others: list[str], share: float, n: int = 4) -> bool:
    """``copied_share(text, others, n) >= share``, settled as soon as the n-grams not found
    leave too few to reach ``share`` (a line that is no copy: after a few searches)."""
    squashed = squash(text)
    pool = "\x00".join(squash(other) for other in others)
    positions = len(squashed) - n + 1
    if positions > 0 and positions * len(pool) <= SEARCH_BUDGET:
        # The usual line is no copy: a few of its n-grams, read in place, settle it before
        # the set of them is built. ``positions`` bounds the distinct n-grams from above, so
        # a share below ``share`` over it is below it over the set too.
        missing: set[str] = set()
        for i in range(positions):
            gram = squashed[i : i + n]
            if gram not in pool and gram not in missing:
                missing.add(gram)
                if (positions - len(missing)) / positions < share:
                    return False
    grams = ngrams(text, n)
    if not grams:
        return share <= 0.0
    if len(grams) * len(pool) > SEARCH_BUDGET:  # long lines: one set of n-grams, as ever
        return GramPool(pool, n).count(grams) / len(grams) >= share
    found = missed = 0
    for gram in grams:
        if gram in pool:
            found += 1
        else:
            missed += 1
            if (len(grams) - missed) / len(grams) < share:
                return False  # even were every other one found, the share stays below
    return found / len(grams) >= share


# Searching each n-gram in the text (in C) beats building the text's set of n-grams (in
# Python) while the text is short or the n-grams few; past this many characters searched the
# set is built once instead, so the cost stays linear in the lines' length.
SEARCH_BUDGET = 200_000


class GramPool:
    """The n-grams of a squashed text, asked how many of a line's n-grams it holds.

    >>> GramPool("市民公园改造工程完工", 2).count(ngrams("公园改造", 2))
    3
    """

    __slots__ = ("_grams", "n", "text")

    def __init__(self, text: str, n: int) -> None:
        self.text, self.n = text, n
        self._grams: set[str] | None = None

    def count(self, grams: set[str]) -> int:
        if self._grams is None and len(grams) * len(self.text) <= SEARCH_BUDGET:
            return sum(1 for gram in grams if gram in self.text)
        if self._grams is None:
            text, n = self.text, self.n
            self._grams = {text[i : i + n] for i in range(max(0, len(text) - n + 1))}
        return len(grams & self._grams)


# A labelled count: a short label and a number, the label printed by the template and the
# number the site's ("采纳率:95%", "回答量:0", "帮助的人:37.3万"). Never a title.
LABELLED_COUNT_RE = re.compile(r"([^\d:]{1,8}):\s?[\d.,]+\s?(?:%|万|千|k|w|次|人|个)?")


# A name or a closing mark in brackets on its own line: "（罗森）", "(完)", "（记者 张三）".
BRACKETED_CREDIT_RE = re.compile(r"^[(（][^()（）]{1,12}[)）]$")


# A byline of a source or a column and a name parted by a slash, with its date or none:
# "上报快讯／范姜佳钰 2020年03月12日 20:19:00", "文/王小明", "记者王小明／台北报导".
SLASH_CREDIT_RE = re.compile(r"^([^\s／/，。:：]{1,10})\s?[／/]\s?[\u4e00-\u9fff·]{2,4}$")


def slash_credit(key: str) -> bool:
    """A byline with a slash: one letter of a label ("文/王小明", "图／李四"), or a source and
    a name dated as a byline is ("上报快讯／范姜佳钰 2020年03月12日 20:19:00"); a menu's
    pair of labels ("绘图/创作") has neither."""
    undated = DATETIME_RE.sub("", key).strip()
    match = SLASH_CREDIT_RE.match(undated)
    return bool(match) and (len(match.group(1)) == 1 or undated != key.strip())


def credit_shape(key: str) -> bool:
    """A credit by its shape alone: a name in brackets ("（罗森）"), a byline with a slash
    ("文/王小明")."""
    return bool(BRACKETED_CREDIT_RE.match(key) or slash_credit(key))


def copies_of_each_other(first: str, other: str) -> bool:
    """Two lines, each all but a word of the other, and neither inside the other: a
    paragraph repeated with a word changed ("第0段：…" / "第3段：…"). One inside the other
    is a copy with a label added ("本文会以…" / "前言：本文会以…"): a teaser."""
    a, b = squash(first), squash(other)
    return (
        a not in b
        and b not in a
        and copied_at_least(first, [other], 0.85, n=5)
        and copied_at_least(other, [first], 0.85, n=5)
    )


# Footer phrases that only a site's foot prints: a notice holding one is the site's, never a
# clause of the page's own terms (line.ads.site_notice), and ends the article's body (body).
CERTAIN_FOOTER = frozenset(
    {"icp备", "icp证", "公网安备", "版权所有", "copyright", "all rights reserved"}
)
