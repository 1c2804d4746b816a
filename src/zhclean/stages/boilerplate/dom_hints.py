"""What a page's structure says of its lines, gathered once per page (:class:`DomHints`):
each line's DOM evidence by its text, the page's main text, the seams a ``<br>`` made, a
feed's entry titles and template lines, a widget's lines; and the code of a place that is
chrome (:func:`chrome_code`). The DOM room (:mod:`.dom`) and its layout rules
(:mod:`.dom_places`) ask it.

    >>> from zhclean.html.blocks import Block, Evidence
    >>> hints = DomHints.of([Block("首页", Evidence("html/body/nav", "nav", 1.0)),
    ...                      Block("正文。", Evidence("html/body/p"))])
    >>> [e.zone for e in hints.evidence("首页")], hints.evidence("别的")
    (['nav'], ())
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicon import Lexicon, fold
from .shapes import WHITESPACE_RE

if TYPE_CHECKING:
    from ...html.blocks import Block, Evidence

LINE_MAX = 60  # characters: a headline of a list; longer is never chrome by place
LABEL_MAX = 12  # a menu's label without a link
LINK_SHARE = 0.5
LINKED = 0.9  # a line this much inside <a> is a link away, whatever it reads as
# Chrome words that also name a thread's own parts: no evidence against a short line.
THREAD_WORDS = frozenset({"comment", "comments", "reply", "post", "posts"})
# Words lists and the code a line in such an element gets, checked in this order.
WORD_KINDS = (
    ("dom_ad_words", "ZH301"),
    ("dom_tag_words", "ZH309"),
    ("dom_nav_words", "ZH303"),
    ("dom_related_words", "ZH304"),
    ("dom_footer_words", "ZH305"),
)
FEED_TITLE = "feed/entry/title"  # the path of a feed entry's title (zhclean.html.feeds)
HEADLINE_MIN = 8  # characters: a plain line the <title> names, read as the headline
LIST_MIN = 3  # labels in one list above the headline: a menu's column
ZONE_CODES = {"nav": "ZH303", "header": "ZH303", "aside": "ZH304", "footer": "ZH305"}
CELL_TAGS = frozenset({"td", "th", "dt", "dd"})  # a table's cells, a list's terms
COUNT_RE = re.compile(r"[\d.,，]+[万亿千kKwW]?\+?")  # a counter's figure (99,411, 7.4万)
PROSE_MIN = 20  # characters: a line of prose that says where the main text is
SENTENCE_END_RE = re.compile("[。！？!?]")
MAIN_SHARE = 0.6  # of the page's prose in one block: its main text
KIN_MAX = 64  # lines in a widget's block, at most
ENTRY_REPEATS = 3  # entries of a feed that show one line: the feed's template


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """A line's folded form, as the text rooms match it; asked of each line by many of the
    DOM rooms' passes, so remembered (bounded: a worker's memory stays small)."""
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
    # The blocks around the main text and its own, outermost first (the page's root and
    # body first): a line that shares only the root and the body with it is the page's.
    main_scope: tuple[int, ...] = ()
    # The blocks that hold a line of prose (:func:`_prose`) of their own: an answer's, a
    # post's, an article's text; and those that hold a long plain line (a sentence with
    # no full stop: a post's ``本项目基于…，支持…``).
    prose_parents: frozenset[tuple[int, ...]] = frozenset()
    text_parents: frozenset[tuple[int, ...]] = frozenset()
    # The blocks that hold a plain line of the main text (:attr:`main_text`).
    main_parents: frozenset[tuple[int, ...]] = frozenset()

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
        main_text, span, copies, chain = _main_text(blocks)
        return cls(
            by_key,
            _key(title or ""),
            titles,
            seams,
            repeats,
            main_text,
            span,
            copies,
            _kin(
                blocks,
                max((i for i, b in enumerate(blocks) if _key(b.text) in span), default=len(blocks)),
            ),
            chain,
            frozenset(b.evidence.scope[:-1] for b in blocks if _prose(b)),
            frozenset(b.evidence.scope[:-1] for b in blocks if _prose(b, full_stop=False)),
            frozenset(b.evidence.scope[:-1] for b in blocks if _key(b.text) in main_text),
        )

    def among_prose(self, evidence: Evidence, full_stop: bool = True) -> bool:
        """Does a line in this place stand in a block that holds prose of its own (a URL
        an answer cites under its paragraphs); with ``full_stop`` False, a long plain line
        is enough?"""
        parents = self.prose_parents if full_stop else self.text_parents
        return evidence.zone is None and evidence.scope[:-1] in parents

    def shared(self, evidence: Evidence) -> int:
        """How many blocks a line in this place shares with the main text (the page's root
        and body are two)."""
        n = 0
        for mine, theirs in zip(evidence.scope, self.main_scope, strict=False):
            if mine != theirs:
                break
            n += 1
        return n

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


def _prose(block: Block, full_stop: bool = True) -> bool:
    """A line of prose that says where the main text is: :data:`PROSE_MIN` characters or
    more with a sentence's end (unless ``full_stop`` is False), not links, in no chrome
    zone."""
    evidence, text = block.evidence, block.text
    return (
        evidence.zone is None
        and evidence.link_density < LINK_SHARE
        and len(text) >= PROSE_MIN
        and (not full_stop or bool(SENTENCE_END_RE.search(text)))
    )


def _kin(blocks: list[Block], below: int) -> dict[str, tuple[frozenset[str], ...]]:
    """For each short line with no field (:data:`LINE_MAX`), the other lines of a block
    around it: for a label (:func:`_label`), the block around its own; for any such line,
    the smallest block around it that holds three links to other articles or more, or
    (for a label after the line ``below``, the main text's last) three lines or more: a
    widget's heading stands in a block of its own, beside its list, first."""
    under: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        for number in block.evidence.scope:
            under.setdefault(number, []).append(i)
    headlines = {
        i
        for i, block in enumerate(blocks)
        if block.evidence.link_density >= LINK_SHARE and len(block.text) >= HEADLINE_MIN
    }
    kin: dict[str, list[frozenset[str]]] = {}
    for i, block in enumerate(blocks):
        scope = block.evidence.scope
        if len(scope) < 2 or len(block.text) > LINE_MAX or any(m in block.text for m in ":："):
            continue
        # A widget is small: a big block's lines are no widget's heading (and a page of
        # many labels in one block costs no square of its lines).
        found = None
        near = under[scope[-2]]
        if _label(block.text) and (
            3 <= len(near) <= KIN_MAX
            or (len(near) == 2 and COUNT_RE.fullmatch(blocks[near[near[0] == i]].text))
        ):
            found = near
            if (
                found[-1] == i
                and THREAD_WORDS.intersection(block.evidence.words)
                and block.evidence.path.rsplit("/", 1)[-1] not in CELL_TAGS
            ):
                found = None  # a reader's short reply, under its poster's name and stamp
        else:
            for number in reversed(scope[:-1]):
                if len(under[number]) > KIN_MAX:
                    break
                # A label's list, or a list of headlines: a heading stands over it (a
                # reply comes after its poster's links).
                label = i > below and _label(block.text) and len(under[number]) >= LIST_MIN
                if label or len(headlines.intersection(under[number])) >= LIST_MIN:
                    found = under[number] if under[number][0] == i else None
                    break
        if found is not None:
            others = frozenset(_key(blocks[j].text) for j in found if j != i)
            kin.setdefault(_key(block.text), []).append(others)
    return {key: tuple(value) for key, value in kin.items()}


def _main_text(
    blocks: list[Block],
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[int, ...]]:
    """The plain lines of the page's main text: in the innermost block that holds
    :data:`MAIN_SHARE` of its prose (the article, a thread's posts), between the first
    and the last line of prose there; lines of one character (a close button's ``X``)
    aside; a lone number (a section's) counts. Empty when the page has no prose. Then
    every line there (links too), the paragraphs the page shows twice, in two
    containers (a lead box that copies the body), and the blocks around the main text's
    own, down to it."""
    full_stop = True
    main = _main_block(blocks, full_stop)
    if main is not None and _banner(blocks, main):
        # One line in a block of its own right under the body (a cookie notice laid over
        # the page) is no main text. Without it, a thread whose posts end no sentence with
        # a full stop ("…都是审核中啊") is found by its long plain lines.
        banner, main = main, _main_block(blocks, full_stop, main)
        if main is None:
            full_stop = False
            main = _main_block(blocks, full_stop, banner)
    if main is None:
        return frozenset(), frozenset(), frozenset(), ()
    inside = [i for i, b in enumerate(blocks) if main in b.evidence.scope]
    prose = [i for i in inside if _prose(blocks[i], full_stop)]
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
    scope = blocks[inside[0]].evidence.scope
    return main_text, span, copies, scope[: scope.index(main) + 1]


def _main_block(blocks: list[Block], full_stop: bool, banner: int | None = None) -> int | None:
    """The innermost block that holds :data:`MAIN_SHARE` of the page's prose
    (:func:`_prose`, with or without a ``full_stop``), leaving out the lines of the block
    ``banner``; None when there is no prose."""
    weight: dict[int, int] = {}
    depth: dict[int, int] = {}
    total = 0
    for block in blocks:
        if _prose(block, full_stop) and banner not in block.evidence.scope:
            size = round(len(block.text) * (1 - block.evidence.link_density))
            total += size
            for level, number in enumerate(block.evidence.scope):
                weight[number] = weight.get(number, 0) + size
                depth[number] = level
    held = [n for n, w in weight.items() if w >= MAIN_SHARE * total]
    if not total or not held:
        return None
    return max(held, key=depth.__getitem__)


def _banner(blocks: list[Block], main: int) -> bool:
    """Is the block ``main`` one line (and links: its buttons) in a block of its own right
    under the page's body (a cookie notice, a bar laid over the page)?"""
    inside = [
        b.evidence
        for b in blocks
        if main in b.evidence.scope and b.evidence.link_density < LINK_SHARE
    ]
    if len(inside) != 1:
        return False
    scope, tags = inside[0].scope, inside[0].path.split("/")
    return len(scope) == len(tags) == 3 and tags[1] == "body" and scope[-1] == main


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


def _label(text: str) -> bool:
    """A label: a few characters, no field (``责编：某某`` is a credit, not a label)."""
    return len(text) <= LABEL_MAX and not any(mark in text for mark in ":：")


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


def _plain_text(evidences: tuple[Evidence, ...], lexicon: Lexicon) -> bool:
    """Does the page show this line only as plain text: no link, no chrome around it?"""
    return bool(evidences) and all(
        e.link_density == 0 and chrome_code(e, lexicon) is None for e in evidences
    )
