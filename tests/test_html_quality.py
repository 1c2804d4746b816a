"""What a page's structure says beyond chrome: where its paragraphs end (no join across
blocks), what a feed's template repeats, and what stays whatever the text detectors say
(a feed entry's text, code in ``<pre>``). Made-up pages, one fix a test."""

from __future__ import annotations

from types import SimpleNamespace

from zhclean import clean_bytes
from zhclean.html.blocks import Block, Evidence, parse_html
from zhclean.html.feeds import parse_feed
from zhclean.lexicon import load_lexicon
from zhclean.report import Report
from zhclean.stages.boilerplate.dom import DomHints, dom_chrome, guard_by_dom
from zhclean.stages.boilerplate.features import STRONG, Item
from zhclean.stages.markup import MarkupHint


def clean(markup: str) -> list[str]:
    result = clean_bytes(markup.encode("utf-8"), hint=MarkupHint(likely=True))
    return (result.text or "").splitlines()


def rss(*items: tuple[str, str]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><description><![CDATA[{body}]]></description></item>"
        for title, body in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss><channel><title>博客</title>{entries}</channel></rss>'


def test_a_br_ends_a_line_softly_a_block_hard():
    blocks = parse_html(
        "<body><p>甲，<br>乙<br><br>丙<br></p><p>丁</p><pre>a\nb</pre></body>"
    ).blocks
    assert [(b.text, b.soft) for b in blocks] == [
        ("甲，", True),
        ("乙", False),  # a second <br>: a paragraph's end
        ("丙", False),  # the block ends after its <br>
        ("丁", False),
        ("a", False),  # code lines are never one sentence
        ("b", False),
    ]


def test_the_last_line_of_a_feed_entry_ends_hard():
    parsed = parse_feed(rss(("一", "甲<br>乙<br>"), ("二", "丙")))
    assert [(b.text, b.soft) for b in parsed.blocks] == [
        ("一", False),
        ("甲", True),
        ("乙", False),
        ("二", False),
        ("丙", False),
    ]


def test_no_join_across_blocks_a_join_across_br():
    # "郁闷中" + "考试" reads as a word cut (中考): in a page they are two paragraphs.
    page = (
        "<html><body><article><h1>日记两则</h1><p>今天选课真是倒霉，越是想上的越选不上，超级郁闷中</p>"
        "<p>考试复习呀，明天下午要考多媒体技术与应用，现在要抓紧时间了。</p>"
        "<p>晚上我值班所以不会再回家睡觉了,<br>中午就直接在大伯家出门。</p></article></body></html>"
    )
    lines = clean(page)
    assert "今天选课真是倒霉，越是想上的越选不上，超级郁闷中" in lines
    assert "晚上我值班所以不会再回家睡觉了,中午就直接在大伯家出门。" in lines


def test_feed_entries_are_not_joined():
    feed = rss(
        ("", "真是倒霉，越是想上的越选不上啊， 欲哭无泪啊 啊啊啊啊啊啊 超级郁闷中"),
        ("考试复习呀", "明天下午要考多媒体技术与应用， 现在要抓紧时间了。 周五下午同学聚会。"),
    )
    assert clean(feed) == [
        "真是倒霉，越是想上的越选不上啊， 欲哭无泪啊 啊啊啊啊啊啊 超级郁闷中",
        "考试复习呀",
        "明天下午要考多媒体技术与应用， 现在要抓紧时间了。 周五下午同学聚会。",
    ]


def test_a_feeds_template_under_every_entry_goes():
    items = [
        (
            f"第{n}集",
            f"这一集我们聊了很多关于城市生活的话题，欢迎收听第{n}集。<br>现在就试听！<br>订阅 RSS",
        )
        for n in range(1, 5)
    ]
    lines = clean(rss(*items))
    assert "现在就试听！" not in lines and "订阅 RSS" not in lines
    assert "这一集我们聊了很多关于城市生活的话题，欢迎收听第3集。" in lines


def test_a_feed_entrys_own_lines_stay():
    # Alone in an entry, a bare URL, a lyric in English or a short question would read as
    # a menu, a site name or a widget under a page's body: in a feed they are the post.
    lyric = (
        "You light up another cigarette And I pour the wine It is four o clock in the "
        "morning And it is starting to get light"
    )
    feed = rss(
        ("搬家了", "perhaps i've decided to move<br>http://karen.example.com/"),
        ("一首歌", f"今天一直在听这首歌，想起了很多往事。<p>{lyric}</p>"),
        ("小猫", "这是同事捡来的小花猫，需要找个有爱心的好主人。<p>需要担心吗？</p>"),
    )
    lines = clean(feed)
    for line in (
        "perhaps i've decided to move",
        "http://karen.example.com/",
        lyric,
        "需要担心吗？",
    ):
        assert line in lines


def test_code_in_pre_stays():
    code = "\n".join(
        [
            "#!/bin/bash",
            "dbpwd=xxxx",
            "docker run -d \\",
            "-e SPRING_DATASOURCE_PASSWORD=xxxx \\",
            "--name apollo \\",
            "apollo/config:1.9",
        ]
    )
    page = (
        "<html><body><article><h1>部署笔记</h1>"
        "<p>下面是我在服务器上部署配置中心时用到的脚本，记录下来方便以后查阅和复用。</p>"
        f'<pre><code class="language-bash">{code}</code></pre></article></body></html>'
    )
    lines = clean(page)
    for line in code.split("\n"):
        assert line in lines


ARTICLE = (
    "<p>经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。</p>"
    "<p>公园新增了步道、绿地和儿童游乐区，周末前来散步和游玩的市民明显增多。</p>"
    "<p>据介绍，改造工程还更新了园内的照明和排水设施，夜间游园更加安全方便。</p>"
)


def page(body: str, title: str = "公园改造完工") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _doc(blocks: list[Block], marks: dict[str, tuple[str, str]]):
    """A document of the blocks' lines, some marked removed (text: (code, detector)), with
    the blocks' DOM hints: what the boilerplate stage hands :func:`guard_by_dom`."""
    items = [Item(i, block.text, "") for i, block in enumerate(blocks)]
    for item in items:
        if item.text in marks:
            item.mark(marks[item.text][0], STRONG, marks[item.text][1])
    report = Report()
    report.dom = DomHints.of(blocks)
    lex = SimpleNamespace(lex=load_lexicon())
    return SimpleNamespace(items=items, report=report, ctx=lex, on=lambda code: True)


def test_plain_lines_of_the_main_text_stay_between_its_prose():
    # A heading between two scripts and a sidebar's widget label, both taken for chrome
    # under the body by their place: the heading stands in the main text, between its
    # prose; the widget's label outside it.
    post, side = (1, 2, 3), (1, 2, 9)
    prose = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"
    blocks = [
        Block(prose, Evidence("html/body/div/div/p", scope=(*post, 4))),
        Block("docker run -d web", Evidence("html/body/div/div/pre", scope=(*post, 5))),
        Block("三、部署Prometheus", Evidence("html/body/div/div/h2", scope=(*post, 6))),
        Block(prose[:-1] + "！", Evidence("html/body/div/div/p", scope=(*post, 7))),
        Block("最新评论", Evidence("html/body/div/div/h3", scope=(*side, 10))),
    ]
    marks = {text: ("ZH318", "tail_chrome") for text in ("三、部署Prometheus", "最新评论")}
    doc = _doc(blocks, marks)
    guard_by_dom(doc)
    assert [item.text for item in doc.items if item.removed] == ["最新评论"]
    assert doc.items[2].guard == "plain text of the page's main block"


def test_a_section_number_in_the_main_text_stays():
    intro = "<p>开栏的话：短视频已经成为许多人每天都会接触的文化现象，本栏目将持续观察。</p>"
    body = (
        f'<div class="article"><h1>短视频观察</h1>{intro}<p>1</p>{ARTICLE}<p>2</p>{ARTICLE}</div>'
    )
    lines = clean(page(body, "短视频观察"))
    assert "1" in lines and "2" in lines


def test_a_footers_licence_lines_and_a_widgets_labels_go():
    body = (
        '<div class="top"><div class="search-btn">搜索</div></div>'
        f'<div class="article"><h1>公园改造完工</h1>{ARTICLE}</div>'
        '<div class="footer-con copyright"><p>互联网新闻信息服务许可证10120170007号 | '
        "增值电信业务经营许可证京B2-20224905号 | 信息网络传播视听节目许可证0107190号</p></div>"
    )
    lines = clean(page(body))
    assert "搜索" not in lines
    assert not any("许可证" in line for line in lines)
    assert "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。" in lines
    # Plain text of the main text is never chrome by its class: a Q&A site names its
    # answers "CopyrightRichText", and an answer's short lines stay.
    answer = (
        '<div class="RichText CopyrightRichText-richText">'
        f"{ARTICLE}<figure><figcaption>欧洲机构给出报告</figcaption></figure>"
        f"<p>不过我在重庆无感。</p>{ARTICLE}</div>"
    )
    lines = clean(page(f"<h1>地震情况如何？</h1>{answer}", "地震情况如何？"))
    assert "欧洲机构给出报告" in lines and "不过我在重庆无感。" in lines


def test_a_lead_box_that_copies_the_body_goes_the_body_stays():
    lead = "新片讲述了一个普通女孩成长为拳击手的故事，她在拳击中找到了人生方向与自信。"
    prose = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"
    blocks = [
        Block("热辣滚烫", Evidence("html/body/div/h1", scope=(1, 2, 3))),
        Block(lead, Evidence("html/body/div/div/p", scope=(1, 2, 4, 5))),  # the lead box
        Block(lead, Evidence("html/body/div/div/p", scope=(1, 2, 6, 7))),  # the body
        Block(prose, Evidence("html/body/div/div/p", scope=(1, 2, 6, 8))),
    ]
    doc = _doc(blocks, {})
    doc.on = lambda code: True
    dom_chrome(doc)
    assert [(item.no, item.code) for item in doc.items if item.removed] == [(1, "ZH312")]
    doc.items = [doc.items[0], *doc.items[2:]]  # the stage again, on its own output
    dom_chrome(doc)
    assert not any(item.removed for item in doc.items)
    # One container showing a paragraph twice is no lead box (a refrain, a quote).
    assert not DomHints.of([blocks[2], blocks[2]]).lead_copies


def test_a_list_of_links_outside_the_main_text_goes_whatever_it_reads_as():
    # Ranked headlines cut with "…" read as prose; no class word names them. Outside the
    # page's main text, a list item that is all link is another article's headline.
    ranked = [f"{n}“假日经济”持续升温 小城市撬动文旅市场第{n}轮…" for n in range(1, 6)]
    items = "".join(f'<li><a href="/{n}">{line}</a></li>' for n, line in enumerate(ranked))
    infobox = '<dl class="basic-info"><dt>星座</dt><dd><a href="/s">水瓶座</a></dd></dl>'
    body = (
        f'<div class="art"><h1>公园改造完工</h1>{infobox}{ARTICLE}</div>'
        f'<div class="rm-col"><h3>热门排行</h3><ul class="gray">{items}</ul></div>'
    )
    lines = clean(page(body))
    assert not any(line in lines for line in ranked)
    assert "水瓶座" in lines  # an infobox's linked value is no list item
    own = "".join(f'<li><a href="/{n}">{line}</a></li>' for n, line in enumerate(ranked))
    # The text goes on under the list (other paragraphs: a passage printed twice is a copy).
    more = (
        "<p>市民王女士说，改造后的公园环境好了很多，她每天傍晚都会带孩子来这里散步。</p>"
        "<p>园方表示，下一步还将增设休息座椅和饮水点，进一步提升游园体验。</p>"
    )
    body = f'<div class="art"><h1>公园改造完工</h1>{ARTICLE}<ul>{own}</ul>{more}</div>'
    lines = clean(page(body))
    assert all(line in lines for line in ranked)  # the author's list, inside the text


def test_a_tables_rows_in_the_main_text_stay_links_and_all():
    rows = [
        ("Moments of Magic", "1999"),
        ("All Right", "1999"),
        ("Someone Someday", "2000"),
        ("Friend", "2000"),
    ]
    table = "".join(
        f'<tr><td><a href="/s{n}">{song}</a></td><td>{year}</td></tr>'
        for n, (song, year) in enumerate(rows)
    )
    body = (
        '<div class="main-content"><h1>蔡健雅</h1>'
        f'{ARTICLE}<h2>单曲</h2><table class="hot-table">{table}</table>{ARTICLE}</div>'
        '<div class="side"><a href="/x">另一位歌手的词条</a></div>'
    )
    lines = clean(page(body, "蔡健雅"))
    for song, year in rows:
        assert f"{song} {year}" in lines


def test_a_widgets_labels_and_headings_outside_the_main_text_go():
    ranked = [f"城西新建第{n}所小学明年秋季开始招生" for n in range(1, 5)]
    items = "".join(f'<li><a href="/{n}">{line}</a></li>' for n, line in enumerate(ranked))
    body = (
        f'<div class="art"><h1>公园改造完工</h1>{ARTICLE}'
        "<p>（责编：胡永秋、杨光宇）</p></div>"
        '<div class="share-wrap"><p>分享让更多人看到</p></div>'
        f'<div class="yw"><h3>要闻</h3><ul>{items}</ul></div>'
        '<div class="comment-list"><p>赞一个</p></div>'
    )
    lines = clean(page(body))
    assert "分享让更多人看到" not in lines and "要闻" not in lines
    assert "（责编：胡永秋、杨光宇）" in lines  # a credit is no label
    assert "赞一个" in lines  # a reader's short reply: a thread's words are no chrome


def test_the_headline_and_the_authors_urls_come_back():
    prose = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"
    question = "为什么有些有钱人还努力工作？"
    url = "https://www.example.org/report/69549.html"
    blocks = [
        Block(question, Evidence("html/body/header/div/h1", "header", scope=(1, 2, 3))),
        Block("好看的hk", Evidence("html/body/div/h1", None, 1.0, scope=(1, 4, 5))),  # a logo
        Block(question, Evidence("html/body/div/article/h1", scope=(1, 6, 7))),
        Block(prose, Evidence("html/body/div/article/p", scope=(1, 6, 8))),
        Block(url, Evidence("html/body/div/article/p", None, 1.0, scope=(1, 6, 9))),
        Block(prose[:-1] + "！", Evidence("html/body/div/article/p", scope=(1, 6, 10))),
    ]
    marks = {
        question: ("ZH318", "head_chrome"),
        "好看的hk": ("ZH318", "head_chrome"),
        url: ("ZH303", "bare_url"),
    }
    doc = _doc(blocks, marks)
    guard_by_dom(doc)
    kept = [(item.no, item.text) for item in doc.items if not item.removed]
    # The question's last copy (the sticky header's goes), and the URL in the answer.
    assert (2, question) in kept and (0, question) not in kept
    assert (4, url) in kept
    assert (1, "好看的hk") not in kept  # a logo's h1 is a link home
