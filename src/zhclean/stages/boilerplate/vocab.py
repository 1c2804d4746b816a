"""Patterns built from the word lists (data/boilerplate.toml and --rules files).

The lists are data a user can extend; this module turns them into the few
regexes that need a word next to a shape (a number next to a counting word, a
label before a colon). Built once per lexicon.

    >>> from zhclean.lexicon import load_lexicon
    >>> v = vocabulary(load_lexicon())
    >>> bool(v.counter.search("48 like 4 dislike")), bool(v.counter.search("阅读(12)"))
    (True, True)
    >>> bool(v.counter.search("1" * 50 + "a")), bool(v.prev_next.match("下一篇:某某"))
    (False, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import Lexicon, per_lexicon
from .shapes import Gated


def alternation(terms) -> str:
    """A regex alternation of ``terms``, longest first (so "次阅读" wins over "阅读"); terms of
    one length in code-point order, so that the pattern is the same in every process (a set's
    order is not), and its compiled form can be kept on disk (zhclean.cache). Two terms of one
    length never both match at one place, so their order changes no match."""
    escaped = (re.escape(t) for t in terms if t)
    return "|".join(sorted(escaped, key=lambda term: (-len(term), term)))


@dataclass(frozen=True)
class Vocabulary:
    counter: Gated
    counter_end: Gated
    prev_next: re.Pattern[str]
    prev_next_end: re.Pattern[str]
    breadcrumb_start: re.Pattern[str]
    breadcrumb_label: re.Pattern[str]  # "您的位置：", "当前位置:" anywhere near the start
    contact_label: re.Pattern[str]
    contact_field: re.Pattern[str]
    credit_suffix: re.Pattern[str]
    back_to_site: tuple[str, ...]
    more_elsewhere: re.Pattern[str]
    shop_words: frozenset[str]
    generic_labels: tuple[tuple[str, str], ...]
    mail_labels: frozenset[str]
    chapter_label: re.Pattern[str]
    address: re.Pattern[str]
    photo_credit: re.Pattern[str]
    post_place: re.Pattern[str]
    day_parts: tuple[str, ...]
    schedule: re.Pattern[str]  # a slot of a programme, or a day's part after a date
    title_label: re.Pattern[str]  # a post's title labelled: "标 题: …", "标题[问卦] …"
    title_field: re.Pattern[str]  # the label with its colon: "标 题:"
    share_glue: re.Pattern[str]
    more_suffix: re.Pattern[str]
    form_field: re.Pattern[str]
    user_handle: re.Pattern[str]
    post_place_marks: tuple[str, ...]  # a label's or a verb's last character: a cheap gate
    place_stamp: re.Pattern[str]
    lunar_date: re.Pattern[str]


EMPTY_COUNT = r"[(（]\s?[)）]"


@per_lexicon
def vocabulary(lex: Lexicon) -> Vocabulary:
    """The patterns of ``lex``, built once per lexicon and process."""
    lists = lex.lists
    words = alternation(lists["counter_words"])
    empty = alternation(lists["counter_empty"])
    # A number next to a counting word. The number starts where a run of digits starts and is
    # bounded, so a line of 10,000 digits is scanned once. Latin words end at a word boundary
    # ("12 likes", not "12 likelihood").
    number = r"(?<![\d,.])\d[\d,.]{0,14}"
    counter = (
        rf"(?:已有\s?)?{number}\s?(?:万|k|w)?\s?(?:{words})(?![a-z])"
        rf"|(?:{words})\s?[(（\[]?\s?{number}\s?[)）\]]?"
        rf"|阅读\s?\d{{1,3}}\s?分(?:钟)?(?:\s?\d{{1,2}}\s?秒)?|{number}\s?分钟"
        # A counter whose number a script was to fill in: "全部评价()", "好评（）".
        rf"|(?:{words})\s?{EMPTY_COUNT}"
    )
    gate = rf"\d|{EMPTY_COUNT}"
    if empty:
        counter += f"|{empty}"
        gate += f"|{empty}"
    phone_mail = alternation(lists["phone_mail_labels"])
    contact = alternation(lists["contact_labels"])
    prev_next = alternation(lists["prev_next_labels"])
    date_actions = alternation(lists["date_actions"])
    generic = (
        (f"(?:最近|最后)?(?:{date_actions})(?:日期|时间|于)?", "date"),
        (
            f"(?:{alternation(lists['credit_subjects'])})(?:{alternation(lists['credit_words'])})",
            "credit",
        ),
        (f"[\u4e00-\u9fff]{{1,3}}(?:{alternation(lists['counter_suffixes'])})", "counter"),
        (f"[\u4e00-\u9fff]{{1,3}}(?:{alternation(lists['tag_suffixes'])})", "tag"),
    )
    # Where a counter can begin: a figure, 已有, 阅读, a counting word's first character.
    starts = {"已", "阅"} | {t[0] for t in (*lists["counter_words"], *lists["counter_empty"]) if t}
    first = "[\\d" + "".join(sorted(re.escape(ch) for ch in starts)) + "]"
    return Vocabulary(
        counter=Gated(counter, gate, first),
        # A headline that ends with its counter: "某某vs某某 客队继续沉沦 358人气".
        counter_end=Gated(
            rf"\s(?:{number}\s?(?:万|k|w)?\s?(?:{words})|(?:{words})\s?[(（]?\s?{number}\s?[)）]?)$",
            r"\d",
        ),
        prev_next=re.compile(rf"^(?:{prev_next})\s?[:：]?"),
        prev_next_end=re.compile(rf"(?:{alternation(lists['prev_next_end_labels'])})\s?[:：]?$"),
        day_parts=tuple(lists["day_parts"]),
        schedule=re.compile(
            r"\d{1,2}[:：]\d{2}\s*[-－—–~～至到]{1,2}\s*\d{1,2}[:：]\d{2}"
            rf"|日\s?(?:{alternation(lists['day_parts']) or '(?!)'})$"
        ),
        title_label=re.compile(rf"^(?:{alternation(lists['title_labels']) or '(?!)'})"),
        title_field=re.compile(rf"^(?:{alternation(lists['title_labels']) or '(?!)'})\s?[:：]"),
        # What may stand between a share button's verb and its network: marks, "用", "on".
        share_glue=re.compile(
            r"[\s:：,，/|·!！]"
            + "".join(
                f"|\\b{re.escape(w)}\\b" if w.isascii() else f"|{re.escape(w)}"
                for w in sorted(lists["share_glue_words"], key=lambda w: (-len(w), w))
            )
        ),
        # A heading's "more" link glued after it: "猜你喜欢 MORE", "相关文章 更多>>".
        more_suffix=re.compile(rf"\s*(?:{alternation(lists['more_words']) or '(?!)'})\s*[>»+]*$"),
        # A form's field with nothing in it, marked as the form marks what it requires: "* 联系
        # 电话:", "上传图片(选填):" (on the folded key: full-width marks are ASCII).
        form_field=re.compile(
            rf"\*\s?[^:*]{{1,12}}:|[^:]{{1,12}}\((?:{alternation(lists['form_field_notes']) or '(?!)'})\)\s?:?"
        ),
        # A post's author as a thread prints them: a display name and the account's handle
        # ("北野 @alimy"), or one replying to another ("yanjun回复alimy").
        user_handle=re.compile(
            r"[^\s@，。,:：]{1,20}(?: @|(?<=[\u4e00-\u9fff])@)[A-Za-z0-9_\-]{2,30}"  # no e-mail
            rf"|[A-Za-z0-9_.\-]{{2,30}} ?(?:{alternation(lists['reply_words']) or '(?!)'}) ?[A-Za-z0-9_.\-]{{2,30}}"
        ),
        breadcrumb_start=re.compile(rf"^(?:{alternation(lists['breadcrumb_starts'])})"),
        # The label may say what it is ("您现在的位置是：").
        breadcrumb_label=re.compile(
            rf"(?:{alternation(lists['breadcrumb_labels'])})\s?是?\s?[:：]"
        ),
        contact_label=re.compile(rf"^(?:{phone_mail}|{contact})\s?[:：]"),
        contact_field=re.compile(rf"^({phone_mail})\s?[:：]\s?(.*)$"),
        credit_suffix=re.compile(rf"^\s?[(（【\[]?\s?(?:{alternation(lists['credit_suffixes'])})"),
        back_to_site=tuple(lists["back_to_site"]),
        # "更多…资讯请关注www.example.com": the site sends the reader to its address for more.
        more_elsewhere=re.compile(
            rf"^(?:{alternation(lists['more_openers'])})?更多.{{0,40}}?"
            rf"(?:{alternation(lists['invite_words']) or '(?!)'})"
            rf"(?:{alternation(lists['visit_verbs'])})\s?[:：]?\s?"
            r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$"
        ),
        shop_words=lists["shop_words"],
        generic_labels=generic,
        mail_labels=frozenset(
            t for t in lists["phone_mail_labels"] if "mail" in t or "邮箱" in t or "信箱" in t
        ),
        # A street address: a road and its house number ("秀浦路68号", "世纪大道1196号").
        address=re.compile(
            rf"(?:{alternation(lists['street_words'])})\s?\d+(?:-\d+)?\s?"
            rf"(?:{alternation(lists['house_number_words'])})"
        ),
        # A photo's credit: a name and its mark in brackets or after a space
        # ("新华社发（刘满仓摄）", "新华社记者 王鹏 摄").
        photo_credit=re.compile(
            # After a bracket, a space or the caption's full stop ("…北环路口。周晓岚 摄").
            r"(?:[(（]|\s|[。！？])[\u4e00-\u9fff·]{2,4}\s?"
            rf"(?:{alternation(lists['photo_credit_marks'])})\s?[)）]?$"
        ),
        # Where a post was sent from, after its time: "IP 属地北京", and WeChat's "发表于浙江"
        # (a province or city of two or three ideographs, at the line's end; "发表于人民网"
        # names a source).
        post_place=re.compile(
            rf"(?:{alternation(lists['place_labels'])})\s?[:：]?\s?[\u4e00-\u9fff]{{2,8}}"
            rf"|(?:{alternation(lists['sent_from_verbs'])})\s?[\u4e00-\u9fff]{{2,3}}"
            rf"(?<!{'|'.join(sorted(re.escape(t) for t in lists['source_name_ends'] if len(t) == 1)) or '(?!)'})$"
            # Where it was sent from, after a dot ("03-19 · 浙江").
            rf"|[·•]\s?(?:{alternation(lists['provinces']) or '(?!)'})$"
            # The app or device a post was sent from ("来自 iPhone客户端", "来自iPad").
            rf"|(?:{alternation(lists['came_from_words'])})\s?[:：]?\s?"
            rf"(?=[^。，,!?！？]{{0,24}}$)\S*?(?:{alternation(lists['post_devices']) or '(?!)'}).*$"
        ),
        # A place alone on a line, as a thread prints where each post was sent from ("上海市",
        # "浙江省杭州市", "ip属地：广东", "来自：上海").
        place_stamp=re.compile(
            rf"(?:(?:{alternation((*lists['place_labels'], *lists['came_from_words'], *lists['sent_from_verbs']))})[:：]? ?)?"
            rf"(?:[\u4e00-\u9fff]{{2,7}}?(?:{alternation(lists['region_suffixes'])}))+"
            rf"|(?:{alternation((*lists['place_labels'], *lists['came_from_words']))})[:：] ?[\u4e00-\u9fff]{{2,7}}"
        ),
        post_place_marks=tuple(
            sorted(
                {
                    t[-1]
                    for t in (
                        *lists["place_labels"],
                        *lists["sent_from_verbs"],
                        *lists["came_from_words"],
                    )
                    if t
                }
                | {"·", "•"}
            )
        ),
        # A day in the lunar calendar, alone: a page's banner of the day ("农历四月廿三",
        # "农历:甲辰年四月 廿一"), as a Gregorian date alone is.
        lunar_date=re.compile(
            rf"^(?:{alternation(lists['lunar_labels'])})\s?:?\s?"
            r"(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s?)?"
            r"(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\s?"
            r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)$"
        ),
        # "第12章", "12.第12章", "第一百回": a chapter's label, its number in figures or words.
        chapter_label=re.compile(
            r"^(?:\d{1,5}\s?[.、]\s?)?第\s?[0-9零〇一二三四五六七八九十百千两]{1,8}\s?"
            rf"(?:{alternation(lists['chapter_units'])})"
        ),
    )
