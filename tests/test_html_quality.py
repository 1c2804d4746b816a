"""What a page's structure says beyond chrome: where its paragraphs end (no join across
blocks), what a feed's template repeats, and what stays whatever the text detectors say
(a feed entry's text, code in ``<pre>``). Made-up pages, one fix a test."""

from __future__ import annotations

from zhclean import clean_bytes
from zhclean.html.blocks import parse_html
from zhclean.html.feeds import parse_feed
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
