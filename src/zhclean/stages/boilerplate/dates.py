"""Guards, dates: a date that is a fact of the text stays, whatever took it for the page's.

"批准时间" / "2023年12月27日"           -> the field's value stays
"研究生院" / "2024年9月2日" (the foot)  -> the notice's signature stays
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from .body import body_end
from .features import Item
from .shapes import TIME_RE

FIELD_LABEL_MAX = 6


def guard_fact_dates(items: list[Item], lex: Lexicon) -> None:
    """A date alone under a field's label that names a fact ("批准时间" / "2023年12月27日",
    an infobox flattened one cell a line) is that field's value, not the page's date. The
    page's own labels ("发布时间", "更新日期": data date_labels) give no such fact."""
    previous: Item | None = None
    for item in items:
        if (
            item.removed
            and item.code == "ZH308"
            and previous is not None
            and not previous.removed
            and len(previous.key) <= FIELD_LABEL_MAX
            and previous.key.endswith(lex.terms("fact_date_labels"))
            and not lex.has("date_labels", previous.key)
        ):
            item.clear()
            item.guard = "the value of a field that names a fact"
        if not item.removed:
            previous = item
        elif item.code != "ZH308":
            previous = None


WORDED_DATE_RE = re.compile(
    r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)


def guard_signature_dates(
    items: list[Item], org_suffixes: tuple[str, ...], body_last: int | None = None
) -> None:
    """A notice's signature: an organisation's name, then the date it signed on. The date is a
    fact of the notice (POLICY: dates), not the page's timestamp: it stays."""
    end = body_end(items)
    if end is None:
        return
    if body_last is not None:
        # The main run of prose may end above the page's last prose (a footer's notice under
        # the signature): the signature stands under the run.
        end = min(end, body_last)
    previous: Item | None = None
    for k in range(end + 1, len(items)):  # a signature stands below the notice's text
        item = items[k]
        if item.removed and item.code == "ZH308":
            # The site's own body signing its notice ("研究生院" over "2024年9月2日"): its
            # name, taken for the site's at the foot, right over a day with no time.
            signer = items[k - 1]
            own = (
                signer.detector == "site_name_lines"
                and signer.key.endswith(org_suffixes)
                and len(signer.text) <= SIGNER_MAX
                and not TIME_RE.search(item.key)
            )
            if (
                # A document's signed date, written in numerals of words ("二〇二三年十二月二十日"):
                # a judgment's, a decree's; a page's stamp is written in figures.
                WORDED_DATE_RE.fullmatch(item.key)
                or own
                or (
                    previous is not None
                    and not previous.removed
                    and previous.key.endswith(org_suffixes)
                    and len(previous.text) <= SIGNER_MAX
                )
            ):
                item.clear()
                item.guard = "date of a signature"
                if own:
                    signer.clear()
                    signer.guard = "a signature's body, over its date"
        if not item.removed:
            previous = item


SIGNER_MAX = 30
