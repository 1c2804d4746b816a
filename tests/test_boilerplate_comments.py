"""A comment widget under an article: each comment a header of its reader's name and day over
the reader's words. The headers go, the words stay. Every page here is made up."""

from __future__ import annotations

import pytest
from made_up import BODY, TITLE, clean_lines

WIDGET = ["发表评论", "3 条评论"]
COMMENTS = [
    ("青柠汽水 2024.05.06", "周末终于不用赶着还书了，支持！"),
    ("老周在读书 作者 2024.05.06", "谢谢支持~"),
    ("路过的猫 于 2024/05/07 21:40", "少儿阅览室也开到十点吗？"),
]


def page(comments: list[tuple[str, str]]) -> list[str]:
    lines = [TITLE, *BODY, *WIDGET]
    for header, words in comments:
        lines += [header, words]
    return lines


def test_comment_headers_go_and_the_readers_words_stay():
    kept, report = clean_lines(page(COMMENTS))
    assert kept[: 1 + len(BODY)] == [TITLE, *BODY]
    for header, words in COMMENTS:
        assert header not in kept
        assert words in kept
    named = {event.text for event in report.events if event.detector == "comment_headers"}
    assert named == {header for header, _ in COMMENTS}


def test_a_header_with_a_role_or_a_joining_word_is_read_as_one_name_and_its_day():
    # Two comments only, both headers with a word between the name and the day.
    kept, _ = clean_lines(page(COMMENTS[1:]))
    assert "老周在读书 作者 2024.05.06" not in kept
    assert "路过的猫 于 2024/05/07 21:40" not in kept
    assert {"谢谢支持~", "少儿阅览室也开到十点吗？"} <= set(kept)


def test_one_header_alone_is_no_widget():
    """A single name-and-day line under the body may be the author's signature: it stays."""
    kept, _ = clean_lines([TITLE, *BODY, "城南图书馆 2024.05.06"])
    assert "城南图书馆 2024.05.06" in kept


def test_bylines_under_other_headlines_do_not_make_the_headlines_comments():
    """A list of other articles, a byline of a name and a day under each headline: the
    headlines say nothing (no sentence end, no clause), so no header is read and the
    list stays as the other rooms judge it."""
    listing = [
        "相关阅读",
        "河滨公园新增两条夜跑步道",
        "张晓 2024-05-01",
        "城北菜市场完成改造重新开业",
        "李然 2024-04-28",
        "老城区供暖管网更新工程启动",
        "王磊 2024-04-20",
    ]
    kept, _ = clean_lines([TITLE, *BODY, *listing])
    assert kept == [TITLE, *BODY]


# Each comment: its reader's name, the words, its stamp and its count of likes.
RECORDS = [
    "南桥下的猫",
    "这段说到心坎里了，楼下的书店改完以后反而没人去了。",
    "3天前",
    "赞 41",
    "豆花要甜的",
    "周五晚上终于有地方自习了，谢谢馆里！",
    "2天前",
    "赞 17",
]


@pytest.mark.parametrize(
    "heading",
    ["全部评论（12）", "来过这里的读者"],
    ids=["a-known-heading", "the-heading-right-over-the-first-record-goes-with-them"],
)
def test_a_name_over_a_comment_over_its_stamp_and_its_likes_goes_and_the_comment_stays(heading):
    """A known comment heading, or any short line right over the widget's first record (its
    heading, whatever its words): the names and the heading go, the words stay."""
    kept, _ = clean_lines([TITLE, *BODY, heading, *RECORDS])
    assert kept == [TITLE, *BODY, RECORDS[1], RECORDS[5]]


OUTLINE = [
    "节目时间轴",
    "00:00 开场",
    "03:21 夜间开放以后来的都是哪些读者，和白天有什么不同",
    "12:35 图书馆在城里扮演什么角色",
    "27:10 少儿阅览室的晚上：家长陪读、作业辅导和志愿者",
    "68:30 结尾和听众来信",
    "本期提到：",
    "《城市的书房》（林舟 著）",
]


def test_an_episodes_outline_of_times_and_topics_is_no_comment_stamps():
    """ "03:21 图书馆在城里扮演什么角色" opens with a time of day alone: an entry of the
    episode's outline, not a reader's name beside the time of a comment."""
    kept, _ = clean_lines([TITLE, *BODY, *OUTLINE])
    assert kept == [TITLE, *BODY, *OUTLINE]


def test_a_label_over_the_words_it_introduces_is_no_empty_field():
    """ "本期嘉宾：" among the counters, over the guests one a line: a filled field."""
    head = [
        "播放 1.2万",
        "评论 86",
        "本期嘉宾：",
        "周一苇，城市规划师，做过街区更新项目",
        "阿梨，菜市场摊主，卖了十五年豆制品",
    ]
    kept, _ = clean_lines([TITLE, *head, *BODY])
    assert kept == [TITLE, *head[2:], *BODY]


def test_records_of_a_name_the_words_and_a_stamp_under_a_comment_heading():
    """No button under each comment, only its stamp: the section's heading says what the
    records are, and the rhythm of name, words and stamp says where each starts."""
    section = [
        "全部回复",
        "江边的风",
        "请问少儿阅览室晚上也开吗？",
        "2024-06-19 08:12",
        "馆员小周",
        "开的，到晚上九点。",
        "2024-06-19 09:40",
    ]
    kept, report = clean_lines([TITLE, *BODY, *section])
    assert kept == [TITLE, *BODY, section[2], section[5]]
    named = {event.text for event in report.events if event.detector == "comment_headers"}
    assert named == {"全部回复", "江边的风", "馆员小周"}


SCORES = ["空间 5.0", "动力 4.0", "操控 4.0", "油耗 3.5", "舒适性 4.5", "外观 4.0", "内饰 3.5"]


def test_a_flattened_table_ends_at_its_last_figure_and_the_widget_under_it_goes():
    """The score table stays as a table; the buttons under it, short lines too, are no cells
    of it ("有用(23)", "回复(4)", "举报")."""
    widget = ["2024-06-18 发表", "有用(23)", "回复(4)", "举报"]
    kept, _ = clean_lines([TITLE, *BODY, "口碑评分", *SCORES, *widget])
    assert kept == [TITLE, *BODY, "口碑评分", *SCORES]


def test_a_reply_with_its_replier_named_stays_whatever_took_it_by_place():
    from zhclean.lexicon import fold, load_lexicon
    from zhclean.stages.boilerplate.features import STRONG, Item
    from zhclean.stages.boilerplate.replies import guard_inline_comments

    texts = ["商家回复：谢谢您的支持，欢迎常来！", "热门回复：更多精彩", "商家回复：好"]
    items = [Item(k + 1, text, fold(text)) for k, text in enumerate(texts)]
    for item in items:
        item.mark("ZH318", STRONG, "tail_chrome")
    guard_inline_comments(items, load_lexicon())
    # Only the reply that says something: a label over a link ("更多精彩") is the widget's.
    assert [item.removed for item in items] == [False, True, True]


def test_the_title_the_breadcrumb_names_holds_against_the_tools_over_the_body():
    """The trail's last step names the chapter: it is the title, so the reader's tools
    between it and the body ("加入书签", "夜间模式") are chrome under a title."""
    lines = [
        "首页 > 武侠 > 霜河剑录 > 第三章 渡口夜雨",
        "霜河剑录",
        "第三章 渡口夜雨",
        "作者：北窗 更新时间：2023-12-05 23:10",
        "上一章",
        "目录",
        "下一章",
        "加入书签",
        "字体大小：小 中 大",
        "夜间模式",
        *BODY,
    ]
    kept, _ = clean_lines(lines)
    assert "第三章 渡口夜雨" in kept
    assert "加入书签" not in kept and "夜间模式" not in kept
    assert kept[-len(BODY) :] == BODY


def test_a_reposted_comment_chain_is_no_address_and_a_cashtag_line_is_a_tag_line():
    """ "//@某某:…" quotes the post it reposts (a microblog's chain), no protocol-relative
    address; "$城南文旅(SZ000XXX)$" alone on its line is the post's tag, as "#话题#" is."""
    repost = "//@城南老读者:夜里开放确实方便，去年冬天就盼着这一天，希望能一直坚持下去。"
    lines = [TITLE, *BODY, repost, "$城南文旅(SZ000XXX)$ $城北传媒(SH600XXX)$"]
    kept, report = clean_lines(lines)
    assert kept == [TITLE, *BODY, repost]
    assert {event.code for event in report.events} == {"ZH309"}


def test_a_bare_word_between_two_menu_lines_above_the_body_goes():
    """ "热度" between the site's menu rows over the article: a toggle or the site's name,
    whatever its word. Below the body a short reply may sit between two widgets, and stays
    (test_boilerplate_contacts)."""
    head = ["首页 新闻 体育 娱乐 财经", "热度", "登录 注册"]
    # A title that shares no word with the lead: no sure title, no zone above it.
    kept, _ = clean_lines([*head, "今晚去哪儿", *BODY])
    assert kept == ["今晚去哪儿", *BODY]


def test_readers_comments_one_a_line_under_the_comment_heading_stay():
    """ "网友评论" over "name：words" lines: each is a reader's comment, whatever the tail's
    zone decides."""
    section = [
        "网友评论",
        "球迷老王：卡洛斯这个头球太漂亮了！",
        "hawk_fan88：下半场体能跟不上，可惜。",
        "发表评论",
        "0/200",
        "热门比赛",
        "沧海联 vs 西港城 19:00",
        "北江队 vs 南湾FC 20:00",
        "更多直播 >>",
        "声明：本站仅提供赛事文字直播服务，所有数据以官方为准。",
        "Copyright © 2026 体坛直播网",
    ]
    kept, _ = clean_lines([TITLE, *BODY, *section])
    assert kept == [TITLE, *BODY, section[1], section[2]]


def test_a_reviews_header_with_the_readers_stars_is_a_comment_header():
    reviews = [
        ("小橙子 ★★★★☆ 2025-09-02", "山顶的日出很值得，就是索道排队排了四十分钟。"),
        ("走走停停 ★★★★★ 2025-09-18", "步行下山一路都是松树，空气特别好，推荐！"),
    ]
    kept, _ = clean_lines(page(reviews))
    assert kept[-2:] == [words for _, words in reviews]
    assert not any(header in kept for header, _ in reviews)
