"""Room 3, by place: the site's name or slogan standing alone at the head or the foot of the
page ("电子发烧友网", "维基百科，自由的百科全书"), the owner its notice names, an account's name
its byline repeats ("城南读书会" over the title, "原创 小林 城南读书会" under it), and an
English template line over a Chinese page.

    >>> _words("城南 资讯网")
    2
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence
from .features import LABEL_MARKS, STRONG
from .position import _credit
from .registry import detector
from .shapes import TIME_RE, squash

if TYPE_CHECKING:
    from .document import Document


SITE_LINE_MAX = 20
BYLINE_RE = re.compile(r"^by\s+[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,3}$")
HEAD_TEMPLATE_LINES = 5  # a file's own header stands in its first lines
# Three or more English words and nothing else.
ENGLISH_LINE_RE = re.compile(r"^[a-z][a-z'-]*(?:[ ,.][a-z][a-z'-]*){2,}[.:]?$")


LOST_CHARS = "?？\ufffd"  # what a lossy decoder put where a character could not be read


def _lost_kind(key: str, kinds: tuple[str, ...]) -> bool:
    """Does the line end with what a site calls itself, its last character lost to a lossy
    decoder ("?基百科，自由的百科全?")? A question that names a kind whole ("…百科全书?")
    does not."""
    squashed = squash(key)
    if key.rstrip()[-1:] not in LOST_CHARS or squashed.endswith(kinds):
        return False
    return any(len(kind) >= 3 and squashed.endswith(kind[:-1]) for kind in kinds)


SITE_NAME_WORDS = 2
OWNER_NAME_MIN = 4  # ideographs of a name the notice prints, not a word of it ("版权") or a number


def _words(key: str) -> int:
    """Words of a line parted by spaces, a separator's dash or bar not counted."""
    return sum(1 for token in key.split() if any(ch.isalnum() for ch in token))


@detector("ZH303")
def site_name_lines(doc: Document) -> None:
    """The site's name or slogan standing alone above the body (the title aside) or below it:
    a short line that ends with what a site calls itself ("电子发烧友网", "维基百科，自由的
    百科全书") or that the site's notice names as its owner; above the title, an English
    template line in a Chinese page ("This file was derived from")."""
    span = doc.body_and_title()
    if span is None:
        return
    first, last, title = span
    items = doc.items
    kinds = doc.ctx.lex.terms("site_kinds")
    # The owner's name the site's notice prints ("Copyright © 2024 某某科技有限公司 版权所有"):
    # alone at the head or the foot, it is the site's name too.
    notices = " ".join(squash(it.key) for it in items if it.removed and it.code == "ZH305")
    accounts = _byline_accounts(doc, title)
    zones = []
    if doc.head:
        zones.append(range(0, first))
    if doc.tail:
        zones.append(range(last + 1, len(items)))
    for zone in zones:
        for i in zone:
            item = items[i]
            # A lost character at the end reads as a question mark: no sentence's end.
            lossy = item.text[-1:] in LOST_CHARS and _lost_kind(item.key, kinds)
            if i == title or item.code or (ends_sentence(item.text) and not lossy):
                continue
            if _credit(doc, item):
                continue
            if BYLINE_RE.match(item.key):
                continue  # "By Edmond Emmanuel": the author's byline, not the site's line
            squashed = squash(item.key)
            if (
                len(item.text) <= SITE_LINE_MAX
                and (
                    lossy
                    # A name is one or two words: "播放电视台 日本 东京电视网" is an infobox's
                    # field whose value ends with the word a site ends with.
                    or (squashed.endswith(kinds) and _words(item.key) <= SITE_NAME_WORDS)
                    or squashed in doc.site_names
                    or (i < first and squashed in accounts)
                    or (item.han >= OWNER_NAME_MIN and squashed in notices)
                )
                # A session of a programme: "1:30－3:30“国有企业改革”论坛" (no site's name has
                # a time of day in it).
                and not TIME_RE.search(item.key)
                or title is not None
                and i < min(HEAD_TEMPLATE_LINES, title)
                and item.han == 0
                and ENGLISH_LINE_RE.match(item.key)
                # A template stands before the page's own words: an English line under a
                # kept Chinese one is the author's ("混蛋！我最恨到这个网页。" / "I'm no
                # longer here"), however close to the top the lines above it leave it.
                and not any(it.han and not it.removed for it in items[:i])
            ):
                item.mark("ZH303", STRONG, "site_name_lines")


BYLINE_REACH = 3  # lines under the title within which its byline stands
BYLINE_WORDS_MIN = 2
BYLINE_MAX = 30


def _byline_accounts(doc: Document, title: int | None) -> set[str]:
    """The account a byline names last, after its author ("原创 小林 城南读书会"): above the
    title, that name alone is the account's or the site's, printed over each of its pages."""
    if title is None:
        return set()
    found: set[str] = set()
    # (The title found may be the byline itself, right over the body.)
    for item in doc.items[title : title + 1 + BYLINE_REACH]:
        words = item.key.split()
        if (
            len(words) > BYLINE_WORDS_MIN
            and len(item.text) <= BYLINE_MAX
            and not item.removed
            and not LABEL_MARKS.intersection(item.text)
        ):
            found.add(squash(words[-1]))
    return found
