"""Weak verdicts settled: a weak verdict (a shop's phrase, a login word, one ad word) holds
next to a strong one, through a run of weak lines; else it goes.

    "下载APP" (weak) / "扫一扫下载客户端" (strong)       -> both go
    "下载APP" (weak) between two paragraphs             -> it stays
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...chardata import ends_sentence
from .features import POST_STAMPS, STRONG, WEAK, Item
from .shapes import LIST_MARKER_RE

if TYPE_CHECKING:
    from .document import Document


def propagate_weak(doc: Document) -> None:
    """A weak verdict holds next to a strong one, through a run of weak lines; else it goes.

    (The first line is never promoted, nor promotes through itself: it may be the title.)
    """
    items = doc.items
    # The weak lines, found in one walk: the runs, the spam test and the clearing read only
    # them (a page with none, most pages, is done).
    weak = [k for k, it in enumerate(items) if it.strength == WEAK]
    if not weak:
        return

    def strong(k: int) -> bool:
        # A post's stamp is no chrome: the weak word under it is its reply's ("已优化下载体验").
        return (
            0 <= k < len(items)
            and items[k].strength == STRONG
            and bool(items[k].code)
            and items[k].detector not in POST_STAMPS
        )

    def ad(k: int) -> bool:
        return strong(k) and items[k].code in AD_CODES

    # A page that carries an ad found for sure, or ad words on several lines, is spam-wrapped
    # (asked only of a page with an ad word to promote: one pass settles most pages).
    spam = any(items[k].code == AD_WORD_CODE for k in weak) and (
        any(ad(k) for k in range(len(items)))
        or sum(1 for k in weak if items[k].code in AD_CODES) >= SPAM_WEAK_LINES
    )

    # Runs of weak lines in a row, from the second line on; a run's promotion changes only
    # its own lines, so the runs found before any is settled are the ones a walk would find.
    runs: list[list[int]] = []
    for k in weak:
        if k == 0:
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        i, j = run[0], run[-1]
        if (
            strong(i - 1)
            or strong(j + 1)
            or _options(items[i : j + 1])
            or _notice_block(doc, items[i : j + 1])
        ):
            for item in items[i : j + 1]:
                if LIST_MARKER_RE.match(item.text) and ends_sentence(item.text):
                    continue  # an author's numbered item ("5、优惠活动期间，…出行。"), no widget
                if item.code == AD_WORD_CODE and not (spam or ad(i - 1) or ad(j + 1)):
                    # One ad word ("欧美", "澳门") on a page with no ad is a headline's
                    # ("油价跌跌不休 重挫欧美股市" under the breadcrumb), not an ad's.
                    continue
                item.mark(item.code, STRONG)
    for k in weak:
        if items[k].strength == WEAK:
            items[k].clear()


# Ads and ad keywords: a weak ad word is promoted only next to one of these.
AD_CODES = frozenset({"ZH301", "ZH302"})
AD_WORD_CODE = "ZH302"  # casino, lottery and porn words: many are plain words too (欧美, 澳门)
SPAM_WEAK_LINES = 4
OPTIONS_MIN = 3
OPTION_MAX = 12


NOTICE_BLOCK_MIN = 2


def _notice_block(doc: Document, run: list[Item]) -> bool:
    """Two of the site's notices or more in a row, each with its phrase, one naming the site
    itself ("如需转载请与本报联系。" / "未经授权，严禁转载或镜像，违者必究。"): the site's
    block, as one strong notice is. An article on copyright law says "未经授权转载…" of
    others' works, never of itself (data: site_self_words)."""
    return (
        len(run) >= NOTICE_BLOCK_MIN
        and all(it.code == "ZH305" for it in run)
        and any(doc.ctx.lex.find("site_self_words", it.key) for it in run)
    )


def _options(run: list[Item]) -> bool:
    """Three or more weak lines under one label, a short word after it ("屏蔽：大陆社会" /
    "屏蔽：广佛南环" / "屏蔽：地铁化运营"): a widget's choices, whatever stands around them."""
    if len(run) < OPTIONS_MIN:
        return False
    labels = set()
    for item in run:
        label, colon, value = item.key.partition(":")
        if not colon or not label.strip() or not 0 < len(value.strip()) <= OPTION_MAX:
            return False
        labels.add(label.strip())
    return len(labels) == 1
