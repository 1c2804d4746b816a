"""Junk by its place in the page's layout, beside the DOM room's (:mod:`.dom`) verdict on
each line: the masthead above the page's headline (:func:`above_headline`), and the
heading of a widget whose list went (:func:`headings_of_lists`: ``要闻`` over a list of
links, a feed's status line over its cards)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .dom_hints import (
    HEADLINE_MIN,
    LINE_MAX,
    LINK_SHARE,
    LINKED,
    LIST_MIN,
    DomHints,
    _key,
    _label,
    _plain_text,
    chrome_code,
)
from .features import STRONG, Item

if TYPE_CHECKING:
    from ...html.blocks import Evidence
    from ...lexicon import Lexicon


def headline_index(doc, hints: DomHints, lexicon: Lexicon) -> int | None:
    """Where the page's headline stands among ``doc.items``: the first ``h1`` outside
    chrome and not a link that the ``<title>`` names, else the first such ``h1``, else the
    first plain line the ``<title>`` names (a headline set in a ``div``); None when the page
    shows none."""
    h1s, named = [], []
    for i, item in enumerate(doc.items):
        evidences = hints.evidence(item.text)
        if any(
            e.path.endswith("/h1")
            and e.link_density < LINK_SHARE
            and chrome_code(e, lexicon) is None
            for e in evidences
        ):
            h1s.append(i)
            if hints.names_title(item.text):
                return i
        elif (
            len(item.text) >= HEADLINE_MIN
            and hints.names_title(item.text)
            and _plain_text(evidences, lexicon)
        ):
            named.append(i)
    return h1s[0] if h1s else (named[0] if named else None)


def above_headline(doc, hints: DomHints, lexicon: Lexicon) -> None:
    """Above the page's headline stands the site's masthead: a line there that is mostly
    links (a channel's name over the headline, a breadcrumb that ends in the headline's
    own words), or a label in a list of three labels or more (a column of the group's
    other sites), is navigation (ZH303). The kicker over a headline is no link and no list."""
    end = headline_index(doc, hints, lexicon)
    if not end:
        return
    above = doc.items[:end]
    lists: Counter[tuple[int, ...]] = Counter()
    for item in above:
        for evidence in hints.evidence(item.text):
            found = _list_of(evidence)
            if found and _label(item.text) and not item.prose:
                lists[found] += 1
    for item in above:
        if item.removed or item.protected or item.table or item.guard:
            continue
        evidences = hints.evidence(item.text)
        if not evidences or (len(item.text) >= HEADLINE_MIN and hints.names_title(item.text)):
            continue  # a copy of the headline (a sticky header's), not the site's name
        short = len(item.text) <= LINE_MAX and not item.prose
        # Mostly links: short, or a link all through however it reads (a breadcrumb).
        links = all(e.link_density >= LINK_SHARE for e in evidences) and (
            short or all(e.link_density >= LINKED for e in evidences)
        )
        column = (
            _label(item.text)
            and not item.prose
            and all(lists[_list_of(e) or ()] >= LIST_MIN for e in evidences)
        )
        if links or column:
            item.mark("ZH303", STRONG, "dom_chrome")


def _list_of(evidence: Evidence) -> tuple[int, ...] | None:
    """The list a line stands in (the blocks around its innermost ``li``), or None."""
    parts = evidence.path.split("/")
    if "li" not in parts or len(parts) != len(evidence.scope):
        return None
    return evidence.scope[: len(parts) - 1 - parts[::-1].index("li")]


def headings_of_lists(doc, hints: DomHints) -> None:
    """A line outside the main text whose block holds nothing else but lines that went
    (``要闻`` over a list of links): the heading of a widget that went (ZH304)."""
    gone = {_key(item.text) for item in doc.items if item.removed}
    end = main_end(doc, hints)
    for i, item in enumerate(doc.items):
        if not (item.removed or item.guard) and widget_heading(item, i > end, hints, gone):
            item.mark("ZH304", STRONG, "dom_chrome")


def main_end(doc, hints: DomHints) -> int:
    """The index in ``doc.items`` of the main text's last line (that of the last line
    when the page shows none)."""
    ends = [i for i, item in enumerate(doc.items) if _key(item.text) in hints.main_span]
    return ends[-1] if ends else len(doc.items)


def widget_heading(item: Item, below: bool, hints: DomHints, gone: set[str]) -> bool:
    """Is ``item`` a widget's heading whose list went (:func:`_headings_of_lists`)? Above
    the main text only a label (:func:`_label`) is (a headline and its byline stand
    together); ``below`` it, any short line that is no prose (``推荐引擎有 8 条更新`` over
    a feed of links)."""
    key = _key(item.text)
    if item.prose or key in hints.main_span or not (below or _label(item.text)):
        return False
    places = hints.kin.get(key, ())
    return bool(places) and all(len(others) >= 2 and others <= gone for others in places)


__all__ = ["above_headline", "headings_of_lists", "headline_index", "main_end", "widget_heading"]
