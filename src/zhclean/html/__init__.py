"""Whole HTML/XHTML pages and RSS/Atom feeds: bytes -> lines of visible text with their
DOM evidence. Pure (no I/O): the pipeline's markup stage calls it for every engine.

``sniff`` (no parser imported) tells markup from text; ``page.read_page`` decodes
and parses; ``blocks`` holds the block convention, ``feeds`` the feeds, ``charset``
the encoding's precedence.

    >>> from zhclean.html.page import read_page
    >>> page = read_page("<!DOCTYPE html><title>题</title><nav><a href=/>首页</a></nav><p>正文。</p>".encode())
    >>> page.source, page.title, page.text
    ('html', '题', '首页\\n正文。')

A document is markup by its content: after a BOM, white space and comments it
opens with an HTML doctype or ``<html>``, or is XML whose root is ``rss``,
``feed`` or ``rdf:RDF``. A file whose name or HTTP type says HTML (``likely``)
is markup as soon as a common HTML tag shows in its head; other XML named so (a
sitemap) is ``xml``, no page: the markup stage skips it with its reason.
"""

from .sniff import sniff

__all__ = ["sniff"]
