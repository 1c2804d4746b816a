"""Stage 6, script: Traditional or Simplified? Convert with OpenCC only when needed.

    >>> detect_script("歷史經驗豐富")
    'traditional'
    >>> detect_script("历史经验丰富")
    'simplified'
    >>> convert("歷史經驗", "t2s")
    '历史经验'

Detection converts a sample of the ideographs both ways and counts what
changes: a Simplified text is (nearly) a fixed point of t2s, a Traditional
one of s2t. A document already in the target script is left alone, character
for character; otherwise the result is exactly OpenCC's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from operator import ne

from ..cache import cached, opencc_stamp, source_of
from ..chardata import HAN_RE, class_ranges, convert, han_count, han_only
from ..report import Report

SAMPLE = 1500  # ideographs looked at: plenty to tell the scripts apart


def _differences(a: str, b: str) -> int:
    """Positions where two strings differ (map runs in C; a generator would not)."""
    return sum(map(ne, a, b))


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    """The ideographs that t2s changes on their own, as one class (built once from OpenCC,
    and kept in the disk cache: a cold start on a Simplified page then loads no OpenCC)."""
    body = cached("traditional", (source_of(__file__), opencc_stamp()), _traditional_class)
    return re.compile(f"[{body}]")


def _traditional_class() -> str:
    chars = [chr(code) for code in range(0x4E00, 0xA000)] + [
        chr(code) for code in range(0x3400, 0x4DC0)
    ]
    converted = convert("\n".join(chars), "t2s").split("\n")
    if len(converted) != len(chars):  # never expected; then every text goes to OpenCC
        return "\u3400-\u9fff"
    changed = sorted(ord(a) for a, b in zip(chars, converted, strict=True) if a != b)
    return class_ranges(changed)


def traditional_chars() -> re.Pattern[str]:
    """A class of the characters OpenCC's t2s changes (built once from OpenCC itself)."""
    return _traditional_re()


def detect_script(text: str) -> str:
    """'simplified', 'traditional', 'mixed' or 'none' (no ideographs).

    One t2s pass over a sample: a Simplified text is (nearly) a fixed point of it,
    a Traditional one changes in a fifth or more of its characters.
    """
    # The sample's ideographs are some of the characters of the text's start: where that
    # start holds fewer than two characters t2s changes, so do they (the common case,
    # settled by one scan of a class, without building the sample).
    trad = _traditional_re().search
    first = trad(text, 0, SAMPLE * 3)
    if first is None or trad(text, first.end(), SAMPLE * 3) is None:
        return "simplified" if HAN_RE.search(text, 0, SAMPLE * 3) else "none"
    han = han_only(text[: SAMPLE * 3])[:SAMPLE]
    if not han:
        return "none"
    if len(_traditional_re().findall(han, 0, SAMPLE)) < 2:
        return "simplified"  # no OpenCC call, one scan of a class
    simplified = convert(han, "t2s")
    if simplified == han:
        return "simplified"  # the common case, settled by one comparison
    to_simplified = _differences(han, simplified)
    if to_simplified < 2 or to_simplified / len(han) < 0.01:
        return "simplified"  # including script-neutral text: t2s would not touch it
    # Ambiguous: weigh it against what s2t would change (the Simplified-only characters).
    to_traditional = _differences(han, convert(han, "s2t"))
    if to_simplified >= 2 * to_traditional and to_simplified / len(han) >= 0.02:
        return "traditional"
    if to_traditional >= 2 * to_simplified:
        return "simplified"
    return "mixed"


def detected_alike(a: str, b: str) -> bool:
    """Does :func:`detect_script` certainly say the same of ``a`` and ``b``? It reads only a
    text's first ``SAMPLE * 3`` characters, and only their ideographs: texts alike there (or
    short, and alike but for white space at the end, as layout leaves a text) are judged alike.

        >>> detected_alike("正文。\\n", "正文。"), detected_alike("正文", "正")
        (True, False)
    """
    limit = SAMPLE * 3
    if a[:limit] == b[:limit]:
        return True
    return len(a) < limit and len(b) < limit and a.rstrip() == b.rstrip()


def script(
    text: str,
    report: Report,
    on: Callable[[str], bool],
    opencc_config: str | None,
    target: str | None,
    script_hint: str | None = None,
) -> tuple[str, str, str]:
    """Returns (text, script before, script after).

    ``script_hint`` is the script decided for the whole document (a streamed file's
    blocks all follow the decision made on its start).
    """
    before = script_hint or detect_script(text)
    if opencc_config is None or before in ("none", target) or not on("ZH501"):
        return text, before, before
    if before == "mixed" and target == "simplified":
        # A Simplified page quoting Traditional names stays as it is; a paragraph written
        # in Traditional inside it is converted on its own.
        converted = _convert_traditional_paragraphs(text, opencc_config)
        changed = _differences(text, converted) + abs(len(text) - len(converted))
        if changed:
            report.add("ZH501", count=changed, before=opencc_config)
        return converted, before, before
    converted = convert(text, opencc_config)
    changed = _differences(text, converted) + abs(len(text) - len(converted))
    if changed:
        report.add("ZH501", count=changed, before=opencc_config)
    return converted, before, target or before


def script_aside(
    text: str,
    on: Callable[[str], bool],
    opencc_config: str | None,
    target: str | None,
    decided: str | None,
) -> str:
    """A document's text kept aside from its body (a page's ``<title>``), in the script its
    body is written in: converted as the body was (``decided``: the body's script; with
    no ideographs in the body, the text's own). A short title cannot be judged alone: one
    Traditional character (公園) reads as Simplified.

        >>> script_aside("公園改造完工", lambda code: True, "t2s", "simplified", "traditional")
        '公园改造完工'
        >>> script_aside("公園", lambda code: True, "t2s", "simplified", "simplified")
        '公園'
    """
    before = decided if decided not in (None, "none") else detect_script(text)
    converted, _, _ = script(text, Report(), on, opencc_config, target, before)
    return converted


# A paragraph, not a quoted name: this many ideographs before a line of a mixed page is
# judged on its own.
PARAGRAPH_HAN = 20


def _convert_traditional_paragraphs(text: str, config: str) -> str:
    """Convert the lines of a mixed page that are themselves Traditional.

    >>> page = ["简体的段落，介绍《聯合報》的历史。", "這是一段用繁體字寫成的段落，講述資訊科技快速發展的今天。"]
    >>> _convert_traditional_paragraphs("\\n".join(page), "t2s").split("\\n")
    ['简体的段落，介绍《聯合報》的历史。', '这是一段用繁体字写成的段落，讲述资讯科技快速发展的今天。']
    >>> _convert_traditional_paragraphs("加入東海\\n简体的段落", "t2s")
    '加入东海\\n简体的段落'

    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        han = han_count(line)
        if han >= PARAGRAPH_HAN:
            if _written_in_traditional(line, config):
                lines[i] = convert(line, config)
            continue
        if han < SHORT_FIELD_HAN:
            continue
        latin = sum(ch.isascii() and ch.isalpha() for ch in ADDRESS_RE.sub("", line))
        if (
            (han >= SHORT_LINE_HAN or not latin)
            and han >= latin
            and _traditional_only(line, config)
        ):
            lines[i] = convert(line, config)
    return "\n".join(lines)


# A short line of a mixed page (a heading, a list's item) is converted when it holds
# Traditional characters and no Simplified-only one, and more ideographs than Latin
# letters (two are enough in a line with no Latin letter, a field's label): "加入東海",
# "手 機：13668587999", "電 話：0917-8583501". A name quoted in a line of pinyin or English
# ("Zhi Neng Xiang Nian Ni (只能想念你 - 蕭敬騰)") stays.
SHORT_LINE_HAN = 4
# A field's label of two ideographs with no Latin letter in its line: "電 話：0917-8583501".
SHORT_FIELD_HAN = 2
# An e-mail or web address in a field's value: its letters are no words of the line.
ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


def _written_in_traditional(line: str, config: str) -> bool:
    """A paragraph written in Traditional: detected so, or, on a page a variant converter
    left half done ("中國是涵蓋亞歐大陸…在汉语的傳統觀念…"), with as many Traditional-only
    characters as Simplified-only ones, three at least. A Simplified paragraph quoting a
    Traditional name ("介绍《聯合報》的历史") has far fewer.

        >>> _written_in_traditional("中國是涵蓋亞歐大陸東部廣大面積的地域，在汉语的傳統觀念里", "t2s")
        True
        >>> _written_in_traditional("简体的段落，介绍《聯合報》的历史和它的读者们。", "t2s")
        False
    """
    verdict = detect_script(line)
    if verdict != "mixed":
        return verdict == "traditional"
    to_simplified = _differences(line, convert(line, config))
    return to_simplified >= MIXED_TRADITIONAL_MIN and to_simplified >= _differences(
        line, convert(line, "s2t")
    )


MIXED_TRADITIONAL_MIN = 3


def _traditional_only(line: str, config: str) -> bool:
    if not _traditional_re().search(line):
        return False
    to_simplified = _differences(line, convert(line, config))
    return to_simplified >= 1 and _differences(line, convert(line, "s2t")) == 0
