"""Does a run of short lines talk? A story's dialogue, a song's or a poem's lines, replies
under a post read like headlines (short, no sentence end), but a list of links never quotes,
says "I" or "you", or ends on a speaker's particle; nor does it name people each with the
same role after them (a cast's list). The list rooms ask before they take a run.

    >>> dialogue([Item(1, t, t) for t in ('"喂?"', '"是你? 怎么了?"', "他没有回答.")])
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import Item

if TYPE_CHECKING:
    from .document import Document

# Quotation marks a line of dialogue opens with (ASCII ones too: "喂.. 是你? 怎么了?").
DIALOGUE_OPENERS = ("“", "「", "『", '"', "‘")
DIALOGUE_SHARE = 3  # one line in three or more opening a quotation: dialogue
QUOTE_INTROS_MIN = 2  # lines over a quoted post: a thread's talk
# A sentence ended with ASCII dots after an ideograph, as informal writers in Hong Kong and
# Taiwan end theirs ("你反抗不了, 就要学习享受.", "但系又几岩.."); three dots cut a teaser.
DOTTED_END_RE = re.compile(r"[\u4e00-\u9fff]\.{1,2}$")


def dialogue(run: list[Item]) -> bool:
    """A story's dialogue, one speech a line, reads like headlines: short, no sentence end
    outside its quotation marks. A list of links seldom quotes; a third of its lines, never;
    nor does a headline end with an ASCII full stop, as an informal writer's sentence does,
    or with a colon, as a reply's line over the post it quotes does.

        >>> dialogue([Item(1, t, t) for t in ('"喂?"', '"是你? 怎么了?"', "他没有回答.")])
        True
    """
    opened = sum(
        1 for it in run if it.text.startswith(DIALOGUE_OPENERS) or DOTTED_END_RE.search(it.text)
    )
    # A thread's replies quote each other under a line that ends with a colon ("【 在 某某
    # 的大作中提到: 】"): two such lines in a run are talk, never a list of titles.
    quoting = sum(1 for it in run if it.text.rstrip(" 】]」)）").endswith((":", "：")))
    return opened * DIALOGUE_SHARE >= len(run) or quoting >= QUOTE_INTROS_MIN


SPEAKER_SHARE = 2  # half the lines or more saying "I" or "you": somebody talking


def _speaker_words(doc: Document, key: str) -> list[tuple[int, int, str]]:
    """Where the line says "I" or "you" (data: speaker_pronouns), when it does so beyond the
    pronouns that name a place ("我国", "我市": place_pronouns); else nothing."""
    lex = doc.ctx.lex
    found = lex.find("speaker_pronouns", key)
    return found if found and len(found) > len(lex.find("place_pronouns", key)) else []


def spoken(doc: Document, run: list[Item]) -> bool:
    """A poem's or a song's lines, a speech: half of them say "I" or "you" (data:
    speaker_pronouns, less place_pronouns such as "我国"). Headlines speak of others."""
    spoken = 0
    # The words around each pronoun: a template's titles say "I" in one same phrase
    # ("103期:我中啦【一句定生肖】已公开", "103期:我中啦【三肖爆六码】…"), a speaker in many.
    phrases: set[str] = set()
    for item in run:
        key = item.key
        found = _speaker_words(doc, key)
        if found:
            spoken += 1
            start = found[0][0]
            phrases.add(key[max(0, start - 1) : start + 2])
    return spoken * SPEAKER_SHARE >= len(run) and len(phrases) * SPEAKER_SHARE >= spoken


TALK_ENDS_STRIP = "！？!?~～。.…"
# A reply's opening mention of whom it answers, then its words: "@阿青 一定要…", "@rache1：…".
MENTION_RE = re.compile(r"^@[^\s@:：]{1,20}[\s:：]+\S")


def _talks(doc: Document, item: Item) -> bool:
    """Does the line talk: say "I" or "you" (not "我国"), or end on a particle a speaker
    ends on ("…解决问题嘛？", "…互勉哈！")? A headline speaks of others, in no voice."""
    key = item.key
    lex = doc.ctx.lex
    if key.rstrip().endswith(("？", "?")) or lex.find("question_words", key):
        return False  # a Q&A site's titles ask ("…你会如何排名"): asking is no voice of one's own
    if _speaker_words(doc, key) or key.startswith(lex.terms("talk_openers")):
        return True
    if MENTION_RE.match(key):
        return True  # "@阿青 一定要用熟透的番茄哦": a reply that names whom it answers
    return key.rstrip(TALK_ENDS_STRIP).endswith(lex.terms("talk_particles"))


def talk(doc: Document, lines: list[Item]) -> bool:
    """Half the lines or more talk (:func:`_talks`), two at least: replies under a post, or
    the author's lines written one phrase a line. One reply that names whom it answers
    ("@阿青 一定要…") is enough among two lines: a headline never opens on a mention."""
    talking = sum(1 for it in lines if _talks(doc, it))
    if talking * SPEAKER_SHARE < len(lines):
        return False
    return talking >= 2 or any(MENTION_RE.match(it.key) for it in lines)


ROLE_MAX = 3  # a role's ideographs ("演员", "导演", "主编")
ROLES_MIN = 3


def one_role(entries: list[Item]) -> bool:
    """Do three lines or more, half of the list, end with the same short word of ideographs
    after a space ("克里斯·费舍 导演", "佩顿·利斯特 演员" ×4)? Then they are records of people
    and their roles, not headlines, which end each in words of their own."""
    ends: dict[str, int] = {}
    for item in entries:
        head, _, last = item.key.rpartition(" ")
        if head and 0 < len(last) <= ROLE_MAX and all("\u4e00" <= ch <= "\u9fff" for ch in last):
            ends[last] = ends.get(last, 0) + 1
    most = max(ends.values(), default=0)
    return most >= ROLES_MIN and most * 2 >= len(entries)
