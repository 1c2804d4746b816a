"""Layout: a number cut in two by a break, and a figure with its unit cut from the clause
that holds it (issue 14, the `mixed` kind of fixtures/make_break_kinds.py). Every page here is
made up for these tests; the first line is a title, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

run, joined, apart = checks("城东图书馆的秋季安排")


def test_a_date_cut_inside_its_day_joins_however_short_the_line():
    joined("图书馆将于10月2", "8日起延长开放时间，每晚开放到十点。")


def test_a_figure_cut_inside_its_digits_joins():
    joined("本季度新增借阅证1", "200余张，比去年同期多出三成。")


def test_a_counter_after_a_space_stays_apart():
    # A table's cell or a counter stands after a space: not a figure of the sentence.
    apart("秋季读书会报名人数 2", "3号读者可以带家人一起参加。")


def test_digits_read_whole_past_a_group_stay_apart():
    # A phone number above, a count below: 4281485 and 46 make no one figure.
    apart("咨询电话：0571-4281485", "46家单位报名参加了本次活动。")


def test_a_time_read_whole_past_its_minutes_stays_apart():
    apart("第二场14:30－16:45", "11月20日上午举行闭幕式。")


def test_a_figure_and_its_unit_go_on_the_clause_above():
    # "…服务了辖区" / "36个小区…": the comma opened a clause the figure and its unit go on.
    joined("志愿者们连续三周挨家挨户宣传,用耐心和热情服务了辖区", "36个小区的居民。")


def test_a_figure_and_its_unit_under_a_line_of_tags_stay_apart():
    # Tags parted by 、, then a teaser that opens with its figure: no clause runs on.
    apart("读书、旅行、摄影、美食", "5个适合周末的好去处，你去过几个？")


def test_a_year_alone_on_its_line_goes_on_with_its_unit():
    # "2023" / "年，…": a year cut from its unit opens a sentence; a day past the calendar
    # is two figures.
    joined("2023", "年，图书馆新增了两个自习室。")
    apart("阅览室的开放时间调整到10月35", "日起的每个周末。")


def test_a_time_cut_from_its_unit_joins_within_two_digits():
    joined("读书会定于每周六上午9点30", "分开始，欢迎居民报名参加。")


def test_a_latin_term_goes_on_a_clause_begun_a_few_words_above():
    # "…，她每天都要用" / "Excel整理…": five ideographs into a clause, the term goes on at
    # once in Han words, and the line below ends the sentence.
    joined("馆员小李负责统计借阅数据，她每天都要用", "Excel整理前一天的借还记录。")


def test_a_hotline_or_a_code_cut_inside_its_digits_joins_however_long():
    # Past a group's four digits read whole, but the figure is glued to the words before it
    # and its rest runs at once into the sentence's words or its closing mark.
    joined("读者如对借阅服务有意见，可以拨打1", "2345热线反映，工作人员会在两天内答复。")
    joined("本期幸运读者的借书证号码为「3", "9793895」，请在本周内到服务台领取纪念品。")


def test_a_short_line_of_no_clause_that_stops_on_a_figure_stays_over_a_code():
    # A label and its shelf mark, then a line that opens with a code: no sentence runs on.
    apart("馆藏位置：三楼期刊室A2", "20506.2.B 排架号见书脊标签。")
