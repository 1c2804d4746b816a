"""Feeds: a stream of other articles under an article (stamp, headline, teaser, again and
again) goes, with the ads between its entries; a listing page's entries and a thread's
replies stay. Every page here is made up for these tests."""

from __future__ import annotations

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
