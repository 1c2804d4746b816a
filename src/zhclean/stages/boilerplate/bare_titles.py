"""Room 3, a page with no article: runs of bare headlines are a link list (POLICY: a list of
bare titles goes, on any page). With no prose at all, four in a row make one; in a flood of
titles (a few lines of prose among many more headlines), eight. The author's own lines stay:
a list introduced with a colon, specifications with their units, records and terms with their
fields, a journal's contents with its bylines, dialogue, verse, a thread's question and its
replies, and a listing page's entries with their teasers.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from .body import article_span
from .features import STRONG, Item, titles_in_a_row
from .registry import detector
from .shapes import (
    COUNT_START_RE,
    LIST_MARKER_RE,
    MEASURE_RE,
    PRICE_VALUE_RE,
    ellipsis_end,
    introduces_list,
)
from .tail import (
    _bridgeable,
    _fields_of_the_page,
    _teaser,
    _title_sized,
    _wrapped,
    page_fields,
)
from .talk import dialogue, spoken

if TYPE_CHECKING:
    from .document import Document


def _introduced(items: list[Item], first: int) -> bool:
    """Is one of the two kept lines above index ``first`` a sentence that introduces a list
    (its first entry may be too short for a headline: "ad：广告引流")?"""
    above = (items[k] for k in range(first - 1, -1, -1) if not items[k].removed)
    return any(introduces_list(it.text) for it in islice(above, INTRODUCTION_REACH))


def _records(run: list[Item]) -> bool:
    """Cards of records, each with a field under the same label ("科室简介 : …" on each
    card), or a list of terms with their meanings ("profanity：辱骂内容"): the page's data.
    A label is a word, not a number ("103期:…" numbers a list's entries)."""
    labels: set[str] = set()
    fields = 0
    for item in run:
        label = TERM_FIELD_RE.match(item.key)
        if label is None or any(ch.isdigit() for ch in label.group(1)):
            continue
        if label.group(1) in labels:
            return True
        labels.add(label.group(1))
        fields += 1
    return 2 * fields >= len(run)


# Two names or more, parted as a byline parts them: "陈家刚;陈凌宇", "熊皇;宫慧颖 ;许艳艳".
AUTHORS_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s?[;；、,，]\s?[\u4e00-\u9fff]{2,4})+")
TOC_BYLINES_MIN = 3
INTRODUCTION_REACH = 2  # kept lines above a run where the sentence introducing it may stand
# A term or a field's label and its value: "科室简介 : …", "profanity：辱骂内容".
TERM_FIELD_RE = re.compile(r"^([^\s:：]{1,20})\s?[:：]\s?\S")
FLOOD_SHARE = 8  # a few titles with a comma among many more headlines: no page of prose
TITLE_RUN_MIN = 4  # headlines in a row that make a link list on a page with no prose
SPEC_MIN = 3  # values with units that make a page of specifications
FLOOD_RUN_MIN = 8  # headlines in a row that make a link list where a few lines read as prose
FLOOD_HEADLINES = 0.6  # share of a page's lines that are headlines in a flood of titles
FLOOD_MIN = 30  # headlines a flood of titles has, at least
FLOOD_BRIDGE = 2  # other lines in a row a flood of titles spans
SPEC_SHARE = 3  # one line in this many with a value and unit makes a specification list


QUESTION_HAN_MIN = 20
QUESTION_CLAUSES_MIN = 2


def _thread_question(item: Item) -> bool:
    """A question asked over several clauses ("今朝出门冻到震，天文台话得八度，大家有冇好介绍
    暖身嘅嘢食？"): a thread's first post, its short replies under it; a list's titles ask in
    one phrase."""
    text = item.text.rstrip()
    return (
        text.endswith(("？", "?"))
        and item.han >= QUESTION_HAN_MIN
        and text.count("，") >= QUESTION_CLAUSES_MIN
    )


def _titles_for_a_run(headlines: int, prose: int) -> bool:
    """Could a page with these counts of headlines and prose lines hold a run of titles? A
    run holds headlines and titles with their commas (prose lines), and other lines only in
    a flood, which has FLOOD_MIN headlines at least."""
    return headlines >= FLOOD_MIN or headlines + prose >= (
        FLOOD_RUN_MIN if prose else TITLE_RUN_MIN
    )


@detector("ZH304")
def bare_title_lists(doc: Document) -> None:
    """On a page with no article, runs of headlines under its title: a link list. With no
    prose at all, four in a row make one; where a few lines read as prose (a title with its
    commas, a lone notice) among many more headlines, a flood of titles, eight. A listing
    page keeps its entries: a headline right over its teaser is that card's."""
    live = doc.live()
    prose = sum(1 for it in live if it.prose)
    # The cheap count first: an article's page has far more prose than a flood's.
    if prose and (prose * FLOOD_SHARE > len(live) or article_span(doc.items) is not None):
        return
    # Counted before the patterns below are tried on every line (a page of short lines has
    # no headline): too few for a run, no list.
    headlines = sum(1 for it in live if it.headline)
    if not _titles_for_a_run(headlines, prose):
        return
    prose_few = prose > 0
    # A flood: most of the page's lines are headlines, its other lines kana titles or
    # garbled ones between them.
    flood = prose_few and headlines >= max(FLOOD_MIN, FLOOD_HEADLINES * len(live))
    run_min = FLOOD_RUN_MIN if prose_few else TITLE_RUN_MIN
    if not flood and not titles_in_a_row(doc.items, live[0] if live else None, run_min):
        return  # no run's worth of headlines in a row (a page of short lines), no patterns tried
    # A page of specifications or data ("1个16位基本定时器", "40kHz RC振荡器"), or a shop's
    # deals with their prices ("【券后价】58.9元"), is the author's.
    if not live or sum(
        1
        for it in live
        if MEASURE_RE.search(it.key)
        or COUNT_START_RE.match(it.key)
        or PRICE_VALUE_RE.search(it.key)
    ) >= (max(SPEC_MIN, len(live) // FLOOD_SHARE) if prose else SPEC_MIN):
        return
    # A journal's table of contents: its papers' titles, each with its authors' names
    # ("陈家刚;陈凌宇"). The page exists to show it; a site's list carries no bylines.
    if sum(1 for it in live if AUTHORS_RE.fullmatch(it.key)) >= TOC_BYLINES_MIN:
        return
    fields: dict[str, int] | None = None  # the page's field labels, counted once if asked
    run: list[Item] = []
    lists: list[list[Item]] = []
    bridged: list[Item] = []  # other lines inside a flood: kana titles, garbled ones
    start = 0  # index of the run's first line
    title = live[0]
    for k, item in enumerate([*doc.items, Item(0, "", "")]):
        if item is title or item.removed:
            # A line another room took (an entry's date, its link, a repeated template
            # line) is the list's furniture: the titles around it are one run.
            continue
        if item.text and not item.code and not LIST_MARKER_RE.match(item.text):
            # In a flood of titles, a title with its commas reads as a teaser: only a cut
            # one is a card's.
            card_text = item.prose and (
                ellipsis_end(item.text) or (not prose_few and _teaser(item))
            )
            if flood and introduces_list(item.text):
                pass  # in a flood, a sentence that introduces the author's list ends a run
            elif item.headline or (item.prose and not card_text and _title_sized(item)):
                if not run:
                    start = k
                run.extend(bridged)
                run.append(item)
                bridged = []
                continue
            elif card_text and run:
                run.pop()  # the headline over this teaser is its card's
            elif flood and run and len(bridged) < FLOOD_BRIDGE and _bridgeable(item):
                bridged.append(item)
                continue
        bridged = []
        if (
            len(run) >= run_min
            # A list the author introduced with a colon ("支持以下内容标签检测："), however
            # its entries look.
            and not _introduced(doc.items, start)
            and sum(1 for it in run if len(it.text) >= 8) * 2 >= len(run)
            # A specification list names values with units ("40kHz RC振荡器"): the author's;
            # one headline with a figure in a list of them proves nothing ("…15GW").
            and sum(1 for it in run if MEASURE_RE.search(it.key)) * SPEC_SHARE < len(run)
            and not _wrapped(run)
            and not _records(run)
            and not _fields_of_the_page(doc.items, run, fields := fields or page_fields(doc.items))
            and not dialogue(run)
            and not spoken(doc, run)
            and not any(_thread_question(it) for it in run[:2])
            # Entries with their teasers cut with '...': a listing page keeps its entries.
            and sum(1 for it in run if ellipsis_end(it.text)) * 4 < len(run)
        ):
            lists.append(run)
        run = []
    # Marked once every run is read: a run's introduction, in the run above, still reads.
    for found in lists:
        for it in found:
            it.mark("ZH304", STRONG, "bare_title_lists")
