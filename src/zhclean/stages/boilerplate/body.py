"""Where the article's body is: the run of prose the page exists to show.

Lines are judged by their place around it: a run of headlines after the body
is a list of other articles; inside the body, only strong evidence removes a
line. A teaser cut with '...' is an entry of a list, not body prose.

    >>> items = [Item(1, "标题", "标题"), Item(2, "正文第一段写了很多很多的内容。" * 2, ""),
    ...          Item(3, "别的文章标题之一", ""), Item(4, "别的文章标题之二", "")]
    >>> body_end(items), body_span(items)
    (1, (1, 1))
"""

from __future__ import annotations

from .features import Item, verdicts
from .shapes import CERTAIN_FOOTER, FIGURES_RE


def is_body_prose(item: Item) -> bool:
    """A kept paragraph of the article: prose, and not a teaser cut off with '...'."""
    return not item.removed and item.shape.paragraph


def body_end(items: list[Item]) -> int | None:
    """Index of the body's last paragraph, or None when the page has no prose at all."""
    # Asked by several rooms a pass, with no verdict given in between most often (a page of
    # short lines, with no prose, was walked whole each time): kept as body_span keeps its
    # span, while the lines and their verdicts stand.
    now = verdicts()
    last = _LAST_END
    if last[0] is items and last[1] == len(items) and last[2] == now:
        return last[3]
    end = None
    for i in range(len(items) - 1, -1, -1):
        if is_body_prose(items[i]):
            end = i
            break
    _LAST_END[:] = [items, len(items), now, end]
    return end


_LAST_END: list = [None, -1, -1, None]


def body_start(items: list[Item], after: int = 0) -> int | None:
    """Index of the body's first paragraph (from ``after`` on), or None when the page has no
    prose at all. A long headline that ends with "!" reads as prose, but of a list over the
    title, not the body."""
    for i in range(after, len(items)):
        item = items[i]
        if is_body_prose(item) and not item.headline:
            return i
    return None


# An article's body: two paragraphs or more, of this many ideographs in all. The heaviest
# run of prose on a homepage or a listing is one entry's teaser.
ARTICLE_MIN_HAN = 100


def is_article(items: list[Item], first: int, last: int) -> bool:
    """Is the run of prose from ``first`` to ``last`` an article's body, not one teaser?"""
    paragraphs = [it for it in items[first : last + 1] if is_body_prose(it)]
    return len(paragraphs) >= 2 and sum(it.han for it in paragraphs) >= ARTICLE_MIN_HAN


# A listing's rhythm: this many teasers or more, nearly each under its own headline.
RHYTHM_MIN = 3
RHYTHM_SHARE = 0.6


def entry_rhythm(items: list[Item], first: int, last: int) -> bool:
    """Is the run of prose from ``first`` to ``last`` a listing's entries (a headline over
    each teaser, as a feed or a category page prints them) rather than one article?"""
    paragraphs, headed = _headed_paragraphs(items, first, last)
    return headed >= RHYTHM_MIN and headed >= RHYTHM_SHARE * paragraphs


def _headed_paragraphs(items: list[Item], first: int, last: int) -> tuple[int, int]:
    """How many paragraphs from ``first`` to ``last``, and how many of them stand right
    under a headline (a kept line that reads as one)."""
    paragraphs = headed = 0
    previous = next((it for it in reversed(items[:first]) if not it.removed), None)
    for item in items[first : last + 1]:
        if item.removed:
            continue
        if item.shape.paragraph:  # is_body_prose, the line being kept (read of every line)
            paragraphs += 1
            headed += previous is not None and previous.headline
        previous = item
    return paragraphs, headed


# Kept lines of other kinds (headings, captions, credits) that may stand between two
# paragraphs of one body; a longer stretch without prose separates two runs.
MAX_GAP = 4
LIST_CODE = "ZH304"
AD_LABEL = "ad_label"  # the detector of a line that is only an ad's label
RELATED_HEADING = "related_heading"  # the detector of a heading over other articles


# The site's copyright or filing line ends the page's text: prose under it is the site's
# (an ad network's notice), not more of the article.
def _copyright(item: Item) -> bool:
    key = item.key
    return item.code == "ZH305" and ("©" in key or any(term in key for term in CERTAIN_FOOTER))


CLOSED_CARD = "closable_cards"  # the detector of an ad card with its close button


def _closed(items: list[Item], i: int) -> bool:
    """Is the ad labelled at ``i`` a card closed by its button right below it?"""
    return any(it.detector == CLOSED_CARD for it in items[i + 1 : i + 3])


# The last span placed: the lines it was placed on, their number, the count of verdicts
# then, and the span. The rooms ask for it afresh, several times a document, most often
# with no verdict given in between: then it is the same.
_LAST_SPAN: list = [None, -1, -1, None]


def body_span(items: list[Item]) -> tuple[int, int] | None:
    """(first, last) index of the main run of prose: the run with the most ideographs, where
    paragraphs follow each other with at most MAX_GAP kept lines of other kinds between them.

    A page's sidebars and footers hold prose too (a teaser, a notice); the article is the
    heaviest run of it.
    """
    # It reads the lines' verdicts (and their text and shape, which stay): while no verdict
    # changed since it was placed on these very lines, the span is the one placed.
    now = verdicts()
    last = _LAST_SPAN
    if last[0] is items and last[1] == len(items) and last[2] == now:
        return last[3]
    span = _placed_span(items)
    _LAST_SPAN[:] = [items, len(items), now, span]
    return span


def _placed_span(items: list[Item]) -> tuple[int, int] | None:
    runs = _prose_runs(items)
    if not runs:
        return None
    best = max(runs, key=lambda run: run[2])
    if entry_rhythm(items, best[0], best[1]):
        # The heaviest run is a feed's cards (a headline over each teaser) below the story:
        # the article is the heaviest run above it that reads as one, if there is any (one
        # headline over its first paragraph at most: its title or its byline).
        above = [
            run
            for run in runs
            if run[1] < best[0]
            and run[2] * ARTICLE_UNDER_FEED >= best[2]
            and is_article(items, run[0], run[1])
            and _headed_paragraphs(items, run[0], run[1])[1] <= 1
        ]
        if above:
            best = max(above, key=lambda run: run[2])
    return best[0], best[1]


# An article above a feed of cards outweighs it when it has this share of the feed's
# weight at least (a sidebar's two-paragraph blurb does not).
ARTICLE_UNDER_FEED = 3


def _prose_runs(items: list[Item]) -> list[tuple[int, int, int]]:
    """(first, last, ideographs) of each run of prose, where paragraphs follow each other
    with at most MAX_GAP kept lines of other kinds between them."""
    runs: list[tuple[int, int, int]] = []
    if not any(it.shape.paragraph for it in items):
        return runs  # a run starts at a paragraph: none on the page (one of short lines)
    start = last = -1
    weight = gap = listed = 0
    # A run that opens right under a heading over other articles ("图片推荐" / a row of their
    # headlines run together) is that list's, however heavy: it weighs nothing.
    under_heading = listed_run = False
    for i, item in enumerate(items):
        if item.removed:
            under_heading = under_heading or item.detector == RELATED_HEADING
            # A list of other articles (two of its lines or more) ends the body, however
            # close the next paragraph stands: a whole teaser below it is no part of it.
            listed = listed + 1 if item.code == LIST_CODE else listed
            # An ad's label ends the body too: the prose under it is the ad's copy (unless
            # the ad is a card closed with its button: the prose after it is the article's).
            # So does a heading over other articles ("你可能感兴趣").
            if (
                listed >= 2
                or item.detector == RELATED_HEADING
                or (item.detector == AD_LABEL and not _closed(items, i))
                or _copyright(item)
            ):
                gap = MAX_GAP + 1
            continue
        listed = 0
        if item.shape.paragraph:  # is_body_prose, the line being kept
            if start < 0 or gap > MAX_GAP:
                if start >= 0:
                    runs.append((start, last, 0 if listed_run else weight))
                start, weight, listed_run = i, 0, under_heading
            last, gap = i, 0
            weight += item.han
        elif start >= 0:
            gap += 1
        under_heading = False
    if start >= 0:
        runs.append((start, last, 0 if listed_run else weight))
    return runs


def article_span(items: list[Item]) -> tuple[int, int] | None:
    """(first, last) of the main run of prose, placed afresh, when it is an article's body."""
    span = body_span(items)
    return span if span is not None and is_article(items, span[0], span[1]) else None


def first_article_end(items: list[Item]) -> int | None:
    """Index of the line where the paragraphs above (and it) first make an article's body:
    two or more, ARTICLE_MIN_HAN ideographs in all. One pass; None if they never do."""
    count = weight = 0
    for i, item in enumerate(items):
        if is_body_prose(item):
            count, weight = count + 1, weight + item.han
            if count >= 2 and weight >= ARTICLE_MIN_HAN:
                return i
    return None


ENTRY_HEAD_REACH = 6  # lines above the body's first paragraph that hold its entry's header


def entry_headers(items: list[Item], first: int, end: int) -> list[int]:
    """Indexes below the body (after ``end``) of removed lines whose template (figures
    masked) stands in the header right above the body's first paragraph (``first``): an
    id, a time stamp, a field the feed prints over every entry."""
    template = {
        FIGURES_RE.sub("#", items[k].key)
        for k in range(max(0, first - ENTRY_HEAD_REACH), first)
        if items[k].removed and FIGURES_RE.search(items[k].key)
    }
    if not template:
        return []
    return [
        k
        for k in range(end + 1, len(items))
        if items[k].removed and FIGURES_RE.sub("#", items[k].key) in template
    ]
