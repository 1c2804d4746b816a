"""A forum's header as its web page prints it, one field a line with each label glued to its
value, and the dates and trails around it. Every page here is made up for these tests."""

from __future__ import annotations

import pytest
from made_up import BODY, TITLE

from zhclean import clean_text

HEAD = [
    "某某论坛实业坊 › 看板 Cooking 关于我们 联络资讯",
    "返回看板",
    "作者chef_lin (林师傅)",
    "看板Cooking",
    "标题[心得] 第一次自己做葱油饼就成功了。",
    "时间Sat Mar  2 18:05:11 2024",
]
POST = [
    "周末照着网上的做法试做葱油饼，面团醒了半个小时，擀开以后抹上猪油和葱花再卷起来。",
    "小火慢慢煎到两面金黄，外皮酥脆，里面一层一层的，家里人都说比外面买的好吃。",
]
ORIGIN = "※ 编辑: chef_lin (10.0.0.1), 03/02/2024 18:30:00"


def clean(lines: list[str]) -> list[str]:
    return clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]


def test_a_glued_header_keeps_the_author_and_the_title_and_drops_the_board_and_time():
    out = clean([*HEAD, *POST, ORIGIN])
    assert out == ["作者chef_lin (林师傅)", "标题[心得] 第一次自己做葱油饼就成功了。", *POST]


def test_a_board_label_glued_to_a_word_without_its_author_above_stays():
    """ "看板" glued to a name is a board's line only under a post's author: a shop's sign
    ("看板Cooking" alone, as a line of a list) is no header."""
    lines = ["厨房用品清单", "看板cooking", "量杯measure", *POST]
    assert "看板cooking" in clean(lines)


def test_a_ctime_stamp_alone_goes_with_its_label_glued_or_apart():
    for stamp in (
        "时间Sat Mar  2 18:05:11 2024",
        "时间 Sat Mar 2 18:05:11 2024",
        "Tue Mar 5 09:00:01 2024",
    ):
        assert clean(["葱油饼的做法", stamp, *POST]) == ["葱油饼的做法", *POST]


def test_a_trail_marked_with_a_single_angle_goes_and_a_sentence_with_one_stays():
    assert clean(["某某小站 › 美食天地", "葱油饼的做法", *POST]) == ["葱油饼的做法", *POST]
    sentence = "价格从十元涨到二十元 › 翻了一倍，真让人吃惊。"
    assert sentence in clean(["葱油饼的做法", *POST, sentence])


COMMENTS = [
    "推 reader_01: 葱花多放一点更香 03/02 18:40",
    "→ mochi: 我都用电饼铛做 03/02 19:02",
    "推 lin_lin: 看起来好好吃，周末试试 03/03 08:15",
]


def test_readers_comments_with_author_and_stamp_on_their_line_stay_after_the_post():
    out = clean([*HEAD, *POST, *COMMENTS, ORIGIN])
    assert out[-len(COMMENTS) :] == COMMENTS


def test_headlines_with_dates_after_the_post_still_go():
    """Other articles' titles with their dates carry no reader's name and colon."""
    others = [
        "冬天最适合吃的五种家常面 03/01",
        "老面馒头的发酵窍门 02/28",
        "三分钟学会手抓饼 02/27",
    ]
    out = clean([*HEAD, *POST, "相关文章", *others])
    assert not any(line in out for line in others)


def test_a_readers_comment_after_its_name_beside_its_stamp_stays():
    title, body = TITLE, BODY
    comments = ["书虫小王：太好了，下班终于有地方看书了！", "阿青：希望周末也能延长。"]
    page = [title, *body, "网友评论"]
    for comment, stamp in zip(
        comments, ("2024-03-02 10:11 回复", "2024-03-02 11:20 回复"), strict=True
    ):
        page += [comment, stamp]
    assert clean(page) == [title, *body, *comments]


def test_short_replies_under_stamps_a_menus_row_took_stay():
    """ "网友1 发表于 2024-04-01 10:30" reads as a menu's row by its words; with its time it is
    a reply's stamp, and the short reply under it, between it and the reply's buttons, stays."""
    title = "周末去哪里爬山比较好？"
    question = (
        "最近天气不错，想周末带家人去爬山，大家有没有推荐的地方？最好离市区近一点，山不要太陡。"
    )
    replies = ["西山", "香山不错", "百望山人少"]
    page = [
        "某某论坛",
        "首页 › 户外运动 › 登山",
        title,
        "山野行者 发表于 2024-04-01 10:12",
        question,
    ]
    for n, reply in enumerate(replies, 1):
        page += [f"网友{n} 发表于 2024-04-01 1{n}:30", reply, "回复 支持 反对"]
    page += ["返回列表", "Powered by Discuz! X3.4"]
    assert clean(page) == [title, question, *replies]


def test_readers_comments_that_react_stay_under_an_article_with_relative_stamps():
    """Comments that open with a reader's reaction ("太好了，…", "希望…": data talk_openers)
    talk: with their stamps gone they read as people talking, no list of other headlines."""
    title, body = TITLE, BODY
    comments = ["太好了，下班终于有地方看书了", "希望周末也能延长"]
    page = [title, *body, "网友评论"]
    for n, comment in enumerate(comments):
        page += [f"读者{n} · {n + 1}小时前", comment]
    assert clean(page) == [title, *body, *comments]


def test_a_comment_between_its_authors_name_and_its_stamp_stays():
    """Name, comment, then its stamp with the reply button ("2024-03-01 10:10 回复"): the
    comment stays (its author's name may stay too: a name is no junk by its shape)."""
    comments = ["太好了，下班终于有地方看书了", "希望周末也能延长开放"]
    page = [TITLE, *BODY, "网友评论"]
    for n, comment in enumerate(comments):
        page += [f"读者{n}", comment, f"2024-03-0{n + 1} 10:1{n} 回复"]
    out = clean(page)
    assert [line for line in out if line in comments] == comments
    assert not any(line.endswith("回复") for line in out)


NAMED_COMMENTS = ["太好了，下班终于有地方看书了", "希望周末也能延长", "孩子放学后也能来写作业"]


def named_stamped(heading: list[str]) -> list[str]:
    page = [TITLE, *BODY, *heading]
    for n, comment in enumerate(NAMED_COMMENTS):
        page += [f"读者{n} 2024-03-0{n + 1} 10:1{n}", comment]
    return page


@pytest.mark.parametrize("heading", [[], ["网友评论"], ["全部评论(3)"]])
def test_comments_under_their_authors_name_and_time_stay_and_the_stamps_go(heading):
    """ "读者0 2024-03-01 10:10" over each comment: one name and a time, three times, each over
    a line of text. The stamps go as a thread's furniture; the comments stay, whatever the
    counted heading above them makes of the rest of the page."""
    assert clean(named_stamped(heading)) == [TITLE, *BODY, *NAMED_COMMENTS]


def test_one_label_over_each_headline_with_its_time_is_no_readers_name():
    """A channel's label over every entry of a column ("图片新闻 2024-03-01 10:10" / headline):
    the same word each time, no reader's name; the entries stay what they were."""
    headlines = ["河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造", "公交十二路调整部分站点"]
    page = [TITLE, *BODY, "相关文章"]
    for n, headline in enumerate(headlines):
        page += [f"图片新闻 2024-03-0{n + 1} 10:1{n}", headline]
    out = clean(page)
    assert not any(line in out for line in headlines)


def test_a_bylines_name_and_time_over_the_body_stays():
    """Once, over the body, a name and a time is the article's byline (a credit): it stays."""
    byline = "王明 2024-03-01 10:10"
    assert clean([TITLE, byline, *BODY]) == [TITLE, byline, *BODY]


THREAD_POSTS = [
    "最近开始学野钓，去了几次水库都是空军，想请教各位老师窝料应该怎么配，打多少合适？",
    "窝料不在多，关键是要打准，少量多次，别一次打半包。",
    "现在水温还低，选水深两米左右的向阳面试试。",
]


def test_a_posts_authors_name_over_its_floor_and_stamp_goes_and_the_posts_stay():
    """Discuz prints each post's author, its floor and "发表于 <time> | 只看该作者" over the
    post: the header goes, and the name over it with it; the posts stay."""
    page = ["新手野钓鲫鱼，窝料怎么打才有效？"]
    for n, (name, floor, post) in enumerate(
        zip(
            ("钓鱼小白", "老张钓鱼", "江边垂钓客"),
            ("楼主", "沙发", "板凳"),
            THREAD_POSTS,
            strict=True,
        )
    ):
        page += [name, floor, f"发表于 2023-4-1{n} 21:0{n}:33 | 只看该作者", post, "回复 支持 反对"]
    assert clean(page) == [page[0], *THREAD_POSTS]


def test_replies_each_over_its_own_stamp_are_no_authors_names():
    """Reply, stamp, reply, stamp: each short reply stands under the stamp of the one above
    and over its own; none is the name of the next reply's author."""
    replies = ["你这种爷爷奶奶真是奇葩", "我看到这里哭了", "加油，同龄人"]
    page = [TITLE, *BODY, "网友评论"]
    for n, reply in enumerate(replies):
        page += [f"读者{n}： 举报 2017-03-3{n} 15:04:29 评论", reply]
    out = clean(page)
    assert [line for line in out if line in replies] == replies


def test_options_with_labelled_times_and_clauses_are_no_posts_stamps():
    """ "场次时间：3/19 19:30，票价区：1200" three times: labelled fields with a time, but the
    clauses make them a deal's options, not the stamp over each post."""
    options = [
        f"{letter}.单人票一张，场次时间：3/{day}({weekday}) 19:30，票价区：{price}"
        for letter, day, weekday, price in (
            ("A", 19, "五", 1200),
            ("B", 20, "六", 1700),
            ("C", 21, "日", 2200),
        )
    ]
    page = [TITLE, *BODY, *options]
    assert clean(page) == page


RECIPE = [
    "秘制红烧肉，肥而不腻入口即化",
    "这道红烧肉是我家过年必做的一道菜，不用一滴水，全靠五花肉自己出的油和酱油慢慢炖。",
    "五花肉切成三厘米见方的块，冷水下锅，加姜片和料酒焯水，撇去浮沫后捞出沥干。",
    "锅里不放油，把肉块放进去小火煸炒，直到表面微黄、出油。",
    "小贴士",
    "炒糖色的时候一定要小火，糖色炒过了会发苦。",
]


def test_comments_under_a_header_of_a_name_and_the_same_words_stay():
    """ "阿珍 做过这道菜" / comment / its time, twice: each header is a name and the widget's
    same words; the headers and times go, the comments stay, between the page's buttons
    above them and a list of other recipes below."""
    comments = ["照着做了，第一次就成功了，家里人都说好吃！", "糖色有点炒过了，下次注意"]
    page = [*RECIPE, "收藏", "分享", "举报", "菜谱创建时间：2023-01-15", "这道菜谱的作品"]
    for name, comment, stamp in zip(
        ("阿珍家的猫", "我是小白"), comments, ("2023-02-10 18:22", "2023-02-08 12:01"), strict=True
    ):
        page += [f"{name} 做过这道菜", comment, stamp]
    page += ["相关菜谱", "红烧排骨", "可乐鸡翅", "糖醋里脊", "关于我们 | 联系我们 | 用户协议"]
    out = clean(page)
    assert [line for line in out if line in comments] == comments
    assert not any("做过这道菜" in line for line in out)


def test_a_posts_author_over_its_date_and_numbered_stamp_goes():
    """Flarum prints each post's author, the day, then "发布 #2 <date and time>" over the post:
    the post's number with its time is the header; the name over it goes, the posts stay."""
    page = [TITLE, *BODY]
    replies = [
        "您好，我的一直都是审核中，一直没有通过",
        "您好，我看了源代码，配置里少了一项，所以不生效",
    ]
    for n, (name, reply) in enumerate(zip(("isle24", "Golden"), replies, strict=True), 2):
        page += [name, f"2023年12月{n}日", f"发布 #{n} 2023年12月{n}日星期四 09点5{n}分", reply]
    out = clean(page)
    assert out == [TITLE, *BODY, *replies]


QUESTION = "今朝出门冻到震，天文台话得八度，大家有冇好介绍暖身嘅嘢食？"
REPLIES = ["饮碗热辣辣嘅粥就最好啦", "打边炉！一家人打边炉最暖", "好主意，今晚就去打边炉"]


def test_a_threads_title_under_its_trail_stays_with_the_question_and_the_replies():
    # The thread's title repeats the trail's last step right above it: the page's title,
    # whatever its place between the trail and the floors' stamps suggests.
    title = "今日天气好冻，大家点过？"
    page = ["香港讨论区", "首页", "登入", "注册", f"香港讨论区 › 吹水台 › {title}", title]
    page += ["楼主 冬天的猫 发表于 2024-1-20 08:15", QUESTION]
    for n, reply in enumerate(REPLIES, 1):
        page += [f"{n}楼 阿明{n} 发表于 2024-1-20 09:0{n}", reply]
    page += ["回复", "引用", "举报"]
    out = clean(page)
    assert out[-5:] == [title, QUESTION, *REPLIES]


def test_a_question_of_several_clauses_over_short_replies_is_no_list_of_titles():
    # The same thread cleaned once: nothing but its title, its question and the replies. A
    # list of titles never opens with a question asked over three clauses.
    lines = ["今日天气好冻，大家点过？", QUESTION, *REPLIES]
    assert clean(lines) == lines


def test_a_reply_under_its_authors_rank_and_over_its_floors_stamp_stays():
    # A Tieba-style floor: the name, the rank the board prints under it, the reply, then the
    # floor and its time. A room that judged the reply by its place (below the body, among
    # the floors' furniture) does not hold against it.
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.features import Item
    from zhclean.stages.boilerplate.replies import guard_inline_comments

    lines = ["骑车的小满", "初级粉丝 4", "求具体路线图，想下周也去试试", "2楼2024-05-19 21:30"]
    items = [Item(n, line, line) for n, line in enumerate(lines, 1)]
    items[0].mark("ZH303", detector="menus_outside_body")
    items[1].mark("ZH307", detector="metadata")
    items[2].mark("ZH318", detector="tail_chrome")
    items[3].mark("ZH308", detector="date_line")
    guard_inline_comments(items, load_lexicon())
    assert [it.removed for it in items] == [True, True, False, True]


def test_an_answers_author_over_its_stamp_and_its_counts_and_buttons_goes():
    """An answerer's name, then the answer's stamp, then its counts and buttons, then its
    text, twice: each name is the post's furniture; the answers stay."""
    from made_up import clean_lines

    answers = [
        "绿萝黄叶最常见的原因是浇水过多，盆底长期潮湿，根系缺氧就会烂根，下部老叶先黄。",
        "大概率是水浇多了，我家的也是这样，后来改成半个月浇一次就好了。",
    ]
    page = [
        TITLE,
        *BODY,
        "绿植老王",
        "2023-04-17 · 园艺师，专注室内绿植养护",
        "采纳数：1208 获赞数：5634",
        "向TA提问 私信TA",
        "关注",
        answers[0],
        "赞 128 踩 3",
        "土豆不是马铃薯",
        "2023-04-18 · TA获得超过2.1万个赞",
        answers[1],
        "赞 15 踩 0",
    ]
    kept, _ = clean_lines(page)
    assert kept == [TITLE, *BODY, *answers]
