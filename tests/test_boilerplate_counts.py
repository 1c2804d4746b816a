"""Counters a template prints under every entry, found by their shape (a number beside one
word that the page prints again and again with another number), in words no list holds.

Every page here is made up for these tests."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

# Short posts of a made-up feed; under each, the number of readers who liked it, in a word no
# word list of the project holds.
POSTS = [
    "今天早上去河边跑步，看见一群白鹭从芦苇丛里飞起来，心情一下子就好了。",
    "楼下新开了一家面馆，老板是从西北来的，拉面筋道，汤头也很足，推荐大家去尝尝。",
    "孩子第一次自己骑车去学校，我在后面偷偷跟了一路，他一次也没有回头。",
    "周末把阳台收拾出来种了几盆薄荷和小番茄，希望夏天能吃上自己种的菜。",
    "雨下了一整天，窗外的梧桐叶子被洗得发亮，适合泡一壶茶看一本旧书。",
]
COUNTS = ["35 暖心", "128 暖心", "7 暖心", "61 暖心", "19 暖心"]


def clean(lines: list[str]) -> tuple[list[str], Report]:
    report = Report()
    out = boilerplate("\n".join(lines), report, lambda code: True)
    return [line for line in out.split("\n") if line.strip()], report


def test_a_count_under_every_post_goes_in_any_word():
    page = [line for post, count in zip(POSTS, COUNTS, strict=True) for line in (post, count)]
    out, report = clean(page)
    assert out == POSTS
    assert {e.detector for e in report.events if e.text in COUNTS} == {"counted_templates"}


def test_the_count_may_stand_before_or_after_its_word():
    counts = ["赞同 6", "赞同 34", "赞同 2", "赞同 557", "赞同 4"]
    page = [line for post, count in zip(POSTS, counts, strict=True) for line in (post, count)]
    assert clean(page)[0] == POSTS


def test_three_counts_are_not_yet_a_template():
    page = [
        line for post, count in zip(POSTS[:3], COUNTS[:3], strict=True) for line in (post, count)
    ]
    assert clean(page)[0] == page


def test_fields_prices_headings_commands_and_numbers_stay():
    """More than one word beside the number, or none: an entry's data, not a counter."""
    for rows in (
        ["门票：80元", "门票：120元", "门票：45元", "门票：60元"],  # a listing's fields
        ["¥97.00", "¥96.00", "¥250.00", "¥58.00"],  # prices
        ["1-D 数组", "2-D 数组", "3-D 数组", "4-D 数组"],  # an author's numbered headings
        ["sleep 30s", "sleep 5s", "sleep 10s", "sleep 30s"],  # a command shown
    ):
        page = [line for post, row in zip(POSTS[:4], rows, strict=True) for line in (post, row)]
        out, report = clean(page)
        assert [line for line in out if line in rows] == rows, report.events


def test_numbers_alone_are_no_counter_of_this_kind():
    rows = ["12", "22", "4", "7"]  # other rooms judge bare numbers
    page = [line for post, row in zip(POSTS[:4], rows, strict=True) for line in (post, row)]
    _, report = clean(page)
    assert not any(e.detector == "counted_templates" for e in report.events)


def test_the_same_count_again_is_a_copy_not_a_counter():
    page = [line for post in POSTS[:4] for line in (post, "8 暖心")]
    out, report = clean(page)
    assert not any(e.detector == "counted_templates" for e in report.events)


def test_the_page_heading_numbered_like_its_products_stays():
    """A product page whose heading is the product's number, over pictures numbered alike."""
    page = [
        "产品5133-某某铝业有限公司",
        "产品5133",
        "本产品采用优质铝合金型材，表面经阳极氧化处理，耐腐蚀，适用于门窗和幕墙。",
        "产品01",
        "产品02",
        "产品03",
        "产品04",
    ]
    out, _ = clean(page)
    assert "产品5133" in out
    assert not any(line.startswith("产品0") for line in out)


def test_numbers_that_go_up_at_every_line_are_a_tables_column_not_counts():
    """ "3期" / "6期" / "12期" / "24期": a shop's plans of payment, a column of its table; the
    counts under a feed's posts go up and down."""
    plans = ["3期", "6期", "12期", "24期"]
    page = [line for post, plan in zip(POSTS[:4], plans, strict=True) for line in (post, plan)]
    out, report = clean(page)
    assert [line for line in out if line in plans] == plans, report.events


def test_a_count_in_brackets_under_each_posts_stamp_goes_twice_are_enough():
    """ "有帮助(36)" right under an answer's date, and "有帮助(12)" under the next: each post's
    count of its readers, in a word no list holds; under two stamps, two make a template."""
    page = [
        POSTS[0],
        "2026-11-20 10:02",
        "有帮助(36)",
        POSTS[1],
        "2026-11-20 11:45",
        "有帮助(12)",
    ]
    out, _ = clean(page)
    assert out == [POSTS[0], POSTS[1]]


def test_two_counts_with_no_stamp_over_them_are_not_yet_a_template():
    page = [POSTS[0], "有帮助(36)", POSTS[1], "有帮助(12)"]
    assert clean(page)[0] == page


def test_a_vote_widgets_arrows_and_count_go():
    page = [POSTS[0], "▲ 12", "▼", POSTS[1], "👍 36"]
    out, _ = clean(page)
    assert out == [POSTS[0], POSTS[1]]


def test_a_courses_count_of_learners_is_a_counter():
    page = ["表格数据分析从入门到实战", "已有 3.2万人学习", POSTS[0], POSTS[1]]
    out, _ = clean(page)
    assert "已有 3.2万人学习" not in out
