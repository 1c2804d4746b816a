"""Room 2, placeholders: a run of one stem counted up, each alone on its line ("截图1" /
"截图2" / "截图3"): the labels a gallery or a slider prints where its pictures were.

    "应用截图" / "截图1" / "截图2" / "截图3" / "截图4"  -> the four labels go
    "第1章 …" / "第2章 …"                             -> a book's contents: other rooms judge it
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import STRONG, Item
from .registry import detector

if TYPE_CHECKING:
    from .document import Document

# A stem of a few letters or ideographs, then its number, nothing else: "截图1", "图片 2",
# "slide 3". A stem with a digit, a mark or a space inside is no label's.
NUMBERED_LABEL_RE = re.compile(r"^([^\W\d_]{1,6})\s?(\d{1,2})$")
PLACEHOLDERS_MIN = 3


@detector("ZH313")
def numbered_placeholders(doc: Document) -> None:
    """Three lines or more in a row, one stem counted up by one from 1 ("截图1", "截图2",
    "截图3"): a gallery's placeholders, with no picture left to label."""
    items = doc.items
    run: list[Item] = []
    stem = ""
    for item in [*items, None]:
        found = NUMBERED_LABEL_RE.match(item.key) if item is not None and item.shape.digit else None
        if (
            found is not None
            and not item.removed
            and found.group(1) == stem
            and int(found.group(2)) == len(run) + 1
        ):
            run.append(item)
            continue
        if len(run) >= PLACEHOLDERS_MIN:
            for it in run:
                it.mark("ZH313", STRONG, "numbered_placeholders")
        run, stem = [], ""
        if found is not None and not item.removed and found.group(2) == "1":
            run, stem = [item], found.group(1)
