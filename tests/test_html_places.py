"""Junk by its place in the page's layout: the masthead above the headline, a widget's
controls and headings beside the main text, a feed entry's title over its own text.
Made-up pages, each rule with a case where it must fire and one where it must not."""

from __future__ import annotations

from test_html_quality import _doc  # the document the boilerplate stage hands its guard

from zhclean import clean_bytes
from zhclean.html.blocks import Block, Evidence
from zhclean.stages.boilerplate.dom import guard_by_dom
from zhclean.stages.markup import MarkupHint

ARTICLE = (
    "<p>经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。</p>"
    "<p>公园新增了步道、绿地和儿童游乐区，周末前来散步和游玩的市民明显增多。</p>"
    "<p>据介绍，改造工程还更新了园内的照明和排水设施，夜间游园更加安全方便。</p>"
)
MORE = (
    "<p>市园林局表示，下一步将在城南和城北各新建一座口袋公园，方便周边居民就近休闲健身。</p>"
    "<p>不少市民在留言中建议增加停车位和公共卫生间，园林局称已列入明年的改造计划。</p>"
)
HEADLINE = "城东市民公园改造完工"


def clean(markup: str) -> list[str]:
    result = clean_bytes(markup.encode("utf-8"), hint=MarkupHint(likely=True))
    return (result.text or "").splitlines()


def page(body: str, title: str = f"{HEADLINE}_城市晚报") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_feed_entrys_title_over_its_own_text_stays():
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>链接</title>'
        "<item><title>Color picker</title><description><![CDATA[Color picker, 用来寻找指定"
        "网页上用到的颜色的工具。]]></description></item>"
        "<item><title>新闻稿</title><description><![CDATA[... more]]></description></item>"
        "</channel></rss>"
    )
    lines = clean(feed)
    assert lines[0] == "Color picker"  # no teaser of the text under it
    assert "... more" not in lines and "新闻稿" in lines  # a "read more" link alone


def test_the_masthead_above_the_headline_goes_the_kicker_stays():
    sites = "".join(f"<li><p>{name}</p></li>" for name in ("城市晚报", "城市日报", "城市杂志"))
    body = (
        f'<div class="top"><ul class="m-list">{sites}</ul></div>'
        '<div class="hd"><h2><a href="/finance">晚报财经</a></h2></div>'
        "<div class='kicker'>【关注民生工程】</div>"
        f"<div class='art'><h1>{HEADLINE}</h1>{ARTICLE}</div>"
    )
    lines = clean(page(body))
    assert lines[:2] == ["【关注民生工程】", HEADLINE]
    assert not {"城市晚报", "城市日报", "城市杂志", "晚报财经"} & set(lines)


def test_a_list_over_an_article_with_no_headline_stays():
    # No h1 and no line the <title> names: nothing tells where the masthead ends.
    items = "".join(f"<li><p>{name}</p></li>" for name in ("第一步", "第二步", "第三步"))
    body = f"<div class='art'><ul>{items}</ul>{ARTICLE}</div>"
    lines = clean(page(body, "城市晚报"))
    assert {"第一步", "第二步", "第三步"} <= set(lines)


def test_a_widgets_links_beside_the_main_text_go_an_infobox_value_stays():
    body = (
        f"<div class='art'><h1>{HEADLINE}</h1>"
        "<div class='info'>2024-05-20 09:47 来源：城市晚报</div>"
        '<div class="fsize"><a href="#">字号减小</a> <a href="#">字号增大</a></div>'
        '<dl class="basic"><dt>地点</dt><dd><a href="/p">城东区</a></dd></dl>'
        f"{ARTICLE}</div>"
    )
    lines = clean(page(body))
    assert "字号减小 字号增大" not in lines
    assert "城东区" in lines


def test_a_status_line_over_a_feed_of_other_articles_goes():
    cards = "".join(
        f'<div class="card"><div class="t"><a href="/{n}">城西新建第{n}所小学明年秋季开始招生</a>'
        f'</div><div class="src"><a href="/s">城市日报</a></div><div class="time">{n}天前</div></div>'
        for n in range(1, 5)
    )
    body = (
        f"<div class='art'><h1>{HEADLINE}</h1>{ARTICLE}</div>"
        f'<div class="stream"><p class="refresh">推荐引擎有 8 条更新</p>{cards}</div>'
    )
    lines = clean(page(body))
    assert "推荐引擎有 8 条更新" not in lines
    assert lines[-1].startswith("据介绍")


def test_a_reply_beside_its_posters_links_stays():
    posts = "".join(
        f'<div class="post"><div class="user"><a href="/u{n}">读者{n}号</a></div>'
        f'<div class="time"><a href="/p{n}">{n}天前</a></div><div class="body">{text}</div></div>'
        for n, text in enumerate(("赞一个", "我家附近也在修", "周末去看看"))
    )
    body = f"<div class='art'><h1>{HEADLINE}</h1>{ARTICLE}</div><div class='stream'>{posts}</div>"
    lines = clean(page(body))
    assert {"赞一个", "我家附近也在修", "周末去看看"} <= set(lines)


def test_the_pages_own_footer_under_the_main_text_goes_an_asides_note_stays():
    notice = "未经本网书面授权，请勿转载或建立镜像，否则即为侵权。"
    note = "本站编辑部说明：侧栏中的这段文字是作者写的完整句子，讲述了本站的来历和宗旨。"
    body = (
        f"<div class='wrap'><div class='main'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}"
        "<p>（责编：胡永秋）</p></div></div></div>"
        f"<aside><p>{note}</p></aside>"
        f"<div class='copy'><p>{notice}</p><p>沪ICP证 B2-20040070</p></div>"
    )
    lines = clean(page(body))
    assert notice not in lines and "沪ICP证 B2-20040070" not in lines
    assert note in lines and "（责编：胡永秋）" in lines


def test_a_reply_the_page_sets_apart_stays():
    # The comments stand in a part of their own, sharing only the body with the article.
    reply = "我家附近的公园也在改造，希望明年春天能完工开放。"
    body = (
        f"<div class='wrap'><div class='main'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}"
        f"</div></div></div><div class='comment-list'><p>{reply}</p></div>"
    )
    assert reply in clean(page(body))


def test_a_banner_over_the_page_goes_a_kicker_right_over_the_headline_stays():
    banner = "本站使用 cookie 数据以确保网站正常运行。点击“同意”即表示您同意我们使用 cookie。"
    body = (
        f"<div class='cc'><p>{banner}</p></div>"
        "<div class='topic'>【关注民生工程】</div>"
        f"<div class='wrap'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}</div></div>"
    )
    lines = clean(page(body))
    assert banner not in lines
    assert lines[:2] == ["【关注民生工程】", HEADLINE]


def test_a_sidebars_recent_comments_and_calendar_go_the_references_stay():
    comment = "写脚本，一次性的还好，要是升级啥的，没法做到平滑，最好还是用一个工具来管理！"
    days = "".join(f"<td>{d}</td>" for d in range(1, 8))
    refs = "".join(
        f"<li>{n}. 城东公园改造工程通过验收 ．城市晚报[引用日期2024-05-1{n}]</li>"
        for n in range(1, 4)
    )
    body = (
        f"<div class='wrap'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}"
        f"<ul class='reference-list more'>{refs}</ul></div>"
        f"<div class='sideBar'><table class='cal'><tr>{days}</tr></table>"
        f"<ul class='recent-comments'><li>{comment}</li></ul></div></div>"
    )
    lines = clean(page(body))
    assert comment not in lines and "1 2 3 4 5 6 7" not in lines
    assert "1. 城东公园改造工程通过验收 ．城市晚报[引用日期2024-05-11]" in lines


def test_a_tooltip_and_a_login_dialog_outside_the_main_text_go():
    tip = "由内容质量、互动评论、分享传播等多维度分值决定，级别越高，代表其综合表现越好。"
    dialog = "系统出于安全考虑，在点击“发送语音验证码”后，您将会收到一条语音验证码。"
    body = (
        f"<div class='wrap'><div class='user'><p class='badge-hover'>{tip}</p></div>"
        f"<div class='art'><h1>{HEADLINE}</h1>{ARTICLE}{MORE}</div>"
        f"<div class='login-modal'><p>{dialog}</p></div></div>"
    )
    lines = clean(page(body))
    assert tip not in lines and dialog not in lines
    assert lines[0] == HEADLINE and len(lines) == 6


def test_urls_an_answer_cites_and_a_reply_to_someone_stay():
    url = "https://www.example.org/report/69549.html"
    answers = (
        "<div class='answer RichText'>"
        "<p>主震对断层两边都有应力的触发作用，也就是说，未来周边区域的地震风险是存在的。</p>"
        f"<p><a href='{url}'>{url}</a></p></div>"
    )
    reply = "<div class='comment-body reply'><p><a href='/u/1'>@读者甲</a> 不行呢</p></div>"
    body = f"<div class='wrap'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}{MORE}</div>{answers}{reply}</div>"
    lines = clean(page(body))
    assert url in lines
    assert "@读者甲 不行呢" in lines


def test_a_url_in_a_footer_still_goes():
    body = (
        f"<div class='wrap'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}{MORE}</div></div>"
        "<div class='footer'><p>本网站由城市晚报社主办，未经许可不得转载本站内容</p>"
        "<p><a href='https://www.example.org'>https://www.example.org</a></p></div>"
    )
    assert "https://www.example.org" not in clean(page(body))


def _guarded(blocks, marks):
    """The lines kept after :func:`guard_by_dom`, some marked removed first."""
    doc = _doc(blocks, marks)
    guard_by_dom(doc)
    return [item.text for item in doc.items if not item.removed]


def test_a_list_the_rooms_split_comes_back_whole_a_list_of_links_does_not():
    prose = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"
    refs = [
        f"{n}. 城东公园改造工程第{n}期通过验收(图) ．城市晚报[引用日期2024-05-1{n}]"
        for n in range(6)
    ]
    links = [f"城西新建第{n}所小学明年秋季开始招生" for n in range(6)]
    blocks = [Block(prose, Evidence("html/body/div/p", scope=(1, 2, 3, 4)))]
    blocks += [
        Block(ref, Evidence("html/body/div/ul/li", None, 0.4, scope=(1, 2, 5, 6, 7 + n)))
        for n, ref in enumerate(refs)
    ]
    blocks += [
        Block(link, Evidence("html/body/div/ul/li", None, 1.0, scope=(1, 2, 20, 21, 22 + n)))
        for n, link in enumerate(links)
    ]
    taken = {refs[1]: ("ZH318", "tail_chrome"), refs[4]: ("ZH304", "dom_chrome")}
    taken |= {link: ("ZH318", "tail_chrome") for link in links[:2]}
    kept = _guarded(blocks, taken)
    assert all(ref in kept for ref in refs)  # five of six stayed: the list is the author's
    assert not any(link in kept for link in links[:2])  # links away stay taken


def test_a_login_boxs_pitch_a_users_badge_and_a_counters_name_go_a_byline_stays():
    body = (
        "<div class='wrap'><div class='board'>"
        "<div class='item'><div class='name'>关注者</div><div class='value'>46</div></div>"
        "<div class='item'><div class='name'>被浏览</div><div class='value'>99,411</div></div></div>"
        "<div class='login-card'><p>不限量看优质回答私信答主深度交流精彩内容一键收藏</p></div>"
        f"<div class='art'><h1>{HEADLINE}</h1><p class='author'>本报记者 王乐文</p>{ARTICLE}{MORE}</div>"
        "<div class='author-badge'>北京宇青国际教育咨询有限公司 西日韩留学部门总监</div>"
        "<aside><div class='card'>城市晚报资深编辑 十年民生报道经验</div></aside></div>"
    )
    lines = clean(page(body))
    for chrome in (
        "被浏览",
        "不限量看优质回答私信答主深度交流精彩内容一键收藏",
        "北京宇青国际教育咨询有限公司 西日韩留学部门总监",
        "城市晚报资深编辑 十年民生报道经验",
    ):
        assert chrome not in lines
    assert "本报记者 王乐文" in lines


def test_a_widgets_entries_under_its_heading_go_when_it_goes_as_a_list():
    # The heading went as a list's heading (a related list's words); its captions with
    # no link under it are the same widget's. A reader's reply under a heading that stays
    # is no entry of it.
    links = "".join(
        f"<li><a href='/{n}'>城西新建第{n}所小学明年秋季开始招生</a></li>" for n in range(4)
    )
    body = (
        f"<div class='wrap'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}{MORE}</div>"
        f"<div class='focus'><h2>热门推荐</h2><ul>{links}</ul>"
        "<ul><li><p>江苏无锡：梁溪河景观带成市民休闲胜地</p></li></ul></div>"
        "<div class='talk'><h2>网友说</h2><p>周末带孩子去看了，步道很平整</p></div></div>"
    )
    lines = clean(page(body))
    assert "江苏无锡：梁溪河景观带成市民休闲胜地" not in lines
    assert "周末带孩子去看了，步道很平整" in lines


def test_a_headings_anchor_is_no_name_of_chrome():
    # The id a heading carries is made from its own words ("more-nav-links").
    body = (
        f"<div class='wrap'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}"
        "<h2 id='more-nav-links'><a href='#more-nav-links'>更多导航链接的说明</a></h2>"
        f"{MORE}</div></div>"
    )
    assert "更多导航链接的说明" in clean(page(body))


def test_the_pages_content_element_is_never_its_tail():
    # The main text read wrong (a help pop-up's questions are its only sentences): a line
    # of the page's <main> is never the page's own part for its place.
    help_ = "".join(f"<p>按 {k} 键可以做什么？</p>" for k in "ABCD")
    text = "Rustdoc only supports Rust source code and Markdown input formats."
    body = f"<div class='help'>{help_}</div><div class='page'><main><p>{text}</p></main></div>"
    assert text in clean(page(body, "Rustdoc"))


def test_the_heading_of_a_list_that_stays_comes_back_a_widgets_does_not():
    prose = "经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"
    refs = [
        f"{n}. 城东公园改造工程第{n}期通过验收 ．城市晚报[引用日期2024-05-1{n}]" for n in range(5)
    ]
    links = [f"城西新建第{n}所小学明年秋季开始招生" for n in range(5)]
    blocks = [Block(prose, Evidence("html/body/div/p", scope=(1, 2, 3, 4)))]
    blocks.append(Block("参考资料", Evidence("html/body/div/dl/dt", scope=(1, 2, 5, 6, 7))))
    blocks += [
        Block(
            ref, Evidence("html/body/div/dl/dd/ul/li", None, 0.4, scope=(1, 2, 5, 6, 8, 9, 10 + n))
        )
        for n, ref in enumerate(refs)
    ]
    blocks.append(Block("热门文章", Evidence("html/body/div/div/h3", scope=(1, 2, 20, 21, 22))))
    blocks += [
        Block(
            link, Evidence("html/body/div/div/ul/li", None, 1.0, scope=(1, 2, 20, 21, 23, 24 + n))
        )
        for n, link in enumerate(links)
    ]
    taken = {"参考资料": ("ZH318", "tail_chrome"), "热门文章": ("ZH318", "tail_chrome")}
    taken |= {link: ("ZH304", "tail_list") for link in links}
    kept = _guarded(blocks, taken)
    assert "参考资料" in kept and "热门文章" not in kept


def test_an_h1_under_the_main_text_heads_no_masthead():
    steps = "".join(f"<li><p>{name}</p></li>" for name in ("第一步", "第二步", "第三步"))
    body = (
        f"<div class='art'><h2>{HEADLINE}</h2>{ARTICLE}<ul>{steps}</ul>{MORE}</div>"
        "<div class='side'><h1>城市晚报</h1></div>"
    )
    lines = clean(page(body))
    assert {"第一步", "第二步", "第三步"} <= set(lines)


def test_the_pages_header_keeps_its_deck_and_byline():
    body = (
        f"<header><h1>{HEADLINE}</h1><h2>新增步道绿地和儿童游乐区</h2>"
        "<p>本报记者 王乐文 方敏</p></header>"
        f"<div class='wrap'><div class='art'>{ARTICLE}{MORE}</div></div>"
    )
    lines = clean(page(body))
    assert lines[:3] == [HEADLINE, "新增步道绿地和儿童游乐区", "本报记者 王乐文 方敏"]


def test_readers_comments_in_an_unnamed_part_of_the_page_stay_a_lone_notice_goes():
    comments = (
        "<div id='c'><div class='c1'><span>网友A</span><p>我家就住附近，每天晚上都去散步，确实比以前好多了。</p></div>"
        "<div class='c1'><span>网友B</span><p>希望能多装几个垃圾桶，周末人太多了。</p></div></div>"
    )
    body = (
        f"<div class='wrap'><div class='main'><div class='art'><h1>{HEADLINE}</h1>{ARTICLE}"
        f"</div></div></div>{comments}<div class='ft'><p>本站所有内容未经授权禁止转载。</p></div>"
    )
    lines = clean(page(body))
    assert "我家就住附近，每天晚上都去散步，确实比以前好多了。" in lines
    assert "希望能多装几个垃圾桶，周末人太多了。" in lines
    assert "本站所有内容未经授权禁止转载。" not in lines


def test_a_reference_the_page_took_for_a_link_and_the_address_under_it_stay():
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.addresses import guard_cited_urls
    from zhclean.stages.boilerplate.features import Item

    lines = [
        "参考：https://www.example.org/report/1.html",
        "https://www.example.org/report/2.html",
        "最新网址：https://www.example.cc",
    ]
    items = [Item(n, text, text.replace("：", ":")) for n, text in enumerate(lines, 1)]
    items[0].mark("ZH303", detector="dom_chrome")  # a block that is all link
    items[1].mark("ZH303", detector="bare_url")
    items[2].mark("ZH306", detector="label_with_url")
    guard_cited_urls(items, load_lexicon().lists["citation_labels"])
    assert [item.removed for item in items] == [False, False, True]


def test_a_floors_short_reply_over_its_own_stamp_is_no_widgets_heading():
    # A thread: the long first floor is the main text; under it, each floor's short reply
    # stands first in its post, over the floor's stamp and reply button (two lines of two
    # shapes, no list). A widget's heading over a list of links still goes.
    def floor(text: str, n: int) -> str:
        return (
            f"<div class='floor'><div class='post-body'><div class='post-text'>{text}</div></div>"
            f"<div class='post-tail'><div class='stamp'><span>{n}楼</span>"
            f"<span>2024-05-1{n} 10:0{n}</span></div>"
            f"<div class='act'><div><a href='#r{n}'>回复</a></div></div></div></div>"
        )

    links = "".join(
        f"<li><a href='/a{n}'>城西新建第{n}所小学明年秋季开始招生</a></li>" for n in range(4)
    )
    body = (
        f"<div class='thread'><h1>{HEADLINE}</h1>{floor(ARTICLE + MORE, 1)}"
        f"{floor('随缘吧', 2)}{floor('现在这公园不错', 3)}</div>"
        f"<div class='box'><h3>要闻</h3><ul>{links}</ul></div>"
    )
    lines = clean(page(body))
    assert "随缘吧" in lines and "现在这公园不错" in lines
    assert "要闻" not in lines


POSTS = (
    "我在城东公园试了新修的步道，夜里灯光很亮走起来很安心，周末还会再去",
    "有没有人知道停车场什么时候开放，上次去转了好几圈都没找到车位",
    "儿童游乐区的沙坑换了新沙子，孩子们玩得很开心，就是人有点多要排队",
)


def thread(names: tuple[str, ...], title: str = HEADLINE) -> str:
    posts = "".join(
        f"<article class='post'><header><h3 class='username'><a href='/u/{n}'>{name}</a></h3>"
        f"</header><div class='post-body'><p>{text}</p></div></article>"
        for n, (name, text) in enumerate(zip(names, POSTS, strict=True))
    )
    return f"<div class='app'><main><h1>{title}</h1><div class='stream'>{posts}</div></main></div>"


def test_a_banner_right_under_the_body_is_no_main_text():
    # A cookie notice is the page's only sentence with a full stop; the thread's posts end
    # none. The notice, one line in a block of its own under the body, is no main text:
    # the posts are, and the notice above the headline goes, as the footer under them.
    notice = (
        "本站使用 cookie 数据以确保网站正常运行，并帮助我们为您提供最佳用户体验。"
        "点击“同意”即表示您同意我们使用 cookie。"
    )
    footer = "本站独立于城市基金会运行。"
    body = (
        f"<div class='cc'><span>{notice}</span><div><a href='#'>我同意</a></div></div>"
        f"{thread(('甲乙丙', '丁戊己', '庚辛壬'))}"
        f"<footer><div><p>{footer} <a href='#'>了解认证社区</a></p></div></footer>"
    )
    lines = clean(page(body))
    assert lines[0] == HEADLINE
    assert [line for line in lines if line in POSTS] == list(POSTS)
    assert not any(notice in line or footer in line for line in lines)


def test_a_threads_posters_names_go():
    # One short link named as a user per post, three on the page: the posters' names.
    lines = clean(page(thread(("甲乙丙", "丁戊己", "甲乙丙"))))
    assert not {"甲乙丙", "丁戊己"} & set(lines)
    assert [line for line in lines if line in POSTS] == list(POSTS)


def test_the_sites_name_the_title_carries_is_no_copy_of_the_headline():
    site = "城市晚报市民论坛"
    body = f"<header><div><a href='/'>{site}</a></div></header>" + thread(
        ("甲乙丙", "丁戊己", "庚辛壬")
    )
    lines = clean(page(body, f"{HEADLINE} - {site}"))
    assert site not in lines and HEADLINE in lines


def test_an_edit_link_beside_each_heading_goes_the_headings_stay():
    edit = "<div class='section-edit-btn'><a href='/edit?s={n}'>编辑</a></div>"
    body = (
        f"<h1>{HEADLINE}</h1>"
        f"<h2>工程概况</h2>{edit.format(n=1)}{ARTICLE}"
        f"<h2>后续计划</h2>{edit.format(n=2)}{MORE}"
    )
    lines = clean(page(body))
    assert "编辑" not in lines
    assert {"工程概况", "后续计划"} <= set(lines)
