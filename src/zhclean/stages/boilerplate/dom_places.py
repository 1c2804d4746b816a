"""Junk by its place in the page's layout, beside the DOM room's (:mod:`.dom`) verdict on
each line: the masthead above the page's headline (:func:`above_headline`), and the
heading of a widget whose list went (:func:`headings_of_lists`: ``要闻`` over a list of
links, a feed's status line over its cards)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .dom_hints import (
    COUNT_RE,
    HEADLINE_MIN,
    LINE_MAX,
    LINK_SHARE,
    LINKED,
    LIST_MIN,
    SENTENCE_END_RE,
    DomHints,
    _key,
    _label,
    _plain_text,
    chrome_code,
)
from .features import STRONG, Item

CONTENT_PARTS = frozenset({"main", "article"})
# Words that name a thread's or a comment section's parts, beyond the DOM room's own.
TAIL_DEPTH = 2  # blocks between the body and the main text, at least, for page_tail

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
    other sites), or a line in another part of the page than the headline (:func:`_apart`),
    is navigation (ZH303). The kicker over a headline is no link and no list, and stands
    with it. A headline found under the start of the main text (an ``h1`` a sidebar's
    widget carries) heads no masthead: nothing goes."""
    end = headline_index(doc, hints, lexicon)
    start = next((i for i, it in enumerate(doc.items) if _key(it.text) in hints.main_span), end)
    if not end or (start is not None and end > start):
        return  # no headline, or one under the start of the main text: no page's head
    above = doc.items[:end]
    headline = _titled_h1(doc.items[end], hints)
    live = [item for item in above if not item.removed]
    kicker = live[-1] if live and _label_like(live[-1]) else None
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
        if not evidences or (
            len(item.text) >= HEADLINE_MIN
            and hints.names_title(item.text)
            and _copies(item, doc.items[end])
        ):
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
        if links or column or (item is not kicker and _apart(evidences, headline)):
            item.mark("ZH303", STRONG, "dom_chrome")


def _copies(item: Item, headline: Item) -> bool:
    """Does ``item`` copy the headline, or the headline copy it (a sticky header's copy)?
    A ``<title>`` names the site too ("headline - site"): the site's name is no copy."""
    key, head = _key(item.text), _key(headline.text)
    return key in head or head in key


def _label_like(item: Item) -> bool:
    """A short line with no field and no sentence: the kicker right over a headline."""
    text = item.text
    return len(text) <= LINE_MAX and not item.prose and not any(m in text for m in ":：")


def _titled_h1(item: Item, hints: DomHints) -> Evidence | None:
    """The place of ``item`` as an ``h1`` that the ``<title>`` names, if it is one."""
    if not hints.names_title(item.text):
        return None
    return next((e for e in hints.evidence(item.text) if e.path.endswith("/h1")), None)


def _apart(evidences: tuple[Evidence, ...], headline: Evidence | None) -> bool:
    """Does a line above the headline stand in another part of the page than the headline
    (it shares no block with it but the root and the body): a banner over the page (a
    cookie notice, a share prompt, a "now reading" bar)? Asked of an ``h1`` headline the
    ``<title>`` names only."""
    body = _body_depth(headline) if headline is not None else 0
    return bool(body) and all(_shared(e.scope, headline.scope) <= body for e in evidences)


def _shared(one: tuple[int, ...], other: tuple[int, ...]) -> int:
    """How many blocks two places share, outermost first."""
    n = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        n += 1
    return n


def _body_depth(evidence: Evidence) -> int:
    """How deep the page's body stands in this place's blocks (2: the root, the body); 0
    when the path shows none."""
    parts = evidence.path.split("/")
    if "body" not in parts or len(parts) != len(evidence.scope):
        return 0
    return parts.index("body") + 1


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
    entries_of_headings(doc, hints, end)


def entries_of_headings(doc, hints: DomHints, end: int) -> None:
    """Below the main text, the short lines with no sentence under a widget's heading that
    went as the heading of a list of other articles (ZH304: ``视觉焦点`` over two captions
    with no link): the widget's entries (ZH304)."""
    under = heading_entries(doc, hints, end)
    for item in doc.items[end + 1 :]:
        key = _key(item.text)
        if (
            key in under
            and not (item.removed or item.guard or item.protected or item.table)
            and len(item.text) <= LINE_MAX
            and not SENTENCE_END_RE.search(item.text)
            and key not in hints.main_span
        ):
            item.mark("ZH304", STRONG, "dom_chrome")


def heading_entries(doc, hints: DomHints, end: int) -> set[str]:
    """The lines (folded) of the blocks that a label below the main text heads, when it
    went as the heading of a list of other articles (ZH304)."""
    under: set[str] = set()
    for i, item in enumerate(doc.items):
        if i > end and item.removed and item.code == "ZH304" and _label(item.text):
            for others in hints.kin.get(_key(item.text), ()):
                under |= others
    return under


def main_end(doc, hints: DomHints) -> int:
    """The index in ``doc.items`` of the main text's last line (that of the last line
    when the page shows none)."""
    ends = [i for i, item in enumerate(doc.items) if _key(item.text) in hints.main_span]
    return ends[-1] if ends else len(doc.items)


def widget_heading(item: Item, below: bool, hints: DomHints, gone: set[str]) -> bool:
    """Is ``item`` a widget's heading whose list went (:func:`_headings_of_lists`)? Above
    the main text only a label (:func:`_label`) is (a headline and its byline stand
    together); ``below`` it, any short line that is no prose (``推荐引擎有 8 条更新`` over
    a feed of links). A plain line (no link) heads a list only: over lines of one shape or
    a count (:func:`_entries`), not over a floor's own stamp and reply button."""
    key = _key(item.text)
    if item.prose or key in hints.main_span or not (below or _label(item.text)):
        return False
    if (len(item.text) >= HEADLINE_MIN and hints.names_title(item.text)) or any(
        e.path.endswith("/h1") for e in hints.evidence(item.text)
    ):
        return False  # the page's headline, whatever went around it
    places = hints.kin.get(key, ())
    plain = all(e.link_density == 0 for e in hints.evidence(item.text))
    return bool(places) and all(
        others <= gone
        and (len(others) >= 2 or all(map(COUNT_RE.fullmatch, others)))
        and not (plain and len(others) >= 2 and not _entries(others, hints))
        for others in places
    )


def _entries(others: frozenset[str], hints: DomHints) -> bool:
    """Are these lines a list's entries: two of them (or more, each its own text) stand in
    one shape of place (one tag path), as a list's items or a feed's cards do; or is one a
    count (a label over its figures: a profile's counters)? A floor's short reply stands
    over its own stamp and reply button: lines of two shapes, no list, no count."""
    if any(map(COUNT_RE.fullmatch, others)):
        return True
    seen: set[str] = set()
    for key in others:
        paths = {e.path for e in hints.by_key.get(key, ())}
        if seen & paths:
            return True
        seen |= paths
    return False


def page_tail(doc, hints: DomHints, lexicon: Lexicon) -> None:
    """Below the main text, a line that shares no block with it but the page's root and
    body stands in another part of the page: the site's footer, its dialogs, a column of
    other stories (a licence line, an app's download prompt). It goes (ZH305) when the
    main text stands two blocks below the body or deeper (so that it is one part of the
    page, not the page), unless it stands in a ``main`` or an ``article``, or is prose in
    an ``aside`` (the author's note beside the text) or in an element named as a
    thread's (a comment section the page sets apart). Other prose there goes only as a
    notice (named as chrome, or alone in its part of the page) or under a stream of
    other stories' headlines; readers' comments in an unnamed part stay."""
    body = len(hints.main_scope) and _main_body_depth(doc, hints)
    if not body or len(hints.main_scope) < body + TAIL_DEPTH:
        return
    end = main_end(doc, hints)
    found = []
    for item in doc.items[end + 1 :]:
        if item.removed or item.protected or item.table or item.guard:
            continue
        evidences = hints.evidence(item.text)
        if not evidences or any(hints.shared(e) > body or _content(e) for e in evidences):
            continue  # shares a part with the main text, or stands in the page's content
        if item.prose and any(
            e.zone == "aside" or any(lexicon.has("dom_talk_words", w) for w in e.words)
            for e in evidences
        ):
            continue  # prose beside the text (an aside's) or a reader's comment
        found.append(item)
    # Prose there goes only as a notice or a stream of other stories: in an element named
    # as chrome, alone in its part of the page, or in a part that links three headlines
    # away (teasers under them). Readers' comments come in numbers, with no headline.
    # Each part's count of sentences and of linked headlines, counted once (not again for
    # each prose line of the part: a long thread would make that quadratic).
    parts: dict[tuple[int, ...], list[int]] = {}
    for item in doc.items[end + 1 :]:
        for evidence in hints.evidence(item.text)[:1]:
            counts = parts.setdefault(evidence.scope[: body + 1], [0, 0])
            counts[0] += bool(item.prose and SENTENCE_END_RE.search(item.text))
            counts[1] += len(item.text) >= HEADLINE_MIN and all(
                e.link_density >= LINKED for e in hints.evidence(item.text)
            )
    for item in found:
        if item.prose:
            evidence = hints.evidence(item.text)[0]
            prose, away = parts.get(evidence.scope[: body + 1], (0, 0))
            named = chrome_code(evidence, lexicon) is not None
            if not (named or prose <= 1 or away >= LIST_MIN):
                continue
        item.mark("ZH305", STRONG, "dom_chrome")


def _content(evidence: Evidence) -> bool:
    """Inside an element the page marks as its content (``main``, ``article``): the main
    text found elsewhere was read wrong (a page whose sentences the prose test misses)."""
    return not CONTENT_PARTS.isdisjoint(evidence.path.split("/"))


def _main_body_depth(doc, hints: DomHints) -> int:
    """How deep the page's body stands above the main text (:func:`_body_depth`)."""
    for item in doc.items:
        if _key(item.text) in hints.main_span:
            for evidence in hints.evidence(item.text):
                if _body_depth(evidence):
                    return _body_depth(evidence)
    return 0


__all__ = [
    "page_tail",
    "above_headline",
    "headings_of_lists",
    "headline_index",
    "main_end",
    "widget_heading",
]
