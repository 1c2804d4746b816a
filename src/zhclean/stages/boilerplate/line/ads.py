"""Ads, notices and panels on one line, found by their words (weak alone, strong in numbers).

>>> from zhclean.lexicon import load_lexicon
>>> from .classifier import classifier
>>> c = classifier(load_lexicon())
>>> gambling(c, Item(1, "威尼斯人现金网 太阳城娱乐城", "威尼斯人现金网 太阳城娱乐城"))
('ZH302', 2)
>>> exchange_ad(c, Item(1, "币安交易所官网地址", "币安交易所官网地址"))
('ZH301', 2)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ....chardata import CLOSERS, ends_sentence, han_count
from ..features import STRONG, WEAK, Item
from ..registry import Verdict, detector
from ..shapes import CERTAIN_FOOTER, EMPTY_FIELD_RE, LIST_MARKER_RE, squash
from .navigation import unspaced

if TYPE_CHECKING:
    from .classifier import Classifier


@detector("ZH302")
def gambling(c: Classifier, item: Item) -> Verdict | None:
    """A line made mostly of casino, lottery, betting or porn keywords."""
    key, text = item.key, item.text
    if "。" in text:
        return None
    if len(text) > 120:
        return _keyword_flood(c, item)
    share, terms = c.lex.coverage("gambling_keywords", key)
    if not terms:
        return None
    strong_terms = {t for t in terms if t in c.lex.lists["gambling_strong"]}
    if (strong_terms and share >= 0.4) or (len(terms) >= 2 and share >= 0.5):
        return "ZH302", STRONG
    if len(squash(key)) <= 20 and not ends_sentence(text):
        return "ZH302", WEAK
    return None


FLOOD_TERMS_MIN = 15
FLOOD_SHARE_MIN = 0.1
# A flood is a list: its pieces (between spaces and commas) are short, and a stray comma or
# "!" among thousands of pieces does not make it prose. An author's paragraph has few pieces,
# each a clause of some length, and ends its sentences.
FLOOD_PIECE_MEDIAN_MAX = 16
FLOOD_PIECES_PER_MARK = 10
FLOOD_PIECE_SPLIT_RE = re.compile(r"[\s,，、|]+")


def _keyword_flood(c: Classifier, item: Item) -> Verdict | None:
    """A long line of porn or betting keywords parted by spaces or commas: an SEO flood however
    long (tens of thousands of characters), never an author's paragraph.

    A few stray marks in it do not save it: "…一本到综合,张柏芝… 国产…在线观看 …!" with
    thousands of pieces is still a flood; a paragraph about a casino raid, cut by its commas
    into clauses and ended by its full stops, is not.
    """
    text = item.text
    marks = sum(text.count(mark) for mark in "，,；;！？!?。")
    if marks:
        pieces = [piece for piece in FLOOD_PIECE_SPLIT_RE.split(text) if piece]
        if len(pieces) < marks * FLOOD_PIECES_PER_MARK:
            return None
        lengths = sorted(map(len, pieces))
        if lengths[len(lengths) // 2] > FLOOD_PIECE_MEDIAN_MAX:
            return None
    share, terms = c.lex.coverage("gambling_keywords", item.key)
    return ("ZH302", STRONG) if len(terms) >= FLOOD_TERMS_MIN and share >= FLOOD_SHARE_MIN else None


@detector("ZH301")
def exchange_ad(c: Classifier, item: Item) -> Verdict | None:
    """Ad copy of an exchange or app: a brand with ad phrases, or two ad phrases."""
    key, text = item.key, item.text
    brands = c.lex.find("ad_brands", key)
    found = c.lex.find("ad_phrases", key)
    phrases = {term for _, _, term in found}
    if not brands and not phrases:
        return None
    if ends_sentence(text) and han_count(text) >= 20 and len(phrases) < 2:
        return None  # a sentence of an article about an exchange, not an ad
    squashed_len = max(1, len(squash(key)))
    brand_chars = sum(end - start for start, end, _ in brands)
    if len(phrases) >= 2 or (brands and phrases) or (brands and brand_chars / squashed_len >= 0.5):
        return "ZH301", STRONG
    if len(text) <= 30 and not ends_sentence(text):
        return "ZH301", WEAK
    if len(text) <= AD_PROMPT_MAX and any(start == 0 for start, _, _ in found):
        # A short line that opens with the ad's call ("立即下载某某APP，世界脉动在你手中！"):
        # weak, it goes only beside other junk (a how-to's step is among the author's lines).
        return "ZH301", WEAK
    return None


AD_PROMPT_MAX = 40

# A phone number: seven digits or more, with the usual separators.
PHONE_RE = re.compile(r"(?<!\d)(?:\+?\d{1,4}[- ]?)?\d{3,4}[- ]?\d{3,4}[- ]?\d{0,4}(?!\d)")
PHONE_DIGITS_MIN = 7


@detector("ZH315")
def call_to_action(c: Classifier, item: Item) -> Verdict | None:
    """An invitation to call with the number to call ("…欢迎新老客户前来咨询,咨询电话:
    13720639525"): a seller's promotion, whatever the line says before it. A hotline a
    news sentence gives ("可拨打热线12345查询") has no invitation, and stays."""
    key = item.key
    found = c.lex.find("call_to_action", key)
    if not found:
        return None
    phones = [m.group() for m in PHONE_RE.finditer(key)]
    if any(sum(ch.isdigit() for ch in p) >= PHONE_DIGITS_MIN for p in phones):
        return "ZH315", STRONG
    # Or a short line that ends with the invitation ("如需了解更多车型信息，欢迎您随时致电咨询~").
    tail = key.rstrip(" ~～!！。.…")
    if len(item.text) <= CTA_LINE_MAX and any(end == len(tail) for _, end, _ in found):
        return "ZH315", STRONG
    return None


CTA_LINE_MAX = 40

# A shop's ordering code under its label, in brackets or with a colon: "【淘口令】10( CZ3457
# 2svheTPBoz2(/", "复制口令：￥AbC12dEf34￥". The value holds no ideograph: a code, no sentence.
ORDER_CODE_RE = re.compile(
    r"^(?:【([^】]{2,8})】|([^\s:：]{2,8})\s?[:：])\s?([^\u4e00-\u9fff]{6,80})$"
)


@detector("ZH315")
def order_code(c: Classifier, item: Item) -> Verdict | None:
    """An ordering code a shop's post prints under each deal (data: order_code_labels): how to
    buy, not what is sold (POLICY: the ordering instructions of a promotion go)."""
    found = ORDER_CODE_RE.match(item.key)
    if found is None:
        return None
    label = found.group(1) or found.group(2)
    return ("ZH315", STRONG) if c.lex.has("order_code_labels", label) else None


MARKED_NOTE_HAN = 20  # ideographs of a marked line that make it a note of some length


# Footer phrases no clause of a page's own terms uses: a registration or a copyright line.
# A label and its phone number or mail address: "客服热线：400-930-6677", "邮箱：a@b.com".
LABELLED_CONTACT_RE = re.compile(r"[:：]\s?(?:\+?\d[\d\s()（）-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)")
CERTAIN_NOTICE_MAX = 40
# The copyright sign with its year, as a site's footer prints it: "© 2014 rthk.hk".
COPYRIGHT_YEAR_RE = re.compile(r"©\s?(?:19|20)\d{2}\b")


# A licence's or filing's number right after its label: "10120170007号", "A2.B1-20232628".
LICENCE_NUMBER_RE = re.compile(r"\s?[:：]?\s?[0-9a-z][0-9a-z.\-/]{4,}")
LICENCES_MIN = 2


def _licence_numbers(c: Classifier, key: str) -> int:
    """How many licence labels in ``key`` have their number right after them: a footer's
    row of licences, whatever its length ("…许可证10120170007号 |…许可证A2.B1-20232628")."""
    return sum(
        1 for _, end, _ in c.lex.find("licence_labels", key) if LICENCE_NUMBER_RE.match(key, end)
    )


@detector("ZH305")
def site_notice(c: Classifier, item: Item) -> Verdict | None:
    """A copyright or takedown notice of the site: two footer phrases, or one in a short line."""
    key, text = item.key, item.text
    terms = {term for _, _, term in c.lex.find("footer_phrases", key)}
    if (
        terms
        and (item.prose or item.han >= MARKED_NOTE_HAN)
        and LIST_MARKER_RE.match(text)
        and not terms & CERTAIN_FOOTER
    ):
        # "3. 根据个资与隐私权政策，任何您提供在本网站……": a clause of the terms the page
        # sets out, numbered as the author numbers them; "●作者某某，…教授。本文为网友投稿，
        # 言论不代表本报立场…": the author's closing note. A site's notice is no list item.
        return None
    # A row of licences is no sentence: a paragraph is not searched for their labels.
    if len(terms) >= 2 or (not item.prose and _licence_numbers(c, key) >= LICENCES_MIN):
        return "ZH305", STRONG
    if unspaced(key).strip(" :•*-") in c.lex.lists["notice_headings"]:  # "郑 重 声 明" too
        return "ZH305", WEAK
    if (
        terms
        and len(text) <= CERTAIN_NOTICE_MAX
        and (terms & CERTAIN_FOOTER or ("©" in terms and COPYRIGHT_YEAR_RE.search(key)))
        and not ends_sentence(text)
    ):
        # "茅台学院食品科学与工程系 版权所有", "© 2014 rthk.hk": the site's own notice.
        return "ZH305", STRONG
    if terms and len(text) <= 80:
        return "ZH305", WEAK
    return None


@detector("ZH310", "ZH315", "ZH306")
def panel(c: Classifier, item: Item) -> Verdict | None:
    """A word of a shop, download or login panel (weak: it goes only next to other junk)."""
    key, text = item.key, item.text
    if len(text) > 60 or text.rstrip(CLOSERS).endswith(("。", "？", "?")):
        return None  # "如何修改登录密码？", "建议您定期修改登录密码。": a sentence, no panel's word
    terms = {term for _, _, term in c.lex.find("panel_words", key)}
    if terms and LABELLED_CONTACT_RE.search(key):
        return None  # "客服热线：400-930-6677": a plain contact line (POLICY: contact lines)
    if len(terms) >= 2 or (terms and len(squash(key)) <= 8):
        return ("ZH315" if terms & c.vocab.shop_words else "ZH310"), WEAK
    if c.vocab.form_field.fullmatch(key.strip()):
        return "ZH306", STRONG  # a form's field, marked required or optional: "* 联系电话:"
    if EMPTY_FIELD_RE.fullmatch(key.strip()):  # an empty form field: "账号:"
        return "ZH306", WEAK
    return None
