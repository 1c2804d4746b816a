"""Layout: breaks at a seam of a figure or a Latin term inside a sentence that a line built
of clauses stopped in, a date or a time cut inside its figures, a count cut from its unit
after a mark, and a figure cut inside a bracket (issue 14, the `mixed` kind of
fixtures/make_break_kinds.py). Every page here is made up for these tests; the first line
is a title, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

run, joined, apart = checks("城东图书馆的秋季安排")


def test_a_quantity_goes_on_a_clause_the_line_above_stopped_in():
    # The clause after the comma is longer than a clause just begun ("…，阅览区面积达到").
    joined(
        "图书馆今年完成了扩建改造，新增了儿童阅览室、自习室和报告厅，并于九月正式对外开放，新馆的阅览区面积达到",
        "3000平方米。馆内还新增了自习室。",
    )


def test_a_heading_of_clauses_over_a_quantity_stays_apart():
    # As short as a heading: its clauses are a heading's, the paragraph opens with a figure.
    apart("再战读书月，城东图书馆喜迁新址", "3000平方米的新馆今天正式开放。馆内设有自习室。")


def test_a_date_under_a_line_of_clauses_stays_apart():
    # A date's figure opens paragraphs ("2019年以来，…"); a quantity seldom does.
    apart(
        "城东图书馆在全民阅读活动中取得了明显成效，受到了周边居民的广泛好评",
        "2019年以来，图书馆先后开展各类读书活动一百余场。",
    )


def test_a_latin_term_at_the_end_of_a_clause_goes_on_in_han_words():
    joined(
        "办理借阅证很简单，读者在自助机上输入手机号和身份证号，选择借阅证的种类，再输入用户ID",
        "和密码就能登录。",
    )


def test_a_latin_term_over_a_slogan_stays_apart():
    # The line below holds no full stop: a banner's words, not the rest of the sentence.
    apart("读者请点下一步，填写E-mail", "最好的阅读空间！")


def test_a_count_after_a_sum_goes_on_with_its_unit():
    joined("全馆围绕全民阅读，组建了“阅读推广小组+5", "个读书兴趣小组”的工作体系。")


def test_a_count_glued_to_a_short_line_goes_on_with_its_unit():
    joined("图书馆联系了辖区9所中小学和16", "所幼儿园，共同开展亲子阅读。")


def test_a_count_after_a_paragraphs_full_stop_stays_apart():
    # "…。62" / "周…": a count of comments after the paragraph, and a name below.
    apart("馆长说，新馆开放以后，读者明显多了。62", "周晓明是图书馆的老读者，每周都来借书。")


def test_a_date_cut_inside_its_figures_goes_on():
    joined("更新时间：20", "22-05-20 来源：城东图书馆")
    joined("发布时间：2022-09-23 09:5", "7:45 阅读次数：120")


def test_a_date_above_and_a_figure_below_stay_apart():
    apart("读者服务指南．城东图书馆．2024-05-09", "4")


def test_a_figure_cut_inside_a_bracket_goes_on_with_no_space():
    # A name's characters, padded in print, are joined by a space ("(邓志强" / "易" / "松)");
    # a figure's pieces are not.
    assert run("老年读者（年满60", "周岁）办卡") == ["老年读者（年满60周岁）办卡"]
    assert run("读者卡（第", "24期）") == ["读者卡（第24期）"]


def test_a_latin_word_over_a_spaced_field_label_stays_apart():
    # "地 点：" is a label spaced to its neighbours' width, not the particle 地 going on.
    apart("第三分会场：城市阅读与公共文化服务研讨 (2a) 城市阅读I", "地 点：城东图书馆二楼报告厅")


def test_a_word_that_introduces_a_figure_goes_on_with_it():
    # An ordinal's 第 and an amount's 共 wait for their figure; as a word's end they do not
    # ("…合约" / "3份…" is two sentences' words).
    joined("今年以来，城东图书馆的借阅量在全市位居第", "3，比去年上升了两位。")
    joined("今年以来，城东图书馆举办的读书会共", "36场，参加的读者有两千多人。")


def test_a_unit_that_begins_a_word_is_no_count_under_a_short_line():
    # "所以…" opens a sentence: 所 is no unit of the 2 above it.
    apart("城东图书馆读书会演讲精选2", "所以读书是什么，读书是一种生活方式。")


def test_a_latin_name_after_a_teaser_cut_off_stays_apart():
    # The clause holds the site's ellipsis: a column's name after a cut teaser, then the next
    # entry's title and its teaser.
    apart(
        "城东图书馆新馆开放，读者可以在网上预约座位.. .城东图书馆读书会BookClub",
        "读书会成立三周年纪念活动的报名开始了。欢迎读者参加。",
    )


def test_a_figure_cut_out_of_its_sentence_onto_a_line_of_its_own_stays():
    # Two breaks around the figure leave it alone on its line, where a bare number reads as
    # a counter: between a line that stops inside its sentence and its unit, it is the
    # sentence's, and never goes (the layout stage may then join the three).
    from zhclean import clean_text

    text = "城南街道今年为社区书房新增了座椅和台灯，并为更新图书落实了\n2000\n万元专项资金，用于购买新书。\n"
    assert "2000" in clean_text(text).text
    # A widget's figure between two labels is a counter still.
    widget = "本站今年的推广数据\n代发量合计\n1108819\n成交金额\n"
    assert "1108819" not in clean_text(widget).text
