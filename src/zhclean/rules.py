"""The rule registry: every change zhclean makes has a stable code.

One table feeds the manifest counts, ``zhclean rules``, ``--select``/``--ignore``
and the README's rule list. Codes never change meaning once released; a retired
rule keeps its code.

    >>> RULES["ZH201"].name
    'pinyin-gloss'
    >>> sorted(code for code in select_codes(["ZH2"], ["ZH202"]) if code.startswith("ZH20"))[:3]
    ['ZH201', 'ZH203', 'ZH204']

Families: ZH1xx decode and repair, ZH2xx web garble, ZH3xx boilerplate,
ZH4xx layout, ZH5xx script, ZH6xx finish, ZH9xx file-level problems.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    stage: str
    description: str
    example: str
    # A rule that only reports (never changes text) can't be selected away.
    reports_only: bool = False


_RULES: list[Rule] = [
    # --- decode and repair ---------------------------------------------------------
    Rule(
        "ZH101", "bom-removed", "decode", "A byte-order mark was removed.", "EF BB BF 中文 -> 中文"
    ),
    Rule(
        "ZH102",
        "legacy-encoding",
        "decode",
        "The file was not UTF-8; it was decoded from the named encoding and written as UTF-8.",
        "GB18030 bytes C4 E3 BA C3 -> 你好",
        reports_only=True,
    ),
    Rule(
        "ZH103", "line-endings", "decode", "CRLF or CR line endings became LF.", "a\\r\\nb -> a\\nb"
    ),
    Rule(
        "ZH110",
        "mojibake-document",
        "repair",
        "The whole text was mojibake (bytes decoded with the wrong codec) and was re-decoded.",
        "鈥滀竾灞辩孩閬嶁€\x9d -> “万山红遍”",
    ),
    Rule(
        "ZH111",
        "mojibake-span",
        "repair",
        "A line inside good text was mojibake and was re-decoded.",
        "¡°ÍòÉ½ºì±é¡± -> “万山红遍”",
    ),
    Rule(
        "ZH112",
        "ftfy-fix",
        "repair",
        "ftfy repaired Western mojibake (UTF-8 read as Latin-1/CP1252), quotes and widths left alone.",
        "cafÃ© -> café",
    ),
    Rule(
        "ZH120",
        "irrecoverable",
        "repair",
        "Characters lost for good (U+FFFD, 锟斤拷, 烫烫烫) are kept as they are and counted.",
        "锟斤拷 -> 锟斤拷 (counted)",
        reports_only=True,
    ),
    # --- web garble --------------------------------------------------------------------
    Rule(
        "ZH201",
        "pinyin-gloss",
        "garble",
        "An inline pinyin gloss that is a reading of the character before it was removed.",
        "歷史經(jīng)驗 -> 歷史經驗",
    ),
    Rule(
        "ZH202",
        "injected-comma",
        "garble",
        "A comma injected before other punctuation was removed.",
        "使命,。 -> 使命。",
    ),
    Rule(
        "ZH203",
        "html-entity",
        "garble",
        "An HTML entity was decoded.",
        "&ldquo;你好&rdquo; -> “你好”",
    ),
    Rule(
        "ZH204",
        "markup",
        "garble",
        "Leftover markup (tags, comments, attribute tails) was removed, the text around it kept.",
        '正文<br/>继续 -> 正文继续; x.html" target="_blank">标题 -> 标题',
    ),
    Rule(
        "ZH205",
        "script-call",
        "garble",
        "A script call with its string argument was removed.",
        "正文。document.writeln('扫码关注'); -> 正文。",
    ),
    Rule(
        "ZH206",
        "invisible-char",
        "garble",
        "Zero-width characters, soft hyphens and stray BOMs were removed.",
        "中\u200b文 -> 中文",
    ),
    Rule("ZH207", "control-char", "garble", "Control characters were removed.", "中\x07文 -> 中文"),
    Rule(
        "ZH208",
        "edit-link",
        "garble",
        "A wiki's edit link left at the end of a heading was removed.",
        "历史沿革[编辑] -> 历史沿革",
    ),
    Rule(
        "ZH209",
        "doubled-text",
        "garble",
        "A line that is one text printed twice, glued (an image's alt text and its caption), "
        "was printed once.",
        "美国司法部的通告美国司法部的通告 -> 美国司法部的通告",
    ),
    # --- boilerplate -------------------------------------------------------------------
    Rule(
        "ZH301",
        "ad-block",
        "boilerplate",
        "An advertising block (exchange, casino, app download, contact-us-on-WeChat) was removed.",
        "币安(Binance) / 全球用户最多的交易所 -> (removed)",
    ),
    Rule(
        "ZH302",
        "ad-keyword-line",
        "boilerplate",
        "A whole line of casino, lottery or porn keywords was removed, even in the title position.",
        "秒速赛车开奖结果网址 -> (removed)",
    ),
    Rule(
        "ZH303",
        "navigation",
        "boilerplate",
        "Site navigation was removed: menus, breadcrumbs, previous/next links, share widgets.",
        "首页 > 新闻 > 正文 -> (removed)",
    ),
    Rule(
        "ZH304",
        "link-list",
        "boilerplate",
        "A list of other articles (related, hot, same-day headlines) was removed.",
        "相关推荐 / 标题一 / 标题二 -> (removed)",
    ),
    Rule(
        "ZH305",
        "site-notice",
        "boilerplate",
        "A copyright, takedown or notice line of the aggregating site was removed.",
        "版权声明:本站文章来自互联网,如有侵权请联系删除 -> (removed)",
    ),
    Rule(
        "ZH306",
        "empty-metadata",
        "boilerplate",
        "A metadata label with nothing (or only a URL) after it was removed.",
        "来源: -> (removed)",
    ),
    Rule(
        "ZH307",
        "page-chrome",
        "boilerplate",
        "Page chrome was removed: timestamps with view or comment counters, counters, file info.",
        "2022-09-28 05:01:05 阅读 3253 -> (removed)",
    ),
    Rule(
        "ZH308",
        "date-line",
        "boilerplate",
        "A line that is only a date or time (with or without a label) was removed.",
        "发布日期:2024-06-11 15:20:13 -> (removed)",
    ),
    Rule(
        "ZH309",
        "tag-line",
        "boilerplate",
        "A line of #tag# or $cashtag$ tokens or a keywords/tags line was removed.",
        "关键词:经济,发展 -> (removed)",
    ),
    Rule(
        "ZH310",
        "ui-prompt",
        "boilerplate",
        "A user-interface prompt (click to enlarge, captcha, login) was removed.",
        "点击查看大图 -> (removed)",
    ),
    Rule(
        "ZH311",
        "separator",
        "boilerplate",
        "A separator line of one repeated symbol was removed.",
        "========== -> (removed)",
    ),
    Rule(
        "ZH312",
        "teaser",
        "boilerplate",
        "An auto-generated teaser repeating the article's start (or carrying ad keywords) was removed.",
        "摘要:今年以来,我市... -> (removed)",
    ),
    Rule(
        "ZH313",
        "cms-residue",
        "boilerplate",
        "CMS or template residue (template fields, content_123.html, widget leftovers) was removed.",
        "凝聚力量/enpproperty--> -> (removed)",
    ),
    Rule(
        "ZH314",
        "duplicate-line",
        "boilerplate",
        "Two adjacent identical lines became one (the longer stays when one adds only a credit).",
        "标题 / 标题 -> 标题",
    ),
    Rule(
        "ZH315",
        "promo-block",
        "boilerplate",
        "A self-contained promotional block (shop offer, contact for ordering) was removed.",
        "详情请来电或加微信咨询! -> (removed)",
    ),
    Rule(
        "ZH316",
        "corpus-repeat",
        "boilerplate",
        "A line that recurs in many files of the run (--dedup-lines) and is not prose was removed.",
        "本站微信公众号:xxx (in 4,000 of 10,000 files) -> (removed)",
    ),
    Rule(
        "ZH317",
        "page-template",
        "boilerplate",
        "A short line the page itself repeats three times or more outside its article (a widget's "
        "label under every answer, post or card), or a bare count it prints four times or more "
        "with only its number changed (101 好笑), was removed.",
        "关注 / 举报 收起 (under each of 5 answers) -> (removed)",
    ),
    Rule(
        "ZH318",
        "chrome-zone",
        "boilerplate",
        "Above the article's title or below its body, where the site's chrome stands (menus, "
        "related lists, notices, ads), a short line beside it that is no prose (a widget's "
        "label, another headline, a button) was removed.",
        "正文。 / 分享到：微信 / 上一篇：… / 加入好友 / 今日油价 -> 正文。",
    ),
    # --- layout ------------------------------------------------------------------------
    Rule("ZH401", "blank-line", "layout", "Blank lines were removed.", "a / (blank) / b -> a / b"),
    Rule(
        "ZH402",
        "whitespace",
        "layout",
        "Leading/trailing whitespace was removed; a run of inner whitespace became one space.",
        "\u3000\u3000正文  继续 -> 正文 继续",
    ),
    Rule(
        "ZH403",
        "rejoin",
        "layout",
        "A paragraph broken in the middle of a sentence was rejoined.",
        "促百 / 分百达标 -> 促百分百达标",
    ),
    Rule(
        "ZH404",
        "bracket-join",
        "layout",
        "Fragments inside an unclosed parenthesis were joined with one space.",
        "(邓志强 / 易 / 松) -> (邓志强 易 松)",
    ),
    # --- script ------------------------------------------------------------------------
    Rule(
        "ZH501",
        "script-convert",
        "script",
        "The text was converted to the target script with OpenCC.",
        "歷史經驗 -> 历史经验",
    ),
    # --- finish ------------------------------------------------------------------------
    Rule("ZH601", "unicode-nfc", "finish", "The text was normalized to NFC.", "e\u0301 -> é"),
    Rule(
        "ZH602",
        "final-newline",
        "finish",
        "The file ends with exactly one newline.",
        "正文 -> 正文\\n",
    ),
    # --- file level --------------------------------------------------------------------
    Rule(
        "ZH901",
        "binary-file",
        "file",
        "The file is not text (NUL bytes or a known binary signature); it was skipped.",
        "PNG image -> skipped",
        reports_only=True,
    ),
    Rule(
        "ZH902",
        "undecodable",
        "file",
        "No candidate encoding decodes the bytes; no output was written.",
        "random bytes -> error",
        reports_only=True,
    ),
    Rule(
        "ZH903",
        "empty-file",
        "file",
        "The file is empty; it was skipped.",
        "0 bytes -> skipped",
        reports_only=True,
    ),
    Rule(
        "ZH904",
        "unreadable",
        "file",
        "The path could not be read (missing, permission denied, a folder).",
        "missing.txt -> error",
        reports_only=True,
    ),
    Rule(
        "ZH905",
        "dropped",
        "file",
        "Nothing of the author's text was left; an empty file was written.",
        "a page of menus -> (empty file)",
        reports_only=True,
    ),
    Rule(
        "ZH906",
        "time-budget",
        "file",
        "Cleaning the file took longer than its time budget (Config.time_budget); no output.",
        "a 1 GB one-line file with a 60 s budget -> error",
        reports_only=True,
    ),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in _RULES}


MARKDOWN_HEADER = "| code | name | stage | what it does |\n|---|---|---|---|\n"


def markdown_table() -> str:
    """The registry as the README's rules table (``zhclean rules --format markdown``).

    >>> markdown_table().splitlines()[2]
    '| ZH101 | bom-removed | decode | A byte-order mark was removed. |'
    """

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    rows = (
        f"| {rule.code} | {cell(rule.name)} | {rule.stage} | {cell(rule.description)} |\n"
        for rule in _RULES
    )
    return MARKDOWN_HEADER + "".join(rows)


def resolve(selector: str) -> list[str]:
    """Codes matched by a selector: a code, a code prefix (``ZH3``), a rule name, or ``ALL``.

    Raises ``KeyError`` for a selector that matches nothing, so a typo is an error,
    not a silent no-op.
    """
    token = selector.strip()
    if token.upper() == "ALL":
        return list(RULES)
    if token in RULES_BY_NAME:
        return [RULES_BY_NAME[token].code]
    upper = token.upper()
    matched = [code for code in RULES if code.startswith(upper)]
    if not matched:
        raise KeyError(selector)
    return matched


def select_codes(select: Iterable[str] | None, ignore: Iterable[str] | None) -> frozenset[str]:
    """The enabled codes for a ``--select``/``--ignore`` pair (ruff's semantics)."""
    enabled: set[str] = set(RULES)
    if select:
        enabled = set()
        for token in select:
            enabled.update(resolve(token))
    for token in ignore or ():
        enabled.difference_update(resolve(token))
    # Rules that only report can't be turned off: they describe the file, not a change.
    enabled.update(code for code, rule in RULES.items() if rule.reports_only)
    return frozenset(enabled)
