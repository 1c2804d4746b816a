"""A thread's furniture by its shape: where each post was sent from, printed above its text
("上海市", "IP属地：广东"), and the author's name right above that. The reply under them
stays, however short (guards.guard_posts).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import STRONG
from .guards import kept_neighbours
from .registry import detector

if TYPE_CHECKING:
    from .document import Document


# A place alone on a line, as a thread prints where each post was sent from ("上海市",
# "浙江省杭州市", "IP属地：广东").
PLACE_STAMP_RE = re.compile(
    r"(?:(?:IP ?属地|来自|发布于)[:：]? ?)?(?:[\u4e00-\u9fff]{2,7}?(?:省|市|自治区|特别行政区))+"
    r"|(?:IP ?属地|来自)[:：] ?[\u4e00-\u9fff]{2,7}"
)
POST_STAMPS_MIN = 3
POST_AUTHOR_MAX = 20


@detector("ZH307")
def post_stamps(doc: Document) -> None:
    """Where each post of a thread was sent from, above its text: three or more lines that
    are only a place, most of them right above a line of prose. A list of places with
    figures under them (a table's rows) has no prose under them, and stays."""
    items = doc.items
    places = [
        i for i, it in enumerate(items) if not it.removed and PLACE_STAMP_RE.fullmatch(it.key)
    ]
    if len(places) < POST_STAMPS_MIN:
        return

    following = kept_neighbours(items)[1]

    def above_text(i: int) -> bool:
        after = following[i]
        return after is not None and after.han >= 4 and not PLACE_STAMP_RE.fullmatch(after.key)

    if sum(1 for i in places if above_text(i)) * 3 < len(places) * 2:
        return
    for i in places:
        items[i].mark("ZH307", STRONG, "post_stamps")
        # The line right above is the post's author ("henryspace:"): a name, no sentence.
        above = items[i - 1] if i else None
        if (
            above is not None
            and not above.removed
            and len(above.text) <= POST_AUTHOR_MAX
            and not above.prose
            and not any(mark in above.text for mark in "，。！？,!?")
        ):
            above.mark("ZH307", STRONG, "post_stamps")
