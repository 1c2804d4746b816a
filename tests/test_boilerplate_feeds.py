"""Feeds: a stream of other articles under an article (stamp, headline, teaser, again and
again) goes, with the ads between its entries; a listing page's entries and a thread's
replies stay. Every page here is made up for these tests."""

from __future__ import annotations

from zhclean import clean_text
from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

TITLE = "城南图书馆延长夜间开放时间"
BODY = [
    "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。",
    "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务也不受影响。",
    "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。",
]
ENTRIES = [
    (
        "城南晚报·2 天前",
        "河滨公园新增两条夜跑步道",
        "河滨公园管理处昨天宣布，园内新修的两条夜跑步道正式开放，全长三公里。",
    ),
    (
        "城南晚报·23 小时前",
        "老城区菜市场完成升级改造",
        "经过半年的施工，老城区菜市场完成升级改造，摊位由八十个增加到一百二十个。",
    ),
    (
        "都市快报·3 小时前",
        "公交十二路调整部分站点",
        "因道路施工，公交十二路自本周六起调整部分站点，恢复时间另行通知。",
    ),
]
AD = ["广告", "扫码领取夏日优惠券"]


def clean(lines: list[str]) -> tuple[list[str], Report]:
    report = Report()
    out = boilerplate("\n".join(lines), report, lambda code: True)
    return [line for line in out.split("\n") if line.strip()], report


def feed(with_ads: bool = True) -> list[str]:
    lines = ["大家都在看"]
    for stamp, headline, teaser in ENTRIES:
        lines += [stamp, headline, teaser, *(AD if with_ads else [])]
    return lines


def test_a_feed_under_an_article_goes_with_the_ads_between_its_entries():
    out, report = clean([TITLE, *BODY, *feed()])
    assert out == [TITLE, *BODY]
    taken = {e.text: e.detector for e in report.events if e.text is not None}
    assert all(taken[line] == "feeds" for _, line, _ in ENTRIES)


def test_a_listing_pages_entries_with_their_teasers_stay():
    # No article above: the entries are the page's text (POLICY: listing pages).
    lines = ["城南晚报 本地新闻", *feed(with_ads=False)[1:]]
    out, _ = clean(lines)
    for _, headline, teaser in ENTRIES:
        assert headline in out and teaser in out


def test_a_threads_replies_stay():
    # A name and a time, then the reply: no headline between the stamp and the text.
    replies = [
        ("夜读人 · 2 天前", "支持延长开放，晚上下班后终于有地方安静看书了，希望能一直坚持。"),
        ("书虫小王 · 1 天前", "希望周末也能延长，白天要陪孩子，只有晚上才有空去图书馆看书。"),
        ("城南老李 · 3 小时前", "夜间的照明和安保也要跟上，读者的安全最重要，这点请馆方重视。"),
    ]
    lines = [TITLE, *BODY]
    for stamp, reply in replies:
        lines += [stamp, reply]
    out, _ = clean(lines)
    assert all(reply in out for _, reply in replies)


def test_a_feed_dumped_as_text_keeps_each_entrys_title_beside_its_template_labels():
    # A blog's feed saved as text: every entry repeats the template's labels (the author's
    # name, a category, a tag) around its own title and text. The title that follows the
    # same label each time with other words is the entry's own line, even where the labels
    # around it form a column outside the body (the first entry's).
    entries = [
        ("夜跑记", "昨晚沿着河边跑了五公里，风很大，回家以后整个人都精神了不少。"),
        ("旧书摊", "周末在旧书摊淘到一本八十年代的诗集，扉页上还有前主人的签名。"),
        ("阳台的花", "阳台上的茉莉终于开了，满屋子都是香味，邻居路过也夸了两句。"),
        ("学做面包", "第一次自己揉面做面包，发酵的时间没掌握好，烤出来有点硬。"),
    ]
    lines = ["小林的部落格"]
    for title, text in entries:
        lines += ["小林", title, "随笔", "生活", text]
    out, report = clean(lines)
    for title, text in entries:
        assert title in out and text in out
    assert "生活" not in out  # the tag the page repeats under every entry's title
    assert report.counts().get("ZH303")  # the first entry's labels, above the body


def test_a_menu_shown_twice_is_no_record():
    # The same labels in the same order at the top and the bottom: each label is followed by
    # the same next one, so none of them is an entry's own line.
    menu = ["首页", "本地", "社会", "财经", "体育"]
    out, _ = clean([*menu, TITLE, *BODY, *menu, *menu[1:]])
    assert out == [TITLE, *BODY]


# An RSS feed dumped as text, item by item: title, link, description, pubDate (RFC 2822).
RSS_ITEMS = [
    ("社区中心举办新春联欢晚会", "居民们自编自演了二十多个节目，现场座无虚席，笑声不断。"),
    ("图书馆推出夜间自习室", "自习室每晚开放到十一点，并提供免费的饮用水和充电插座。"),
    ("公交公司调整三条线路", "调整后的线路将覆盖新建的两个住宅小区，方便居民出行。"),
    ("老年大学春季班开始报名", "今年新开设了智能手机、书法和太极拳等八门课程。"),
    # The last entry's description is cut before its full stop.
    ("城东菜市场完成改造", "改造后的市场分为蔬菜、水产、肉类三个区，摊位整齐，通道宽敞"),
]


def rss_dump() -> list[str]:
    lines = ["Example City News", "http://news.example.org", "Latest News Stories"]
    for n, (title, description) in enumerate(RSS_ITEMS):
        day = 30 - n
        link = f"http://news.example.org/item?id={100 + n}"
        lines += [title, link, description, f"Fri, {day} Dec 2005 14:19:19 GMT"]
    return lines


def test_an_rss_dumps_dates_go_and_its_last_entry_stays():
    out, report = clean(rss_dump())
    for title, description in RSS_ITEMS:
        assert title in out and description in out
    assert not any("Dec 2005" in line for line in out)
    assert {e.code for e in report.events if e.text and "Dec 2005" in e.text} == {"ZH308"}


def test_an_rfc_2822_date_inside_a_sentence_stays():
    line = "The feed was last built on Fri, 30 Dec 2005 14:19:19 GMT, the editor said."
    out, _ = clean([*rss_dump(), line])
    assert line in out


# A feed of cards below an article: a headline over each whole teaser, a channel's label
# between two cards, the teasers together heavier than the article itself.
CARDS = [
    "频道",
    "海边小镇迎来观鸟季",
    "每年入冬，成群的候鸟飞抵海边小镇的湿地，观鸟爱好者带着相机守在堤岸上，从清晨一直拍到"
    "黄昏，镇上的民宿和小吃店也因此热闹起来，不少游客一住就是一周。",
    "生活",
    "社区食堂推出夜宵窗口",
    "为方便夜班工人和晚归的居民，社区食堂从本月起增设夜宵窗口，供应馄饨、炒饭和热汤，价格"
    "与白天相同，开业第一晚就卖出了三百多份，工作人员忙到凌晨才下班。",
    "频道",
    "旧厂房改造成青年剧场",
    "废弃多年的纺织厂房经过两年改造，变身为一座可容纳四百人的青年剧场，首演当晚座无虚席，"
    "许多老工人也带着家人前来，在熟悉的车间里看了一场话剧，感慨万千。",
    "生活",
    "山区学校用上新跑道",
    "在爱心企业的资助下，山区小学的泥土操场换上了塑胶跑道，孩子们第一次在平整的跑道上举行"
    "运动会，校长说这是学校建校以来最热闹的一天，家长们也赶来为孩子加油。",
]


def test_a_feed_of_cards_heavier_than_the_article_goes_and_the_article_stays():
    chrome = ["分享到：", "微信", "微博", "上一篇", "下一篇", "你可能感兴趣"]
    kept, report = clean([TITLE, *BODY, *chrome, *CARDS])
    assert kept[: 1 + len(BODY)] == [TITLE, *BODY]
    assert not set(CARDS) & set(kept)
    assert report.counts().get("ZH304")


def test_an_articles_own_sections_each_under_its_heading_stay():
    sections = [
        "一、夜跑步道",
        CARDS[2],
        "二、夜宵窗口",
        CARDS[5],
        "三、青年剧场",
        CARDS[8],
    ]
    page = [TITLE, *BODY, *sections]
    kept, _ = clean(page)
    assert kept == page


def test_a_listing_pages_cards_stay_when_there_is_no_article():
    page = [c for c in CARDS if len(c) > 4]
    kept, _ = clean(page)
    assert [c for c in page if len(c) > 20] == [c for c in kept if len(c) > 20]


def test_a_feed_of_cards_cut_with_a_more_link_goes():
    cards = []
    for n in range(0, len(CARDS), 3):
        cards += [CARDS[n + 1], CARDS[n + 2][:60] + "...更多"]
    # Under a heading of other articles in one channel, right below the article.
    kept, report = clean([TITLE, *BODY, "其他生活新闻", *cards])
    assert kept == [TITLE, *BODY], report.counts()


def bbs_thread() -> list[str]:
    """Two posts of a bulletin board, each under the header the board prints over it and
    over the origin line it appends under it."""
    posts = [
        ("lake", "天天带表", "图书馆夜里开到十点，你们会去吗", BODY[0]),
        ("ant07", "小蚂蚁", "Re: 图书馆夜里开到十点，你们会去吗", "会去"),
    ]
    lines = []
    for n, (user, nick, title, text) in enumerate(posts):
        lines += [
            f"发信人: {user} ({nick}), 信区: Reading",
            f"标  题: {title}",
            f"发信站: 城南社区 (Fri Mar 25 1{n}:52:04 2016), 站内",
            text,
            "--",
            f"※ 来源:·城南社区 http://bbs.example.net·[FROM: 101.90.125.{n}*]",
        ]
    return lines


def test_a_bulletin_boards_post_headers_and_origin_lines_go_its_posts_stay():
    kept, report = clean(bbs_thread())
    assert kept == [BODY[0], "会去"], report.counts()


def test_a_field_named_like_a_boards_header_stays_on_a_page_with_no_board():
    page = [TITLE, "发信站: 城南邮局", *BODY]
    kept, _ = clean(page)
    assert kept == page


def test_a_boards_index_of_replies_stamped_and_counted_goes():
    index = [
        "图书馆夜里开到十点，你们会去吗【城南读者】08-11 16:06 298字 [4321/87]",
        "会去，下班正好顺路【小蚂蚁】08-11 16:58 138字 [140/0]",
        "周末人多吗？【天天带表】08-11 17:03 0字 [127/1]",
        "自习区要排队吗【逃之夭夭】08-11 17:20 124字 [137/0]",
    ]
    kept, report = clean([TITLE, *BODY, "| 回复线索：", *index])
    assert not set(index) & set(kept), report.counts()
    assert kept[: 1 + len(BODY)] == [TITLE, *BODY]


# --- entries counted under the body --------------------------------------------------------

COUNTED = [
    ("城市", "河滨公园新增两条夜跑步道", "4 63"),
    ("生活", "老城区菜市场完成升级改造", "7 98"),
    ("交通", "公交十二路调整部分站点", "1 30"),
    ("文化", "城北美术馆周末举办儿童画展", "3 46"),
]


def test_entries_counted_below_the_body_go_with_their_channels():
    cards = [line for card in COUNTED for line in card]
    out, report = clean([TITLE, *BODY, *cards])
    assert out == [TITLE, *BODY], report.events


def test_a_table_of_figures_below_the_body_stays():
    # Rows of figures line under line are a table's, not entries' counts.
    table = ["历年夜间读者人数", "2019 1200", "2020 1350", "2021 1500", "2022 1620"]
    out, report = clean([TITLE, *BODY, *table])
    assert table[0] in out, report.events


def test_ptts_header_and_origin_lines_go_the_posts_title_and_text_stay():
    post = [
        "有沒有夜市越來越貴的八卦？",
        "最近去逛夜市，發現一份蚵仔煎已經要一百塊了，以前五十塊就吃得很飽。",
    ]
    page = [
        "作者 littlebird (小鳥) 看板 Gossiping",
        "標題 [問卦] 有沒有夜市越來越貴的八卦？",
        "時間 Sun May  5 21:10:33 2024",
        *post,
        "--",
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.160.22.33 (臺灣)",
        "※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.1714914635.A.1F2.html",
    ]
    out = clean_text("\n".join(page) + "\n").text.split("\n")[:-1]
    assert out == [
        "标题 [问卦] 有没有夜市越来越贵的八卦？",
        "有没有夜市越来越贵的八卦？",
        "最近去逛夜市，发现一份蚵仔煎已经要一百块了，以前五十块就吃得很饱。",
    ]


def test_a_blogs_comments_between_their_stamps_and_reply_buttons_stay():
    # A blog's comment widget: the reader's name, the day with its time, the comment, the
    # reply button. The names, stamps and buttons go; the comments stay, also when the stamp
    # and the button are gone (a second clean sees two short lines under the body, one of
    # them a reply to a name).
    comments = ["看起来真不错，下周末带孩子去看看！", "@阿青 周六晚上人会多一些，早点去哦"]
    lines = [TITLE, *BODY, "2 条评论"]
    for name, stamp, comment in zip(
        ["阿青", "馆员小周"], ["2024年3月2日 20:15", "2024年3月2日 21:02"], comments, strict=True
    ):
        lines += [name, stamp, comment, "回复"]
    lines += ["发表评论", "近期文章", "河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造"]
    once = clean_text("\n".join(lines) + "\n").text
    assert once.split("\n")[:-1] == [TITLE, *BODY, *comments]
    assert clean_text(once).text == once


def test_a_video_pages_commenters_go_and_their_comments_stay():
    # The name, the comment, how long ago, the reply button: a video site's comment widget.
    comments = ["讲得很清楚，照着做第一次就成功了", "水温那里很关键，之前一直用开水难怪发苦"]
    lines = [TITLE, *BODY, "评论 218"]
    for name, comment, ago in zip(
        ["咖啡小白", "阿杰爱喝咖啡"], comments, ["3天前", "2天前"], strict=True
    ):
        lines += [name, comment, ago, "回复"]
    out = clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]
    assert out == [TITLE, *BODY, *comments]


def test_comments_stamped_with_a_recent_day_and_a_province_stay_and_their_authors_go():
    # A platform's comment: the name, the comment, "03-19 · 浙江", the reply button, its likes.
    comments = ["看完马上去试了，书房晚上果然很安静！", "收藏了，周末带孩子去看看"]
    lines = [TITLE, *BODY, "166 条评论"]
    for name, comment, stamp in zip(
        ["蓝莓不酸", "王大厨的徒弟"], comments, ["03-19 · 浙江", "03-19 · 广东"], strict=True
    ):
        lines += [name, comment, stamp, "回复", "56"]
    out = clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]
    assert out == [TITLE, *BODY, *comments]
