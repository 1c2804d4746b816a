"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each entry's title, then its content.

The content is ``content:encoded`` when the entry has it, else Atom's
``content``, else ``description``, else ``summary``; its HTML (escaped or in
CDATA) becomes lines by the same block convention as a page. The channel's own
title and description are not the author's text of any entry and are left out.

    >>> feed = '''<rss version="2.0"><channel><title>Blog</title><item>
    ... <title>第一篇</title><description><![CDATA[<p>正文一。</p><p>正文二。</p>]]></description>
    ... </item></channel></rss>'''
    >>> [block.text for block in parse_feed(feed).blocks]
    ['第一篇', '正文一。', '正文二。']
"""

from __future__ import annotations

import html
import re

from lxml import etree

from .blocks import Block, Evidence, Parsed, fragment_lines

ENTRY_NAMES = frozenset({"item", "entry"})
# Where an entry's text is, best first.
CONTENT_NAMES = ("encoded", "content", "description", "summary")
_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].split(":")[-1].lower()


def _markup_of(element: etree._Element) -> str:
    """The HTML an element of a feed holds: its text (escaped HTML or CDATA, decoded by
    the parser), or its child elements (Atom ``type="xhtml"``), as markup."""
    kind = (element.get("type") or "").lower()
    children = [child for child in element if isinstance(child.tag, str)]
    if children:
        inner = "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in children
        )
        return (element.text or "") + _strip_namespaces(inner)
    text = element.text or ""
    if kind == "text":
        return html.escape(text)  # plain text: its '<' is a character, not a tag
    return text


_NS_RE = re.compile(r"""\s+xmlns(?::\w+)?=("[^"]*"|'[^']*')|<(/?)\w+:""")


def _strip_namespaces(markup: str) -> str:
    return _NS_RE.sub(lambda m: f"<{m.group(2)}" if m.group(0).startswith("<") else "", markup)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        encoding="utf-8",
        recover=True,
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
    )


# A reference XML knows (its five entities, a character's number) and an "&" that starts none.
_XML_REFERENCE_RE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_ENTITY_RE = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_BARE_AMP_RE = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)")


def _xml_safe(text: str) -> str:
    """Feeds written by hand or by HTML templates use HTML's named entities (``&nbsp;``,
    ``&mdash;``) and bare ampersands (``宝洁&联合利华``), which XML does not know: a recovering
    parser drops the rest of the element there. HTML's entities become their characters,
    an ampersand that starts no reference becomes ``&amp;``.

        >>> _xml_safe("<title>第二篇&nbsp;文章&mdash;宝洁&联合利华 &amp; &#20013;</title>")
        '<title>第二篇\xa0文章—宝洁&amp;联合利华 &amp; &#20013;</title>'
    """
    if "&" not in text:
        return text
    text = _BARE_AMP_RE.sub("&amp;", text)

    def named(match: re.Match[str]) -> str:
        if _XML_REFERENCE_RE.fullmatch(match.group(0)):
            return match.group(0)
        decoded = html.unescape(match.group(0))
        return match.group(0) if decoded == match.group(0) else _escape_xml(decoded)

    return _ENTITY_RE.sub(named, text)


def _escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed_root(text: str) -> etree._Element | None:
    text = _FORBIDDEN_RE.sub("", _XML_DECL_RE.sub("", text, count=1))
    text = _xml_safe(text)
    if not text.strip():
        return None
    try:
        return etree.fromstring(text.encode("utf-8", "surrogatepass"), _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None


def parse_feed(text: str) -> Parsed:
    """The lines of a feed's entries, in document order, and the feed's title."""
    root = feed_root(text)
    if root is None:
        return Parsed()
    blocks: list[Block] = []
    starts: list[int] = []
    title: str | None = None
    for element in root.iter():
        name = _local(element)
        if name == "title" and title is None and _local(element.getparent()) not in ENTRY_NAMES:
            title = " ".join((element.xpath("string()") or "").split()) or None
        if name not in ENTRY_NAMES:
            continue
        found = _entry(element)
        if found:
            starts.append(len(blocks))
            blocks.extend(found)
    return Parsed(blocks, title, starts)


def _entry(entry: etree._Element) -> list[Block]:
    children = {}
    for child in entry:
        name = _local(child)
        if name and name not in children:
            children[name] = child
    out: list[Block] = []
    heading = children.get("title")
    if heading is not None:
        text = " ".join(block.text for block in fragment_lines(_markup_of(heading)))
        if text:
            out.append(Block(text, Evidence("feed/entry/title")))
    for name in CONTENT_NAMES:
        body = children.get(name)
        if body is None:
            continue
        lines = fragment_lines(_markup_of(body))
        if lines:
            out.extend(_rebased(block, name) for block in lines)
            break
    if out:
        out[-1].soft = False  # the next entry is another text
    return out


def _rebased(block: Block, name: str) -> Block:
    path = block.evidence.path.removeprefix("html/body").lstrip("/")
    where = f"feed/entry/{name}" + (f"/{path}" if path else "")
    evidence = Evidence(
        where, block.evidence.zone, block.evidence.link_density, block.evidence.words
    )
    return Block(block.text, evidence, block.soft)


__all__ = ["parse_feed", "feed_root"]
