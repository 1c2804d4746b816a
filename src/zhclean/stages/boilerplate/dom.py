"""Junk by the page's own structure: for a document read from HTML, each line's DOM
evidence (its chrome zone, link density and class/id words; see :mod:`zhclean.html`)
is one more kind of evidence, with the codes of the text detectors.

A line goes when the page itself says it is chrome: it is **mostly links**
(half its characters or more inside ``<a>``), **short** (no prose, at most
:data:`LINE_MAX` characters) and stands **in chrome**: inside ``nav``,
``header``, ``footer``, ``aside`` (or their ARIA roles), or an element whose
class or id holds a word of the ``dom_*_words`` lists. Inside ``nav`` (or a
menu's class) a short label goes without links too. Prose never goes for its
place alone, nor does the headline (an ``h1``, or a line the page's ``<title>``
names), nor a line that stands
outside chrome anywhere on the page.

    >>> from zhclean.html.blocks import Block, Evidence
    >>> hints = DomHints.of([Block("首页", Evidence("html/body/nav", "nav", 1.0)),
    ...                      Block("正文。", Evidence("html/body/p"))])
    >>> [e.zone for e in hints.evidence("首页")], hints.evidence("别的")
    (['nav'], ())

Documents without DOM hints (text files) never reach this room.
"""

from __future__ import annotations

from dataclasses import dataclass
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
ENTRY_REPEATS = 3  # entries of a feed that show one line: the feed's template
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
        return cls(by_key, _key(title or ""), titles, seams, _repeats(blocks, entries or []))

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
    """In a ``nav`` (or role=navigation), or an element named as a menu or breadcrumb."""
    if evidence.zone == "nav":
        return True
    return any(word in ("menu", "nav", "navbar", "breadcrumb", "crumbs") for word in evidence.words)


def verdict(item: Item, evidences: tuple[Evidence, ...], lexicon: Lexicon) -> str | None:
    """The code ``item`` goes with, when every place the page shows its text is chrome."""
    text = item.text
    if not evidences or item.prose or len(text) > LINE_MAX:
        return None
    codes = []
    for evidence in evidences:
        if evidence.path.rsplit("/", 1)[-1] == "h1":
            return None
        code = chrome_code(evidence, lexicon)
        if code is None:
            return None
        if evidence.link_density >= LINK_SHARE:
            # A footer's or a sidebar's links are its menu unless they read as headlines.
            if code == "ZH305" or (code == "ZH304" and not item.headline):
                code = "ZH303"
        elif not (len(text) <= LABEL_MAX and _menu_place(evidence)):
            return None
        else:
            code = "ZH303"
        codes.append(code)
    return codes[0]


@detector("ZH301", "ZH303", "ZH304", "ZH309", "ZH317")
def dom_chrome(doc) -> None:
    """Mark the lines the page's structure shows as chrome (see the module's docstring),
    and a feed's template: a short line in three entries' content or more (a player's
    prompt, a subscribe line under every episode) goes (ZH317)."""
    hints: DomHints | None = getattr(doc.report, "dom", None)
    if hints is None:
        return
    lexicon = doc.ctx.lex
    for item in doc.items:
        if item.protected or item.table or item.guard:
            continue
        if _key(item.text) in hints.entry_repeats and len(item.text) <= LINE_MAX:
            if doc.on("ZH317") and item.code != "ZH317":
                item.clear()  # what it is, whatever a line detector took it for
                item.mark("ZH317", STRONG, "dom_chrome")
            continue
        if item.removed or hints.names_title(item.text):
            continue
        code = verdict(item, hints.evidence(item.text), lexicon)
        if code is not None and doc.on(code):
            item.mark(code, STRONG, "dom_chrome")


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
    - lines a detector took for a list of other articles or a menu by their shape and
      place (:data:`LIST_DETECTORS`) where the page shows them with no link at all and
      outside its chrome: short lines of a poem, lyrics or a dialogue (``<br>`` after
      each), not a list of links.
    """
    hints: DomHints | None = getattr(doc.report, "dom", None)
    if hints is None:
        return
    lexicon = doc.ctx.lex
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
        elif item.detector in LIST_DETECTORS and _plain_text(evidences, lexicon):
            item.clear()
            item.guard = "no link and no chrome around it on the page: the author's line"


__all__ = ["DomHints", "chrome_code", "dom_chrome", "guard_by_dom", "verdict"]
