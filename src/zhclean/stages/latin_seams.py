"""Stage 5's evidence at a break between Han text and a Latin term or a figure: is the term a
word of the sentence the break cut ("…个人认为博客堂在技术。后来又在" / "blog方面…", "…步行" /
"5分钟就到。"), or the start of a line of its own (an English title under a Chinese one, a
name heading an entry, a date opening a paragraph, a sentence that opens on its subject)?

A word cut in half says nothing here (the dictionary has no Latin words, and figures are
no words), so the evidence is the term's place: going on at once in Han words, on the
Latin side; and a line that stopped in the middle of a sentence, on the Han side.

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

from ..chardata import ends_sentence, is_han
from ..words import dangles
from .paragraph import Paragraph

# A term a sentence holds at the start of the line below: letters and figures (a version, a
# "C++"), then at once the sentence's Han words or its clause mark ("blog方面…", "AIM也…",
# "Nazca Line，…" is a name of two words: one space inside is allowed, then its mark).
TERM_THEN_SENTENCE_RE = re.compile(
    r"[A-Za-z][A-Za-z+#.\-]{0,15}\d{0,3}(?: [A-Za-z][A-Za-z+#.\-]{0,15}\d{0,3})?[\u4e00-\u9fff，、]"
)
# A figure a sentence holds at the start of the line below, then at once its unit, a
# percent sign or the sentence's words ("8球，…", "20斤”", "3000万元", "0.1%，…").
# Not a list's zero-padded number ("02减肥…": an item's heading).
FIGURE_THEN_SENTENCE_RE = re.compile(r"(?!0\d)\d[\d.,]*[%％\u4e00-\u9fff]")
# A particle, then the sentence's next word or its clause mark ("了，而且…", "的繁华…").
PARTICLE_GOES_ON_RE = re.compile("[\u4e00-\u9fff][\u4e00-\u9fff，、]")
UNDER_WAY_MIN = 2  # Han characters of a sentence begun after the line's last full stop
# Characters of it at most: a longer run may be a paragraph left without its full stop.
UNDER_WAY_MAX = 12
HEADING_MAX = 40  # characters of a heading, clauses and all (breaks._title_like's)


def latin_in_sentence(
    prev: Paragraph, cur: Paragraph, ends: tuple[str, ...], starts: tuple[str, ...]
) -> bool:
    """Is the break between ``prev`` and ``cur`` a seam of Han words and a Latin term or a
    figure inside one sentence? ``ends``: words no sentence or heading stops on
    (dangling_ends and piece_ends: "…以至于连" waits for more); ``starts``: particles no
    sentence starts with (dangling_starts: "的", "了").

    Han above, Latin below: the term or the figure goes on at once in Han words, a unit or
    a percent sign (a line of its own, an English title or a name followed by a space, is no
    term of a sentence), and the line above stopped inside a sentence
    (:func:`_stops_in_sentence`). Latin above, Han below: the line below starts with a
    particle that starts no sentence ("…访问DMOZ" / "了，而且…")."""
    end, start = prev.tail, cur.head
    if not end or not start:
        return False
    left, right = end[-1], start[0]
    if is_han(left) and right.isascii() and right.isalnum():
        found = (FIGURE_THEN_SENTENCE_RE if right.isdigit() else TERM_THEN_SENTENCE_RE).match(start)
        if found is None:
            return False
        return _stops_in_sentence(end, cur, ends) or (
            right.isdigit() and _figure_in_clauses(prev, cur, found.group()[-1])
        )
    if left.isascii() and left.isalpha() and is_han(right):
        # The particle goes on at once in the sentence: "地 点：" is a spaced field label.
        if dangles("", start, (), starts) and PARTICLE_GOES_ON_RE.match(start) is not None:
            return True
        return TERM_END_RE.search(end) is not None and _goes_on_below(prev, cur)
    return False


def _stops_in_sentence(end: str, cur: Paragraph, ends: tuple[str, ...]) -> bool:
    """Does the line ending in ``end`` stop inside a sentence: on a word that waits for more
    (as a word of its own: "…指明方向" stops on 方向, not on 向); one to six ideographs into
    a clause, with no full stop, before a line that ends the sentence; or a few words into a
    sentence begun after its last full stop (a heading holds no full stop)? A line that
    merely holds clauses is no evidence: a lead or a post stops on a noun without its full
    stop ("…的积极态度" / "Sandisk目前计划…")."""
    if dangles(end, "", ends, ()):
        return True
    stop = end.rfind("。")
    if stop < 0:
        return _clause_just_begun(end) and (cur.has_full_stop() or ends_sentence(cur.tail))
    after = end[stop + 1 :]
    han = sum(1 for ch in after if is_han(ch))
    return (
        stop > 0
        # A translated initial is no sentence's end: "伯顿d。摩根航空学院".
        and not (end[stop - 1].isascii() and end[stop - 1].isalpha())
        # A field or a label after a space ("…。 答案总结"), a credit ("…。/图：某某"): no
        # sentence under way, which is words (Han, half of it at least) and no colon.
        and " " not in after
        and not any(mark in after for mark in "：:")
        and han >= UNDER_WAY_MIN
        and 2 * han >= len(after)
        and len(after) <= UNDER_WAY_MAX
    )


LAST_CLAUSE_MAX = 6  # ideographs of a clause begun after the line's last comma


def _clause_just_begun(end: str) -> bool:
    """Does the line stop one to six ideographs into a clause ("…捷运站，步行" / "2分钟…", "…，她
    每天都要用" / "Excel整理…")? Asked before a term that goes on at once in Han words and a
    line that ends the sentence: an English title under a heading follows no comma."""
    comma = max(end.rfind("，"), end.rfind(","))
    after = end[comma + 1 :]
    return (
        comma >= 0
        and max(end.rfind("、"), end.rfind("；")) < comma
        and 1 <= len(after) <= LAST_CLAUSE_MAX
        and all(is_han(ch) for ch in after)
    )


# A Latin term glued to the Han word before it at a line's end ("…输入用户ID", "…配置login2see").
TERM_END_RE = re.compile(r"[\u4e00-\u9fff][A-Za-z][A-Za-z0-9+#\-]{0,15}$")


def _goes_on_below(prev: Paragraph, cur: Paragraph) -> bool:
    """Does the line below go on a sentence that a line built of clauses stopped in? The
    line above holds a comma (not a row of items parted by 、: "…包装盒X1" / "本产品…"), no
    colon, exclamation or question near its end; the line below is no field ("免责声明：…"),
    no poster's name and his words ("寒冰冽 方法一…") and no headline or slogan: it holds a
    full stop ("…填写E-mail" / "最大吃喝玩乐平台！" is a banner's)."""
    text, head = prev.tail, cur.head[:UNDER_WAY_MAX]
    # The clause the break falls in, after the line's last comma or full stop: no teaser its
    # site cut off is in it ("…En.. .腾讯移动品质中心TMQ" / "研发效能认证…": a column's name
    # after a teaser, then the next entry's title).
    clause = text[max(text.rfind(mark) for mark in "，,。！？") + 1 :]
    return (
        prev.has_comma()
        and "…" not in clause
        and ".." not in clause
        # Longer than a heading of clauses ("再战机器人，莱州一中包揽前四名" / "27名选手…。")
        and (prev.lines > 1 or prev.length > HEADING_MAX)
        and not any(mark in text[-UNDER_WAY_MAX:] for mark in "：:！？!?")
        and cur.has_full_stop()
        and not any(mark in head for mark in "：: ")
    )


# A figure that opens a paragraph is a date's ("2019年以来，…", "5月19日"): a figure with
# another unit is a quantity, which a sentence holds and a paragraph seldom opens with.
DATE_UNITS = "年月日号時时点點"


def _figure_in_clauses(prev: Paragraph, cur: Paragraph, unit: str) -> bool:
    """Does a quantity below (a figure and its unit, not a date's: "60平方公里", "3000多人次")
    go on a sentence that a line built of clauses stopped in ("…，建成区面积达到" / "60平方
    公里。")? The line above holds a comma (a sentence's body, not a heading, a name or a
    row of tags parted by 、), stops on an ideograph with no end, and is no field; the line below is no
    headline of its own (a teaser's next title: "3排7座 对坐似高铁") and no field ("1号防红
    网：…"): :func:`_goes_on_below`."""
    return unit not in DATE_UNITS and _goes_on_below(prev, cur)
