"""Stage 5's evidence at one line break: does the line below go on the sentence above?

:func:`join_kind` reads the ends of two paragraphs (a :class:`Paragraph` keeps its running
counts, so that a long paragraph built of many joins is never read again in full) and
answers with the seam to glue them by, or None to keep them apart (its evidence: its
docstring). Without evidence, a short line or a headline stays a line of its own.

    >>> a, b = Paragraph(Line("全力做到两个维护，城西区把宣")), Paragraph(Line("讲党的十九届六中全会精神。"))
    >>> join_kind(a, b, first=False, starters=frozenset())
    ''
    >>> join_kind(Paragraph(Line("开放时间")), b, first=False, starters=frozenset()) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..chardata import CLOSERS, LEADING_MARKS, ends_sentence, is_han
from ..words import STRONG_SEAM, cut_length, cut_strength, cuts_word, dangles
from .clauses import (
    LABEL_VALUE_RE,
    STAMP_END_RE,
    clause_marks,
    figure_in_clause,
    parallel_clauses,
    row_of_cells,
    short_labels,
)
from .latin_seams import latin_in_sentence
from .marks import (
    FIGURE_SEAM,
    LATIN_SEAM,
    _bracket_figure,
    _closed_mid_sentence,
    _closes_bracket,
    _closes_quote,
    _cries,
    _cut_decimal,
    _cut_figure,
    _cut_inside_figure,
    _cut_number,
    _inside_book_title,
    _mixed_seam,
    _opens_at_end,
    _short_after_full_stop,
)
from .page_shape import (
    CLAUSE_ENDS,
    PARAGRAPH_MIN,
    STRAY_HAN_TAIL_RE,
    STRAY_TAIL_RE,
    WRAP_SLACK,
    Line,  # noqa: F401 (the doctests above build paragraphs of lines)
)
from .paragraph import Paragraph
from .short_lines import (
    DEFINES_RE,
    LIST_OR_MARKDOWN_RE,
    _clause_goes_on,
    _numbered_heading,
    _sentence_start,
    _sentence_under_way,
    _title_like,
)
from .uncut import SEMICOLONS, ends_uncut
from .wraps import ends_whatever_width, heading_at_width, seam, wrapped_at

# What a text cut off by its site stops on.
ELLIPSES = ("...", "…", "。。。")
# What join_kind returns for a fragment inside an open bracket (joined with one space, ZH404).
BRACKET_JOIN = "\x00 "

# A fragment this short, after an unclosed parenthesis, is a piece of it: "(邓志强 / 易 / 松)".
FRAGMENT_MAX = 12
# Ideographs of a fragment that may be a name's characters padded in print: more go on the
# sentence inside the bracket.
NAME_PIECE_MAX = 4

# A continuation starts with an ideograph or an opening quote; a digit usually opens a new
# paragraph ("2020年...", "11月12日...").
CONTINUES_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf“「『《(（]")
# A caption's or a byline's credit at a line's end: "…新华社记者 某某 摄", "…提供设备。 图／
# 腾讯科技", "…嘉等受邀出席。圖：高雄市政府提供".
CREDIT_END_RE = re.compile(
    r"(?:摄|攝|供图|供圖)$|(?:^|[\s。！？])(?:图|圖|图片|圖片)\s?[／/：:]\s?\S{1,12}$"
)
SMALL_SEMICOLON = "﹔"
# A time of day to the second, as machines print it; people write "14:00".
MACHINE_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)")
ENDS_MID_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf，、,0-9A-Za-z“「『《(（]$")
SPACED_LABEL_RE = re.compile("^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}[ \u3000]*[：:]")
CONTACT_FIELD_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,6}\s?[：:]\s?(?:[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|[\d()（）+ -]{7,})"
)


def _starts_new_sentence(text: str, starters: frozenset[str]) -> bool:
    if LIST_OR_MARKDOWN_RE.match(text):
        return True
    return text.startswith(_as_tuple(starters))


@lru_cache(maxsize=4)
def _as_tuple(starters: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(starters))


def _parallel_starts(prev: Paragraph, cur: Paragraph) -> bool:
    """Do two lines open with the same words, as entries of one list do ("力传感器 HBM 的S9…" /
    "力传感器 HBM 的S2…")? A sentence's second half seldom repeats its first words."""
    head = prev.head[:PARALLEL_HEAD]
    return len(head) == PARALLEL_HEAD and cur.head.startswith(head) and prev.lines == 1


PARALLEL_HEAD = 4


# A field's label first, then its colon: a short run with no space, mark or figure's digit
# ("图一：", "车况：", "联系人:"); a sentence's colon comes after its words, further on.
SHORT_FIELD_MAX = 6  # characters of a field whose value is a name ("作者：李青")
FIELD_OPEN_RE = re.compile(r"^[^\s:：，。,、；;！？!?]{1,4}[:：]\S")


def _rows_alike(prev: Paragraph, cur: Paragraph, earlier: Paragraph | None) -> bool:
    """Does ``cur`` open as the paragraph ``prev`` opened ("H型钢 3800 东方特钢…" / "H型钢 3840
    津西…"), or ``prev`` end as the paragraph above it ended ("…150*150*7*10 - 元/吨")? Rows
    of a table and entries of a list do, by their shape: a wrapped sentence's next line
    seldom repeats its paragraph's first characters, nor its last line the end above."""
    head = prev.head[:PARALLEL_HEAD]
    if len(head) == PARALLEL_HEAD and cur.head.startswith(head):
        return True
    tail = prev.tail[-PARALLEL_HEAD:]
    return earlier is not None and len(tail) == PARALLEL_HEAD and earlier.tail.endswith(tail)


# A figure after a sentence's end at a line's end: a count or a page's number printed after
# the paragraph ("…将门向外一把拉开。69", "…发生变化……67").
COUNT_AFTER_END_RE = re.compile(r"(?:[。！？!?]|……)[”’」』]?\d{1,4}$")


def _count_after_end(end: str, start: str, units: tuple[str, ...]) -> bool:
    """Does the line end on a count printed after its paragraph's last sentence, however
    wide? Not when the line below goes on the figure: its digits, or its unit ("…。20" /
    "19年…", "…。3" / "名学生…" open the next sentence)."""
    return (
        COUNT_AFTER_END_RE.search(end) is not None
        and not start[:1].isdigit()
        and not start.startswith(units)
    )


STRONG_CUT = 3  # characters of a word across a break that joins a short line too


def _names_its_subject_again(prev: Paragraph, cur: Paragraph) -> bool:
    """Does ``cur`` open as a paragraph of its own: naming a subject that ``prev`` named
    in a sentence it completed, and saying what it is ("雄安新区是…" under "…雄安新区成立后
    第一处地标区域。容城以东5公里处，北邻荣乌高速"), with the break between two whole words?
    Then ``prev`` is a caption or a lead of its own, not a sentence the break cut."""
    found = DEFINES_RE.match(cur.head)
    if not found:
        return False
    tail = prev.tail
    stop = max(tail.rfind("。"), tail.rfind("！"), tail.rfind("？"))
    if stop < 0 or found.group(1) not in tail[:stop]:
        return False
    return not cuts_word(tail, cur.head) and cut_strength(tail, cur.head) == 0


def join_kind(
    prev: Paragraph,
    cur: Paragraph,
    first: bool,
    starters: frozenset[str],
    wrapped: int | None = None,
    spun: bool = False,
    indented_doc: bool = False,
    earlier: Paragraph | None = None,
    blocks: bool = False,
    spaced: bool = False,
    listing: bool = False,
    clause_broken: bool = False,
    dangling: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ()),
    ui_ends: tuple[str, ...] = (),
    parted: bool = False,
    set_off: bool = False,
    cut_page: Callable[[], bool] | None = None,
    goes_on: Callable[[], bool] | None = None,
    piece_ends: tuple[str, ...] = (),
    subjects: tuple[str, ...] = (),
    units: tuple[str, ...] = (),
    wrap_slack: int = WRAP_SLACK,
    indent_starts: bool = False,
    starts_below: Callable[[], bool] | None = None,
    cut_once: Callable[[], bool] | None = None,
    labels: frozenset[str] = frozenset(),
) -> str | None:
    """'' to glue (or a seam of one space), BRACKET_JOIN for a bracket fragment, None to keep
    apart.

    The evidence, strongest first: a bracket or quotation still open; a clause mark at the
    end (a comma, 、 or semicolon: the sentence goes on, whatever word starts the next line);
    a word cut in half by the break (jieba's dictionary); a hard-wrapped text cut at its
    width. Without it, a short line or a headline stays a line of its own. Reads only the
    ends of the two paragraphs and their running counts, never their whole text.

    ``cut_page`` answers whether the page's other breaks cut words by far (asked only when a
    short line of clauses needs it); ``goes_on`` whether ``cur`` runs on into the line under
    it, cutting a word (then it is no headline, however short). ``wrap_slack``: how far short
    of ``wrapped`` a line cut at the wrap may stop (a tight wrap's page: one column).
    ``indent_starts``: the page indents its paragraphs' first lines, not the pieces a
    scraper cut under them (page_shape.indents_first_lines); ``starts_below`` answers
    whether a paragraph starts under ``cur`` (or the page ends there); ``cut_once`` whether
    one break of the page at least cuts a word by far (:mod:`.uncut`). ``labels``: short
    lines the page sets alone under several others (page_shape.standing_labels).
    """
    if prev.fenced or cur.fenced or not prev.length or not cur.length:
        return None  # a blank line kept (its rule is off) separates paragraphs
    if prev.lines == 1 and short_labels(prev.text, cur.text):
        # A column of labels or tabs, however indented or wrapped. First, as it is cheap (a
        # page cut into lines of two or three characters is mostly such pairs) and safe: with
        # no mark in either line, no bracket, quote or title check could join them.
        return None
    if prev.lines == 1 and LABEL_VALUE_RE.match(prev.head) and MACHINE_TIME_RE.search(prev.text):
        # A field and a time to the second: a post's or a page's stamp ("发信站: 水木社区 (Fri
        # Mar 18 20:52:50 2016), 站内"), no sentence a break cut, whatever word its last
        # characters make with the next line's first ("站内" / "在…": "内在").
        return None
    if labels and cur.lines == 1 and cur.text in labels:
        # A cell or a field's name the page prints alone under one line and another ("议场"
        # under each meeting of a schedule): no piece of the line above, whatever word the
        # two edges make ("…谈话会" / "议场": 会议). (Above a break such a line may be a
        # sentence's subject a cut left alone: "雄安新区" / "是中国…".)
        return None
    end, start = prev.tail, cur.head
    # A line that opens a bracket of its own and closes it ("(责编：牛镛、岳弘彬)") is no piece
    # of the bracket left open above.
    own_bracket = start[:1] in "(（" and not cur.open_paren()
    if (
        prev.open_paren()
        and not own_bracket
        # A line that starts with the closing bracket keeps it there (POLICY §3, breaks,
        # decided): the text between the two marks is gone (a link, a card), not cut.
        and start[:1] not in ")）"
        # A text that stops on an ellipsis inside its bracket was cut off by the site ("…的
        # 梳理.(图..." / "微言教育": a teaser, then the next entry): nothing closes it below.
        and not end.endswith(ELLIPSES)
        # Nor one whose quotation or sentence ended there ("…种种束缚与矛盾。」" / "——《卫报》":
        # the source quoted, not a name's padded characters).
        and not ends_sentence(end)
        and cur.length <= FRAGMENT_MAX
        and not _starts_new_sentence(start, starters)
    ):
        # A line that stops on the opening mark itself ("…头奖（" / "奖金20万元"): no name's
        # characters were padded there.
        if _opens_at_end(end):
            return ""
        if wrapped is not None and wrapped_at(prev, cur, earlier, wrapped, wrap_slack):
            # A hard-wrapped line cut at its width inside a bracket ("（作者：…经济学院教" /
            # "授）"): a wrap, no name's characters padded in print.
            return seam(end, start, spaced)
        # Characters of a name, padded with a space in print ("(邓志强" / "易" / "松)"), are
        # joined by one; a longer fragment, a word cut in two ("（法定节" / "假日除外）") or a
        # figure ("(20" / "16-08-12)", "（不含60" / "周岁）") goes on with the words inside.
        han = sum(1 for ch in cur.head if is_han(ch))
        if han > NAME_PIECE_MAX or (han > 2 and cut_strength(end, start) >= STRONG_SEAM):
            return ""
        return "" if _bracket_figure(end, start) else BRACKET_JOIN
    if LIST_OR_MARKDOWN_RE.match(start) or start[0] in CLOSERS:
        return None  # a list item, or punctuation that starts a line, stays where it is
    if _closes_quote(prev, cur) and start[0] not in LEADING_MARKS:
        return ""  # a quotation broken across lines is one sentence, even after a 。
    if not first and _closes_bracket(prev, cur):
        return ""  # "…业委会(居民" / "代表)、物业公司…": a bracket cut in two
    if _inside_book_title(end, start):
        return ""  # "…印发《基层党建工作重" / "点任务清单》…": a title in 《》 cut in two
    if _opens_at_end(end):
        # "…助企打通“" / "堵点”、解决“卡点”", "…项计划（" / "主要招收…": a mark that opens
        # a quotation or a bracket ends no line the author wrote (a call's "f(" is code).
        return ""
    if listing and _title_like(cur) and (not ends_sentence(cur.tail) or _cries(prev, cur)):
        return None  # a listing's next headline: the teaser above it was cut, not broken
    if end.endswith(CLAUSE_ENDS):
        if len(end) > 1 and end[-2].isascii() and end[-1] in ",;":
            return None  # code or Latin text: "f(x);" ends a statement
        if (
            end.endswith(SEMICOLONS)
            and not wrapped_at(prev, cur, earlier, wrapped, wrap_slack)
            and (
                (not clause_broken and not end.endswith(SMALL_SEMICOLON))
                or cur.tail.endswith(SEMICOLONS)
                or (prev.length == len(end) and LABEL_VALUE_RE.match(end))
                or (earlier is not None and earlier.tail.endswith(SEMICOLONS))
            )
        ):
            # A line closed by a semicolon is an item of a list ("精度：±2%；", "一是…；"),
            # unless the text is broken after its clauses everywhere (then commas end lines
            # too, and the items of a list still close each other). The small form of Big5
            # texts ("﹔") stands inside their sentences: it joins like a comma.
            return None
        return "" if CONTINUES_RE.match(start[:1]) or start[:1].isalnum() else None
    if blocks and not cur.blank_before:
        # Hard-wrapped text whose paragraphs blank lines part: inside one, every break is a
        # wrap, after a full stop too.
        return seam(end, start, spaced)
    if (
        wrapped is not None
        and not cur.blank_before
        and not ends_sentence(end)
        and not ends_whatever_width(end)
        and not end.endswith(ui_ends)  # "…解析成一种固定... 阅读全文": a card's link
        and wrapped_at(prev, cur, earlier, wrapped, wrap_slack)
        and not heading_at_width(prev, cur, earlier, units, dangling[0], wrapped, wrap_slack)
        and not _rows_alike(prev, cur, earlier)
        and not _count_after_end(end, start, units)
    ):
        # Hard-wrapped text: a line cut at the wrap width goes on in the next, whatever
        # character it ends with.
        return seam(end, start, spaced)
    cut = (
        _cut_decimal(end, start, units)
        or _cut_number(end, start)
        # A sentence's or a record's figure, or one inside a quotation or a bracket left open
        # ("…号码为「3" / "9793895」"): a short line of no clause is none ("…期刊室A2").
        or (
            _cut_inside_figure(end, start)
            and (
                prev.has_clause_mark()
                or prev.length >= PARAGRAPH_MIN
                or prev.open_quote()
                or prev.open_paren()
            )
        )
    )
    if cut and not row_of_cells(prev._last_line):
        return ""  # "…增速达到12." / "5%…", "…于10月2" / "8日…": a figure cut in two
    if ends_sentence(end) or end.endswith((":", "：")) or STRAY_TAIL_RE.search(end):
        return None
    if spun and prev.length >= PARAGRAPH_MIN and STRAY_HAN_TAIL_RE.search(end):
        return None
    if CREDIT_END_RE.search(end):
        return None  # a caption or byline ends with its credit: "... 新华社记者 某某 摄"
    if end.endswith(ui_ends):
        return None  # "…切不可过度沉迷。 返回搜狐， 查看更多": a widget's prompt ends no sentence
    if not first and _cut_figure(prev, cur, units, dangling):
        # "…以参照1" / "999年…", "…先后召开了2" / "次会议…", "…时长为" / "24小时…": a figure
        # cut in two, or from its unit, or from the word that introduces it.
        digits = end[-1].isdigit() or start[:1].isdigit()
        return "" if digits else seam(end, start, spaced)
    mixed = _mixed_seam(end, start, units, dangling[1])
    # "…博客堂在技术" / "blog方面…": a Latin term of the sentence cut from its Han words.
    latin = latin_in_sentence(prev, cur, dangling[0] + piece_ends, dangling[1])
    mixed = mixed or ((FIGURE_SEAM if start[0].isdigit() else LATIN_SEAM) if latin else None)
    if (
        mixed
        and not latin
        and prev.lines == 1
        and prev.length < PARAGRAPH_MIN
        and not prev.has_clause_mark()
    ):
        mixed = None  # a short line of no clauses is no sentence: "姊妹站Bcbhome" / "飞行…"
    # A quotation or a bracket closed at the line's end, however long, and a particle that
    # starts no sentence below it: "…做到家”" / "的殷殷嘱托…".
    closed = _closed_mid_sentence(end, start) or (
        end[-1] in CLOSERS and dangles("", start, (), dangling[1])
    )
    if not (ENDS_MID_RE.search(end) or mixed or closed) or not (
        CONTINUES_RE.match(start[:1]) or mixed
    ):
        return None
    # A sentence's Latin term cut from its words ("…笑话看就" / "OK了…"): spaced as the author
    # spaces Han and Latin; a figure is set close ("…座谈会共" / "3场…").
    glue = seam(end, start, spaced) if mixed == LATIN_SEAM else ""
    if _starts_new_sentence(start, starters):
        return None
    if _names_its_subject_again(prev, cur):
        return None  # a caption, then the article: "…北邻荣乌高速" / "雄安新区是…"
    if FIELD_OPEN_RE.match(prev.head) and prev.lines == 1 and prev.length <= SHORT_FIELD_MAX:
        # "作者：李青" / "青禾读书": a short field, its value a name or a figure, ends on its
        # line; no word runs on from a name ("李青青").
        return None
    if FIELD_OPEN_RE.match(prev.head) and FIELD_OPEN_RE.match(start):
        # "图一：整车侧面" / "图二：变速器和飞轮": a field under a field, each its label first,
        # whatever word the edges make ("侧面图"); a wrapped value opens with no label.
        return None
    if (
        min(prev.length, cur.length) >= 2  # a one-character line is a label: "男" / "女"
        and not row_of_cells(prev._last_line)
        and not row_of_cells(cur.head)
        and not STAMP_END_RE.search(end)  # "…至4月2日" / "本网…" make no word "日本"
        and (latin or cut_strength(end, start) >= STRONG_SEAM)
    ):
        # The best reading of the text around the break has a word across it, by far: "…送手
        # 机非" / "常类似…", "…百年征程波澜" / "壮阔…". A heading and the paragraph under it
        # meet at a word boundary (each side reads as whole words), however short the line.
        return glue
    indent_piece = indented_doc and prev.indented and not cur.indented
    if (
        (_numbered_heading(prev, cur) and not indent_piece)
        or SPACED_LABEL_RE.match(start)
        or CONTACT_FIELD_RE.match(start)
    ):
        # A numbered heading over its paragraph; a field whose label is spaced to the width of
        # its neighbours' ("地  点：…", "时  间：…"), or whose value is an address or a number
        # to call ("联系版主：chinaha@371.net"), which no sentence runs into. Asked after a
        # word cut by far: "3、销售渠" / "道是…" is an item cut, not a heading over it.
        return None
    quoted = prev.open_quote()
    if first and not quoted and prev.length < PARAGRAPH_MIN and not prev.has_full_stop():
        return None  # the title is never glued to the lead (a first line of sentences is none)
    if not (is_han(end[-1]) or end[-1] in "“「『《(（" or mixed or closed):
        return None  # Latin text, code and URLs are not glued
    # On a page whose paragraphs start indented, a paragraph whose first line is indented
    # and an unindented line after it are one paragraph the scraper cut; on a page whose
    # paragraphs blank lines part, so are two lines with none between them.
    clause = prev.has_comma()
    # Not a heading, a field or a headline over its teaser: those stand on their own line
    # with no blank line under them on such pages too ("历史" / "主条目：汉语史").
    # On a page that sets its headings off as it sets off its paragraphs (a blank line
    # under them, or an indent), a line of a heading's shape with neither is a piece too.
    piece = (
        (not _title_like(prev) or prev.has_clause_mark() or set_off)
        and not LABEL_VALUE_RE.match(prev.head)
        and not LABEL_VALUE_RE.match(start)
        # A row of a menu's labels or a stamp ending in its date stands on its own line.
        and not row_of_cells(prev._last_line)
        and not STAMP_END_RE.search(end)
    )
    if (
        piece
        and indented_doc
        and prev.indented
        and not cur.indented
        # Unless the line is a heading under such a paragraph (one of a page that indents its
        # paragraphs and not its headings: no clause in it, no end, no word cut over it, a
        # paragraph starting under it), not the paragraph's last piece.
        and not (
            indent_starts
            and not set_off
            and _title_like(cur)
            and not cur.has_clause_mark()
            and not cuts_word(end, start)
            and not ends_sentence(cur.tail)
            and starts_below is not None
            and starts_below()
        )
    ):
        return glue
    if piece and parted and not cur.blank_before:
        return glue
    # A short line that goes on in the next, cutting a word, is no headline.
    headline = _title_like(cur) and not ends_sentence(cur.tail) and not (goes_on and goes_on())
    built = clause or prev.length >= PARAGRAPH_MIN or prev.has_clause_mark()
    # Before a line as short as a heading, a comma in the line above and a cut word; never
    # before a row of fields ("法律体系 英美法系").
    if (
        (built and (not headline or (clause and " " not in cur.head)))
        # A line that is no heading (it ends a clause, or a heading's length is past) cut
        # inside a word before a paragraph: "…重点任务清单》,明确年度基层党建重点工" / "作…".
        or (not headline and not _title_like(prev))
    ) and (cuts_word(end, start) or (not headline and figure_in_clause(end, mixed))):
        # "...城西区把宣" / "讲党的...": the break is inside a word, however short the next
        # line ("…纳入各" / "级党委(党组)书记": a sentence's middle, not a heading).
        return glue
    if not headline and cut_length(end, start) >= STRONG_CUT:
        # A word of three or four characters across the break ("…街道办" / "事处宣讲…") is
        # seldom an accident of a heading and the line under it: the short line above is
        # a sentence's first words, not a heading.
        return glue
    # A particle that starts no sentence starts no headline either ("的奋斗路…"); a word
    # that ends none may end a headline's label ("关于" / "版权 ©…", "…审核通过").
    if dangles(end, start, dangling[0] if not headline else (), dangling[1], dangling[2]):
        # "...化妆或" / "补妆...", "...修长" / "的车身...": no sentence ends or starts so.
        return glue
    if (
        clause
        and prev.lines == 1
        and prev.length < PARAGRAPH_MIN
        and not prev.has_full_stop()
        and not any(mark in prev.text for mark in "：:！？!?")  # a field, an exclamation
        # A final particle ends a spoken sentence without its mark ("…都是审核中啊").
        and not prev.tail.endswith(dangling[2])
        # Two clause marks or more, CJK ones: a caption has one at most ("浪琴表，绿色表面和
        # 棕色皮革表带"), codes have Latin commas ("DP,AP型").
        and clause_marks(prev.text) >= 2
        # Not before a headline, a question's too ("…因此应同" / "轮胎炼油设备在冬天如何正常
        # 使用？": a teaser the site cut, then the next entry).
        and not _title_like(cur)
        and not LIST_OR_MARKDOWN_RE.match(prev.head)
        and not parallel_clauses(prev.text)
        and not ends_uncut(prev, cur, cut_once)
    ):
        # Clauses and no end: the sentence goes on ("…落实落地,取得新的" / "更大成效…");
        # a heading's clauses run parallel ("整合资源,凝聚合力,全力以赴抓服务").
        return glue
    if parted and cur.blank_before and not quoted:
        return None  # past the strong evidence, a blank line parts this page's paragraphs
    if (
        not quoted
        and prev.length < PARAGRAPH_MIN
        and _sentence_under_way(prev, cur, cut_page, dangling[2])
        and not ends_uncut(prev, cur, cut_once)
    ):
        # "…律师一职。律师|在申请案…", "…的消息，市民|服务中心…": the line finished a sentence
        # or a clause and began the next, which the line under it ends. A heading neither
        # holds a full stop nor stops two characters into a clause.
        return glue
    if (
        not quoted
        and prev.length < PARAGRAPH_MIN
        and cut_page is not None
        and _sentence_start(prev, piece_ends, dangling[2])
        and not LABEL_VALUE_RE.match(start)
        and not _parallel_starts(prev, cur)
        and (not _title_like(cur) or (goes_on is not None and goes_on()))
        # Not before a line the page sets off as a paragraph's first, by a blank line above
        # it or by the indent its paragraphs take ("读书会、讲座或展览" over an indented "每天
        # 开放到…"): the page's cut (breaks under no blank line) is inside its paragraphs.
        and not cur.blank_before
        and not (indent_starts and cur.indented)
        and cut_page()
    ):
        # On a page whose other breaks cut words by far (a width, a tag, a dropped line), a
        # short line built of clauses, or stopping on a word a line seldom stops on, with no
        # end, is a sentence's start ("…馆长说，改造后的图书馆" / "每天开放到…", "…一阵腥咸的" /
        # "海风吹过…"): a heading's clauses run parallel, a field has its colon.
        return glue
    if not quoted and _clause_goes_on(prev, cur):
        # "…小花猫儿，" + "有兴趣的朋友们可以参考下面的资讯与猫中途" / "连络，…喔。": a line a comma
        # above ran into, long, with no end, is no heading; the sentence ends below it.
        return glue
    if not quoted and prev.length < PARAGRAPH_MIN:
        return None  # a short line with no sentence end is a heading
    if not quoted and end.endswith(dangling[2]):
        return None  # "…才是绝配啊": a sentence's final particle, the paragraph's end
    if not quoted and _short_after_full_stop(end):
        return None  # "…勿过度操劳。方法": a heading's word after the last sentence, no cut word
    if LABEL_VALUE_RE.match(start) or _rows_alike(prev, cur, earlier):
        return None  # a field ("简要说明：…") or the next entry of a list, not the sentence's end
    if _title_like(cur) and not (goes_on is not None and goes_on()):
        return None  # the next line is a headline of its own, unless a word runs on past it
    if not (ends_sentence(cur.tail) or cur.has_full_stop() or cur.length >= 20 or quoted):
        return None  # the next line is a heading of its own
    if not quoted and start.startswith(subjects) and not cuts_word(end, start):
        # "…度过余生" / "我从小就…": a paragraph the author left without its full stop, then
        # the next starting with its subject; no word runs across the break.
        return None
    if row_of_cells(end) and not cuts_word(end, start):
        # A row of cells ends where its last cell ends, however its pieces were joined ("…连接线
        # 冰蓝色 10米" / "公对母电脑…": product names): the next line is the next row.
        return None
    if not quoted and ends_uncut(prev, cur, cut_once):
        # A line that stops between two words, on a page no other break cuts inside a word:
        # a paragraph its author left without its full stop ("…就会被骂了" / "不认为…").
        return None
    return glue
