"""Junk by the page's own structure: for a document read from HTML, each line's DOM
evidence (its chrome zone, link density and class/id words; see :mod:`zhclean.html`)
is one more kind of evidence, with the codes of the text detectors.

A line goes when the page itself says it is chrome: it is **mostly links**
(half its characters or more inside ``<a>``), **short** (no prose, at most
:data:`LINE_MAX` characters) and stands **in chrome**: inside ``nav``,
``header``, ``footer``, ``aside`` (or their ARIA roles), or an element whose
class or id holds a word of the ``dom_*_words`` lists. Inside ``nav`` (or an
element named as a menu or a control: a button, a search box) a short label goes
without links too, and so does a licence line in an element named as the copyright
notice. Prose never goes for its place alone, nor does the headline (an ``h1``, or a
line the page's ``<title>`` names), nor a line that stands outside chrome anywhere on
the page, nor plain text of the page's **main text** (the innermost block holding most
of its prose, from its first line of prose to its last) by its class alone. A
paragraph shown twice in two containers loses its first copy (a lead box, ZH312); a
line in three entries of a feed or more is the feed's template (ZH317).

After the text rooms, :func:`guard_by_dom` gives back what the structure shows is the
author's: a feed entry's title and text, code in ``<pre>``, and plain lines of the main
text that a detector took for chrome by their place alone. The page also says where
its paragraphs end: :meth:`DomHints.may_join` lets the layout stage join two lines only
where a ``<br>`` broke one block.

    >>> from zhclean.html.blocks import Block, Evidence
    >>> hints = DomHints.of([Block("首页", Evidence("html/body/nav", "nav", 1.0)),
    ...                      Block("正文。", Evidence("html/body/p"))])
    >>> [e.zone for e in hints.evidence("首页")], hints.evidence("别的")
    (['nav'], ())

Documents without DOM hints (text files) never reach this room.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...lexicon import Lexicon, fold
from .features import STRONG, Item
from .registry import detector
from .shapes import WHITESPACE_RE

if TYPE_CHECKING:
    from ...html.blocks import Block, Evidence

LINE_MAX = 60  # characters: a headline of a list; longer is never chrome by place
LABEL_MAX = 12  # a menu's label without a link
LINK_SHARE = 0.5
LINKED = 0.9  # a line this much inside <a> is a link away, whatever it reads as
URL_DETECTORS = frozenset({"bare_url", "label_with_url"})  # a line of a URL, labelled or not
LIST_TAGS = frozenset({"li"})  # a list's items (not a dd: an infobox's linked value)
NOTICE_MAX = 200  # characters: a footer's licence line may be long, it is still no prose
# Class or id words of an element whose short text without links is a control's label.
LABEL_WORDS = frozenset(
    {"menu", "nav", "navbar", "breadcrumb", "crumbs", "btn", "button", "search", "login"}
    | {"loading"}
)
# Chrome words that also name a thread's own parts: no evidence against a short line.
THREAD_WORDS = frozenset({"comment", "comments", "reply", "post", "posts"})
# Class or id words of a copyright or licence notice.
NOTICE_WORDS = frozenset({"copyright", "beian", "icp"})
# Words lists and the code a line in such an element gets, checked in this order.
WORD_KINDS = (
    ("dom_ad_words", "ZH301"),
    ("dom_tag_words", "ZH309"),
    ("dom_nav_words", "ZH303"),
    ("dom_related_words", "ZH304"),
    ("dom_footer_words", "ZH305"),
)
FEED_TITLE = "feed/entry/title"  # the path of a feed entry's title (zhclean.html.feeds)
# What a feed entry's title may still go for: an ad, or a copy of the line before.
TITLE_CODES = frozenset({"ZH301", "ZH302", "ZH314"})
FEED_CONTENT = "feed/entry/"  # the paths of a feed entry's lines (its title's too)
# What a line of a feed entry's text may still go for: what it is, not where it stands.
ENTRY_CODES = frozenset({"ZH301", "ZH302", "ZH310", "ZH311", "ZH314", "ZH315", "ZH317"})
# Detectors that find lists of other articles or menus by shape and place (words aside).
LIST_DETECTORS = frozenset(
    {"tail_list", "bare_title_lists", "lists_above_title", "head_list", "feeds"}
    | {"related_lists", "menus_outside_body"}
)
PROSE_MIN = 20  # characters: a line of prose that says where the main text is
SENTENCE_END_RE = re.compile("[。！？!?]")
MAIN_SHARE = 0.6  # of the page's prose in one block: its main text
KIN_MAX = 64  # lines in a widget's block, at most
ENTRY_REPEATS = 3  # entries of a feed that show one line: the feed's template
HEADLINE_MIN = 8  # characters: a plain line the <title> names, read as the headline
LIST_MIN = 3  # labels in one list above the headline: a menu's column
ZONE_CODES = {"nav": "ZH303", "header": "ZH303", "aside": "ZH304", "footer": "ZH305"}


def _key(text: str) -> str:
    return WHITESPACE_RE.sub(" ", fold(text.strip()))


@dataclass(frozen=True)
class DomHints:
    """The DOM evidence of a document's lines, by their folded text (a line the page
    shows in several places has each place's evidence)."""

    by_key: dict[str, tuple[Evidence, ...]]
    title: str = ""  # the page's <title>, folded: a line it names is the headline, kept

    entry_titles: frozenset[str] = frozenset()  # a feed's entries' titles, folded
    # Pairs of lines (folded) the page shows one after the other in one block, parted by
    # a ``<br>``: the only seams where a sentence may have been cut.
    soft_seams: frozenset[tuple[str, str]] = frozenset()
    # Lines of a feed's entries' content that three entries or more repeat: its template.
    entry_repeats: frozenset[str] = frozenset()
    # The plain lines (no link, no chrome zone) of the page's main text: in the block that
    # holds most of its prose, from its first line of prose to its last.
    main_text: frozenset[str] = frozenset()
    main_span: frozenset[str] = frozenset()  # every line there, links and all
    # Paragraphs the page shows twice, in two containers: the first is a lead box.
    lead_copies: frozenset[str] = frozenset()
    # A short line's neighbours in its container (one set a place it stands in): a
    # widget's heading and the list under it.
    kin: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, blocks: list[Block], title: str | None = None, entries: list[int] | None = None
    ) -> DomHints:
        found: dict[str, list[Evidence]] = {}
        for block in blocks:
            found.setdefault(_key(block.text), []).append(block.evidence)
        titles = frozenset(_key(b.text) for b in blocks if b.evidence.path == FEED_TITLE)
        by_key = {key: tuple(value) for key, value in found.items()}
        seams = frozenset(
            (_key(a.text), _key(b.text)) for a, b in zip(blocks, blocks[1:], strict=False) if a.soft
        )
        repeats = _repeats(blocks, entries or [])
        main_text, span, copies = _main_text(blocks)
        return cls(
            by_key, _key(title or ""), titles, seams, repeats, main_text, span, copies, _kin(blocks)
        )

    def may_join(self, line: str, following: str) -> bool:
        """May ``following`` continue ``line``? Only where the page broke one block with a
        ``<br>``: two blocks are two paragraphs (or a title and its text), as the author
        laid them out; a line the page does not show as such (its text changed on the way)
        is not joined either."""
        return (_key(line), _key(following)) in self.soft_seams

    def names_title(self, text: str) -> bool:
        """Is ``text`` the page's headline, as its ``<title>`` names it (a few characters at
        least: a one-word label in a title is no headline)?"""
        key = _key(text)
        return len(key) >= 4 and key in self.title

    def evidence(self, text: str) -> tuple[Evidence, ...]:
        return self.by_key.get(_key(text), ())


def _prose(block: Block) -> bool:
    """A line of prose that says where the main text is: :data:`PROSE_MIN` characters or
    more with a sentence's end, not links, in no chrome zone."""
    evidence, text = block.evidence, block.text
    return (
        evidence.zone is None
        and evidence.link_density < LINK_SHARE
        and len(text) >= PROSE_MIN
        and bool(SENTENCE_END_RE.search(text))
    )


def _kin(blocks: list[Block]) -> dict[str, tuple[frozenset[str], ...]]:
    """For each label (:func:`_label`), the other lines of the block around its own."""
    under: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        for number in block.evidence.scope:
            under.setdefault(number, []).append(i)
    kin: dict[str, list[frozenset[str]]] = {}
    for i, block in enumerate(blocks):
        scope = block.evidence.scope
        # A widget is small: a big block's labels are no widget's heading (and a page of
        # many labels in one block costs no square of its lines).
        if len(scope) >= 2 and _label(block.text) and len(under[scope[-2]]) <= KIN_MAX:
            others = frozenset(_key(blocks[j].text) for j in under[scope[-2]] if j != i)
            kin.setdefault(_key(block.text), []).append(others)
    return {key: tuple(value) for key, value in kin.items()}


def _main_text(blocks: list[Block]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The plain lines of the page's main text: in the innermost block that holds
    :data:`MAIN_SHARE` of its prose (the article, a thread's posts), between the first
    and the last line of prose there; lines of one character (a close button's ``X``)
    aside; a lone number (a section's) counts. Empty when the page has no prose. Then
    every line there (links too), and the paragraphs the page shows twice, in two
    containers (a lead box that copies the body)."""
    weight: dict[int, int] = {}
    depth: dict[int, int] = {}
    total = 0
    for block in blocks:
        if _prose(block):
            size = round(len(block.text) * (1 - block.evidence.link_density))
            total += size
            for level, number in enumerate(block.evidence.scope):
                weight[number] = weight.get(number, 0) + size
                depth[number] = level
    held = [n for n, w in weight.items() if w >= MAIN_SHARE * total]
    if not total or not held:
        return frozenset(), frozenset(), frozenset()
    main = max(held, key=depth.__getitem__)
    inside = [i for i, b in enumerate(blocks) if main in b.evidence.scope]
    prose = [i for i in inside if _prose(blocks[i])]
    span = frozenset(_key(blocks[i].text) for i in inside if prose[0] <= i <= prose[-1])
    main_text = frozenset(
        _key(blocks[i].text)
        for i in inside
        if prose[0] <= i <= prose[-1]
        and blocks[i].evidence.zone is None
        and blocks[i].evidence.link_density == 0
        and (len(blocks[i].text.strip()) > 1 or blocks[i].text.isdigit())
    )
    # A paragraph shown twice, in two containers: the first copy is a lead box or a teaser.
    parents: dict[str, set[tuple[int, ...]]] = {}
    for block in blocks:
        if _prose(block):
            parents.setdefault(_key(block.text), set()).add(block.evidence.scope[:-1])
    copies = frozenset(key for key, found in parents.items() if len(found) > 1)
    return main_text, span, copies


def _repeats(blocks: list[Block], entries: list[int]) -> frozenset[str]:
    """The content lines (not titles) that :data:`ENTRY_REPEATS` entries or more of a feed
    show: a widget or a prompt its template puts under every entry."""
    counts: dict[str, int] = {}
    bounds = [*entries, len(blocks)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        seen = {_key(b.text) for b in blocks[start:end] if b.evidence.path != FEED_TITLE}
        for key in seen:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n >= ENTRY_REPEATS)


def chrome_code(evidence: Evidence, lexicon: Lexicon) -> str | None:
    """The code for a line in this place when the place is chrome, else None.

    >>> from zhclean.lexicon import load_lexicon
    >>> from zhclean.html.blocks import Evidence
    >>> chrome_code(Evidence("p", None, 1.0, ("related", "posts")), load_lexicon())
    'ZH304'
    >>> chrome_code(Evidence("p", "footer", 1.0, ("entry",)), load_lexicon()) is None
    False
    """
    for word in evidence.words:
        for kind, code in WORD_KINDS:
            if lexicon.has(kind, word):
                return code
    return ZONE_CODES.get(evidence.zone or "")


def _menu_place(evidence: Evidence) -> bool:
    """In a ``nav`` (or role=navigation), or an element named as a menu, a breadcrumb or a
    widget's control (a button, a search box, a login, a loading spinner)."""
    if evidence.zone == "nav":
        return True
    return any(word in LABEL_WORDS for word in evidence.words)


def _label(text: str) -> bool:
    """A label: a few characters, no field (``责编：某某`` is a credit, not a label)."""
    return len(text) <= LABEL_MAX and not any(mark in text for mark in ":：")


def _widget(evidence: Evidence, lexicon: Lexicon) -> bool:
    """In a chrome zone, or an element named as chrome by a word that is not a thread's
    (a comment, a reply, a post: their short lines are readers' words)."""
    if evidence.zone is not None:
        return True
    return any(
        word not in THREAD_WORDS and any(lexicon.has(kind, word) for kind, _ in WORD_KINDS)
        for word in evidence.words
    )


def _notice_place(evidence: Evidence) -> bool:
    """In an element named as the page's copyright or licence notice (a footer's other
    text without links may be the author's: a blog's about line)."""
    return any(word in NOTICE_WORDS for word in evidence.words)


def verdict(
    item: Item,
    evidences: tuple[Evidence, ...],
    lexicon: Lexicon,
    main: bool = False,
    outside: bool = False,
) -> str | None:
    """The code ``item`` goes with, when every place the page shows its text is chrome.
    ``main``: the line is plain text of the page's main text, where only links go (a Q&A
    site names its answers ``copyright-rich-text``); ``outside``: the page has a main
    text and the line stands outside it."""
    text = item.text
    if not evidences or len(text) > NOTICE_MAX:
        return None
    # A link away from a page that has a main text, outside it: another article's headline
    # or teaser, however much it reads as prose.
    away = outside and all(e.link_density >= LINKED for e in evidences)
    if item.prose and not away:
        return None
    if len(text) > LINE_MAX and not away and not all(_notice_place(e) for e in evidences):
        return None
    codes = []
    for evidence in evidences:
        tag = evidence.path.rsplit("/", 1)[-1]
        if tag == "h1":
            return None
        code = chrome_code(evidence, lexicon)
        if code is None and away and tag in LIST_TAGS:
            code = "ZH304"  # a list of links outside the main text: bare titles (§3)
        plain = evidence.link_density < LINK_SHARE
        if main and plain:
            return None
        if len(text) <= LABEL_MAX and _menu_place(evidence) and plain:
            codes.append("ZH303")  # a widget's label: a button, a tab
            continue
        if outside and plain and _label(text) and _widget(evidence, lexicon):
            codes.append("ZH303")  # a widget's label outside the main text (分享让更多人看到)
            continue
        if code is None:
            return None
        if _notice_place(evidence) and plain:
            codes.append("ZH305")  # a footer's text that is no prose: licences, ICP numbers
            continue
        if len(text) > LINE_MAX and not away:
            return None
        if evidence.link_density >= LINK_SHARE:
            # A footer's or a sidebar's links are its menu unless they read as headlines.
            if code == "ZH305" or (code == "ZH304" and not item.headline):
                code = "ZH303"
        else:
            return None
        codes.append(code)
    return codes[0]


@detector("ZH301", "ZH303", "ZH304", "ZH305", "ZH309", "ZH312", "ZH317")
def dom_chrome(doc) -> None:
    """Mark the lines the page's structure shows as chrome (see the module's docstring),
    and a feed's template: a short line in three entries' content or more (a player's
    prompt, a subscribe line under every episode) goes (ZH317)."""
    hints: DomHints | None = getattr(doc.report, "dom", None)
    if hints is None:
        return
    lexicon = doc.ctx.lex
    copies = dict.fromkeys(hints.lead_copies, 0)
    if copies:  # only while both copies are there (the stage runs again on its output)
        shown = Counter(_key(item.text) for item in doc.items if _key(item.text) in copies)
        copies = {key: 0 for key in copies if shown[key] > 1}
    for item in doc.items:
        if item.protected or item.table or item.guard:
            continue
        if _key(item.text) in copies:
            copies[_key(item.text)] += 1
            if copies[_key(item.text)] == 1 and not item.removed and doc.on("ZH312"):
                item.mark("ZH312", STRONG, "dom_chrome")  # the copy above: a lead box
            continue
        if _key(item.text) in hints.entry_repeats and len(item.text) <= LINE_MAX:
            if doc.on("ZH317") and item.code != "ZH317":
                item.clear()  # what it is, whatever a line detector took it for
                item.mark("ZH317", STRONG, "dom_chrome")
            continue
        if item.removed or hints.names_title(item.text):
            continue
        key = _key(item.text)
        outside = bool(hints.main_span) and key not in hints.main_span
        code = verdict(item, hints.evidence(item.text), lexicon, key in hints.main_text, outside)
        if code is not None and doc.on(code):
            item.mark(code, STRONG, "dom_chrome")
    if hints.main_span and doc.on("ZH304"):
        _headings_of_lists(doc, hints)
    if doc.on("ZH303"):
        _above_headline(doc, hints, lexicon)


def _headline_index(doc, hints: DomHints, lexicon: Lexicon) -> int | None:
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


def _above_headline(doc, hints: DomHints, lexicon: Lexicon) -> None:
    """Above the page's headline stands the site's masthead: a line there that is mostly
    links (a channel's name over the headline, a breadcrumb that ends in the headline's
    own words), or a label in a list of three labels or more (a column of the group's
    other sites), is navigation (ZH303). The kicker over a headline is no link and no list."""
    end = _headline_index(doc, hints, lexicon)
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
        if not evidences or hints.names_title(item.text):
            continue
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


def _headings_of_lists(doc, hints: DomHints) -> None:
    """A label outside the main text whose block holds nothing else but lines that went
    (``要闻`` over a list of links): the heading of a widget that went (ZH304)."""
    gone = {_key(item.text) for item in doc.items if item.removed}
    for item in doc.items:
        key = _key(item.text)
        if item.removed or item.guard or item.prose or key in hints.main_span:
            continue
        places = hints.kin.get(key, ())
        if places and all(len(others) >= 2 and others <= gone for others in places):
            item.mark("ZH304", STRONG, "dom_chrome")


def _plain_text(evidences: tuple[Evidence, ...], lexicon: Lexicon) -> bool:
    """Does the page show this line only as plain text: no link, no chrome around it?"""
    return bool(evidences) and all(
        e.link_density == 0 and chrome_code(e, lexicon) is None for e in evidences
    )


def _code(evidences: tuple[Evidence, ...]) -> bool:
    """Does the page show this line only inside ``<pre>``, outside its chrome zones? (Class
    words do not count: a highlighter names its code ``language-bash``.)"""
    return bool(evidences) and all("/pre" in e.path and e.zone is None for e in evidences)


def _entry_text(evidences: tuple[Evidence, ...]) -> bool:
    """Does a feed show this line only in its entries' content?"""
    return bool(evidences) and all(e.path.startswith(FEED_CONTENT) for e in evidences)


def _row(evidences: tuple[Evidence, ...], key: str, hints: DomHints) -> bool:
    """Is the line a table's row (its cells, links and all) inside the main text? The
    data the page exists to show (a singer's works, a price list) stay (§3 Tables)."""
    return (
        key in hints.main_span
        and bool(evidences)
        and all(("/td" in e.path or "/th" in e.path) and e.zone is None for e in evidences)
    )


def _placed(item: Item) -> bool:
    """Was ``item`` taken for junk by its place (next to chrome, under a body, in a run of
    headlines), not by what it says?"""
    return item.code == "ZH318" or item.detector in LIST_DETECTORS


def guard_by_dom(doc) -> None:
    """What the page's structure shows is the author's, whatever the text detectors said;
    asked after the rooms, as the guards are:

    - a feed's entry titles (a feed of headlines is its entries, not a list of other
      articles; only an ad or a duplicate goes);
    - a feed's entries' text: each entry is a text of its own, so what the detectors judge
      by a line's place in a page (above a title, under a body, in a run of headlines) or
      by a page's shape (a bare URL heading it) says nothing of it; only what a line is
      wherever it stands goes (:data:`ENTRY_CODES`: ads, prompts, separators, duplicates,
      the feed's template);
    - code: a line the page shows only inside ``<pre>`` (a shell comment is no hashtag
      line, ``dbpwd=xxxx`` no template residue, a script under a body no chrome);
    - a table's rows inside the main text, links and all, and a URL written there
      (``参考：https://…``);
    - the page's headline (an ``h1`` outside chrome, not a link) taken for chrome by its
      place:
      its last copy (a sticky header shows it first);
    - plain text (no link) of the page's main block (:func:`_main`: the block that holds
      most of its prose) that a detector took for chrome by its place alone: a heading
      between two scripts, a list of awards under the body;
    - lines a detector took for a list of other articles or a menu by their shape and
      place (:data:`LIST_DETECTORS`) where the page shows them with no link at all and
      outside its chrome: short lines of a poem, lyrics or a dialogue (``<br>`` after
      each), not a list of links.
    """
    hints: DomHints | None = getattr(doc.report, "dom", None)
    if hints is None:
        return
    lexicon = doc.ctx.lex
    # The page's headline: an h1 outside chrome, no link (a logo's h1 links home, a mobile
    # menu's is named nav); the last item showing it.
    headlines = {
        _key(item.text): item
        for item in doc.items
        if any(
            e.path.endswith("/h1")
            and e.link_density < LINK_SHARE
            and chrome_code(e, lexicon) is None
            for e in hints.by_key.get(_key(item.text), ())
        )
    }
    for item in doc.items:
        if not item.removed:
            continue
        key = _key(item.text)
        evidences = hints.by_key.get(key, ())
        if key in hints.entry_titles and item.code not in TITLE_CODES:
            item.clear()
            item.guard = "a feed entry's title"
        elif _entry_text(evidences) and item.code not in ENTRY_CODES:
            item.clear()
            item.guard = "a feed entry's text"
        elif _code(evidences):
            item.clear()
            item.guard = "code inside <pre>"
        elif (_placed(item) or item.detector == "dom_chrome") and _row(evidences, key, hints):
            item.clear()
            item.guard = "a row of a table in the page's main text"
        elif (_placed(item) or item.detector == "numbers_only") and key in hints.main_text:
            item.clear()
            item.guard = "plain text of the page's main block"
        elif item.detector in URL_DETECTORS and key in hints.main_span:
            item.clear()
            item.guard = "a URL the author wrote in the page's main text"
        elif _placed(item) and item is headlines.get(key):
            item.clear()
            item.guard = "the page's h1 (its last copy: a sticky header shows it first)"
        elif item.detector in LIST_DETECTORS and _plain_text(evidences, lexicon):
            item.clear()
            item.guard = "no link and no chrome around it on the page: the author's line"


def guard_entry_titles(doc) -> None:
    """A feed entry's title that the duplicates sweep took for a teaser of the text under
    it (``I like your colors`` over ``I like your colors, 用来…``) is given back: the text
    under a title is its own entry's, not a copy of it. Asked after that sweep."""
    hints: DomHints | None = getattr(doc.report, "dom", None)
    if hints is None or not hints.entry_titles:
        return
    for item in doc.items:
        if item.removed and item.code not in TITLE_CODES and _key(item.text) in hints.entry_titles:
            item.clear()
            item.guard = "a feed entry's title"


__all__ = [
    "DomHints",
    "chrome_code",
    "dom_chrome",
    "guard_by_dom",
    "guard_entry_titles",
    "verdict",
]
