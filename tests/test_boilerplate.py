"""Boilerplate: each detector on junk written for these tests, and the lines it must keep."""

from __future__ import annotations

import pytest

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

TITLE = "市民公园改造工程正式完工"
BODY = [
    "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。",
    "改造后的公园新增了健身步道、儿童游乐区和休憩长廊，绿化面积扩大了三成。",
    "不少市民表示，公园环境明显改善，周末带孩子来玩的人越来越多了。",
]


def run(lines: list[str]) -> tuple[list[str], dict[str, int]]:
    report = Report()
    out = boilerplate("\n".join(lines), report, lambda c: True)
    return [line for line in out.split("\n") if line.strip()], report.counts()


def removed_by(junk: str, *, where: str = "after_title") -> tuple[list[str], dict[str, int]]:
    lines = [TITLE, junk, *BODY] if where == "after_title" else [TITLE, *BODY, junk]
    if where == "before_title":
        lines = [junk, TITLE, *BODY]
    return run(lines)


@pytest.mark.parametrize(
    ("junk", "code"),
    [
        ("**************", "ZH311"),
        ("- - - - - - - -", "ZH311"),
        ("┌────┼────┐", "ZH311"),  # a chart's frame drawn with box characters
        ("发布时间：2023-04-05 08:30", "ZH308"),
        ("文章发布时间：2023-04-05 08:30", "ZH308"),  # the label names what the page is
        ("菜谱创建时间：2023-01-15", "ZH308"),
        ("6-9 17:40 来自 iPhone客户端", "ZH308"),  # a post's time and the app it came from
        ("03-19 · 浙江", "ZH308"),  # a recent day, padded, and where the post was sent from
        ("2024-03-19 · 广东", "ZH308"),
        ("2014年5月17日 21:57来自iPad", "ZH308"),
        ("2023年4月5日 星期三", "ZH308"),
        ("2023年4月5日(三)", "ZH308"),
        (
            "04/05/2023",
            "ZH308",
        ),  # the American order, as English templates print it  # the weekday in brackets, as Taiwan and Hong Kong print it
        ("[2020-01-02 10:11:12]", "ZH308"),
        ("2014-12-25 HKT 22:40", "ZH308"),  # a time with its zone
        ("2014/12/11 18:58 报导", "ZH308"),  # a stamp's verb after its time
        ("Saturday, September 10th, 2005 10:56 am", "ZH308"),  # an English day first
        ("编辑于 2023-03-01 15:45・IP 属地北京", "ZH308"),  # a post's time, where it was sent
        ("点赞数 40", "ZH307"),
        ("投币 678", "ZH307"),  # a video site's coins, counted as its likes are
        ("我也说一句", "ZH310"),  # a thread's prompt to reply, under every floor
        ("你对这个回答的评价是？", "ZH310"),  # a Q&A site's prompt under every answer
        ("这篇影评可能有剧透", "ZH310"),  # a review site's warning over the review
        ("★★★★☆ 4.3分", "ZH307"),  # a review's stars and score
        ("★★★☆☆", "ZH307"),
        ("★★★★★ 4.8 (326则评价)", "ZH307"),
        ("小**阳", "ZH307"),  # a buyer's name the shop masks over the review
        ("t**9", "ZH307"),
        ("网友点评（1268）", "ZH307"),  # a review site's count of reviews
        (
            "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
            "ZH305",
        ),
        (
            "此分类上一篇：【台中北区】雨天也想去的独立书店咖啡",
            "ZH303",
        ),  # a blog's pager in its category
        ("个人分类：台中吃喝", "ZH309"),  # a blog's category field
        ("文章知识点与官方知识档案匹配，可进一步学习相关知识", "ZH305"),  # a blog platform's box
        ("1.2万播放 356弹幕", "ZH307"),
        ("2014-12-25 22:40 GMT+8", "ZH308"),
        ("© 2014 城南新闻网", "ZH305"),  # the copyright sign with its year: a site's footer
        ("免责声明：本文仅代表作者个人观点，与本网无关。", "ZH305"),  # the site's disclaimer
        ("时间：2023-04-05 来源： 点击：", "ZH307"),
        ("2023-04-05 09:12 阅读 1234 评论 5", "ZH307"),
        ("浏览次数：876", "ZH307"),
        ("16°C", "ZH307"),  # a weather widget's reading
        ("12~19℃", "ZH307"),
        ("读书吧 关注：2,406贴子：9,817", "ZH307"),  # a forum's counts, 贴子 as forums spell it
        ("讨论数量: 27", "ZH307"),
        ("赞同: 1893", "ZH307"),  # the votes on an answer
        ("votes: 1893", "ZH307"),
        ("来源：", "ZH306"),
        ("来源：http://www.example.com/news/1.html", "ZH306"),
        ("#城市更新##公园#", "ZH309"),
        ("关键词：公园,改造,绿化", "ZH309"),
        ("首页 > 本地新闻 > 正文", "ZH303"),
        ("专栏/轻小说/同人连载/夜读城南", "ZH303"),  # a trail parted by bare slashes
        ("城南读书会·城南社区论坛 » 学术前沿 » 夜读城南", "ZH303"),  # from the site's name
        ("粉丝：23文章：11", "ZH307"),  # a profile card's counts
        ("城南新闻网 / 生活消费", "ZH303"),  # the site's name, then its section
        ("当前位置：网站首页 > 城建动态", "ZH303"),
        ("您现在的位置是：网站首页>新闻", "ZH303"),
        ("网站首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流", "ZH303"),
        ("分享到： 微信 微博 QQ空间", "ZH303"),
        ("http://paper.example.com [2014-04-02] 我要评论", "ZH303"),  # labels, address, date
        ("【打印本页】 【关闭窗口】", "ZH303"),
        ("友善列印", "ZH303"),  # Taiwan's "print this page"
        ("A A A A", "ZH303"),  # a font-size widget
        ("Permalink", "ZH303"),  # a blog template's English link
        ("字型大小：小中大特大", "ZH303"),  # its buttons run together
        ("2014/12/13 星期六 │加入最爱│手机版", "ZH303"),  # tools parted by box-drawing bars
        ("首 页", "ZH303"),  # a label spaced to a button's width
        ("收藏此帖 回复此帖 引用此帖", "ZH303"),  # a thread's buttons, each naming its post
        ("| 私隐政策声明 | 使用条款 | 版权告示 |", "ZH303"),  # Hong Kong's footer links
        ("点击查看大图", "ZH310"),
        ("www.example-news.cn", "ZH303"),
        ("城南市政府门户网站 www.chengnan.gov.cn", "ZH303"),  # a site's name and address
        ("{dede:field.title/}", "ZH313"),
        ("Loading", "ZH313"),  # a widget's placeholder before its script loaded it
        ("[图片]", "ZH313"),  # an image's placeholder in its brackets
        ("视频加载中...", "ZH313"),  # a player's label before its loading note
        ("20141218h134447.asp", "ZH313"),  # a server page's file name, printed by its template
        ("board=Chengnan&u=reader01", "ZH313"),  # a link's query string alone on its line
        ("var _hmt = _hmt || [];", "ZH313"),
        ("body { margin: 0; } #top { padding: 3px 8px; text-align: left; }", "ZH313"),  # CSS
        (
            'var _hmt = _hmt || []; (function() { var hm = document.createElement("script");'
            ' hm.src = "https://hm.example.com/hm.js?0123456789abcdef0123456789abcdef";'
            ' var s = document.getElementsByTagName("script")[0]; })();',
            "ZH313",
        ),
        ("12 ]", "ZH313"),
    ],
)
def test_junk_line_after_the_title_is_removed(junk, code):
    out, counts = removed_by(junk)
    assert out == [TITLE, *BODY]
    assert counts.get(code) == 1, counts


@pytest.mark.parametrize(
    ("junk", "code"),
    [
        ("上一篇：区里召开安全生产工作会议", "ZH303"),
        ("下一篇：全市开展植树活动", "ZH303"),
        ("本站部分内容转载自网络，版权归原作者所有，如有侵权请联系删除。", "ZH305"),
        ("Copyright © 2009-2023 某某网 版权所有 京ICP备12345678号", "ZH305"),
        ("返回顶部", "ZH303"),
        # A post's stamp with its counters in brackets, parted by a semicolon.
        ("发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)", "ZH307"),
        ("阅读:3727;评论:63", "ZH307"),
        # A comment's header: "re:" and the post's title, its time, its author's name.
        ("# re: 市民公园改造工程正式完工 2004-12-27 12:46 flyingbirds", "ZH307"),
        ("回复：市民公园改造工程正式完工 2004-12-28 0:25 古月春秋", "ZH307"),
        ("# re: 市民公园改造工程正式完工 2004-12-28 21:43 [ IceSharK - PP.Poet ]", "ZH307"),
        # Empty fields whose inputs the page left as their attributes, and a date.
        ('作者： size="20" 来源： size="20" 发布日期： 7/5/2005 9:23:57 PM', "ZH307"),
        # A widget's text until its script fills it in; an ellipsis is no full stop.
        ("正在读取评论……", "ZH310"),
        ("正在加载评论...", "ZH310"),
        # A site's mailing-list form, two of its prompts in one line.
        ("欢迎加入本站邮件列表，您将得到最新更新邮件。请在表格中填入您的邮件地址：", "ZH310"),
        # A prompt to get the site's app, its name between the verb and "APP".
        ("下载百度知道APP，抢鲜体验", "ZH310"),
        ("使用百度知道APP，立即抢鲜体验。你的手机镜头里或许有别人想知道的答案。", "ZH310"),
        # A link to a gallery with its count of pictures.
        ("蔡健雅演唱会(12张)", "ZH303"),
        ("已编辑", "ZH303"),  # a thread's mark of an edited post
        ("0 篇书评", "ZH307"),  # a shop's and a column's tallies
        # Cookie banners, however the site words them: two of their phrases.
        (
            "本网站使用 cookie 保障服务正常运行，为您提供最佳用户体验。点击“接受”即表示您同意。",
            "ZH305",
        ),
        ("This site uses cookies to improve your experience.", "ZH305"),
        ("我们使用 cookies 记住您的偏好，继续浏览即表示接受我们的 Cookie 政策。", "ZH305"),
        ("Cookie 对网站正常运行至关重要。为改善您的网站体验，我们会用它保存您的设置。", "ZH305"),
        # A script's notice that the page did not load, its full stop and all.
        ("评论加载时出错，请刷新页面重试。", "ZH310"),
        # Tallies of a thread, an inbox, a pager, a gallery and a search, each with its word.
        ("1 / 12 条", "ZH307"),
        ("3 条未读", "ZH307"),
        ("分享17", "ZH307"),
        ("共2页", "ZH307"),
        ("共6张图片", "ZH307"),
        ("1 ~ 20 笔结果", "ZH307"),
        ("5 秒后刷新", "ZH310"),
        # A supplier's, a shop's, a Q&A's and a review site's buttons.
        ("询底价", "ZH303"),
        ("我要订货", "ZH303"),
        ("找相似", "ZH303"),
        ("关注问题", "ZH303"),
        ("我来写短评", "ZH303"),
        ("No results found", "ZH310"),
        ("# 夜读 # 图书馆 # 城南", "ZH309"),  # a blog theme's tags, a space after each mark
        ("全部商品分类", "ZH303"),
        ("好评率 98%", "ZH307"),
        ("无障碍浏览 长者模式", "ZH303"),  # a government site's accessibility switches
        ("會員登入 | 加入會員", "ZH303"),  # Taiwan's words for the same buttons
        ("扫码下载城南APP", "ZH310"),  # an app's prompt, its verb the scan of a code
        ("编辑 锁定 讨论 上传视频", "ZH303"),  # an encyclopedia's tools
        ("立即沟通 收藏", "ZH303"),  # a job board's buttons
        # A forum's furniture (Discuz and its kind): a member's card, the reply box's prompt,
        # the page's generation time; a download site's mirrors.
        ("积分 86", "ZH307"),
        ("开启辅助访问", "ZH303"),
        ("您需要登录后才可以回帖 登录 | 立即注册", "ZH310"),
        ("GMT+8, 2024-5-1 09:12 , Processed in 0.052 second(s), 25 queries .", "ZH305"),
        ("电信下载 联通下载 移动下载", "ZH303"),
        # A Q&A site's buttons and labels around its answers.
        ("搜索答案 我要提问", "ZH303"),
        ("本回答由提问者推荐", "ZH310"),
        # A player's notices, a gallery's buttons, an app's prompt over a cut article.
        ("您的浏览器不支持video标签", "ZH310"),
        ("点击播放", "ZH310"),
        ("上一张 下一张", "ZH303"),
        ("[查看原图]", "ZH310"),
        ("打开APP阅读全文", "ZH310"),
        ("展开剩余 85%", "ZH310"),
        ("图片来源于网络，侵删", "ZH305"),
        # A government or company site's foot: who runs it, the browser it wants, its visits,
        # the day in the lunar calendar.
        ("主办：江城市人民政府办公室 承办：江城市大数据中心", "ZH305"),
        ("建议使用1024×768分辨率、IE9以上浏览器浏览本站", "ZH305"),
        ("在线人数：23", "ZH307"),
        ("农历四月廿三", "ZH308"),
        # The site's notice about the page itself: gone, hidden, paid for, a search's count.
        ("抱歉，您访问的页面不存在", "ZH310"),
        ("该帖子已被管理员删除", "ZH310"),
        ("剩余80%内容，付费后可查看", "ZH310"),
        ("为您找到相关结果约100个", "ZH310"),
        # A blog's stamp of its last edit, and its tip jar's payment dialog (CSDN and its kind).
        ("已于 2023-01-02 10:11:12 修改", "ZH308"),
        ("你的鼓励将是我创作的最大动力", "ZH310"),
        ("您的余额不足，请更换扫码支付或充值", "ZH310"),
        ("Python 专栏收录该内容", "ZH310"),
        # An English blog theme's sidebar, share buttons and credit (WordPress and its kind).
        ("Search for:", "ZH303"),
        ("Categories", "ZH303"),
        ("Entries feed", "ZH303"),
        ("Click to share on Twitter (Opens in new window)", "ZH310"),
        ("Proudly powered by WordPress", "ZH310"),
        # A WeChat article's closing prompts.
        ("觉得好看，请点这里↓", "ZH310"),
        ("分享、点赞、在看，3连3连！", "ZH310"),
        ("继续滑动看下一个", "ZH310"),
        # A comment box's rules, prompts and disclaimer.
        ("请文明上网，理性发言", "ZH310"),
        ("快来发表你的评论吧", "ZH310"),
        ("看不清？换一张", "ZH310"),
        ("网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述", "ZH305"),
        ("推荐阅读：夜读时光 城南旧事新编 灯下集", "ZH304"),  # titles one space apart
        ("2024-03-02 18:30 发表于浙江", "ZH308"),  # WeChat's stamp, where it was sent from
        ("207 人订阅", "ZH307"),
    ],
)
def test_junk_line_after_the_body_is_removed(junk, code):
    out, counts = removed_by(junk, where="after_body")
    assert out == [TITLE, *BODY]
    assert counts.get(code) == 1, counts


def test_casino_and_lottery_keyword_lines_even_as_title():
    out, counts = run(
        ["澳门葡京娱乐城真人百家乐注册就送彩金", TITLE, *BODY, "北京赛车pk10开奖直播 时时彩走势图"]
    )
    assert out == [TITLE, *BODY]
    assert counts["ZH302"] == 2


def test_a_lottery_plan_sites_name_in_the_title_position_goes():
    # A site selling "plans" (picks) for a lottery names itself by them: "快三计划网".
    out, counts = run(["江苏快三计划网-江苏快三计划网 -「强烈推荐」", TITLE, *BODY])
    assert out == [TITLE, *BODY]
    assert counts["ZH302"] == 1


def test_one_ad_word_in_a_headline_under_the_breadcrumb_stays_on_a_page_with_no_ad():
    # "欧美" names Europe and America as often as a porn site's channel: one such word, next
    # to navigation, on a page that carries no ad, is the headline's.
    title = "油价跌跌不休 重挫欧美股市"
    body = [
        "受油价继续下跌拖累，纽约股市三大指数周五下跌，欧洲主要股指当天也全线走低，市场担心需求放缓。",
        "分析人士指出，原油供过于求的担忧短期内难以消除，能源类股票成为拖累大盘的主要因素。",
    ]
    out, counts = run(["首页 > 新闻 > 国际", title, *body])
    assert out == [title, *body], counts


def test_one_ad_word_next_to_navigation_still_goes_on_a_spam_wrapped_page():
    # The same word on a page whose ads were found for sure is more of them.
    ad = "澳门葡京娱乐城真人百家乐注册就送彩金"
    out, counts = run([ad, "首页 > 欧美", "欧美频道", TITLE, *BODY])
    assert out == [TITLE, *BODY], counts


def test_porn_seo_title_line():
    out, _ = run(["国产精品一区二区,免费av在线观看,成人视频", TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_a_news_title_about_gambling_stays():
    title = "警方捣毁一个跨境网络赌博团伙"
    out, _ = run([title, *BODY])
    assert out == [title, *BODY]


def test_exchange_ad_block_any_brand():
    block = [
        "芝麻开门(Gate.io)",
        "老牌数字资产交易平台",
        "Bitget交易所",
        "新用户注册送50U",
        "APP下载 官网地址",
    ]
    out, counts = run([*block, TITLE, *BODY])
    assert out == [TITLE, *BODY]
    assert counts["ZH301"] == len(block)


def test_an_article_mentioning_an_exchange_keeps_its_sentences():
    body = ["据报道，币安交易所本周宣布将调整部分地区的服务条款，引发市场关注。", *BODY]
    out, _ = run([TITLE, *body])
    assert out == [TITLE, *body]


def test_related_list_in_traditional_script():
    out, counts = run(
        [TITLE, *BODY, "相關閱讀：", "城東新建三所學校", "地鐵五號線年底通車", "老舊小區改造啟動"]
    )
    assert out == [TITLE, *BODY]
    assert counts["ZH304"] == 4


def test_full_width_forms_match_too():
    out, _ = removed_by("ＡＰＰ下載 官網地址", where="after_body")
    assert out == [TITLE, *BODY]


def test_tail_list_of_other_headlines():
    tail = [
        "全市中小学新学期开学",
        "地铁三号线今起试运营？",
        "这家老字号餐馆又火了！",
        "周末气温回升至二十度",
    ]
    out, counts = run([TITLE, *BODY, *tail])
    assert out == [TITLE, *BODY]
    assert counts["ZH304"] == 4


def test_head_list_recognised_by_a_later_copy_of_the_title():
    head = ["城东新建三所学校", TITLE, "地铁五号线年底通车", "老旧小区改造启动"]
    out, counts = run([*head, TITLE, "本报记者 李明", *BODY])
    assert out == [TITLE, "本报记者 李明", *BODY]
    assert counts["ZH304"] == 4


def test_a_title_right_above_its_own_snippet_is_no_entry_of_the_head_list():
    head = ["城东新建三所学校", "地铁五号线年底通车", "老旧小区改造启动", TITLE]
    snippet = TITLE + "...市民公园夜间开放时间查询"
    out, counts = run([*head, snippet, *BODY])
    assert out == [TITLE, snippet, *BODY]
    assert counts["ZH304"] == 3


def test_labelled_teaser_that_copies_the_body():
    teaser = "导读：经过八个月的施工，位于城东的市民公园改造工程日前正式完工..."
    out, counts = run([TITLE, teaser, *BODY])
    assert out == [TITLE, *BODY]
    assert counts["ZH312"] == 1


def test_original_summary_stays():
    summary = "摘要：本文分析了城市公园建设对居民生活质量的影响，并提出三点建议。"
    out, _ = run([TITLE, summary, *BODY])
    assert summary in out


@pytest.mark.parametrize(
    "credit",
    [
        "来源：人民日报 作者：张三",
        "2023-04-05 10:00 来源：新华社",
        "责任编辑：王五",
        "本报记者 赵六 摄",
        "12 08:00:00 李四",
        "作者：陈某 编辑：刘某 浏览：",
        "上报快讯／范姜佳钰 2020年03月12日 20:19:00",  # a source and a name, dated
        "文／王小明",
        "来源：新华社（北京）",  # a source's bracket is no counter's
        '作者：张三 size="20" 来源： size="20"',  # a name in the field: a credit
        # A reply that says when, in its own words: no header.
        "Re: 关于明天的聚会，我们在2004-12-27 12:46见面，请大家准时到场",
        "使用微信APP，可以方便地支付。",  # an app named in the author's sentence
        "他一共写了307篇文章。",  # a count in a sentence
        "9:20—9:50",  # a programme's slot: a fact of the subject, not the page's stamp
        "12月12日下午",  # an event's day and its part
        "比赛时间：2023-04-05 08:30",  # a date the subject's name labels: a fact
        "产品发布时间：2023-04-05",
        "2024-06-10 08:15 来自 新华社",  # a source named after 来自: a credit, no device
        "03-19 · 新华社",  # a source after the dot, no province
        "下载微信APP后，我们就能在手机上付款了。",
    ],
)
def test_credits_stay(credit):
    out, _ = run([TITLE, credit, *BODY])
    assert credit in out


def test_headings_and_author_lists_stay():
    lines = [TITLE, "一、工程概况", BODY[0], "二、主要做法", BODY[1], "延伸资料见下表：", BODY[2]]
    out, _ = run(lines)
    assert out == lines


def test_a_notice_sentence_citing_an_address_by_ip_stays():
    # A procurement notice gives its system's address as a bare IP: no template residue.
    line = "供应商可通过登录政府采购电子交易系统（http://47.111.115.168:10021/#/index）直接获取招标文件。"
    out, _ = run([TITLE, BODY[0], line, BODY[1]])
    assert line in out


def test_a_numbered_clause_of_the_pages_own_terms_stays():
    # Terms of membership set out as a numbered list; one clause names the site and its
    # privacy policy, as a footer notice would, and is still the page's text.
    terms = [
        "1. 您同意将您所提供予本公司之个人资料，依照本公司的隐私权政策进行搜集、处理与利用。",
        "2. 根据个资与隐私权政策，任何您提供在本网站的意见、建议与资料，都是公开的且非专有的。",
        "3. 若会员提供任何错误或不实的资料，本公司有权暂停或终止其会员资格。",
    ]
    out, _ = run(["会员条款", *terms])
    assert out == ["会员条款", *terms]


def test_an_english_byline_with_a_name_stays():
    # "by admin" names nobody; a real name after a date is the author's credit.
    out, _ = removed_by("Posted on 2023-04-05 by Zhang", where="after_body")
    assert out[-1] == "Posted on 2023-04-05 by Zhang"


def test_a_sites_name_and_a_reporters_credit_parted_by_a_slash_stays():
    out, _ = removed_by("城南新闻网 / 记者 王敏")
    assert out[1] == "城南新闻网 / 记者 王敏"


def test_a_file_name_the_author_writes_of_stays():
    # A how-to names its files: with no figure in it, the name is no template's print.
    lines = [TITLE, BODY[0], "index.php", BODY[1], BODY[2]]
    out, _ = run(lines)
    assert out == lines


def test_a_heading_about_sharing_on_a_network_stays():
    # Words of its own beside the verb and the network: the author's heading, no button.
    lines = [TITLE, BODY[0], "用微信发送红包更方便", BODY[1], BODY[2]]
    out, _ = run(lines)
    assert out == lines


def test_adjacent_duplicates_keep_the_credited_one():
    caption = "市民在新建成的健身步道上锻炼身体，公园里一片生机勃勃"
    out, counts = run([TITLE, caption, caption + " 攝：王小明", *BODY])
    assert out == [TITLE, caption + " 攝：王小明", *BODY]
    assert counts["ZH314"] == 1


LONG_TITLE = "城东市民公园历时八个月改造工程正式完工"


def test_a_title_beside_its_site_named_copy_keeps_the_longer():
    out, counts = run([LONG_TITLE + " - 城南新闻网", LONG_TITLE, *BODY])
    assert out == [LONG_TITLE + " - 城南新闻网", *BODY]
    assert counts["ZH314"] == 1


def test_a_pages_site_named_title_far_above_the_headline_goes():
    menu = ["首页", "新闻", "社会", "文化", "体育", "首页 > 新闻 > 正文"]
    out, counts = run([LONG_TITLE + "_城南新闻网", *menu, LONG_TITLE, *BODY])
    assert out == [LONG_TITLE, *BODY]
    assert counts["ZH303"] >= 1 and "ZH314" not in counts  # the page's <title>: site chrome


def test_shop_notice_block_between_separators():
    block = ["==========", "全场包邮，下单即发货", "售后咨询请联系客服旺旺", "=========="]
    out, _ = run([*block, TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_facet_counts_are_a_link_list():
    facets = ["经济(120)", "社会(98)", "文化(45)", "体育(12)"]
    out, _ = run([TITLE, *BODY, *facets])
    assert out == [TITLE, *BODY]


def test_a_page_of_nothing_but_navigation_is_empty():
    out, _ = run(["首页 | 关于我们 | 联系我们", "上一页 下一页", "返回顶部"])
    assert out == []


def test_user_line_pattern_file(tmp_path):
    from zhclean.lexicon import load_lexicon

    rules = tmp_path / "mine.toml"
    rules.write_text(
        '[[line_patterns]]\ncode = "ZH305"\npattern = "^本文由.+整理发布$"\n', encoding="utf-8"
    )
    report = Report()
    text = "\n".join([TITLE, *BODY, "本文由某某网编辑整理发布"])
    out = boilerplate(text, report, lambda c: True, load_lexicon((str(rules),)))
    assert out.split("\n") == [TITLE, *BODY]
    assert report.counts() == {"ZH305": 1}


@pytest.mark.parametrize(
    "junk", ["Phone : 办公用品批发", "Email : 电子产品", "电话：暂无", "邮箱：请填写"]
)
def test_contact_fields_of_a_template_without_a_contact_go(junk):
    out, counts = removed_by(junk, where="after_body")
    assert out == [TITLE, *BODY] and counts == {"ZH313": 1}


@pytest.mark.parametrize(
    "contact", ["电话：010-12345678", "Email : office@example.cn", "联系电话：13800138000"]
)
def test_real_contacts_stay(contact):
    out, _ = removed_by(contact, where="after_body")
    assert contact in out


def test_numbered_items_under_a_site_notice_go_with_it():
    notice = [
        "【返回顶部】",
        "温馨提示",
        "1、资料下载后请用解压软件打开。",
        "2、如遇问题请联系站长处理。",
    ]
    out, counts = run([TITLE, *BODY, *notice])
    assert out == [TITLE, *BODY]
    assert counts["ZH305"] == 3


def test_an_article_that_gives_numbered_advice_keeps_it():
    advice = ["温馨提示", "1、高温天气请减少户外活动。", "2、注意补充水分，防止中暑。"]
    out, _ = run([TITLE, BODY[0], *advice, BODY[1]])
    assert out == [TITLE, BODY[0], *advice, BODY[1]]


def test_the_site_name_between_header_and_menu_goes():
    head = ["欢迎访问城市生活网！ | 帮助中心", "城市生活网", "首页 | 新闻 | 房产 | 汽车 | 旅游"]
    out, _ = run([*head, TITLE, *BODY])
    assert out == [TITLE, *BODY]


def test_a_title_between_two_menus_stays():
    head = ["首页 | 新闻 | 房产 | 汽车 | 旅游", TITLE, "当前位置：首页 > 新闻"]
    out, _ = run([*head, *BODY])
    assert out == [TITLE, *BODY]


def test_removed_lines_that_read_like_prose_are_reported_as_warnings():
    from zhclean import clean_text

    teaser = "导读：" + BODY[0]
    result = clean_text("\n".join([TITLE, teaser, *BODY]))
    assert result.counts.get("ZH312") == 1
    assert result.warnings == [{"line": 2, "rule": "ZH312", "text": teaser}]
    notice = clean_text(
        "\n".join([TITLE, *BODY, "免责声明：本站转载文章仅供参考，如有侵权请联系删除。"])
    )
    assert notice.counts.get("ZH305") == 1 and notice.warnings == []


@pytest.mark.parametrize(
    "block",
    [
        # A driving school's banner between the article's paragraphs.
        ["安心驾校", "学车就来安心驾校", "小班教学 随到随学", "拿证快！", "城南分校"],
        # An English course, Traditional, full-width digits.
        ["卓越英語培訓", "０基礎也能開口說", "３個月輕鬆掌握日常會話", "火熱招生中"],
        # A shop's offer: its name and a sale.
        ["好运家电专卖店", "全场特价", "限时抢购"],
    ],
)
def test_promotional_block_of_short_slogans(block):
    lines = [TITLE, BODY[0], *block, BODY[1], BODY[2]]
    out, counts = run(lines)
    assert out == [TITLE, *BODY]
    assert counts.get("ZH315") == len(block)


def test_short_headings_of_an_article_about_schools_stay():
    # Headings ending in a school-name word, but no ad copy, and numbered headings.
    lines = [
        TITLE,
        BODY[0],
        "一、家庭教育",
        "二、学校教育",
        "社会教育",
        "终身教育",
        BODY[1],
        "报名方式",
        BODY[2],
    ]
    out, counts = run(lines)
    assert out == lines
    assert "ZH315" not in counts


@pytest.mark.parametrize("label", ["大陆深度川震十年", "國際財經", "香港评论观点", "台湾要闻"])
def test_channel_labels_run_together_above_the_title(label):
    out, counts = removed_by(label, where="before_title")
    assert out == [TITLE, *BODY]
    assert counts.get("ZH303") == 1


@pytest.mark.parametrize("first", ["国际体育仲裁庭裁定禁赛八年", "深度学习框架发布新版本", "香港"])
def test_a_title_that_starts_with_a_channel_word_stays(first):
    lines = [first, TITLE, *BODY]
    out, _ = run(lines)
    assert out == lines


@pytest.mark.parametrize(
    "junk,code",
    [
        ("发布日期：112-09-05", "ZH308"),  # a Taiwan ROC date
        ("编辑于 2023-10-06 12:30", "ZH308"),
        ("最新网址：www.example-novels.cc", "ZH306"),
        ("官方网站: https://www.example.org/", "ZH306"),
        ("【领券地址】https://s.click.example.com/1Ihqeps", "ZH306"),  # the label in brackets
        ("http://www.example.com/ 2005-07-18 13:03:17", "ZH308"),  # a date and only a URL
        ("联络我们", "ZH303"),  # Hong Kong's word for 联系我们
        ("购物车", "ZH303"),
        ("Blogger", "ZH303"),  # a blog platform's name, alone: its template's link
        ("返回上一级", "ZH303"),
        ("链接已复制", "ZH310"),  # a toast after the copy button
        ("新浪转发", "ZH303"),  # a share button: the network and the verb
        ("还没有人赞赏，快来当第一个赞赏的人吧！", "ZH310"),  # a tip jar's prompt
        ("推荐阅读：都市之最强神医 / 重生之商业帝国 / 万古神帝", "ZH304"),
        ("相关文章: 城市更新提速、老旧小区改造、口袋公园建设", "ZH304"),
        # Labels made like the listed ones:
        ("词条标签：生物 动物 哺乳动物", "ZH309"),  # a tag label not in the list
        ("最近更新：2023-08-01", "ZH308"),
        ("2023/2/21 21:20（2/21 22:08 更新）", "ZH308"),  # an update stamp without a year
        # Share buttons: a share verb and a network, nothing else, in any pairing.
        ("用LINE傳送", "ZH303"),
        ("Share on Facebook", "ZH303"),
        ("转发到微信朋友圈", "ZH303"),
        # A template's label of several English words is one label, not three tokens.
        ("Skip to content", "ZH303"),
        ("Toggle navigation", "ZH303"),
        ('Posts tagged "夜间开放"', "ZH303"),  # a blog's archive heading
        # An English blog template's lines go as their Chinese equivalents do.
        ("by adminPosted in 新闻Tagged 切尔西, 德布劳内", "ZH309"),  # glued when tags went
        ("Posted on 2023-04-05 by admin", "ZH308"),
        ("Comments are closed.", "ZH310"),
        ("Your email address will not be published.", "ZH310"),
        ("Leave a Reply", "ZH310"),
        ("Loading...", "ZH313"),  # a placeholder with its dots, as "Loading" alone
        ("猜你喜欢 MORE", "ZH304"),  # a related heading with its "more" link glued on
        # A blog template's comment form: two of its prompts in one sentence.
        ("在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。", "ZH310"),
        ("浏览次数：1203456次 编辑次数：88次 历史版本", "ZH307"),
        ("更多精彩内容请关注某某网官方微信", "ZH310"),
    ],
)
def test_more_junk_after_the_body(junk, code):
    out, counts = removed_by(junk, where="after_body")
    assert out == [TITLE, *BODY]
    assert counts.get(code) == 1


def test_a_related_label_before_a_sentence_stays():
    out, _ = removed_by("推荐阅读：这本书写得很好，值得一读。", where="after_body")
    assert out[-1] == "推荐阅读：这本书写得很好，值得一读。"


def test_contact_lines_of_a_notice_stay_among_chrome():
    lines = [
        TITLE,
        *BODY,
        "聯絡人：陳小姐",
        "聯絡電話：1999轉6123",
        "列印 回上頁 分享",
        "瀏覽人次：1523",
        "更新日期：112-09-06",
    ]
    out, _ = run(lines)
    assert out == [TITLE, *BODY, "聯絡人：陳小姐", "聯絡電話：1999轉6123"]


def test_an_event_date_of_the_article_stays():
    # Only a page's own dates (published, updated) are chrome; this one is the article's.
    out, _ = removed_by("报名时间：2023年10月1日", where="after_body")
    assert out[-1] == "报名时间：2023年10月1日"


def test_a_menu_of_site_sections_named_for_what_they_hold():
    out, counts = removed_by("百科首页 秒懂百科 特色百科 知识专题", where="before_title")
    assert out == [TITLE, *BODY]
    assert counts.get("ZH303") == 1


def test_a_source_credit_under_any_label_keeps_its_line():
    out, _ = removed_by("本文来源：人民日报 作者：佚名", where="after_body")
    assert out[-1] == "本文来源：人民日报 作者：佚名"
    out, counts = removed_by("本文来源：本站 作者：佚名", where="after_body")
    assert out == [TITLE, *BODY]
    assert counts.get("ZH306") == 1


@pytest.mark.parametrize("junk", ["收藏喜欢", "分享收藏", "登录注册"])
def test_widget_labels_run_together(junk):
    out, counts = removed_by(junk, where="after_body")
    assert out == [TITLE, *BODY]
    assert counts.get("ZH303") == 1


def test_tables_the_author_wrote_stay():
    table = [
        "| 品种 | 产量（万吨） | 面积（万亩） | 同比增长 |",
        "| --- | --- | --- | --- |",
        "| 稻谷 | 1520 | 3000 | 2.1% |",
        "品种 | 产量 | 面积 | 增长",
        "稻谷 | 1520 | 3000 | 2.1%",
        "小麦 | 860 | 1800 | 1.5%",
    ]
    lines = [TITLE, BODY[0], *table, BODY[1]]
    out, counts = run(lines)
    assert out == lines
    assert "ZH304" not in counts


def test_a_pipe_menu_still_goes():
    out, counts = removed_by("首页 | 新闻 | 关于我们 | 联系我们 | 网站地图", where="before_title")
    assert out == [TITLE, *BODY]


@pytest.mark.parametrize(
    "ending",
    [
        # A poem that ends the article: short lines of one length.
        ["山高风自远", "云淡雁南飞", "老友重相聚", "把酒话桑麻"],
        # The author's own list, introduced by a colon.
        [
            "我推荐以下几本书：",
            "《平凡的世界》路遥著",
            "《活着》余华著",
            "《围城》钱锺书著",
            "《边城》沈从文著",
        ],
    ],
)
def test_the_authors_lines_after_the_last_paragraph_stay(ending):
    lines = [TITLE, *BODY, *ending]
    out, _ = run(lines)
    assert out == lines


def test_a_list_of_other_headlines_at_the_tail_still_goes():
    tail = [
        "全市新建口袋公园五十处，市民休闲更方便",
        "老旧小区改造提速，今年完成三百个",
        "地铁三号线二期工程开工建设",
        "城市书房开到家门口，阅读更便利",
    ]
    out, counts = run([TITLE, *BODY, *tail])
    assert out == [TITLE, *BODY]
    assert counts.get("ZH304") == 4


def test_a_row_of_news_channels_is_a_menu_but_one_channel_word_is_a_heading():
    out, counts = removed_by("港闻 即时新闻 财经 娱乐 体育 副刊", where="before_title")
    assert out == [TITLE, *BODY]
    lines = [TITLE, BODY[0], "经济", BODY[1]]
    assert run(lines)[0] == lines


@pytest.mark.parametrize(
    "junk,code",
    [
        ("返回搜狐，查看更多", "ZH303"),
        ("返回新浪首页", "ZH303"),
        ("点击回到头条首页", "ZH303"),
        ("更多“社保卡怎么补办”的相关经验资讯请关注www.example.com", "ZH303"),
        (
            "平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
            "ZH305",
        ),
    ],
)
def test_platform_chrome(junk, code):
    out, counts = removed_by(junk, where="after_body")
    assert out == [TITLE, *BODY]
    assert counts.get(code) == 1


def test_a_sentence_that_sends_the_reader_to_an_address_mid_way_stays():
    lines = [TITLE, BODY[0], "欲了解更多详情，市民可登录www.example.gov.cn查询。", BODY[1]]
    assert run(lines)[0] == lines


@pytest.mark.parametrize("heading", ["热门排行", "每日精彩视频", "人气新闻"])
def test_a_composed_heading_over_cut_headlines_goes_with_them(heading):
    # No fixed list holds these headings: they are made of a list's words, a qualifier
    # (热门, 每日, 人气) and the kind of entry, or two qualifiers.
    tail = [
        heading,
        "1“假日经济”持续升温 小城市撬动文旅“…",
        "2“新农人”变“兴农人” 为乡村振兴插上…",
        "3多地文旅市场持续火热 假日里的中国活力…",
        "4中短途客流增加 “五一”假期客流量持续…",
    ]
    out, counts = run([TITLE, *BODY, *tail])
    assert out == [TITLE, *BODY]
    assert counts.get("ZH304") == 5


@pytest.mark.parametrize("heading", ["热门景点介绍", "推荐", "最新进展"])
def test_a_heading_with_a_word_no_list_heading_has_stays(heading):
    lines = [TITLE, BODY[0], heading, BODY[1]]
    assert run(lines)[0] == lines


def test_a_title_that_starts_with_return_stays():
    lines = [TITLE, BODY[0], "返回故乡", BODY[1]]
    assert run(lines)[0] == lines


def test_a_title_under_a_breadcrumb_that_names_it_stays():
    title = "多用途水果榨汁机"
    body = [
        "多用途水果榨汁机的主要构件是螺旋，螺旋沿着料渣的出口方向转动，把果肉和果汁分开。",
        "多用途水果榨汁机由机架、传动系统、进料部分和榨汁部分组成，适合中小型果汁厂使用。",
    ]
    lines = ["您现在的位置：首页 > 产品中心 > 榨汁机 > 多用途水果榨汁机", title, "分享到：", *body]
    out, _ = run(lines)
    assert out == [title, *body]


@pytest.mark.parametrize(
    "line",
    [
        "这本画册共120页，收录了城南图书馆三十年来的老照片。",
        "馆里还有3条未读完的旧报纸合订本，等待修复。",
    ],
)
def test_a_sentence_that_counts_pages_or_unread_items_stays(line):
    out, _ = run([TITLE, *BODY[:2], line, BODY[2]])
    assert line in out


def test_a_markdown_heading_is_no_tag():
    out, _ = run([TITLE, BODY[0], "# 延时开放的安排", *BODY[1:]])
    assert "# 延时开放的安排" in out


def test_a_paragraph_that_ends_on_a_related_label_stays():
    line = "大家好，我是城南图书馆的馆员小周，今天给大家推荐几本夜读好书。其他推荐阅读： 夜读时光 灯下集"
    out, _ = run([TITLE, *BODY, line])
    assert line in out


def test_a_job_boards_similar_jobs_go_with_their_heading():
    out, _ = run([TITLE, *BODY, "相似职位", "高级图书管理员 8-12K", "少儿阅读推广专员 6-9K"])
    assert out == [TITLE, *BODY]


def test_a_qa_sites_special_picks_go_with_their_heading():
    out, _ = run([TITLE, *BODY, "特别推荐", "城北图书馆怎么办理借阅证？"])
    assert out == [TITLE, *BODY]


@pytest.mark.parametrize(
    ("line", "in_body"),
    [
        ("图为城南图书馆夜景。记者 王华 摄", True),  # a photo's caption with its credit
        ("分辨率：1920×1080", True),  # a screen's resolution in a product's specifications
        ("记者发现，该网友发布的相关内容已被平台删除。", True),  # a sentence about a deleted post
        # A microblog's post that opens with its topic, and a sentence naming WordPress.
        ("#城南夜读# 周五晚上图书馆开到十点，下班后终于能安心看会儿书了", False),
        ("我用WordPress搭了一个博客，专门记录在图书馆读过的书。", False),
    ],
)
def test_an_authors_line_that_mentions_junks_words_stays(line, in_body):
    page = [TITLE, BODY[0], line, *BODY[1:]] if in_body else [TITLE, *BODY, line]
    out, _ = run(page)
    assert line in out
