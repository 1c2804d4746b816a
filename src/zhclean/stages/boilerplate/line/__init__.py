"""Room 1: junk on its own line. Each detector looks at one line and gives a verdict.

The tables below are the order the detectors are asked in; the first verdict
wins. A paragraph of prose (long, ending a sentence) is asked only the
detectors that hold at any length. KEEP (a metadata line with a real credit)
ends the questions: the line stays whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ....chardata import ends_sentence
from ..features import Item
from ..registry import KEEP, Verdict, enabled
from . import ads, metadata, navigation, residue
from .classifier import Classifier, classifier

Detector = Callable[[Classifier, Item], Verdict | None]

SHORT_LINE: tuple[Detector, ...] = (
    residue.separator,
    residue.user_pattern,
    residue.end_mark,
    navigation.bare_url,
    navigation.label_with_url,
    navigation.labelled_link_list,
    residue.cms_residue,
    metadata.template_field,
    metadata.numbers_only,
    residue.ad_label,
    metadata.date_line,
    metadata.hashtag_line,
    metadata.metadata,
    navigation.prev_next,
    navigation.breadcrumb,
    navigation.share_bar,
    navigation.site_header,
    navigation.back_to_site,
    navigation.menu_row,
    navigation.widget_run,
    navigation.menu_arrow,
    navigation.ui_prompt,
    navigation.related_heading,
    navigation.inline_list,
    ads.gambling,
    ads.exchange_ad,
    ads.site_notice,
    ads.panel,
)
PARAGRAPH: tuple[Detector, ...] = (
    residue.user_pattern,
    residue.cms_in_paragraph,
    ads.exchange_ad,
    ads.site_notice,
)


class LineRoom:
    """The line detectors that are on, in order, for one selection of rules."""

    def __init__(self, lexicon, on: Callable[[str], bool]) -> None:
        self.context = classifier(lexicon)
        self.on = on
        self.short = tuple(d for d in SHORT_LINE if enabled(d, on))
        self.paragraph = tuple(d for d in PARAGRAPH if enabled(d, on))

    def judge(self, item: Item) -> None:
        """Give ``item`` the first verdict of an enabled rule (a code that is off is no verdict)."""
        text = item.text
        # A paragraph of prose: only the detectors without a length limit apply (the fast
        # path for the common case; the others all need a short line).
        table: Sequence[Detector] = (
            self.paragraph if len(text) > 60 and ends_sentence(text) else self.short
        )
        for detect in table:
            verdict = detect(self.context, item)
            if verdict is None:
                continue
            if verdict == KEEP:
                return
            code, strength = verdict
            if self.on(code):
                item.mark(code, strength, detect.__name__)
                return


__all__ = ["Classifier", "LineRoom", "classifier", "SHORT_LINE", "PARAGRAPH"]
