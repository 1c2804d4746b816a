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

from collections import Counter
from typing import TYPE_CHECKING

from ...lexicon import Lexicon
from .dom_hints import (
    CELL_TAGS,
    LABEL_MAX,
    LINE_MAX,
    LINK_SHARE,
    LINKED,
    SENTENCE_END_RE,
    THREAD_WORDS,
    WORD_KINDS,
    ZONE_CODES,
    DomHints,
    _key,
    _label,
    _plain_text,
    chrome_code,
)
from .dom_places import (
    above_headline,
    heading_entries,
    headings_of_lists,
    main_end,
    page_tail,
    widget_heading,
)
from .features import STRONG, Item
from .registry import detector

if TYPE_CHECKING:
    from ...html.blocks import Evidence

URL_DETECTORS = frozenset({"bare_url", "label_with_url"})  # a line of a URL, labelled or not
LIST_TAGS = frozenset({"li"})  # a list's items (not a dd: an infobox's linked value)
VALUE_TAGS = CELL_TAGS  # a field's name or value, a table's cell
SPLIT_MIN = 4  # entries of one list, for _split_lists
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Zones whose lines with no sentence are furniture outside the main text (a page's header
# holds its headline's deck and byline: not it).
FURNITURE_ZONES = frozenset({"nav", "aside", "footer"})
ROW_TAGS = frozenset({"td", "th"})  # a table's cells (a row's line ends in one)
URL_MARKS = ("://", "www.")  # a line that cites an address
NOTICE_MAX = 200  # characters: a footer's licence line may be long, it is still no prose
# Class or id words of an element whose short text without links is a control's label.
LABEL_WORDS = frozenset(
    {"menu", "nav", "navbar", "breadcrumb", "crumbs", "btn", "button", "search", "login"}
    | {"loading", "badge"}
)
# Class or id words of an element that holds a user's name (a post's poster, an answer's).
USER_WORDS = frozenset({"user", "username", "uname", "nickname", "author", "poster"})
POSTERS_MIN = 3  # names of posters on one page: a thread's
# Class or id words of a copyright or licence notice.
NOTICE_WORDS = frozenset({"copyright", "beian", "icp"})
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


def _menu_place(evidence: Evidence) -> bool:
    """In a ``nav`` (or role=navigation), or an element named as a menu, a breadcrumb or a
    widget's control (a button, a search box, a login, a loading spinner)."""
    if evidence.zone == "nav":
        return True
    return any(word in LABEL_WORDS for word in evidence.words)


def _widget(evidence: Evidence, lexicon: Lexicon) -> bool:
    """In a chrome zone (not the page's header alone: it holds the headline's deck and
    byline), or an element named as chrome by a word that is not a thread's (a comment, a
    reply, a post: their short lines are readers' words)."""
    if evidence.zone in FURNITURE_ZONES:
        return True
    return any(
        word not in THREAD_WORDS and any(lexicon.has(kind, word) for kind, _ in WORD_KINDS)
        for word in evidence.words
    )


def _side_entry(evidence: Evidence, lexicon: Lexicon) -> bool:
    """A list's item or a table's cell in an element whose class or id names a sidebar or
    a list of other posts (``dom_side_words``)."""
    tag = evidence.path.rsplit("/", 1)[-1]
    return (tag in LIST_TAGS or tag in ROW_TAGS) and any(
        lexicon.has("dom_side_words", word) for word in evidence.words
    )


def _mention(text: str, evidence: Evidence) -> bool:
    """A reply in a thread's element that opens with ``@name`` and goes on."""
    name, _, rest = text.partition(" ")
    return (
        name.startswith("@")
        and bool(rest.strip())
        and bool(THREAD_WORDS.intersection(evidence.words))
    )


def _overlay(evidence: Evidence, lexicon: Lexicon) -> bool:
    """In an element named as an overlay (``dom_overlay_words``: a tooltip, a pop-up, a
    modal dialog): text the page shows over itself on a click or a hover."""
    return any(lexicon.has("dom_overlay_words", word) for word in evidence.words)


def _control(item: Item, tag: str) -> bool:
    """A short line of links that is no prose, no value of a field (an infobox's linked
    ``dd``, a table's cell), no heading (a section's title that links to its own anchor)
    and no address the author cites: a widget's controls."""
    text = item.text
    return (
        tag not in VALUE_TAGS
        and tag not in HEADING_TAGS
        and not item.prose
        and len(text) <= LINE_MAX
        and not any(mark in text for mark in URL_MARKS)
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
    # An entry of a list or a table in an element named as a sidebar's widget, or a line of
    # an overlay, outside the main text: recent comments, a calendar, a tooltip, a login
    # dialog, whatever they read as.
    side = outside and all(_side_entry(e, lexicon) or _overlay(e, lexicon) for e in evidences)
    furniture = (
        outside
        and len(text) <= LINE_MAX
        and not SENTENCE_END_RE.search(text)
        and not any(mark in text for mark in ":：")
        and all(
            e.link_density < LINK_SHARE
            and e.path.rsplit("/", 1)[-1] not in HEADING_TAGS
            and (_menu_place(e) or e.zone in FURNITURE_ZONES)
            for e in evidences
        )
    )
    if not side and any(_mention(text, e) for e in evidences):
        return None  # a reply to someone (``@某某 不行呢``): a reader's words
    if item.prose and not (away or side or furniture):
        return None
    if len(text) > LINE_MAX and not (away or side) and not all(map(_notice_place, evidences)):
        return None
    codes = []
    for evidence in evidences:
        tag = evidence.path.rsplit("/", 1)[-1]
        if tag == "h1":
            return None
        if side:
            codes.append("ZH304")
            continue
        code = chrome_code(evidence, lexicon)
        if code is None and away and tag in LIST_TAGS:
            code = "ZH304"  # a list of links outside the main text: bare titles (§3)
        elif code is None and away and _control(item, tag):
            code = "ZH303"  # a widget's links outside the main text (字号减小 字号增大)
        plain = evidence.link_density < LINK_SHARE
        if main and plain:
            return None
        if furniture:
            # Outside the main text, a line with no sentence in a widget's control or a
            # chrome zone: a login box's pitch, a user's badge, a sidebar's author card.
            codes.append(ZONE_CODES.get(evidence.zone or "", "ZH303"))
            continue
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
        headings_of_lists(doc, hints)
    if doc.on("ZH307"):
        posters(doc, hints)
    if doc.on("ZH303"):
        above_headline(doc, hints, lexicon)
    if doc.on("ZH305"):
        page_tail(doc, hints, lexicon)


def _poster(item: Item, evidences: tuple[Evidence, ...]) -> bool:
    """A user's name: a short link (no sentence, no field) in an element named as a user."""
    text = item.text
    return (
        bool(evidences)
        and len(text) <= LABEL_MAX
        and not SENTENCE_END_RE.search(text)
        and not any(mark in text for mark in ":：")
        and all(e.link_density >= LINKED and not USER_WORDS.isdisjoint(e.words) for e in evidences)
    )


def posters(doc, hints: DomHints) -> None:
    """The names of a thread's posters: short links in elements named as a user
    (:data:`USER_WORDS`), :data:`POSTERS_MIN` or more on the page (one per post or
    answer; an article's single byline is none), go as the posts' chrome (ZH307), as
    their stamps do."""
    found = [
        item
        for item in doc.items
        if not (item.removed or item.protected or item.table or item.guard)
        and _poster(item, hints.evidence(item.text))
    ]
    if len(found) >= POSTERS_MIN:
        for item in found:
            item.mark("ZH307", STRONG, "dom_chrome")


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


HEADS_REACH = 64  # lines under a heading read to tell whether its list stays


def _heads_kept(doc, i: int, hints: DomHints) -> bool:
    """Does the line ``i`` open a block whose lines after it (:data:`SPLIT_MIN` or more)
    mostly stay: the heading of a list the author keeps?"""
    places = hints.evidence(doc.items[i].text)
    if len(places) != 1 or len(places[0].scope) < 2:
        return False
    block = places[0].scope[:-1]
    kept = total = 0
    # The lines right under it decide, a bounded number of them: asked of each label taken in
    # a long list, an unbounded scan would be quadratic in the list's length.
    for item in doc.items[i + 1 : i + 1 + HEADS_REACH]:
        if not any(e.scope[: len(block)] == block for e in hints.evidence(item.text)):
            break
        total += 1
        kept += not item.removed
    return total >= SPLIT_MIN and 2 * kept > total


def _entry_of_main(evidences: tuple[Evidence, ...], hints: DomHints) -> bool:
    """Is a line, not all links, an entry of a list whose other entries are plain text of
    the main text (an album list where some titles link to their pages)?"""
    return bool(evidences) and all(
        e.link_density < LINKED and e.scope[:-1] in hints.main_parents for e in evidences
    )


def _cited(evidences: tuple[Evidence, ...], hints: DomHints, lexicon: Lexicon) -> bool:
    """Is a URL shown among the author's text: in a block that holds prose (an answer's
    references under its paragraphs), or a long plain line where no class names the
    place as chrome (a post's repository link under its description)?"""
    return bool(evidences) and all(
        hints.among_prose(e)
        or (hints.among_prose(e, full_stop=False) and chrome_code(e, lexicon) is None)
        for e in evidences
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
    gone = {_key(item.text) for item in doc.items if item.removed}
    end = main_end(doc, hints)
    entries = heading_entries(doc, hints, end) if hints.main_span else set()
    for i, item in enumerate(doc.items):
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
        elif _placed(item) and key in hints.main_span and _entry_of_main(evidences, hints):
            item.clear()
            item.guard = "an entry of a list in the page's main text, beside plain ones"
        elif item.detector in URL_DETECTORS and (
            key in hints.main_span or _cited(evidences, hints, lexicon)
        ):
            item.clear()
            item.guard = "a URL the author wrote in the page's main text, or among prose"
        elif (
            _placed(item)
            and evidences
            and all(_mention(item.text, e) and not _side_entry(e, lexicon) for e in evidences)
        ):
            item.clear()
            item.guard = "a reply to someone in a thread (@name and its words)"
        elif _placed(item) and item is headlines.get(key):
            item.clear()
            item.guard = "the page's h1 (its last copy: a sticky header shows it first)"
        elif (
            item.detector in LIST_DETECTORS
            and _plain_text(evidences, lexicon)
            and not (hints.main_span and widget_heading(item, i > end, hints, gone))
            and not (i > end and key in entries)
        ):
            item.clear()
            item.guard = "no link and no chrome around it on the page: the author's line"
    _split_lists(doc, hints)
    if hints.main_span and doc.on("ZH304"):
        # Again, now that the text rooms have taken a widget's list (its stamps, counts).
        headings_of_lists(doc, hints)


def _split_lists(doc, hints: DomHints) -> None:
    """A list the text rooms split by their place, keeping most of its entries and taking
    others (a reference list's ``5. 快讯：…(图) ．中国台湾网[引用日期…]`` read as a headline
    under the body): its entries are one list, and the taken ones come back, when they are
    no links to other pages (a link or more in a reference is text around it)."""
    entries: dict[tuple[int, ...], list[Item]] = {}
    for item in doc.items:
        places = hints.evidence(item.text)
        if len(places) == 1 and places[0].path.rsplit("/", 1)[-1] in LIST_TAGS:
            entries.setdefault(places[0].scope[:-1], []).append(item)
    for found in entries.values():
        kept = sum(not item.removed for item in found)
        if len(found) < SPLIT_MIN or kept * 2 < len(found):
            continue
        for item in found:
            if (
                item.removed
                and (_placed(item) or item.detector == "dom_chrome")
                and hints.evidence(item.text)[0].link_density < LINKED
            ):
                item.clear()
                item.guard = "an entry of a list whose other entries stay"
    # The heading of a list that stays (``参考资料`` over the references) stays with it.
    for i, item in enumerate(doc.items):
        if item.removed and _placed(item) and _label(item.text) and _heads_kept(doc, i, hints):
            item.clear()
            item.guard = "the heading of a list that stays"


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
