"""Stage 4, boilerplate: whole lines the website added, found by shape, place and words.

The stage is a package of rooms; a new kind of junk goes in the room that
finds it:

- ``line/``: junk on its own line (metadata, navigation, link rows, residue, ads), one
  detector a function, each declaring its rule code;
- ``runs.py``: junk because of its neighbours (lists, blocks); ``weak.py``: weak
  lines next to strong ones; ``copies.py``: a line the page prints twice in a row;
- ``position.py``, ``above.py``, ``tail.py``, ``zones.py``: junk because of its
  place (the head, other headlines above the title, the tail, the zones beside
  known chrome), with ``body.py`` placing the article's body;
- ``menus.py``, ``entries.py``, ``feeds.py``, ``posts.py``: columns of labels,
  lists by their entries' shape, streams of other articles, a thread's furniture;
- ``contacts.py``: the site's contact lines below an article's closing credit;
- ``corpus.py``: junk across files (a site's template lines);
- ``dom.py`` and its helpers: a page read from HTML, whose structure is evidence;
- ``guards.py``, ``tables.py`` and ``replies.py``: what is never removed (bracket
  fragments, tables and data, records and filled fields, prose, a reply under its stamp,
  a comment beside its stamp, cited addresses);
- ``features.py``: each line's features, computed once; ``shapes.py`` and
  ``vocab.py``: the patterns, without and with word lists.

A *strong* verdict removes a line on its own; a *weak* one (a shop phrase, a
login word, one ad word) only next to a strong one, so an article that
mentions 下载 or 交易所 keeps its sentence.

    >>> from zhclean.report import Report
    >>> text = "标题\\n首页 > 新闻 > 正文\\n正文第一段。\\n上一篇:别的文章"
    >>> boilerplate(text, Report(), lambda code: True).split("\\n")
    ['标题', '正文第一段。']

Removed lines are reported with their input line number, text and detector.
"""

from __future__ import annotations

from collections.abc import Callable

from ...lexicon import Lexicon, fold, load_lexicon
from ...report import Report
from ..script import convert, detect_script, traditional_chars
from .document import Document
from .features import Item
from .shapes import WHITESPACE_RE, looks_like_prose

# Notices and ads are sentences by nature and need explicit phrases to be found: a
# warning there would be noise. Lists, teasers, chrome and repeats are checked.
QUIET_CODES = frozenset({"ZH301", "ZH302", "ZH315", "ZH305", "ZH314"})
EDGE_SPACE = " \t\u3000\u00a0"


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
    """Remove the lines the website added; report each with its code and detector."""
    lexicon = lexicon or load_lexicon()
    lines = text.split("\n")
    # Match every line on its Simplified reading: one word list serves both scripts, and a
    # line's verdict does not hang on the script the whole page was found to be in (a
    # second clean of a converted page must see the same words). Only lines with a
    # character t2s changes are converted: a Simplified page costs one scan.
    keyed = lines
    if (script_hint or detect_script(text)) in ("traditional", "mixed"):
        # Line by line, each remembered (the stage reads a page again on each pass): OpenCC
        # matches no phrase across a line break, so these are the page's converted lines.
        simplified = _simplified_lines(lines)
        keyed = lines if any("\n" in line for line in simplified) else simplified
    elif traditional_chars().search(text):
        marked = traditional_chars()
        keyed = [_simplified(line) if marked.search(line) else line for line in lines]
    items: list[Item] = []
    append = items.append
    if keyed is lines:
        # Every line read as it is (a Simplified page): the same items as the walk below, made
        # without pairing each line with itself (a page of short lines: every pass).
        for i, line in enumerate(lines, 1):
            stripped = line.strip(EDGE_SPACE)
            if stripped:
                append(Item(i, stripped, _KEYS.get(stripped) or matching_key(stripped)))
    else:
        for i, (line, read) in enumerate(zip(lines, keyed, strict=True)):
            stripped = line.strip(EDGE_SPACE)
            if stripped:
                # A line read as it is is stripped once.
                key = stripped if read is line else read.strip(EDGE_SPACE)
                # matching_key's memo read here: the call is for a text not folded yet.
                append(Item(i + 1, stripped, _KEYS.get(key) or matching_key(key)))
    if "```" in text:  # no fence on the page: every line stands outside one
        items = _outside_fences(items)
    if not items:
        return text
    Document(items, lexicon, on, repeated, head, tail, report).run()
    dropped: set[int] = set()
    for item in items:
        if item.removed and item.code and on(item.code):
            report.add(item.code, line=item.no, text=lines[item.no - 1], detector=item.detector)
            dropped.add(item.no)
            if item.code not in QUIET_CODES and looks_like_prose(item.text):
                report.warnings.append({"line": item.no, "rule": item.code, "text": item.text})
    if not dropped:
        return text
    return "\n".join(line for i, line in enumerate(lines, 1) if i not in dropped)


_T2S: dict[str, str] = {}
T2S_CHARS_MAX = 4_000_000  # characters of the lines remembered: some 30 MB at the very worst
T2S_LINE_MAX = 4_000
_T2S_CHARS = [0]


def _simplified(line: str) -> str:
    """``convert(line, "t2s")``, remembered for lines of a few thousand characters at most,
    up to T2S_CHARS_MAX characters in all (then the memo starts afresh)."""
    found = _T2S.get(line)
    if found is None:
        found = convert(line, "t2s")
        _remember_t2s(line, found)
    return found


def _simplified_lines(lines: list[str]) -> list[str]:
    """Each line's ``_simplified``, the lines not remembered converted in one call (a page
    of thousands of short lines seen for the first time: one call, not one a line)."""
    found = {line: _T2S.get(line) for line in set(lines)}
    missing = [line for line, simplified in found.items() if simplified is None]
    if missing:
        converted = convert("\n".join(missing), "t2s").split("\n")
        if len(converted) != len(missing):  # a break converted away: never, but line by line
            converted = [convert(line, "t2s") for line in missing]
        for line, simplified in zip(missing, converted, strict=True):
            found[line] = simplified
            _remember_t2s(line, simplified)
    return [found[line] for line in lines]


def _remember_t2s(line: str, simplified: str) -> None:
    if len(line) <= T2S_LINE_MAX:
        if _T2S_CHARS[0] >= T2S_CHARS_MAX:
            _T2S.clear()
            _T2S_CHARS[0] = 0
        _T2S[line] = simplified
        _T2S_CHARS[0] += len(line) + len(simplified)


_KEYS: dict[str, str] = {}
KEYS_MAX = 50_000  # a site's template lines fit; a worker's memory stays well under 500 MB


def matching_key(text: str) -> str:
    """The folded form a line is matched on (NFKC, casefold, one space), remembered per text."""
    key = _KEYS.get(text)
    if key is None:
        if len(_KEYS) >= KEYS_MAX:
            _KEYS.clear()
        key = _KEYS[text] = WHITESPACE_RE.sub(" ", fold(text))
    return key


def _outside_fences(items: list[Item]) -> list[Item]:
    out, fenced = [], False
    for item in items:
        if item.text.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out.append(item)
    return out


__all__ = ["boilerplate", "Document", "Item"]
