"""Copies on one page: two adjacent identical lines become one (POLICY), a line and its copy
plus a credit or the site's name keep the longer (or, far apart, the headline), and a
teaser cut from the paragraph right under it goes.

    "城南图书馆延长夜间开放时间" / "城南图书馆延长夜间开放时间"     -> the second goes
    "城南图书馆延长夜间开放时间" / "城南图书馆延长夜间开放时间（图）" -> the first goes

A run of the article's paragraphs printed again further down (a hidden print or mobile
layout, a reader widget) is the same text: the later copies go, the first stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .features import STRONG, Item, next_kept, previous_kept
from .registry import detector
from .shapes import introduces_list, squash

if TYPE_CHECKING:
    from .document import Document


# A line this long (in letters) that the next line starts with is a teaser cut from it.
TEASER_PREFIX_MIN = 15
COPY_KEY_MIN = 10  # a line and its copy plus a credit: the shorter's key, at least


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
            if len(item.key) < COPY_KEY_MIN or len(previous.key) < COPY_KEY_MIN:
                # The shorter line too short for a copy with a credit, and for a teaser (its
                # squashed key shorter still): no pair below (a page of short lines' every line).
                previous = item
                continue
            longer, shorter = (
                (item, previous) if len(item.key) > len(previous.key) else (previous, item)
            )
            if (
                len(shorter.key) >= COPY_KEY_MIN
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


def _paragraphs_to_copy(kept: list[Item]) -> bool:
    """Are there paragraphs enough on the page for a copy of a passage? A run of copies holds
    COPIED_RUN_MIN of them, all among the page's kept lines."""
    return sum(1 for it in kept if it.han >= COPIED_HAN_MIN and it.shape.paragraph) >= (
        COPIED_RUN_MIN
    )


@detector("ZH314")
def copied_passages(doc: Document) -> None:
    """Later copies of a passage: kept lines in a row that repeat, word for word and in the
    same order, lines kept together earlier, two paragraphs or more among them. A section's
    own heading between two paragraphs ("第1部分…", "第4部分…") ends the copy there."""
    items = doc.items
    kept = doc.live()
    keys = [it.key for it in kept]
    if len(set(keys)) == len(keys):
        return  # the common case: no line twice (counted in C)
    placed = doc.body_and_title()  # asked even when nothing is copied: it places the body once
    if not _paragraphs_to_copy(kept):
        return  # a page of short lines: the walk below would find no copy
    first: dict[str, int] = {}
    for position, key in enumerate(keys):
        first.setdefault(key, position)
    body = (items[placed[0]].no, items[placed[1]].no) if placed is not None else None
    position = 0
    while position < len(kept):
        earlier = first[kept[position].key]
        length = 0
        while (
            position + length < len(kept)
            and earlier + length < position
            and kept[position + length].key == kept[earlier + length].key
        ):
            length += 1
        run = kept[position : position + length]
        paragraphs = sum(1 for it in run if it.han >= COPIED_HAN_MIN and it.shape.paragraph)
        if paragraphs >= COPIED_RUN_MIN:
            # The later copy goes, unless it is the article's body and the earlier one stands
            # above the body (POLICY: an unlabelled teaser before the body copying later lines:
            # a share form's or a lead box's copy of the first paragraphs).
            copy = run
            if body is not None and kept[earlier + length - 1].no < body[0] <= run[-1].no:
                copy = kept[earlier : earlier + length]
            for item in copy:
                item.mark("ZH314", STRONG, "copied_passages")
        position += max(length, 1)


# A numbered entry of a table of contents: "1 CCTV中央电视台直播源", "2.1 其他工具".
CONTENTS_ENTRY_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.、]?\s?(?=\D)")
CONTENTS_ENTRY_MAX = 40
CONTENTS_MIN = 2
CONTENTS_LABEL_MAX = 12  # "文章目录 显示": the label and its toggle


@detector("ZH303")
def echoed_contents(doc: Document) -> None:
    """A table of contents the page builds from its own headings: two or more numbered lines
    in a row, each a heading that stands again further down, in the same order, without its
    number ("1 CCTV直播源" / "2 CCTV直播源地址" over "CCTV直播源" … "CCTV直播源地址"). The
    headings stay; their list goes, with the "文章目录" label over it."""
    items = doc.items
    numbered = [i for i, it in enumerate(items) if it.text[:1].isdigit() and _contents_entry(it)]
    runs: list[list[int]] = []
    for i in numbered:
        if runs and next_kept(items, runs[-1][-1]) == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [run for run in runs if len(run) >= CONTENTS_MIN]
    if not runs:
        return  # the usual page: no two numbered lines in a row
    # Where each kept line's text stands, asked only of a page with such a run.
    later: dict[str, list[int]] = {}
    for k, item in enumerate(items):
        if not item.removed:
            later.setdefault(item.key, []).append(k)
    for run in runs:
        if not _mark_echoed(doc, run, later):
            _mark_labelled_outline(doc, run)


def _next_copy(places: list[int], after: int) -> int | None:
    """The first of a line's places (in order) below ``after``: one search, not a walk (a
    page may print one short line thousands of times)."""
    at = bisect_right(places, after)
    return places[at] if at < len(places) else None


def _contents_entry(item: Item) -> bool:
    return (
        not item.removed
        and len(item.text) <= CONTENTS_ENTRY_MAX
        and bool(CONTENTS_ENTRY_RE.match(item.key))
    )


def _mark_echoed(doc: Document, run: list[int], later: dict[str, list[int]]) -> bool:
    items = doc.items
    place = run[-1]
    for i in run:  # each heading stands again below the list, in the list's order
        heading = CONTENTS_ENTRY_RE.sub("", items[i].key, count=1).strip()
        found = _next_copy(later.get(heading, []), place)
        if found is None:
            return False
        place = found
    for i in run:
        items[i].mark("ZH303", STRONG, "echoed_contents")
    label = next((j for j in range(run[0] - 1, -1, -1) if not items[j].removed), -1)
    if (
        label >= 0
        and len(items[label].text) <= CONTENTS_LABEL_MAX
        and doc.ctx.lex.find("contents_labels", items[label].key)
    ):
        items[label].mark("ZH303", STRONG, "echoed_contents")
    return True


# An outline of sections, numbered to a second level ("1 故事情节" / "1.1 背景" / "1.2 剧情"),
# right under the contents' label ("目录"): the page's table of contents even when its
# headings do not all stand below (a page cut short). An author's numbered list has no label
# of contents over it.
OUTLINE_MIN = 4
SECOND_LEVEL_RE = re.compile(r"^\d{1,2}\.\d{1,2}\s?\D")


def _mark_labelled_outline(doc: Document, run: list[int]) -> None:
    items = doc.items
    above = items[run[0] - 1] if run[0] > 0 else None
    if (
        above is None
        or len(run) < OUTLINE_MIN
        or len(above.text) > CONTENTS_LABEL_MAX
        or not doc.ctx.lex.find("contents_labels", above.key)
        or not any(SECOND_LEVEL_RE.match(items[i].key) for i in run)
    ):
        return
    for i in run:
        items[i].mark("ZH303", STRONG, "echoed_contents")
    above.mark("ZH303", STRONG, "echoed_contents")


# A table of contents without numbers: its entries are the body's own headings, each standing
# again further down over its section ("第一天：古城" / "第二天：洱海" above the text, then each
# of them over its paragraphs).
ECHOED_HEADINGS_MIN = 3  # entries in a row without the contents' label over them
ECHOED_UNDER_LABEL_MIN = 2  # entries right under "目录"


@detector("ZH303")
def echoed_headings(doc: Document) -> None:
    """A column of short lines, each a heading that stands again further down in the same
    order with prose under it: the page's table of contents, taken before the title is
    looked for above the body (its last entry is no title). The headings below stay.

        "目录" / "第一天：古城" / "第二天：洱海" / … / "第一天：古城" / <its paragraphs>
        -> the first two lines go
    """
    items = doc.items
    if not any(item.prose for item in items):
        return  # no paragraph for a heading to stand over (a page of short lines)
    seen: dict[str, int] = {}
    repeated = False
    for item in items:
        if not item.removed and len(item.text) <= CONTENTS_ENTRY_MAX and not item.prose:
            count = seen[item.key] = seen.get(item.key, 0) + 1
            repeated = repeated or count == 2
    if not repeated:
        return  # the usual page: no short line printed twice
    later: dict[str, list[int]] = {}
    for k, item in enumerate(items):
        if not item.removed and seen.get(item.key, 0) >= 2:
            later.setdefault(item.key, []).append(k)
    k = 0
    while k < len(items):
        run = _echoed_run(items, k, later)
        above = previous_kept(items, run[0]) if run else None
        if run and above is not None and introduces_list(items[above].text):
            # "下面就是七条建议：" over its list, each point then a section's heading: the
            # author's own list, however its headings stand again.
            k = run[-1] + 1
            continue
        if run:
            label = _contents_label(doc, run[0])
            if len(run) >= (ECHOED_UNDER_LABEL_MIN if label is not None else ECHOED_HEADINGS_MIN):
                for i in run:
                    items[i].mark("ZH303", STRONG, "echoed_contents")
                if label is not None and not items[label].removed:
                    items[label].mark("ZH303", STRONG, "echoed_contents")
            k = run[-1] + 1
        else:
            k += 1


def _echoed_run(items: list[Item], start: int, later: dict[str, list[int]]) -> list[int]:
    """The kept lines from ``start`` on whose copies stand below the whole run, in its order,
    each copy right over a paragraph."""
    run: list[int] = []
    place = -1
    first_copy: int | None = None
    k: int | None = start
    while k is not None and not items[k].removed and items[k].key in later:
        if first_copy is not None and k >= first_copy:
            break  # the run reached the headings themselves
        copy = _next_copy(later[items[k].key], max(place, k))
        below = next_kept(items, copy) if copy is not None else None
        if below is None or not items[below].prose:
            break
        run.append(k)
        place = copy
        first_copy = copy if first_copy is None else first_copy
        k = next_kept(items, k)
    return run


def _contents_label(doc: Document, first: int) -> int | None:
    """The line right over ``first`` when it is the contents' label ("目录"), kept or not."""
    above = first - 1
    if above < 0 or len(doc.items[above].text) > CONTENTS_LABEL_MAX:
        return None
    return above if doc.ctx.lex.find("contents_labels", doc.items[above].key) else None
