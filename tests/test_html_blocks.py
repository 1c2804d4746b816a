"""The block convention: HTML -> lines of visible text, each rule on its own, and the DOM
evidence each line keeps."""

from __future__ import annotations

import pytest

from zhclean.html.blocks import class_words, parse_html
from zhclean.html.feeds import parse_feed


def lines(markup: str) -> list[str]:
    return [block.text for block in parse_html(markup).blocks]


@pytest.mark.parametrize(
    "tag",
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "address",
        "center",
    ],
)
def test_each_block_element_starts_and_ends_a_line(tag):
    assert lines(f"<body>前<{tag}>中</{tag}>后</body>") == ["前", "中", "后"]


def test_lists_tables_and_rules_are_blocks():
    html = (
        "<body>a<ul><li>b</li></ul>c<ol><li>d</li></ol><dl><dt>e</dt><dd>f</dd></dl>g<hr>h</body>"
    )
    assert lines(html) == ["a", "b", "c", "d", "e", "f", "g", "h"]
    table = "<table><caption>表题</caption><tr><th>名</th><th>值</th></tr><tr><td>甲</td><td>1</td></tr></table>"
    assert lines(table) == ["表题", "名 值", "甲 1"]


def test_br_ends_a_line_and_inline_text_joins_with_nothing_added():
    assert lines("<p>第一行<br>第二<b>行</b><i>的</i><span>字</span><br/>第三行</p>") == [
        "第一行",
        "第二行的字",
        "第三行",
    ]


def test_whitespace_runs_fold_to_one_space_and_lines_are_stripped():
    assert lines("<p>\n   Hello \n\t world   </p><p> 中文\n\n段落 </p>") == [
        "Hello world",
        "中文 段落",
    ]


def test_pre_keeps_its_line_breaks():
    assert lines("<pre>def f():\n    return 1\n\nend</pre>") == ["def f():", "return 1", "end"]
    assert lines("<pre>a   b</pre>") == ["a   b"]  # inner spaces stay in a pre


def test_dropped_elements_and_comments():
    html = (
        "<body><script>var x = '文字';</script><style>p{}</style><noscript>请开启</noscript>"
        "<template><p>模板</p></template><iframe>框</iframe><svg><text>图</text></svg>"
        "<canvas>画</canvas><select><option>选项</option></select><button>按钮</button>"
        "<p>正文<!-- 注释 -->。</p></body>"
    )
    assert lines(html) == ["正文。"]


def test_head_is_not_emitted_and_its_title_is_kept_aside():
    page = parse_html(
        "<html><head><title> 页面 标题 </title><meta name=x content=y></head><body><p>正文</p></body></html>"
    )
    assert [b.text for b in page.blocks] == ["正文"]
    assert page.title == "页面 标题"


def test_a_nav_before_body_is_shown_as_a_browser_does():
    # libxml2 keeps an element it does not know in an implied <head>: it is still shown.
    assert lines("<title>t</title><nav><a href=/>首页</a></nav><p>正文</p>") == ["首页", "正文"]


@pytest.mark.parametrize(
    "hidden",
    [
        "<div hidden>藏</div>",
        '<div style="display:none">藏</div>',
        '<div style="color: red; display : none;">藏</div>',
        '<div style="visibility:hidden">藏</div>',
        '<div aria-hidden="true">藏</div>',
        '<span aria-hidden="TRUE">藏</span>',
    ],
)
def test_hidden_elements_are_dropped(hidden):
    assert lines(f"<body><div>前{hidden}后</div></body>") == ["前后"]


def test_visible_elements_stay():
    assert lines('<p aria-hidden="false">见</p><p style="display:block">到</p>') == ["见", "到"]


def test_the_tail_of_a_dropped_element_stays():
    assert lines("<p>前<script>x</script>中<button>b</button>后</p>") == ["前中后"]


def test_img_alt_is_not_text_and_entities_are_decoded():
    assert lines(
        '<p>图<img src=a.png alt="说明">文 &amp; &lt;b&gt; &#x4e2d;&#25991; &copy;</p>'
    ) == ["图文 & <b> 中文 ©"]


def test_empty_lines_are_dropped():
    assert lines("<div><p> </p><p>\n</p><div><span></span></div><p>字</p></div>") == ["字"]


def test_evidence_zone_link_density_words_and_path():
    html = (
        '<body class="single-post"><div id="sideBar"><nav><ul class="main-menu">'
        '<li><a href="/">首页</a></li><li><a href="/a">新闻</a> 12</li></ul></nav></div>'
        '<div role="contentinfo"><p>版权所有</p></div><article><p>正文<a>链</a>。</p></article></body>'
    )
    blocks = parse_html(html).blocks
    first, second, footer, body = blocks
    assert first.text == "首页" and first.evidence.link_density == 1.0
    assert first.evidence.zone == "nav"
    assert first.evidence.path == "html/body/div/nav/ul/li"
    assert first.evidence.words == ("main", "menu", "side", "bar")  # nearest first; body's not
    assert second.text == "新闻 12" and second.evidence.link_density == 0.5
    assert footer.evidence.zone == "footer"  # role=contentinfo
    assert body.evidence.zone is None and body.evidence.link_density == 0.25


def test_class_words_split_on_separators_digits_and_camel_case():
    assert class_words("post-related_list  navBar2 HTMLFooter") == [
        "post",
        "related",
        "list",
        "nav",
        "bar",
        "html",
        "footer",
    ]


def test_broken_html_still_gives_its_text():
    assert lines("<div><p>未闭合<b>粗体<p>下一段</div></span></table>尾") == [
        "未闭合粗体",
        "下一段",
        "尾",
    ]
    assert lines("") == [] and lines("<<<>>>") == ["<<<>>>"]


def feed_lines(xml: str) -> list[str]:
    return [block.text for block in parse_feed(xml).blocks]


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>某博客</title><description>频道介绍</description><link>http://a.cn/</link>
<item><title>第一篇</title><link>http://a.cn/1</link>
<description>&lt;p&gt;摘要。&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>全文第一段。</p><p>全文<b>第二</b>段。</p>]]></content:encoded></item>
<item><title>第二篇 &amp; 续</title><description>&lt;p&gt;只有摘要。&lt;br&gt;第二行&lt;/p&gt;</description></item>
</channel></rss>"""


def test_rss_items_title_then_content_encoded_else_description():
    assert feed_lines(RSS) == [
        "第一篇",
        "全文第一段。",
        "全文第二段。",
        "第二篇 & 续",
        "只有摘要。",
        "第二行",
    ]
    assert parse_feed(RSS).title == "某博客"  # the channel's title: the manifest's, not the text's


RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://a.cn/"><title>频道</title><description>说明</description></channel>
<item rdf:about="http://a.cn/1"><title>条目一</title><description>内容一。</description></item>
<item rdf:about="http://a.cn/2"><title>条目二</title><description><![CDATA[内容<i>二</i>。]]></description></item>
</rdf:RDF>"""


def test_rss_1_rdf_items():
    assert feed_lines(RDF) == ["条目一", "内容一。", "条目二", "内容二。"]


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>站点</title><subtitle>副标题</subtitle>
<entry><title type="html">标题&lt;b&gt;一&lt;/b&gt;</title><summary>摘要一</summary>
<content type="html">&lt;p&gt;正文一。&lt;/p&gt;&lt;p&gt;正文二。&lt;/p&gt;</content></entry>
<entry><title>标题二</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>段一。</p><p>段<em>二</em>。</p></div></content></entry>
<entry><title>标题三</title><summary type="text">纯文本 &lt;不是标签&gt;</summary></entry>
</feed>"""


def test_atom_entries_html_xhtml_and_text_content():
    assert feed_lines(ATOM) == [
        "标题一",
        "正文一。",
        "正文二。",
        "标题二",
        "段一。",
        "段二。",
        "标题三",
        "纯文本 <不是标签>",
    ]


def test_a_broken_feed_gives_what_it_can():
    broken = RSS.replace("</channel></rss>", "<item><title>断了")
    assert feed_lines(broken)[:3] == ["第一篇", "全文第一段。", "全文第二段。"]
    assert feed_lines("<rss><channel><item>") == []


def test_an_articles_own_header_and_footer_are_no_chrome_zone():
    html = (
        "<body><header><a href=/>站名</a></header><article><header><h1>标题</h1>"
        "<a href=/u>张三</a></header><p>正文。</p><footer><a href=/t>标签</a></footer></article>"
        "<footer><a href=/c>联系</a></footer></body>"
    )
    zones = {b.text: b.evidence.zone for b in parse_html(html).blocks}
    assert zones == {
        "站名": "header",
        "标题": None,
        "张三": None,
        "正文。": None,
        "标签": None,
        "联系": "footer",
    }


def test_html_entities_and_bare_ampersands_in_a_feed_keep_the_text_after_them():
    # XML knows neither &nbsp; nor a bare "&": a recovering parser dropped the rest.
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>订阅</title>'
        "<item><title>宝洁&联合利华合作新闻</title>"
        "<description>内容很精彩&nbsp;我们继续阅读&mdash;下面的内容。</description></item>"
        "</channel></rss>"
    )
    assert feed_lines(rss) == ["宝洁&联合利华合作新闻", "内容很精彩 我们继续阅读—下面的内容。"]


def test_a_page_nested_deeper_than_libxml2s_default_keeps_all_its_text():
    # Tag soup with an unclosed <div> per forum floor nests 400 deep.
    floors = [f"第{i}楼：这是一条论坛回复。" for i in range(400)]
    page = "<html><body>" + "".join(f"<div class=post>{f}<br>" for f in floors) + "</body></html>"
    assert lines(page) == floors
