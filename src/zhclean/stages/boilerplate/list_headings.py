"""Room 2, list headings: a heading over other entries of the site, composed of a qualifier
and a word the site's own navigation names.

A site heads its lists of other entries with a qualifier ("相关", "热门", "更多") and the kind
of entry it holds. The word lists know the common kinds (文章, 视频, 问题 ...); a dictionary's
"相关成语", an app store's "相关应用" name a kind the lists cannot all hold. The page names it
itself, though: the kind stands in its menu or its breadcrumb ("成语", "首页 > 成语大全 >
…"). A heading made of a qualifier and such a word is a list's heading, and the entries under
it go as any related list's do (runs.related_lists).

    menu "成语", trail "成语大全 > 四字成语 > 守灯待渡"; "相关成语" -> a list's heading
    no menu naming "研究"; "相关研究" -> the author's section heading, stays
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .features import SHAPE_ONLY_DETECTORS, STRONG, Item
from .registry import detector
from .shapes import BREADCRUMB_SEP_RE, squash

if TYPE_CHECKING:
    from .document import Document

HEADING_MAX = 8
KIND_MIN = 2  # characters of the kind after the qualifier
NAVIGATION_CODES = frozenset({"ZH303"})


@detector("ZH304")
def site_kind_headings(doc: Document) -> None:
    """A short kept line of a qualifier (data: channel_qualifiers) and a kind of entry the
    page's navigation names (a menu's label or a breadcrumb's step, or the end of a step:
    "相关文物" under "首頁 > 典藏 > 精選文物 > 陶瓷")."""
    items = doc.items
    lex = doc.ctx.lex
    qualifiers = lex.terms("channel_qualifiers")
    candidates = [
        k
        for k, item in enumerate(items)
        if not item.removed
        and len(item.key) <= HEADING_MAX
        and item.key.startswith(qualifiers)
        and item.han == len(item.key)
    ]
    if not candidates:
        return  # the usual page: no short line opens with a qualifier
    named, trail = _navigation_words(doc)
    if not named:
        return
    for k in candidates:
        if items[k].removed:
            continue  # an entry of the list above, taken by its walk: each line read once
        key = items[k].key
        qualifier = max((q for q in qualifiers if key.startswith(q)), key=len)
        kind = key[len(qualifier) :]
        if len(kind) >= KIND_MIN and (kind in named or any(step.endswith(kind) for step in trail)):
            items[k].mark("ZH304", STRONG, "site_kind_headings")
            _entries(items, k + 1)


ENTRY_MAX = 30


def _entries(items: list[Item], k: int) -> None:
    """The list's entries under its heading: short lines that read as links (a headline, a
    name), down to the first that does not or to the site's chrome."""
    while k < len(items):
        item = items[k]
        if item.removed:
            if item.code != "ZH304" and item.detector not in SHAPE_ONLY_DETECTORS:
                return  # the site's chrome by its words ("更多活動 >>"): the list ends there
            k += 1
            continue
        if item.protected or len(item.text) > ENTRY_MAX or not (item.link_like or _name(item)):
            return
        item.mark("ZH304", STRONG, "site_kind_headings")
        k += 1


def _name(item: Item) -> bool:
    """A bare name of another entry ("守株待兔"): ideographs only, a word or a few."""
    return 2 <= item.han == len(item.text) <= ENTRY_MAX


def _navigation_words(doc: Document) -> tuple[set[str], list[str]]:
    """The labels of the page's navigation (its menus, the steps of its breadcrumb),
    squashed: the kinds of entry the site names; and the breadcrumb's steps apart, whose
    last word names a kind too ("精选文物": 文物)."""
    words: set[str] = set()
    trail: list[str] = []
    for item in doc.items:
        if item.removed and item.code in NAVIGATION_CODES:
            steps = [squash(step) for step in BREADCRUMB_SEP_RE.split(item.key) if step]
            words.update(steps)
            if item.detector == "breadcrumb":
                trail.extend(steps)
    return words, trail
