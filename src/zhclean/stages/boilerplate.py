"""Stage 4, boilerplate: whole lines the website added, found by kind.

Each non-blank line is classified on its own first (separators, dates,
metadata chrome, navigation, ads, notices, CMS residue...). Some classes are
*strong* (certain on their own), others *weak* (a shop phrase, a login word,
one ad word): a weak line goes only when it touches a block of junk, so an
article that mentions 下载 or 交易所 keeps its sentence. Then come the rules
that need the document: lists after a related-articles heading, a list of
titles at the head or tail, teasers that copy the body, adjacent duplicates.

    >>> from zhclean.report import Report
    >>> text = "标题\\n首页 > 新闻 > 正文\\n正文第一段。\\n上一篇:别的文章"
    >>> boilerplate(text, Report(), lambda code: True).split("\\n")
    ['标题', '正文第一段。']

Removed lines are reported with their input line number and text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..chardata import CLOSERS, ends_sentence, han_count
from ..lexicon import Lexicon, fold
from ..report import Report
from .script import convert, detect_script

STRONG, WEAK = 2, 1
CREDIT = ("credit", 0)  # metadata() verdict: a line that names a person or source: keep it
AD_CODES = frozenset({"ZH301", "ZH302", "ZH315"})
QUIET_CODES = AD_CODES | {"ZH305", "ZH314"}

# --- token patterns (on folded text: NFKC, casefolded) ---------------------------------------------
DATE_PATTERN = (
    r"(?:(?:中华民国|中華民國|民国|民國)\s*\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{4}\s*年\s*\d{1,2}\s*月"
    # Taiwan's ROC years in numbers: 112-09-05 is 2023-09-05.
    r"|(?<!\d)1[01]\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d))"
)
TIME_PATTERN = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?::\d{1,3})?(?:\s*[ap]m)?)"
WEEKDAY_PATTERN = r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"


class Gated:
    """A pattern behind a cheap gate: where the gate finds nothing, neither can the pattern.

    The date and counter patterns are long alternations that Python tries at every
    position of every line; most lines have no digit, and the gate says so in one scan.

        >>> Gated(r"\\d+年", r"\\d").sub("", "今年没有数字"), Gated(r"\\d+年", r"\\d").sub("", "2024年")
        ('今年没有数字', '')
    """

    def __init__(self, pattern: str, gate: str) -> None:
        self.regex = re.compile(pattern)
        self.gate = re.compile(gate)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.gate.search(text) else None

    def findall(self, text: str) -> list:
        return self.regex.findall(text) if self.gate.search(text) else []

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text) if self.gate.search(text) else text

    def subn(self, repl: str, text: str) -> tuple[str, int]:
        return self.regex.subn(repl, text) if self.gate.search(text) else (text, 0)


DIGIT = r"\d"
DATE_RE = Gated(DATE_PATTERN, DIGIT)
TIME_RE = Gated(TIME_PATTERN, DIGIT)
DATETIME_RE = Gated(
    rf"(?:{DATE_PATTERN}\s*(?:{TIME_PATTERN})?|(?:\b\d{{1,2}}\s+)?{TIME_PATTERN}|{WEEKDAY_PATTERN}|[上下]午)",
    r"\d|星期|礼拜|禮拜|[周週][一二三四五六日天]|[上下]午",
)
# A phrase that counts something: 861 浏览, 阅读(12), 已有 28335924 人来访过, 3572字, 阅读11分54秒.
COUNTER_PHRASE_RE = Gated(
    r"(?:已有\s*)?\d[\d,.]*\s*(?:万|k|w)?\s*(?:次阅读|次浏览|次点击|次下载|人阅读|人浏览|人来访过|人看过|人已读|"
    r"人参与|人赞同|人点赞|人喜欢|人收藏|人关注|次播放|次观看|条回复|条评论|个评论|次评论|浏览|阅读|评论|点击|"
    r"点赞|收藏|转发|回复|字|人气)"
    r"|(?:阅读|浏览|评论|点击|点赞|赞|收藏|转发|回复|人气)\s*[(（\[]?\s*\d[\d,.]*\s*[)）\]]?"
    r"|阅读\s*\d+\s*分(?:钟)?(?:\s*\d+\s*秒)?|已关闭评论|暂无评论|\d+\s*分钟",
    r"\d|已关闭评论|暂无评论",
)
# A file name (from the start of its run of non-spaces: anchored there, so that a long line
# with no space is scanned once, not once per position) or a file size "(1.2 MB)".
FILE_INFO_RE = re.compile(
    r"(?<!\S)\S+\.(?:png|jpe?g|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|txt|mp[34])\b"
    r"|[(（]\s*[\d.]+\s*[kmg]?b\b[^)）]*[)）]?"
)
URL_RE = re.compile(r"(?:https?:)?//[^\s\u3000]+|www\.[^\s\u3000]+")
BARE_URL_RE = re.compile(r"^(?:(?:https?:)?//|www\.)[^\s]+$")
NUMBER_ONLY_RE = re.compile(r"^[\d\s.,:%]+$")
BRACKET_RESIDUE_RE = re.compile(r"^[\d\s]*[\[\]{}()<>]+[\d\s\[\]{}()<>]*$")
CMS_RE = re.compile(
    r"content_\d+\.s?html?|/\w+property-->|null(?:content|http)|https?://(?:\d{1,3}\.){3}\d{1,3}"
    r"|\{\{[^}]*\}\}|\$\{[^}]*\}|\[(?:field|dede|cms):[^\]]*\]"
)
TAG_LINE_RE = re.compile(r"^(?:#[^#\s][^#]{0,30}#\s*)+")
# A template's closing decoration: "END", "- END -", "—THE END—" (the author's "（完）" stays).
END_MARK_RE = re.compile(r"^[-—–=~·•\s]*(?:the\s+)?end[-—–=~·•\s]*$")
SEPARATOR_CHARS_RE = re.compile(r"^[^\w\s\u4e00-\u9fff]$")
BREADCRUMB_SEP_RE = re.compile(r"\s*(?:>|»|›|→|->|>>)\s*")
BREADCRUMB_START_RE = re.compile(
    r"^(?:您的位置|你的位置|当前位置|所在位置|位置|首页|主页|home|网站首页)"
)
LIST_MARKER_RE = re.compile(
    r"^(?:[-*•·●○■□◆◇▪▸►]\s*|\d{1,3}\s*[.、)）]\s*|[一二三四五六七八九十]+\s*、|"
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]+[章节条部分篇回])"
)
PREV_NEXT_RE = re.compile(
    r"^(?:上一篇|下一篇|上一页|下一页|上一条|下一条|上一章|下一章|上一节|下一节|前一篇|后一篇|上篇|下篇"
    r"|previous|next)\s*[:：]?"
)
PREV_NEXT_END_RE = re.compile(r"(?:上一篇|下一篇)\s*[:：]?$")
MENU_SPLIT_RE = re.compile(r"[\s|｜·•/:]+")
INLINE_LIST_SPLIT_RE = re.compile(r"\s*[|｜]\s*")
RANKING_RE = Gated(r"(?:\b\d{1,3}\s+\S{2,30}?\s+\d{2,}\s*){3,}", r"\d")
BREADCRUMB_GATE_RE = re.compile("[>»›→]")
CREDIT_SUFFIX_RE = re.compile(
    r"^\s*[(（【\[]?\s*(?:摄|攝|图|圖|来源|來源|供图|图片来源|photo|图/|文/)"
)
FACET_RE = re.compile(r"^.{1,80}?\s*[(（]\s*\d+\s*[)）]$")
PUNCT_ONLY_RE = re.compile(r"^[\s\W_]*$")
DATED_END_RE = Gated(rf"\s(?:{DATE_PATTERN})(?:\s*{TIME_PATTERN})?\s*$", r"\d")
# Label shapes beyond the word lists: (pattern, kind). Dates only for a page's own actions
# (published, updated...): "报名时间: 10月1日" is the article's.
GENERIC_LABELS = (
    (
        "(?:最近|最后)?(?:发布|发表|更新|修改|编辑|上传|提交|刊登|录入|添加|创建|入库|收录|上线)"
        "(?:日期|时间|于)?",
        "date",
    ),
    ("(?:本文|文章|新闻|稿件|信息|图片|内容|资料|视频)(?:来源|作者|出处|编辑|撰稿)", "credit"),
    ("[\u4e00-\u9fff]{1,3}(?:次数|人次)", "counter"),
    ("[\u4e00-\u9fff]{1,3}(?:标签|关键词|关键字)", "tag"),
)
GENERIC_LABEL_RES = tuple((re.compile(pattern), kind) for pattern, kind in GENERIC_LABELS)
BACK_TO_SITE = ("首页", "主页", "列表", "顶部", "频道", "栏目", "专题", "网", "网站", "目录")
# Labels of a phone number or a mail address; a contact line also names a person or a place.
PHONE_MAIL_LABELS = (
    "phone|tel|telephone|mobile|fax|email|e-mail|mail|联系电话|联络电话|咨询电话|电话|手机|传真|"
    "电子邮箱|电子信箱|邮箱"
)
CONTACT_LABEL_RE = re.compile(
    rf"^(?:{PHONE_MAIL_LABELS}|联络人|联系人|联系方式|地址|通讯地址|联络地址|邮编|邮政编码)\s*[:：]"
)
# A short label and nothing but a URL after it: "最新网址: www.example.cc".
LABEL_URL_RE = re.compile(r"^([^\s:。，,!?！？]{1,10})\s*:\s*(?:(?:https?:)?//|www\.)\S+$")
INLINE_ITEMS_SPLIT_RE = re.compile(r"\s*[/|、,，;；]\s*|\s{2,}")
SQUASH_RE = re.compile(r"[\s\W_]+")
SENTENCE_ENDS_RE = re.compile(r"[。！？!?]+")
WHITESPACE_RE = re.compile(r"\s+")
HEAD_MAX = 60  # lines looked at above the first paragraph


def _ellipsis_end(text: str) -> bool:
    """Does the text end with '...' or '…' (then only spaces)? A cut-off teaser or headline."""
    return text.rstrip().endswith(("...", "…"))


@dataclass
class Item:
    no: int  # 1-based line number
    text: str  # stripped line
    key: str  # folded line, inner whitespace runs as one space
    code: str | None = None
    strength: int = 0
    protected: bool = False  # inside an open bracket: a fragment of the line before
    table: bool = False  # a row of a table the author wrote: never a menu
    _han: int = -1

    @property
    def han(self) -> int:
        """Ideographs in the line (counted once)."""
        if self._han < 0:
            self._han = han_count(self.text)
        return self._han

    @property
    def removed(self) -> bool:
        return self.code is not None and self.strength == STRONG


def _squash(key: str) -> str:
    return SQUASH_RE.sub("", key)


def _is_prose(item: Item) -> bool:
    """A body paragraph: ends a sentence, or is long. A short question or exclamation is a headline."""
    han = item.han
    if han >= 45:
        return True
    if not ends_sentence(item.text):
        return False
    last = item.text.rstrip(CLOSERS)[-1:]
    return han >= (30 if last in "？?！!" else 12)


def _is_title_like(item: Item) -> bool:
    """A headline or link text: short, one clause, no sentence end."""
    text = item.text
    if len(text) < 4 or len(text) > 60 or item.protected:
        return False
    if text.rstrip("”’」』)）")[-1:] in "。；;，,、":
        return False
    # Quoted speech ("他说：“明天见！”") and bracketed credits ("(记者 张三)") are the author's.
    if text[-1] in "”」』" or text[0] in "(（" or "：“" in text or ":“" in text:
        return False
    return text.count("。") == 0


def _is_link_like(item: Item) -> bool:
    """An entry of a list of articles: a headline, a teaser cut with '...', a dated title."""
    text = item.text
    if len(text) > 80 or text.endswith(("，", ",", "、")):
        return False
    return _is_title_like(item) or bool(_ellipsis_end(text) or DATED_END_RE.search(item.key))


CONTACT_FIELD_RE = re.compile(rf"^({PHONE_MAIL_LABELS})\s*[:：]\s*(.*)$")


def _empty_template_field(key: str) -> bool:
    """A contact field of a site template whose value is no contact at all ("Phone : 来电显示器").

    A real number or address stays: it may belong to the article's subject.
    """
    match = CONTACT_FIELD_RE.match(key)
    if not match:
        return False
    label, value = match.groups()
    if label in ("email", "e-mail", "mail", "邮箱", "电子邮箱", "电子信箱"):
        return "@" not in value
    return len(re.findall(r"\d", value)) < 5


class Classifier:
    """Single-line detectors. Each returns (code, strength) or None."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        labels = {
            "credit": lexicon.lists["credit_labels"],
            "counter": lexicon.lists["counter_labels"],
            "date": lexicon.lists["date_labels"],
            "tag": lexicon.lists["tag_labels"],
        }
        self.label_kind: dict[str, str] = {}
        for kind, terms in labels.items():
            for term in terms:
                self.label_kind.setdefault(term, kind)
        alternation = "|".join(
            sorted((re.escape(t) for t in self.label_kind), key=len, reverse=True)
        )
        # Labels made like the listed ones ("编辑次数", "词条标签", "最近更新"), after them.
        alternation += "|" + "|".join(pattern for pattern, _ in GENERIC_LABELS)
        # A label starts the line or follows a space, a separator or a closing bracket.
        self.label_re = re.compile(rf"(?:^|(?<=[\s|,\]】)\d]))({alternation})\s*:")
        date_labels = "|".join(
            sorted((re.escape(t) for t in labels["date"]), key=len, reverse=True)
        )
        generic_dates = "|".join(p for p, kind in GENERIC_LABELS if kind == "date")
        self.date_label_re = re.compile(rf"(?:{date_labels}|{generic_dates})\s*:?")
        teasers = "|".join(
            sorted(map(re.escape, lexicon.lists["teaser_labels"]), key=len, reverse=True)
        )
        self.teaser_re = re.compile(rf"^[【\[]?(?:{teasers})[】\]]?\s*:")
        sections = "|".join(
            sorted(map(re.escape, lexicon.lists["section_labels"]), key=len, reverse=True)
        )
        # Two or more channel labels run together, then at most a short topic name.
        self.section_run_re = re.compile(rf"^(?:{sections}){{2,}}(?P<topic>\w{{0,6}})$")
        self.brand_suffixes = tuple(lexicon.lists["brand_suffixes"])
        # Widget labels run together once the invisible separators went ("收藏喜欢").
        widgets = "|".join(
            sorted(
                (re.escape(t) for t in lexicon.lists["nav_labels"] if len(t) >= 2 and t.isalpha()),
                key=len,
                reverse=True,
            )
        )
        self.nav_run_re = re.compile(rf"^(?:{widgets}){{2,}}$")

    # -- helpers -----------------------------------------------------------------------------------
    def _strip_dates(self, key: str) -> tuple[str, int]:
        rest, n = DATETIME_RE.subn(" ", key)
        return rest, n

    def date_only(self, key: str) -> bool:
        rest, n = self._strip_dates(key)
        if not n:
            return False
        rest = self.date_label_re.sub(" ", rest)
        return bool(PUNCT_ONLY_RE.match(rest))

    def _fields(self, key: str) -> list[tuple[str, str, str]] | None:
        """``label: value`` fields of a metadata line as (kind, label, value); None if no label."""
        if ":" not in key:  # every label ends with one (folding made "：" ":")
            return None
        matches = list(self.label_re.finditer(key))
        if not matches:
            return None
        fields = []
        for i, match in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(key)
            value = key[match.end() : end].strip(" |,，")
            fields.append((self._label_kind(match.group(1)), match.group(1), value))
        return fields

    def _label_kind(self, label: str) -> str:
        kind = self.label_kind.get(label)
        if kind is None:
            kind = next(kind for regex, kind in GENERIC_LABEL_RES if regex.fullmatch(label))
        return kind

    @staticmethod
    def _is_counter_value(value: str) -> bool:
        value = COUNTER_PHRASE_RE.sub("", DATETIME_RE.sub(" ", value)).strip(" ()（）[]【】")
        return bool(
            re.fullmatch(
                r"[\d.,\s]*(?:[a-z]{1,5})?\s*(?:页|次|人|字|个|条|金币|积分|分|秒|%|分钟|kb|mb)?",
                value,
            )
        )

    def _is_credit_value(self, value: str) -> bool:
        value = DATETIME_RE.sub("", value)
        value = COUNTER_PHRASE_RE.sub("", value).strip(" :|,，()（）【】[]")
        if value in self.lex.lists["non_credits"]:
            return False
        if not value or URL_RE.fullmatch(value) or NUMBER_ONLY_RE.match(value):
            return False
        return not PUNCT_ONLY_RE.match(value)

    # -- detectors ---------------------------------------------------------------------------------
    def classify(self, item: Item) -> tuple[str, int] | None:
        key, text = item.key, item.text
        lex = self.lex
        if len(text) > 60 and ends_sentence(text):
            # A paragraph of prose: only the detectors without a length limit can apply
            # (the fast path for the common case; the others all need a short line).
            return self._classify_paragraph(item)
        squashed = _squash(key)

        if (
            len(text) >= 3
            and len(set(text.replace(" ", ""))) == 1
            and SEPARATOR_CHARS_RE.match(text[0])
        ):
            return "ZH311", STRONG
        for pattern in lex.patterns:
            if pattern.regex.search(text) or pattern.regex.search(key):
                return pattern.code, STRONG
        if END_MARK_RE.match(key):
            return "ZH311", STRONG
        if BARE_URL_RE.match(key):
            return "ZH303", STRONG
        if LABEL_URL_RE.match(key):
            return "ZH306", STRONG
        if self._labelled_link_list(key):
            return "ZH304", STRONG
        if CMS_RE.search(key) or (lex.contains("cms_markers", key) and len(text) <= 80):
            return "ZH313", STRONG
        if BRACKET_RESIDUE_RE.match(key):
            return "ZH313", STRONG
        if _empty_template_field(key):
            return "ZH313", STRONG
        if NUMBER_ONLY_RE.match(key):
            return (
                ("ZH308", STRONG)
                if TIME_RE.search(key) or DATE_RE.search(key)
                else ("ZH307", STRONG)
            )
        if key in lex.lists["ad_labels"]:
            return "ZH301", STRONG
        if self.date_only(key):
            return "ZH308", STRONG
        if TAG_LINE_RE.match(key) and len(text) <= 60 and not ends_sentence(text):
            return "ZH309", STRONG

        meta = self.metadata(item)
        if meta == CREDIT:
            return None  # a metadata line with a real credit stays whole
        if meta is not None:
            return meta

        nav = self.navigation(item, squashed)
        if nav is not None:
            return nav
        if self._ui_prompt(key, squashed):
            return "ZH310", STRONG
        if len(squashed) <= 30 and not key.rstrip().endswith("。"):
            phrases = [term for _, _, term in lex.find("ui_phrases", key)]
            # A sentence that mentions a prompt is the author's ("关注我们的读者会发现，..."):
            # with a clause in it, a prompt line carries two ("点击上方...，设为星标").
            if phrases and (len(phrases) >= 2 or not _instruction(key)):
                return "ZH310", STRONG

        related = self._related_heading(key)
        if related:
            return "ZH304", STRONG
        if not item.table and self._inline_list(key):
            return "ZH304", STRONG
        gambling = self._gambling(key, text)
        if gambling:
            return gambling
        ad = self._ad(key, text)
        if ad:
            return ad
        notice = self._notice(key, text)
        if notice:
            return notice
        panel = self._panel(key, text)
        if panel:
            return panel
        return None

    def _classify_paragraph(self, item: Item) -> tuple[str, int] | None:
        key, text = item.key, item.text
        for pattern in self.lex.patterns:
            if pattern.regex.search(text) or pattern.regex.search(key):
                return pattern.code, STRONG
        if CMS_RE.search(key):
            return "ZH313", STRONG
        return self._ad(key, text) or self._notice(key, text)

    def metadata(self, item: Item) -> tuple[str, int] | None:
        """Metadata and page chrome; ``None`` also for a metadata line that carries a credit."""
        key = item.key
        fields = self._fields(key)
        if fields is not None:
            first = self.label_re.search(key)
            prefix = key[: first.start()] if first else ""
            if any(kind == "tag" for kind, _, _ in fields) and key.lstrip(" #【[").startswith(
                tuple(label for kind, label, _ in fields if kind == "tag")
            ):
                return "ZH309", STRONG
            has_credit = any(
                kind == "credit" and self._is_credit_value(value) for kind, _, value in fields
            )
            if has_credit:
                return CREDIT
            for kind, _, value in fields:
                if kind == "counter":
                    # Page widgets after the count ("88次 历史版本") are chrome too.
                    words = value.split()
                    while len(words) > 1 and self.lex.has("nav_labels", words[-1]):
                        words.pop()
                    value = " ".join(words)
                if kind == "counter" and not self._is_counter_value(value):
                    return None
                if kind == "date" and not PUNCT_ONLY_RE.match(DATETIME_RE.sub("", value)):
                    return None
                if kind in ("credit",) and value and not URL_RE.fullmatch(value.strip()):
                    # A credit label whose value is a date or a counter: chrome.
                    pass
            prefix_rest = COUNTER_PHRASE_RE.sub(
                " ", FILE_INFO_RE.sub(" ", DATETIME_RE.sub(" ", prefix))
            )
            prefix_rest = _squash(prefix_rest.replace("•", ""))
            if len(prefix_rest) > 8:
                return None
            chrome = bool(DATETIME_RE.search(key)) or any(
                k in ("counter", "date") for k, _, _ in fields
            )
            return ("ZH307", STRONG) if chrome else ("ZH306", STRONG)

        # No labels: a timestamp and/or counters with nothing else of substance.
        dates = len(DATETIME_RE.findall(key))
        counters = len(COUNTER_PHRASE_RE.findall(key))
        if not dates and not counters:
            return None
        rest = COUNTER_PHRASE_RE.sub(" ", FILE_INFO_RE.sub(" ", DATETIME_RE.sub(" ", key)))
        rest_squashed = re.sub(r"\d", "", _squash(rest))
        if not rest_squashed or NUMBER_ONLY_RE.match(rest.strip() or "0"):
            return "ZH307", STRONG
        if counters and len(rest_squashed) <= 6:
            return "ZH307", STRONG
        if (
            dates
            and len(rest_squashed) <= 12
            and self.lex.contains("related_headings", rest_squashed)
        ):
            return "ZH307", STRONG  # "最新推荐文章于 2023-05-10 发布": a list's timestamp
        # A timestamp glued to a copy of the title, with counters: checked by the document pass.
        return None

    def navigation(self, item: Item, squashed: str) -> tuple[str, int] | None:
        key, lex = item.key, self.lex
        if PREV_NEXT_RE.match(key) or PREV_NEXT_END_RE.search(key):
            return "ZH303", STRONG
        if "上一篇" in key and "下一篇" in key:
            return "ZH303", STRONG
        if self._breadcrumb(key):
            return "ZH303", STRONG
        if (
            key.startswith(("分享到", "分享至", "分享:"))
            and len(item.text) <= 60
            and not ends_sentence(key)
        ):
            return "ZH303", STRONG  # a share bar, whatever networks it lists
        if any(key.startswith(h) for h in lex.lists["header_starts"]) and len(item.text) <= 50:
            return "ZH303", STRONG
        if (
            key.startswith("返回")
            and len(squashed) <= 10
            and not ends_sentence(key)
            and ("更多" in squashed or squashed.endswith(BACK_TO_SITE))
        ):
            # A way back to the site: "返回搜狐，查看更多", "返回新浪首页". ("返回故乡" is a title.)
            return "ZH303", STRONG
        tokens = [t for t in MENU_SPLIT_RE.split(key) if t]
        if tokens and not any(c in key for c in "。，,;；"):
            nav = sum(1 for t in tokens if self._nav_token(t))
            if len(tokens) >= 3:
                # Channels and site sections count in a row of three or more ("港闻 财经
                # 体育"); alone, "经济" or "专家评论" is a heading.
                nav += sum(1 for t in tokens if not self._nav_token(t) and self._menu_word(t))
            short = all(len(t) <= 10 for t in tokens)
            if short and (
                (nav == len(tokens))
                or (len(tokens) >= 3 and nav / len(tokens) >= 0.3)
                or (len(tokens) >= 5 and nav >= 1)
            ):
                return "ZH303", STRONG
        if len(squashed) <= 12 and self.nav_run_re.match(squashed):
            return "ZH303", STRONG
        # A menu item with an arrow: "• 经管营销>"
        if key.endswith((">", "»", ">>")) and len(item.text) <= 20:
            return "ZH303", WEAK
        return None

    @staticmethod
    def _breadcrumb(key: str) -> bool:
        """'首页 > 新闻 > 正文', '您的位置:首页 > 科技 > <title>'."""
        if not BREADCRUMB_GATE_RE.search(key):
            return False
        parts = BREADCRUMB_SEP_RE.split(key)
        starts = bool(BREADCRUMB_START_RE.match(key))
        if len(parts) < 2 or (len(parts) == 2 and not starts) or len(parts[0]) > 20:
            return False
        return starts or all(len(p) <= 12 for p in parts[:-1])

    def _nav_token(self, token: str) -> bool:
        token = _token_core(token)
        if not token:
            return False
        return self.lex.has("nav_labels", token) or token.startswith(("分享到", "分享至"))

    def _menu_word(self, token: str) -> bool:
        """In a row of three or more: a news channel ("财经"), or a section of the site named
        for what it holds ("百科首页", "知识专题"). Alone, such a word is a heading."""
        token = _token_core(token)
        if self.lex.has("section_labels", token):
            return True
        return len(token) <= 6 and any(
            end == len(token) and len(term) >= 2
            for _, end, term in self.lex.find("nav_labels", token)
        )

    def _ui_prompt(self, key: str, squashed: str) -> bool:
        if len(squashed) > 30 or _instruction(key):
            return False
        stripped = key.strip(" •*-·[]【】")
        for start, _, term in self.lex.find("ui_prompts", stripped):
            if start <= 2:
                return True
            if term == "imageverifiercode":
                return True
        return False

    def _related_heading(self, key: str) -> bool:
        core = key.strip(" -•*·【】[]<>《》:")
        if not core or len(core) > 30 or ends_sentence(core):
            return False
        return any(end == len(core) for _, end, _ in self.lex.find("related_headings", core))

    def _labelled_link_list(self, key: str) -> bool:
        """'推荐阅读: 某书 / 某书 / 某书': a related-list heading with its titles on one line."""
        head, sep, rest = key.partition(":")
        if not sep or not rest.strip() or "。" in rest:
            return False
        if not any(
            end == len(head.strip())
            for _, end, _ in self.lex.find("related_headings", head.strip())
        ):
            return False
        items = [p for p in INLINE_ITEMS_SPLIT_RE.split(rest.strip()) if p]
        return len(items) >= 2 and all(len(p) <= 30 for p in items)

    @staticmethod
    def _inline_list(key: str) -> bool:
        if "。" in key:
            return False
        if "|" in key or "｜" in key:
            parts = [p for p in INLINE_LIST_SPLIT_RE.split(key) if p]
            if len(parts) >= 4 and all(len(p) <= 30 for p in parts):
                return True
        return bool(RANKING_RE.search(key))

    def _gambling(self, key: str, text: str) -> tuple[str, int] | None:
        if "。" in text or len(text) > 120:
            return None
        share, terms = self.lex.coverage("gambling_keywords", key)
        if not terms:
            return None
        strong_terms = {t for t in terms if t in self.lex.lists["gambling_strong"]}
        if (strong_terms and share >= 0.4) or (len(terms) >= 2 and share >= 0.5):
            return "ZH302", STRONG
        if len(_squash(key)) <= 20 and not ends_sentence(text):
            return "ZH302", WEAK
        return None

    def _ad(self, key: str, text: str) -> tuple[str, int] | None:
        brands = self.lex.find("ad_brands", key)
        phrases = {term for _, _, term in self.lex.find("ad_phrases", key)}
        if not brands and not phrases:
            return None
        if ends_sentence(text) and han_count(text) >= 20 and len(phrases) < 2:
            return None  # a sentence of an article about an exchange, not an ad
        squashed_len = max(1, len(_squash(key)))
        brand_chars = sum(end - start for start, end, _ in brands)
        if (
            len(phrases) >= 2
            or (brands and phrases)
            or (brands and brand_chars / squashed_len >= 0.5)
        ):
            return "ZH301", STRONG
        if len(text) <= 30 and not ends_sentence(text):
            return "ZH301", WEAK
        return None

    def _notice(self, key: str, text: str) -> tuple[str, int] | None:
        terms = {term for _, _, term in self.lex.find("footer_phrases", key)}
        if len(terms) >= 2:
            return "ZH305", STRONG
        core = key.strip(" :•*-")
        if core in self.lex.lists["notice_headings"]:
            return "ZH305", WEAK
        if terms and len(text) <= 80:
            return "ZH305", WEAK
        return None

    def _panel(self, key: str, text: str) -> tuple[str, int] | None:
        if len(text) > 60:
            return None
        terms = {term for _, _, term in self.lex.find("panel_words", key)}
        if len(terms) >= 2 or (terms and len(_squash(key)) <= 8):
            shop = {
                "发货",
                "下单",
                "来电",
                "旺旺",
                "咨询",
                "包邮",
                "售后",
                "保修",
                "优惠",
                "订购",
                "购买",
                "报价",
            }
            return ("ZH315" if terms & shop else "ZH310"), WEAK
        if re.fullmatch(r"[^:]{1,5}:", key.strip()):  # an empty form field: "账号:"
            return "ZH306", WEAK
        return None


def _token_core(token: str) -> str:
    """A menu token without its brackets: "【首页】" -> "首页"."""
    return token.strip("[]【】()（）<>《》:")


def _instruction(key: str) -> bool:
    """A sentence rather than a widget: it ends with a full stop, or goes on after a comma
    ("点击进入系统后，选择左侧菜单中的用户管理")."""
    if key.rstrip().endswith(("。", ".")):
        return True
    head, comma, rest = key.replace(",", "，").partition("，")
    return bool(comma) and len(_squash(rest)) > 6


def _sentence_ends(text: str) -> int:
    return len(SENTENCE_ENDS_RE.findall(text))


def looks_like_prose(text: str) -> bool:
    """A removed line that reads like the author's: reported as a warning."""
    return ends_sentence(text) and han_count(text) >= 15 and _sentence_ends(text) >= 1


def _near_copy(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same headline up to punctuation, or one holds the other."""
    sa, sb = _squash(a), _squash(b)
    if len(sa) < 6 or len(sb) < 6:
        return False
    return sa == sb or sa in sb or sb in sa


def _ngrams(text: str, n: int = 4) -> set[str]:
    s = _squash(text)
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def _copied_share(text: str, others: list[str], n: int = 4) -> float:
    grams = _ngrams(text, n)
    if not grams:
        return 0.0
    pool: set[str] = set()
    for other in others:
        pool |= _ngrams(other, n)
    return len(grams & pool) / len(grams)


class Document:
    """The document-level pass over classified lines."""

    def __init__(
        self,
        items: list[Item],
        classifier: Classifier,
        repeated: frozenset[int] = frozenset(),
        head: bool = True,
        tail: bool = True,
    ) -> None:
        self.items = items
        self.cls = classifier
        self.repeated = repeated
        # A block of a streamed file may not hold the document's start or end: the
        # detectors that look for a title, a head list or a tail list run only where they are.
        self.head = head
        self.tail = tail

    def live(self) -> list[Item]:
        return [it for it in self.items if not it.removed]

    def run(self) -> None:
        self._mark_protected()
        self._mark_tables()
        for item in self.items:
            found = self.cls.classify(item)
            if found:
                item.code, item.strength = found
        self._corpus_repeats()
        self._chrome_with_title_copy()
        if self.head:
            self._teasers()
        self._related_lists()
        self._after_next_label()
        if self.head:
            self._head_list()
            self._section_labels()
        self._promo_blocks()
        self._dated_links()
        if self.tail:
            self._tail_list()
        self._facet_lists()
        self._propagate_weak()
        self._notice_lists()
        self._sandwiched()
        self._guard_prose()
        self._duplicates()

    def _mark_tables(self) -> None:
        """Rows of a table: '| a | b |' lines, or two or more lines in a row split by '|' into
        the same number of cells, one of them with a number. A menu is one line of words."""
        items = self.items
        for item in items:
            text = item.text.strip()
            if len(text) > 2 and text.startswith("|") and text.endswith("|"):
                item.table = True
        i = 0
        while i < len(items):
            cells = items[i].text.count("|")
            j = i
            while cells >= 2 and j + 1 < len(items) and items[j + 1].text.count("|") == cells:
                j += 1
            run = items[i : j + 1]
            if j > i and any(ch.isdigit() for it in run for ch in it.text):
                for it in run:
                    it.table = True
            i = j + 1

    def _corpus_repeats(self) -> None:
        """Lines that recur across many files of the run, unless prose, a credit or the title."""
        if not self.repeated:
            return
        from ..repeats import is_candidate, line_hash

        # The first line too: a title is unique to its page, a line on every page is not a title.
        for item in self.items:
            if (
                item.removed
                or not is_candidate(item.text)
                or line_hash(item.text) not in self.repeated
            ):
                continue
            if self.cls.metadata(item) == CREDIT:
                continue
            item.code, item.strength = "ZH316", STRONG

    def _mark_protected(self) -> None:
        depth = 0
        for item in self.items:
            item.protected = depth > 0
            depth += (
                item.text.count("(")
                + item.text.count("（")
                - item.text.count(")")
                - item.text.count("）")
            )
            depth = max(0, min(depth, 3))

    def _chrome_with_title_copy(self) -> None:
        """'2016年1月4日20:38 <title> 861 浏览' : a timestamp and counters around a title copy."""
        for i, item in enumerate(self.items):
            # A headline with its stamp and counters is short; a paragraph is never one.
            if (
                item.code
                or len(item.key) > 160
                or not (DATETIME_RE.search(item.key) and COUNTER_PHRASE_RE.search(item.key))
            ):
                continue
            rest = COUNTER_PHRASE_RE.sub(" ", DATETIME_RE.sub(" ", item.key))
            neighbours = self.items[max(0, i - 3) : i] + self.items[i + 1 : i + 3]
            if any(_near_copy(rest, other.key) for other in neighbours):
                item.code, item.strength = "ZH307", STRONG

    def _teasers(self) -> None:
        label_re = self.cls.teaser_re
        for i, item in enumerate(self.items):
            if item.removed:
                continue
            match = label_re.match(item.key)
            if match:
                content = item.text[match.end() :].strip() if len(item.text) > match.end() else ""
                content_key = item.key[match.end() :]
                # The article's start follows within a few lines (a bounded window keeps a
                # long document with many labels linear).
                later = [it.text for it in self.items[i + 1 : i + 40] if not it.removed]
                if not content:
                    item.code, item.strength = "ZH306", STRONG
                elif (
                    _ellipsis_end(content)
                    or _copied_share(content, later) >= 0.5
                    or self.cls.lex.coverage("gambling_keywords", content_key)[0] >= 0.1
                    and self.cls._gambling(content_key.split(",")[0], content_key.split(",")[0])
                ):
                    item.code, item.strength = "ZH312", STRONG
        # An unlabelled teaser: right after the title, a line that the next lines repeat.
        # (Only under a title: a page that opens with prose has no place for a teaser.)
        live = self.live()
        if not live or not _is_title_like(live[0]):
            return
        for pos in (1, 2):
            if pos >= len(live):
                break
            item = live[pos]
            if item.code or han_count(item.text) < 30:
                continue
            later = [it.text for it in live[pos + 1 : pos + 12]]
            if _copied_share(item.text, later, n=5) < 0.85:
                continue  # the usual case, settled with one pass
            # A paragraph repeated whole is the page's text (content farms repeat); a teaser
            # stitches the lead from several lines, or is one cut off with an ellipsis.
            one_line = max((_copied_share(item.text, [t], n=5) for t in later), default=0.0)
            if one_line >= 0.85 and not _ellipsis_end(item.text):
                continue
            item.code, item.strength = "ZH312", STRONG

    def _related_lists(self) -> None:
        """Titles after a related-articles heading, once the article has begun: a heading
        above the article labels a sidebar, and what follows it there is the article."""
        in_list = seen_prose = False
        for item in self.items:
            if (
                item.code == "ZH304"
                and item.strength == STRONG
                and self.cls._related_heading(item.key)
            ):
                in_list = seen_prose
                continue
            seen_prose = seen_prose or (not item.code and _is_prose(item))
            if not in_list:
                continue
            if item.code and item.strength == STRONG:
                continue
            if item.protected or not _is_link_like(item):
                in_list = False  # the list ends at the first line that is no link
                continue
            item.code, item.strength = "ZH304", STRONG

    def _after_next_label(self) -> None:
        """'<title>下一篇' then the next article's title on its own line."""
        for i, item in enumerate(self.items[:-1]):
            if item.code == "ZH303" and PREV_NEXT_END_RE.search(item.key):
                nxt = self.items[i + 1]
                if not nxt.code and _is_title_like(nxt):
                    nxt.code, nxt.strength = "ZH303", STRONG

    def _head_list(self) -> None:
        """Titles of other articles above the article, recognised by a later copy of the title."""
        live = self.live()
        head: list[Item] = []
        for item in live[:HEAD_MAX]:  # a page's head is short; a bound keeps this linear
            if _is_prose(item):
                break
            head.append(item)
        for j in range(len(head) - 1, 0, -1):
            later = head[j]
            if later.code or not _is_title_like(later):
                continue
            earlier = [
                k for k in range(j) if _near_copy(head[k].key, later.key) and not head[k].code
            ]
            if not earlier:
                continue
            first = earlier[0]
            listed = [item for item in head[:j] if not item.code]
            if (
                j >= 3
                and len(listed) >= 3
                and all(_is_title_like(it) and len(it.text) <= 40 for it in listed)
            ):
                # Nothing but headlines above a copy of one of them: a list of articles;
                # the copy is the title of this one.
                for item in listed:
                    item.code, item.strength = "ZH304", STRONG
            elif BREADCRUMB_START_RE.match(head[first].key) or head[first].key.startswith(
                tuple("首主")
            ):
                head[first].code, head[first].strength = "ZH303", STRONG
            break

    def _section_labels(self) -> None:
        """'大陆深度川震十年' above the title: channel labels and a topic, run together."""
        live = self.live()
        if len(live) < 2 or live[0].code or not _is_title_like(live[1]):
            return
        first = live[0]
        if self.cls.section_run_re.match(_squash(first.key)) and not ends_sentence(first.text):
            first.code, first.strength = "ZH303", STRONG

    def _promo_blocks(self) -> None:
        """A run of short slogan lines with ad copy in two of them: an ad image's text.

        '某某造价之家 / 来某某学安装造价 / 1个月就能掌握实操技能 / 独立做造价了！ / 某某校区':
        the lines from the first to the last ad line go, whatever lies between them.
        """
        lex = self.cls.lex

        def short(item: Item) -> bool:
            return (
                not item.code
                and not item.protected
                and len(item.text) <= 25
                and "。" not in item.text
                # A line that introduces a list ("学校现有三个校区：") is the author's, and
                # so is the list under it: the run stops there.
                and not item.text.rstrip().endswith((":", "："))
                and not _is_prose(item)
            )

        def terms(item: Item) -> tuple[set[str], set[str]]:
            """(ad copy, shop or school name endings) of one line; list items are headings."""
            if LIST_MARKER_RE.match(item.text):
                return set(), set()
            copy = {term for _, _, term in lex.find("promo_phrases", item.key)}
            names = {s for s in self.cls.brand_suffixes if item.key.endswith(s)}
            return copy, names

        run: list[Item] = []
        for item in [*self.items, Item(0, "", "")]:
            if item.text and short(item):
                run.append(item)
                continue
            found = [terms(it) for it in run]
            hits = [k for k, (copy, names) in enumerate(found) if copy or names]
            distinct = set().union(*(copy | names for copy, names in found)) if found else set()
            # Ad copy, in two lines, with two different terms: "东校区 / 西校区" is a list
            # of places; an ad says more than one thing.
            if len(hits) >= 2 and len(distinct) >= 2 and any(copy for copy, _ in found):
                for it in run[hits[0] : hits[-1] + 1]:
                    it.code, it.strength = "ZH315", STRONG
            run = []

    def _mark_runs(self, member, minimum: int) -> None:
        """Runs of at least ``minimum`` consecutive lines for which ``member`` holds: a list."""
        run: list[Item] = []
        for item in [*self.items, Item(0, "", "")]:
            if item.text and member(item):
                run.append(item)
                continue
            if len(run) >= minimum:
                for it in run:
                    it.code, it.strength = "ZH304", STRONG
            run = []

    def _dated_links(self) -> None:
        """Two or more headlines in a row that each end with a date: an article list."""
        self._mark_runs(
            lambda it: not it.code and _is_title_like(it) and bool(DATED_END_RE.search(it.key)), 2
        )

    def _tail_list(self) -> None:
        live = self.live()
        prose_positions = [i for i, it in enumerate(live) if _is_prose(it)]
        if not prose_positions:
            return
        # Contact lines ("联络人:陈小姐", "电话:...") belong to the article's subject: they
        # are no link and stay, whatever the lines around them are.
        tail = [
            it
            for it in live[prose_positions[-1] + 1 :]
            if not it.code and not CONTACT_LABEL_RE.match(it.key)
        ]
        candidates = [
            it
            for it in tail
            if _is_title_like(it)
            and not LIST_MARKER_RE.match(it.text)
            and self.cls.metadata(it) != CREDIT
        ]
        if len(candidates) < 4 or len(candidates) != len(tail):
            return
        # The author's own list or verse, not links: introduced by a line that ends with a
        # colon ("老友写下一首小诗赠我："), or short lines of one length (a poem's lines).
        after_prose = live[prose_positions[-1] :]  # the last paragraph and all below it
        if any(it.text.rstrip().endswith((":", "：")) for it in after_prose):
            return
        lengths = [len(it.text) for it in candidates]
        if sum(1 for n in lengths if n >= 8) < len(lengths) / 2:
            return  # headlines are seldom this short; verses and keywords are
        for item in candidates:
            item.code, item.strength = "ZH304", STRONG

    def _facet_lists(self) -> None:
        """Runs of 'label (count)' lines: search facets, tag clouds, category counts."""
        self._mark_runs(lambda it: bool(FACET_RE.match(it.key)) and not ends_sentence(it.text), 3)

    def _propagate_weak(self) -> None:
        """A weak verdict holds next to a strong one, through a run of weak lines; else it goes.

        (The first line is never promoted, nor promotes through itself: it may be the title.)
        """
        items = self.items

        def strong(k: int) -> bool:
            return 0 <= k < len(items) and items[k].strength == STRONG and bool(items[k].code)

        i = 1
        while i < len(items):
            if items[i].strength != WEAK:
                i += 1
                continue
            j = i
            while j + 1 < len(items) and items[j + 1].strength == WEAK:
                j += 1
            if strong(i - 1) or strong(j + 1):
                for item in items[i : j + 1]:
                    item.strength = STRONG
            i = j + 1
        for item in items:
            if item.strength == WEAK:
                item.code, item.strength = None, 0

    def _notice_lists(self) -> None:
        """The numbered items under a site notice heading that went ("友情提示" / "1、本站...")."""
        headings = self.cls.lex.lists["notice_headings"]
        in_notice = False
        for item in self.items:
            if item.removed and item.code == "ZH305" and item.key.strip(" :•*-") in headings:
                in_notice = True
                continue
            if (
                in_notice
                and not item.code
                and LIST_MARKER_RE.match(item.text)
                and len(item.text) <= 120
            ):
                item.code, item.strength = "ZH305", STRONG
                continue
            in_notice = False

    def _sandwiched(self) -> None:
        """A short line inside an ad or chrome block (junk right above and below) goes with it."""
        items = self.items
        for i in range(1, len(items) - 1):
            item, above, below = items[i], items[i - 1], items[i + 1]
            if item.code or item.protected or not above.removed or not below.removed:
                continue
            if (
                above.code in AD_CODES
                and below.code in AD_CODES
                and _is_title_like(item)
                and len(item.text) <= 20
            ):
                item.code, item.strength = above.code, STRONG
            elif (
                above.code == below.code == "ZH311"
                and len(item.text) <= 80
                and URL_RE.search(item.key)
            ):
                # A banner between two rules: "更多...尽在 http://..."
                item.code, item.strength = "ZH315", STRONG
            elif (
                above.code == below.code == "ZH303"
                and len(_squash(item.key)) <= 10
                and _squash(item.key) in _squash(above.key) + "|" + _squash(below.key)
            ):
                # The site's name between its header and its menu ("欢迎来到某某文库!" / "某某文库").
                item.code, item.strength = "ZH303", STRONG

    def _guard_prose(self) -> None:
        """Never remove a line of two or more sentences that sits inside a body of prose."""
        items = self.items
        # The nearest kept line on each side of every line, in two linear sweeps.
        before: list[Item | None] = []
        last: Item | None = None
        for item in items:
            before.append(last)
            if not item.removed:
                last = item
        after: list[Item | None] = [None] * len(items)
        last = None
        for i in range(len(items) - 1, -1, -1):
            after[i] = last
            if not items[i].removed:
                last = items[i]
        for i, item in enumerate(items):
            if not item.removed or _sentence_ends(item.text) < 2:
                continue
            prev, nxt = before[i], after[i]
            if prev and nxt and _is_prose(prev) and _is_prose(nxt):
                item.code, item.strength = None, 0

    def _duplicates(self) -> None:
        previous: Item | None = None
        for item in self.items:
            if item.removed:
                continue
            if previous is not None:
                if item.key == previous.key:
                    item.code, item.strength = "ZH314", STRONG
                    continue
                longer, shorter = (
                    (item, previous) if len(item.key) > len(previous.key) else (previous, item)
                )
                if (
                    len(shorter.key) >= 10
                    and longer.key.startswith(shorter.key)
                    and CREDIT_SUFFIX_RE.match(longer.key[len(shorter.key) :])
                ):
                    shorter.code, shorter.strength = "ZH314", STRONG
                    if shorter is previous:
                        previous = item
                    continue
            previous = item


def boilerplate(
    text: str,
    report: Report,
    on: Callable[[str], bool],
    lexicon: Lexicon | None = None,
    repeated: frozenset[int] = frozenset(),
    script_hint: str | None = None,
    head: bool = True,
    tail: bool = True,
) -> str:
    from ..lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    lines = text.split("\n")
    # Match a Traditional page on its Simplified reading: one word list serves both scripts.
    keyed = lines
    if (script_hint or detect_script(text)) in ("traditional", "mixed"):
        simplified = convert(text, "t2s").split("\n")
        keyed = simplified if len(simplified) == len(lines) else lines
    items = []
    for i, line in enumerate(lines):
        stripped = line.strip(" \t\u3000\u00a0")
        if stripped:
            key = WHITESPACE_RE.sub(" ", fold(keyed[i].strip(" \t\u3000\u00a0")))
            items.append(Item(i + 1, stripped, key))
    items = _outside_fences(items)
    if not items:
        return text
    Document(items, _classifier(lexicon), repeated, head, tail).run()
    dropped: set[int] = set()
    for item in items:
        if item.removed and item.code and on(item.code):
            report.add(item.code, line=item.no, text=lines[item.no - 1])
            dropped.add(item.no)
            # Notices and ads are sentences by nature and need explicit phrases to be found:
            # a warning there would be noise. Lists, teasers, chrome and repeats are checked.
            if item.code not in QUIET_CODES and looks_like_prose(item.text):
                report.warnings.append({"line": item.no, "rule": item.code, "text": item.text})
    if not dropped:
        return text
    return "\n".join(line for i, line in enumerate(lines, 1) if i not in dropped)


_CLASSIFIERS: dict[int, Classifier] = {}


def _classifier(lexicon: Lexicon) -> Classifier:
    """One classifier per word lists and process: its patterns are built once."""
    key = id(lexicon)
    if key not in _CLASSIFIERS:
        _CLASSIFIERS[key] = Classifier(lexicon)
    return _CLASSIFIERS[key]


def _outside_fences(items: list[Item]) -> list[Item]:
    out, fenced = [], False
    for item in items:
        if item.text.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out.append(item)
    return out


__all__ = ["boilerplate", "Classifier", "Document", "Item"]
