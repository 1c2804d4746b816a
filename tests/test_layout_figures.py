"""Layout: breaks at a figure. A decimal figure at a line's start is no list's number; a
figure cut at its point or from its percent sign, and an approximate figure ("80余次") cut
from the words before it, go on; a list's numbers, a date after a Latin full stop and a
listing's next headline stay apart. Every page here is made up for these tests; the first
line is a title, which is never glued, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

TITLE = "县里前三季度经济运行情况"
# A sentence's first clauses, long enough to be no heading.
OPENING = "今年前三季度，全县固定资产投资稳步增长，规模以上工业企业的投资在各项投资中增长最快，"


run, joined, apart = checks(TITLE)


def test_a_decimal_figure_at_a_lines_start_is_no_lists_number():
    # "12.6亿元" opens with digits and a point, as "1. …" does; the point has decimals after it.
    joined(OPENING + "全年有望达到", "12.6亿元，比去年同期增长近一成。")
    joined(OPENING + "增速达到", "12.5%，高于全市平均水平。")


def test_a_figure_cut_at_its_point_or_from_its_percent_sign_goes_on():
    for left, right in (("12.", "5%"), ("12", ".5%"), ("12.5", "%"), ("3.", "6亿元")):
        joined(OPENING + "增速达到" + left, right + "，高于全市平均水平。")


def test_an_approximate_figure_goes_on_from_the_words_before_it():
    # "80余次": 余 between the figure and its unit, as "300多名" holds 多.
    joined(OPENING + "全县各部门共组织集中学习研讨", "80余次，参加人数比去年明显增加。")
    joined(OPENING + "带动周边村民", "300多名实现在家门口就业。")


def test_a_lists_numbers_stay_apart():
    apart(
        "各单位要按照通知要求认真做好以下几项工作",
        "1. 加强组织领导，明确责任分工。",
        "2. 做好宣传引导。",
    )
    apart(OPENING + "具体安排如下", "1.2 节 工作目标和主要任务")


def test_a_date_after_a_latin_full_stop_opens_the_next_sentence():
    # "…2019." ends a sentence in Latin marks; "5月…" is a date, no decimals of it.
    apart(OPENING + "新厂房建成于2019.", "5月正式投产后，年产值逐年提高。")


# A tag page: headlines, each followed by its teaser, cut by the site at a fixed length
# (at a comma too); one headline opens with a decimal figure and cries.
LISTING = [
    "地铁三号线南延段开始试运行",
    "记者从市轨道交通集团获悉，地铁三号线南延段今天开始空载试运行，全长约十二公里，共设车站八座，其中换乘站两座，预计年底前",
    "城东新建三所幼儿园秋季招生",
    "今年秋季，城东片区将有三所新建公办幼儿园投入使用，共提供学位一千余个，报名工作将于下月初开始，家长可通过，",
    "3.5亿元打造滨江新区 新城面貌即将亮相！",
    "滨江新区规划面积约六平方公里，将建设商务办公、文化展示和滨水休闲三大功能区，首批项目已于今年春天陆续开工，预计",
    "市民热线夏季受理量同比上升",
    "今年入夏以来，市民热线共受理各类诉求三万余件，同比上升一成多，其中反映噪声扰民、高温停电和积水问题的",
    "城西公园改造完成重新开放",
    "经过半年的改造，城西公园近日重新向市民开放，园内新增了儿童游乐区、健身步道和两处公共卫生间，并对原有的",
]


def test_a_listings_next_headline_that_cries_stays_under_a_teaser_cut_at_a_comma():
    assert run(*LISTING) == LISTING
