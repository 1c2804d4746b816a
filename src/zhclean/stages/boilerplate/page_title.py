"""The page's <title> as a scraper prints it first, over the page it names.

    "…是什么情况？_二手手表回收店" over "…是什么情况？"   -> the <title> line goes (ZH303)
    "才聘网 - 找工作上才聘" over another article's title -> the site's name and slogan go

With no copy of its headline below and no site's name in it, it is the only title there is
and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence, han_count
from .features import STRONG, Item
from .registry import detector
from .shapes import DATE_RE, GramPool, ngrams, squash

if TYPE_CHECKING:
    from .document import Document


# Where a page's <title> parts the headline from the site's name: "…多少钱？_二手手表回收店",
# "头盔式单兵系统_思迈奥-每日快3-首页", "… - 光阳高考网", "… | 雅虎".
# What parts a page's <title> into headline and site: "_", "|", a dash, and in blog
# templates " @ ", "::", " · " and "»" ("[玩]台东小野柳 @ May执念与直念 :: 痞客邦 ::").
TITLE_SEPARATOR_RE = re.compile(r"\s?(?:[_|｜»]|\s[-–—@·]\s|[-–—]|::)\s?")
PAGE_TITLE_MAX = 160
PAGE_TITLE_HEAD_MIN = 4
PAGE_TITLE_REACH = 30  # lines below it where the page prints its headline
SITE_NAME_MIN = 3  # a name of the site in its <title>, not a stray letter
SITE_NAME_MAX = 40  # beside the headline: a site's name and SEO words, not a chapter


@detector("ZH303")
def page_title_line(doc: Document) -> None:
    """The page's <title> as a scraper prints it first: the headline, a separator and the
    site's name, when the headline stands again below it ("…是什么情况？_二手手表回收店" over
    "…是什么情况？"). With no copy below, it is the only title there is and stays."""
    if not doc.head:
        return
    first = next((it for it in doc.items if not it.removed), None)
    if first is None or len(first.text) > PAGE_TITLE_MAX or ends_sentence(first.text):
        return
    if not TITLE_SEPARATOR_RE.search(first.key):
        return  # the common case, settled by one scan of one line
    live = [it for it in doc.items[: PAGE_TITLE_REACH * 2] if not it.removed]
    # Right under it, the copy is a duplicate whose longer form stays (POLICY: duplicates).
    later = {squash(it.key) for it in live[1:PAGE_TITLE_REACH] if it.no > first.no + 1}
    for match in TITLE_SEPARATOR_RE.finditer(first.key):
        before, after = first.key[: match.start()], first.key[match.end() :]
        # The headline, then the site's name ("…_二手手表回收店"); or the site's name first
        # ("久久久天天综合精品-【…】审国安要犯黎智英…").
        for head, site in ((before, after), (after, before)):
            if (
                _site_name(site)
                and len(squash(head)) >= PAGE_TITLE_HEAD_MIN
                and squash(head) in later
            ):
                first.mark("ZH303", STRONG, "page_title_line")
                doc.headline_key = squash(head)
                # The site's own name, that the page may print alone too ("May执念与直念").
                doc.site_names = {
                    name
                    for part in TITLE_SEPARATOR_RE.split(site)
                    if len(name := squash(part)) >= SITE_NAME_MIN
                }
                return
    _site_and_slogan(doc, first)


SHARED_WITH_ARTICLE_MAX = 1  # two-character words a part may share with the title and lead


def _site_and_slogan(doc: Document, first: Item) -> None:
    """A <title> of the site's name and its slogan, two parts ("才聘网 - 找工作上才聘"), over an
    article whose own title stands below: neither part names the article. A part that shares
    its words with the title or the lead is the article's headline, and the line stays."""
    placed = doc.body_and_title()
    if placed is None or placed[2] is None or doc.items[placed[2]] is first:
        return
    parts = [part for part in TITLE_SEPARATOR_RE.split(first.key) if squash(part)]
    kinds = doc.ctx.lex.terms("site_kinds")  # a site's name ends with its kind: "才聘网"
    if len(parts) != 2 or not any(_site_name(p) and squash(p).endswith(kinds) for p in parts):
        return
    body_start, _, title = placed
    items = doc.items
    article = GramPool(
        squash(items[title].key + "".join(it.key for it in items[body_start : body_start + 3])), 2
    )
    if all(article.count(ngrams(part, 2)) <= SHARED_WITH_ARTICLE_MAX for part in parts):
        first.mark("ZH303", STRONG, "page_title_line")


def _site_name(text: str) -> bool:
    """A site's name, or its SEO tail, beside a page's headline: short, no sentence in it, a
    name ("体育新世界", "Maiden Post") rather than a page number ("p1")."""
    site = squash(text)
    if not site or len(site) > SITE_NAME_MAX or any(mark in text for mark in "，。！？,!?"):
        return False
    if DATE_RE.search(text):
        return False  # "…-2020年10月16日全球经济日历": the day's edition of a post, no site
    return han_count(site) >= 2 or sum(ch.isalpha() for ch in site) >= 3
