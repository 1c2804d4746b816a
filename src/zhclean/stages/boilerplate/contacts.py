"""Contact lines by place: below an article's closing credit, the site's footer.

A news page closes its article with a credit ("责任编辑：王小明", "（编辑 李华）") and then
prints the site's own contacts; a company's page prints its contact box with no credit over
it, and those lines are the page's subject's (POLICY: contact lines).

    "…最后一段。" / "责任编辑：王小明" / "电话：010-58884104"  -> the phone line goes
    "…最后一段。" / "电话：010-58884104"                      -> it stays
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .body import article_span, body_end, is_body_prose
from .features import STRONG, Item
from .position import _credit
from .registry import detector
from .shapes import contact_shape

if TYPE_CHECKING:
    from .document import Document


@detector("ZH305")
def site_contacts(doc: Document) -> None:
    """Below an article's closing credit ("责任编辑：王小明", "（编辑 李华）"), the contact lines
    are the site's footer ("TEL:010-58884104", "E-Mail:kepu@kepu.gov.cn"), not the article's
    subject's (POLICY: contact lines). A hotline the article prints above its credit is the
    article's; a company's own page closes with no credit, and an article that invites its
    reader to call ("欢迎咨询我们…", call_to_action) keeps its contacts."""
    if not doc.tail:
        return
    items = doc.items
    contact_label = doc.ctx.vocab.contact_label
    # A contact line has a label's colon, or the figures or '@' of a number or an address:
    # the usual line is settled without a pattern.
    found = [
        k
        for k, it in enumerate(items)
        if not it.removed
        and len(it.text) <= CONTACT_LINE_MAX
        and (
            (":" in it.key and contact_label.match(it.key))
            or ((it.shape.digit or "@" in it.key) and contact_shape(it.key))
        )
    ]
    if not found:
        return  # the usual page: no contact line at all
    span = article_span(items)
    if span is None or found[-1] <= span[1]:
        return
    last_prose = body_end(items)
    end = max(span[1], last_prose if last_prose is not None else span[1])
    closing = next((k for k in range(end + 1, found[-1]) if _closes(doc, items[k])), None)
    if closing is None:
        return
    lex = doc.ctx.lex
    if any(
        is_body_prose(it) and lex.find("call_to_action", it.key)
        for it in items[span[0] : span[1] + 1]
    ):
        return  # the article asks its reader to call ("欢迎咨询我们…"): the contacts are its own
    for k in found:
        item = items[k]
        if k < closing or item.protected or item.table or item.guard or "。" in item.text:
            continue
        item.mark("ZH305", STRONG, "site_contacts")


CONTACT_LINE_MAX = 90
CREDIT_LABEL_REACH = 3  # characters before a credit's label ("本文来源：", "（编辑 李华）")


def _closes(doc: Document, item: Item) -> bool:
    """Does the line close an article: its credit, kept ("责任编辑：王小明"), or a source
    line taken for naming only the site itself ("本文来源：某某平台-www.example.com")?"""
    if not item.removed:
        return not contact_shape(item.key) and _credit(doc, item)
    return item.detector == "metadata" and any(
        start <= CREDIT_LABEL_REACH and len(term) >= 2
        for start, _, term in doc.ctx.lex.find("credit_labels", item.key)
    )
