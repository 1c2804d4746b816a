"""The page's lines joined by line breaks, once per list of lines.

Several sweeps settle their page with one count or search of the page's lines joined (a
gate in C in place of a test a line); each joined the same lines again, some ten joins a
pass, which on a page of short lines cost as much as a sweep. An item's text and key are
set once when it is made, and no sweep adds, drops or replaces a document's items: the
join of a list of lines is the same while the list is the same and of the same length.

    >>> from zhclean.stages.boilerplate.features import Item
    >>> items = [Item(1, "首页", "首页"), Item(2, "ABC", "abc")]
    >>> page_keys(items), page_texts(items)
    ('首页\\nabc', '首页\\nABC')
"""

from __future__ import annotations

from .features import Item

# The last list joined, its length then, and the join (as body.body_span keeps its span):
# the sweeps ask of one document's lines, pass after pass; a list held here stays alive, so
# no other list takes its identity.
_KEYS: list = [None, -1, ""]
_TEXTS: list = [None, -1, ""]


def page_keys(items: list[Item]) -> str:
    """``"\\n".join(item.key for item in items)``, joined once per list of lines."""
    last = _KEYS
    if last[0] is not items or last[1] != len(items):
        last[:] = [items, len(items), "\n".join([item.key for item in items])]
    return last[2]


def page_texts(items: list[Item]) -> str:
    """``"\\n".join(item.text for item in items)``, joined once per list of lines."""
    last = _TEXTS
    if last[0] is not items or last[1] != len(items):
        last[:] = [items, len(items), "\n".join([item.text for item in items])]
    return last[2]
