"""A record's fields, one a line (an encyclopedia's infobox, a catalogue's entry), stay with
the name over them, wherever the site's chrome around them puts them; the page's own fields
(its header, its counts, a panel's options, its contact box) are no record.

Every page here is made up for these tests."""

from __future__ import annotations

from made_up import BODY, TITLE

from zhclean import clean_text

MENU = ["首页", "读书", "电影", "音乐", "同城", "小组", "排行榜", "分类", "影评"]
RECORD = [
    "雾中灯塔 The Lighthouse in Fog (2019)",
    "导演: 林远山",
    "编剧: 林远山 / 周晓禾",
    "主演: 陈默 / 许一然 / 王小川 / 赵青青 / 李木子 / 孙北辰 / 更多…",
    "类型: 剧情 / 悬疑",
    "官方网站: www.example.org/lighthouse-in-fog/",
    "制片国家/地区: 中国大陆",
    "语言: 汉语普通话",
    "片长: 96分钟",
]
SYNOPSIS = [
    "雾中灯塔的剧情简介",
    "一座海岛上的灯塔看守人在一场大雾之后失踪，他的女儿从城里赶回小岛，在父亲留下的日记里"
    "发现了一段尘封多年的往事，岛上的每个人似乎都在隐瞒着什么。",
]


def clean(lines: list[str]) -> list[str]:
    return clean_text("\n".join(lines) + "\n").text.split("\n")[:-1]


def test_a_record_under_the_sites_menus_stays_with_its_name():
    out = clean([*MENU, *RECORD, *SYNOPSIS])
    assert out == [*RECORD, *SYNOPSIS]


def test_the_pages_own_header_is_no_record():
    header = ["来源：城南日报", "作者：王明", "发布时间：2024-03-01 10:23", "浏览次数：1234"]
    out = clean(["城南图书馆延长夜间开放时间", *header, *SYNOPSIS[1:]])
    assert "发布时间：2024-03-01 10:23" not in out
    assert "浏览次数：1234" not in out


def test_a_panels_options_and_a_blogs_counts_are_no_record(monkeypatch):
    """Fields of the page's own widgets fare as they would with no record guard at all."""
    from zhclean.stages.boilerplate import tables

    pages = [
        [
            *MENU,
            "翻页方式：滚动 翻页",
            "图片显示：图片 图标",
            "表情显示：显示 不显示",
            "操作偏好：转播 评论",
            *SYNOPSIS,
        ],
        [*MENU, "日志:279", "评论:587", "留言:31", "访问:121369", *SYNOPSIS],
        [
            *MENU,
            "地址：城南路1号",
            "电话：010-12345678",
            "邮编：100000",
            "邮箱：a@example.org",
            *SYNOPSIS,
        ],
    ]
    guarded = [clean(page) for page in pages]
    monkeypatch.setattr(tables, "guard_record_fields", lambda doc: None)
    assert guarded == [clean(page) for page in pages]


def test_without_the_guard_the_record_would_go(monkeypatch):
    """The guard is what keeps the record: the zones take it by its place."""
    from zhclean.stages.boilerplate import tables

    monkeypatch.setattr(tables, "guard_record_fields", lambda doc: None)
    assert clean([*MENU, *RECORD, *SYNOPSIS]) != [*RECORD, *SYNOPSIS]


def test_a_label_over_its_value_on_the_next_line_stays_with_it():
    for field in (["编码：", "1008321"], ["备注：", "1、周末夜场需提前一天预约，名额有限。"]):
        out = clean([TITLE, *BODY, *field])
        assert out[-2:] == field, out


def test_a_credits_a_counters_and_a_forms_empty_labels_still_go():
    for field, gone in (
        (["来源：", "2024-03-01 10:23"], "来源："),
        (["浏览量：", "1234"], "浏览量："),
        (["联系电话：", "请输入您的电话"], "联系电话："),
    ):
        out = clean([TITLE, *BODY, *field])
        assert gone not in out, out


def test_a_records_name_stays_past_the_tools_between_it_and_its_fields():
    exhibit = [
        "青釉刻花莲瓣纹碗",
        "年代：北宋",
        "材质：瓷",
        "尺寸：高 7.8 公分 口径 17.2 公分",
        "典藏编号：瓷 000321",
        "碗口微敞，外壁刻三层莲瓣，釉色青中泛灰，是北宋南方窑口常见的装饰手法，"
        "出土于城南一处窑址。",
    ]
    tools = ["加入收藏", "分享", "打印"]
    columns = ["参观资讯", "展览", "典藏", "教育推广", "关于本馆"]
    out = clean([*MENU, *columns, "首页 > 典藏 > 陶瓷", exhibit[0], *tools, *exhibit[1:]])
    assert out == exhibit


def test_a_short_name_over_a_record_under_a_menus_labels_stays():
    """A person's name of a few ideographs ("许文澜") over the person's fields, right under a
    column of short menu labels: the record's name, not the column's last label."""
    profile = [
        "许文澜",
        "职称：教授，博士生导师",
        "所在系：环境工程系",
        "研究方向：水污染控制；城市污水资源化",
        "办公地点：环境楼B座412室",
        "个人简介",
        "许文澜，工学博士，长期从事城市污水处理与资源化研究，主持完成多项省部级科研项目，"
        "发表学术论文六十余篇。",
    ]
    column = ["师资队伍", "教授", "副教授", "讲师"]
    out = clean([*MENU, *column, *profile])
    assert out == profile
