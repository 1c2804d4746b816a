"""Room 3: junk because of its place: above the title, around the body, copying the lead.

Head: a list of other headlines above the title; channel labels run together.
Lead: a teaser that copies the body, labelled (摘要:) or not.
Around the body: columns of menu labels, the site's name standing alone. The tail (lists of
other articles under the body) has a module of its own, tail.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...chardata import ends_sentence, han_count
from .body import body_end, is_article
from .features import STRONG, Item, bare_title, previous_kept
from .line.classifier import remembered
from .line.metadata import metadata as _metadata
from .line.navigation import menu_word, nav_token
from .registry import KEEP, detector
from .shapes import (
    DATE_RE,
    DATETIME_RE,
    FIELD_LABEL_RE,
    LABELLED_COUNT_RE,
    LIST_MARKER_RE,
    MEASURE_RE,
    SQUASH_RE,
    TIME_RE,
    GramPool,
    copied_at_least,
    copied_share,
    copies_of_each_other,
    credit_shape,
    ellipsis_end,
    near_copy,
    ngrams,
    squash,
    trail_last_step,
)

if TYPE_CHECKING:
    from .document import Document

metadata = remembered(_metadata)  # one verdict per text, shared with the line room

HEAD_MAX = 60  # lines looked at above the first paragraph


@detector("ZH307")
def chrome_with_title_copy(doc: Document) -> None:
    """'2016年1月4日20:38 <title> 861 浏览' : a timestamp and counters around a title copy."""
    items, counter = doc.items, doc.ctx.vocab.counter
    for i, item in enumerate(items):
        # A headline with its stamp and counters is short; a paragraph is never one.
        if item.code or len(item.key) > 160 or not item.shape.stamped:
            continue
        if not counter.search(item.key):
            continue
        rest = counter.sub(" ", DATETIME_RE.sub(" ", item.key))
        neighbours = items[max(0, i - 3) : i] + items[i + 1 : i + 3]
        if any(near_copy(rest, other.key) for other in neighbours):
            item.mark("ZH307", STRONG, "chrome_with_title_copy")


@detector("ZH306", "ZH312")
def teasers(doc: Document) -> None:
    """A labelled teaser (摘要:...) that copies the body, is cut with '...' or carries ad
    keywords; an empty teaser label; an unlabelled line under the title stitched from the body."""
    ctx = doc.ctx
    items = doc.items
    for i, item in enumerate(items):
        # The label's colon (a full-width one folds to ':' in the key) is the pattern's: a
        # line with none is settled without it.
        if item.removed or ":" not in item.key:
            continue
        match = ctx.teaser_re.match(item.key)
        if not match:
            continue
        content = item.text[match.end() :].strip() if len(item.text) > match.end() else ""
        content_key = item.key[match.end() :]
        # The article's start follows within a few lines (a bounded window keeps a
        # long document with many labels linear).
        later = [it.text for it in items[i + 1 : i + 40] if not it.removed]
        # A teaser stitched from the entry's title above it ("导读:五篇500字的初中作文-老师").
        earlier = [it.text for it in items[max(0, i - 3) : i] if not it.removed]
        first_clause = content_key.split(",")[0]
        if not content:
            # An empty label goes; one that heads the summary below it ("内容简介：" / the
            # synopsis) is a heading of the author's.
            nxt = next((it for it in items[i + 1 : i + 4] if not it.removed), None)
            if doc.on("ZH306") and not (nxt is not None and nxt.prose):
                item.mark("ZH306", STRONG, "teasers")
        elif doc.on("ZH312") and (
            ellipsis_end(content)
            or copied_share(content, later) >= 0.5
            or copied_share(content, earlier) >= 0.5
            or ctx.lex.coverage("gambling_keywords", content_key)[0] >= 0.1
            and _gambling_clause(doc, first_clause)
        ):
            item.mark("ZH312", STRONG, "teasers")
    if not doc.on("ZH312"):
        return
    # An unlabelled teaser: right after the title, a line that the next lines repeat.
    # (Only under a title: a page that opens with prose has no place for a teaser.)
    live = doc.live()
    if not live or not live[0].title_like:
        return
    for pos in (1, 2):
        if pos >= len(live):
            break
        item = live[pos]
        if item.code or han_count(item.text) < 30 or _captioned(doc, item) or bare_title(item):
            continue
        if pos == 2 and live[1].shape.paragraph and not live[1].code:
            break  # under the body's first paragraph, the body's second: no teaser's place
        later = [it.text for it in live[pos + 1 : pos + 12]]
        if not copied_at_least(item.text, later, 0.85, n=5):
            continue  # the usual case, settled with one pass
        # A paragraph repeated whole, or all but a word ("第0段：…" / "第3段：…"), is the
        # page's text (content farms repeat): the later line copies it as much as it copies
        # the later one. A teaser stitches the lead from several lines, or is one cut off
        # with an ellipsis; a copy contained in a longer line (the conclusion restating the
        # lead) is a teaser. (Taken for a teaser, each repeat would expose the next one to
        # the stage's next pass, and a second clean: the page's text peeled off a line a run.)
        own = squash(item.key)
        if not ellipsis_end(item.text) and any(
            squash(it.key) == own or copies_of_each_other(item.text, it.text)
            for it in live[pos + 1 : pos + 12]
        ):
            continue
        item.mark("ZH312", STRONG, "teasers")


def _captioned(doc: Document, item: Item) -> bool:
    """A photo caption: it ends with its mark in brackets ("…张数为18张。（资料照）")."""
    key = item.key.rstrip()
    if not key.endswith((")", "）")):
        return False
    inner = key[:-1].rsplit("(", 1)[-1].rsplit("（", 1)[-1].strip()
    return len(inner) <= 8 and inner.endswith(doc.ctx.lex.terms("caption_marks"))


def _gambling_clause(doc: Document, clause: str) -> bool:
    from .features import Item
    from .line.ads import gambling

    return gambling(doc.ctx, Item(0, clause, clause)) is not None


@detector("ZH303", "ZH304")
def head_list(doc: Document) -> None:
    """Titles of other articles above the article, recognised by a later copy of the title."""
    if not doc.head or body_end(doc.items) is None:
        return  # a page with no prose is all list or all header: bare_title_lists decides
    live = doc.live()
    head = []
    for item in live[:HEAD_MAX]:  # a page's head is short; a bound keeps this linear
        if item.prose:
            break
        head.append(item)
    start_re = doc.ctx.vocab.breadcrumb_start
    for j in range(len(head) - 1, 0, -1):
        later = head[j]
        if later.code or not later.title_like:
            continue
        earlier = [k for k in range(j) if near_copy(head[k].key, later.key) and not head[k].code]
        if not earlier:
            continue
        first = earlier[0]
        # A copy right above the later line is the title over its own subtitle or snippet
        # ("石嘴山电子地图" / "石嘴山电子地图...平罗县政区图查询下载"): it stays.
        title = head[j - 1] if earlier[-1] == j - 1 else None
        listed = [item for item in head[:j] if not item.code and item is not title]
        if (
            j >= 3
            and len(listed) >= 3
            and all(it.title_like and len(it.text) <= 40 for it in listed)
            # A product's header block (a model code, "产品名称：…", values with units) is
            # the page's own, not a list of headlines.
            and not any(
                MEASURE_RE.search(it.key) or it.han == 0 or FIELD_LABEL_RE.match(it.key)
                for it in listed
            )
        ):
            # Nothing but headlines above a copy of one of them: a list of articles;
            # the copy is the title of this one.
            if doc.on("ZH304"):
                for item in listed:
                    item.mark("ZH304", STRONG, "head_list")
        elif doc.on("ZH303") and (
            start_re.match(head[first].key) or head[first].key.startswith(tuple("首主"))
        ):
            head[first].mark("ZH303", STRONG, "head_list")
        break


def article_under_title(doc: Document) -> tuple[int, int, int] | None:
    """(first, last, title) of an article's body and its title, when the page's head is here,
    the title shares words with the body's start and the body is an article's (a homepage's
    heaviest prose is one card's teaser: no article to stand over)."""
    placed = doc.body_and_title()
    if not doc.head or placed is None or placed[2] is None or not doc.title_sure:
        return None
    first, last, title = placed
    return (first, last, title) if is_article(doc.items, first, last) else None


@detector("ZH303")
def section_labels(doc: Document) -> None:
    """'大陆深度川震十年' above the title: channel labels and a topic, run together."""
    if not doc.head:
        return
    live = doc.live()
    if len(live) < 2 or live[0].code or not live[1].title_like:
        return
    first = live[0]
    if doc.ctx.section_run_re.match(squash(first.key)) and not ends_sentence(first.text):
        first.mark("ZH303", STRONG, "section_labels")


# Read in place of a text memo not made yet (every text a miss): the hot readers below look
# a text up in ``ctx.memos`` directly, and call text_memo only to store what they computed.
_NO_MEMO: dict = {}


def _credit(doc: Document, item: Item) -> bool:
    """A credit line: a label with a name ("来源: 新华社") or a byline ("本报记者 孙志刚").
    Asked of many lines by several rooms: answered once per text of a document."""
    found = doc.credits.get(item.key)
    if found is None:  # the first line of a key decides for the document; a text, for good
        memo_key = (item.key, item.text)
        found = doc.ctx.memos.get("credit", _NO_MEMO).get(memo_key)  # text_memo's, unmade
        if found is None:
            found = doc.ctx.text_memo("credit")[memo_key] = _credit_text(doc, item)
        doc.credits[item.key] = found
    return found


def _credit_text(doc: Document, item: Item) -> bool:
    return (
        metadata(doc.ctx, item) == KEEP
        or credit_shape(item.key)
        or bool(doc.ctx.vocab.photo_credit.search(item.text))
        or (
            len(item.text) <= 60
            and any(
                len(term) >= 2 and _labels_a_name(doc, item.key, start, end)
                for start, end, term in doc.ctx.lex.find("credit_labels", item.key)
            )
        )
    )


# What parts a credit's label from its name: "（编辑 李华）", "本报记者 施翔", "张三 摄影".
CREDIT_SEPARATORS = frozenset(" :：/|｜()（）[]【】·•-—")


def _labels_a_name(doc: Document, key: str, start: int, end: int) -> bool:
    """Does the credit word at ``key[start:end]`` label a name, parted from it or glued to a
    name that starts with a family name ("记者谢环驰"), rather than stand inside a word of a
    menu ("大编辑部", "编辑观察", "图片故事", "摄影作品")? The word alone ("编辑", a wiki's
    edit link) is left to the rooms that know it."""
    before, after = key[:start].strip(), key[end:].strip()
    if not before and not after:
        return True
    if after:
        return key[end] in CREDIT_SEPARATORS or doc.ctx.lex.has("surnames", key[end])
    return key[start - 1] in CREDIT_SEPARATORS  # "张三 摄影": the name first


# A menu label is short: "首页", "时政讲解", "APP下载", "更多 >".
MENU_ITEM_MAX = 12
TAIL_ITEM_MAX = 8


# A word of a Latin label weighs as much as two or three ideographs: "Shop by Collections
# Menu" is a label as short as "本馆概况", "Adele Japanese Baroque Pearl Long Necklace" none.
LATIN_WORD_WEIGHT = 2.5


# A label in Latin letters is written in title case: "Shop by Collections", "Returns &
# Exchanges", "FAQs"; a command or a line of code is not ("npm i -g depcheck").
TITLE_CASE_WORD_RE = re.compile(
    r"^(?:[A-Z0-9][\w'’.-]*|&|by|of|and|to|the|in|on|for|at|a|an|with)$"
)


def label_length(item: Item) -> float:
    """A line's length as a label's: characters, or for a line of title-case words (and no
    ideograph) its words weighed as ideographs."""
    text = item.text
    if item.han:
        return len(text)
    # A line with no ideograph is weighed once per text (a page of Latin short lines sums
    # its columns' lengths on every pass: a split and a match a word each time).
    found = _LATIN_LENGTHS.get(text)
    if found is None:
        if len(_LATIN_LENGTHS) >= LATIN_LENGTHS_MAX:
            _LATIN_LENGTHS.clear()
        words = text.split()
        if words and all(TITLE_CASE_WORD_RE.match(word) for word in words):
            found = _LATIN_LENGTHS[text] = LATIN_WORD_WEIGHT * len(words)
        else:
            found = _LATIN_LENGTHS[text] = len(text)
    return found


_LATIN_LENGTHS: dict[str, float] = {}
LATIN_LENGTHS_MAX = 50_000


def _menu_item(doc: Document, item: Item, longest: int = 12, cut_labels: bool = False) -> bool:
    """A line that could be one label of a menu: short, no clause, no sentence end. With
    ``cut_labels`` (a page with no prose, where no teaser is cut), a label the menu cut short
    to fit its box ("机关党委第一...") is one too."""
    if item.protected or item.table or item.program:
        return False
    if doc.headline_key and squash(item.key) == doc.headline_key:
        return False  # the headline the page's own <title> names
    # The shape hangs on the text alone (remembered for the process); a credit is asked of
    # the document, once a key (doc.credits). The memos are read here, not through closures
    # or a memo of the two: a page of short lines asks this of every line on every pass.
    memo_key = (item.text, item.key, longest, cut_labels)
    shaped = doc.ctx.memos.get("label", _NO_MEMO).get(memo_key)
    if shaped is None:
        shapes = doc.ctx.text_memo("label")
        shaped = shapes[memo_key] = _label_text(doc, item, longest, cut_labels)
    if not shaped:
        return False
    credit = doc.credits.get(item.key)
    return not (_credit(doc, item) if credit is None else credit)


def _label_text(doc: Document, item: Item, longest: int, cut_labels: bool) -> bool:
    text = item.text
    if label_length(item) > longest:
        return False
    if any(ch in text for ch in "。，,；;、") or text.endswith((":", "：")):
        return False
    if text.endswith(SPOKEN_ENDS) or text.endswith(doc.ctx.lex.terms("final_particles")):
        return False  # "羡慕！！！", "这放假方式有点奇特啊": a reply, not a label
    if ellipsis_end(text) and len(text.rstrip(".…")) >= (
        CUT_LABEL_MAX + 1 if cut_labels else CUT_TITLE_MIN
    ):
        return False  # a title cut with '...' is an entry of a list, not a menu's label
    if item.shape.digit and READING_RE.search(item.key) and item.han:
        return False  # "晴转多云 12℃", "湿度 46%": a reading with its unit, no menu's label
    return not LIST_MARKER_RE.match(text)


# A reading in degrees or a share: "12℃", "46%" (a letter unit, "16\"" or "10s", may be a
# menu's facet of sizes).
READING_RE = re.compile(r"\d\s?(?:℃|°c?|%|‰)")


# What a spoken sentence ends with, never a menu's label (and a final particle: word list).
SPOKEN_ENDS = ("！", "？", "!", "?")


CUT_TITLE_MIN = 4  # letters before a '...' that make a cut title ("更多..." is a label)
CUT_LABEL_MAX = 7  # ... unless the page has no prose: a menu cuts its labels to fit its box


# The lead a title shares words with: the body's first characters.
LEAD_CHARS = 400
LEAD_HEADING_MAX = 8  # a short line that is no prose: a heading of the body's
TITLE_SHARED_MIN = 4  # two-character words a headline shares with the lead, at the least
NEAR_TITLES = 2  # the title-shaped lines nearest the body, which need share fewer words
NEAR_TITLE_SHARED = 2
NEAR_TITLE_MAX = 30  # a headline's length; a reply's first line runs longer


def find_title(doc: Document, start: int) -> tuple[int | None, bool]:
    """Index of the article's title above its body, and whether it shares words with the lead.

    The title is the nearest headline-shaped line (within a page's head) that shares words
    with the body's start (a label of two words sharing one is no evidence); else the nearest
    one above the body, past its credit and date lines ("来源：…", "记者 某某"), and then it
    is not sure (the second value is False).
    """
    items = doc.items
    # The lead: the body's first lines, and the longer of the few just above it (a thread's
    # question may open with a line too short to count as prose; a tagline is no lead).
    # A stamp is no lead: "2024-05-18 16:56发布于北京某某新媒体官方账号" names the account,
    # whose name above it would read as contained in the lead.
    above = {
        k: items[k].key
        for k in range(max(0, start - 3), start)
        if len(items[k].text) > 20 and not _dateline(items[k])
    }
    # A line of the lead printed above it too ("5点半的Allen" over a bio, again on its author's
    # card under it) is the page's furniture: the same line above shares all its words.
    head = {it.key for it in items[max(0, start - HEAD_MAX) : start] if not it.removed}
    # The body's own headings are no lead ("讲师介绍" under the first paragraph shares its
    # words with the heading over it, "课程介绍", which is no title for that).
    body = "".join(
        it.key
        for it in items[start : start + 8]
        if not it.removed and it.key not in head and (it.prose or len(it.key) > LEAD_HEADING_MAX)
    )[:LEAD_CHARS]
    whole_lead = squash("".join(above.values()) + body)
    # Its words, never across a mark: "山野、小路" holds no "野小" (a name "山野小记" above it
    # shares one word with the lead, not two).
    lead_pool = GramPool(SQUASH_RE.sub("|", "".join(above.values()) + body), 2)
    best = nearest = None
    trail_step = _trail_step(items, start)
    seen = 0  # title-shaped lines met so far, going up
    sectioned = False  # the line right over the body is its first section's heading
    section_heading: int | None = None
    for i in range(start - 1, max(-1, start - HEAD_MAX), -1):
        item = items[i]
        if (
            item.removed
            or item.code == "ZH307"
            or _credit(doc, item)
            or _dateline(item)
            or _post_stamp(item)
            or LABELLED_COUNT_RE.fullmatch(item.key)
        ):
            continue
        text = item.text
        own = squash(item.key)
        # The lead, without the line itself (a long line above the body is in it).
        lead_key = (
            squash("".join(v for k, v in above.items() if k != i) + body)
            if i in above
            else whole_lead
        )
        contained = len(own) >= 3 and own in lead_key and not _known_label(doc, item)
        # A forum's post title under its label ("標題[情報] 『The Flash』 on Warner TV。") is
        # the title even where it ends a sentence.
        labelled = doc.ctx.vocab.title_label.match(item.key) is not None
        if (
            (not item.han and not contained)
            or text.endswith((":", "："))
            or not (item.title_like or labelled or (len(text) >= 2 and not ends_sentence(text)))
            or _spaced_characters(item.key)
        ):
            # A title may be one word ("大熊猫"), never a label ("原文：") nor a row of single
            # characters (a calendar's "日 一 二 三 四 五 六", an index's "A B C D").
            continue
        if trail_step is not None and own == trail_step and item.title_like:
            # The breadcrumb's last step names it ("… > 霜河劍錄 > 第四十二章 渡口夜雨"): the
            # page's own name for what it shows, whatever stands between it and the body.
            best = i
            break
        if seen == 0 and first_section_heading(items, i, start):
            # "开放时间" over the first paragraph, "借阅规则" and "捐书方式" over the next ones:
            # the body's first section heading, no title; the title stands above it, and
            # the heading stands between the two as the header's lines do.
            sectioned = True
            section_heading = i
            continue
        if nearest is None and item.han and len(text) >= 4 and not _known_label(doc, item):
            nearest = i
        seen += 1
        # The nearest line that shares words with the lead: labels of a sidebar above the
        # title may share words too, but stand farther up.
        grams = ngrams(item.key, 2)
        shared = lead_pool.count(grams)
        if (
            contained
            or (len(grams) >= 3 and shared >= 0.5 * len(grams))
            # A long headline that names the lead's subjects ("索尼、铠侠…华为").
            or (item.headline and shared >= TITLE_SHARED_MIN)
            # One of the two nearest, sharing two words ("油价跌跌不休 重挫欧美股市" over
            # "受油价继续下跌拖累，纽约股市…"), with the page's header between it and the
            # body (its date, its tools): a line right above the body is the body's own.
            or (
                item.title_like
                and seen <= NEAR_TITLES
                and len(text) <= NEAR_TITLE_MAX
                and shared >= NEAR_TITLE_SHARED
                and (
                    (sectioned and item.han >= 2)
                    or any(items[k].removed for k in range(i + 1, start))
                )
            )
        ):
            best = i
            break
    if best is None and nearest is not None and _stamped_post_title(items, nearest, start):
        return nearest, True
    if nearest is None:
        nearest = section_heading  # no title above the first section's heading: as before
    return (best, True) if best is not None else (nearest, False)


def _trail_step(items: list[Item], start: int) -> str | None:
    """The last step of the breadcrumb trail above the body (shapes.trail_last_step)."""
    for k in range(start - 1, max(-1, start - HEAD_MAX), -1):
        if items[k].detector == "breadcrumb":
            return trail_last_step(items[k].key)
    return None


SECTION_SCAN = 60  # lines of the body read for its section headings
SECTIONS_MIN = 2  # section headings further down, besides the first
SECTION_LENGTH_SPREAD = 1  # characters the headings of one series differ by, at most
SECTION_HEADING_MAX = 20


def first_section_heading(items: list[Item], i: int, start: int) -> bool:
    """Is line ``i``, right over the body's first paragraph, the first of the body's section
    headings? Two more short lines further down each stand between two paragraphs, all of
    them of one length ("开放时间" / "借阅规则" / "捐书方式"; "第一天：古城" / "第二天：洱海"):
    a series the first belongs to. A title over a body with headings is seldom of their
    length, nor are all of theirs one."""
    length = len(items[i].text)
    if length > SECTION_HEADING_MAX or previous_kept(items, start) != i:
        return False
    found = 0
    # The window's kept lines, read three at a time: a heading between two paragraphs.
    kept = [it for it in items[start : start + SECTION_SCAN] if not it.removed]
    for previous, item, after in zip(kept, kept[1:], kept[2:], strict=False):
        if (
            previous.prose
            and after.prose
            and not item.prose
            and len(item.text) <= SECTION_HEADING_MAX
        ):
            if abs(len(item.text) - length) > SECTION_LENGTH_SPREAD:
                return False  # a heading of another length: no series, or not this one's
            found += 1
            if found >= SECTIONS_MIN:
                return True
    return False


STAMP_REACH = 2  # lines between a post's title and its stamp, or its stamp and its body


def _stamped_post_title(items: list[Item], title: int, start: int) -> bool:
    """Is the line over the body a post's title, its date and time stamped right next to it?
    A blog post's title need share no word with its text ("陈天华《警世钟》" over the tract's
    first lines); its stamp ("某某 发表于 2005-9-15 11:46:00") between the two, or right above
    the title, tells the title from a sidebar's last line, which no stamp follows."""
    if start - title > STAMP_REACH + 1:
        return False
    top = max(0, title - STAMP_REACH)
    if not any(k != title and _dateline(items[k]) for k in range(top, start)):
        return False
    # One post's stamp on the page's head: a feed or an archive stamps every entry above,
    # and its last entry's title is one of many, with the others' text above it.
    return not any(_dateline(items[k]) for k in range(top))


SPACED_CHARACTERS_MIN = 4


def _spaced_characters(key: str) -> bool:
    """``"日 一 二 三 四 五 六"`` -> True; ``"港闻 财经"`` -> False."""
    tokens = key.split()
    return len(tokens) >= SPACED_CHARACTERS_MIN and all(len(token) == 1 for token in tokens)


def _dateline(item: Item) -> bool:
    """A date and a time of day on one line ("更新时间 2012年12月10日, 格林尼治标准时间10:41"):
    when the page was published or updated, never its title."""
    return item.shape.stamped and bool(DATE_RE.search(item.key)) and bool(TIME_RE.search(item.key))


def _post_stamp(item: Item) -> bool:
    """A date beside a few short words, a post's stamp ("2023年5月12日 由 小林 发表", "Posted on
    May 12, 2023 by 小林"): never the title over the body (a headline that opens with a date
    runs on in one phrase: "2023年5月12日国务院常务会议召开")."""
    if not item.shape.stamped:
        return False
    date = DATE_RE.search(item.key)
    if date is None:
        return False
    words = (item.key[: date.start()] + " " + item.key[date.end() :]).split()
    return len(words) <= STAMP_WORDS_MAX and all(
        len(word) <= (STAMP_LATIN_WORD_MAX if word.isascii() else STAMP_WORD_MAX) for word in words
    )


STAMP_WORDS_MAX = 4  # "由 小林 发表", "posted on … by 小林"
STAMP_WORD_MAX = 4
STAMP_LATIN_WORD_MAX = 8


def _known_label(doc: Document, item: Item) -> bool:
    key = item.key
    found = doc.ctx.memos.get("known_label", _NO_MEMO).get(key)
    if found is None:
        memo = doc.ctx.text_memo("known_label")
        found = memo[key] = nav_token(doc.ctx, key) or menu_word(doc.ctx, key)
    return found
