"""ZH318, the chrome below an article: once the site's chrome has begun under the body (a
related list, a menu, an ad, a notice), the short lines that are no prose go, whatever their
words. Replies of a thread, sentences, tables, credits and a company's contacts stay.

Every page here is made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

TITLE = "城南图书馆延长夜间开放时间"
BODY = [
    "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。",
    "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务也不受影响。",
    "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。",
]
# The site's chrome under the article, that the word lists know: a share bar, a pager.
CHROME = ["分享到：微信 微博 QQ空间", "上一篇：河滨公园新增两条夜跑步道"]
# Widgets below it, in words no list holds, around a sentence (so no list takes them whole).
WIDGETS = ["读者热议", "晴转多云", "今日油价", "92号汽油"]
NOTICE = "本馆周一闭馆。"


def clean(lines: list[str], on: Callable[[str], bool] = lambda c: True) -> tuple[list[str], Report]:
    report = Report()
    out = boilerplate("\n".join(lines), report, on)
    return [line for line in out.split("\n") if line.strip()], report


def codes(report: Report) -> dict[str, str]:
    return {e.text: e.code for e in report.events if e.text is not None}


def test_widgets_under_the_chrome_go_whatever_their_words():
    out, report = clean([TITLE, *BODY, *CHROME, WIDGETS[0], NOTICE, *WIDGETS[1:]])
    assert out == [TITLE, *BODY, NOTICE]
    assert {codes(report)[w] for w in WIDGETS} == {"ZH318"}


def test_the_pages_own_counters_under_the_body_start_the_zone_too():
    # No word list knows this site's chrome, but a share label and a view counter are the
    # page's tools: below them, the widgets go.
    tools = ["分享：", "点阅：208次"]
    out, report = clean([TITLE, *BODY, *tools, WIDGETS[0], NOTICE, *WIDGETS[1:]])
    assert out == [TITLE, *BODY, NOTICE], codes(report)
    assert {codes(report)[w] for w in WIDGETS} == {"ZH318"}


def test_bare_figures_under_the_body_start_no_zone():
    # Footnote numbers or ratings ("1", "8.6") are found by their shape alone: no evidence
    # of the site's chrome, so the references under them stay.
    lines = [TITLE, *BODY, "参考资料", "1", "城南区志", "2", "城南图书馆年鉴"]
    out, _ = clean(lines)
    assert [line for line in lines if line in out] == out
    assert "城南区志" in out and "城南图书馆年鉴" in out


def test_ignored_rule_does_not_run():
    lines = [TITLE, *BODY, *CHROME, WIDGETS[0], NOTICE, *WIDGETS[1:]]
    out, report = clean(lines, on=lambda c: c != "ZH318")
    assert out == [TITLE, *BODY, WIDGETS[0], NOTICE, *WIDGETS[1:]]
    assert "ZH318" not in codes(report).values()


def test_no_chrome_under_the_body_no_zone():
    # Without the site's chrome to start it, short lines under the body are the author's.
    lines = [TITLE, *BODY, "城南图书馆", "读者服务部"]
    out, _ = clean(lines)
    assert out == lines


def test_one_chrome_line_is_not_enough():
    lines = [TITLE, *BODY, CHROME[0], "城南图书馆", NOTICE, "读者服务部"]
    out, _ = clean(lines)
    assert out == [TITLE, *BODY, "城南图书馆", NOTICE, "读者服务部"]


def test_lines_between_the_body_and_the_chrome_stay():
    # A caption the author put under the last paragraph, above the site's chrome.
    caption = "馆内新设的少儿阅览区"
    out, _ = clean([TITLE, *BODY, caption, *CHROME, WIDGETS[0], NOTICE, *WIDGETS[1:]])
    assert out == [TITLE, *BODY, caption, NOTICE]


def test_tables_in_the_zone_stay():
    table = ["| 时段 | 开放 |", "| 周五 | 夜间 |", "| 周六 | 夜间 |"]
    out, _ = clean([TITLE, *BODY, *CHROME, WIDGETS[0], NOTICE, *table, WIDGETS[1]])
    assert out == [TITLE, *BODY, NOTICE, *table]


def test_replies_of_a_thread_stay_beside_their_furniture():
    # A widget repeated under every reply (ZH317) marks a thread: its replies are the author's.
    # (The tail list is off: this is about the zone alone.)
    furniture = "文明发言，理性讨论，登录后评论"
    replies = [
        "读者甲 [城南区网友]",
        "延时开放真方便，希望周日也延长",
        "读者乙 [城北区网友]",
        "支持，晚上正好有空去看书",
    ]
    lines = [TITLE, *BODY, *CHROME, furniture, *replies[:2], furniture, *replies[2:], furniture]
    out, _ = clean(lines, on=lambda c: c != "ZH304")
    assert out == [TITLE, *BODY, *replies]


def test_a_company_contact_box_stays():
    contact = ["86-0-13900000000", "王敏"]
    out, report = clean([TITLE, *BODY, *CHROME, "联系我们", *contact, "城南晚报数字版上线"])
    assert out == [TITLE, *BODY, *contact]
    assert codes(report)["城南晚报数字版上线"] == "ZH318"


def test_heavy_prose_below_stops_the_zone():
    # More of the page's text below (the next section, long replies): nothing above it is
    # taken for chrome.
    more = [
        "第二部分讲的是分馆的情况，城北分馆同样将在下月起延长开放时间，方便附近的居民。",
        "城北分馆的馆长表示，夜间开放需要更多志愿者，欢迎附近高校的学生报名参加服务。",
        "此外，两个分馆都会在周末举办亲子阅读活动，活动的具体安排将在馆内公告栏公布。",
    ]
    out, _ = clean([TITLE, *BODY, *CHROME, "分馆动态", *more])
    assert out == [TITLE, *BODY, "分馆动态", *more]


# --- above the title ---------------------------------------------------------------------

# A site's head: a ticker of other headlines, then menus the word lists know, then the title.
TICKER = ["河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造", "公交十二路调整部分站点"]
HEAD_CHROME = ["首页 > 新闻 > 本地", "网站首页 | 新闻中心 | 联系我们"]


def test_ticker_above_the_head_chrome_goes():
    out, report = clean([*TICKER, *HEAD_CHROME, TITLE, *BODY])
    assert out == [TITLE, *BODY]
    assert {codes(report)[t] for t in TICKER} == {"ZH318"}


def test_the_article_own_deck_above_the_title_stays():
    # A kicker sharing the title's and lead's words is the article's, even above the chrome.
    deck = "城南图书馆夜间开放 方便上班族阅读"
    out, _ = clean([deck, *HEAD_CHROME, TITLE, *BODY])
    assert out[0] == deck


def test_a_long_row_sharing_a_word_with_the_title_far_above_it_goes():
    # A site of libraries names them all in its head: a few words shared with the title, but
    # a small share of the row, far from the title, is no deck.
    row = "城北图书馆 河西分馆 少儿阅览中心 古籍部 数字资源馆 社区流动书车 读者服务部 城南图书馆"
    menus = ["本馆概况", "资源导航", "读者指南", "活动预告"]
    out, report = clean([row, *menus, *HEAD_CHROME, TITLE, *BODY])
    assert out == [TITLE, *BODY], codes(report)


PRODUCT_FIELDS = ["出版社：城南出版社", "出版日期：2023/02/02", "语言：简体中文", "定价：58元"]


def test_a_products_data_fields_above_the_chrome_stay():
    # Four fields in a row, each its own label with a value: the page's data, not its chrome.
    out, report = clean([*TICKER, *PRODUCT_FIELDS, *HEAD_CHROME, TITLE, *BODY])
    assert out == [*PRODUCT_FIELDS, TITLE, *BODY], codes(report)


def test_links_under_one_label_or_counters_above_the_chrome_go():
    links = [f"音频：{headline}" for headline in TICKER] + ["音频：城北美术馆周末举办儿童画展"]
    counters = ["日志:279", "留言:31", "访问:121369", "建立于:2004年10月6日"]
    out, report = clean([*links, *counters, *HEAD_CHROME, TITLE, *BODY])
    assert out == [TITLE, *BODY], codes(report)


def test_sentences_above_the_title_stop_the_head_zone():
    # A thread's first posts above the reply taken for the body: the page's text starts there.
    post = "请问延时开放期间可以借书吗？我下班比较晚。"
    lines = [*TICKER, post, *HEAD_CHROME, TITLE, *BODY]
    out, _ = clean(lines)
    assert post in out and TICKER[0] in out


@pytest.mark.parametrize("icons", ["\ue671", "\ue673 \ue674", "\ue60a 12"])
def test_a_line_of_icon_glyphs_goes(icons):
    out, report = clean([TITLE, *BODY[:2], icons, BODY[2]])
    assert out == [TITLE, *BODY]
    assert codes(report)[icons] == "ZH313"


def test_an_icon_beside_words_leaves_the_line_to_the_other_rules():
    line = "\ue671 馆内新设的少儿阅览区"
    out, _ = clean([TITLE, *BODY, line])
    assert line in out


# A specification table flattened one cell a line, as a scraper dumps it.
SPEC_CELLS = ["型号规格", "代号", "测量范围", "2", "0-6.22kPa", "3", "0-37.4kPa", "输出", "4～20mA DC",
              "精度", "≤±0.25%", "≤±0.5%", "选用项目", "M1", "线性指示表，0～100%刻度", "M2"]  # fmt: skip


def test_a_flattened_table_beside_the_article_keeps_its_cells():
    out, _ = clean([TITLE, *BODY, *SPEC_CELLS])
    assert out == [TITLE, *BODY, *SPEC_CELLS]


def test_a_widgets_table_past_the_sites_chrome_goes():
    # Exchange rates in a sidebar, under the site's share bar and pager: a widget's data.
    rates = ["今日汇率", "美元", "7.1023", "0.12%", "欧元", "7.7581", "0.08%", "日元", "0.0483",
             "0.33%", "港币", "0.9088", "0.02%"]  # fmt: skip
    out, _ = clean([TITLE, *BODY, *CHROME, WIDGETS[0], NOTICE, *rates])
    assert out == [TITLE, *BODY, NOTICE]


def test_numbered_rows_of_figures_are_a_table_and_stay():
    rows = [
        "1 2022-12-05 00:00 00:58 59 分钟",
        "2 2022-12-04 15:56 23:59 484 分钟",
        "3 15:05 15:49 44 分钟",
        "4 00:00 00:03 3 分钟",
        "5 2022-12-03 20:31 23:59 209 分钟",
        "6 19:14 19:41 27 分钟",
    ]
    out, _ = clean([TITLE, *BODY, "开放记录", *rows])
    assert out[-len(rows) :] == rows


def test_stamps_that_are_not_numbered_rows_still_go():
    stamps = ["2022-12-05 00:00", "2022-12-04 15:56", "2022-12-03 20:31", "2022-12-02 19:55",
              "2022-11-30 19:00"]  # fmt: skip
    out, _ = clean([TITLE, *BODY[:2], *stamps, BODY[2]])
    assert out == [TITLE, *BODY]


def test_a_teaser_alone_among_the_chrome_does_not_stop_the_zone():
    # One paragraph between widgets (a sidebar's teaser) is no more of the page's text.
    teasers = [
        "天气一天天变冷，读者们纷纷走进图书馆，馆内的暖气和热水让不少人在这里待上一整天，直到闭馆。",
        "河滨公园管理处昨天宣布，园内新修的两条夜跑步道正式开放，全长三公里，沿途设有照明和饮水点。",
    ]
    related = ["猜你喜欢", "河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造"]
    page = [TITLE, *BODY, *related, WIDGETS[0], teasers[0], WIDGETS[1], WIDGETS[2], teasers[1],
            WIDGETS[3]]  # fmt: skip
    out, _ = clean(page)
    assert not set(WIDGETS) & set(out)


def test_a_name_heading_its_biography_stays():
    bio = "白居易（772～846），字乐天，晚年又号香山居士，唐代伟大的现实主义诗人，有“诗魔”和“诗王”之称。"
    related = ["猜你喜欢", "河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造"]
    out, _ = clean([TITLE, *BODY, *related, "白居易", bio, *WIDGETS[1:]])
    assert out == [TITLE, *BODY, "白居易", bio]


def test_a_few_lines_between_two_chrome_lines_under_the_title_go():
    page = [TITLE, HEAD_CHROME[1], "城南晚报数字版上线", "读者热议", HEAD_CHROME[0], *BODY]
    out, report = clean(page)
    assert out == [TITLE, *BODY]
    assert codes(report)["城南晚报数字版上线"] == "ZH318"


def test_an_infobox_between_chrome_lines_under_the_title_stays():
    # A long stretch of fields is the article's own, whatever chrome stands around it.
    fields = ["所属地区 城南区", "建成时间 1998年", "馆藏 120万册", "开放时间 9:00-22:00", "座位 800个",
              "电话 0571-88886666", "地址 城南路1号"]  # fmt: skip
    page = [TITLE, HEAD_CHROME[1], *fields, HEAD_CHROME[0], *BODY]
    out, _ = clean(page)
    assert out == [TITLE, *fields, *BODY]


def test_a_products_tab_labels_start_no_zone_over_its_features():
    # A column of tab labels under the description ("Features", "Specifications"...) is
    # found by its shape alone: the feature list under it is the page's.
    tabs = ["Features", "Diagram", "Specifications", "Applications", "Support and Download"]
    features = [
        "Remotely access computers on your installation via intranet",
        "No software required - an HTTP server is embedded in both units",
        "High resolution video - up to 1920 x 1080",
        "Auto-MDIX - automatically detects cable type",
    ]
    out, _ = clean([TITLE, *BODY, *tabs, *features, *CHROME, WIDGETS[0]])
    assert out == [TITLE, *BODY, *features]


@pytest.mark.parametrize(
    "lines, k, product",
    [
        (
            ["城南牌便携式台灯 护眼学习阅读灯", "价格：", "¥99.00"],
            0,
            True,
        ),  # the name over its price
        (["城南牌便携式台灯", "¥99.00~¥129.00"], 1, True),
        (["光源类型: LED 颜色: 白色,粉色 品牌: 城南"], 0, True),
        (["热卖推荐", "¥39.00"], 0, False),  # a list's heading over other products' prices
        (["评价： 3 累计销量： 14"], 0, False),  # counters
        (["广告热线: 010-57613265 上海: 021-61283008"], 0, False),
    ],
)
def test_a_shop_pages_own_lines(lines, k, product):
    from zhclean.lexicon import fold
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.zones import _product

    items = [Item(i + 1, line, fold(line)) for i, line in enumerate(lines)]
    assert _product(items, k) is product


def test_a_site_address_in_the_contact_box_stays():
    """POLICY contact lines: the company's own site between its address and its mail is a
    contact line the page's subject gives."""
    box = [
        "地址：江苏省泰州市人民路222号",
        "网址：www.example-pumps.cn",
        "邮箱：sales@example-pumps.cn",
    ]
    out, _ = clean([TITLE, *BODY, *box])
    assert "网址：www.example-pumps.cn" in out


def test_a_site_address_alone_under_the_specifications_goes():
    """The same line with no contact beside it is a metadata line of a URL (POLICY §3)."""
    specs = ["尺寸：202×85×168（mm）", "测量快速、准确、性能稳定;", "网址：www.example-pumps.cn"]
    out, report = clean([TITLE, *BODY, *specs])
    assert "网址：www.example-pumps.cn" not in out
    assert codes(report)["网址：www.example-pumps.cn"] == "ZH306"


WIDGET = ["栏目关注：", "大众保健", "女性保健", "健康新知", "喝茶可以减肥吗", "警惕沉默的杀手"]


def test_a_widget_with_its_heading_between_the_title_and_the_body_goes():
    out, report = clean([TITLE, "2021-01-20 城南晚报", *WIDGET, *BODY])
    assert out == [TITLE, "2021-01-20 城南晚报", *BODY], codes(report)


def test_the_authors_points_between_the_title_and_the_body_stay():
    points = [
        "本文要点：",
        "城南图书馆周五周六延长开放",
        "夜间开放期间自习区照常开放",
        "借还书服务不受影响",
    ]
    out, _ = clean([TITLE, *points, *BODY])
    assert out == [TITLE, *points, *BODY]


def test_the_close_of_a_second_answer_below_the_chrome_stays():
    answer = [
        "我也来说说，这件事其实早有先例，很多人并不知道其中的来龙去脉，值得细说。",
        "当年城南图书馆第一次延长开放时间，读者的反应同样热烈，借阅量翻了一番，馆员们忙得不可开交。",
        "后来馆方又增加了自习座位，还在每层楼设置了饮水机和充电插座，读者的好评一直不断。",
        "有人担心夜间开放会增加管理成本，但馆方测算后发现，延长开放带来的借阅增长完全值得这笔投入。",
        "还有读者建议在周日也延长开放，馆方表示会在下一阶段的调查中听取更多读者的意见，再作决定。",
    ]
    close = ["以上", "参考内容：", "王敏. 城南图书馆馆史[M]. 城南出版社, 2020."]
    related = ["相关问题", "河滨公园新增两条夜跑步道"]
    page = [TITLE, *BODY, *BODY, *CHROME, *WIDGETS, "张三 回答", *answer, *close, *related]
    out, report = clean(page)
    assert out[-len(close) :] == close, codes(report)


def test_a_dialogs_close_button_beside_its_chrome_goes():
    out, report = clean([TITLE, *BODY, *CHROME, "×", "举报类别"])
    assert "×" not in out, codes(report)


def test_a_feeds_next_entries_under_their_own_headers_stay():
    # A blog's feed, flattened: each entry under the header the feed prints over every
    # entry (a status word, the author, its times, its id). The first entry is the body;
    # the next, written in short lines, are the author's too, not chrome below it.
    def header(n: int) -> list[str]:
        return [
            "false",
            f"2005-11-{20 + n}T15:11:00+08:00",
            f"2005-11-{20 + n}T07:29:32Z",
            f"tag:blogger.com,1999:blog-9658124.post-1132471772{n}",
        ]

    later = [
        "爱心送养小花猫",
        "就是几个礼拜前捡到的 约1公斤",
        "家中已有大猫一只 不方便再养",
        "请帮我转寄好吗",
    ]
    page = [*header(0), TITLE, *BODY, *header(1), *later, *header(2), "加油", BODY[0]]
    out, report = clean(page)
    for line in later:
        assert line in out, codes(report)


def test_a_briefs_tail_goes_once_a_share_bar_closes_it():
    """One paragraph under its title, closed by its share bar: an article's page too."""
    brief = ["城南图书馆夜间开放", BODY[0]]
    out, _ = clean([*brief, *CHROME, WIDGETS[0], NOTICE, *WIDGETS[1:]])
    assert out == [*brief, NOTICE]


def test_a_briefs_short_lines_stay_with_nothing_closing_it():
    """An intro and a song's short lines under it, no share bar or tags right under the
    intro: the lines are the page's text."""
    song = ["夜色温柔", "灯火照城南", "书页翻过去", "又是一年春"]
    page = [
        "城南夜读之歌",
        "这首歌写的是城南图书馆夜间开放以后，读者们在灯下读书的情景，旋律轻快。",
    ]
    out, _ = clean([*page, *song, "上一篇：河滨公园新增两条夜跑步道"])
    assert out[: len(page) + len(song)] == [*page, *song]


def test_a_closed_briefs_head_goes_too():
    """Above a brief that its share bar closes, the site's chrome over the title goes as it
    does over any article's: widgets in any words above the site's last chrome line there."""
    head = ["晴转多云", "今日油价", "首页 > 新闻 > 本地", "92号汽油", "关于我们"]
    brief = ["城南图书馆夜间开放", BODY[0]]
    out, _ = clean([*head, *brief, *CHROME])
    assert out == brief


def test_a_briefs_own_list_may_stand_between_it_and_its_share_bar():
    items = ["1、周五开放到十点", "2、周六开放到十点", "3、少儿阅览室照常开放", "4、借还书不受影响"]
    brief = ["城南图书馆夜间开放", BODY[0], *items]
    out, _ = clean([*brief, *CHROME, WIDGETS[0], NOTICE, *WIDGETS[1:]])
    assert out == [*brief, NOTICE]


def test_the_sites_copyright_line_ends_the_body_and_its_chrome_below_goes():
    # A notice in prose under the copyright line is the site's, not more of the article: the
    # body ends at the copyright, and the chrome around the notice goes (the notice itself,
    # prose, stays: no zone takes a sentence).
    notice = "您当前处于访客模式，个性化推荐已关闭，部分内容可能与您的兴趣不相关。"
    foot = [
        "请先登录后发表评论~",
        "Copyright © 2024 江城网 版权所有",
        "侵权投诉",
        "意见反馈",
        "提示",
        notice,
        "推荐设置",
        "扫码下载江城新闻APP",
        "你的关心，就是我们的动力",
    ]
    kept, _ = clean([TITLE, *BODY, *foot])
    assert kept == [TITLE, *BODY, notice]


def _between_menus(lines: list[str], menu: set[int]) -> list[str]:
    """The lines between_menus takes, once the lines at ``menu`` are a menu's column."""
    from zhclean.lexicon import fold, load_lexicon
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.menus import between_menus

    items = [Item(i + 1, line, fold(line)) for i, line in enumerate(lines)]
    for i in menu:
        items[i].mark("ZH303", 2, "menus_outside_body")
    between_menus(Document(items, load_lexicon(), lambda code: True))
    return [it.text for it in items if it.detector == "between_menus"]


def test_a_few_promotions_between_two_columns_of_a_menu_go_with_it():
    """A megamenu's promotions between its columns ("立即免费刊登", "已超过十万人领取"): short
    lines, no sentence, a column of menu labels right above and below."""
    menu_a = ["首页", "新闻", "财经", "体育"]
    promos = ["立即免费刊登", "已超过十万人领取"]
    menu_b = ["房产", "汽车", "旅游", "教育"]
    lines = [*menu_a, *promos, *menu_b, TITLE, *BODY]
    assert _between_menus(lines, {0, 1, 2, 3, 6, 7, 8, 9}) == promos
    # Two menu lines on one side are no column: nothing is taken.
    assert _between_menus(lines, {2, 3, 6, 7, 8, 9}) == []
    assert _between_menus(lines, {0, 1, 2, 3, 6, 7}) == []


def test_between_menus_leaves_the_articles_own_words_and_a_field_to_the_other_rooms():
    menu_a = ["首页", "新闻", "财经", "体育", "娱乐", "科技"]
    menu_b = ["房产", "汽车", "旅游", "教育", "健康", "游戏"]
    for between in (["夜间开放时间"], ["馆藏: 120万册"]):
        _, report = clean([*menu_a, *between, *menu_b, TITLE, *BODY])
        assert not any(e.detector == "between_menus" for e in report.events)
