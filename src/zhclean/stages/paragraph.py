"""A paragraph being rejoined from lines, and what stage 5's decisions read of it.

Split from :mod:`.breaks`, whose decisions read a :class:`Paragraph`'s ends and running
counts, never its whole text.
"""

from __future__ import annotations

from .page_shape import Line, display_width

# What the join decisions read of a paragraph's ends: every end-anchored pattern of .breaks
# looks at fewer characters than this (a paragraph rejoined from thousands of lines must
# not be rescanned from its start at every join).
EDGE = 64
PARENS = (("(", ")"), ("（", "）"))
QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))
MARKS = "".join(a + b for a, b in PARENS + QUOTES) + "，,。、；"
_MARK_SET = frozenset(MARKS)
_NO_MARKS = dict.fromkeys(MARKS, -1)  # in MARKS' order, as a dict built over MARKS is
SHORT_LINE = 24  # characters up to which a line's marks are found by its characters


class Paragraph:
    """A paragraph being rejoined from lines: its pieces, joined once at the end.

    Joining appends to a list and keeps what the decisions need (the first and last
    :data:`EDGE` characters, the length, where each bracket and quote mark last
    occurs), so that rejoining n lines costs O(n), not O(n²).

        >>> p = Paragraph(Line("活动主题为“奋进"))
        >>> p.extend("", Paragraph(Line("新时代")))
        >>> p.text, p.open_quote(), p.tail
        ('活动主题为“奋进新时代', True, '活动主题为“奋进新时代')
    """

    __slots__ = (
        "_key",
        "_last",
        "_pieces",
        "blank_before",
        "fenced",
        "head",
        "indented",
        "_last_line",
        "_width",
        "length",
        "lines",
        "tail",
    )

    def __init__(self, line: Line) -> None:
        self._pieces = [line.text]
        self.fenced, self.indented = line.fenced, line.indented
        self.blank_before = line.blank_before
        self.length = len(line.text)
        self.head, self.tail = line.text[:EDGE], line.text[-EDGE:]
        self._last_line = line.text  # a wrap is judged on the last line's width
        self._width = -1  # measured when asked
        self.lines = 1
        self._last: dict[str, int] | None = None  # mark -> last position; -1: none
        self._key: tuple | None = None

    @property
    def last_width(self) -> int:
        if self._width < 0:
            self._width = display_width(self._last_line)
        return self._width

    @property
    def text(self) -> str:
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0]

    def last(self) -> dict[str, int]:
        if self._last is None:
            text = self._pieces[0]  # only ever computed before the first join
            if len(text) > SHORT_LINE:
                self._last = {mark: text.rfind(mark) for mark in MARKS}
            else:
                # A short line holds one mark or none: only those it holds are searched
                # for (reading a long line char by char costs more than a search per mark).
                last = dict(_NO_MARKS)
                for mark in _MARK_SET.intersection(text):
                    last[mark] = text.rfind(mark)
                self._last = last
        return self._last

    def memo_key(self) -> tuple:
        """All that the decisions at a break read of the paragraph, as a key of layout's
        memo: its text and how it was set, for one line; for more, its ends, its last line,
        its counts and where its marks last stand (the decisions read a paragraph of many
        lines only so: their whole text is never read, but where it is as short as its
        head). Built once a paragraph: a break is asked again after each join below it."""
        if self._key is None:
            flags = (self.fenced, self.indented, self.blank_before)
            if self.lines == 1:
                self._key = (self._last_line, *flags)
            else:
                marks = tuple(self.last().values())
                ends = (self.head, self.tail, self._last_line, self.length, self.lines)
                self._key = (*ends, *flags, marks)
        return self._key

    def extend(self, seam: str, other: Paragraph) -> None:
        """Append ``seam`` and ``other``."""
        self._key = None
        mine, theirs = self.last(), other.last()
        offset = self.length + len(seam)
        self._last = {
            mark: offset + theirs[mark] if theirs[mark] >= 0 else mine[mark] for mark in MARKS
        }
        if self.length < EDGE:
            self.head = (self.head + seam + other.head)[:EDGE]
        self.tail = (self.tail + seam + other.tail)[-EDGE:]
        self.length = offset + other.length
        self._last_line, self._width = other._last_line, other._width
        self.lines += other.lines
        self._pieces += [seam, *other._pieces]

    def _unclosed(self, pairs: tuple[tuple[str, str], ...]) -> bool:
        last = self.last()
        return any(last[opener] > last[closer] for opener, closer in pairs)

    def open_paren(self) -> bool:
        """A parenthesis opened and not closed. Scraped text mixes the widths of one pair
        ("（4D特效影院)"): a closer of either width closes an opener of either."""
        last = self.last()
        return max(last["("], last["（"]) > max(last[")"], last["）"])

    def open_quote(self) -> bool:
        return self._unclosed(QUOTES)

    def has_comma(self) -> bool:
        last = self.last()
        return last["，"] >= 0 or last[","] >= 0

    def has_clause_mark(self) -> bool:
        """A comma, 、 or ； inside: the line is built of clauses, as sentences are (a label's
        colon is none: "记者：柯玉圆")."""
        last = self.last()
        return any(last[mark] >= 0 for mark in "，,、；")

    def has_full_stop(self) -> bool:
        return self.last()["。"] >= 0

    def open_quote_closer(self) -> str | None:
        """The closing mark of the quotation left open at the end, if one is."""
        last = self.last()
        for opener, closer in QUOTES:
            if last[opener] > last[closer]:
                return closer
        return None
