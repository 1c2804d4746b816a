"""Each line's features, computed once: what the rooms judge a line by.

A line is an :class:`Item`: its number, its text, its matching key (folded:
NFKC, casefolded, inner whitespace as one space, Traditional read as
Simplified) and the verdict the rooms give it. Shape features are properties
computed on first use and kept, so a line asked ten times is measured once.

    >>> item = Item(1, "市民公园改造工程正式完工", "市民公园改造工程正式完工")
    >>> item.title_like, item.prose, item.han
    (True, False, 12)
    >>> Item(2, "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。", "").prose
    True
"""

from __future__ import annotations

from dataclasses import dataclass

from ...chardata import CLOSERS, ends_sentence, han_count
from .shapes import DATED_END_RE, ellipsis_end

STRONG, WEAK = 2, 1


@dataclass(eq=False)
class Item:
    no: int  # 1-based line number
    text: str  # stripped line
    key: str  # folded line, inner whitespace runs as one space
    code: str | None = None
    strength: int = 0
    detector: str | None = None  # the detector that gave the verdict (for explain)
    protected: bool = False  # inside an open bracket: a fragment of the line before
    table: bool = False  # a row of a table the author wrote: never a menu
    guard: str | None = None  # why the line must stay, whatever the detectors say
    _han: int = -1
    _prose: int = -1
    _title: int = -1

    def mark(self, code: str, strength: int = STRONG, detector: str | None = None) -> None:
        self.code, self.strength = code, strength
        if detector:
            self.detector = detector

    def clear(self) -> None:
        self.code, self.strength, self.detector = None, 0, None

    @property
    def han(self) -> int:
        """Ideographs in the line."""
        if self._han < 0:
            self._han = han_count(self.text)
        return self._han

    @property
    def removed(self) -> bool:
        return self.code is not None and self.strength == STRONG

    @property
    def prose(self) -> bool:
        """A body paragraph: ends a sentence, or is long. A short question or exclamation is a
        headline."""
        if self._prose < 0:
            self._prose = int(_is_prose(self))
        return bool(self._prose)

    @property
    def title_like(self) -> bool:
        """A headline or link text: short, one clause, no sentence end."""
        if self._title < 0:
            self._title = int(_is_title_like(self))
        return bool(self._title)

    @property
    def headline(self) -> bool:
        """A headline of a list: title-like, mostly words (a data row of numbers is not one),
        not a label with its value ("内胆材质：铝合金"), 6 to 60 characters."""
        text = self.text
        if not self.title_like or len(text) < 6:
            return False
        digits = sum(ch.isdigit() for ch in text)
        if digits * 3 > len(text) or self.han < 4:
            return False
        label, colon, value = text.replace("：", ":").partition(":")
        return not (colon and len(label) <= 6 and len(value) <= 12)

    @property
    def link_like(self) -> bool:
        """An entry of a list of articles: a headline, a teaser cut with '...', a dated title."""
        text = self.text
        if len(text) > 80 or text.endswith(("，", ",", "、")):
            return False
        return self.title_like or bool(ellipsis_end(text) or DATED_END_RE.search(self.key))


def _is_prose(item: Item) -> bool:
    han = item.han
    if han >= 45:
        return True
    if not ends_sentence(item.text):
        return False
    last = item.text.rstrip(CLOSERS)[-1:]
    return han >= (30 if last in "？?！!" else 12)


def _is_title_like(item: Item) -> bool:
    text = item.text
    if len(text) < 4 or len(text) > 60 or item.protected:
        return False
    if text.rstrip("”’」』)）")[-1:] in "。；;，,、":
        return False
    # Quoted speech ("他说：“明天见！”") and bracketed credits ("(记者 张三)") are the author's.
    if text[-1] in "”」』" or text[0] in "(（" or "：“" in text or ":“" in text:
        return False
    return text.count("。") == 0


def is_prose(item: Item) -> bool:
    return item.prose


def is_title_like(item: Item) -> bool:
    return item.title_like


def is_link_like(item: Item) -> bool:
    return item.link_like
