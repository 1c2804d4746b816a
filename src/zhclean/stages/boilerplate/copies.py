"""Copies on one page: two adjacent identical lines become one (POLICY), a line and its copy
plus a credit or the site's name keep the longer (or, far apart, the headline), and a
teaser cut from the paragraph right under it goes.

    "城南图书馆延长夜间开放时间" / "城南图书馆延长夜间开放时间"     -> the second goes
    "城南图书馆延长夜间开放时间" / "城南图书馆延长夜间开放时间（图）" -> the first goes

A run of the article's paragraphs printed again further down (a hidden print or mobile
layout, a reader widget) is the same text: the later copies go, the first stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .features import STRONG, Item
from .registry import detector
from .shapes import squash

if TYPE_CHECKING:
    from .document import Document


# A line this long (in letters) that the next line starts with is a teaser cut from it.
TEASER_PREFIX_MIN = 15


@detector("ZH314", "ZH312")
def duplicates(doc: Document) -> None:
    """Two adjacent identical lines become one; a line and its copy plus a credit, the longer."""
    credit_suffix = doc.ctx.vocab.credit_suffix
    previous: Item | None = None
    for item in doc.items:
        if item.removed:
            continue
        if previous is not None:
            if item.key == previous.key:
                item.mark("ZH314", STRONG, "duplicates")
                continue
            longer, shorter = (
                (item, previous) if len(item.key) > len(previous.key) else (previous, item)
            )
            if (
                len(shorter.key) >= 10
                and longer.key.startswith(shorter.key)
                and (
                    credit_suffix.match(longer.key[len(shorter.key) :])
                    or _site_suffix(doc, longer.key[len(shorter.key) :])
                )
            ):
                # Side by side, the longer copy stays (its credit is a fact). A page's
                # <title> ("标题_某某网") far above the headline, with the page's chrome
                # between them, is the site's: the headline over the body stays.
                drop = shorter
                if (
                    longer is previous
                    and item.no - previous.no > 1
                    and _site_suffix(doc, longer.key[len(shorter.key) :])
                ):
                    drop = longer
                drop.mark("ZH314", STRONG, "duplicates")
                if drop is previous:
                    previous = item
                continue
            if (
                shorter is previous
                and len(squash(shorter.key)) >= TEASER_PREFIX_MIN
                and not shorter.prose_end
                and squash(longer.key).startswith(squash(shorter.key))
            ):
                # A teaser cut from the paragraph right under it: the paragraph stays.
                shorter.mark("ZH312", STRONG, "duplicates")
                previous = item
                continue
        previous = item


def _site_suffix(doc: Document, rest: str) -> bool:
    """ " - 中时电子报", "_某某网": a title's copy that adds only the site's name."""
    rest = rest.strip()
    return (
        rest[:1] in "-_|–—"
        and len(rest) <= 20
        and squash(rest).endswith(doc.ctx.lex.terms("site_kinds"))
    )


# Paragraphs in a row that make a copy of a passage: one paragraph alone may be quoted again
# (a pull quote, a summary), two in the same order are the page printing itself twice.
COPIED_RUN_MIN = 2
COPIED_HAN_MIN = 20


@detector("ZH314")
def copied_passages(doc: Document) -> None:
    """Later copies of a run of two paragraphs or more, word for word, in the same order."""
    items = doc.items
    paragraphs = [
        k
        for k, it in enumerate(items)
        if not it.removed and it.han >= COPIED_HAN_MIN and it.shape.paragraph
    ]
    if len(paragraphs) < 2 * COPIED_RUN_MIN:
        return
    first_seen: dict[str, int] = {}
    repeats: list[int] = []
    for position, k in enumerate(paragraphs):
        key = items[k].key
        if key in first_seen:
            repeats.append(position)
        else:
            first_seen[key] = position
    if len(repeats) < COPIED_RUN_MIN:
        return  # the common case: no paragraph twice
    # A repeat goes when its neighbour among the paragraphs repeats too, and the two follow
    # each other in the first copy as well.
    repeated = set(repeats)
    for position in repeats:
        key = items[paragraphs[position]].key
        for step in (-1, 1):
            other = position + step
            if other not in repeated:
                continue
            other_key = items[paragraphs[other]].key
            if first_seen[other_key] - first_seen[key] == step:
                items[paragraphs[position]].mark("ZH314", STRONG, "copied_passages")
                break
