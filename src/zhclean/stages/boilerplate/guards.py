"""Guards: what is never removed, and why. They run around the detectors.

Before: lines inside an open bracket are fragments of the line above
(``protected``) and rows of a table the author wrote are never menus
(``table``). After: a line of two or more sentences between two paragraphs of
prose stays, whatever took it.

    >>> items = [Item(1, "表一", "表一"), Item(2, "| 年份 | 产量 |", ""), Item(3, "| 2020 | 12 |", "")]
    >>> mark_tables(items); [it.table for it in items]
    [False, True, True]
"""

from __future__ import annotations

from .features import Item
from .shapes import ellipsis_end, sentence_ends

# A bracket left open holds at most this many lines: '(邓志强' / '易' / '松)'. A teaser cut
# inside a bracket ("共接报火灾322起（3起未出动，..."), never closes it.
BRACKET_LINES = 3


def mark_protected(items: list[Item]) -> None:
    """Lines inside an unclosed bracket: '(邓志强' / '易' / '松)' is one credit."""
    depth = held = 0
    for item in items:
        item.protected = depth > 0
        held = held + 1 if depth > 0 else 0
        text = item.text
        if ellipsis_end(text):
            continue  # a cut teaser leaves its bracket open: no fragment follows it
        depth += text.count("(") + text.count("（") - text.count(")") - text.count("）")
        depth = max(0, min(depth, 3))
        if held >= BRACKET_LINES:
            depth = 0


def mark_tables(items: list[Item]) -> None:
    """Rows of a table: '| a | b |' lines, or two or more lines in a row split by '|' into
    the same number of cells, one of them with a number. A menu is one line of words."""
    for item in items:
        text = item.text.strip()
        if len(text) > 2 and text.startswith("|") and text.endswith("|"):
            item.table = True
    i = 0
    while i < len(items):
        cells = items[i].text.count("|")
        j = i
        while cells >= 2 and j + 1 < len(items) and items[j + 1].text.count("|") == cells:
            j += 1
        run = items[i : j + 1]
        if j > i and any(ch.isdigit() for it in run for ch in it.text):
            for it in run:
                it.table = True
        i = j + 1


def guard_prose(items: list[Item]) -> None:
    """Never remove a line of two or more sentences that sits inside a body of prose."""
    # The nearest kept line on each side of every line, in two linear sweeps.
    before: list[Item | None] = []
    last: Item | None = None
    for item in items:
        before.append(last)
        if not item.removed:
            last = item
    after: list[Item | None] = [None] * len(items)
    last = None
    for i in range(len(items) - 1, -1, -1):
        after[i] = last
        if not items[i].removed:
            last = items[i]
    for i, item in enumerate(items):
        if not item.removed or sentence_ends(item.text) < 2:
            continue
        prev, nxt = before[i], after[i]
        if prev and nxt and prev.prose and nxt.prose:
            item.clear()
            item.guard = "prose between prose"


def guard_signature_dates(items: list[Item], org_suffixes: tuple[str, ...]) -> None:
    """A notice's signature: an organisation's name, then the date it signed on. The date is a
    fact of the notice (POLICY: dates), not the page's timestamp: it stays."""
    from .body import body_end

    end = body_end(items)
    if end is None:
        return
    previous: Item | None = None
    for item in items[end + 1 :]:  # a signature stands below the notice's text
        if (
            item.removed
            and item.code == "ZH308"
            and previous is not None
            and not previous.removed
            and previous.key.endswith(org_suffixes)
            and len(previous.text) <= 30
        ):
            item.clear()
            item.guard = "date of a signature"
        if not item.removed:
            previous = item
