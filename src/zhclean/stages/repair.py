"""Stage 2, repair: undo byte-level mojibake (the families live in :mod:`zhclean.mojibake`).

    >>> from zhclean.report import Report
    >>> repair("ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡", Report(), lambda code: True)
    '我们终于成功了！'
    >>> repair("他说：“我们明天见！”", Report(), lambda code: True)   # clean text: untouched
    '他说：“我们明天见！”'

First the whole text (it may be encoded twice), when mojibake could be all of
it; then each line that a cheap check flags, whole or in spans inside good
text. A repair is kept only when it reads clearly more like Chinese. Lost
characters (U+FFFD, 锟斤拷, 烫烫烫) are counted (ZH120), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chardata import han_count, han_only, is_drawing, mojibake_trace_re, rare_han_re
from ..mojibake import (
    best_repair,
    ftfy_badness,
    ftfy_encoding,
    might_be_mojibake,
    repair_inside,
    score,
)
from ..report import Report

IRRECOVERABLE_RE = re.compile("锟斤拷|烫烫烫+|屯屯屯+|\ufffd")


# The first character of each IRRECOVERABLE_RE branch: a text with none of them has lost
# nothing, settled by four substring tests (the pattern's alternation is tried at every
# character).
LOST_FIRSTS = ("锟", "烫", "屯", "\ufffd")


def _may_have_lost(text: str) -> bool:
    return any(first in text for first in LOST_FIRSTS)


HIGH_RE = re.compile("[^\x00-\x7f]+")
LATIN1_RE = re.compile("[\u0080-\u00ff]+")


def _rare_han_share(text: str, limit: int = 3000) -> float:
    """Share of rare ideographs among the ideographs of the text's start."""
    han = han_only(text[:limit])
    if not han:
        return 0.0
    return 1 - len(rare_han_re().sub("", han)) / len(han)


def _latin_share(text: str, limit: int = 5000) -> float:
    """Share of Latin-1 letters among the non-ASCII characters."""
    high = "".join(HIGH_RE.findall(text[:limit]))
    return len("".join(LATIN1_RE.findall(high))) / len(high) if high else 0.0


def _code(path: list[str], code: str) -> str:
    """ZH112 for a repair that is ftfy's alone; else the family repair's own code."""
    return "ZH112" if path == ["ftfy"] else code


def _repair_line(line: str, use_ftfy: bool) -> tuple[str, list[str]]:
    """The better of a whole-line and a span repair: fewer lost characters first, then
    the score. ``(line, [])`` when neither applies."""
    fixed, path = best_repair(line, use_ftfy=use_ftfy)
    inside, inside_path = repair_inside(line, use_ftfy)
    if inside_path and (
        not path
        or (inside.count("\ufffd"), -score(inside)) < (fixed.count("\ufffd"), -score(fixed))
    ):
        return inside, inside_path
    if not path and use_ftfy and not han_count(line):
        # A line with no ideograph ("Le cafÃ© est fermÃ©"): the reading score weighs Chinese
        # text, so ftfy's own measure of Western mojibake decides.
        western = ftfy_encoding(line)
        if western != line and ftfy_badness(western) < ftfy_badness(line):
            return western, ["ftfy"]
    return fixed, path


# Rounds of repair on one line: a partial repair (ftfy's of one part, a span) can leave
# another run that the next round finds.
LINE_ROUNDS = 3


def _traced_lines(text: str) -> list[int]:
    """The indexes of the lines of ``text`` with a character a mojibake gate starts from (one
    scan of the text): only those can pass :func:`might_be_mojibake`, which takes glosses
    out and then looks for such characters."""
    trace = mojibake_trace_re().search
    found: list[int] = []
    index = start = 0
    while (match := trace(text, start)) is not None:
        index += text.count("\n", start, match.start())
        found.append(index)
        end = text.find("\n", match.start())
        if end < 0:
            break
        index += 1  # on from the next line
        start = end + 1
    return found


def _repair_lines(text: str, report: Report, on: Callable[[str], bool]) -> str:
    use_ftfy = on("ZH112")
    lines = text.split("\n")
    for i in _traced_lines(text):
        line = lines[i]
        # Until the line holds still, so that a second clean finds nothing more to repair.
        for _ in range(LINE_ROUNDS):
            if len(line.strip()) < 2 or is_drawing(line) or not might_be_mojibake(line):
                break  # (a chart drawn with box characters is the author's)
            report.check_time()
            fixed, path = _repair_line(line, use_ftfy)
            if not path or fixed == line or not on(_code(path, "ZH111")):
                break
            report.add(_code(path, "ZH111"), line=i + 1, before=line, after=fixed)
            report.families.update(path)
            line = lines[i] = fixed
    return "\n".join(lines)


def repair(text: str, report: Report, on: Callable[[str], bool], count_lost: bool = True) -> str:
    """Repair ``text``; ``count_lost`` False when the pipeline runs it again (after garble
    took out what split a run) and the lost characters were counted already."""
    # Until the text holds still: repaired lines change what the whole-text check sees
    # (a page whose other mojibake line is now good text), and a second clean must find
    # nothing more. Once more only when something was repaired.
    for _ in range(3):
        if not might_be_mojibake(text):
            break
        before = text
        # The whole text at once only when mojibake could be most of it; one bad
        # sentence in a good page is the line pass's business.
        whole = _latin_share(text) > 0.3 or _rare_han_share(text) > 0.25
        if whole and on("ZH110"):
            fixed, path = best_repair(text, use_ftfy=on("ZH112"))
            if path:
                report.add(_code(path, "ZH110"), before="+".join(path))
                report.families.update(path)
                text = fixed
        text = _repair_lines(text, report, on)
        if text == before:
            break
    lost = len(IRRECOVERABLE_RE.findall(text)) if count_lost and _may_have_lost(text) else 0
    if lost:
        report.add("ZH120", count=lost)
    return text
