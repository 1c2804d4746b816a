"""Room 2, sandwiched: a short line between two removed lines goes with them, when both are
of one block (an ad's, a footer's, a widget's).

    "广告" / "欢迎来到某某" / "立即下载"            -> the title between two ad lines goes
    "全部评论 34" / "热度" / "转发 12"              -> the toggle between a widget's lines goes
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...chardata import ends_sentence
from .features import POST_STAMPS, STRONG, Item, site_chrome
from .position import _credit
from .registry import detector
from .runs import _contact
from .shapes import URL_RE, squash

if TYPE_CHECKING:
    from .document import Document

# The codes of an ad block: a short title between two of its lines is more of it. (The
# weak verdicts' ad codes, without promotions, are weak.py's.)
AD_CODES = frozenset({"ZH301", "ZH302", "ZH315"})
FOOTER_LABEL_MAX = 12  # a site's name or a widget's label between two lines of its footer


def _footer_chrome(item: Item) -> bool:
    """The site's chrome by its words, or a prompt of its UI; no post's furniture (a reply
    between its stamp and its buttons is the author's)."""
    return (site_chrome(item, by_words=True) or item.code == "ZH310") and (
        item.detector not in POST_STAMPS
    )


@detector("ZH301", "ZH302", "ZH303", "ZH315", "ZH318")
def sandwiched(doc: Document) -> None:
    """A short line inside an ad or chrome block (junk right above and below) goes with it."""
    items = doc.items
    placed = doc.body_and_title()
    title = placed[2] if placed is not None else None
    # The page's last kept words: a footer starts below them (a reply further down, under a
    # widget's label, is a thread's, and its neighbours stay apart).
    last_words = next(
        (
            k
            for k in range(len(items) - 1, -1, -1)
            if not items[k].removed and items[k].han >= FOOTER_LABEL_MAX
        ),
        -1,
    )  # read from the page's end: the footer is short
    for i in range(1, len(items) - 1):
        item, above, below = items[i], items[i - 1], items[i + 1]
        if item.code or item.protected or not above.removed or not below.removed:
            continue
        if i == title:
            continue  # the article's title under its breadcrumb, whatever the trail names
        if (
            above.code in AD_CODES
            and below.code in AD_CODES
            and item.title_like
            and len(item.text) <= 20
        ):
            item.mark(above.code, STRONG, "sandwiched")
        elif (
            above.code == below.code == "ZH311" and len(item.text) <= 80 and URL_RE.search(item.key)
        ):
            # A banner between two rules: "更多...尽在 http://..."
            item.mark("ZH315", STRONG, "sandwiched")
        elif (
            above.code == below.code == "ZH303"
            and len(squash(item.key)) <= 10
            and squash(item.key) in squash(above.key) + "|" + squash(below.key)
        ):
            # The site's name between its header and its menu ("欢迎来到某某文库!" / "某某文库").
            item.mark("ZH303", STRONG, "sandwiched")
        elif (
            placed is not None
            and i > max(placed[1], last_words)
            and len(item.text) <= FOOTER_LABEL_MAX
            and not item.prose
            and not ends_sentence(item.text)
            and _footer_chrome(above)
            and _footer_chrome(below)
            and not _contact(doc, item)
            and not _credit(doc, item)
        ):
            # Below the body, a short line between two of the page's removed lines, one of
            # them the site's chrome: the site's name over its footer ("巴彦淖尔市人民政府"
            # between "扫一扫在手机打开当前页" and "关于我们"), a widget's label.
            item.mark("ZH318", STRONG, "sandwiched")
        elif (
            placed is not None
            and i < placed[0]
            and 0 < len(item.text) <= TOGGLE_MAX
            and item.han == len(item.text)
            and above.code in TOGGLE_NEIGHBOURS
            and below.code in TOGGLE_NEIGHBOURS
            and _footer_chrome(above)
            and _footer_chrome(below)
        ):
            # Above the body, a bare word of a few characters between two of the site's
            # lines taken by their words (a menu's, a prompt's; not a list, whose entries it
            # may head, nor a count): a toggle, a site's name between its menus ("百度贴吧"),
            # whatever its word. (Below it, a short reply may sit between two widgets.)
            item.mark("ZH318", STRONG, "sandwiched")


TOGGLE_MAX = 4
TOGGLE_NEIGHBOURS = frozenset({"ZH303", "ZH310"})  # navigation, a prompt
