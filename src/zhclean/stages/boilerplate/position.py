"""Room 3: junk because of its place: above the title, under the body, copying the lead.

Head: a list of other headlines above the title; channel labels run together.
Lead: a teaser that copies the body, labelled (摘要:) or not.
Tail: a run of headlines after the last paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...chardata import ends_sentence, han_count
from .features import STRONG
from .line.metadata import metadata
from .registry import KEEP, detector
from .shapes import DATETIME_RE, LIST_MARKER_RE, copied_share, ellipsis_end, near_copy, squash

if TYPE_CHECKING:
    from .document import Document

HEAD_MAX = 60  # lines looked at above the first paragraph


@detector("ZH307")
def chrome_with_title_copy(doc: Document) -> None:
    """'2016年1月4日20:38 <title> 861 浏览' : a timestamp and counters around a title copy."""
    items, counter = doc.items, doc.ctx.vocab.counter
    for i, item in enumerate(items):
        # A headline with its stamp and counters is short; a paragraph is never one.
        if item.code or len(item.key) > 160:
            continue
        if not (DATETIME_RE.search(item.key) and counter.search(item.key)):
            continue
        rest = counter.sub(" ", DATETIME_RE.sub(" ", item.key))
        neighbours = items[max(0, i - 3) : i] + items[i + 1 : i + 3]
        if any(near_copy(rest, other.key) for other in neighbours):
            item.mark("ZH307", STRONG, "chrome_with_title_copy")


@detector("ZH306", "ZH312")
def teasers(doc: Document) -> None:
    """A labelled teaser (摘要:...) that copies the body, is cut with '...' or carries ad
    keywords; an empty teaser label; an unlabelled line under the title stitched from the body."""
    ctx = doc.ctx
    items = doc.items
    for i, item in enumerate(items):
        if item.removed:
            continue
        match = ctx.teaser_re.match(item.key)
        if not match:
            continue
        content = item.text[match.end() :].strip() if len(item.text) > match.end() else ""
        content_key = item.key[match.end() :]
        # The article's start follows within a few lines (a bounded window keeps a
        # long document with many labels linear).
        later = [it.text for it in items[i + 1 : i + 40] if not it.removed]
        first_clause = content_key.split(",")[0]
        if not content:
            if doc.on("ZH306"):
                item.mark("ZH306", STRONG, "teasers")
        elif doc.on("ZH312") and (
            ellipsis_end(content)
            or copied_share(content, later) >= 0.5
            or ctx.lex.coverage("gambling_keywords", content_key)[0] >= 0.1
            and _gambling_clause(doc, first_clause)
        ):
            item.mark("ZH312", STRONG, "teasers")
    if not doc.on("ZH312"):
        return
    # An unlabelled teaser: right after the title, a line that the next lines repeat.
    # (Only under a title: a page that opens with prose has no place for a teaser.)
    live = doc.live()
    if not live or not live[0].title_like:
        return
    for pos in (1, 2):
        if pos >= len(live):
            break
        item = live[pos]
        if item.code or han_count(item.text) < 30:
            continue
        later = [it.text for it in live[pos + 1 : pos + 12]]
        if copied_share(item.text, later, n=5) < 0.85:
            continue  # the usual case, settled with one pass
        # A paragraph repeated whole is the page's text (content farms repeat); a teaser
        # stitches the lead from several lines, or is one cut off with an ellipsis.
        one_line = max((copied_share(item.text, [t], n=5) for t in later), default=0.0)
        if one_line >= 0.85 and not ellipsis_end(item.text):
            continue
        item.mark("ZH312", STRONG, "teasers")


def _gambling_clause(doc: Document, clause: str) -> bool:
    from .features import Item
    from .line.ads import gambling

    return gambling(doc.ctx, Item(0, clause, clause)) is not None


@detector("ZH303", "ZH304")
def head_list(doc: Document) -> None:
    """Titles of other articles above the article, recognised by a later copy of the title."""
    if not doc.head:
        return
    live = doc.live()
    head = []
    for item in live[:HEAD_MAX]:  # a page's head is short; a bound keeps this linear
        if item.prose:
            break
        head.append(item)
    start_re = doc.ctx.vocab.breadcrumb_start
    for j in range(len(head) - 1, 0, -1):
        later = head[j]
        if later.code or not later.title_like:
            continue
        earlier = [k for k in range(j) if near_copy(head[k].key, later.key) and not head[k].code]
        if not earlier:
            continue
        first = earlier[0]
        listed = [item for item in head[:j] if not item.code]
        if (
            j >= 3
            and len(listed) >= 3
            and all(it.title_like and len(it.text) <= 40 for it in listed)
        ):
            # Nothing but headlines above a copy of one of them: a list of articles;
            # the copy is the title of this one.
            if doc.on("ZH304"):
                for item in listed:
                    item.mark("ZH304", STRONG, "head_list")
        elif doc.on("ZH303") and (
            start_re.match(head[first].key) or head[first].key.startswith(tuple("首主"))
        ):
            head[first].mark("ZH303", STRONG, "head_list")
        break


@detector("ZH303")
def section_labels(doc: Document) -> None:
    """'大陆深度川震十年' above the title: channel labels and a topic, run together."""
    if not doc.head:
        return
    live = doc.live()
    if len(live) < 2 or live[0].code or not live[1].title_like:
        return
    first = live[0]
    if doc.ctx.section_run_re.match(squash(first.key)) and not ends_sentence(first.text):
        first.mark("ZH303", STRONG, "section_labels")


@detector("ZH304")
def tail_list(doc: Document) -> None:
    """A run of four or more headlines after the last paragraph: links to other articles."""
    if not doc.tail:
        return
    live = doc.live()
    prose_positions = [i for i, it in enumerate(live) if it.prose]
    if not prose_positions:
        return
    # Contact lines ("联络人:陈小姐", "电话:...") belong to the article's subject: they
    # are no link and stay, whatever the lines around them are.
    contact = doc.ctx.vocab.contact_label
    tail = [
        it for it in live[prose_positions[-1] + 1 :] if not it.code and not contact.match(it.key)
    ]
    candidates = [
        it
        for it in tail
        if it.title_like and not LIST_MARKER_RE.match(it.text) and metadata(doc.ctx, it) != KEEP
    ]
    if len(candidates) < 4 or len(candidates) != len(tail):
        return
    # The author's own list or verse, not links: introduced by a line that ends with a
    # colon ("老友写下一首小诗赠我："), or short lines of one length (a poem's lines).
    after_prose = live[prose_positions[-1] :]  # the last paragraph and all below it
    if any(it.text.rstrip().endswith((":", "：")) for it in after_prose):
        return
    lengths = [len(it.text) for it in candidates]
    if sum(1 for n in lengths if n >= 8) < len(lengths) / 2:
        return  # headlines are seldom this short; verses and keywords are
    for item in candidates:
        item.mark("ZH304", STRONG, "tail_list")
