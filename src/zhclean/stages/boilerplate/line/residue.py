"""Residue on one line: separators, template leftovers, user patterns, end marks.

>>> from zhclean.lexicon import load_lexicon
>>> from .classifier import classifier
>>> c = classifier(load_lexicon())
>>> separator(c, Item(1, "=====", "=====")), cms_residue(c, Item(1, "12 ]", "12 ]"))
(('ZH311', 2), ('ZH313', 2))
>>> cms_residue(c, Item(1, "第（1）条", "第(1)条")) is None
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ....chardata import CHART_STROKES_RE, is_drawing
from ....lexicon import per_lexicon
from ..features import STRONG, WEAK, Item
from ..registry import Verdict, detector
from ..shapes import (
    BRACKET_RESIDUE_RE,
    CLOSE_BUTTONS,
    CMS_RE,
    END_MARK_RE,
    ESCAPE_RE,
    ESCAPED_WIDGET_MAX,
    LONG_NUMBER_RE,
    PLACEHOLDER_LINE_RE,
    PLACEHOLDER_VALUE_RE,
    SEPARATOR_CHARS_RE,
    squash,
)

if TYPE_CHECKING:
    from .classifier import Classifier

PLACEHOLDER_FIELD_MAX = 60
BOILERPLATE_CODES = tuple(f"ZH3{n:02d}" for n in range(1, 18))


@detector("ZH311")
def separator(c: Classifier, item: Item) -> Verdict | None:
    """A rule of one repeated symbol: '=====', '- - - -'; or a menu's lone bar: '|'."""
    text = item.text
    if text in LONE_BARS:
        return "ZH311", STRONG
    if (
        len(text) >= 3
        and SEPARATOR_CHARS_RE.match(text[0])
        and len(set(text.replace(" ", ""))) == 1
    ):
        return "ZH311", STRONG
    if is_drawing(text) and (len(text) >= 2 or CHART_STROKES_RE.search(text)):
        return "ZH311", STRONG  # a chart's frame or arrows: "┌───┼───┐", "↓　　↓"
    return None


@detector(*BOILERPLATE_CODES)
def user_pattern(c: Classifier, item: Item) -> Verdict | None:
    """A [[line_patterns]] entry of the word lists or a --rules file, with its own code."""
    for pattern in c.lex.patterns:
        if pattern.regex.search(item.text) or pattern.regex.search(item.key):
            return pattern.code, STRONG
    return None


@detector("ZH311")
def end_mark(c: Classifier, item: Item) -> Verdict | None:
    """A template's closing decoration: "END", "- END -" (the author's "（完）" stays)."""
    return ("ZH311", STRONG) if END_MARK_RE.match(item.key) else None


@detector("ZH313")
def placeholder(c: Classifier, item: Item) -> Verdict | None:
    """An embedded element's label alone on its line ("图片", "视频", a language code): what
    a scraper leaves of an image, a player or a search box."""
    key = item.key.strip()
    if len(key) > PLACEHOLDER_LINE_MAX:
        return None  # the usual line, settled by its length
    key = PLACEHOLDER_DRESS_RE.sub("", key)
    if key in c.lex.lists["placeholders"]:
        return "ZH313", STRONG
    # An element's label before its loading note: "视频加载中...", "图片载入中".
    found = c.lex.find("placeholders", key)
    return ("ZH313", STRONG) if len(found) == 2 and "".join(t for _, _, t in found) == key else None


PLACEHOLDER_LINE_MAX = 16  # "[视频]", "视频加载中...", "Loading...": a label and its dress
# What dresses a placeholder: its brackets ("[图片]", "【视频】") and a loading note's dots.
PLACEHOLDER_DRESS_RE = re.compile(r"^[\[【(（]\s?|\s?[\]】)）]$|[.。…]+$")


@detector("ZH313")
def cms_residue(c: Classifier, item: Item) -> Verdict | None:
    """Template residue: placeholders, CMS markers, widget brackets ("12 ]")."""
    key = item.key
    if CMS_RE.search(key) or (len(item.text) <= 80 and c.lex.contains("cms_markers", key)):
        return "ZH313", STRONG
    if len(item.text) > 80 and _opens_with_marker(c, key):
        return "ZH313", STRONG  # (a shorter line holding a marker went above)
    if (
        PLACEHOLDER_LINE_RE.match(key)
        or key in DUMPED_VALUES
        or (len(key) <= DUMPED_FIELD_MAX and key.rpartition(":")[2].strip() in DUMPED_VALUES)
    ):
        return "ZH313", STRONG  # "{title}", or a field's value a feed or script dumped: "false"
    if (
        len(key) <= PLACEHOLDER_FIELD_MAX
        and PLACEHOLDER_VALUE_RE.search(key)
        and all(set(run) == {"0"} for run in LONG_NUMBER_RE.findall(key))
    ):
        return "ZH313", STRONG  # "电话：010-00000000", "地址：xxxxxxxx": a field never filled in
    if "\\u" in key and len(squash(ESCAPE_RE.sub("", key))) <= ESCAPED_WIDGET_MAX:
        return "ZH313", STRONG  # a widget's label with its escaped arrow: "汉汉\u25bc▲"
    if len(key) <= 40 and BRACKET_RESIDUE_RE.match(key):
        if item.protected and key.strip(" )）]】") == "":
            return None  # "）" closing the bracket the line above left open: the author's
        return "ZH313", STRONG
    return None


# What parts a menu's items, left alone on a line once the items around it went.
LONE_BARS = frozenset({"|", "｜", "-", "/", "·", "•"})

# A data field's value a scraper dumped on its own line (from a feed's flags or a script's
# state): a literal of a program, never a line an author writes alone.
DUMPED_FIELD_MAX = 24  # "拒绝原因：null": a field whose value is a program's literal
DUMPED_VALUES = frozenset({"true", "false", "null", "undefined", "none", "nan", "[object object]"})

# An icon font's glyph: the Private Use Area, where web fonts put their icons (U+E671 for a
# share arrow). No script writes a word there.
ICON_GLYPH_RE = re.compile("[\ue000-\uf8ff]")
ICON_REST_RE = re.compile(r"^[\s\W\d_]*$")  # what may stand beside the icons: a count, marks


@detector("ZH313")
def icon_line(c: Classifier, item: Item) -> Verdict | None:
    """A line of icon-font glyphs and nothing else (" ", " 0"): a widget's buttons.

    >>> icon_line(None, Item(1, "\ue671", "\ue671"))
    ('ZH313', 2)
    """
    text = item.text
    if ICON_GLYPH_RE.search(text) and ICON_REST_RE.match(ICON_GLYPH_RE.sub("", text)):
        return "ZH313", STRONG
    if text.strip() in CLOSE_BUTTONS:
        return "ZH313", WEAK  # a dialog's close button; alone in a table it is a cell
    return None


@detector("ZH313")
def cms_in_paragraph(c: Classifier, item: Item) -> Verdict | None:
    """Template residue in a long line (the markers are certain at any length)."""
    return ("ZH313", STRONG) if CMS_RE.search(item.key) or _opens_with_marker(c, item.key) else None


# A style sheet's rule: selectors, then declarations in braces ("body { margin: 0; }",
# "#newstoptext { padding:3px 8px; text-align:left }").
# Each part bounded, and one colon's place fixed (the declarations' first): a long line of
# braces and colons costs no more than its length.
STYLE_RULE_RE = re.compile(
    r"[#.@*a-z][\w\s#.,:>*+~\-\[\]=\"'()]{0,120}\{[^{}:]{0,200}:[^{}]{0,400}\}"
)
STYLE_SHARE = 0.8  # of the line's characters that its rules cover
STYLE_RULES_MIN = 2


@detector("ZH313")
def style_rules(c: Classifier, item: Item) -> Verdict | None:
    """A page's style sheet left in its text, one rule or many on the line.

    >>> style_rules(None, Item(1, "body { MARGIN: 0 0 0 0; } #top { padding:3px; }",
    ...     "body { margin: 0 0 0 0; } #top { padding:3px; }"))
    ('ZH313', 2)
    """
    key = item.key
    if "{" not in key or ":" not in key:
        return None
    rules = [len(m.group()) for m in STYLE_RULE_RE.finditer(key)]
    if not rules or sum(rules) < STYLE_SHARE * len(key.strip()):
        return None
    # Two rules or more on one line are a page's style sheet; one alone may be a lesson's
    # example between its paragraphs ("p { color: red; }"), and goes only beside junk.
    return ("ZH313", STRONG) if len(rules) >= STYLE_RULES_MIN else ("ZH313", WEAK)


def _opens_with_marker(c: Classifier, key: str) -> bool:
    """A script left whole on its line, however long ("var _hmt = _hmt || []; (function() {…"):
    it opens with a marker (data: cms_markers), where a line about it opens with words. Asked
    of every paragraph: its first character settles nearly all of them without a search."""
    head = key[:40].lstrip()
    if head[:1] not in _marker_starts(c.lex):
        return False
    return any(start == 0 for start, _, _ in c.lex.find("cms_markers", head))


@per_lexicon
def _marker_starts(lex) -> frozenset[str]:
    return frozenset(term[0] for term in lex.terms("cms_markers") if term)


@detector("ZH301")
def ad_label(c: Classifier, item: Item) -> Verdict | None:
    """A line that is only an ad label: '广告', 'Sponsored', with the day it ran or not
    ('2024-04-11 广告', '2024-05-24 14:56:18 广告'), the label and a dot before the sponsor's
    name ('Ad•塔恩加：岛屿农场', '广告·某某保险'), or the label in brackets before the ad
    ('【广告】三个月突破雅思7分…')."""
    labels = c.lex.lists["ad_labels"]
    key = DATED_LABEL_RE.sub("", item.key)
    if key in labels:
        return "ZH301", STRONG
    head, dot, rest = _split_dot(key)
    if dot and rest.strip() and head.strip() in labels:
        return "ZH301", STRONG
    # The label in brackets before the ad's words: "【广告】三个月突破雅思7分…", "[推广] …".
    found = BRACKETED_LABEL_RE.match(key) if key[:1] in LABEL_BRACKETS else None
    return ("ZH301", STRONG) if found is not None and found.group(1) in labels else None


# Folded keys: "【" and "】" stay, full-width round and square brackets fold to ASCII.
LABEL_BRACKETS = frozenset("【[(")  # the first character settles most lines
BRACKETED_LABEL_RE = re.compile(r"^[【\[(]\s?([^】\])\s]{1,12})\s?[】\])]\s?\S")


DATED_LABEL_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)? ")
AD_DOT_RE = re.compile(r"\s?[•·]\s?")


def _split_dot(key: str) -> tuple[str, str, str]:
    """(before, dot, after) at the line's first dot, or (key, "", "")."""
    found = AD_DOT_RE.search(key)
    if found is None:
        return key, "", ""
    return key[: found.start()], found.group(), key[found.end() :]
