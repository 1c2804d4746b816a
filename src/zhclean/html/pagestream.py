"""A page too large to hold as a tree: its visible text, line by line, as it is parsed.

lxml's parser is fed the decoded text a piece at a time and calls this module's target
with each element's start and end and each run of text, in document order; no tree is
built. The same walker as a small page's (:class:`zhclean.html.blocks._Walker`) makes
the lines, by the same block convention, so memory stays that of one line and the open
elements, whatever the page's size. The lines carry no DOM evidence onward: a page this
large is cleaned as text, in blocks (see :mod:`zhclean.stream`).

    >>> reader = PageLines()
    >>> list(reader.lines(iter(["<html><head><title>大", "页</title></head><body><p>第一",
    ...                         "段。</p><nav>首页</nav>尾<br>行</body></html>"])))
    ['第一段。\\n', '首页\\n', '尾\\n', '行\\n']
    >>> reader.title
    '大页'
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from lxml import etree

from .blocks import _FORBIDDEN_RE, SPACE_RE, Block, _Lines, _Walker

_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


class _Attributes:
    """An element's attributes as the walker asks them (``get``, ``attrib``)."""

    __slots__ = ("attrib",)

    def __init__(self, attrib) -> None:
        self.attrib = attrib

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.attrib.get(key, default)


class _Target:
    """lxml's parser target: events to the walker; a skipped subtree is counted through."""

    def __init__(self, walker: _Walker) -> None:
        self.walker = walker
        self.skipping = 0  # depth inside a skipped element (script, head, hidden...)
        self.title_parts: list[str] | None = None  # inside the first <title>
        self.title: str | None = None

    def start(self, tag, attrib, nsmap=None) -> None:
        name = _name(tag)
        if name == "title" and self.title is None and self.title_parts is None:
            self.title_parts = []
        if self.skipping:
            self.skipping += 1
            return
        if self.walker.start(name, _Attributes(attrib)):
            self.skipping = 1

    def end(self, tag) -> None:
        name = _name(tag)
        if name == "title" and self.title_parts is not None and self.title is None:
            self.title = SPACE_RE.sub(" ", "".join(self.title_parts)).strip() or ""
            self.title_parts = None
        if self.skipping:
            self.skipping -= 1
            if self.skipping:
                return
        self.walker.end(name)

    def data(self, text: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(text)
        if not self.skipping:
            self.walker.text(text)

    def close(self) -> None:
        self.walker.lines.end()


def _name(tag) -> str | None:
    if not isinstance(tag, str):
        return None
    if "}" in tag:
        tag = tag.rsplit("}", 1)[1]
    return tag.lower()


class PageLines:
    """Feed a page's decoded text in pieces; get its lines (:class:`Block`, with their DOM
    evidence) as they are done, and its ``<title>`` once it has been read."""

    def __init__(self) -> None:
        self.done = _Lines()
        self.target = _Target(_Walker(self.done))
        self.parser = etree.HTMLParser(
            target=self.target,
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            recover=True,
            huge_tree=True,
        )
        self.started = False

    @property
    def title(self) -> str | None:
        return self.target.title or None

    def blocks(self, chunks: Iterator[str]) -> Iterator[Block]:
        """The page's lines, in order; a line is handed over once the next one is there (a
        ``<br>`` that ended it may yet turn out to end its paragraph)."""
        for chunk in chunks:
            if not self.started:
                chunk = _XML_DECL_RE.sub("", chunk.lstrip("\ufeff"), count=1)
                self.started = bool(chunk.strip())
                if not self.started:
                    continue
            self.parser.feed(_FORBIDDEN_RE.sub("", chunk).encode("utf-8", "surrogatepass"))
            yield from self._drain(keep=1)
        if self.started:
            with contextlib.suppress(etree.XMLSyntaxError):  # recover: what was read stands
                self.parser.close()
        yield from self._drain(keep=0)

    def lines(self, chunks: Iterator[str]) -> Iterator[str]:
        """The lines' text, each with its ``\n``."""
        return (block.text + "\n" for block in self.blocks(chunks))

    def _drain(self, keep: int) -> Iterator[Block]:
        blocks = self.done.blocks
        if len(blocks) > keep:
            done = blocks[: len(blocks) - keep]
            del blocks[: len(blocks) - keep]
            yield from done


__all__ = ["PageLines"]
