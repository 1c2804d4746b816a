"""Visible text of an HTML page as lines, each with the DOM evidence of its block.

The block convention (kept exactly, gold files are written by it):

- block-level elements (``p, div, section, article, main, header, footer, nav,
  aside, h1-h6, li, dt, dd, blockquote, pre, figure, figcaption, form, table,
  tr, caption, ul, ol, dl, address, hr, center``) each start a new line and end
  it; ``<br>`` ends a line;
- inline elements' text joins without added characters; whitespace runs
  (newlines in the source too) fold to one space and lines are stripped;
- the cells (``td``, ``th``) of one table row are joined by one space;
- ``script, style, noscript, template, iframe, svg, canvas, select, option,
  button``, comments and the whole ``<head>`` are dropped (the ``<title>`` is
  kept aside for the manifest), and so are elements hidden by the ``hidden``
  attribute, ``style="display:none"`` or ``visibility:hidden``, or
  ``aria-hidden="true"``; ``<img alt>`` is not text (libxml2 keeps a ``nav`` that
  comes before ``<body>`` in an implied head: the head's own elements are dropped,
  ``title, meta, link, base``, and the rest is shown, as a browser does);
- ``<pre>`` keeps its own line breaks; empty lines are dropped.

    >>> page = parse_html("<body><p>第一段<b>粗</b>体。</p>甲<br>乙<table><tr><td>a</td><td>b</td></tr></table></body>")
    >>> [block.text for block in page.blocks]
    ['第一段粗体。', '甲', '乙', 'a b']
    >>> page.blocks[0].evidence.path
    'html/body/p'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figure"}
    | {"figcaption", "form", "table", "tr", "caption", "ul", "ol", "dl", "address", "hr"}
    | {"center"}
)
CELL_TAGS = frozenset({"td", "th"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "svg", "canvas", "select", "option"}
    | {"button"}
)
# What a <head> holds. libxml2 leaves elements it does not know (nav, header...) that
# come before <body> in an implied <head>, where a browser shows them in the body: so the
# head's own elements are dropped, not the head.
HEAD_TAGS = frozenset({"title", "meta", "link", "base", "style", "script", "noscript"})
# Where a page keeps its chrome: these elements, or these ARIA roles (as the element).
ZONE_TAGS = frozenset({"nav", "header", "footer", "aside"})
ZONE_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
}
CONTENT_TAGS = frozenset({"article", "main", "section"})
SCOPED_TAGS = frozenset({"header", "footer"})  # chrome only outside CONTENT_TAGS
# Elements whose class and id name the whole page ("single-post has-comments"), not a part.
PAGE_TAGS = frozenset({"html", "body", "main", "article"})

SPACE_RE = re.compile(r"\s+")
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
WORD_SPLIT_RE = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
MAX_WORDS = 24  # class/id words kept for one line (the nearest elements' first)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the DOM says of one line: where it stood and how much of it was links.

    ``path`` is the tags of the blocks (and cells) around the line, outermost first;
    ``zone`` is the innermost ``nav``/``header``/``footer``/``aside`` (or ARIA role,
    as that element) around the line, else None (a ``header`` or ``footer`` inside
    ``article``, ``main`` or ``section`` is the article's own, no zone);
    ``link_density`` the share of its visible characters inside ``<a>``; ``words``
    the class and id words of the elements around it, nearest first, lower case;
    ``scope`` the numbers of the blocks around it (which lines share a container).
    """

    path: str
    zone: str | None = None
    link_density: float = 0.0
    words: tuple[str, ...] = ()
    scope: tuple[int, ...] = ()  # the blocks around the line, by number, outermost first


@dataclass(slots=True)
class Block:
    """One line of visible text and its DOM evidence; ``soft``: the line was ended by a
    ``<br>`` and the next line goes on in the same block (a break inside a paragraph, which
    may cut a sentence), not by the end of its block (the author's own paragraph)."""

    text: str
    evidence: Evidence
    soft: bool = False


@dataclass
class Parsed:
    """The lines of a page (or of a feed) and its ``<title>``; a feed's ``entries`` are the
    indexes of the blocks that start its entries."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    entries: list[int] = field(default_factory=list)


def class_words(value: str) -> list[str]:
    """The words of a class or id attribute: split on ``-``, ``_``, spaces, digits and
    camelCase, lower case.

        >>> class_words("main-navBar side_menu2 BBSFooter")
        ['main', 'nav', 'bar', 'side', 'menu', 'bbs', 'footer']
    """
    return [word.lower() for word in WORD_SPLIT_RE.split(value) if word]


def hidden(element: etree._Element) -> bool:
    """Is the element hidden by its own attributes?

    >>> hidden(etree.fromstring('<div style="color:red; DISPLAY: none">x</div>'))
    True
    >>> hidden(etree.fromstring('<div aria-hidden="false">x</div>'))
    False
    """
    attrib = element.attrib
    if "hidden" in attrib:
        return True
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    return bool(style and HIDDEN_STYLE_RE.search(style))


class _Frame:
    """One open element: its tag, chrome zone and the class/id words from it up."""

    __slots__ = ("tag", "zone", "words", "path", "content", "scope")

    def __init__(
        self,
        tag: str,
        zone: str | None,
        words: tuple[str, ...],
        path: str,
        content: bool,
        scope: tuple[int, ...] = (),
    ) -> None:
        self.tag, self.zone, self.words, self.path = tag, zone, words, path
        self.content = content  # inside article, main or section
        self.scope = scope


class _Lines:
    """The line being built and the lines done."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_parts: list[str] = []
        self.frame: _Frame | None = None  # where the line's first text stood

    def add(self, text: str, frame: _Frame, in_link: bool) -> None:
        if not text:
            return
        if self.frame is None:
            if text.isspace():
                return
            self.frame = frame
        self.parts.append(text)
        if in_link:
            self.link_parts.append(text)

    def separate(self) -> None:
        """A space between two cells of a row (only after some text)."""
        if self.frame is not None:
            self.parts.append(" ")

    def end(self, keep_spaces: bool = False, soft: bool = False) -> None:
        """End the line under way (``keep_spaces``: a ``<pre>``'s, inner spaces kept;
        ``soft``: at a ``<br>``). A block's edge or a second ``<br>`` makes the last line's
        end hard, even when a ``<br>`` ended it first (``<p>甲<br></p><p>乙</p>``,
        ``甲<br><br>乙``: 甲 ends its paragraph)."""
        if self.frame is None:
            if self.blocks:
                self.blocks[-1].soft = False
            return
        text = "".join(self.parts)
        text = text.strip() if keep_spaces else SPACE_RE.sub(" ", text).strip()
        if text:
            visible = len(text) - sum(c.isspace() for c in text)
            linked = sum(len(p) - sum(c.isspace() for c in p) for p in self.link_parts)
            frame = self.frame
            density = round(min(1.0, linked / visible), 3) if visible else 0.0
            evidence = Evidence(frame.path, frame.zone, density, frame.words, frame.scope)
            self.blocks.append(Block(text, evidence, soft))
        self.parts, self.link_parts, self.frame = [], [], None

    def pre(self, text: str, frame: _Frame, in_link: bool) -> None:
        """Text inside ``<pre>``: its own line breaks end lines; inner spaces stay."""
        for i, line in enumerate(text.split("\n")):
            if i:
                self.end(keep_spaces=True)
            self.add(line, frame, in_link)


def _tag(element: etree._Element) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):
        return None  # a comment or processing instruction
    if "}" in tag:
        tag = tag.rsplit("}", 1)[1]  # XHTML parsed as XML: the namespace is not the name
    return tag.lower()


def _frame(element: etree._Element, tag: str, parent: _Frame | None, number: int) -> _Frame:
    zone = parent.zone if parent else None
    words = parent.words if parent else ()
    content = bool(parent and parent.content) or tag in CONTENT_TAGS
    # An article's own header and footer (its title, byline, notes) are no site chrome.
    if tag in ZONE_TAGS and not (tag in SCOPED_TAGS and parent and parent.content):
        zone = tag
    role = element.get("role")
    if role:
        zone = ZONE_ROLES.get(role.strip().lower(), zone)
    if tag not in PAGE_TAGS:
        # A heading's id is its anchor, made from its own words ("the-navigation-bar",
        # "add-more-passes"): no name of a part of the page.
        anchor = None if tag in HEADING_TAGS else element.get("id")
        own = class_words(" ".join(filter(None, (element.get("class"), anchor))))
        if own:
            words = tuple(dict.fromkeys([*own, *words]))[:MAX_WORDS]
    # A line's path ends at its block (a link's text in <li> is the li's line).
    path = parent.path if parent else ""
    scope = parent.scope if parent else ()
    if tag in BLOCK_TAGS or tag in CELL_TAGS or tag == "body" or not parent:
        path = f"{path}/{tag}" if path else tag
        scope = (*scope, number)
    return _Frame(tag, zone, words, path, content, scope)


class _Walker:
    """The block convention over a document's events in order: an element starts (with its
    attributes), text comes (an element's own, or the tail after a child), an element
    ends. :func:`walk` drives it over a parsed tree; :mod:`zhclean.html.pagestream` over
    a parser's events, for a page too large to hold as a tree."""

    def __init__(self, lines: _Lines | None = None) -> None:
        self.lines = lines if lines is not None else _Lines()
        self.frames: list[_Frame | None] = []  # None: a dropped or hidden element, skipped
        self.links = 0  # open <a> elements
        self.pres = 0  # open <pre> elements
        self.serial = 0  # elements opened: each block's number

    def start(self, tag: str | None, element) -> bool:
        """An element opens (``element``: anything with ``get`` and ``attrib``); returns
        whether its whole subtree is skipped (its ``end`` still comes, for its tail)."""
        if tag is None or tag in DROPPED_TAGS or tag in HEAD_TAGS or hidden(element):
            self.frames.append(None)
            return True
        parent = _open(self.frames)
        self.serial += 1
        frame = _frame(element, tag, parent, self.serial)
        self.frames.append(frame)
        lines = self.lines
        if tag in BLOCK_TAGS:
            lines.end()
        elif tag == "br":
            lines.end(soft=True)
        elif tag in CELL_TAGS:
            lines.separate()
        if tag == "a":
            self.links += 1
        elif tag == "pre":
            self.pres += 1
        return False

    def text(self, text: str | None) -> None:
        """Text inside the innermost open element (its own, or a child's tail)."""
        frame = _open(self.frames)
        if frame is not None and text:
            _text(self.lines, text, frame, self.links > 0, self.pres > 0)

    def end(self, tag: str | None) -> None:
        done = self.frames.pop()
        if done is not None:
            if tag == "a":
                self.links -= 1
            elif tag == "pre":
                self.pres -= 1
            if tag in BLOCK_TAGS:
                self.lines.end(keep_spaces=tag == "pre")


def walk(root: etree._Element, lines: _Lines | None = None) -> list[Block]:
    """The lines of the visible text under ``root``, by the block convention.

    >>> root = etree.fromstring("<div><nav><a href='/'>首页</a> | <a>新闻</a></nav><p>正文。</p></div>")
    >>> [(b.text, b.evidence.zone, b.evidence.link_density) for b in walk(root)]
    [('首页 | 新闻', 'nav', 0.8), ('正文。', None, 0.0)]
    """
    walker = _Walker(lines)
    events = etree.iterwalk(root, events=("start", "end"))
    for event, element in events:
        tag = _tag(element)
        if event == "start":
            if walker.start(tag, element):
                events.skip_subtree()  # its "end" still comes, for its tail
            else:
                walker.text(element.text)
            continue
        walker.end(tag)
        # The tail of an element (a skipped one too) belongs to its parent.
        walker.text(element.tail)
    walker.lines.end()
    return walker.lines.blocks


def _open(frames: list[_Frame | None]) -> _Frame | None:
    """The innermost element that is not skipped (a skipped one has no open children)."""
    return frames[-1] if frames else None


def _text(lines: _Lines, text: str, frame: _Frame, in_link: bool, in_pre: bool) -> None:
    if in_pre:
        lines.pre(text, frame, in_link)
    else:
        lines.add(text, frame, in_link)


# Bytes lxml must not see: NUL and the controls XML forbids (garble reports the others).
_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _parser() -> etree.HTMLParser:
    # huge_tree: libxml2 stops reading an HTML tree about 256 elements deep (tag soup with
    # an unclosed <div> per forum floor gets there) and drops the rest of the page quietly.
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=True,
    )


def html_root(text: str) -> etree._Element | None:
    """The document element of an HTML text (None for a text with nothing to parse)."""
    text = _FORBIDDEN_RE.sub("", _XML_DECL_RE.sub("", text, count=1))
    if not text.strip():
        return None
    try:
        return etree.fromstring(text.encode("utf-8", "surrogatepass"), _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def page_title(root: etree._Element) -> str | None:
    """The text of the page's first ``<title>``, folded to one line."""
    for element in root.iter("title"):
        text = SPACE_RE.sub(" ", element.xpath("string()")).strip()
        return text or None
    return None


def parse_html(text: str) -> Parsed:
    """The lines of an HTML page (already decoded) and its title."""
    root = html_root(text)
    if root is None:
        return Parsed()
    return Parsed(walk(root), page_title(root))


def fragment_lines(markup: str) -> list[Block]:
    """The lines of an HTML fragment (a feed entry's content), by the same convention.

    >>> [b.text for b in fragment_lines("第一段<p>第二&amp;段</p>")]
    ['第一段', '第二&段']
    """
    root = html_root(f"<body>{markup}</body>")
    return [] if root is None else walk(root)


__all__ = [
    "Block",
    "Evidence",
    "Parsed",
    "class_words",
    "fragment_lines",
    "hidden",
    "html_root",
    "page_title",
    "parse_html",
    "walk",
]
