"""Lists of other articles after the body, under a heading that names what the list holds
("热榜", "排行榜"), numbered or not; an author's numbered list with no such heading stays.

Every page here is made up for these tests."""

from __future__ import annotations

import pytest
from made_up import BODY, TITLE

from zhclean import clean_text

OTHERS = ["河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造", "公交十二路调整部分站点"]


def clean(lines: list[str]) -> list[str]:
    return clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]


@pytest.mark.parametrize("heading", ["热榜", "24小时热榜", "排行榜"])
@pytest.mark.parametrize("form", ["{n} {t}", "{n}. {t}", "{n}、{t}", "{t}"])
def test_a_list_under_a_heading_that_names_a_list_goes_numbered_or_not(heading, form):
    entries = [form.format(n=i + 1, t=t) for i, t in enumerate(OTHERS)]
    assert clean([TITLE, *BODY, heading, *entries]) == [TITLE, *BODY]


@pytest.mark.parametrize("form", ["{n}. {t}", "{n}、{t}"])
def test_a_numbered_list_with_no_such_heading_stays(form):
    """With no heading that names a list, numbered lines after the body may be the author's
    (steps, points): kept (POLICY: when unsure, keep)."""
    entries = [form.format(n=i + 1, t=t) for i, t in enumerate(OTHERS)]
    assert clean([TITLE, *BODY, *entries]) == [TITLE, *BODY, *entries]


def test_a_cast_list_each_name_with_the_same_role_is_no_list_of_headlines():
    synopsis = [
        "雾中灯塔的剧情简介 · · · · · ·",
        "一座海岛上的灯塔看守人在一场大雾之后失踪，他的女儿从城里赶回小岛，在父亲留下的日记里"
        "发现了一段尘封多年的往事。岛上的每个人似乎都在隐瞒着什么，而大雾又一次笼罩了海面。",
        "她决定留在岛上，一边照看灯塔，一边寻找父亲失踪的真相，却发现真相远比她想象的复杂。",
    ]
    cast = [
        "罗伯特·林奇 导演",
        "艾米莉·克拉克 演员",
        "托马斯·格林 演员",
        "安娜·佩特森 演员",
        "马克·史密斯 演员",
    ]
    page = [
        "雾中灯塔 (2019)",
        "推荐",
        *synopsis,
        "雾中灯塔的演职员 · · · · · · ( 全部 10 )",
        *cast,
        "雾中灯塔的视频和图片 · · · · · · ( 预告片1 | 图片116 )",
        "喜欢这部电影的人也喜欢 · · · · · ·",
        "海上的风",
        "岛屿来信",
        "灯塔守望者",
    ]
    out = clean(page)
    assert [line for line in out if line in cast] == cast


def test_headlines_that_end_each_in_words_of_their_own_still_go():
    others = [
        "河滨公园新增两条夜跑步道 组图",
        "老城区菜市场完成升级改造 视频",
        "公交十二路调整部分站点 图文",
    ]
    out = clean([TITLE, *BODY, "相关新闻", *others])
    assert not any(line in out for line in others)


def test_a_recipes_step_numbers_stay_the_first_one_under_its_heading_too():
    """ "做法" / "1" / step / "2" / step …: bare numbers counting the steps, each over its
    step; the first stands under the heading, not between two paragraphs, and stays too."""
    steps = [
        "五花肉切成三厘米见方的块，冷水下锅，加姜片和料酒焯水，撇去浮沫后捞出沥干。",
        "锅里不放油，把肉块放进去小火煸炒，直到表面微黄、出油。",
        "把多余的油倒出来，留一点底油，放入冰糖炒出糖色。",
    ]
    page = [TITLE, *BODY, "红烧肉的做法"]
    for n, step in enumerate(steps, 1):
        page += [str(n), step]
    assert clean(page) == page


def test_short_names_of_sites_under_a_links_heading_go():
    """ "国务院", "省人民政府" under "相关链接": under a heading of links, names too short for a
    headline are the sites it links to."""
    links = ["国务院", "省人民政府", "市人民代表大会"]
    assert clean([TITLE, *BODY, "相关链接", *links]) == [TITLE, *BODY]


def test_replies_that_name_whom_they_answer_are_no_list_of_headlines():
    """ "@阿青 一定要用熟透的番茄哦": a reply's opening mention makes it talk, as "I" or "you"
    does; two such lines under the body are replies, not two headlines of other articles."""
    replies = ["@阿青 一定要用熟透的番茄哦", "@小林 好的，周末就去菜市场买"]
    assert clean([TITLE, *BODY, *replies]) == [TITLE, *BODY, *replies]


@pytest.mark.parametrize("mark", ["完", "（完）", "（本章完）", "未完待续"])
def test_a_closing_mark_under_the_body_stays_and_the_list_under_it_goes(mark):
    """The article's close on a line of its own is the author's; a list of other articles
    under it, with no heading a list of ours knows, is still the page's tail."""
    lines = [TITLE, *BODY, mark, "今日其他消息", *OTHERS, "按日期查阅"]
    assert clean(lines) == [TITLE, *BODY, mark]


MENU = ["首页", "字典", "词典", "成语", "诗词", "登录"]
IDIOMS = ["守株待兔", "待价而沽", "灯火阑珊"]


def test_a_heading_of_a_qualifier_and_a_kind_the_sites_menu_names_heads_a_list():
    """ "相关成语": no list of ours knows 成语 as a kind of entry, but the site's menu names it,
    so the heading and the bare names under it are the site's list of other entries."""
    lines = [*MENU, TITLE, *BODY, "相关成语", *IDIOMS, "Copyright © 2024 某某词典网"]
    assert clean(lines) == [TITLE, *BODY]


def test_the_same_heading_with_a_kind_no_menu_names_stays():
    lines = [*MENU, TITLE, *BODY, "相关研究", *IDIOMS]
    assert clean(lines)[-4:] == ["相关研究", *IDIOMS]


def test_a_kind_the_breadcrumb_ends_a_step_with_heads_the_list_and_it_stops_at_chrome():
    """ "相关文物" under a trail "首页 > 典藏 > 精选文物 > 陶瓷": the step ends with the kind.
    The list ends at the site's chrome ("更多文物 >>"); the organiser's name under it stays."""
    lines = [
        "首页 > 典藏 > 精选文物 > 陶瓷",
        TITLE,
        *BODY,
        "相关文物",
        "白釉划花花口碗",
        "青釉印花牡丹纹盘",
        "更多文物 >>",
        "城南区文化馆",
        "地址：城南区学府路66号 电话：2345 6789",
    ]
    from made_up import clean_lines

    kept, report = clean_lines(lines)
    assert kept[: 1 + len(BODY)] == [TITLE, *BODY]
    listed = {event.text for event in report.events if event.detector == "site_kind_headings"}
    assert listed == {"相关文物", "白釉划花花口碗", "青釉印花牡丹纹盘"}


@pytest.mark.parametrize("label", ["【广告】", "[推广] ", "（广告）"])
def test_an_ad_with_its_label_in_brackets_goes(label):
    ad = f"{label}三个月突破雅思7分，名师直播课限时0元领，添加助教微信 ielts_2026"
    assert clean([TITLE, *BODY, ad]) == [TITLE, *BODY]


def test_a_shops_rate_table_under_other_products_cards_stays():
    """Three lines in a row each at one rate ("宅配 80 元" …) are the shop's shipping table,
    its terms for this product too, not more cards of other products, which each carry their
    own price."""
    from made_up import clean_lines

    shipping = ["运费", "宅配 80 元", "超商取货付款 80 元", "超商纯取货 80 元"]
    page = [
        "不锈钢真空保温瓶 500ml",
        "$590",
        "双层真空结构，保温保冷长达十二小时，冬天装热茶到下午还是烫的，瓶口加宽设计方便放入冰块。",
        "看了又看",
    ]
    for name, price in [("玻璃保鲜盒三件组", 450), ("陶瓷马克杯", 320), ("竹制便当盒", 210)]:
        page += [name, f"${price}", "加入购物车"]
    kept, _ = clean_lines([*page, *shipping])
    assert kept == [*page[:3], *shipping]


def test_the_products_own_fields_over_other_products_cards_stay():
    """The first card's head is the short lines over its price, down to the product's own
    fields ("保存期限：720天"), which no card of another product opens with."""
    from made_up import clean_lines

    own = [
        "西莎小羊肉餐盒 100g",
        "$839",
        "$35",
        "精选羊肉、蔬菜油和必需维生素，每一盒都是单独密封包装，开盖即食，适合挑食的小型犬和老年犬。",
        "商品产地：澳洲",
        "保存期限：720天",
    ]
    cards = ["其他人也看了"]
    for name, price in [("全麦蔬蔬鸡饺", 209), ("鸡肉蔬菜蒸鲜包", 140), ("鲜鱼冻干零食", 180)]:
        cards += [name, f"${price}", "加入购物车"]
    kept, _ = clean_lines([*own, *cards])
    assert kept == own


def test_the_works_own_claim_of_originality_under_it_stays():
    """ "本文由某某原创，转载请注明出处" names the text itself and calls it original: the
    author's or publisher's notice, kept with the work; the site's own notice still goes."""
    own = "本文由城南读书会原创，转载请注明出处"
    site = "本站部分文章来自互联网，如有侵权请联系删除"
    out = clean([TITLE, *BODY, own, "上一篇：河滨公园新增两条夜跑步道", site])
    assert out == [TITLE, *BODY, own]


def test_a_related_list_ends_at_the_name_over_a_contact_box():
    """ "相关产品" and its models go; the maker's name right over its address is the contact
    box's heading, not one more entry."""
    lines = [
        TITLE,
        *BODY,
        "相关产品",
        "HJ-600型颚式破碎机",
        "PF-1214反击式破碎机",
        "城南恒锐机械设备有限公司",
        "地址：城南区经济技术开发区第九大街88号",
        "电话：0371-6688 1234",
    ]
    assert clean(lines) == [TITLE, *BODY, *lines[-3:]]
