"""Boilerplate by place: tail lists, bare title lists, menus and site names outside the body,
counted headlines, dated data rows, the rule switches and the detector names for explain.

Every page here is made up for these tests. Each behaviour has a page where it fires and
pages where it must not (the guards that keep the author's lines)."""

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
# Headlines of other articles of the same made-up site.
OTHER = ["河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造", "公交十二路调整部分站点"]


def clean(lines: list[str], on: Callable[[str], bool] = lambda c: True) -> tuple[list[str], Report]:
    report = Report()
    out = boilerplate("\n".join(lines), report, on)
    return [line for line in out.split("\n") if line.strip()], report


def removed(report: Report) -> dict[str, tuple[str, str | None]]:
    """Removed line -> (code, detector)."""
    return {e.text: (e.code, e.detector) for e in report.events if e.text is not None}


def kept_whole(lines: list[str]) -> None:
    out, report = clean(lines)
    assert out == lines, removed(report)


# --- tail_list -------------------------------------------------------------------------


def test_two_headlines_after_the_last_paragraph_go():
    out, report = clean([TITLE, *BODY, OTHER[0], OTHER[1]])
    assert out == [TITLE, *BODY]
    assert removed(report) == {
        OTHER[0]: ("ZH304", "tail_list"),
        OTHER[1]: ("ZH304", "tail_list"),
    }


@pytest.mark.parametrize(
    "replies",
    [
        # Two replies that talk: one says "you", one ends on a particle a speaker ends on.
        ["楼主加油，最佩服你这样坚持读书的人", "谢谢鼓励，大家互勉哈！"],
        ["周末带孩子去看看吧", "自习区的灯光确实不错哦"],
    ],
)
def test_two_short_replies_that_talk_after_the_body_stay(replies):
    kept_whole([TITLE, *BODY, *replies])


def test_two_lines_that_run_on_over_a_clause_after_the_body_stay():
    # Two readers' comments left under the body once their names and stamps went: each runs
    # on past a comma, as a sentence does. Two titles after the body have no clause.
    kept_whole([TITLE, *BODY, "去看过了，晚上人不多，很安静！", "灯光有点暗，希望能再亮一点"])


def test_two_headlines_with_one_clause_among_them_still_go():
    headlines = ["城南夜读季开幕，三千读者到场", OTHER[0]]
    out, report = clean([TITLE, *BODY, *headlines])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "listed",
    [
        # a poem site's recommendations, each title over its dynasty and poet
        ["猜您喜欢", "夜泊寒溪", "唐代：周远山", "江行晚望", "宋代：沈一舟"],
        # a review site's nearby places
        ["附近餐厅", "湘里人家 ★★★★ 人均¥65 湘菜 230m", "阿婆粉店 ★★★★☆ 人均¥22 小吃快餐 410m"],
        # a video site's up-next list and its autoplay switch
        ["接下来播放", "自动连播", "意式浓缩怎么做？一台机器搞定", "拿铁拉花入门教程"],
        # a stock article's related tickers
        ["相关股票", "南川锂能", "-2.15%", "江华新材", "+0.86%"],
        # a board's ranking of hot threads
        [
            "贴吧热议榜",
            "1 你见过最离谱的共享单车停放位置 312万",
            "2 夏天骑行防晒大家都用什么 188万",
        ],
    ],
)
def test_a_list_of_other_pages_under_its_heading_after_the_body_goes(listed):
    out, report = clean([TITLE, *BODY, *listed])
    assert out == [TITLE, *BODY], removed(report)


def test_a_classified_sites_notice_to_callers_goes_beside_the_ads_contact():
    ad = ["联系人：王先生", "13800000000", "拨打电话时请说明是在八方同城看到的", "举报"]
    out, report = clean([TITLE, *BODY, *ad])
    assert "拨打电话时请说明是在八方同城看到的" not in out, removed(report)


def test_two_headlines_that_ask_after_the_body_still_go():
    # A Q&A site's titles say "you" and ask: no voice of a speaker.
    asked = ["你家附近的图书馆晚上开放吗", "你会如何安排周末的阅读时间"]
    out, report = clean([TITLE, *BODY, *asked])
    assert out == [TITLE, *BODY], removed(report)


def test_the_authors_closing_note_does_not_keep_the_headlines_under_it():
    # A note with its sentences run on, ending with an address, not a full stop: the author's,
    # but no sign that the headlines under it are.
    note = "●作者王敏，城南区图书馆馆员。本文为读者投稿，言论不代表本站立场。投稿请寄 reader-forum-editor@example.com"
    out, report = clean([TITLE, *BODY, note, *OTHER])
    assert out == [TITLE, *BODY, note], removed(report)


def test_a_numbered_list_below_the_sites_chrome_leaves_the_headlines_above_to_go():
    numbered = ["1. 城北新开一家社区书店", "2. 河滨步道夜间亮灯", "3. 公交十二路恢复原线路"]
    chrome = "分享到：微信 微博 QQ空间"
    out, report = clean([TITLE, *BODY, *OTHER, chrome, *numbered])
    assert not set(OTHER) & set(out), removed(report)
    assert out[: len(BODY) + 1] == [TITLE, *BODY]


def test_a_numbered_list_right_under_the_headlines_keeps_them():
    numbered = ["1. 城北新开一家社区书店", "2. 河滨步道夜间亮灯", "3. 公交十二路恢复原线路"]
    kept_whole([TITLE, *BODY, *OTHER, *numbered])


def test_a_newscasts_soundbites_between_its_paragraphs_stay():
    # A broadcast's script: a speaker's name, then what they said one subtitle a line, with
    # the reporter's paragraphs between. Short lines, but the article's, not a list.
    said = [
        "==馆长 王敏==",
        "晚上来的人比白天还多",
        "很多人下班以后才有时间",
        "自习区几乎天天坐满",
        "我们会再增加一些座位",
    ]
    heard = [
        "==读者 陈先生==",
        "以前周末想来都来不了",
        "现在可以待到十点",
        "孩子也能一起来看书",
        "希望以后一直这样开放",
    ]
    more = (
        "馆方表示，夜间开放试行三个月后将评估效果，再决定是否推广到其他分馆，也会根据读者"
        "意见调整开放的区域和时间。"
    )
    kept_whole([TITLE, *BODY, *said, more, *heard, BODY[0]])


def test_one_headline_alone_after_the_body_stays():
    kept_whole([TITLE, *BODY, OTHER[0]])


@pytest.mark.parametrize(
    "chrome",
    [
        "标签：图书馆 夜读 便民服务",  # tags
        "分享到： 微信 微博 QQ空间",  # a menu of share buttons
        "上一篇：社区食堂新增早餐供应",  # previous / next
    ],
)
def test_one_headline_after_chrome_goes(chrome):
    out, report = clean([TITLE, *BODY, chrome, OTHER[0]])
    assert out == [TITLE, *BODY]
    assert removed(report)[OTHER[0]] == ("ZH304", "tail_list")


def test_headlines_with_teasers_cut_off_go():
    tail = [
        OTHER[0],
        "为满足市民夜间锻炼需求，河滨公园近日在东西两岸各铺设了一条长约两公里的塑胶步道，沿途...",
        OTHER[1],
        "改造后的菜市场划分了生鲜区、熟食区和干货区，摊位统一更换了…",
        OTHER[2],
    ]
    out, report = clean([TITLE, *BODY, *tail])
    assert out == [TITLE, *BODY]
    assert removed(report) == {line: ("ZH304", "tail_list") for line in tail}


@pytest.mark.parametrize(
    "ending",
    [
        # The author introduces a list with a colon.
        ["馆方还推荐了几个适合夜读的去处：", OTHER[0], OTHER[1]],
        # A numbered list.
        ["1. 周五晚间开放自习区和期刊区", "2. 周六晚间开放少儿阅览室和电子阅览区"],
        # A notice's signature: organisations' names.
        ["城南区图书馆管理办公室", "城南区文化和旅游局"],
        # Contact lines of the library the article is about.
        ["咨询电话：0571-88886666", "地址：城南区文化路与解放路交叉口东北角图书馆大楼"],
        # Credits.
        ["本报记者 林晓雨", "通讯员 陈国栋"],
        # Verse: short lines.
        ["夜深灯火照书窗", "一卷清风伴月光", "莫道书香无觅处", "城南馆里到天明"],
        # The author's own short sentence below two headline-like lines.
        ["延时服务首月安排", "周五晚间开放自习区和期刊区", "欢迎读者届时前来。"],
    ],
    ids=["colon", "numbered", "signature", "contact", "credits", "verse", "prose-below"],
)
def test_the_authors_lines_after_the_body_stay(ending):
    kept_whole([TITLE, *BODY, *ending])


def test_a_list_introduced_at_the_end_of_the_last_paragraph_stays():
    last = BODY[2][:-1] + "，馆方为此准备了几项新服务："
    kept_whole([TITLE, *BODY[:2], last, "周五晚间开放自习区和期刊区", "周六晚间开放少儿阅览室"])


def test_an_organisation_name_alone_after_the_body_stays():
    out, report = clean([TITLE, *BODY, "城南区文化和旅游局"])
    assert out[-1] == "城南区文化和旅游局"
    assert "ZH304" not in report.counts()


def test_contact_and_credit_lines_stay_while_the_headlines_below_them_go():
    out, report = clean([TITLE, *BODY, "咨询电话：0571-88886666", "本报记者 林晓雨", *OTHER[:2]])
    assert out == [TITLE, *BODY, "咨询电话：0571-88886666", "本报记者 林晓雨"]
    assert report.counts() == {"ZH304": 2}


@pytest.mark.parametrize("credit", ["新华社发（刘满仓摄）", "本报记者 林晓雨 摄"])
def test_a_photo_credit_after_the_body_stays_while_the_headlines_below_it_go(credit):
    out, report = clean([TITLE, *BODY, credit, *OTHER])
    assert out == [TITLE, *BODY, credit], removed(report)


def test_an_answers_references_with_their_addresses_stay():
    refs = [
        "参考：https://www.example.org/report/2022/69528.html",
        "https://www.example.org/report/2022/69549.html",
    ]
    out, report = clean([TITLE, *BODY, *refs])
    assert out == [TITLE, *BODY, *refs], removed(report)


def test_an_address_the_author_cites_between_two_paragraphs_stays():
    paper = "http://www.example.edu/~lin/papers/reading-hours.pdf"
    lines = [TITLE, BODY[0], paper, BODY[1], BODY[2]]
    out, report = clean(lines)
    assert out == lines, removed(report)


def test_a_feeds_permalinks_between_its_entries_still_go():
    # One under each entry, all of the site's own host: the feed's furniture.
    links = [f"http://blog.example.com/2004/12/{n:02d}/entry-{n}/" for n in (1, 2)]
    out, report = clean([TITLE, BODY[0], links[0], BODY[1], links[1], BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_label_and_a_bare_address_that_cite_nothing_still_go():
    out, report = clean([TITLE, *BODY, "最新网址: www.example.cc", "https://www.example.cc/app"])
    assert out == [TITLE, *BODY], removed(report)


def test_a_footers_row_of_licence_numbers_goes_however_long():
    licences = (
        "互联网新闻信息服务许可证10120170007号 |增值电信业务经营许可证A2.B1-20232628/京B2-"
        "20224905号|信息网络传播视听节目许可证0105108号"
    )
    out, report = clean([TITLE, *BODY, licences])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("row", ["回到首页 回到顶部", "字号减小 字号增大", "阅读剩余全文（）"])
def test_page_tools_below_the_body_go(row):
    out, report = clean([TITLE, *BODY, row])
    assert out == [TITLE, *BODY], removed(report)


# A footer's notice in prose below a site's list of other articles.
NOTICE = "如果您继续浏览本网站，即表示您同意我们使用Cookie以改善您的阅读体验。"
MORE = ["地铁三号线南延段开始试运行", "城东新建三所幼儿园秋季招生", "市民热线夏季受理量同比上升"]


def test_a_list_between_the_body_and_a_footer_notice_goes():
    page = [TITLE, *BODY, "（林晓雨）", *OTHER, *MORE, NOTICE]
    out, report = clean(page)
    assert out[: 1 + len(BODY) + 1] == [TITLE, *BODY, "（林晓雨）"]
    assert not set(OTHER + MORE) & set(out), removed(report)
    assert {removed(report)[h] for h in OTHER + MORE} == {("ZH304", "tail_list")}


def test_a_list_followed_by_more_of_the_article_stays():
    # An encyclopedia's section list of short names, then more sections of prose.
    names = ["渔夫和魔鬼的故事", "阿里巴巴和四十大盗", "航海家辛巴达", "睡着的国王", "阿拉丁和神灯"]
    more = [
        "这部故事集最早以手抄本的形式在民间流传，后来经过许多代说书人的加工，才有了今天的样子。",
        "十八世纪初，它被译成法文在欧洲出版，随后又出现了英文、德文等多种译本，影响了许多作家。",
        "今天，其中不少故事已经被改编成电影、动画和舞台剧，在世界各地拥有大量读者和观众。",
    ]
    kept_whole([TITLE, *BODY, "主要故事", *names, "流传与影响", *more])


def test_a_thread_of_short_replies_above_a_footer_notice_stays():
    replies = [
        "林晓雨 回复了此帖",
        "林晓雨",
        "10 天前",
        "谢谢分享，我周五晚上就去试试新的自习区",
        "陈子墨 回复了此帖",
        "陈子墨",
        "9 天前",
        "少儿阅览室晚上也开放吗，孩子放学后想去看书",
    ]
    out, report = clean([TITLE, *BODY, *replies, NOTICE])
    assert replies[3] in out and replies[7] in out, removed(report)


# --- bare_title_lists ------------------------------------------------------------------

LIST_TITLE = "城南区便民服务指南"
BARE = [
    "图书馆夜间开放时间调整",
    "社区食堂新增早餐供应",
    "河滨公园夜跑步道正式开放",
    "老城区菜市场升级改造完成",
    "公交十二路线路临时调整",
]


def test_a_page_of_bare_headlines_keeps_only_its_title():
    out, report = clean([LIST_TITLE, *BARE])
    assert out == [LIST_TITLE]
    assert set(removed(report).values()) == {("ZH304", "bare_title_lists")}
    assert report.counts() == {"ZH304": len(BARE)}


def test_a_dated_list_of_bare_headlines_is_one_run():
    # Each headline has its date under it: the dates go first, as dates, and the headlines
    # between them are still one list, not five lists of one.
    dated = [line for n, title in enumerate(BARE) for line in (title, f"2022-05-{n + 10}")]
    out, report = clean([LIST_TITLE, *dated])
    assert out == [LIST_TITLE], removed(report)
    assert {removed(report)[title] for title in BARE} == {("ZH304", "bare_title_lists")}


def test_three_bare_headlines_are_no_run():
    kept_whole([LIST_TITLE, *BARE[:3]])


def test_a_specification_page_keeps_its_lines():
    kept_whole(
        [
            "某型号单片机主要参数",
            "40kHz RC振荡器",
            "2个16位通用定时器",
            "8路12位模数转换通道",
            "1.8V至3.6V宽电压供电",
            "支持多种低功耗待机模式",
        ]
    )


def test_a_specification_page_with_units_before_ideographs_keeps_its_lines():
    kept_whole(
        [
            "某型号单片机主要参数",
            "内置40kHz低速振荡器",
            "内置8MHz高速振荡器",
            "16KB闪存程序存储器",
            "支持多种低功耗待机模式",
            "两组串行通信接口",
        ]
    )


# A site's flood of titles (made up): forty headlines, a few written with their commas and a
# full stop, so they read as prose; no article anywhere.
PLACES = ["城南", "河滨", "老城", "新区", "北郊", "东湖", "西山", "南港"]
THINGS = ["夜市开张", "步道修好", "花展开幕", "书店搬家", "菜场改造"]
FLOOD = [
    f"{place}{thing}啦{n}期"
    for n, (place, thing) in enumerate((p, t) for p in PLACES for t in THINGS)
]
WITH_COMMAS = [
    "周末去哪儿玩，城郊有五个好去处值得一去。",
    "三分钟学会做蛋炒饭，简单又好吃的家常菜。",
    "雨天出门别忘带伞，气象台发布了黄色预警。",
]


def _flood_page() -> list[str]:
    page = ["城南生活网 精彩视频"]
    for n, title in enumerate(FLOOD):
        page.append(title)
        if n % 12 == 5:
            page.append(WITH_COMMAS[n // 12])
    return page


def test_a_flood_of_titles_with_a_few_comma_titles_goes_whole():
    page = _flood_page()
    out, report = clean(page)
    assert out == page[:1], removed(report)


def test_a_flood_spans_a_garbled_line_between_its_titles():
    page = _flood_page()
    page.insert(10, "????????????|??????????-????????????")
    out, report = clean(page)
    assert out == page[:1], removed(report)


def test_the_one_paragraph_of_a_flooded_page_stays():
    # A video page: its one paragraph of sentences among the site's titles.
    paragraph = (
        "城南讯 以光影之名，探寻城市文化魅力。5月20日起，《城南影像》栏目将推出系列访谈节目，"
        "五位电影人将讲述他们的成长故事和艺术生涯。一起期待吧！"
    )
    page = _flood_page()
    page.insert(20, paragraph)
    out, report = clean(page)
    assert paragraph in out, removed(report)


def test_a_list_of_terms_the_author_introduced_is_no_flood():
    # A forum post on a page with no article: its list of labels, each with its meaning,
    # under the sentence that introduces them (a short first entry, then longer ones).
    terms = [
        "ad：广告引流",
        *[f"{word}_content：{place}的内容" for word, place in zip("abcdefgh", PLACES, strict=True)],
    ]
    page = [
        "本站使用 cookie 数据以确保网站正常运行，并帮助我们为您提供最佳的浏览体验。",
        *FLOOD[:12],
        "介绍",
        "支持以下内容标签检测：",
        *terms,
        *FLOOD[12:30],
    ]
    out, report = clean(page)
    for line in terms:
        assert line in out, removed(report)


def test_a_storys_dialogue_on_a_page_with_no_article_stays():
    # A blog's short story, one speech a line, its sentences ended with ASCII marks (as
    # Hong Kong writers end theirs): short lines with no full stop outside their quotes.
    story = [
        "电话",
        '"喂?"',
        '"喂.. 是你? 怎么了?"',
        '"没什么. 就是想起你就打给你嘛~"',
        '"你刚从鞋店回来吗?"',
        '"对呀.. 你今天没有来所以想起你便打给你嘛.."',
        "男生的手机弹出了通话时间.",
        "虽然有点儿恼人的对话.",
        "却让男生知道了重要的事情..",
    ]
    kept_whole(story)


def test_a_threads_short_replies_with_their_quotes_on_a_page_with_no_article_stay():
    # BBS replies: a short answer, then the post it quotes under a line ending with a colon.
    thread = [
        "如果面对酷刑你会变节吗",
        "也可能是从良",
        "【 在 城南居士 (城南居士) 的大作中提到: 】",
        "可是如果变节就一辈子背上叛徒的名称了",
        "我估计我不介意没节操",
        "【 在 河滨老王 的大作中提到: 】",
        "绝对变啊而且我觉得这刑罚太高了",
    ]
    kept_whole(thread)


def test_a_songs_lyrics_on_a_page_with_no_article_stay():
    # Lines of a song: short, no punctuation, of many lengths, each a speaker's words.
    song = [
        "过火 张信哲",
        "是否对你承诺了太多",
        "还是我原本给的就不够",
        "你始终有千万种理由",
        "我一直都跟随你的感受",
        "让你疯让你去放纵",
        "以为你有天会感动",
        "关于流言 我装作无动于衷",
        "才看见你的眼泪和后悔",
        "我是多想再给你机会",
    ]
    kept_whole(song)


def test_a_flood_of_one_templates_titles_saying_i_still_goes():
    # "我" in one same phrase of every title: a template's list, not a speaker.
    titles = [f"我中啦【{place}{thing}】已公开" for place in PLACES[:2] for thing in THINGS]
    out, report = clean([LIST_TITLE, *titles])
    assert out == [LIST_TITLE], removed(report)


def test_cards_of_records_with_one_label_each_are_no_flood():
    # A channel page of department cards: a name, a rank, and a field under the same
    # label on every card. The fields are the page's data.
    cards = []
    for n, place in enumerate(PLACES[:5] * 2):
        cards += [
            f"{place}区第{n + 1}人民医院",
            "肾病内科 三级甲等",
            f"科室简介 : {place}医院肾病内科成立于上世纪八十年代，是本市",
        ]
    page = ["某某健康网 肾病频道", "本频道收录各地医院的肾病专科，供患者就医时参考。", *cards]
    page += [f"{title}" for title in FLOOD[:20]]
    out, report = clean(page)
    for line in cards:
        assert line in out, removed(report)


def _ranking(titles: list[str]) -> list[str]:
    return [f"{n}{title} {9000 - 731 * n}" for n, title in enumerate(titles, 1)]


def test_a_ranking_page_keeps_its_rows_with_their_values():
    # A news site's ranking page: the rankings are the page's text (POLICY: rankings with
    # values stay), each under its section, its tab and its table's header row.
    ends = ("后市民点赞", "引发热议")
    titles = [f"{place}{thing}{end}" for place in PLACES for thing in THINGS for end in ends]
    page = ["全站"]
    for k, section in enumerate(["新闻", "娱乐", "体育", "财经"]):
        page += [section, "点击榜", "标题 点击数 趋势", *_ranking(titles[10 * k : 10 * k + 10])]
    out, report = clean(page)
    rows = [line for line in page if line[0].isdigit()]
    assert [line for line in out if line[0].isdigit()] == rows, removed(report)


def test_a_most_read_list_beside_an_article_goes():
    out, report = clean([TITLE, *BODY, "阅读排行", *_ranking(OTHER + MORE)])
    assert out == [TITLE, *BODY], removed(report)


# --- menus_outside_body ----------------------------------------------------------------


def test_a_column_of_labels_above_the_title_goes_and_the_title_stays():
    labels = ["本馆概况", "资源导航", "参考咨询服务", "党建园地"]
    out, report = clean([*labels, TITLE, *BODY])
    assert out == [TITLE, *BODY]
    assert removed(report) == {label: ("ZH303", "menus_outside_body") for label in labels}


def test_a_column_of_four_character_labels_above_the_title_goes():
    out, _ = clean(["本馆概况", "资源导航", "参考咨询", "培训讲座", "党建园地", TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_a_dateline_under_the_title_is_never_taken_for_the_title():
    # On its own output (the menus gone) the page still finds its title above the dateline.
    # A title that shares no words with the lead: the nearest headline above the body is
    # taken, and the dateline between them is none.
    title, dateline = "夜读时光", "2023/4/5 10:41（4/5 12:08 最后修订）"
    lines = ["港闻快讯", "本地", "国际", title, dateline, *BODY]
    out, _ = clean(lines)
    assert out[0] == title
    again, _ = clean(out)
    assert again == out


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("上报快讯／范姜佳钰 2020年03月12日 20:19:00", True),
        ("文／王小明", True),
        ("绘图/创作", False),  # two labels of a menu
        ("显示器 / 桌上型电脑", False),
    ],
)
def test_a_byline_with_a_slash(line, byline):
    from zhclean.stages.boilerplate.shapes import slash_credit

    assert slash_credit(line) is byline


def test_a_label_sharing_words_with_the_body_does_not_become_the_title():
    out, _ = clean(["本馆概况", "读者服务", "数字资源库", "活动预告", TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_a_column_of_menu_words_below_the_body_goes():
    menu = ["时政", "财经", "本地频道", "教育", "汽车"]
    out, report = clean([TITLE, *BODY, *menu])
    assert out == [TITLE, *BODY]
    assert removed(report) == {label: ("ZH303", "menus_outside_body") for label in menu}


def test_a_shops_english_menu_goes_around_a_product_with_no_prose():
    # A shop template's menu in title case, shown twice: its words weigh as a label's
    # characters. The product's own lines (a name of six words, prices, specifications) stay.
    menu = [
        "Shop by Collections",
        "New Arrivals",
        "Returns & Exchanges",
        "Customer Service Menu",
        "Jewelry Care Guide",
        "About Us",
    ]
    product = [
        "Adele Japanese Baroque Pearl Long Necklace",
        "Regular price",
        "$450.00",
        "材质",
        "日本天然淡水珍珠，每个小珍珠尺寸约0.5-0.6公分",
        "整条项链全手工制作，总长度约85公分",
    ]
    out, _ = clean([*menu, *product, *menu])
    assert out == product


def test_lines_of_commands_below_a_heading_are_no_menu():
    lines = [TITLE, *BODY, "安装依赖", "npm i -g depcheck", "检查依赖", "depcheck", "npm run build"]
    out, _ = clean(lines)
    assert out == lines


def test_a_column_of_two_character_channels_below_the_body_goes():
    out, _ = clean([TITLE, *BODY, "时政", "财经", "体育", "娱乐", "科技"])
    assert out == [TITLE, *BODY]


def test_verse_above_the_title_stays():
    kept_whole(["春风入户窗", "灯下字生香", "夜深人未散", "一卷到天明", TITLE, *BODY])


def test_verse_below_the_body_stays():
    kept_whole([TITLE, *BODY, "春风入户窗", "灯下字生香", "夜深人未散", "一卷到天明"])


def test_four_character_verse_on_a_page_with_no_prose_stays():
    verse = ["关关雎鸠", "在河之洲", "窈窕淑女", "君子好逑", "参差荇菜", "左右流之"]
    kept_whole(["诗经·关雎", *verse])


def test_a_menu_of_four_character_labels_shown_twice_on_a_product_page_goes():
    # No prose on the page: a company site's product page. Its menu, shown at the top and
    # the bottom, is a column of four-character labels, not verse.
    menu = ["公司简介", "公司新闻", "产品展示", "新闻动态", "资质荣誉", "营销网络", "留言反馈"]
    product = ["树脂排水沟钢盖子", "服务热线：0318-8585999", "地址：河北省衡水市枣强富强北路189号"]
    out, _ = clean([*menu, *product, *menu])
    assert not set(menu) & set(out)
    assert out[-2:] == product[1:]  # the contacts the company gives stay


JAPAN_TITLE = "日本将调整入境旅客的检疫措施"
JAPAN_BODY = [
    "日本政府日前宣布，自下月起将简化入境旅客的检疫手续，不再要求旅客出示核酸检测阴性证明。",
    "分析人士认为，这一调整有助于恢复国际航班客流，也将带动东京、大阪等城市的旅游消费。",
]


@pytest.mark.parametrize(
    "rows",
    [
        ["首都 东京", "人口 1.25亿", "货币 日元", "官方语言 日语"],
        ["首都：东京", "时区：东九区", "货币：日元", "语言：日语"],
        ["面积 38万", "人口 1.2亿", "岛屿 6852", "都道府县 47"],
    ],
)
def test_data_rows_above_the_title_are_no_menu(rows):
    kept_whole([*rows, JAPAN_TITLE, *JAPAN_BODY])


def test_data_rows_below_the_body_stay():
    kept_whole([JAPAN_TITLE, *JAPAN_BODY, "首都 东京", "人口 1.25亿", "货币 日元", "语言 日语"])


def test_an_ingredients_list_below_a_recipe_stays():
    kept_whole(
        [
            "家常鸡蛋饼的做法",
            "鸡蛋饼做法简单，早上十分钟就能做好，搭配一杯豆浆就是一顿营养丰富的早餐。",
            "先把面粉、鸡蛋和清水搅成稀糊，再撒上葱花，倒入平底锅里小火煎到两面金黄即可出锅。",
            "鸡蛋 2个",
            "面粉 100克",
            "葱花 少许",
            "清水 150毫升",
        ]
    )


def test_a_single_short_line_next_to_removed_menus_stays():
    chapter = [
        "第十二章 夜雨",
        "雨下了整整一夜，他坐在窗前翻着那本旧书，直到天快亮了才合上眼睛，心里却始终放不下那封没有寄出的信。",
        "本章完",
    ]
    out, report = clean([*chapter, "上一章", "目录", "下一章"])
    assert out == chapter
    assert report.counts() == {"ZH303": 3}


# --- site_name_lines -------------------------------------------------------------------


@pytest.mark.parametrize("where", ["head", "tail"])
def test_the_site_name_standing_alone_goes(where):
    lines = ["城南资讯网", TITLE, *BODY] if where == "head" else [TITLE, *BODY, "城南资讯网"]
    out, report = clean(lines)
    assert out == [TITLE, *BODY]
    assert removed(report) == {"城南资讯网": ("ZH303", "site_name_lines")}


def test_a_short_english_template_line_above_the_title_goes():
    out, report = clean(["Posted in local news", TITLE, *BODY])
    assert out == [TITLE, *BODY]
    assert removed(report)["Posted in local news"] == ("ZH303", "site_name_lines")


def test_an_english_file_header_above_the_title_goes():
    out, _ = clean(["This file was derived from", TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_an_english_line_under_the_authors_chinese_one_at_the_top_stays():
    # A blog feed's entry: a Chinese line, then the author's English one, both above the
    # page's title; and so on a second clean, where the lines above went (idempotence).
    lines = ["混蛋！我最恨到这个网页。", "I'm no longer here", TITLE, *BODY]
    kept_whole(lines)


def test_an_english_sentence_inside_the_body_stays():
    quote = "Reading is to the mind what exercise is to the body"
    kept_whole([TITLE, BODY[0], quote, *BODY[1:]])


NET_TITLE = "城南社区织起一张便民服务网"
NET_BODY = [
    "为了让居民少跑腿，城南社区把辖区内的商铺、诊所和维修点编成一张便民服务网，居民扫码就能找到最近的服务点。",
    "社区负责人说，这张便民服务网上线三个月以来，已经帮助两千多户居民解决了生活中的小难题。",
]


def test_a_title_ending_with_wang_stays():
    kept_whole([NET_TITLE, *NET_BODY])
    out, _ = clean(["城南资讯网", NET_TITLE, *NET_BODY])
    assert out == [NET_TITLE, *NET_BODY]
    out, _ = clean([NET_TITLE, *NET_BODY, "城南资讯网"])
    assert out == [NET_TITLE, *NET_BODY]


def test_a_title_ending_with_wang_stays_between_two_copies_of_the_site_name():
    out, _ = clean(["城南资讯网", NET_TITLE, *NET_BODY, "城南资讯网"])
    assert out == [NET_TITLE, *NET_BODY]


# --- dated_links with counters ---------------------------------------------------------

COUNTED = [
    "河滨公园夜跑步道开放 358人气",
    "社区食堂推出早餐套餐 126人气",
    "菜市场改造后首日开业 97人气",
]
LIKED = ["河滨公园夜跑步道开放 12赞", "社区食堂推出早餐套餐 8赞", "菜市场改造后首日开业 30赞"]


@pytest.mark.parametrize("run", [COUNTED, LIKED])
def test_three_headlines_with_counters_go_even_inside_the_body(run):
    out, report = clean([TITLE, BODY[0], *run, *BODY[1:]])
    assert out == [TITLE, *BODY]
    assert removed(report) == {line: ("ZH304", "dated_links") for line in run}


@pytest.mark.parametrize(
    "stamp", ["2014-12-18 18:55", "2014-12-18 (18:55)", "2014-12-18 [18:55]", "(12/18/2014)"]
)
def test_headlines_dated_at_their_end_go_above_the_title(stamp):
    # A feed's column of headlines over the article, each with its date and time (the time
    # in brackets or not).
    dated = [f"{title} {stamp}" for title in BARE]
    out, report = clean([*dated, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("run", [COUNTED, LIKED])
def test_two_headlines_with_counters_stay(run):
    kept_whole([TITLE, BODY[0], *run[:2], *BODY[1:]])


# --- metadata: dates with numbers -------------------------------------------------------


def test_a_timestamp_with_a_view_counter_goes():
    out, report = clean([TITLE, "2022-09-28 05:01:05 3253", *BODY])
    assert out == [TITLE, *BODY]
    assert report.counts() == {"ZH307": 1}


@pytest.mark.parametrize(
    "row", ["推荐162/回复/举报2019-02-20 07:00", "1590 有用 2024-04-07 09:53:05"]
)
def test_a_comments_counter_row_goes(row):
    out, report = clean([TITLE, *BODY[:2], row, BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("place", ["after_title", "in_body"])
def test_a_dated_row_of_table_values_stays(place):
    row = "2022/03/21 1,841.69 57,283"
    lines = [TITLE, row, *BODY] if place == "after_title" else [TITLE, BODY[0], row, *BODY[1:]]
    kept_whole(lines)


def test_a_table_of_dated_values_stays():
    kept_whole(
        [
            "城南指数周报",
            "本周城南指数小幅回升，成交量较上周有所放大，以下为每日收盘数据。",
            "2022/03/21 1,841.69 57,283",
            "2022/03/22 1,852.10 61,020",
            "2022/03/23 1,847.33 55,918",
        ]
    )


# --- registry: a code switched off ------------------------------------------------------


def test_with_zh304_off_the_list_detectors_remove_nothing():
    tail = [TITLE, *BODY, OTHER[0], OTHER[1]]
    out, report = clean(tail, on=lambda c: c != "ZH304")
    assert out == tail and report.events == []
    bare = [LIST_TITLE, *BARE]
    out, report = clean(bare, on=lambda c: c != "ZH304")
    assert out == bare and report.events == []
    counted = [TITLE, BODY[0], *COUNTED, *BODY[1:]]
    out, report = clean(counted, on=lambda c: c != "ZH304")
    assert out == counted and report.events == []


def test_with_zh303_off_menus_and_site_names_stay():
    lines = [TITLE, *BODY, "时政", "财经", "本地频道", "教育", "汽车", "城南资讯网"]
    out, report = clean(lines, on=lambda c: c != "ZH303")
    assert out == lines and report.events == []


@pytest.mark.parametrize(
    ("chrome", "off"),
    [("标签：图书馆 夜读 便民服务", "ZH309"), ("分享到： 微信 微博 QQ空间", "ZH303")],
)
def test_a_switched_off_detector_does_not_steer_its_neighbours(chrome, off):
    # On, the chrome line is a boundary and the single headline after it goes (see above);
    # off, nothing marks the chrome, so the headline is one line alone after the body.
    lines = [TITLE, *BODY, chrome, OTHER[0]]
    out, report = clean(lines, on=lambda c: c != off)
    assert out == lines and report.events == []


# --- explain data ----------------------------------------------------------------------


def test_removed_lines_carry_their_line_number_and_detector():
    lines = ["城南资讯网", TITLE, *BODY, "标签：图书馆 夜读 便民服务", OTHER[0]]
    _, report = clean(lines)
    found = {(e.line, e.text, e.code, e.detector) for e in report.events}
    assert found == {
        (1, "城南资讯网", "ZH303", "site_name_lines"),
        (6, "标签：图书馆 夜读 便民服务", "ZH309", "metadata"),
        (7, OTHER[0], "ZH304", "tail_list"),
    }
    assert all(e.detector for e in report.events)


SIGNED_NOTICE = [
    "关于调整城南图书馆夜间开放时间的通知",
    "为方便读者利用晚间时间学习，自下月起本馆夜间开放时间延长至晚上十点，周末照常开放。",
    "请广大读者相互转告，按时入馆，遵守馆内秩序，共同维护良好的阅读环境。",
    "城南区文化和旅游局",
    "2023年11月20日",
]


def test_the_date_under_a_notices_signature_stays():
    report = Report()
    out = boilerplate("\n".join(SIGNED_NOTICE), report, lambda code: True)
    assert out.split("\n") == SIGNED_NOTICE


def test_a_notice_signed_by_the_sites_own_body_keeps_its_signature():
    """The site's footer names its owner, so the signer's name at the foot reads as the
    site's; right over a day with no time, it is the notice's signature, and both stay."""
    page = [
        *SIGNED_NOTICE,
        "上一条：关于春节期间开放安排的通知",
        "下一条：城南区公共文化场馆开放须知",
        "地址：城南区学府路66号 版权所有：城南区文化和旅游局",
    ]
    out = boilerplate("\n".join(page), Report(), lambda code: True)
    assert [line for line in out.split("\n") if line] == page[:5]


def test_a_signature_over_a_footer_notice_keeps_its_date():
    """A team's signature and its date under the notice, then the site's footer notice, a
    sentence of its own: the signature stands under the main run of prose, not under the
    page's last prose."""
    page = [
        *SIGNED_NOTICE[:3],
        "感谢各位读者的理解与支持！",
        "城南图书馆运营团队",
        "2025年10月15日",
        "官方客服",
        "客服电话：0571-8888 1234",
        "下载App",
        "关注我们",
        "微博 微信 抖音",
        "抵制不良信息，注意自我保护，谨防受骗上当。合理安排时间，享受健康生活。",
    ]
    out = boilerplate("\n".join(page), Report(), lambda code: True)
    assert "2025年10月15日" in out.split("\n")


def test_a_bare_publication_date_under_the_body_still_goes():
    page = [
        "城南图书馆夜间开放时间延长",
        "为方便读者利用晚间时间学习，自下月起本馆夜间开放时间延长至晚上十点，周末照常开放。",
        "请广大读者相互转告，按时入馆，遵守馆内秩序，共同维护良好的阅读环境。",
        "2023年11月20日",
    ]
    out = boilerplate("\n".join(page), Report(), lambda code: True)
    assert out.split("\n") == page[:3]


ANSWER_CHROME = ["热心网友", "回答量：12", "关注", "举报 收起"]


def test_a_widget_label_under_every_answer_goes():
    # Three answers, each with the same profile widget printed under it by the template.
    page = [TITLE, *BODY]
    answers = [
        "我觉得延长开放时间很有必要，晚上下班后终于有地方安静看书了。",
        "希望周末也能延长，白天要陪孩子，只有晚上才有空去图书馆。",
        "支持，不过夜间的安保和照明也要跟上，读者的安全最重要。",
    ]
    for answer in answers:
        page += [*ANSWER_CHROME, answer]
    out = boilerplate("\n".join(page), Report(), lambda code: True)
    kept = out.split("\n")
    assert all(answer in kept for answer in answers)
    assert "关注" not in kept and "回答量：12" not in kept and "举报 收起" not in kept


def test_a_block_the_page_repeats_under_every_ad_goes_in_any_words():
    block = [
        "为什么显示这个内容？",
        "内容意见与建议",
        "这个内容与我无关",
        "我不断看到这个内容",
        "其他原因",
    ]
    others = [
        "记者从市轨道交通集团获悉，地铁三号线南延段今天开始空载试运行，预计年底前开通。",
        "今年秋季，城东片区将有三所新建公办幼儿园投入使用，共提供学位一千余个。",
        "今年入夏以来，市民热线共受理各类诉求三万余件，同比上升一成多。",
    ]
    page = [TITLE, *BODY]
    for other in others:
        page += [*block, other]
    out, _ = clean(page)
    assert not set(block) & set(out)
    assert out[: 1 + len(BODY)] == [TITLE, *BODY]


def test_a_posts_block_counts_the_lines_another_rule_took():
    # Under every post: the replier's name, a reply marker and a relative time. The time
    # goes as a date line (ZH308); the name and marker still make a block of three with it.
    page = [TITLE, *BODY]
    replies = ["支持延长开放，晚上终于有空了", "希望周末也能延长", "夜间的照明也要跟上"]
    for k, reply in enumerate(replies):
        page += ["夜读人 回复了此帖", "夜读人", f"{k + 2} 天前", reply]
    report = Report()
    out = boilerplate("\n".join(page), report, lambda code: True).split("\n")
    assert all(reply in out for reply in replies)
    assert "夜读人 回复了此帖" not in out and "夜读人" not in out
    assert {e.code for e in report.events if e.text == "夜读人"} == {"ZH317"}


def test_an_authors_repeated_note_stays():
    # A note repeated under three tables is the author's: no widget label, no count.
    page = [TITLE, *BODY]
    for year, rise in (("二〇二一年", "3.5%"), ("二〇二二年", "4.1%"), ("二〇二三年", "6.2%")):
        page += [f"{year}借阅统计", f"| 借阅量增长 | {rise} |", "以下数据为估计值"]
    out = boilerplate("\n".join(page), Report(), lambda code: True)
    assert out.split("\n").count("以下数据为估计值") == 3


def test_a_hard_wrapped_paragraph_is_no_list_of_headlines():
    # One paragraph cut at a fixed width: no line ends a sentence, each looks like a
    # headline, and the breaks cut words (馆 / 藏, 夜 / 间, 晚 / 上). It is the author's text.
    page = [
        "城南图书馆的夜间服务",
        "为了让上班族在下班以后也能方便地利用图书馆的馆",
        "藏资源，城南图书馆从下个月起将延长周五和周六的夜",
        "间开放时间，自习区和少儿阅览室在这两天都开放到晚",
        "上十点，借还书服务照常进行，读者无需另外办理手续",
    ]
    out = boilerplate("\n".join(page), Report(), lambda code: True)
    assert out.split("\n") == page


# --- dated_links: a feed's entries stamped first -----------------------------------------


def test_feed_entries_stamped_with_a_time_first_go():
    feed = [
        "(2020-08-16 22:26:38)[社会] 河滨公园新增两条夜跑步道",
        "(2020-08-16 22:00:14)[社会] 老城区菜市场完成升级改造，摊位统一更换",
        "(2020-08-16 21:59:17)[国内] 公交十二路调整部分站点",
    ]
    out, report = clean([TITLE, *BODY, *feed])
    assert out == [TITLE, *BODY]
    assert {removed(report)[line][0] for line in feed} == {"ZH304"}


def test_the_articles_own_stamped_credit_lines_stay():
    credits = [
        "2020-07-04 12:10:24 来源：城南日报 作者：林晓雨",
        "2020年07月04日 12:10 来源：城南日报",
    ]
    kept_whole([TITLE, *credits, *BODY])


def test_a_listing_whose_teasers_end_with_their_date_keeps_its_entries():
    entries = []
    for i, head in enumerate(OTHER + MORE):
        entries += [
            head,
            f"记者从有关部门获悉，{head}的相关工作已经全面展开，市民...0{i + 1}-1{i} 12:4{i}",
        ]
    kept_whole(["城市新闻", *entries])


# --- a feed of other articles below the body, with dates, whole and cut teasers ----------


FEED = [
    "2022-11-10",
    "权威发布｜2022年7月全省火灾情况",
    "火灾主要特点7月份，全省共接报火灾322起（3起未出动，部分火灾尚在调查未统计，且不含...",
    "2022-11-10",
    "新资讯：《城南书市》开幕时间正式定档11月23日！",
    "1、书市设在城南体育馆，共有三百多个展位。2、入场免费，市民凭身份证...",
    "2022-11-10",
    "河滨公园新增两条夜跑步道 沿途增设照明设施",
    "为满足市民夜间健身需求，河滨公园近日新增两条夜跑步道。",
    "2022-11-10",
    "老城区菜市场完成升级改造 摊位统一更换",
    "老城区菜市场改造工程日前完工，摊位统一更换为不锈钢台面...",
]


def test_a_feed_of_dated_entries_with_their_teasers_after_the_article_goes():
    out, report = clean([TITLE, *BODY, "相关阅读", *FEED])
    assert out == [TITLE, *BODY], removed(report)


def test_a_headline_naming_a_month_or_a_count_is_no_signature():
    from zhclean.lexicon import Lexicon
    from zhclean.stages.boilerplate.tail import _signature

    class Doc:  # the one thing _signature asks of a document
        ctx = type("Ctx", (), {"lex": Lexicon(lists={"org_suffixes": frozenset({"局", "部"})})})

    def item(text: str):
        from zhclean.stages.boilerplate.features import Item

        return Item(1, text, text)

    assert _signature(Doc, item("城南区文化和旅游局"))
    assert _signature(Doc, item("2020年3月5日"))
    assert _signature(Doc, item("城南区文化和旅游局 2020年3月5日"))
    assert not _signature(Doc, item("权威发布｜2022年7月全省火灾情况"))
    assert not _signature(Doc, item("新资讯：《城南书市》开幕时间正式定档11月23日！"))
    assert not _signature(Doc, item("天天速讯：投行预计新款手机第一季度生产4300万部"))


def test_a_bracket_left_open_by_a_cut_teaser_protects_no_line_below():
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.guards import mark_protected

    lines = [
        "共接报火灾322起（3起未出动，部分火灾尚在...",
        "河滨公园新增两条夜跑步道",
        "(邓志强",
        "易",
        "松)",
    ]
    items = [Item(i, t, t) for i, t in enumerate(lines, 1)]
    mark_protected(items)
    assert [it.protected for it in items] == [False, False, False, True, True]


# --- a template's tag field without a colon and its post navigation ---------------------


def test_a_tag_field_without_a_colon_and_the_post_navigation_below_it_go():
    tail = ["分类 城南 标签 图书馆、 夜间开放、 自习 文章导航", *OTHER[:2]]
    out, report = clean([TITLE, *BODY, *tail])
    assert out == [TITLE, *BODY], removed(report)
    assert removed(report)[tail[0]][0] == "ZH309"


def test_a_sentence_opening_with_a_tag_word_stays():
    line = "标签 是图书馆给每本书贴上的分类记号，读者据此可以很快找到想借的书。"
    kept_whole([TITLE, *BODY, line])


@pytest.mark.parametrize("chrome", ["#城南图书馆", "（重定向自城南书馆）", "编辑次数：7次历史版本"])
def test_a_lone_hashtag_and_encyclopedia_chrome_go(chrome):
    out, report = clean([TITLE, chrome, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_markdown_heading_is_no_hashtag():
    kept_whole([TITLE, *BODY[:2], "# 延时服务安排", BODY[2]])


# --- a page with no prose: its columns of labels are menus too ---------------------------


def test_a_portal_without_prose_loses_its_column_of_channel_labels():
    channels = ["首页", "新闻", "财经", "体育", "娱乐", "科技", "更多"]
    cards = [
        "地铁三号线南延段开始试运行",
        "城东新建三所幼儿园秋季招生",
        "市民热线夏季受理量同比上升",
    ]
    out, report = clean([*channels, *cards])
    assert not set(channels) & set(out), removed(report)


def test_a_page_without_prose_keeps_a_short_column_of_names():
    names = ["林晓雨", "陈子墨", "王一鸣", "赵思远", "周若楠"]
    kept_whole(["城南图书馆志愿者名单", *names])


def test_three_questions_opening_with_their_day_go():
    questions = [
        "2021-05-02 目前地震是可以精确预报的吗",
        "2022-03-07 什么是地震预警",
        "2022-10-17 地震预警是怎样发出的",
    ]
    out, report = clean([TITLE, *BODY, *questions])
    assert out == [TITLE, *BODY], removed(report)


def test_an_authors_chronology_in_sentences_stays():
    chronology = [
        "2019-03-05 图书馆开始改造。",
        "2019-09-01 新馆对外开放。",
        "2020-01-10 夜间开放试运行。",
    ]
    kept_whole([TITLE, *BODY, *chronology])


@pytest.mark.parametrize(
    "row", ["回答量：4932", "等527171人想问", "采纳数：1451 获赞数：249608", "762 声望"]
)
def test_counters_of_a_qa_site_go(row):
    out, report = clean([TITLE, *BODY[:2], row, BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("row", ["全部评价()", "好评（）", "差评(12)", "有图片的评价()"])
def test_a_shops_review_counters_go_with_or_without_their_number(row):
    # A counter whose number a script was to fill in is still a counter.
    out, report = clean([TITLE, *BODY[:2], row, BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("line", ["加载中，请稍候...", "正在加载…", "数据加载中"])
def test_a_widgets_loading_text_goes(line):
    out, report = clean([TITLE, *BODY[:2], line, BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_about_loading_or_good_reviews_stays():
    kept_whole([TITLE, *BODY[:2], "好评如潮的这本书，加载中的页面里也能看到它的封面。", BODY[2]])


@pytest.mark.parametrize(
    "stamps",
    [
        ["客栈小K | 扫地 | 6天前", "读者甲 [作者] | 5天前", "ZG | 1周前"],
        # No bars between the fields: a name, a role in brackets maybe, a time counted back.
        ["马亮南生 10月前", "读者甲 （作者） 1周前", "小诺抓 (楼主)10月前"],
    ],
)
def test_comment_stamps_with_a_relative_time_go_and_their_replies_stay(stamps):
    # A Q&A page's comments: each under its stamp (a name, a level, a time counted back);
    # one reply holds a shop's word (下载), which alone next to a stamp is still a reply.
    replies = ["已优化下载体验", "现在确实可以了 感谢", "人太多，容易崩，我优化下"]
    page = [TITLE, *BODY]
    for stamp, reply in zip(stamps, replies, strict=True):
        page += [stamp, reply]
    out, report = clean(page)
    assert out == [TITLE, *BODY, *replies], removed(report)


def test_a_widgets_choices_under_one_panel_label_go_among_kept_lines():
    # A feed's "don't show me" choices: each a panel word (weak alone), a colon and one tag;
    # three or more under one label are a widget's options wherever they stand.
    choices = ["屏蔽：城南夜市", "屏蔽：河滨步道", "屏蔽：老城菜场", "屏蔽：公交线路"]
    page = [TITLE, BODY[0], *OTHER[:1], *choices, *BODY[1:]]
    out, report = clean(page)
    assert not set(choices) & set(out), removed(report)


@pytest.mark.parametrize("line", ["我三天前去了北京", "城南分馆 (北京) 2天前"])
def test_a_time_counted_back_in_words_or_beside_a_place_in_brackets_stays(line):
    kept_whole([TITLE, *BODY[:2], line, BODY[2]])


@pytest.mark.parametrize(
    "stamp",
    ["来自Android客户端3楼2022-11-26 15:19", "IP属地:广东来自Android客户端8楼2023-02-01 21:54"],
)
def test_a_replys_stamp_with_its_floor_glued_to_its_client_goes(stamp):
    out, report = clean([TITLE, *BODY[:2], stamp, BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_with_a_floor_and_a_date_stays():
    kept_whole([TITLE, *BODY[:2], "他住在3楼的时候2019-01-01搬走", BODY[2]])


@pytest.mark.parametrize(
    "label", ["Ad•城南保险：长者专享", "广告·城西步入式浴缸", "2024-05-24 14:56:18 广告"]
)
def test_an_ads_label_with_its_sponsor_or_its_time_goes(label):
    out, report = clean([TITLE, *BODY, label])
    assert out == [TITLE, *BODY], removed(report)


def test_a_line_whose_first_word_before_a_dot_is_no_ad_label_stays():
    kept_whole([TITLE, *BODY, "广告学·概论"])


def test_a_feed_cards_controls_go_beside_chrome_a_sentence_with_their_word_stays():
    sentence = "小区的手机信号一度被屏蔽，居民打电话很不方便，物业已经联系运营商处理。"
    out, report = clean(
        [TITLE, *BODY[:2], sentence, BODY[2], "分享到：微信 微博", "拉黑作者", "屏蔽：城市生活"]
    )
    assert out == [TITLE, *BODY[:2], sentence, BODY[2]], removed(report)


@pytest.mark.parametrize(
    "row", ["国内新闻>正文", "举报 缩小字体 放大字体 收藏 微博 微信 分享 1,088"]
)
def test_a_short_trail_to_the_page_and_a_toolbar_with_its_count_go(row):
    out, report = clean([TITLE, row, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_with_a_count_and_a_pair_with_an_arrow_stay():
    kept_whole([TITLE, *BODY[:2], "价格从1,000元降到800元，大家都说划算。", "苹果>香蕉", BODY[2]])


def test_a_lead_in_with_its_colon_above_a_button_is_no_forms_field():
    # The author's own lines over a button the page prints: no empty field's label among them.
    kept = ["报名方式如下：", "城南图书馆二楼服务台现场报名"]
    out, report = clean([TITLE, *BODY, *kept, "提交"])
    assert out[: len(BODY) + 3] == [TITLE, *BODY, *kept], removed(report)


def test_the_pages_chrome_below_a_list_another_room_found_goes():
    related = ["相关阅读", *OTHER]
    footer = ["城南新闻隐私保护指引申请开通机构号联系我们", "关于城南新闻"]
    out, report = clean([TITLE, *BODY, *related, *footer])
    assert out == [TITLE, *BODY], removed(report)


def test_a_japanese_prompt_is_no_paragraph_of_the_body():
    from zhclean.stages.boilerplate.features import Item

    prompt = "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。"
    assert not Item(1, prompt, prompt).prose
    assert Item(2, BODY[0], BODY[0]).prose


# --- a site map below the body, and the author's lists that look like one ------------------

SITEMAP = [
    "即时新闻",
    "产业焦点",
    "首页",
    "热门话题",
    "政经大事",
    "职场风向",
    "企业",
    "外媒解析",
    "产业分析",
    "国际评论",
    "投资理财",
    "更多",
]
NAMES = [
    "林晓雨",
    "陈子墨",
    "王一鸣",
    "赵思远",
    "周若楠",
    "李娜",
    "张伟",
    "刘洋",
    "孙悦",
    "吴昊天",
    "郑佳",
]


def test_a_long_column_of_channel_names_below_the_body_is_a_site_map():
    out, report = clean([TITLE, *BODY, *SITEMAP])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("intro", [[], ["本届读书节获奖读者名单："]])
def test_a_long_column_of_names_below_the_body_stays(intro):
    kept_whole([TITLE, *BODY, *intro, *NAMES])


def test_a_column_of_labels_a_sentence_introduces_stays():
    labels = ["新闻", "财经", "体育", "科技", "文化", "教育"]
    kept_whole([TITLE, *BODY, "馆方在新网站上设置了以下几个栏目：", *labels])


def test_a_quoted_headline_does_not_stop_a_list_below_the_body():
    listed = ["“妈，别再坑我了！儿童食品是智商税！”", *OTHER, *MORE]
    out, report = clean([TITLE, *BODY, *listed])
    assert out == [TITLE, *BODY], removed(report)


def test_dialogue_after_the_last_paragraph_stays():
    kept_whole([TITLE, *BODY, "“你明天还来吗？”", "“来！一定来！”"])


def test_an_institutions_name_deep_in_a_list_is_a_headline_not_a_signature():
    listed = [*OTHER, "北京专业治疗白癜风的医院", *MORE]
    out, report = clean([TITLE, *BODY, *listed])
    assert out == [TITLE, *BODY], removed(report)


def test_the_title_right_under_a_sidebar_list_stays():
    notice = (
        "亲爱的读者朋友们，本站近期进行了页面改版，如果您在阅读时遇到问题，欢迎随时向我们反映。"
    )
    page = [notice, "相关新闻", *OTHER, *MORE, TITLE, "分享", *BODY]
    out, report = clean(page)
    assert TITLE in out and not set(OTHER + MORE) & set(out), removed(report)


@pytest.mark.parametrize("line", ["{AddTime}", "网友:{AddUser}", "{Content}"])
def test_a_templates_unfilled_field_goes(line):
    out, report = clean([TITLE, *BODY, line])
    assert out == [TITLE, *BODY], removed(report)


def test_a_code_line_with_a_placeholder_stays():
    code = 'print(f"你好，{name}！今天是{weekday}。")'
    kept_whole([TITLE, *BODY[:2], code, BODY[2]])


def test_a_profile_field_does_not_stop_the_list_below_the_body():
    tail = ["笔名：", "城南居士", *OTHER, *MORE]
    out, report = clean([TITLE, *BODY, *tail])
    assert not set(OTHER + MORE) & set(out), removed(report)


@pytest.mark.parametrize(
    "chrome", ["本文关键词：图书馆,夜间开放,自习", "上一篇：河滨公园新增两条夜跑步道"]
)
def test_a_short_link_alone_at_the_end_under_the_sites_chrome_goes(chrome):
    out, report = clean([TITLE, *BODY, chrome, "普通截止阀"])
    assert out == [TITLE, *BODY], removed(report)


def test_a_short_closing_line_of_the_author_stays():
    kept_whole([TITLE, *BODY, "欢迎读者届时前来。"])


# --- lists_above_title: a megamenu of other headlines printed before the article ----------

MEGAMENU = [
    "运动",
    "地铁三号线南延段开始试运行",
    "城东新建三所幼儿园秋季招生",
    "生活",
    "市民热线夏季受理量同比上升",
    "河滨公园新增两条夜跑步道",
    "老城区菜市场完成升级改造",
    "科技",
    "公交十二路调整部分站点",
    "新能源车充电桩年内再增五百个",
    "城西游泳馆开放时间调整",
    "家电以旧换新补贴延长至年底",
]


def test_a_long_run_of_other_headlines_above_the_title_after_the_menu_goes():
    page = ["首页 | 新闻 | 财经 | 体育", *MEGAMENU, TITLE, *BODY]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


# More headlines of the made-up site: a long run (ten or more) of them over the title.
MORE_HEADLINES = ["城北新开一家社区书店", "河滨步道夜间亮灯", "公交十二路恢复原线路"]


def test_a_headline_of_another_shape_inside_a_long_run_does_not_cut_it():
    # A reporter's quote, with its colon and quotation marks (no headline's shape), between
    # the others: the run goes on above it, to the menu.
    odd = "馆长:“夜读城南”首周迎客三千人次"
    page = ["首页 | 新闻 | 财经 | 体育", *MORE_HEADLINES, odd, *MEGAMENU, TITLE, *BODY]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


def test_a_long_exclaimed_headline_in_the_run_is_no_body_to_place_the_title_by():
    # A headline long enough to read as prose ("…好紧张!") inside the list over the title is
    # no first paragraph: the title is the line over the article's own lead.
    loud = "市长首度到议会备询震撼教育 议员杯葛霸占主席台 上任后首度施政报告 市长直呼好紧张!"
    page = ["首页 | 新闻 | 财经 | 体育", *MORE_HEADLINES, loud, *MEGAMENU, TITLE, *BODY]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


def test_without_the_sites_chrome_above_them_the_headlines_stay():
    kept_whole([*MEGAMENU[1:3], TITLE, *BODY])


def test_a_language_prompt_inside_the_megamenu_does_not_cut_it():
    prompt = "Your browser does not appear to support Chinese. Go to our English website?"
    page = ["首页 | 新闻 | 财经 | 体育", *MEGAMENU[:6], prompt, *MEGAMENU[6:], TITLE, *BODY]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


def test_a_run_twice_as_long_goes_without_the_sites_chrome():
    more = [f"{place}{event}" for place in ("城北", "城南") for event in MEGAMENU[1::2]]
    page = [*MEGAMENU, *more, TITLE, *BODY]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


def test_a_shops_megamenu_of_brand_rows_is_no_body_and_goes():
    # Rows of brands and categories, each under its label: long rows of words with no mark,
    # their words longer than a menu's usual two or three characters.
    rows = [
        "全球奶粉大牌",
        "德国爱他美 德国喜宝 德国特福芬 荷兰牛栏 荷兰美素佳儿 英国牛栏 澳洲可瑞康 "
        "新西兰可瑞康 日本明治奶粉 日本森永奶粉 瑞士雀巢奶粉",
        "全球纸尿裤大牌",
        "日本尤妮佳 日本花王 大王天使系列 大王维E系列 帮宝适特级棉柔 好奇铂金装 "
        "好奇心钻装 妈咪宝贝 安儿乐",
        "出行装备",
        "安全座椅 腰凳背带 出行箱包 出行配件 儿童电动车 推车伞车 儿童三轮车 儿童滑板车",
    ]
    out, report = clean([*rows, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_glued_headlines_under_a_related_heading_go():
    glued = " ".join(OTHER + ["家电以旧换新补贴延长至年底"])
    out, report = clean([TITLE, *BODY, "延伸阅读", glued])
    assert out == [TITLE, *BODY], removed(report)


def test_a_contact_box_under_a_related_list_is_no_entry_of_it():
    # The company's own contact lines below the list of its other articles (POLICY: a plain
    # contact line the page's subject gives stays): the list ends at the first of them.
    contact = [
        "联系电话：400-123-4567",
        "地址：上海市静安区南京西路1266号",
        "邮箱：service@example.com",
    ]
    out, report = clean([TITLE, *BODY, "相关文章", *OTHER, *contact])
    assert out == [TITLE, *BODY, *contact], removed(report)


def test_a_long_unpunctuated_line_of_the_author_after_prose_stays():
    verse = "春眠不觉晓 处处闻啼鸟 夜来风雨声 花落知多少"
    kept_whole([TITLE, *BODY, verse])


def test_the_articles_own_key_points_above_its_title_stay():
    points = [
        "城南图书馆周五周六闭馆时间推迟到晚上十点",
        "延时开放期间自习区照常开放",
        "少儿阅览室和期刊区照常开放",
        "借还书服务也不受影响",
        "上班族下班后可以前来阅读",
        "读者希望便民举措能坚持下去",
        "馆方考虑推广到其他分馆",
        "闭馆时间推迟从下月开始",
    ]
    page = ["首页 | 新闻 | 财经 | 体育", *points, TITLE, *BODY]
    out, _ = clean(page)
    assert set(points) <= set(out)


# --- chapter_lists: a table of contents ------------------------------------------------------


def test_a_table_of_contents_goes():
    toc = [
        f"{n}.第{n}章 {name}"
        for n, name in enumerate(["林轩", "夜袭", "外门测试", "竹林卫", "任务", "养剑师"], 1)
    ]
    out, report = clean([TITLE, *BODY, *toc])
    assert out == [TITLE, *BODY], removed(report)


def test_a_novels_chapter_heading_and_its_text_stay():
    chapter = [
        "第三章 夜袭",
        "夜深了，林轩独自坐在竹林边，回想着白天在外门测试中发生的一切。",
        "第四章里他还会遇到谁，他自己也不知道，只觉得心里一阵发紧。",
    ]
    kept_whole(chapter)


def test_a_sidebar_of_a_series_outside_the_body_goes():
    series = [
        "Python 简介",
        "Python 语法",
        "Python 变量",
        "Python 数据类型",
        "Python While 循环",
        "Python 函数",
        "Python 模块",
    ]
    out, report = clean([TITLE, *BODY, *series])
    assert out == [TITLE, *BODY], removed(report)


def test_a_series_the_author_lists_inside_the_body_stays():
    series = [
        "Python 简介",
        "Python 语法",
        "Python 变量",
        "Python 数据类型",
        "Python 函数",
        "Python 模块",
    ]
    kept_whole([TITLE, BODY[0], "本课程分为以下几个部分：", *series, BODY[1], BODY[2]])


def test_a_date_in_words_standing_alone_goes():
    out, report = clean([TITLE, *BODY, "（二○○○年十二月三十一日）（附图片1张）"])
    assert out == [TITLE, *BODY], removed(report)


def test_a_notices_signature_dated_in_words_stays():
    notice = [
        "关于延长城南图书馆开放时间的通知",
        "为方便读者借阅，经研究决定，自下月起每周五、周六闭馆时间推迟到晚上十点，请相互转告。",
        "城南区文化和旅游局",
        "二○二○年三月五日",
    ]
    kept_whole(notice)


def test_a_judgments_signed_date_in_words_between_its_signatures_stays():
    # Dated in numerals of words, as documents sign: no page's stamp, whatever stands above.
    judgment = [
        "张某某与某某装饰公司合同纠纷一审民事判决书",
        "原告张某某诉称，被告未按合同约定的工期完成装修，请求判令被告支付违约金。",
        "本院认为，双方签订的装修合同合法有效，被告逾期完工，应当承担违约责任。",
        "审判员 周文静",
        "二〇二三年十二月二十日",
        "书记员 高丹",
    ]
    kept_whole(judgment)


def test_a_widgets_label_with_an_escaped_arrow_goes():
    out, report = clean([TITLE, "简繁\\u25bc▲", *BODY])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "line", ['print("\\u4e2d\\u6587")', "字符\\u4e2d表示中字，这是一种转义写法。"]
)
def test_an_escape_the_author_writes_about_stays(line):
    kept_whole([TITLE, *BODY[:2], line, BODY[2]])


def test_a_sellers_invitation_to_call_goes():
    promo = (
        "城南模架租赁有限公司专业从事脚手架生产和租赁，欢迎新老客户前来咨询,咨询电话:13720639525"
    )
    out, report = clean([TITLE, *BODY, promo])
    assert out == [TITLE, *BODY], removed(report)


def test_a_hotline_a_news_sentence_gives_stays():
    line = "读者如有疑问，可拨打图书馆服务热线0571-88886666查询开放时间。"
    kept_whole([TITLE, *BODY, line])


def test_a_headline_marked_as_a_picture_story_above_the_title_goes():
    out, report = clean(["河滨公园新增两条夜跑步道（图）", TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_the_title_itself_marked_as_a_picture_story_stays():
    kept_whole([TITLE + "（图）", *BODY])


def test_a_long_column_of_labels_sharing_their_ending_is_a_category_menu():
    places = [
        "北京",
        "上海",
        "天津",
        "重庆",
        "山东",
        "山西",
        "广东",
        "广西",
        "安徽",
        "四川",
        "云南",
    ]
    menu = [f"{p}高考" for p in places]
    out, report = clean([TITLE, *BODY, *menu])
    assert out == [TITLE, *BODY], removed(report)


def test_a_short_list_of_universities_below_the_body_stays():
    kept_whole(
        [TITLE, *BODY, "北京大学", "清华大学", "复旦大学", "南京大学", "浙江大学", "武汉大学"]
    )


def test_the_articles_head_under_a_sidebar_list_stays():
    notice = (
        "这里是城南图书馆的读者园地，近期进行了页面改版，如果您在阅读时遇到问题，请随时向我们反映。"
    )
    head = [
        TITLE,
        "发布时间：2022/09/26 11:32:03",
        "适用版本：城南图书馆新版借阅系统",
        "适用设备：手机和电脑",
    ]
    # The site's logo above the notice shares the lead's words: the title is placed there.
    out, report = clean(["城南图书馆", notice, "相关新闻", *OTHER, *MORE, *head, *BODY])
    assert set(head) - {"发布时间：2022/09/26 11:32:03"} <= set(out), removed(report)
    assert not set(OTHER + MORE) & set(out), removed(report)


@pytest.mark.parametrize("row", ["9 5 7", "12.5 13.1 12.8"])
def test_a_row_of_values_stays(row):
    kept_whole([TITLE, *BODY[:2], row, BODY[2]])


@pytest.mark.parametrize("row", ["1 2 3 4 5", "0 0 0", "3253"])
def test_page_numbers_and_counters_go(row):
    out, report = clean([TITLE, *BODY, row])
    assert out == [TITLE, *BODY], removed(report)


def test_a_long_column_of_labels_sharing_their_opening_is_a_category_menu():
    subjects = [
        "数学",
        "英语",
        "语文",
        "物理",
        "化学",
        "生物",
        "历史",
        "地理",
        "政治",
        "美术",
        "音乐",
    ]
    menu = [f"高考{s}" for s in subjects]
    out, report = clean([TITLE, *BODY, *menu])
    assert out == [TITLE, *BODY], removed(report)


def test_a_blog_templates_comment_form_and_recent_posts_go():
    form = [
        "您的电子邮箱地址不会被公开。 必填项已用*标注",
    ]
    recent = ["近期文章", *OTHER]
    out, report = clean([TITLE, *BODY, *form, *recent])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    ("token", "menu"),
    [("我喜欢", False), ("都支持", False), ("百科首页", True), ("立即注册", True)],
)
def test_one_word_before_a_verb_is_a_sentence_not_a_section_label(token, menu):
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.line.classifier import classifier
    from zhclean.stages.boilerplate.line.navigation import menu_word

    assert menu_word(classifier(load_lexicon()), token) is menu


def test_a_line_of_generated_keyword_variants_goes():
    seo = "热门城市：淄博口罩无纺布价格 山东口罩无纺布价格 临沂口罩无纺布价格 潍坊口罩无纺布价格"
    out, report = clean([TITLE, *BODY, seo])
    assert out == [TITLE, *BODY], removed(report)


def test_a_list_of_places_in_the_authors_words_stays():
    line = "本次巡展将先后走进淄博、临沂、潍坊三座城市"
    kept_whole([TITLE, *BODY, line])


def test_a_links_prompt_left_after_its_text_goes():
    out, report = clean([TITLE, *BODY[:2], "，点击作品名称查看链接", BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_that_mentions_a_link_stays():
    line = "获奖名单已经公布，点击作品名称查看链接的读者可以直接阅读全文"
    kept_whole([TITLE, *BODY, line])


def test_a_tag_field_with_a_keyword_glued_before_it_goes():
    line = "城南书市入口:相关标签：夜间开放,自习区,少儿阅览室"
    out, report = clean([TITLE, *BODY, line])
    assert out == [TITLE, *BODY], removed(report)
    assert removed(report)[line][0] == "ZH309"


def test_an_ellipsis_line_is_a_scene_break_not_a_number():
    kept_whole([TITLE, BODY[0], "……", BODY[1], BODY[2]])


def test_a_clause_before_a_link_is_the_authors():
    kept_whole([TITLE, *BODY, "这个是开源的：https://github.com/example/book"])
    kept_whole([TITLE, *BODY, "【这是我的主页】https://example.com/me"])  # bracketed, a clause


def test_a_label_with_a_link_goes():
    out, report = clean([TITLE, *BODY, "最新网址：www.example.cc"])
    assert out == [TITLE, *BODY], removed(report)


def test_a_short_line_ending_with_an_invitation_to_call_goes():
    out, report = clean([TITLE, *BODY, "如需了解更多开放信息，欢迎您随时致电咨询~"])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("label", ["HOME", "PRODUCTS", "CONTACT"])
def test_an_english_menu_label_goes(label):
    out, report = clean([TITLE, *BODY, label])
    assert out == [TITLE, *BODY], removed(report)


def test_a_bilingual_heading_with_the_word_news_stays():
    kept_whole([TITLE, BODY[0], "2.新闻写作 News Writing", BODY[1], BODY[2]])


@pytest.mark.parametrize("label", ["网站首页home page", "关于我们About us"])
def test_a_menu_label_with_its_english_glued_goes(label):
    out, report = clean([TITLE, *BODY, label])
    assert out == [TITLE, *BODY], removed(report)


def test_a_calendar_widgets_days_go():
    days = ["日", "一", "二", "三", "四", "五", "六"]
    out, report = clean([TITLE, *BODY, "十二月 2022", *days])
    assert not set(days) & set(out), removed(report)


def test_on_this_day_list_goes():
    history = [
        "历史上的今天",
        "2020: 环岛游花莲东大门夜市",
        "2019: 北陆游月兔之里",
        "2018: 周日三峡大板根温泉",
    ]
    out, report = clean([TITLE, *BODY, *history])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("line", ["2005-03-19T08:00:30Z", "2023-11-02T14:05:00+08:00"])
def test_a_feeds_iso_timestamp_goes(line):
    out, report = clean([TITLE, *BODY[:2], line, BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_like_count_with_its_measure_word_goes():
    out, report = clean([TITLE, *BODY[:2], "2 个赞", BODY[2]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_list_of_other_languages_outside_the_body_goes():
    languages = ["العربية", "Deutsch", "English", "Español", "Français", "Русский"]
    out, report = clean([TITLE, *BODY, *languages])
    assert not {"العربية", "Deutsch", "English", "Español", "Français", "Русский"} & set(out), (
        removed(report)
    )


def test_a_code_block_below_the_body_stays():
    code = [
        "import numpy as np",
        "arr = np.array([1, 2, 3])",
        "print(arr)",
        "print(arr.ndim)",
        "print(arr.shape)",
    ]
    kept_whole([TITLE, *BODY, *code])


def test_a_title_cut_with_an_ellipsis_is_no_menu_label():
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.position import _menu_item

    doc = Document([], load_lexicon(), lambda code: True)
    assert not _menu_item(doc, Item(1, "辉腾锡勒大草...", "辉腾锡勒大草..."))
    assert _menu_item(doc, Item(2, "更多...", "更多..."))
    assert _menu_item(doc, Item(3, "国际新闻", "国际新闻"))


def test_a_widgets_heading_with_a_colon_does_not_shield_the_headlines_under_it():
    # "读书频道热文精选：" between the headlines is a widget's label, not the author's
    # introduction.
    dated = ["2023年11月20日 10:21", "2023年11月19日 09:02", "2023年11月18日 16:45"]
    page = [TITLE, *BODY, "更多精彩内容请进入读书频道", "读书频道热文精选："]
    for headline, date in zip(OTHER, dated, strict=True):
        page += [headline, date]
    out, _ = clean(page)
    assert out == [TITLE, *BODY]


def test_a_list_the_author_introduces_with_a_colon_stays():
    steps = ["延长周五和周六的开放时间", "增设夜间自习区的座位", "开通手机预约借书服务"]
    page = [TITLE, *BODY, "具体措施如下：", *steps]
    out, _ = clean(page)
    assert out == page


def test_a_long_row_of_short_names_is_no_paragraph():
    from zhclean.stages.boilerplate.features import Item

    names = (
        "李白 苏轼 白居易 陆游 王安石 杜甫 孟浩然 韦应物 范仲淹 孟郊 温庭筠 辛弃疾 杜审言 王勃 崔颢"
    )
    names += " 王维 刘长卿 钱起 刘禹锡 元稹 杜牧"
    assert Item(1, names, names).han >= 45
    assert not Item(1, names, names).prose


def test_a_wikis_table_of_contents_goes():
    contents = ["目录", "1历史沿革", "开关历史沿革子章节", "1.1古代", "1.2近代", "2地理", "3人口",
                "4交通", "4.1公路", "4.2铁路", "5参考文献"]  # fmt: skip
    page = [TITLE, *contents, *BODY]
    report = Report()
    out = boilerplate("\n".join(page), report, lambda code: True).split("\n")
    assert out == [TITLE, *BODY]
    assert {e.detector for e in report.events if e.text in contents[1:]} == {"contents_outlines"}


@pytest.mark.parametrize(
    "items",
    [
        # An author's numbered list: a mark after each number.
        [
            "1. 延长开放时间",
            "2. 增设自习座位",
            "3. 开通预约服务",
            "3.1 手机预约",
            "3.2 电话预约",
            "4. 加强安保",
        ],
        # Numbered data rows: the number reads on as a quantity.
        ["1号馆", "2号馆", "3号馆", "3.5万册", "4号馆", "5号馆"],
    ],
)
def test_numbered_lists_of_the_author_are_no_table_of_contents(items):
    page = [TITLE, *BODY, "本馆的安排：", *items]
    out, _ = clean(page)
    assert out[-len(items) :] == items


def test_the_pages_html_title_goes_when_the_headline_stands_below():
    page_title = TITLE + "_城南晚报"
    report = Report()
    out = boilerplate(
        "\n".join([page_title, "首页 > 本地新闻", TITLE, *BODY]), report, lambda c: True
    )
    assert out.split("\n") == [TITLE, *BODY]
    assert {e.detector for e in report.events if e.text == page_title} == {"page_title_line"}


@pytest.mark.parametrize(
    "page_title",
    [
        "城南晚报 - " + TITLE,  # the site's name first
        TITLE + "_城南晚报_本地新闻_图书馆夜读推荐 - 城南晚报网",  # a long SEO tail
        TITLE + " @ 阿明的读书笔记 :: 博客园 ::",  # a blog template's separators
    ],
)
def test_the_pages_html_title_in_other_forms_goes(page_title):
    out = boilerplate(
        "\n".join([page_title, "首页 > 本地新闻", TITLE, *BODY]), Report(), lambda c: True
    )
    assert out.split("\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "page",
    [
        # Right above its copy: a duplicate whose longer form stays (POLICY: duplicates).
        [TITLE + " - 城南晚报", TITLE, *BODY],
        # No copy of the headline below: it is the only title there is.
        [TITLE + " - 城南晚报", *BODY],
        # What follows the separator is a page number, not a site's name.
        [TITLE + "-p1", "首页 > 本地新闻", TITLE, *BODY],
    ],
)
def test_a_page_title_without_a_copy_below_or_a_sites_name_stays(page):
    out, _ = clean(page)
    assert out[0] == page[0]


def test_an_english_byline_is_no_site_line():
    page = ["首页 > 本地新闻", "By Edmond Emmanuel", TITLE, *BODY]
    out, _ = clean(page)
    assert "By Edmond Emmanuel" in out


def test_a_latin_keyword_matches_whole_words_only():
    # "av" is an ad keyword; "navigation" and "Java" hold it and are none.
    page = [TITLE, *BODY[:2], "常见 Java 代码缺陷及规避方式", BODY[2]]
    out, _ = clean(page)
    assert out == page


def test_on_a_page_with_no_prose_a_column_a_quarter_known_is_a_menu():
    # A product page with no description: its menu knows a quarter of its words.
    menu = ["网站首页", "关于我们", "公司简介", "总经理致辞", "企业资质", "专利证书", "企业风采", "产品中心",
            "技术研发", "企业新闻", "客户案例", "联系我们"]  # fmt: skip
    page = ["粗醇冷却器_开原化工机械", *menu, "粗醇冷却器", "地址：辽宁省开原市明德路7号"]
    out, _ = clean(page)
    assert out == ["粗醇冷却器", "地址：辽宁省开原市明德路7号"]


def test_short_replies_are_no_menu_labels():
    replies = ["羡慕！！！", "这放假方式有点奇特啊", "真的吗", "我们放一天上一天再放一天", "好吧"]
    page = ["首页", "论坛", "帖子", "放假安排出来了", *replies, "返回顶部"]
    out, _ = clean(page)
    assert all(reply in out for reply in replies[:3])


@pytest.mark.parametrize(
    "field", ["电话：010-00000000 010-00000000", "地址：xxxxxxxx", "010-00000000"]
)
def test_a_templates_placeholder_contact_goes(field):
    report = Report()
    out = boilerplate("\n".join([TITLE, *BODY, field]), report, lambda c: True).split("\n")
    assert out == [TITLE, *BODY]
    assert {e.code for e in report.events if e.text == field} == {"ZH313"}


def test_a_real_contact_with_zeros_in_it_stays():
    field = "电话：010-62000000 传真：010-62000001"
    out, _ = clean([TITLE, *BODY, field])
    assert out[-1] == field


def test_one_headline_with_a_figure_does_not_make_a_list_a_specification():
    headlines = ["徐工新一代液化天然气动力装载机问世", "三一摊铺机呼伦贝尔迎战冻土层施工",
                 "德国探讨将如何在2031年前实现15GW", "浙江湖州举办农机消费维权业务培训",
                 "山东临工启动互联网智能制造新战略"]  # fmt: skip
    page = ["农机新闻", *headlines, "地址：北京市朝阳区"]
    out, _ = clean(page)
    assert not set(headlines) & set(out)


def test_a_teaser_cut_with_dots_is_no_credit_line_in_a_tail_list():
    # "…消息（记者王子遥）记者10日从…获悉..." names a reporter, but it is a cut teaser.
    entries = []
    for k, headline in enumerate(OTHER):
        entries += [
            headline,
            f"城南晚报11月1{k}日消息（记者王子遥）记者从市交通局获悉，为进一步方便市民出行...",
        ]
    page = [TITLE, *BODY, *entries]
    out, _ = clean(page)
    assert out == [TITLE, *BODY]


@pytest.mark.parametrize(
    "trail",
    [
        "您当前位置：城南晚报 >> 本地新闻 >> 浏览文章",
        "当前位置：城南晚报 / 本地新闻 /",
        "本地新闻您的位置：网站首页 > 本地新闻 > 正文",
    ],
)
def test_labelled_breadcrumbs_in_other_forms_go(trail):
    out, _ = clean([trail, TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_a_sentence_with_a_position_label_is_no_breadcrumb():
    line = "当前位置：本馆二楼东侧，欢迎读者前来阅读"
    out, _ = clean([TITLE, *BODY, line])
    assert out[-1] == line


@pytest.mark.parametrize(
    "stamp",
    ["Sep 23 Fri 2011 10:59", "on 9 月 30, 2022", "Posted on September 23, 2011", "23 Sep 2011"],
)
def test_english_template_dates_alone_go(stamp):
    out, _ = clean([TITLE, stamp, *BODY])
    assert out == [TITLE, *BODY]


def test_an_english_sentence_with_a_month_stays():
    line = "The library will open late from May 2024, said the director of the city's libraries."
    out, _ = clean([TITLE, *BODY, line])
    assert out[-1] == line


def test_a_blog_templates_posted_in_tagged_line_goes():
    line = "Posted in 本地新闻Tagged 图书馆, 夜读"
    report = Report()
    out = boilerplate("\n".join([TITLE, *BODY, line]), report, lambda c: True).split("\n")
    assert out == [TITLE, *BODY]
    assert {e.code for e in report.events if e.text == line} == {"ZH309"}


def test_a_template_tag_alone_on_its_line_goes():
    out = boilerplate("\n".join([TITLE, *BODY[:2], "{{# }) }}", BODY[2]]), Report(), lambda c: True)
    assert out.split("\n") == [TITLE, *BODY]


def test_a_listings_headline_that_the_menu_repeats_stays_above_its_teaser():
    # A category page: the menu names one of the entries, and the entry's headline stands
    # in a column of short lines right above its cut teaser. The menu's copy goes; the
    # entry's headline stays with its teaser (POLICY: listing pages).
    menu = ["首页", "作文大全", "读后感", "演讲稿", "工作总结"]
    entries = [
        (
            "读后感",
            "认真读完一本著作以后，相信大家增长不少见闻吧，不妨坐下来好好写写读后感吧。那么...",
        ),
        ("演讲稿", "在现在的社会生活中，演讲稿的使用频率越来越高，写好一篇演讲稿需要注意很多..."),
    ]
    lines = list(menu)
    for headline, teaser in entries:
        lines += [headline, teaser]
    out, report = clean(lines)
    for headline, teaser in entries:
        assert teaser in out
        assert headline in out and out[out.index(teaser) - 1] == headline, removed(report)
    assert "首页" not in out and "工作总结" not in out


def test_a_site_slogan_with_its_last_character_lost_goes():
    # A lossy decoder put "?" where it could not read a character, the slogan's last one too:
    # the "?" is no question mark, and the line is still the site's slogan.
    out, _ = clean([TITLE, "?基百科，自由的百科全?", *BODY])
    assert out == [TITLE, *BODY]


def test_a_question_ending_with_a_site_kind_word_is_no_slogan():
    question = "你知道哪家是最好的百科全书?"
    out, _ = clean([TITLE, question, *BODY])
    assert question in out


def test_a_block_of_commands_under_the_body_stays():
    # A technical post: its commands look like nothing an author writes in prose (a path's
    # "home" and "data" read as menu words), but a block of them is code the author shows.
    commands = [
        "# 创建数据目录",
        "sudo mkdir -p /home/data/docker/grafana",
        "sudo chown -R 472:472 /home/data/docker/grafana",
        "docker run -d --name grafana \\",
        "-v /home/data/docker/grafana:/var/lib/grafana \\",
        "grafana/grafana && docker ps",
    ]
    lines = [TITLE, *BODY, *commands, "首页", "关于我们", "联系我们", "版权所有 © 2023 城南晚报"]
    out, _ = clean(lines)
    assert out[: len(BODY) + 1 + len(commands)] == [TITLE, *BODY, *commands]
    assert "版权所有 © 2023 城南晚报" not in out


def test_a_scripts_residue_is_no_code_block():
    out, _ = clean([TITLE, *BODY, "var _hmt = _hmt || [];", "var _hmt = _hmt || [];"])
    assert out == [TITLE, *BODY]


# --- archive links, friend links, a journal's table of contents ------------------------------


def test_an_archive_of_issues_under_the_body_goes():
    archive = [f"{year}年第{n}期" for year in (2022, 2021) for n in (4, 3, 2, 1)]
    out, report = clean([TITLE, *BODY, *archive])
    assert out == [TITLE, *BODY], removed(report)
    assert {detector for _, detector in removed(report).values()} == {"archive_links"}


def test_two_issue_labels_under_the_body_are_no_archive():
    kept_whole([TITLE, *BODY, "2022年第4期", "2022年第3期"])


def test_a_row_of_other_sites_names_goes():
    row = "求是网 旗帜网 宣讲家网 中国社会科学网"
    out, report = clean([TITLE, *BODY, row])
    assert out == [TITLE, *BODY], removed(report)


def test_a_journal_issues_table_of_contents_stays_on_a_page_without_prose():
    toc = [
        "《城市研究》2022年第4期",
        "城市更新中的公共空间治理",
        "陈家刚;陈凌宇",
        "老城区菜市场改造的社会效应研究",
        "杨渊浩;程竹汝",
        "公交线网优化与居民出行选择",
        "宋学勤;马骋",
        "夜间经济与城市公共服务供给",
        "张红凤;李晓婷",
    ]
    kept_whole(toc)


# --- a thread's furniture: where each post was sent from, its author's handle ----------------

THREAD = [
    "城南图书馆夜间开放一个月，大家觉得怎么样？",
    "阿明 @aming",
    "上海市",
    "每周五晚上都去，自习区人不多，很安静，比在家效率高。",
    "xiaoyu:",
    "浙江省杭州市",
    "希望周日也能延长，白天人实在太多了，找不到座位。",
    "阿明回复xiaoyu",
    "上海市",
    "同意",
]


def test_a_threads_places_and_handles_go_and_short_replies_stay():
    out, report = clean(THREAD)
    assert out == [THREAD[0], THREAD[3], THREAD[6], THREAD[9]], removed(report)


def test_places_in_a_table_of_figures_stay():
    table = [TITLE, *BODY, "北京市", "12.5万人", "上海市", "13.1万人", "广东省", "11.8万人"]
    kept_whole(table)


def test_an_email_address_is_no_handle():
    kept_whole([TITLE, *BODY, "邮箱:info@example.com"])


# --- a Q&A page's furniture: dated signatures, labelled counts, an ad between answers -----

ANSWERS = [
    "图书馆周五周六延长到晚上十点，其他日子不变，具体以馆内公告为准。",
    "我上周五去过，自习区十点才关门，借还书机也能用，挺方便的。",
    "听说下个月起分馆也会试行，可以关注一下官方的通知。",
]


def test_an_answerers_dated_signature_and_repeated_counts_go():
    page = ["城南图书馆晚上几点关门？"]
    for n, answer in enumerate(ANSWERS):
        page += [f"2021-10-1{n} · 爱读书，多聊点生活", f"采纳率：9{n}%", answer]
    out, report = clean(page)
    assert out == ["城南图书馆晚上几点关门？", *ANSWERS], removed(report)


def test_a_labelled_figure_said_once_stays():
    page = [TITLE, BODY[0], "馆藏总量：120万", *BODY[1:]]
    out, _ = clean(page)
    assert "馆藏总量：120万" in out


def test_the_copy_under_an_ad_label_is_no_part_of_the_body():
    ad = "城东健身房开业大酬宾，办年卡送私教课两节，名额有限，先到先得，欢迎前来咨询。"
    page = [TITLE, *BODY, "2024-04-11 广告", ad]
    out, report = clean(page)
    assert "2024-04-11 广告" not in out, removed(report)
    assert out[: len(BODY) + 1] == [TITLE, *BODY]


@pytest.mark.parametrize(
    "stamp",
    ["发布 #3 2024年5月16日星期四 16点12分", "3楼 2024-05-16 16:12", "2024年5月16日 16时12分"],
)
def test_a_posts_numbered_date_goes(stamp):
    out, report = clean([TITLE, BODY[0], stamp, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_time_of_day_in_words_inside_a_sentence_stays():
    kept_whole([TITLE, *BODY, "会议定于2024年5月16日下午3点30分召开，请准时参加。"])


def test_the_name_over_every_reply_goes_beside_its_stamp():
    replies = [
        "我上周五去过，自习区十点才关门，借还书机也能用，挺方便的。",
        "听说下个月起分馆也会试行，可以关注一下官方的通知。",
        "周六晚上人也不多，很适合带孩子去少儿阅览室看看书。",
        "希望周日也能延长，白天人实在太多了，找不到座位。",
        "期刊区的新杂志晚上也能借，这一点比以前方便多了。",
        "停车场晚上也开放，开车过去不用担心没地方停车。",
    ]
    page = ["城南图书馆夜间开放一个月，大家觉得怎么样？"]
    for n, reply in enumerate(replies):
        name = ("阿明", "小雨")[n % 2]
        page += [name, f"发布 #{n + 1} 2024年5月16日 1{n}:30", reply]
    out, report = clean(page)
    # Between replies (inside the thread's body) the name goes; above the first one, where
    # it could be a heading, it is not taken on its repeats alone.
    assert out[out.index(replies[0]) :] == replies, removed(report)


def test_a_related_heading_with_its_entries_on_one_line_goes():
    out, report = clean([TITLE, *BODY, "相关资讯 图书馆 夜间开放 自习区 借阅"])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_that_opens_with_a_related_word_stays():
    kept_whole([TITLE, *BODY, "相关资讯显示，分馆也将在明年试行夜间开放。"])


@pytest.mark.parametrize(
    "chrome",
    ["您的位置： 首页 ? 产品中心 ? 石膏线", "您访问的页面未找到， 5秒后自动跳转到首页"],
)
def test_a_lossy_breadcrumb_and_an_error_pages_notice_go(chrome):
    out, report = clean([chrome, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_question_in_the_text_is_no_breadcrumb():
    kept_whole([TITLE, *BODY, "您的位置在哪里？我们派人过去接您。"])


# --- record_lists: entries printed as records under a related heading -------------------------

RECORDS = [
    line
    for title, teaser, n in (
        ("河滨公园新增两条夜跑步道", "步道沿河而建，全长三公里，晚上十点前照明全开。", 12),
        ("老城区菜市场完成升级改造", "改造后的菜市场增设了冷链摊位和电子秤复核点。", 7),
        ("公交十二路调整部分站点", "调整后线路经过图书馆北门，方便读者夜间乘车。", 30),
        ("城西游泳馆开放时间调整", "暑期游泳馆延长开放两小时，并增开一个儿童池。", 9),
    )
    for line in (title, teaser, f"阅读 {n} 次")
]


def test_records_under_a_related_heading_go_teasers_and_all():
    out, report = clean([TITLE, *BODY, "猜你喜欢", *RECORDS])
    assert out == [TITLE, *BODY], removed(report)


def test_a_listing_pages_records_with_teasers_under_a_box_heading_stay():
    # A portal's home page: no article, boxes of cards under headings such as "今日焦点".
    out, report = clean(["今日焦点", *RECORDS])
    teasers = RECORDS[1::3]
    assert all(teaser in out for teaser in teasers), removed(report)


def test_dated_records_under_a_related_heading_go_teasers_and_all():
    # Each entry: its title, a caption that is a whole sentence, its date on a line of its own.
    dated = [
        line
        for n, (title, teaser, _) in enumerate(
            zip(RECORDS[::3], RECORDS[1::3], RECORDS[2::3], strict=True)
        )
        for line in (title, teaser, f"2024-04-2{n} 17:0{n}")
    ]
    out, report = clean([TITLE, *BODY, "推荐阅读", *dated, "网站地图 联系我们 版权所有"])
    assert out == [TITLE, *BODY], removed(report)


def test_a_shops_other_products_with_prices_under_a_heading_go_its_specs_stay():
    product = [
        "城南牌家用电热水壶 1.7升 304不锈钢",
        "这款电热水壶采用食品级不锈钢内胆，五分钟即可烧开一壶水，水开后自动断电。",
        "壶身为双层防烫设计，底座可三百六十度旋转，适合家庭和办公室使用。",
        "产品参数",
        "品牌: 城南 容量: 1.7升 功率: 1800W",
        "材质: 304不锈钢 颜色: 银色",
    ]
    others = [
        line
        for n, name in enumerate(OTHER + MORE)
        for line in (name, f"¥ {n + 1}99.00", str(37 * (n + 2)))
    ]
    out, report = clean([*product, "本店同类商品", *others])
    assert out == product, removed(report)


def test_records_the_author_lists_without_a_heading_keep_their_teasers():
    out, _ = clean([TITLE, *BODY, *RECORDS])
    assert RECORDS[1] in out and RECORDS[4] in out


def test_a_menu_of_labels_cut_to_fit_goes_on_a_page_without_prose():
    menu = ["党群园地", "基层组织", *[f"机关党委第{n}..." for n in "一二三四五六"], "校园文化"]
    out, report = clean(["统战工作", *menu])
    assert not set(menu) & set(out), removed(report)


PRODUCTS_MENU = [
    "关于我们",
    "产品展示",
    "直流调速",
    "变频传动",
    "平波电抗器",
    "输入电抗器",
    "输出电抗器",
    "中频电抗器",
    "滤波电抗器",
    "正弦波滤波器",
    "谐波滤波器",
    "电能质量",
    "高频变压器",
]


def test_a_long_column_of_labels_goes_on_a_page_without_prose():
    out, report = clean(PRODUCTS_MENU)
    assert out == [], removed(report)


def test_a_modern_poem_on_a_page_without_prose_stays():
    poem = [
        "我们的名字叫应急",
        "在风里",
        "在雨里",
        "在你看不见的地方",
        "守着这座城",
        "灯亮了",
        "我们还在路上",
        "你睡着了",
        "我们还醒着",
        "明天的太阳",
        "会照在我们的肩上",
    ]
    kept_whole(poem)


def test_a_long_column_of_product_categories_below_the_body_goes():
    out, report = clean([TITLE, *BODY, *PRODUCTS_MENU[2:]])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "line, kept",
    [
        ("控制电缆数据电缆总线电缆同轴电缆测量系统电缆", False),
        ("额定电压220V额定电流10A额定功率2200W", True),  # specifications: values
        ("便携式粉尘仪/粉尘检测仪/粉尘测定仪", True),  # a product's names
        ("项次 日期 进入时间 离开时间 停留时间", True),  # a table's header
    ],
)
def test_labels_glued_into_one_line(line, kept):
    out, report = clean([TITLE, *BODY, line])
    assert (line in out) is kept, removed(report)


def test_a_browser_upgrade_notice_goes():
    notice = "为确保您享有最佳的浏览体验，建议您提升您的 IE 浏览器至最新版本，感谢您的配合。"
    out, report = clean([TITLE, *BODY, notice])
    assert out == [TITLE, *BODY], removed(report)


# --- bare_titles_in_listing: a homepage of cards ---------------------------------------------

CARDS = [
    line
    for headline, teaser in (
        ("河滨公园新增两条夜跑步道", "步道沿河而建，全长三公里，晚上十点前照明全开，市民..."),
        ("老城区菜市场完成升级改造", "改造后的菜市场增设了冷链摊位和电子秤复核点，摊主..."),
        ("公交十二路调整部分站点", "调整后线路经过图书馆北门，方便读者夜间乘车，首班..."),
        ("城西游泳馆开放时间调整", "暑期游泳馆延长开放两小时，并增开一个儿童池，票价..."),
    )
    for line in (headline, teaser)
]
BARE_RUN = [
    "地铁三号线南延段开始试运行",
    "城东新建三所幼儿园秋季招生",
    "家电以旧换新补贴延长至年底",
]


def test_bare_headlines_between_cards_go_and_the_cards_stay():
    page = [*CARDS[:4], *BARE_RUN, *CARDS[4:]]
    out, report = clean(page)
    assert out == CARDS, removed(report)


def test_an_articles_headings_over_paragraphs_are_no_cards():
    article = [TITLE]
    for n, paragraph in enumerate(BODY * 2):
        article += [f"第{n + 1}部分 开放时间和服务内容", paragraph]
    kept_whole(article)


def test_a_row_of_labels_the_page_prints_twice_goes():
    row = "企业介绍 企业文化 荣誉资质 组织架构 设备能力"
    out, report = clean([row, TITLE, *BODY, row])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("row", ["想念你 想念你 想念你", "import numpy as np"])
def test_a_refrain_or_a_line_of_code_printed_twice_stays(row):
    out, _ = clean([TITLE, BODY[0], row, BODY[1], row, BODY[2]])
    assert out.count(row) == 2


def test_a_forms_fields_marked_required_or_optional_go():
    form = ["* 联系电话：", "上传图片（选填）：", "* 留言内容："]
    out, report = clean([TITLE, *BODY, *form])
    assert out == [TITLE, *BODY], removed(report)


def test_a_footnote_marked_with_a_star_stays():
    kept_whole([TITLE, *BODY, "* 注：以上开放时间如遇节假日另行通知。"])


@pytest.mark.parametrize("value", ["false", "true", "null", "undefined"])
def test_a_dumped_field_value_alone_goes(value):
    out, report = clean([TITLE, BODY[0], value, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "chrome",
    [
        "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
        "Labels: 图书馆, 夜间开放",
        "Subscribe to: Post Comments (Atom)",
    ],
)
def test_a_blogger_templates_chrome_goes(chrome):
    out, report = clean([TITLE, *BODY, chrome])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_about_sharing_on_two_networks_stays():
    kept_whole([TITLE, *BODY, "Share to Twitter and Facebook is what most readers did."])


def test_a_templates_links_around_a_varying_word_go_below_the_body():
    links = [f"2022年7月 {word} 吉日" for word in ("祭祀", "入学", "开渠", "冠带", "招贤", "整容")]
    out, report = clean([TITLE, *BODY, *links])
    assert out == [TITLE, *BODY], removed(report)


def test_rows_of_values_below_the_body_are_no_template_links():
    rows = [f"{month}月 借阅量 {n}万" for month, n in ((1, 12), (2, 9), (3, 15), (4, 11), (5, 14))]
    _, report = clean([TITLE, *BODY, *rows])
    assert "template_entries" not in {detector for _, detector in removed(report).values()}


def test_links_to_other_days_on_one_line_go():
    line = " ".join(f"2022年7月{day}日 黄历查询" for day in (7, 8, 9, 10))
    out, report = clean([TITLE, *BODY, line])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "stamp", ["再睡一夏 | 455 | 2024-01-03", "多乐 | 2024-01-10", "|", "拒绝原因：null"]
)
def test_a_posts_barred_stamp_a_lone_bar_and_a_null_field_go(stamp):
    out, report = clean([TITLE, BODY[0], stamp, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


def test_two_buttons_under_every_card_go():
    page = [TITLE]
    for paragraph in BODY:
        page += [paragraph, "最低价格", "检视全部"]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


def test_a_refrain_of_two_lines_sung_three_times_stays():
    page = [TITLE]
    for paragraph in BODY:
        page += [paragraph, "我想你了", "你在哪里"]
    out, _ = clean(page)
    assert out.count("我想你了") == 3


def test_a_date_under_a_fields_label_that_names_a_fact_stays():
    infobox = ["中文名", "城南图书馆", "开馆时间", "2023年12月27日", "馆藏", "120万册"]
    out, _ = clean([TITLE, *BODY, *infobox])
    assert "2023年12月27日" in out


@pytest.mark.parametrize("label", ["发布时间", "注册时间"])
def test_a_date_under_the_pages_own_label_goes(label):
    out, report = clean([TITLE, label, "2023-12-27", *BODY])
    assert "2023-12-27" not in out, removed(report)


def test_short_replies_under_their_stamps_below_the_body_stay():
    page = [TITLE, *BODY]
    replies = ["你是好样的", "天行健君子自强不息", "加油，等你的故事！"]
    for n, reply in enumerate(replies):
        page += [f"读者{n}号： 举报 2017-03-31 11:1{n}:09 评论", reply]
    page += ["相关阅读", *OTHER]
    out, report = clean(page)
    assert all(reply in out for reply in replies), removed(report)


def test_records_after_a_menu_row_that_ends_with_a_related_word_stay():
    out, _ = clean([TITLE, *BODY, "销售联盟 京东公益 友情链接", *RECORDS])
    assert RECORDS[1] in out and RECORDS[4] in out


@pytest.mark.parametrize(
    "dateline", ["2024-05-09 22:30·新华社", "2024年04月24日23:52 | 来源：新华网"]
)
def test_a_dateline_with_the_articles_source_stays(dateline):
    out, report = clean([TITLE, dateline, *BODY])
    assert dateline in out, removed(report)


def test_a_headline_at_the_end_of_the_menu_over_the_body_stays():
    menu = ["首页", "新闻", "大片", "影库", "客户端"]
    headline = "图书馆夜间开放时间延长"
    body = [
        "城南图书馆夜间开放时间从下月起延长到晚上十点，方便上班族下班后前来阅读。",
        "图书馆夜间开放期间，自习区、少儿阅览室和期刊区照常开放，借还书服务不受影响。",
    ]
    out, report = clean(
        [*menu, headline, "时间：2024.05.11", "【夜间开放观察】", "开栏的话", *body]
    )
    assert headline in out, removed(report)


def test_section_numbers_between_paragraphs_stay_and_a_lone_counter_goes():
    page = [TITLE, BODY[0], "1", BODY[1], "2", BODY[2]]
    kept_whole(page)
    out, _ = clean([TITLE, BODY[0], "358", BODY[1], BODY[2]])
    assert "358" not in out


def test_shell_variables_over_the_commands_that_use_them_stay():
    block = ["version=2.0.1", "dbuser=root", "dbpwd=xxxx", "docker stop app && docker rm app"]
    kept_whole([TITLE, BODY[0], *block, *BODY[1:]])


@pytest.mark.parametrize(
    "notice",
    [
        "凡本网未注明“来源：城南新闻网”的作品，均转载自其他媒体。",
        "This is an Atom formatted XML site feed. It is intended to be viewed in a Newsreader.",
        "小字号",
    ],
)
def test_a_sites_notice_about_its_works_a_feeds_notice_and_a_font_control_go(notice):
    out, report = clean([TITLE, *BODY, notice])
    assert out == [TITLE, *BODY], removed(report)


PROVINCES = [
    "北京",
    "上海",
    "天津",
    "重庆",
    "河北",
    "山西",
    "黑龙江",
    "内蒙古",
    "江苏",
    "山东",
    "安徽",
    "浙江",
    "福建",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "江西",
    "朝阳区",
    "海淀区",
    "三环以内",
]


def test_a_pickers_long_column_goes_even_inside_the_body():
    page = [TITLE, BODY[0], *PROVINCES, *BODY[1:]]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)


def test_a_long_list_of_names_inside_the_body_stays():
    names = [
        f"{surname}{given}" for surname in "王李张刘陈杨赵" for given in ("晓雨", "子墨", "一鸣")
    ]
    kept_whole([TITLE, BODY[0], "获奖读者：", *names, *BODY[1:]])


def test_a_row_of_papers_names_with_an_edition_among_them_goes():
    row = "城南日报 城南日报海外版 城南晚报 城南电视台"
    out, report = clean([TITLE, *BODY, row])
    assert out == [TITLE, *BODY], removed(report)


def test_a_long_flood_of_porn_keywords_goes_however_long():
    phrases = [
        "国产精品一区二区无线",
        "免费视频在线观看",
        "澳门娱乐网址大全",
        "日韩欧美偷拍自拍",
        "三级毛片免费看",
        "成人黄色网站推荐",
        "精品视频天天更新",
        "欧美性感美女主播",
        "无码中文字幕专区",
        "在线观看高清完整版",
        "av在线播放不卡顿",
        "一区二区三区精品",
        "日本高清无码视频",
        "黄色电影免费观看",
        "偷拍自拍最新合集",
        "成人午夜福利影院",
        "国产自拍在线精品",
    ]
    flood = " ".join(phrases * 3)
    out, report = clean([TITLE, *BODY, flood])
    assert out == [TITLE, *BODY], removed(report)


def test_a_flood_with_a_few_stray_commas_still_goes():
    # A few commas and a "!" among dozens of pieces do not make the flood a paragraph.
    phrases = [
        "国产精品一区二区无线",
        "免费视频在线观看",
        "澳门娱乐网址大全",
        "日韩欧美偷拍自拍",
        "成人黄色网站推荐",
        "精品视频天天更新",
        "无码中文字幕专区",
        "在线观看高清完整版",
        "av在线播放不卡顿",
        "日本高清无码视频",
        "偷拍自拍最新合集",
        "国产自拍在线精品",
        "彩票开奖结果查询",
        "百家乐真人视讯",
        "北京赛车在线预测",
        "时时彩计划软件",
    ]
    flood = " ".join(phrases * 3) + ",亚洲精品午夜福利,一本到综合!"
    out, report = clean([TITLE, *BODY, flood])
    assert out == [TITLE, *BODY], removed(report)


def test_a_long_paragraph_about_a_casino_raid_stays():
    # Many keywords, but clauses of some length, each ended: the author's report.
    paragraph = (
        "警方当天在澳门娱乐城附近查获一个非法赌场，现场发现百家乐赌台三张、老虎机十余台，"
        "另有人在线上经营博彩网和现金网，借彩票开奖和时时彩招揽投注。"
        "据介绍，该团伙还通过网址导航推广真人视讯和北京赛车等玩法，以注册就送彩金为诱饵，"
        "吸引青年下注，涉案资金逾千万元。"
        "警方提醒，六合彩、幸运飞艇和极速赛车等网络赌博都是违法行为，切勿参与。"
    )
    kept_whole([TITLE, *BODY, paragraph])


@pytest.mark.parametrize(
    "furniture", ["横财天降 当前离线", "本主题由 乾乾[客服] 于 2024-4-6 20:46 审核通过"]
)
def test_a_forums_status_and_moderator_lines_go(furniture):
    out, report = clean([TITLE, BODY[0], furniture, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_headline_about_an_approval_stays():
    kept_whole(["城南图书馆改造方案审核通过", *BODY])


@pytest.mark.parametrize("count", ["0/200", "1 / 3"])
def test_a_count_of_a_total_alone_goes(count):
    out, report = clean([TITLE, BODY[0], count, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_fraction_inside_a_sentence_stays():
    kept_whole([TITLE, *BODY, "加入1/2杯牛奶，搅拌均匀后静置十分钟。"])


def test_a_comment_boxs_buttons_go():
    out, report = clean([TITLE, *BODY, "全部表情", "最热 评论"])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "stamp",
    [
        "gazeldx #1 1 月前",
        "张三 3楼 2024-01-03 10:20",
        "Rei #5 19 天前",
        "lehf · 2 天前",
        "JustSoSoSoJ： 举报 2017-03-30 15:05:10 评论",
        "生姜鱼饼 2年前 (2021-02-02)说：",
        "来自iPhone客户端5楼2023-03-04 08:10回复",  # the reply button after the time
        "李四 7楼 2023-03-04 08:10 举报 回复",
    ],
)
def test_a_replys_stamp_of_number_time_and_name_goes(stamp):
    out, report = clean([TITLE, BODY[0], stamp, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "line",
    [
        "第3楼的王阿姨说，她2024-01-03才搬来。",  # a sentence about a floor and a date
        "#1 2024-01-03 新书上架 城南图书馆 儿童区",  # more than one name beside the stamp
        "北京 · 2024年春",  # a place and a season, not a post's stamp
        "王敏： 2017-03-30 15:05 我们在城南图书馆见面",  # a name, a time and a sentence
        "会议于2024年1月3日召开，馆长说：",  # a sentence that opens a quote
    ],
)
def test_lines_with_a_number_or_a_dot_and_a_date_that_are_no_stamp_stay(line):
    out, _ = clean([TITLE, BODY[0], line, *BODY[1:]])
    assert line in out


def test_the_sites_name_from_the_pages_title_goes_where_it_stands_alone():
    page_title = TITLE + " @ 阿明的读书笔记 :: 博客园 ::"
    page = [page_title, "阿明的读书笔记", TITLE, *BODY, "阿明的读书笔记"]
    out = boilerplate("\n".join(page), Report(), lambda c: True)
    assert out.split("\n") == [TITLE, *BODY]


def test_a_line_that_only_shares_a_word_with_the_sites_name_stays():
    page_title = TITLE + " @ 阿明的读书笔记 :: 博客园 ::"
    page = [page_title, "首页 > 本地新闻", TITLE, *BODY, "读书笔记"]
    out = boilerplate("\n".join(page), Report(), lambda c: True)
    assert out.split("\n") == [TITLE, *BODY, "读书笔记"]


def test_a_menu_parted_by_dashes_goes():
    menu = "城南首页-新闻-体育-娱乐-财经-汽车-科技-"
    out, report = clean([menu, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("line", ["SMA-ZX01-A-B型号说明", "2024-06-11-12-30 的会议纪要"])
def test_a_model_number_or_a_date_with_dashes_is_no_menu(line):
    out, _ = clean([TITLE, BODY[0], line, *BODY[1:]])
    assert line in out


def test_a_posts_stamp_of_labelled_fields_over_every_reply_goes_and_the_replies_stay():
    page = [TITLE, *BODY]
    replies = ["你是好样的", "天行健君子自强不息", "楼主加油，最佩服你这样的人"]
    stamps = [f"作者：reader_{n} 时间：2017-03-24 21:5{n}:31" for n in range(len(replies))]
    for stamp, reply in zip(stamps, replies, strict=True):
        page += [stamp, reply]
    page += ["相关阅读", *OTHER]
    out, report = clean(page)
    assert all(reply in out for reply in replies), removed(report)
    assert not any(stamp in out for stamp in stamps)
    assert {removed(report)[stamp][0] for stamp in stamps} == {"ZH307"}


def test_an_articles_byline_of_labelled_fields_printed_once_stays():
    byline = "作者：王敏 时间：2017-03-24 21:55"
    out, _ = clean([TITLE, byline, *BODY])
    assert byline in out


def test_a_stamp_whose_credit_is_the_site_itself_goes_though_a_date_label_is_glued_to_it():
    stamp = "作者:本站发布时间:2018-07-23 14:27:03点击次数:1"
    out, report = clean([TITLE, stamp, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_real_credit_with_a_glued_date_label_stays():
    stamp = "来源：城南晚报 王敏发布时间：2018-07-23 14:27"
    out, _ = clean([TITLE, stamp, *BODY])
    assert stamp in out


def test_the_headline_the_pages_title_names_stays_once_when_the_page_repeats_it():
    headline = "光伏发电工程"
    menu = ["太阳能热水工程", headline, "供暖工程", "空气能热泵", "中央空调"]
    page = [f"{headline} - 太阳能热水工程 - 城南新能源科技有限公司", *menu, "首页 > 工程案例 >"]
    page += [headline, "发布时间:2018-07-23 14:27:03", headline, f"上一条:第一页 下一条:{headline}"]
    out = boilerplate("\n".join(page), Report(), lambda c: True).split("\n")
    assert out.count(headline) == 1


@pytest.mark.parametrize(
    "notice",
    ["城南学院食品科学系 版权所有", "Copyright © 城南晚报 2014", "城南论坛 丨 蜀ICP备19014736号-1"],
)
def test_a_short_line_with_the_sites_certain_notice_goes_alone(notice):
    out, report = clean([TITLE, *BODY, notice])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_that_names_a_copyright_stays():
    line = "这家公司的网站也有ICP备案。"
    out, _ = clean([TITLE, BODY[0], line, *BODY[1:]])
    assert line in out


def test_a_photo_credit_with_a_copyright_sign_stays():
    credit = "图 © 王敏"
    out, _ = clean([TITLE, BODY[0], credit, *BODY[1:]])
    assert credit in out


@pytest.mark.parametrize(
    "contact",
    [
        "全国统一客服热线：400-930-6677 人工服务时间：周一至周五 9:00至17:00",
        "传真：0755-21872902 客服邮箱：service@example.cn",
    ],
)
def test_a_companys_plain_contact_line_with_a_panels_word_stays(contact):
    out, report = clean([TITLE, *BODY, contact])
    assert contact in out, removed(report)


def test_the_fields_of_a_numbered_list_of_records_stay_though_they_repeat():
    page = [TITLE, BODY[0], "门票半价优惠景点"]
    for n in range(1, 7):
        page += [f"{n}、城南第{n}号公园", "成人票原价：60元", f"游客咨询电话：5879{n}888"]
    out, report = clean(page)
    assert out.count("成人票原价：60元") == 6, removed(report)
    assert all(f"游客咨询电话：5879{n}888" in out for n in range(1, 7))


def test_a_widgets_labelled_count_under_every_reply_still_goes():
    page = [TITLE, *BODY]
    for n, reply in enumerate(
        ["说得好，赞同楼主的看法。", "我也去过那里，确实不错。", "下次一起去吧。"]
    ):
        page += [f"网友{n}", reply, "回答量：3"]
    out, report = clean(page)
    assert "回答量：3" not in out, removed(report)


def test_cards_a_reader_may_close_between_the_paragraphs_go():
    ads = [["广告通知：城南驾校暑期班火热报名中", "×"], ["广告", "38岁女领导的生活日记曝光", "×"]]
    page = [TITLE, BODY[0], *ads[0], BODY[1], *ads[1], BODY[2]]
    out, report = clean(page)
    assert out == [TITLE, *BODY], removed(report)
    assert removed(report)["38岁女领导的生活日记曝光"][0] == "ZH301"


def test_one_line_with_a_multiplication_sign_under_it_is_no_card():
    page = [TITLE, BODY[0], "三乘以四", "×", BODY[1], *BODY[2:]]
    out, _ = clean(page)
    assert "三乘以四" in out


def test_a_megamenus_rows_of_short_words_above_the_article_go_in_any_words():
    menu = [
        "宝宝奶粉",
        "一段 二段 三段 四段 成长奶粉",
        "屁屁护理",
        "拉拉裤 家居纸品 纸尿裤 宝宝湿巾",
        "宝宝营养",
        "鱼油 钙铁锌 维生素 益生菌 免疫力",
        "辅食/喂养/洗护",
        "果汁/饮品果泥/果条 鱼油/DHA钙铁锌 奶瓶/奶嘴水杯/水壶 乳液/抚触油爽身粉/防晒",
    ]
    out, report = clean([*menu, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_megamenus_rows_of_product_names_among_ideographs_go():
    menu = [
        "测试技术 Appium Macaca Selenium Robotium UiAutomator iOS 测试 其他",
        "测试基础 白盒测试 Python 测试管理 BDD Java Android 接口测试",
        "测试服务 WeTest 解决方案 OneAPM DaoCloud Bug 曝光台 云测服务",
    ]
    out, report = clean([*menu, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "rows",
    [
        # A table's rows: figures in them.
        [
            "H型钢 4630 莱钢 100*100 元/吨",
            "H型钢 3800 东方特钢 150*150 元/吨",
            "H型钢 3840 津西 150*150 元/吨",
        ],
        # English among ideographs that reads as a sentence: small words in lower case.
        [
            "我们 read the book 一起 and then 讨论",
            "大家 write a note 之后 for the 馆员",
            "读者 take a seat 然后 in the 阅览室",
        ],
    ],
)
def test_rows_with_figures_or_english_sentences_are_no_megamenu(rows):
    out, _ = clean([*rows, TITLE, *BODY])
    assert all(row in out for row in rows)


def test_a_products_box_of_selling_points_and_prices_is_no_megamenu():
    # Rows of short words over the product's description, with its prices among them: the
    # page's data (POLICY: tables and data), not a shop's menu.
    box = [
        "24小时保温保冷 一键弹盖 防漏设计",
        "价格 ¥129.00",
        "促销价 ¥69.00",
        "优惠 满99减10 领券",
        "配送 浙江金华 至 北京朝阳 快递 免运费",
    ]
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.above import megamenu_rows
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item

    lines = [TITLE, "宝贝详情", *box, *BODY]
    items = [Item(n, line, line) for n, line in enumerate(lines, 1)]
    doc = Document(items, load_lexicon(), lambda code: True)
    doc._body = (len(lines) - len(BODY), len(lines) - 1, 0)  # placed: the title, the body
    megamenu_rows(doc)
    assert not any(it.removed for it in items)
    # The same rows with no price among them are a menu's.
    items = [Item(n, line, line) for n, line in enumerate(lines, 1) if "¥" not in line]
    doc = Document(items, load_lexicon(), lambda code: True)
    doc._body = (len(items) - len(BODY), len(items) - 1, 0)
    megamenu_rows(doc)
    assert [it.text for it in items if it.removed] == ["宝贝详情", box[0], box[3], box[4]]


def test_english_verse_above_the_body_is_no_megamenu():
    verse = ["Looking up the blue sky", "Here is the only place I can hide", "Filled my mind"]
    out, _ = clean([TITLE, *verse, *BODY])
    assert all(line in out for line in verse)


def test_comment_handles_below_the_body_go_and_their_comments_stay():
    comments = [
        ("Yang7569", "这个比喻用在这里合适吗？"),
        ("zzf1234509", "写得不错"),
        ("u430404146", "同意楼上的看法"),
    ]
    page = [TITLE, *BODY]
    for handle, comment in comments:
        page += [handle, comment]
    out, report = clean(page)
    assert out == [TITLE, *BODY, *(c for _, c in comments)], removed(report)


def test_model_numbers_in_the_body_are_no_handles():
    models = ["SMA2000", "城南一号", "XR500", "春季款", "TX9000", "夏季款"]
    out, _ = clean([TITLE, BODY[0], *models, *BODY[1:]])
    assert all(m in out for m in models)


def test_a_message_form_down_to_its_submit_button_goes():
    form = ["给我们留言", "留言主题：", "客户留言", "性别：", "男", "女", "提交"]
    out, report = clean([TITLE, *BODY, *form])
    assert out == [TITLE, *BODY], removed(report)


def test_a_short_list_above_a_lone_submit_word_with_no_field_stays():
    lines = ["申请材料", "身份证", "户口本", "提交"]
    out, _ = clean([TITLE, *BODY, *lines])
    assert "身份证" in out and "户口本" in out


@pytest.mark.parametrize("label", ["图片", "视频", "搜索", "zh-cn"])
def test_an_embedded_elements_label_alone_between_the_paragraphs_goes(label):
    out, report = clean([TITLE, BODY[0], label, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)
    assert removed(report)[label][0] == "ZH313"


def test_a_heading_that_names_pictures_with_more_words_stays():
    heading = "图片说明"
    out, _ = clean([TITLE, BODY[0], heading, *BODY[1:]])
    assert heading in out


def test_the_title_the_lead_restates_is_no_teaser():
    title = "促进航天技术更好惠及人民――图书馆馆长向首届城南读书节致贺信为全民阅读指明方向"
    lead = f"城南晚报4月24日电 题：{title}"
    page = ["城南晚报", title, lead + "。馆长在贺信中指出，阅读是城市的底色。", *BODY]
    out, report = clean(page)
    assert title in out, removed(report)


def test_paragraphs_repeated_with_a_word_changed_are_no_teasers():
    # A page that repeats its paragraphs, each with its own number: the first is no teaser
    # of the fourth, and none is peeled off by the stage's next pass (or a second clean).
    paragraphs = [f"第{n}段：{BODY[n % 3]}" for n in range(9)]
    kept_whole([TITLE, *paragraphs])


def test_a_copy_of_a_paragraph_under_the_title_without_its_label_is_a_teaser():
    lead = BODY[1]
    out, report = clean([TITLE, lead, BODY[0], f"前言：{lead}", BODY[2]])
    assert out == [TITLE, BODY[0], f"前言：{lead}", BODY[2]], removed(report)


def test_a_box_of_titles_cut_to_its_width_goes():
    box = [
        "人没有同理心，说什么“...",
        "冬日里最值得的投资，是...",
        "天冷了，怎么暖暖手？",
        "笑痛肚皮的特色圣诞...",
    ]
    out, report = clean([TITLE, BODY[0], *box, *BODY[1:]])  # inserted inside the article
    assert out == [TITLE, *BODY], removed(report)


def test_short_lines_of_the_author_with_one_ellipsis_stay():
    lines = ["春天来了", "花开了...", "燕子回来了", "小草绿了"]
    out, _ = clean([TITLE, BODY[0], *lines, *BODY[1:]])
    assert all(line in out for line in lines)


def test_a_footnotes_url_after_its_mark_is_no_labelled_url():
    ref = "^https://kns.cnki.net/kcms2/article/abstract?v=8XsFQ"
    out, report = clean([TITLE, *BODY, "参考内容：", ref])
    assert ref in out, removed(report)


def test_a_copy_link_button_glued_to_its_url_still_goes():
    line = "复制链接https://zhidao.example.com/question/12472952"
    out, report = clean([TITLE, *BODY, line])
    assert line not in out, removed(report)


def test_a_title_with_its_colon_right_under_the_menu_column_stays():
    menu = ["首页", "电影", "电视剧", "动漫", "综艺", "留言"]
    title = "女教师：我的青春时代"
    fields = ["类型：剧情 地区：韩国 年份：2022", "主演：某甲，某乙", "导演：某丙"]
    out, report = clean([*menu, title, *fields, *BODY])
    assert title in out, removed(report)
    assert "电视剧" not in out


def test_a_threads_time_gaps_and_events_between_its_posts_go():
    replies = ["说得好，赞同楼主的看法。", "我也去过那里，确实不错。", "下次一起去吧。"]
    page = [
        TITLE,
        *BODY,
        "小林 于 2024年3月2日 将此帖设为精华",
        replies[0],
        "12 天 后",
        replies[1],
        "阿德 于 2024年3月20日 锁定了此帖",
        "2 个月 后",
        replies[2],
    ]
    out, report = clean(page)
    assert out == [TITLE, *BODY, *replies], removed(report)


def test_a_time_counted_forward_once_or_events_in_sentences_stay():
    gap = "3 天 后"  # once on the page: a story's part may open so
    events = ["小林于2024年3月2日将此帖设为精华。", "阿德于2024年3月20日锁定了此帖。"]
    out, _ = clean([TITLE, BODY[0], gap, *BODY[1:], *events])
    assert gap in out and set(events) <= set(out)


def test_a_counters_label_over_its_figure_goes_with_it():
    out, report = clean([TITLE, "关注者", "123", "被浏览", "135,983", *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_counting_word_over_a_sentence_stays():
    page = [TITLE, "关注者", *BODY]
    kept_whole(page)


def test_a_title_sharing_two_words_with_the_lead_over_the_pages_header_is_the_title():
    # The headline shares only two words with the lead ("闭馆", "推迟"), and the page's
    # header stands between it and the body: a tool's label and its date with a counter.
    title = "闭馆推迟 夜读成真"
    header = ["生成短网址", "2024-05-11 09:30 237 点击数"]
    page = ["首页 | 新闻 | 财经 | 体育", *MEGAMENU, title, *header, *BODY]
    out, report = clean(page)
    assert title in out and out[-len(BODY) :] == BODY, removed(report)
    assert not set(MEGAMENU) & set(out), removed(report)


def test_a_lessons_style_rules_between_its_paragraphs_stay():
    page = [
        "CSS 入门：给段落设置颜色",
        "下面的例子把所有段落的文字设为红色，并去掉页面的外边距。",
        "p { color: red; }",
        "body { margin: 0; }",
        "把这段样式放进 style 标签里，刷新页面就能看到效果。",
    ]
    kept_whole(page)


def test_an_app_prompt_under_the_body_beside_the_share_row_goes_alone_it_stays():
    prompt = "立即下载城南新闻APP，世界脉动在你手中！"
    out, report = clean([TITLE, *BODY, prompt, "分享到： 微信 微博 QQ空间"])
    assert out == [TITLE, *BODY], removed(report)
    kept_whole([TITLE, *BODY, prompt])


def test_the_bodys_second_paragraph_quoted_again_below_is_no_teaser():
    second = (
        "根据馆方的统计，去年夜间开放试点期间，平均每晚有三百多名读者到馆，周末更是超过五百人。"
    )
    page = [
        TITLE,
        BODY[0],
        second,
        BODY[1],
        "馆长在接受采访时说：" + second + "这说明夜间开放是读者真正需要的。",
        BODY[2],
    ]
    kept_whole(page)


def test_a_long_reply_sharing_two_words_is_no_title_however_near():
    # find_title on a thread: its question, then a one-line reply that shares two words with
    # the lead ("闭馆", "推迟"), then furniture another room took, then the body. The
    # reply is no title: only a line of a headline's length is one on two shared words.
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.position import find_title

    reply = "张三: 其实闭馆推迟以后我常去，人少安静，比白天在家效率高多了真的好得很"
    ad = ["上海股民专享福利！！", "新一代炒股软件，一键选股", "立即查看", "广告"]
    lines = ["图书馆夜间开放值得推广吗？", reply, *ad, *BODY]
    items = [Item(n, line, line) for n, line in enumerate(lines, 1)]
    for item in items[2:6]:
        item.mark("ZH301")
    doc = Document(items, load_lexicon(), lambda code: True)
    title, _ = find_title(doc, 6)
    assert title != 1


def test_words_parted_by_slashes_with_no_section_first_stay():
    kept_whole([TITLE, BODY[0], "红/黄/蓝", BODY[1]])


def test_a_pointer_to_an_address_between_paragraphs_stays():
    kept_whole([TITLE, BODY[0], "详见 www.chengnan.com", BODY[1]])


def test_the_authors_marked_closing_note_with_the_sites_disclaimer_stays():
    note = "●作者张三，城南大学图书馆学系教授。本文为读者投稿，言论不代表本报立场。欢迎投稿editor@example.com"
    kept_whole([TITLE, *BODY, note])


def test_a_shops_buttons_and_badges_under_the_product_go():
    title = "城南牌家用电热水壶 1.7升 304不锈钢"
    body = [
        "这款电热水壶采用食品级不锈钢内胆，五分钟即可烧开一壶水，水开后自动断电。",
        "壶身为双层防烫设计，底座可三百六十度旋转，适合家庭和办公室使用。",
    ]
    shop = [
        "收藏商品",
        "店铺首页",
        "进入店铺",
        "关注店铺",
        "客服",
        "7天无理由退货",
        "正品保障",
        "极速退款",
    ]
    out, report = clean([title, *body, *shop])
    assert out == [title, *body], removed(report)


def test_a_charts_labels_between_its_arrows_below_the_body_stay():
    chart = [
        "┌──────┼──────┐",
        "↓",
        "有冲突",
        "没冲突",
        "不清楚",
        "↓",
        "再去弄清楚",
        "↓",
        "停",
        "实行",
    ]
    out, report = clean([TITLE, *BODY, *chart])
    labels = ["有冲突", "没冲突", "不清楚", "再去弄清楚", "停", "实行"]
    assert [line for line in out if line in chart] == labels, removed(report)


def test_a_forums_statement_under_its_spaced_heading_goes():
    notice = [
        "郑 重 声 明",
        "1. 任何言论纯属作者个人观点，与本论坛无关；",
        "2. 禁止发表违反国家法律、法规的言论、信息；",
        "3. 任何转载或转贴都应注明真实作者和真实出处；",
    ]
    out, report = clean([TITLE, *BODY, *notice])
    assert out == [TITLE, *BODY], removed(report)


def test_an_authors_special_notes_under_their_heading_stay():
    notes = [
        "特别提示",
        "1、图书馆夜间开放期间，少儿阅览室只开放到晚上八点；",
        "2、夜间入馆请走北门，南门在晚上七点以后关闭；",
    ]
    kept_whole([TITLE, *BODY, *notes])


def test_boxes_of_headlines_under_their_barred_headings_below_the_body_go():
    boxes = ["| 最新", *MEGAMENU[1:3], *MEGAMENU[4:6], "| 美图", *MEGAMENU[8:11]]
    out, report = clean([TITLE, *BODY, *boxes])
    assert out == [TITLE, *BODY], removed(report)


def test_a_blogs_list_of_posts_dated_in_brackets_goes():
    posts = [f"[2005-08-0{n}] {title}" for n, title in enumerate(MEGAMENU[1:4], 1)]
    out, report = clean([TITLE, *BODY, *posts])
    assert not set(posts) & set(out), removed(report)


AGENDA = [
    "第四届中国经济学年会会议议程",
    "第四届年会将于十二月在南开大学举行，来自全国各高校的两百多位学者将出席会议并宣读论文。",
    "会议期间还将举行研究生论坛和校友聚会，欢迎各位代表踊跃参加，具体安排以现场通知为准。",
    "(3b) 金融学II",
    "地  点：经济学院第二教学楼204",
    "主  席：徐康宁（东南大学经济管理学院）",
    "阎大颖（南开大学）中国上市公司控股股东价值取向对股利政策影响的实证研究",
    "(4b) 国际贸易II",
    "地  点：经济学院第二教学楼205",
    "主  席：邱立成（南开大学经济学院）",
    "评论人：盛斌（南开大学国际经济研究所）何茵（北京大学中国经济研究中心）",
    "郑江淮、高春亮（南京大学）国际制造业资本转移、本土产业创新能力提升和政策导向转变——"
    "基于江苏沿江开发区产业配套经验的研究",
    "李坤望、黄玖立（南开大学）中国制造业的贸易开放度：1987~1997",
    "郑于青（美国奥本大学）非贸易产品投入对相对价格的影响",
    "朱希伟（浙江大学）规模经济、中间产品与贸易模式",
    "(5b) 发展经济学II",
    "地  点：经济学院第二教学楼301",
    "主  席：陈宗胜（南开大学经济研究所）",
    "评论人：孟健军（日本经济产业研究所）李国平（西安交通大学）",
    "陈宗胜、黎德福（南开大学）二元经济发展与中国的城乡收入差距",
    "林光平、吴梅（美国波特兰州立大学）我国地区经济收敛的空间计量实证分析",
]


def test_an_agendas_last_sessions_below_the_body_stay():
    # The papers and fields below the last long line repeat the fields of the sessions above
    # ("地  点：", "主  席：" twice or more): more of the page's records, not other pages'
    # headlines.
    kept_whole(AGENDA)


def test_headlines_below_the_body_still_go_when_their_fields_are_not_the_bodys():
    # The same list with a source under each headline: the body prints no such field twice.
    listed = []
    for headline in OTHER:
        listed += [headline, "来源：城南日报"]
    out, report = clean([TITLE, *BODY, "相关新闻", *listed])
    assert out == [TITLE, *BODY], removed(report)


def test_numbered_items_a_table_repeats_in_every_row_stay():
    # Each research direction lists the same exam subjects, numbered: the block repeats
    # three times and more below the body, as a template's would, but no template numbers
    # its widgets.
    table = ["附：招生专业及考试科目"]
    for direction, tutor in (
        ("01艺术学原理", "刘梦溪"),
        ("02艺术社会学", "方宁"),
        ("03美术学", "王镛"),
    ):
        table += [
            direction,
            tutor,
            "1、英语或俄语或日语",
            "2、中外美术史",
            "3、美术理论及作品分析",
        ]
    out, report = clean([TITLE, *BODY, *table])
    assert out == [TITLE, *BODY, *table], removed(report)


def test_a_sites_notice_under_a_short_heading_ending_as_notices_do_goes():
    # Not one of the listed headings: a heading of a few characters that ends in 公告, its
    # preamble and its numbered items, in a notice's words.
    notice = [
        "反侵权公告：",
        "根据著作权法等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。",
        "一、任何单位或个人使用本报社的原创内容，必须事先取得书面授权。",
        "二、对于各类非法转载行为，欢迎读者提供侵权线索。",
    ]
    out, report = clean([TITLE, *BODY, *notice])
    assert out == [TITLE, *BODY], removed(report)


def test_an_authors_numbered_announcement_under_such_a_heading_stays():
    # The author's own 公告: its items carry no site notice's words.
    notice = [
        "招聘公告",
        "一、岗位：图书管理员两名，负责夜间开放时段的借还书服务。",
        "二、条件：大专以上学历，有图书馆工作经验者优先。",
    ]
    kept_whole([TITLE, *BODY, *notice])


def test_a_calendars_row_of_weekdays_is_no_title():
    # "日 一 二 三 四 五 六" shares its characters with any lead ("一二", "三四"...); a row of
    # single characters is a calendar's or an index's, never a title.
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.document import Document
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.position import find_title

    lead = [
        "一二三四五六，七日一周期，星期日一早我们就出发了，三四个人一起去公园。",
        "四五个孩子在草地上踢球，五六位老人在长廊里下棋，一二十只鸽子在广场上觅食。",
    ]
    lines = ["日 一 二 三 四 五 六", "城南公园的周末", *lead]
    items = [Item(n, line, line) for n, line in enumerate(lines, 1)]
    items[1].mark("ZH303")  # the title's own line, taken: the row alone is left above
    doc = Document(items, load_lexicon(), lambda code: True)
    title, _ = find_title(doc, 2)
    assert title != 0


def test_a_sites_notice_in_a_sidebar_does_not_start_the_body():
    # The first prose of the page is the sidebar's notice, in a site notice's words: the
    # title is looked for above the article, not above the notice.
    import zhclean.stages.boilerplate.document as document
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.features import Item

    sidebar = [
        "公告",
        "本站所有文章均系站长从网上收集，为了尊重作者的劳动，文中会尽量给出作者姓名。",
        "我的分类",
        *OTHER,
    ]
    # A title that shares no word with the lead: found only as the line nearest the body.
    lines = [*sidebar, "灯下漫笔", *BODY]
    items = [Item(n, line, line) for n, line in enumerate(lines, 1)]
    doc = document.Document(items, load_lexicon(), lambda code: True)
    placed = doc.body_and_title()
    assert placed is not None and placed[2] == len(sidebar)


def test_a_session_of_a_programme_ending_in_a_sites_word_stays():
    # "…论坛" ends as a site's name does, but a site's name carries no time of day.
    kept_whole([TITLE, *BODY, "1:30－3:30“城市更新”论坛"])


def test_a_font_size_widget_one_button_a_line_goes():
    widget = ["小字", "中字", "大字"]
    out, report = clean([TITLE, *widget, "记者潘照文、张逸民／台北报导", *BODY])
    assert out == [TITLE, "记者潘照文、张逸民／台北报导", *BODY], removed(report)


def test_a_shops_recommendations_under_who_they_are_for_go():
    # "喜欢这本的人，也看了...": who the list is for, and what they did too; a reader's own
    # "我还买了……" under the body is a sentence of theirs.
    cards = []
    for title, author, price in (
        ("庄子，从心开始：体验古典，安适心身", "蔡璧名", "525"),
        ("易经白话讲座：六十四卦的智慧", "王思迅", "560"),
        ("沉思录：一代贤帝的自省之书", "马可斯", "237"),
    ):
        cards += [
            title,
            author,
            f"电子书 NT$ {price}",
            "影响西方文化两千年的传世经典，最完整的新译本",
            "试读",
        ]
    out, report = clean([TITLE, *BODY, "喜欢这本的人，也看了...", *cards])
    assert out == [TITLE, *BODY], removed(report)
    kept_whole([TITLE, *BODY, "当时要十五元，我还买了……"])


def test_a_forms_picker_of_dialling_codes_goes():
    picker = [
        "中国 +86",
        "中国澳门 +853",
        "阿尔巴尼亚 +355",
        "阿拉伯联合酋长国 +971",
        "安提瓜和巴布达 +1268",
    ]
    out, report = clean([TITLE, *BODY, *picker])
    assert out == [TITLE, *BODY], removed(report)
    # A contact line gives its number after the code.
    kept_whole([TITLE, *BODY, "电话：+86 10 6512 3456"])


PRODUCT = [
    "庄子，从心开始：体验古典，安适心身",
    "纸本书定价：NT$ 480",
    "电子书售价：NT$ 336",
    "这是一本带领读者从身体与心灵两方面重新阅读庄子的书，作者以多年的教学经验，把古典的智慧化为日常可行的功课。",
    "书中每一章都配有练习，读者可以一边阅读一边照着做，慢慢体会安适心身的道理。",
]


def _cards(n: int) -> list[str]:
    books = [
        ("易经白话讲座：六十四卦的智慧", "王思迅", "560"),
        ("沉思录：一代贤帝的自省之书", "马可斯", "237"),
        ("黑天鹅效应：如何及早发现最不可能发生的事", "塔雷伯", "350"),
        ("共同知识：揭开人类群体合作的逻辑", "平克", "440"),
    ][:n]
    lines = []
    for title, author, price in books:
        lines += [
            title,
            author,
            f"电子书 NT$ {price}",
            "影响西方文化两千年的传世经典，最完整的新译本。",
            "试读",
        ]
    return lines


def test_a_shops_cards_of_other_products_each_with_its_price_go():
    out, report = clean([*PRODUCT, *_cards(4)])
    assert out == PRODUCT, removed(report)


def test_a_products_prices_by_quantity_stay_among_the_cards():
    """The product's table of prices by quantity ("买1箱 每箱839元 平均每罐35元" /
    "原价1,080 现省$241", its count going up by one) is its own data, however near the cards
    of other products; the cards still go."""
    tiers = []
    for n, (price, full) in enumerate(((839, "1,080"), (819, "2,160"), (799, "3,240")), 1):
        tiers += [f"买{n}箱 每箱{price}元 平均每罐{price // 24}元", f"原价{full} 现省${n * 241}"]
    out, report = clean([*PRODUCT, *_cards(4), *tiers])
    assert out == [*PRODUCT, *tiers], removed(report)


def test_rows_counting_by_halves_are_read_without_error():
    """A row's first figure that is no whole number ("买1.5箱 …") is no count of a series:
    read as none, not as an error; the product stays."""
    rows = [f"买{n}.5箱 每箱{800 - n}元 平均每罐{33 - n}元" for n in (1, 2, 3)]
    out, report = clean([*PRODUCT, *_cards(4), *rows])
    assert out[: len(PRODUCT)] == PRODUCT, removed(report)


def test_a_deals_options_with_their_prices_stay_among_the_cards():
    """Options lettered A, B, C… in one worded template ("A.单人票一张，场次时间：3/19 19:30，
    票价区：1200"), each with its prices under it: the deal's own table of prices, not
    cards of other products; the cards still go."""
    options = []
    for letter, (full, price) in zip(
        "ABCD", ((1200, 960), (1700, 1360), (2200, 1760), (1200, 960)), strict=True
    ):
        options += [
            f"{letter}.单人票一张，场次时间：3/19 19:30，票价区：{full}",
            f"${full}",
            f"${price}",
        ]
    out, report = clean([*PRODUCT, *_cards(4), *options])
    assert out == [*PRODUCT, *options], removed(report)


def test_the_heading_of_the_products_description_under_the_cards_stays():
    """ "详细资讯" over the product's long description, right under the cards of other
    products: a heading of the page's own text, even when the text ends in "……"."""
    description = (
        "这是一本带领读者从身体与心灵两方面重新阅读庄子的书，作者以多年的教学经验，把古典的智慧"
        "化为日常可行的功课，书中每一章都配有练习，读者可以一边阅读一边照着做，慢慢体会安适心身"
        "的道理，也能在忙碌的日子里找到片刻的安静……"
    )
    cards = _cards(4)[:-1]  # the last card without its button: the heading is in its reach
    out, report = clean([*PRODUCT, *cards, "详细资讯", description])
    assert out == [*PRODUCT, "详细资讯", description], removed(report)


def test_a_products_bulleted_features_by_its_price_are_no_card():
    """A coupon's price in the site's bar above, then the product: its name, its features
    bulleted with "◎", its prices. Read from the coupon, the product looks like one more
    card; its bulleted features make it the page's own (other products' cards carry none)."""
    product = [
        "UNIFLAME 可提式多功能不锈钢碗篮组 660416",
        "◎可提式设计，拿取更加贴心",
        "◎附砧板可以轻松切菜、切肉",
        "◎可直接加热",
        "建议售价 $3200元",
        "一次付清特价 72 折 2320 元",
    ]
    for months, price, banks in ((3, 806, 31), (6, 405, 31), (12, 212, 30)):
        product += [f"{months}期", f"每期${price}", f"接受{banks}家银行"]
    bar = ["折价券金额:$170", "(满$2,150 时可用)"]
    notice = "本站所售商品均为原厂正品，订单成立后将于两个工作日内出货，如有疑问请洽客服人员。"
    out, report = clean([*bar, notice, *product])
    assert [line for line in out if line in product[:6]] == product[:6], removed(report)


def test_a_page_of_cards_from_the_start_keeps_them():
    # A category or search page: no product of its own before the cards.
    page = ["热门电子书", *_cards(4)]
    out, report = clean(page)
    assert [line for line in out if "NT$" in line] == [line for line in page if "NT$" in line]


def test_counts_under_each_entry_go_and_a_table_of_figures_stays():
    listing = []
    for headline, counts in zip(
        OTHER + ["公交十二路明起恢复原线路"],
        ["60 2 0", "2.8K 5 0", "159 1 0", "97 1 0"],
        strict=True,
    ):
        listing += [headline, counts]
    out, report = clean([TITLE, *BODY, *listing])
    assert not {"60 2 0", "2.8K 5 0", "159 1 0", "97 1 0"} & set(out), removed(report)
    table = ["2019 12 30", "2020 15 41", "2021 18 52", "2022 21 60"]
    kept_whole([TITLE, *BODY, "年份 分馆 座位", *table])


# --- a post's stamp tells its title -------------------------------------------------------

# A blog's sidebar above one post: its notice, categories, latest posts, links and counts.
BLOG_SIDEBAR = [
    "洞庭小筑的博客",
    "公告",
    "本站所有文章均系站长从网上收集，为了尊重作者的劳动，文中会尽量给出作者姓名。",
    "我的分类（专题）",
    "首页(279)",
    "古今战争(9)",
    "人生冷暖(6)",
    "往事如烟(35)",
    "最新日志",
    *OTHER,
    "友情链接",
    "城南书友会",
    "湖湘文化论坛",
    "Blog信息",
    "日志:279",
    "访问:121369",
]
# A post whose title shares no word with its first lines (a reposted tract, a poem).
POST_TITLE = "旧文重读《夜航船》"
POST_BODY = [
    "长夜漫漫，舟行水上，同船的客人各说各的见闻，有人谈天文，有人讲地理，好不热闹。",
    "一位僧人听了半晌，终于忍不住问道：澹台灭明是一个人还是两个人？众人哄堂大笑。",
    "读书人若只会夸夸其谈，不求甚解，便难免在这样的夜航船上闹出笑话来。",
    "张岱把这些见闻编成一部小书，从天文地理到典章制度，无所不包，供人随手翻检。",
]


def test_a_sidebar_above_a_stamped_posts_title_goes():
    stamp = "老周 发表于 2005-9-15 11:46:00"
    out, report = clean([*BLOG_SIDEBAR, stamp, POST_TITLE, *POST_BODY])
    # The notice is a sentence: the zone's rooms leave prose to the line rooms.
    notice = BLOG_SIDEBAR[2]
    assert [line for line in out if line != notice] == [POST_TITLE, *POST_BODY], removed(report)


def test_a_feeds_entries_above_its_last_entry_stay():
    # Every entry stamped: the lines above the last title are other entries, not a sidebar.
    entries = [
        "冬日随笔",
        "2005-12-21 22:51:36",
        "窗外下着小雪，屋里炉火正旺，一家人围坐着说起了今年的收成和明年的打算。",
        "周末见闻",
        "2005-12-18 09:12:05",
        "早市上人来人往，卖菜的老伯说今年雨水多，青菜长得格外好，价钱也便宜。",
    ]
    page = [*entries, "2005-12-25 10:00:00", POST_TITLE, *POST_BODY]
    out, report = clean(page)
    assert all(line in out for line in entries[::3] + entries[2::3]), removed(report)


def test_a_title_with_its_days_date_after_the_headline_stays():
    # "…-2020年10月16日全球经济日历": the post's own title, its edition by date; no site's name.
    post_title = TITLE + "-2022年10月16日城南夜读日历"
    out, report = clean([post_title, "首页 > 本地新闻", TITLE, *BODY])
    assert out == [post_title, TITLE, *BODY], removed(report)


def test_a_sidebars_rows_of_labels_each_led_by_a_count_go():
    # A blog's category box and tag cloud flattened into one line each, under the body.
    categories = "读书笔记 0城南旧事 505夜读推荐 11馆藏介绍 6未分类 2活动预告 1讲座回顾 34读者来信"
    tags = "2019 1AI 1algorithm 1Anaconda 1API 1BERT 2python 9curl 1docker 3git"
    out, report = clean([TITLE, *BODY, "分类", categories, "标签", tags])
    assert categories not in out and tags not in out, removed(report)


def test_a_sentence_of_figures_and_measures_is_no_counted_row():
    line = "2019年 3月 12日 我们 去了 5个 城市 看了 12场 展览"
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


@pytest.mark.parametrize(
    "move", ["-15.65 (-0.43%)", "+0.0015 (+0.02%)", "18,608.94 -76.69 (-0.41%)"]
)
def test_a_tickers_move_alone_goes(move):
    out, report = clean([TITLE, BODY[0], move, *BODY[1:]])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_with_a_percentage_is_no_ticker():
    line = "全年借阅量 -15.65 (-0.43%)，降幅不大。"
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


def test_a_forms_buttons_above_the_title_go():
    # An avatar uploader's buttons printed over the article: "预览", "保存 取消".
    out, report = clean(["预览", "保存 取消", TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "buttons",
    ["[ 回复本贴 ] [ 跟从标题 ] [ 关闭本窗口 ] [ 刷新 ]", "[查看我的博客目录] [加入个人书签]"],
)
def test_a_row_of_bracketed_buttons_goes(buttons):
    out, report = clean([TITLE, *BODY, buttons])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize("line", ["【编者按】", "【相关链接】城南图书馆官网"])
def test_footnote_marks_and_bracketed_headings_are_no_buttons(line):
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


@pytest.mark.parametrize("counter", ["您是本文第 154 个阅览者", "你是第 344522 位访问者"])
def test_a_visitor_counter_as_a_sentence_goes(counter):
    out, report = clean([TITLE, *BODY, counter])
    assert out == [TITLE, *BODY], removed(report)


def test_an_ordinal_of_a_reader_in_a_sentence_stays():
    line = "她是本馆第 100 位读者，馆长亲自为她办理了借书证。"
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


def test_a_directorys_row_of_offices_among_the_footers_links_goes():
    row = "市教育局 市公安局 市民政局 市财政局 市文化和旅游局 市卫生健康委员会 市统计局 市档案馆"
    footer = ["网站地图 | 联系我们", row, "版权所有：城南市人民政府办公室"]
    out, report = clean([TITLE, *BODY, *footer])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_naming_offices_stays():
    line = "市教育局 市公安局 市民政局 市财政局 市统计局 等部门 昨天 联合 召开 协调会"
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


def test_the_article_printed_again_further_down_goes():
    # A hidden mobile layout prints the paragraphs a second time under the page's chrome.
    out, report = clean([TITLE, *BODY, "网站地图 | 联系我们", *BODY])
    assert out == [TITLE, *BODY], removed(report)


@pytest.mark.parametrize(
    "again",
    [
        [BODY[1]],  # one paragraph quoted again: a pull quote, a summary
        [BODY[2], BODY[0]],  # two, in another order: no copy of a passage
    ],
)
def test_a_paragraph_quoted_again_stays(again):
    page = [TITLE, *BODY, "编者的话：", *again]
    out, _ = clean(page)
    assert out.count(BODY[1] if len(again) == 1 else BODY[0]) == 2


def test_an_epapers_page_links_go():
    pages = ["第A01版：头版 下一版", "第A01版：头版", "第A02版：城南新闻", "第A03版：读书周刊"]
    out, report = clean([*pages, TITLE, *BODY])
    assert out == [TITLE, *BODY], removed(report)


def test_a_sentence_that_opens_with_a_page_number_stays():
    line = "第3版：本报评论员文章说，夜间开放是便民之举。"
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


def test_an_articles_line_of_universities_among_its_paragraphs_stays():
    # The winners the article names, one line among its paragraphs: no directory.
    line = "北京大学 清华大学 浙江大学 南京大学 复旦大学 武汉大学 中山大学"
    kept_whole([TITLE, BODY[0], "获奖高校", line, *BODY[1:]])


@pytest.mark.parametrize(
    "line",
    [
        "1号线 2号线 3号线 4号线 5号线 6号线 7号线",  # an enumeration counts up
        "新开通 3号线 14号线 16号线 19号线 22号线 27号线",  # numbered things, among paragraphs
    ],
)
def test_an_articles_line_of_numbered_things_stays(line):
    kept_whole([TITLE, BODY[0], line, *BODY[1:]])


BOOK = [
    "《城南夜读》电子书",
    "作者：李华",
    "出版社：城南文艺出版社 关注",
    "出版日期：2025/03/01",
    "语言：简体中文",
    "ISBN: 9787000000001",
    "字数： 98,000",
    "定价：人民币 48 元",
    "书中收录了作者在图书馆夜间开放期间写下的四十篇随笔。",
    "每一篇都记下了一个在灯下读书的人。",
]


def test_a_products_specifications_stay_whatever_their_labels_count():
    # "字数" counts, and "关注" is a button glued to the publisher's name: among the book's
    # other fields, each is a row of its specifications.
    kept, _ = clean(BOOK)
    assert kept == BOOK


def test_a_pages_count_between_its_credits_still_goes():
    kept, _ = clean([TITLE, "来源：城南日报", "点击：237", "责任编辑：李华", *BODY])
    assert "点击：237" not in kept


OTHER_TITLES = [
    "城北体育馆新增二十块羽毛球场",
    "城西书店推出周末诗歌朗诵会",
    "全市中小学今起开始秋季招生",
    "地铁五号线南延段计划年底通车",
]


def test_four_plain_titles_of_other_articles_under_the_sites_menu_go():
    kept, _ = clean(["城南新闻网", "首页 新闻 文化 生活 体育", *OTHER_TITLES, TITLE, *BODY])
    assert kept == [TITLE, *BODY]


def test_an_articles_own_lines_over_its_title_stay():
    # A kicker and a deck name what the lead says: the article's own, however title-like.
    own = ["周五周六闭馆推迟到晚上十点", "城南图书馆夜读服务再升级", "上班族下班后也能来借书"]
    kept, _ = clean(["城南新闻网", "首页 新闻 文化 生活 体育", *own, TITLE, *BODY])
    assert kept == [*own, TITLE, *BODY]


def test_a_page_title_of_the_sites_name_and_slogan_goes_over_the_articles_own():
    kept, report = clean(["江城资讯网 - 每天更新身边事", TITLE, *BODY])
    assert kept == [TITLE, *BODY]
    assert {e.detector for e in report.events} == {"page_title_line"}


def test_a_page_title_that_names_the_article_stays_when_no_copy_stands_below():
    named = "图书馆夜间开放再延长 - 江城资讯网"
    kept, _ = clean([named, "2024-05-01 来源：江城日报", *BODY])
    assert named in kept


def test_a_list_under_a_heading_named_for_what_it_holds_goes_after_the_body():
    # "读书会动态": no word list knows the heading, but it ends with what a list of articles
    # holds (data: heading_nouns), and three headlines stand under it.
    kept, _ = clean([TITLE, *BODY, "读书会动态", *OTHER_TITLES])
    assert kept == [TITLE, *BODY]


def test_endorsers_under_their_heading_stay_after_the_body():
    endorse = [
        "名家推荐",
        "作家 林小雨",
        "城南图书馆馆长 王华",
        "资深编辑 陈子墨",
        "电台主持人 李明",
    ]
    kept, _ = clean([TITLE, *BODY, *endorse])
    assert kept == [TITLE, *BODY, *endorse]


def test_an_entrys_infobox_under_its_short_lead_stays():
    """An encyclopedia's entry: its title, a short lead, then its infobox one field a line
    ("中文名" / "西湖醋鱼" / "主要食材" / "草鱼" …) and its contents above its sections. Under
    the lead the column is the entry's data, not a menu between the title and the body."""
    infobox = ["中文名", "西湖醋鱼", "主要食材", "草鱼", "口味", "酸甜", "菜系", "浙菜"]
    lead = ["西湖醋鱼", "西湖醋鱼是浙江杭州的一道传统名菜，属于浙菜系。"]
    body = [
        "历史渊源",
        "相传西湖醋鱼起源于南宋，是一位嫂子为小叔烧的一道菜，后来流传开来。",
        "制作方法",
        "将草鱼洗净后放入沸水中煮熟，捞出装盘，再浇上用糖、醋和酱油调成的汁即可。",
    ]
    head = ["百科", "首页", "分类", "特色百科", "用户", "登录", "编辑", "收藏", "分享"]
    contents = ["目录", "1 历史渊源", "2 制作方法"]
    tail = ["词条标签：", "美食 浙菜 杭州", "浏览次数：12345次", "最近更新：2023-05-01"]
    out, report = clean([*head, *lead, *infobox, *contents, *body, *tail])
    start = out.index(lead[1]) + 1
    assert out[start : start + len(infobox)] == infobox, removed(report)


def test_a_posts_stamp_with_the_province_it_was_sent_from_is_a_date_line():
    """ "2025年03月12日 08:00 浙江": a microblog's or a public account's stamp of the day and
    where the post was sent from, alone: it dates the page, and goes."""
    _, report = clean([TITLE, "2025年03月12日 08:00 浙江", *BODY])
    assert ("2025年03月12日 08:00 浙江", "ZH308") in {(e.text, e.code) for e in report.events}
