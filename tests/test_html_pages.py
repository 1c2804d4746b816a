"""Whole pages through the pipeline and the CLI: the DOM room, the manifest, names,
content sniffing, bad pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean import clean_bytes
from zhclean.discovery import output_rel
from zhclean.html.blocks import Block, Evidence
from zhclean.lexicon import load_lexicon
from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate
from zhclean.stages.boilerplate.dom import DomHints, verdict
from zhclean.stages.boilerplate.features import Item

PROSE = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放，市民纷纷前来游玩。"
PAGE = f"""<!DOCTYPE html><html><head><meta charset="gb2312"><title>公园改造完工_城东新闻网</title></head>
<body class="article-page">
<div class="top-links"><a href="/">城东新闻网</a></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/n">本地</a></li><li><a href="/s">民生</a></li></ul></nav>
<article><h1>公园改造完工</h1><p>{PROSE}</p><p>公园新增了步道、绿地和儿童游乐区，周末人流明显增多。</p></article>
<aside class="sidebar"><h3>热门文章</h3><ul><li><a href="/1">城西新建两所小学明年招生</a></li>
<li><a href="/2">地铁三号线延长段开通运营</a></li><li><a href="/3">老旧小区加装电梯进展顺利</a></li></ul>
<p>本站编辑部说明：侧栏中的这段文字很长，是作者写的完整句子，它讲述了本站的来历和宗旨，不应被删除。</p></aside>
<footer><a href="/about">关于本站</a> | <a href="/ad">广告服务</a></footer>
</body></html>"""


def test_a_page_through_the_pipeline():
    result = clean_bytes(PAGE.encode("gbk"))
    lines = result.text.splitlines()
    assert lines[0] == "公园改造完工"
    assert PROSE in lines
    assert any(line.startswith("本站编辑部说明") for line in lines)  # prose in an aside stays
    for chrome in ("首页", "本地", "民生", "城西新建两所小学明年招生", "关于本站 | 广告服务"):
        assert chrome not in lines
    assert result.encoding == "gb18030"
    assert result.page == {
        "source": "html",
        "title": "公园改造完工_城东新闻网",
        "encoding_from": "meta",
    }
    assert result.status == "cleaned"
    detectors = {e.text: e.detector for e in result.removed}
    assert detectors["本地"] == "dom_chrome"


def item(text: str) -> Item:
    return Item(1, text, text)


NAV = Evidence("html/body/nav/ul/li", "nav", 1.0)


def test_dom_verdicts():
    lex = load_lexicon()
    assert verdict(item("首页"), (NAV,), lex) == "ZH303"
    related = Evidence("html/body/div/ul/li", None, 1.0, ("related", "posts"))
    assert verdict(item("城西新建两所小学明年招生"), (related,), lex) == "ZH304"
    ad = Evidence("html/body/div", None, 1.0, ("ad", "box"))
    assert verdict(item("点击领取新人礼包"), (ad,), lex) == "ZH301"
    tags = Evidence("html/body/div", None, 0.8, ("post", "tags"))
    assert verdict(item("公园 城东 民生"), (tags,), lex) == "ZH309"


def test_dom_keeps_prose_headings_and_lines_shown_outside_chrome():
    lex = load_lexicon()
    aside = Evidence("html/body/aside/p", "aside", 0.0, ("sidebar",))
    assert verdict(item(PROSE), (Evidence("p", "aside", 1.0),), lex) is None  # prose, even linked
    assert verdict(item("侧栏里的一句说明"), (aside,), lex) is None  # no links, not a menu
    h1 = Evidence("html/body/header/h1", "header", 1.0)
    assert verdict(item("公园改造完工"), (h1,), lex) is None
    body = Evidence("html/body/article/p", None, 1.0)
    assert verdict(item("首页"), (NAV, body), lex) is None  # also shown in the article
    plain = Evidence("html/body/div", None, 1.0, ("content",))
    assert verdict(item("城西新建两所小学明年招生"), (plain,), lex) is None  # links, no chrome


def test_a_menu_label_without_a_link_goes_in_a_nav_only():
    lex = load_lexicon()
    assert verdict(item("网站导航"), (Evidence("nav", "nav", 0.0),), lex) == "ZH303"
    assert verdict(item("网站导航"), (Evidence("footer", "footer", 0.0),), lex) is None


PROSE2 = "公园新增了步道、绿地和儿童游乐区，周末人流明显增多，附近商户的生意也好了起来。"


def test_dom_evidence_removes_what_the_text_alone_keeps():
    related = ["城西新建两所小学明年招生", "地铁三号线延长段开通运营"]
    text = "\n".join(["公园改造完工", PROSE, *related, PROSE2])
    plain = boilerplate(text, Report(), lambda code: True)
    assert plain == text  # two headlines between paragraphs: the text alone keeps them
    aside = Evidence("html/body/aside/ul/li", "aside", 1.0, ("related",))
    report = Report()
    report.dom = DomHints.of([Block(line, aside) for line in related])
    assert boilerplate(text, report, lambda code: True).split("\n") == [
        "公园改造完工",
        PROSE,
        PROSE2,
    ]
    assert [e.code for e in report.events] == ["ZH304", "ZH304"]
    report = Report()
    report.dom = DomHints.of([Block(line, aside) for line in related])
    assert boilerplate(text, report, lambda code: code != "ZH304") == text  # its code off


def test_feed_through_the_pipeline():
    feed = """<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>博客</title>
    <item><title>春天来了</title><description><![CDATA[<p>今天天气很好，我们去公园散步。</p>]]></description></item>
    </channel></rss>""".encode("gbk")
    result = clean_bytes(feed)
    assert result.text == "春天来了\n今天天气很好，我们去公园散步。\n"
    assert result.page["source"] == "feed" and result.page["encoding_from"] == "xml"


def test_bad_pages_are_results_not_exceptions():
    for data in (
        b"<html><body>" + b"\xff\xfe\x80\x81" * 100,
        b"<!DOCTYPE html><html><body><div><p>\x00\x01\x02" + "断".encode() * 3,
        b"<!doctype html>" + b"<div>" * 5000 + "深".encode(),
        b"<!doctype html><html></html>",
    ):
        result = clean_bytes(data)
        assert result.status in ("cleaned", "dropped", "error", "skipped")
    assert clean_bytes(b"<!doctype html><html><body> </body></html>").status == "dropped"


def test_text_files_are_not_read_as_markup():
    text = "正文第一段。\n<p>作者写的一个标签示例</p>\n".encode()
    result = clean_bytes(text)
    assert result.page is None


def test_output_names():
    from pathlib import PurePosixPath

    assert output_rel(PurePosixPath("a/b.shtml")).as_posix() == "a/b.txt"
    assert output_rel(PurePosixPath("feed.xml")).as_posix() == "feed.txt"
    assert output_rel(PurePosixPath("x.wet.gz")).as_posix() == "x.jsonl.gz"


def test_cli_on_a_folder_mixing_text_and_html(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "note.txt").write_text("标题\n" + PROSE + "\n", "utf-8")
    (src / "page.html").write_bytes(PAGE.encode("gbk"))
    (src / "sniffed.txt").write_bytes(PAGE.encode("gbk"))  # an HTML page named .txt
    (src / "feed.xml").write_text(
        "<rss><channel><item><title>题目</title><description>内容。</description></item></channel></rss>",
        "utf-8",
    )
    (src / "broken.htm").write_bytes(b"<html><body><p>" + b"\xff\xfe\x80" * 50)
    run = subprocess.run(
        [sys.executable, "-m", "zhclean", "clean", str(src), "--out", str(tmp_path / "out"), "-q"],
        capture_output=True,
        text=True,
    )
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "feed.txt",
        "manifest.jsonl",
        "note.txt",
        "page.txt",
        "sniffed.txt",
    ]
    assert (out / "note.txt").read_text("utf-8") == "标题\n" + PROSE + "\n"
    assert (out / "page.txt").read_bytes() == (out / "sniffed.txt").read_bytes()
    assert (out / "feed.txt").read_text("utf-8") == "题目\n内容。\n"
    records = {
        Path(r["input"]).name: r
        for r in map(json.loads, (out / "manifest.jsonl").read_text("utf-8").splitlines())
    }
    assert records["page.html"]["source"] == "html"
    assert records["page.html"]["title"] == "公园改造完工_城东新闻网"
    assert records["feed.xml"]["source"] == "feed"
    assert "source" not in records["note.txt"]
    assert records["broken.htm"]["status"] == "error"
    assert run.returncode == 3 and "broken.htm" in run.stderr and "Traceback" not in run.stderr


def test_in_place_leaves_pages_alone(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("gbk"))
    run = subprocess.run(
        [sys.executable, "-m", "zhclean", "clean", "--in-place", str(page)],
        capture_output=True,
        text=True,
    )
    assert page.read_bytes() == PAGE.encode("gbk")
    assert "not rewritten in place" in run.stderr


def test_a_feed_of_headlines_keeps_every_title():
    items = "".join(
        f"<item><title>{t}</title><link>http://a.cn/{i}</link></item>"
        for i, t in enumerate(
            [
                "如何以及何时使用标签",
                "默认样式的列表整理",
                "在浏览器中定义样式",
                "左中右三栏的布局方法",
            ]
        )
    )
    result = clean_bytes(f"<rss><channel><title>站</title>{items}</channel></rss>".encode())
    assert result.text.count("\n") == 4


def test_short_lines_without_links_are_the_authors():
    lyric = [
        "或许是多么伤害人",
        "而结论始终是疑问",
        "我尊重我的选择",
        "不开灯我不要开灯",
        "我想我疯了",
    ]
    body = "<br>".join(lyric)
    html = f"<!doctype html><body><article><h1>歌词</h1><p>{PROSE}</p><p>{body}</p><p>{PROSE2}</p></article></body>"
    lines = clean_bytes(html.encode()).text.splitlines()
    assert all(line in lines for line in lyric)
    linked = "<br>".join(f'<a href="/{i}">{line}</a>' for i, line in enumerate(lyric))
    html = f"<!doctype html><body><article><h1>歌词</h1><p>{PROSE}</p><p>{PROSE2}</p></article><div class=related>{linked}</div></body>"
    lines = clean_bytes(html.encode()).text.splitlines()
    assert not any(line in lines for line in lyric)


TAGS = ["<p>", "</p>", "<div class=nav>", "</div>", "<br>", "<a href=/>", "</a>", "<td>", "<tr>"]
TAGS += [
    "<table>",
    "<pre>",
    "</pre>",
    "<script>",
    "<!--",
    "-->",
    "<nav>",
    "<li>",
    "&amp;",
    "&#x4e2d;",
]
TAGS += ["<title>", "</title>", "<![CDATA[", "]]>", "<item>", "<description>", "<entry>", "\n"]


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(TAGS) | st.text(max_size=8), max_size=60),
    st.sampled_from(
        ["<!doctype html>", "<rss><channel>", '<feed xmlns="http://www.w3.org/2005/Atom">']
    ),
    st.sampled_from(["utf-8", "gb18030", "big5"]),
)
def test_any_markup_gives_a_result_never_an_exception(parts, start, codec):
    data = (start + "".join(parts)).encode(codec, "replace")
    result = clean_bytes(data)
    assert result.status in ("cleaned", "dropped", "error", "skipped")
    if result.text is not None:
        assert result.page is not None and result.page["source"] in ("html", "feed")
