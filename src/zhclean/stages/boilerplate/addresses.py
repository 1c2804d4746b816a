"""Guards, addresses: a bare address the author gives stays, whatever took it for a link.

"参考：https://…" and the addresses right under it           -> the author's references
"项目源码" / "https://…" / "一些截图"                          -> the author's, between kept lines
"网址：www.example.com" in a company's contact box           -> a contact line, stays
"本站永久域名：" / "www.example.com"                            -> the site's, goes
"""

from __future__ import annotations

import re
from collections import Counter

from .body import is_body_prose
from .features import Item
from .guards import kept_neighbours
from .shapes import PHONE_LINE_RE, URL_RE


def guard_contact_urls(items: list[Item], contact_label: re.Pattern[str]) -> None:
    """A company's site in its contact box ("网址：www.example.com" between "地址：…" and
    "邮箱：…") is a contact line the page's subject gives, and stays (POLICY: contact lines).
    Alone, under a product's specifications, it is a metadata line of a URL, and goes."""
    taken = [i for i, item in enumerate(items) if item.detector == "label_with_url"]
    if not taken:
        return  # the usual page: no such line, no neighbours to find
    before, after = kept_neighbours(items)
    for i in taken:
        item = items[i]
        if any(
            near is not None and (contact_label.match(near.key) or PHONE_LINE_RE.match(near.key))
            for near in (before[i], after[i])
        ):
            item.clear()
            item.guard = "a site's address in its contact box"


CITATION_RE = re.compile(r"^([^\s:：]{1,12})\s?[:：]")


def guard_cited_urls(
    items: list[Item],
    citation_labels: frozenset[str] | list[str],
    site_self_words: tuple[str, ...] = (),
    title_at: int | None = None,
) -> None:
    """A reference the author cites ("参考：https://…"), whatever took it for a link, and the
    bare addresses right under it ("https://…"): more of its references, not a site's link
    (POLICY: credits stay). One pass down the page, the kept line above carried along."""
    if not any(item.removed and item.detector in LINK_TAKERS for item in items):
        return  # the usual page: no address taken
    labels = set(citation_labels)

    def cites(item: Item) -> bool:
        label = CITATION_RE.match(item.key)
        return label is not None and label.group(1) in labels and bool(URL_RE.search(item.key))

    following = kept_neighbours(items)[1]
    # A feed's permalinks, one under each entry, share the site's host: furniture, not a
    # reference the author cites.
    hosts = Counter(_host(it.key) for it in items if it.removed and it.detector == "bare_url")
    above: Item | None = None  # the nearest kept line above
    for k, item in enumerate(items):
        taken = item.removed and item.detector in LINK_TAKERS
        if taken and (
            cites(item)
            or (
                item.detector == "bare_url"
                and above is not None
                and (
                    cites(above)
                    or above.guard == CITED
                    or (
                        hosts[_host(item.key)] == 1
                        and (
                            _between_paragraphs(above, following[k])
                            or (
                                k - 1 != title_at and _among_author_lines(items, k, site_self_words)
                            )
                        )
                    )
                )
            )
        ):
            item.clear()
            item.guard = CITED
        if not item.removed:
            above = item


HOST_RE = re.compile(r"^(?:https?://)?([^/\s]+)")


def _host(key: str) -> str:
    """The host an address names ("http://www.example.com/a/b" -> "www.example.com")."""
    found = HOST_RE.match(key)
    return found.group(1) if found else key


def _between_paragraphs(above: Item, below: Item | None) -> bool:
    """Does an address stand between two of the body's paragraphs, as the author cites it
    in the text ("…见下面的网址：" / "https://…" / "…")? A site's link stands among its chrome."""
    return below is not None and is_body_prose(above) and is_body_prose(below)


def _among_author_lines(items: list[Item], k: int, site_self_words: tuple[str, ...]) -> bool:
    """Does an address stand right between two kept lines, nothing taken around it ("Here's
    the new address:" / "http://…" / "Please update your links")? A site's link stands among
    chrome that goes, under the site's word for itself ("本站永久域名:", data:
    site_self_words), or under the page's title (the caller's check)."""
    if not 0 < k < len(items) - 1:
        return False
    around = (items[k - 1], items[k + 1])
    return not any(it.removed or any(w in it.key for w in site_self_words) for it in around)


# Detectors that take a line for a link: its address alone, a label and its address, or
# the page's structure (a block that is all link).
LINK_TAKERS = frozenset({"bare_url", "label_with_url", "dom_chrome"})


CITED = "a reference the author cites"
