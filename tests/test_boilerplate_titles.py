"""Titles that quote a phrase: a headline such as '益阳：“数字”是优长' or '…跑出“加速度”' is
title-shaped (quoted speech, with a clause's or a sentence's mark inside, is not), so a list
of such headlines goes and such a title is found over the site's labels above it. Where the
body stands: not in a row of other headlines under a related heading, however heavy.

Every page here is made up for these tests."""

from __future__ import annotations

import pytest

from zhclean.lexicon import load_lexicon
from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate
from zhclean.stages.boilerplate.document import Document
from zhclean.stages.boilerplate.features import Item

BODY = [
    "城南街道今年把社区书房开到了居民楼下，晚上十点前都能借书还书，夜读成了不少居民的新习惯。",
    "街道负责人介绍，书房由闲置门面改造而成，图书由区图书馆统一配送，每月轮换一次。",
    "居民王女士说，以前下班后只能刷手机，现在每周都会带孩子来书房读上一两个小时。",
]


def clean(lines: list[str]) -> list[str]:
    out = boilerplate("\n".join(lines), Report(), lambda code: True)
    return [line for line in out.split("\n") if line.strip()]


def found_title(lines: list[str]) -> int | None:
    """The index of the title the boilerplate stage places over the body of ``lines``."""
    items = [Item(n, line, line) for n, line in enumerate(lines, 1)]
    placed = Document(items, load_lexicon(), lambda code: True).body_and_title()
    return None if placed is None else placed[2]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("益阳：“数字”是优长", True),
        ("稳经济需要跑出“加速度”", True),
        ("他说：“明天见！”", False),
        ("他说：“明天见，不见不散”", False),
        ("（记者 张三）", False),
    ],
)
def test_a_quoted_phrase_is_no_speech(text, title):
    assert Item(1, text, text).title_like is title


def test_other_headlines_that_quote_a_phrase_go_below_the_body():
    others = [
        "台退将：围台军演变“困台军演”",
        "老城区菜市场完成“升级”改造",
        "公交十二路调整部分站点",
    ]
    page = ["城南：社区书房点亮“夜读”时光", *BODY, "相关新闻", *others]
    assert clean(page) == ["城南：社区书房点亮“夜读”时光", *BODY]


def test_the_nearest_title_shaped_line_sharing_two_words_is_the_title():
    """Not a label farther up that shares as many words with the lead (the site's name in
    '城南书房' is in the lead too): the quoted headline right over the date and tools is."""
    lines = ["城南书房", "城南：“夜读”风尚浓", "2020-01-02 17:11", "分享到：", *BODY]
    items = [Item(i + 1, text, text) for i, text in enumerate(lines)]
    doc = Document(items, load_lexicon(), lambda code: True)
    doc.run()
    placed = doc.body_and_title()
    assert placed is not None and items[placed[2]].text == "城南：“夜读”风尚浓"


def test_a_heavy_row_of_headlines_under_a_related_heading_is_no_body():
    """'图片推荐' over the other stories' headlines run together in one long line, heavier than
    a short article above: the article is the body, the row is the list's."""
    row = " ".join(
        [
            "河滨公园新增两条夜跑步道，市民点赞“家门口的运动场”",
            "老城区菜市场完成升级改造，摊位统一换上电子秤",
            "公交十二路调整部分站点，早高峰加密班次",
            "城西新建三所学校明年秋季招生，学位增加两千个",
        ]
    )
    lines = ["城南：“夜读”风尚浓", *BODY[:2], "图片推荐", row]
    items = [Item(i + 1, text, text) for i, text in enumerate(lines)]
    doc = Document(items, load_lexicon(), lambda code: True)
    doc.run()
    placed = doc.body_and_title()
    assert placed is not None and (placed[0], placed[1]) == (1, 2)


def test_the_pages_title_printed_again_in_its_header_and_sidebar_stays_once():
    """The page's first line, its <title>, printed again under the site's login widget and in a
    sidebar of the author's other notes, is no template line even where the body is placed
    further down (under a heading that shares the lead's words, below a picture's OCR text)."""
    title = "读《城南旧事》—城南书友"
    sidebar = ["读《边城》—城南书友", "读《呼兰河传》—城南书友", title, "读《围城》—城南书友"]
    ocr = ["CERRELATION A", "DMHRU QUNER", "MVHANASG LBUT"]
    page = [title, "Login / Register", title, "一句话：先读书，再做事。", *ocr, "社区书房的夜读"]
    page += [*BODY, "Search", "Overview", "ToC", *sidebar, "TOC"]
    assert clean(page)[:2] == [title, "一句话：先读书，再做事。"]


def test_a_posts_stamp_under_the_title_is_no_title_and_the_title_over_it_stays():
    """A blog's stamp ("2023年5月12日 由 小林 发表": a date and a few short words) stands
    between the title and the text: the title is the line above it, not the stamp, and the
    menu's column over the title does not take it."""
    from zhclean import clean_text

    title = "自制酸奶的三个小窍门"
    body = [
        "夏天到了，很多朋友问我怎么在家做酸奶。其实只要掌握温度和时间，失败的概率就很低。",
        "第一，牛奶要先加热到八十度左右再放凉，这样能杀死杂菌，做出来的酸奶更稠。",
        "第二，菌粉加入时牛奶温度不能超过四十五度，否则菌种会被烫死。",
    ]
    for stamp in ("2023年5月12日 由 小林 发表", "Posted on May 12, 2023 by 小林"):
        page = ["小林的厨房笔记", "首页", "关于我", "留言板", "归档", title, stamp, *body]
        out = clean_text("\n".join(page) + "\n").text.split("\n")
        assert title in out, stamp
        assert out.index(title) < out.index(body[0])


def test_a_headline_that_opens_with_a_date_is_no_stamp():
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.position import _post_stamp

    def item(text: str) -> Item:
        return Item(1, text, text.casefold())

    assert _post_stamp(item("2023年5月12日 由 小林 发表"))
    assert not _post_stamp(item("2023年5月12日 国务院常务会议召开 部署稳经济措施"))


def test_an_accounts_name_under_the_title_is_no_title_though_its_stamp_names_it():
    """A media account's name under the headline, and a stamp under it that names the account
    ("2024-05-18 16:56发布于北京城南晚报官方账号"): the stamp is no lead, so the name is not
    "contained in the lead"; the headline, which shares the lead's words, is the title."""
    from zhclean import clean_text

    title = "城南图书馆延长夜间开放时间，夜读族点赞"
    others = ["河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造", "公交十二路调整部分站点"]
    page = [
        *others,
        "全新首页 焕新登场",
        "复制链接",
        "微信",
        "用微信扫描二维码",
        "QQ",
        title,
        "城南晚报新媒体",
        "2024-05-18 16:56发布于北京城南晚报新媒体官方账号",
        "+关注",
        "近日，城南图书馆宣布延长夜间开放时间，每周五和周六的闭馆时间推迟到晚上十点，夜读族纷纷点赞。",
        "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务也不受影响。",
        "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。",
    ]
    out = clean_text("\n".join(page) + "\n").text.split("\n")
    assert title in out
    assert not any(other in out for other in others)


SECTIONED = [
    "开放时间",
    "社区书房每天上午九点开门，晚上十点闭馆，节假日照常开放，欢迎居民前来阅读。",
    "借阅规则",
    "每位居民凭社区卡最多可借五本书，借期三十天，到期前可在前台续借一次。",
    "捐书方式",
    "居民可把闲置图书送到前台登记，工作人员会在一周内完成消毒和上架。",
]


def test_a_body_that_opens_with_a_section_heading_keeps_its_title_and_byline_above_it():
    # The first section's heading stands right over the first paragraph, as the title
    # usually does; its siblings of one length further down show it is the body's.
    lines = ["城南社区书房使用指南", "社区小编", *SECTIONED]
    assert clean(["首页", "新闻", *lines])[-len(lines) :] == lines


def test_headings_of_other_lengths_make_no_series_and_the_title_stays_where_it_was():
    # "捐书方式" alone is the same length as the line over the body: one sibling is no series.
    lines = ["城南社区书房使用指南", *SECTIONED[1:4], "怎样把家里的书捐给书房", SECTIONED[5]]
    assert clean(lines) == lines


def test_a_name_printed_over_a_bio_and_again_on_its_card_is_no_title_the_lead_names():
    # A Q&A page: the question, then the answerer's name over a one-line bio (the first
    # prose), the name again on the answerer's card, then the answer. The repeated name is
    # the page's furniture, no line the lead contains: the question above is the title.
    question = "为什么城南社区书房晚上人最多？"
    lines = [
        "问答",
        question,
        "我来答",
        "书房小管家",
        "2024-03-05 · 分享身边的阅读故事和读书心得。",
        "书房小管家",
        "采纳数：152 获赞数：112",
        "社区书房晚上人最多，主要是因为白天大家都在上班上学，只有晚上才有空来看书。",
        "另外书房晚上的灯光和座位都比较好，环境安静，很多居民也把这里当成自习室。",
    ]
    assert found_title(lines) == lines.index(question)


def test_an_interns_byline_under_the_title_is_a_credit_not_the_title():
    # A title that shares no word with the lead is found as the nearest line over the body,
    # past its credits: "本报实习生 …" is one, as "本报记者 …" is.
    lines = ["灯下漫笔", "本报实习生 刘国栋 周炜", *BODY]
    assert found_title(lines) == 0


def test_a_chapters_title_under_its_trail_and_the_readers_tools_stays():
    # The trail ends with the chapter's title; the reader's settings stand between the two.
    chapter = "第十七章 雨夜客栈"
    lines = [
        "青灯书屋",
        "首页 玄幻 武侠 都市 历史 科幻 排行榜 全本 我的书架",
        "本站最新域名：www.example-novel.xyz 请牢记收藏！",
        f"青灯书屋 > 武侠小说 > 山河剑录 > {chapter}",
        "设置 背景： 字体： 字号： 14 16 18 20 22",
        chapter,
        "上一章 目录 下一章 加入书签",
        *BODY,
        # The site's notice printed into the chapter names the site: it goes, and lends the
        # site's name no place in the lead (the name above was taken for the title).
        "天才一秒记住本站地址：[青灯书屋] 最快更新！无广告！",
        "上一章 目录 下一章",
    ]
    assert clean(lines) == [chapter, *BODY]


def test_an_accounts_name_shares_no_word_made_across_a_mark_of_its_bio():
    # "南窗书影" over the account's bio "…城南、窗下和书影…": the bio holds "书影", but no
    # "南窗" (a mark stands between "南" and "窗"); the name shares one word with the lead,
    # and the article's title above it is the title.
    lines = [
        "城南街道把社区书房开到居民楼下",
        "原创",
        "南窗书影",
        "功能介绍 记录城南、窗下和书影里的故事。",
        "2024-03-22 08:00",
        *BODY,
    ]
    assert found_title(lines) == 0


def test_the_bodys_own_heading_under_the_first_paragraph_lends_the_heading_over_it_no_words():
    """ "课程介绍" over the first paragraph shares 介绍 with "讲师介绍" further down, a heading
    of the body's, not its lead: the title over them shares the lead's words and stays."""
    from made_up import clean_lines

    page = [
        "首页",
        "课程",
        "直播",
        "考试",
        "企业培训",
        "首页 > 职场技能 > 办公软件",
        "表格数据分析从入门到实战",
        "好评率 98%",
        "加入购物车",
        "分享",
        "课程介绍",
        "本课程面向每天要和表格打交道的职场人，从最基础的单元格操作讲起，一直到透视表和简单的自动化。",
        "全部案例都来自销售、人事和财务三类常见岗位，每一节都配有练习文件，学完可以直接用在工作里。",
        "讲师介绍",
        "讲师是一家制造企业的前数据分析主管，从事报表与数据分析工作十二年，带过多期内训。",
    ]
    kept, _ = clean_lines(page)
    assert kept == [page[6], *page[10:]]


def test_a_photo_caption_over_the_body_is_no_title_and_the_deck_under_the_title_stays():
    """ "…北环路口。周晓岚 摄": a caption with its photographer after its full stop, no title;
    the title above and its deck stay, whatever the gallery's chrome between them."""
    from made_up import clean_lines

    page = [
        "首页",
        "本地",
        "民生",
        "教育",
        "房产",
        "视频",
        "登录",
        "当前位置：首页 > 本地新闻 > 城建",
        "青禾路拓宽工程下月开工 沿线三处公交站将临时迁移",
        "施工期约十个月，部分路段实行单向通行",
        "2025-10-14 08:32 来源：清河晚报 阅读：2381",
        "本报记者 周晓岚 通讯员 林一帆",
        "1/8",
        "上一张",
        "下一张",
        "青禾路现状：早高峰时段车辆排队至北环路口。周晓岚 摄",
        "记者昨日从市城建局获悉，青禾路拓宽改造工程已完成招标，计划于11月中旬正式开工，工程全长约3.2公里。",
        "据介绍，青禾路是连接老城区与高新区的主要通道，日均车流量超过4万辆次，沿线新建小区陆续入住。",
        "施工期间将如何通行",
        "根据交通组织方案，施工将分东西两幅进行，先行施工东半幅，西半幅保留双向各一条车道。",
    ]
    kept, _ = clean_lines(page)
    assert "施工期约十个月，部分路段实行单向通行" in kept
