"""Stage 3, garble: what converter sites and broken scrapers put inside lines.

Every fix keeps the text around it:

    >>> from zhclean.report import Report
    >>> garble("歷史經(jīng)驗,。", Report(), lambda code: True)
    '歷史經驗。'
    >>> garble("北京(Beijing)学校(园)", Report(), lambda code: True)
    '北京(Beijing)学校(园)'
    >>> garble("正文&nbsp;继续<br/>。", Report(), lambda code: True)
    '正文\\xa0继续。'
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from ..chardata import HAN_CLASS
from ..report import Report

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# --- invisible and control characters -------------------------------------------------
# Zero-width space/joiners, word joiner, BOM inside text, soft hyphen, LTR/RTL marks.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad\u180e\u2061-\u2064]")
# ZWJ is kept between emoji (it builds family and flag sequences).
ZWJ_RE = re.compile(
    "(?<![\U0001f000-\U0001faff\u2600-\u27bf])\u200d|\u200d(?![\U0001f000-\U0001faff\u2600-\u27bf])"
)
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# --- HTML entities -------------------------------------------------------------------------
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

# --- markup ----------------------------------------------------------------------------------
# A whole comment is found by :func:`_comments` with two ``str.find`` calls, not by a regex:
# ``<!--.*?-->`` would scan to the line's end from every unclosed ``<!--`` (quadratic).
TAG_RE = re.compile(
    # "<\/p>": a closing tag escaped inside a script's string, printed as it was.
    r"<(?:/|\\/)?(?:a|abbr|b|br|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|section|span|strong|sub|sup|table|"
    r"tbody|td|th|thead|tr|u|ul|center|iframe|input|label|link|meta|nav|article|header|footer|"
    r"figure|figcaption|blockquote|code|dd|dl|dt|form|button|select|option|textarea|video|audio|"
    r"source|style|script|noscript|title|body|html|head)\b[^<>\n]*>",
    re.I,
)
# The rest of HTML's elements, current and obsolete, which a hacked or a scraped page prints as
# text too ("<menuitem id="w6w9l"> </menuitem>", "<object …><tt …>"): with their attributes in
# HTML's own syntax only, so that words in angle brackets ("<map of the city>") stay.
OTHER_ELEMENTS = [
    "acronym",
    "address",
    "applet",
    "area",
    "aside",
    "base",
    "basefont",
    "bdi",
    "bdo",
    "big",
    "blink",
    "canvas",
    "caption",
    "cite",
    "col",
    "colgroup",
    "data",
    "datalist",
    "del",
    "details",
    "dfn",
    "dialog",
    "dir",
    "embed",
    "fieldset",
    "frame",
    "frameset",
    "hgroup",
    "ins",
    "kbd",
    "keygen",
    "legend",
    "main",
    "map",
    "mark",
    "marquee",
    "menu",
    "menuitem",
    "meter",
    "nobr",
    "noembed",
    "noframes",
    "object",
    "optgroup",
    "output",
    "param",
    "picture",
    "progress",
    "q",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "search",
    "slot",
    "small",
    "strike",
    "summary",
    "svg",
    "template",
    "tfoot",
    "time",
    "track",
    "tt",
    "var",
    "wbr",
    "xmp",
]
_ATTR_VALUE = r"""\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>=`]+)"""
_ATTR = rf"\s+[A-Za-z_:][\w:.-]*(?:{_ATTR_VALUE})?"
ELEMENT_RE = re.compile(
    # In lower case, as pages write their tags: code's types in angle brackets are capitalised
    # ("List<Data>", "Map<String, List<Map>>"). Bare ("<tt>", "</tt>") or with attributes of
    # which one at least has its value: a run of bare words ("<small and big>") is no tag.
    rf"</?({'|'.join(OTHER_ELEMENTS)})"
    rf"((?:{_ATTR}){{0,16}}\s+[A-Za-z_:][\w:.-]*{_ATTR_VALUE}(?:{_ATTR}){{0,16}})?\s*/?>"
)
# Elements with no content and no closing tag: bare, they are tags alone ("<wbr>").
VOID_ELEMENTS = frozenset(
    {"area", "base", "basefont", "col", "embed", "keygen", "param", "track", "wbr"}
)


def _other_elements(line: str) -> tuple[str, int]:
    """Tags of the rest of HTML's elements. A bare one is a tag only when the line closes it
    too, or when it is void: "<mark>重点</mark>" is markup, "vector<map> m;" is code."""

    def tag(found: re.Match[str]) -> str:
        name, attributes = found.group(1), found.group(2)
        if attributes or name in VOID_ELEMENTS:
            return ""
        closed = f"</{name}>" in line
        opened = f"<{name}>" in line or f"<{name} " in line
        return "" if closed and opened else found.group()

    count = 0

    def counted(found: re.Match[str]) -> str:
        nonlocal count
        replaced = tag(found)
        count += replaced != found.group()
        return replaced

    return ELEMENT_RE.sub(counted, line), count


# A closing tag whose "<" a scraper cut off: "…新房存量也越来越少了 ? ！?/p>". Only after
# no letter, digit or slash, so that paths and fractions ("a/b>c") stay.
HEADLESS_TAG_RE = re.compile(
    r"(?<![A-Za-z0-9<\\/])/(?:a|b|div|em|font|h[1-6]|li|p|span|strong|td|tr|ul)>", re.I
)
# A comment opener or closer whose partner was cut off.
STRAY_COMMENT_RE = re.compile(r"<!--|-->")
# An attribute tail of a tag whose start was lost: ...x.html" target="_blank">
# The URL run before the quote may only start where a run starts (the lookbehind): tried
# from every character of a long run, each try would rescan the run to its end (quadratic
# on a long URL or an unclosed base64 ``<img``). "https://" and "www." are in the class.
# At most 16 attributes: a long chain that never reaches its ``>`` is no tail, and each
# quote of it would otherwise rescan the rest of the chain.
URL_CHARS = r"A-Za-z0-9:/?&=._%#;~+\-"
ATTR_TAIL_RE = re.compile(
    rf"(?<![{URL_CHARS}])[{URL_CHARS}]*\"(?:\s+[A-Za-z-]+\s*=\s*\"[^\"<>\n]*\"){{1,16}}\s*/?>"
)

# --- script calls ----------------------------------------------------------------------------
SCRIPT_CALL_RE = re.compile(
    r"document\.write(?:ln)?\s*\(\s*(?:'[^'\n]*(?:'|$)|\"[^\"\n]*(?:\"|$))\s*\)?\s*;?", re.M
)

# --- pinyin glosses --------------------------------------------------------------------------
TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# One syllable per character, after one to four characters: "經(jīng)", "學習（xué xí）";
# tones as marks or as digits ("jing1").
SYLLABLE = f"[a-z{TONE_LETTERS}:]{{1,7}}[1-5]?"
# Syllables part with any one space: the first clean sees "(yàn\u3000yù)" as a second sees it.
GLOSS_RE = re.compile(
    f"([{HAN_CLASS}]{{1,4}})[(（]({SYLLABLE}(?:[ \u3000\u00a0]{SYLLABLE}){{0,3}})[)）]"
)
SYLLABLE_SPACE_RE = re.compile("[ \u3000\u00a0]")
# The glosses of a text counted from their brackets: each match of GLOSS_RE is one of these
# (its ideographs stand right before its bracket), found by a scan for the bracket instead of
# an attempt at every ideograph.
GLOSS_COUNT_RE = re.compile(
    f"[(（](?<=[{HAN_CLASS}][(（])(?:{SYLLABLE}(?:[ \u3000\u00a0]{SYLLABLE}){{0,3}})[)）]"
)

# --- injected commas -------------------------------------------------------------------------
# An ASCII '?' between ideographs is a character a lossy conversion lost ("大受欢迎，?久不衰"),
# not the end of a question.
INJECTED_COMMA_RE = re.compile(f"[,，](?=[,，。、；;！!？：:]|\\?(?![{HAN_CLASS}]))")


def _plain_pinyin(syllable: str) -> str:
    """'jīng' -> 'jing', 'lǜ' -> 'lv': the forms pypinyin's NORMAL style gives."""
    syllable = syllable.rstrip("12345").replace("ü", "v").replace("u:", "v")
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


@lru_cache(maxsize=20000)
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin  # imported lazily: most texts have no glosses

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = {r.replace("ü", "v") for group in found for r in group}
    return frozenset(readings)


@lru_cache(maxsize=20000)
def is_reading(char: str, gloss: str) -> bool:
    """Is ``gloss`` a pinyin reading of ``char``?

    >>> is_reading("經", "jīng"), is_reading("京", "beijing")
    (True, False)
    """
    plain = _plain_pinyin(gloss.lower())
    readings = _readings(char)
    if plain in readings:
        return True
    # Converter sites drop erhua and write 'v' or 'u' for ü.
    return plain.replace("v", "u") in {r.replace("v", "u") for r in readings}


def _strip_glosses(line: str, words: bool = True) -> tuple[str, int]:
    """Glosses that read the characters before them, one syllable each. ``words``: a word's
    reading too ("學習（xué xí）"); on a page with no other gloss, a reading of a rare word
    ("滟滪(yàn yù)") is the author's note, not a converter's doing."""
    removed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal removed
        chars, syllables = match.group(1), SYLLABLE_SPACE_RE.split(match.group(2))
        if len(syllables) > 1 and not words:
            return match.group(0)
        if not words and _note_headword(line, match):
            return match.group(0)  # "棹（zhào）：船桨": a note's headword with its reading
        # The gloss reads the last characters, one syllable each.
        if len(syllables) <= len(chars) and all(
            is_reading(char, syllable)
            for char, syllable in zip(chars[-len(syllables) :], syllables, strict=True)
        ):
            removed += 1
            return chars
        return match.group(0)

    return GLOSS_RE.sub(replace, line), removed


def _note_headword(line: str, match: re.Match[str]) -> bool:
    """Does the gloss read the headword a note opens with, before its colon ("棹（zhào）：
    船桨，这里代指船。")? An author's notes gloss their headwords so; a converter glosses
    words inside the sentence, and everywhere."""
    return not line[: match.start()].strip() and line[match.end() : match.end() + 1] in ":："


def _controls(line: str) -> tuple[str, int]:
    return CONTROL_RE.subn("", line)


def _invisibles(line: str) -> tuple[str, int]:
    line, n = INVISIBLE_RE.subn("", line)
    line, m = ZWJ_RE.subn("", line)
    return line, n + m


def _entities(line: str) -> tuple[str, int]:
    count = 0

    def unescape(match: re.Match[str]) -> str:
        nonlocal count
        decoded = html.unescape(match.group(0))
        count += decoded != match.group(0)
        # A line break inside a line (&#13;, &#10;) is white space in HTML: a bare CR left in
        # the line would split it on the next clean.
        return " " if decoded in ("\r", "\n", "\r\n") else decoded

    return ENTITY_RE.sub(unescape, line), count


def _comments(line: str) -> tuple[str, int]:
    """Remove ``<!-- ... -->`` comments in one left-to-right scan.

    >>> _comments("正<!-- a -->文<!--b-->。<!-- open")
    ('正文。<!-- open', 2)
    """
    start = line.find("<!--")
    if start < 0:
        return line, 0
    parts: list[str] = []
    done = count = 0
    while start >= 0:
        end = line.find("-->", start + 4)
        if end < 0:
            break  # no closer after this opener: none after any later one either
        parts.append(line[done:start])
        done = end + 3
        count += 1
        start = line.find("<!--", done)
    if not count:
        return line, 0
    parts.append(line[done:])
    return "".join(parts), count


def _markup(line: str) -> tuple[str, int]:
    line, total = _comments(line)
    line, n = _other_elements(line)
    total += n
    for pattern in (TAG_RE, ATTR_TAIL_RE, HEADLESS_TAG_RE, STRAY_COMMENT_RE):
        line, n = pattern.subn("", line)
        total += n
    return line, total


def _script_calls(line: str) -> tuple[str, int]:
    return SCRIPT_CALL_RE.subn("", line)


def _commas(line: str) -> tuple[str, int]:
    return INJECTED_COMMA_RE.subn("", line)


# --- a wiki's edit links ------------------------------------------------------------------
# A heading's link "[编辑]" left at its end by a scraper ("历史沿革[编辑]" -> "历史沿革"); the
# words are data (edit_links in boilerplate.toml).
HEADING_MAX = 40


# The edit links' pattern per word lists (the run's --rules files may add words), built once
# for each; a run has one, a long-lived process a few.
_EDIT_LINK_RES: dict[int, tuple[Lexicon, re.Pattern[str]]] = {}


def _edit_link_re(lexicon: Lexicon | None = None) -> re.Pattern[str]:
    from ..lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    found = _EDIT_LINK_RES.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        words = sorted(lexicon.lists["edit_links"], key=len, reverse=True)
        alternatives = "|".join(re.escape(word) for word in words) or "(?!)"
        pattern = re.compile(rf"\s?[\[【](?:{alternatives})[\]】]\s*$", re.IGNORECASE)
        if len(_EDIT_LINK_RES) >= EDIT_LINK_RES_MAX:
            _EDIT_LINK_RES.clear()
        found = _EDIT_LINK_RES[id(lexicon)] = (lexicon, pattern)
    return found[1]


EDIT_LINK_RES_MAX = 8


def _edit_links(line: str, pattern: re.Pattern[str] | None = None) -> tuple[str, int]:
    if len(line) > HEADING_MAX:
        return line, 0  # a heading is short; a sentence that names "[编辑]" is the author's
    kept, count = (pattern or _edit_link_re()).subn("", line)
    return (kept, count) if kept.strip() else (line, 0)


def _wiki_headings(text: str, pattern: re.Pattern[str] | None = None) -> bool:
    """Do two headings or more end with an edit link? A wiki page has one a section; a help
    page's "点击[编辑]" stands once, and stays."""
    if "[" not in text and "【" not in text:
        return False
    pattern = pattern or _edit_link_re()
    found = 0
    for line in text.split("\n"):
        if len(line) <= HEADING_MAX and pattern.search(line):
            found += 1
            if found >= 2:
                return True
    return False


# (rule, substrings one of which must be in the line for the step to run, step), in order:
# invisible characters first (they hide inside glosses and entities), commas last (a
# gloss removed can leave "經驗,。").
STEPS: tuple[tuple[str, tuple[str, ...], Callable[[str], tuple[str, int]]], ...] = (
    ("ZH207", (), _controls),
    ("ZH206", (), _invisibles),
    ("ZH203", ("&",), _entities),
    ("ZH204", ("<", ">"), _markup),
    ("ZH205", ("document.write",), _script_calls),
    ("ZH201", ("(", "（"), _strip_glosses),
    ("ZH202", (",", "，"), _commas),
    ("ZH208", ("[", "【"), _edit_links),
)


# Glosses on a page that show a converter's hand (then a word's gloss goes too), counted in
# its first characters.
CONVERTER_GLOSSES = 2
GLOSS_SCAN = 200_000

# At most this many rounds of the steps on one line (nesting deeper than this is left).
ROUNDS = 8

# Anything one of the steps could change: a line (or a text) with no match is left alone.
GATE_RE = re.compile(
    "|".join(
        [
            CONTROL_RE.pattern,
            INVISIBLE_RE.pattern,
            "\u200d",
            "[&<>]",
            "document\\.write",
            f"[(（][a-z{TONE_LETTERS}]",
            INJECTED_COMMA_RE.pattern,
            "[\\]】][ \\t]*(?:\\n|$)",
        ]
    )
)


# GATE_RE asked as its parts, each a scan that starts from a class of characters or a
# literal, which ``re`` runs in C from one candidate place to the next; the alternation as
# one pattern is tried at every character of the text (four times slower on clean text).
_GATE_PARTS = (
    re.compile("[" + CONTROL_RE.pattern[1:-1] + INVISIBLE_RE.pattern[1:-1] + "\u200d&<>]").search,
    re.compile("document\\.write").search,
    re.compile(f"[(（][a-z{TONE_LETTERS}]").search,
    INJECTED_COMMA_RE.search,
    re.compile("[\\]】][ \\t]*(?:\\n|$)").search,
)


def may_garble(text: str) -> bool:
    """``GATE_RE.search(text)``, sooner: could any step change ``text``?

    >>> may_garble("正文。"), may_garble("正文&nbsp;"), may_garble("好,。"), may_garble("历史[编辑]")
    (False, True, True, True)
    """
    if len(text) < SHORT_TEXT:
        return bool(GATE_RE.search(text))  # one call costs less than five on a short text
    return any(search(text) for search in _GATE_PARTS)


SHORT_TEXT = 256


# --- doubled text ----------------------------------------------------------------------------
# A line that is one text twice, glued or parted by one space: a scraper printed an image's alt
# text and its caption, or a link's title and its text. Only a text long enough and varied
# enough to be no author's repetition ("哈哈哈哈", "加油加油").
DOUBLED_HALF_MIN = 8
DOUBLED_DISTINCT_MIN = 5
# A caption, a title, a link's text: a short line. A long one printed over and over is a
# flood, for the boilerplate stage, and a streamed block of it must read as the whole does.
DOUBLED_LINE_MAX = 400


def doubled_half(line: str) -> str | None:
    """The text ``line`` prints twice, or None.

    >>> doubled_half("陈水扁用非法所得在美国购买的房产陈水扁用非法所得在美国购买的房产")
    '陈水扁用非法所得在美国购买的房产'
    >>> doubled_half("哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈") is None
    True
    """
    size = len(line)
    if not 2 * DOUBLED_HALF_MIN <= size <= DOUBLED_LINE_MAX:
        return None
    half = size // 2
    if size % 2 == 0:
        first, second = line[:half], line[half:]
    elif line[half] == " ":
        first, second = line[:half], line[half + 1 :]
    else:
        return None
    if first != second or len(set(first)) < DOUBLED_DISTINCT_MIN or first.strip() != first:
        return None
    return first


def undouble(text: str, report: Report, on: Callable[[str], bool]) -> str:
    """Print once each line that prints one text twice (ZH209), on lines as the other garble
    steps and :func:`~zhclean.stages.layout.fold_space` leave them ("…散步。…散步。<br>" is a
    doubled line once its tag is gone): when the text is tidied, and again on the paragraphs
    the layout rejoined (two halves of a caption on two lines)."""
    return _doubled_lines(text, report) if on("ZH209") else text


def _doubled_lines(text: str, report: Report) -> str:
    """Print once each line that prints one text twice (ZH209)."""
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if not 2 * DOUBLED_HALF_MIN <= len(line) <= 2 * DOUBLED_LINE_MAX:
            continue
        # Whitespace is folded already (fold_space): only a line's indentation is left.
        half = doubled_half(line.strip(" \u3000"))
        while half is not None and (again := doubled_half(half)) is not None:
            half = again  # printed four times: once (a second clean would halve it again)
        if half is not None:
            report.add("ZH209", line=i + 1, before=line, after=half)
            lines[i] = half
            changed = True
    return "\n".join(lines) if changed else text


def garble(
    text: str, report: Report, on: Callable[[str], bool], lexicon: Lexicon | None = None
) -> str:
    if not may_garble(text):
        return text  # the common case: a few scans of the text
    lines = text.split("\n")
    wiki: bool | None = None  # do the headings end with edit links? Asked once, if ever
    edit_links: re.Pattern[str] | None = None  # their pattern, from the run's word lists
    glossed: bool | None = None  # does the page hold glosses throughout? Asked once, if ever
    for i, line in enumerate(lines):
        if not line or not may_garble(line):
            continue
        report.check_time()
        # One step can make work for another, an earlier one included: an entity decodes to
        # a soft hyphen or to another entity ("&amp;nbsp;"), a removed tag joins the halves
        # of another ("<<br>br>"). The steps go round until the line holds still, so that
        # a second clean finds nothing to do (a few rounds; each one shortens the line).
        for _ in range(ROUNDS):
            before = line
            for code, needs, step in STEPS:
                if needs and not any(n in line for n in needs):
                    continue
                if not on(code):
                    continue
                if code == "ZH208":
                    if wiki is None:
                        edit_links = _edit_link_re(lexicon)
                        wiki = _wiki_headings(text, edit_links)
                    if not wiki:
                        continue
                if code == "ZH201":
                    if glossed is None:  # a converter glosses throughout; an author, a word
                        found = GLOSS_COUNT_RE.finditer(text, 0, GLOSS_SCAN)  # a few only
                        glossed = (
                            sum(1 for _ in islice(found, CONVERTER_GLOSSES)) >= CONVERTER_GLOSSES
                        )
                    fixed, count = _strip_glosses(line, glossed)
                elif code == "ZH208":
                    fixed, count = _edit_links(line, edit_links)
                else:
                    fixed, count = step(line)
                if count:
                    if fixed.strip():
                        report.add(code, count=count, line=i + 1, before=line, after=fixed)
                    else:  # nothing left of the line: report it as a removed line
                        report.add(code, count=count, line=i + 1, text=lines[i])
                    line = fixed
            if line == before or not may_garble(line):
                break
        lines[i] = line
    return "\n".join(lines)
