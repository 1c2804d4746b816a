"""Room 1: junk on its own line. Each detector looks at one line and gives a verdict.

The tables below are the order the detectors are asked in; the first verdict
wins. A paragraph of prose (long, ending a sentence) is asked only the
detectors that hold at any length. KEEP (a metadata line with a real credit)
ends the questions: the line stays whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ....chardata import ends_sentence
from ....config import Config
from ..features import Item
from ..registry import KEEP, Verdict, enabled
from . import ads, link_rows, metadata, navigation, residue
from .classifier import Classifier, classifier, remembered

Detector = Callable[[Classifier, Item], Verdict | None]

SHORT_LINE: tuple[Detector, ...] = (
    residue.separator,
    residue.user_pattern,
    residue.end_mark,
    navigation.bare_url,
    navigation.label_with_url,
    navigation.site_with_url,
    navigation.labelled_link_list,
    residue.cms_residue,
    residue.style_rules,
    residue.placeholder,
    residue.icon_line,
    metadata.template_field,
    metadata.numbers_only,
    residue.ad_label,
    metadata.date_line,
    metadata.user_handle,
    metadata.visitor_count,
    metadata.dated_signature,
    metadata.pipe_stamp,
    metadata.floor_stamp,
    metadata.reply_stamp,
    metadata.reply_header,
    metadata.said_stamp,
    metadata.relative_stamp,
    metadata.hashtag_line,
    remembered(metadata.metadata),  # asked again by the rooms that look for credits
    navigation.prev_next,
    navigation.breadcrumb,
    navigation.share_bar,
    navigation.site_header,
    navigation.back_to_site,
    navigation.menu_row,
    navigation.widget_run,
    navigation.menu_arrow,
    navigation.gallery_link,
    navigation.ui_prompt,
    navigation.related_heading,
    link_rows.inline_list,
    link_rows.bracketed_buttons,
    link_rows.edition_nav,
    link_rows.pipe_piece,
    link_rows.count_tabs,
    link_rows.pager_row,
    ads.gambling,
    ads.exchange_ad,
    ads.call_to_action,
    ads.order_code,
    ads.site_notice,
    ads.panel,
)
PARAGRAPH: tuple[Detector, ...] = (
    residue.user_pattern,
    ads.gambling,  # a long flood of keywords reads as prose by its length alone
    residue.cms_in_paragraph,
    residue.style_rules,
    ads.exchange_ad,
    ads.call_to_action,
    ads.site_notice,
)


# Verdicts remembered per line (a site's menus and footers recur on every page), up to
# this many lines; then the memo starts afresh, so memory stays bounded on any corpus.
MEMO_MAX = 50_000
_UNSEEN = object()  # a line not judged yet (None is a verdict: nothing to remove)
Verdicts = dict[tuple[str, str, bool, bool], tuple[str, int, str] | None]


class LineRoom:
    """The line detectors that are on, in order, for one selection of rules."""

    def __init__(self, lexicon, on: Callable[[str], bool]) -> None:
        self.context = classifier(lexicon)
        self.on = on
        self.short = tuple(d for d in SHORT_LINE if enabled(d, on))
        self.paragraph = tuple(d for d in PARAGRAPH if enabled(d, on))
        self.memo: Verdicts = {}

    def judge(self, item: Item) -> None:
        """Give ``item`` the first verdict of an enabled rule (a code that is off is no verdict).

        A line's verdict depends on the line alone (its text, and whether it sits in a
        bracket or a table), so it is remembered for the next page that has the same line.
        """
        if item.program:
            return  # a line of code is the author's, whatever its words look like
        memo_key = (item.key, item.text, item.protected, item.table)
        found = self.memo.get(memo_key, _UNSEEN)  # one lookup: the key's hash is not cached
        if found is _UNSEEN:
            found = self._decide(item)
            if len(self.memo) >= MEMO_MAX:
                self.memo.clear()
            self.memo[memo_key] = found
        if found is not None:
            item.mark(*found)

    def _decide(self, item: Item) -> tuple[str, int, str] | None:
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
                return None
            code, strength = verdict
            if self.on(code):
                return code, strength, detect.__name__
        return None


_ROOMS: dict[tuple[int, frozenset[str]], LineRoom] = {}
# A run's rules (Config.enabled) -> the boilerplate codes among them: ``on`` is a new bound
# method for each document, the rules it reads are the run's.
_SELECTIONS: dict[frozenset[str], frozenset[str]] = {}


def line_room(lexicon, on: Callable[[str], bool]) -> LineRoom:
    """The room for these word lists and this selection of rules, kept with its memo."""
    enabled = _enabled_of(on)
    selection = _SELECTIONS.get(enabled) if enabled is not None else None
    if selection is None:
        selection = frozenset(code for code in residue.BOILERPLATE_CODES if on(code))
        if enabled is not None:
            _SELECTIONS[enabled] = selection
    key = (id(lexicon), selection)
    room = _ROOMS.get(key)
    if room is None:
        room = _ROOMS[key] = LineRoom(lexicon, on)
    return room


def _enabled_of(on: Callable[[str], bool]) -> frozenset[str] | None:
    """The rules ``on`` answers from when it is a Config's ``on`` (a set it reads, nothing
    else), else None: then the selection is asked of ``on`` itself."""
    owner = getattr(on, "__self__", None)
    if isinstance(owner, Config) and getattr(on, "__func__", None) is Config.on:
        return owner.enabled
    return None


__all__ = ["Classifier", "LineRoom", "classifier", "line_room", "SHORT_LINE", "PARAGRAPH"]
