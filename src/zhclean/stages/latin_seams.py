"""Stage 5's evidence at a break between Han text and a Latin term: is the term a word of the
sentence the break cut ("…个人认为博客堂在技术" / "blog方面还是做得不错。"), or the start of a
line of its own (an English title under a Chinese one, a name heading an entry, a sentence
that opens on its subject: "…的积极态度" / "Sandisk目前计划…")?

A word cut in half says nothing here (the dictionary has no Latin words), so the evidence is
the term's place: held between Han words of one sentence, on the Latin side; and a line
that stopped in the middle of a sentence, on the Han side.

    >>> from .page_shape import Line
    >>> a = Paragraph(Line("她说这些年的变化很大。后来又在技术"))
    >>> latin_in_sentence(a, Paragraph(Line("blog方面做了很多。")), ("在",), ())
    True
    >>> b = Paragraph(Line("Apple Park的早晨"))
    >>> latin_in_sentence(Paragraph(Line("新品发布会的现场照片")), b, (), ())
    False
"""

from __future__ import annotations

import re

from ..chardata import is_han
from ..words import dangles
from .paragraph import Paragraph

# A term a sentence holds at the start of the line below: letters and figures (a version, a
# "C++"), then at once the sentence's Han words or its clause mark ("blog方面…", "AIM也…",
# "Nazca Line，…" is a name of two words: one space inside is allowed, then its mark).
TERM_THEN_SENTENCE_RE = re.compile(
    r"[A-Za-z][A-Za-z+#.\-]{0,15}\d{0,3}(?: [A-Za-z][A-Za-z+#.\-]{0,15}\d{0,3})?[\u4e00-\u9fff，、]"
)
# A particle, then the sentence's next word or its clause mark ("了，而且…", "的繁华…").
PARTICLE_GOES_ON_RE = re.compile("[\u4e00-\u9fff][\u4e00-\u9fff，、]")
UNDER_WAY_MIN = 2  # Han characters of a sentence begun after the line's last full stop
# Characters of it at most: a longer run may be a paragraph left without its full stop.
UNDER_WAY_MAX = 12


def latin_in_sentence(
    prev: Paragraph, cur: Paragraph, ends: tuple[str, ...], starts: tuple[str, ...]
) -> bool:
    """Is the break between ``prev`` and ``cur`` a seam of Han words and a Latin term inside
    one sentence? ``ends``: words no sentence or heading stops on (dangling_ends and
    piece_ends: "…以至于连" waits for more); ``starts``: particles no sentence starts with
    (dangling_starts: "的", "了").

    Han above, Latin below: the term goes on at once in Han words (a line of its own, an
    English title or a name followed by a space, is no term of a sentence), and the line
    above stopped in a sentence: on a word that waits for more, or in a few words of a
    sentence begun after its last full stop (a heading holds no full stop; a question's
    mark may close a title, then a label follows it). Latin above, Han below: the
    line below starts with a particle that starts no sentence ("…访问DMOZ" / "了，而且…").
    A line that merely holds clauses is no evidence: a lead or a post stops on a term or
    a noun without its full stop ("…的积极态度" / "Sandisk目前计划…", "…不需要用 jpa" /
    "感谢大佬的指导。")."""
    end, start = prev.tail, cur.head
    if not end or not start:
        return False
    left, right = end[-1], start[0]
    if is_han(left) and right.isascii() and right.isalpha():
        if not TERM_THEN_SENTENCE_RE.match(start):
            return False
        if end.endswith(ends):
            return True
        stop = end.rfind("。")
        after = end[stop + 1 :]
        return (
            stop > 0
            # A translated initial is no sentence's end: "伯顿d。摩根航空学院".
            and not (end[stop - 1].isascii() and end[stop - 1].isalpha())
            # A field or a label after a space ("…。 答案总结") is no sentence under way.
            and " " not in after
            and len(after) <= UNDER_WAY_MAX
            and sum(1 for ch in after if is_han(ch)) >= UNDER_WAY_MIN
        )
    if left.isascii() and left.isalpha() and is_han(right):
        # The particle goes on at once in the sentence: "地 点：" is a spaced field label.
        return dangles("", start, (), starts) and PARTICLE_GOES_ON_RE.match(start) is not None
    return False
