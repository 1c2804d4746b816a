"""Layout: breaks at a seam of ideographs and a figure or a Latin term (fixtures/
make_break_kinds.py's ``mixed`` kind), and the lines that stay apart there. Every page here
is made up; the first line is a title, so each case starts on the second line."""

from __future__ import annotations

import pytest

from zhclean.report import Report
from zhclean.stages.layout import layout

TITLE = "城南图书馆延长开放时间"
LEAD = "今年以来，城南图书馆围绕全民阅读开展了一系列活动，先后在社区和学校举办读书座谈会共"


def run(*lines: str) -> list[str]:
    return layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]


def test_a_latin_term_joins_with_the_space_the_author_puts_around_latin():
    lines = ["读者可以在馆内使用 Wi-Fi 上网，也可以在手机上打开 App 预约座位，操作也", "OK了。"]
    assert run(*lines) == [lines[0] + " " + lines[1]]


# --- a quotation, a title or a bracket closed at the line's end ------------------------

MARKED = "今年以来，城南图书馆始终坚持以读者为中心，把全民阅读作为重点工作，深入践行“书香满城”"


def test_a_short_line_that_ends_on_a_latin_name_stays_apart():
    # No clause in it, far short of a paragraph: a site's name, not a sentence's words.
    apart = ["友情链接：读书网Bookhome", "城南图书馆开放时间调整"]
    assert run(*apart) == apart


# --- a figure begun after a clause mark or a full stop ---------------------------------
PARK = "城西公园的改造工程今年春天动工，施工队先后修整了步道和湖岸，新建的儿童游乐场于"


def test_a_long_quotation_closed_at_the_end_goes_on_before_a_particle():
    # The quoted words are too long for a term, but no sentence starts with 的 or 地.
    lines = [
        "馆长在会上再次提到读者去年留言里的那句“希望图书馆晚上也能亮着灯”",
        "的心愿，并宣布从下月起延长开放时间。",
    ]
    assert run(*lines) == ["".join(lines)]
    lines = ["志愿者们一边整理书架一边念叨着“书要按索书号放回原处才好找”", "地忙个不停。"]
    assert run(*lines) == ["".join(lines)]


def test_a_date_cut_between_its_year_and_month_goes_on():
    lines = [PARK[:-4] + "，整个工程预计于2025年", "10月底全部完工，届时将免费向市民开放。"]
    assert run(*lines) == ["".join(lines)]
    lines = [PARK[:-4] + "，报名时间截至5月", "17日，名额有限。"]
    assert run(*lines) == ["".join(lines)]


# --- a Latin term cut from the Han words of its sentence (latin_seams) -----------------


def test_a_latin_term_joins_with_a_space_where_the_author_spaces_latin():
    lines = ["馆内提供免费 Wi-Fi 服务。借阅系统支持以及", "NFC 手环借书，读者无须排队。"]
    assert run(*lines) == [lines[0] + " " + lines[1]]


def test_verse_and_table_rows_with_latin_terms_stay_apart():
    verse = ["窗外的雨落在书页上", "Goodbye我的少年时光"]
    rows = ["借阅证类型 押金 期限", "VIP读者证 200元 一年"]
    assert run(*verse) == verse
    assert run(*rows) == rows


# --- a figure cut from the Han words of its sentence (latin_seams) ---------------------


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [LEAD, "3场，吸引了周边居民和师生踊跃参加。"],
            id="a_figure_and_its_unit_go_on_the_sentence_above",
        ),
        pytest.param(
            [LEAD[:-7] + "，组织馆员和志愿者870", "余名参与图书整理和阅读推广工作。"],
            id="an_ideographs_figure_goes_on_in_the_ideographs_below",
        ),
        pytest.param(
            [
                LEAD[:-8] + "，读者普遍反映新设的自助借还机用起来很方便，操作也",
                "OK了，不用再排队。",
            ],
            id="a_latin_term_ended_by_a_particle_goes_on_the_sentence_above",
        ),
        pytest.param(
            [MARKED, "理念，推出了一系列便民举措。"],
            id="a_short_quoted_term_closed_at_the_end_goes_on_the_sentence_above",
        ),
        # A piece as short as a name's characters, but no name was padded after the "（".
        pytest.param(
            ["城南图书馆举办的读书征文活动共设一等奖（", "奖金2000元）"],
            id="a_line_that_stops_on_an_opening_bracket_is_joined_with_nothing",
        ),
        pytest.param(
            [PARK[:-3] + "，5", "个出入口也都换上了新的指示牌。"],
            id="a_figure_after_a_comma_goes_on_with_its_unit_below",
        ),
        pytest.param(
            [PARK[:-4] + "，1986", "年建成的老围墙这次也一并拆除重建。"],
            id="a_year_after_a_comma_goes_on_with_its_unit_below",
        ),
        pytest.param(
            [PARK[:-4] + "。20", "21年落成的观景台这次也重新刷漆，供游客拍照留念。"],
            id="a_year_cut_in_two_after_a_full_stop_is_one_year",
        ),
        # "…推荐的" waits for its noun (piece_ends): the term below is a word of the sentence.
        pytest.param(
            ["新馆开放以来，读者借得最多的是馆员推荐的", "Python入门书和绘本。"],
            id="a_latin_term_after_a_word_a_line_seldom_stops_on_goes_on",
        ),
        pytest.param(
            ["新馆开馆后读者明显增多。馆员每天都用", "Excel表格统计借阅人次和热门书目。"],
            id="a_latin_term_in_a_sentence_begun_after_the_full_stop_goes_on",
        ),
        # A line of no clauses ends on the term; the particle below starts no sentence.
        pytest.param(
            ["馆里新到的Kindle", "的屏幕更大，读者看书不累。"],
            id="a_particle_under_a_short_line_ending_on_a_latin_term_goes_on",
        ),
        # One term spaced by chance ("新到的 Kindle 很"), the page's way is close: "使用Kindle借书".
        pytest.param(
            [
                "读者可以使用Kindle借书，也可以用App预约座位，新到的 Kindle 很受欢迎。馆员每天都用",
                "Excel表格统计借阅人次。",
            ],
            id="a_page_that_sets_han_and_latin_close_joins_a_latin_term_with_nothing",
        ),
        pytest.param(
            ["今年以来，流动书车服务的", "12个小区借出图书三千余册。"],
            id="a_figure_after_a_word_a_line_seldom_stops_on_goes_on",
        ),
        pytest.param(
            ["新馆开馆后读者明显增多。仅上个月就有", "3000多人次前来借书。"],
            id="a_figure_in_a_sentence_begun_after_the_full_stop_goes_on",
        ),
        # One to three ideographs after the last comma, and the line below ends the sentence.
        pytest.param(
            ["新馆位于城南商圈地铁站旁，步行", "5分钟就能到达，交通十分便利。"],
            id="a_figure_after_a_clause_just_begun_goes_on",
        ),
    ],
)
def test_lines_broken_inside_a_sentence_are_rejoined(lines):
    """Each case: a line broken inside its sentence, rejoined into one."""
    assert run(*lines) == ["".join(lines)]


@pytest.mark.parametrize(
    "lines",
    [
        # The paragraph above was left without its full stop; the next opens with its subject.
        pytest.param(
            [
                "阅读推广人在得知这一消息后，立即表示愿意与图书馆开展长期合作的积极态度",
                "Kindle中国团队目前计划在馆内设置电子书体验区，供读者免费试用。",
            ],
            id="a_paragraph_that_opens_with_a_latin_name_stays_apart",
        ),
        pytest.param(
            [
                "城南图书馆在全民阅读活动中取得了明显成效，受到了周边居民和师生的广泛好评",
                "2019年以来，图书馆先后开展各类读书活动一百余场。",
            ],
            id="a_date_that_opens_a_paragraph_stays_apart",
        ),
        pytest.param(
            ["活动安排", "3场读书会将在本月陆续举办，欢迎读者报名参加。"],
            id="a_heading_over_a_figure_stays_apart",
        ),
        pytest.param(
            [
                "馆长在接受采访时说，读者的一句话让他印象很深，那就是“图书馆让我看到了更大的世界”",
                "王晓明感谢志愿者的付出。他说，夜间开放是图书馆今年最受欢迎的举措。",
            ],
            id="a_quoted_sentence_at_a_paragraphs_end_stays_apart",
        ),
        pytest.param(
            [
                "城南图书馆将继续延长开放时间，让更多读者在家门口享受阅读的乐趣！（记者 王小明）",
                "王晓明感谢志愿者的付出。他说，夜间开放是图书馆今年最受欢迎的举措。",
            ],
            id="a_credit_in_brackets_after_a_sentences_end_stays_apart",
        ),
        pytest.param(
            ["深入践行“书香满城”", "近日，城南图书馆推出了一系列便民举措。"],
            id="a_heading_that_ends_on_a_quoted_term_stays_apart",
        ),
        pytest.param(
            [
                "城南图书馆新馆的阅览室全部采用符合国家标准的环保材料，书架采用符合国际E...",
                "城南图书馆今年还将新增两处社区分馆，方便市民就近借阅。",
            ],
            id="a_teaser_cut_with_dots_after_a_latin_letter_stays_apart",
        ),
        # Speakers and their places, an entry a line: the next opens with a name and a bracket.
        pytest.param(
            [
                "第一场 主持人：王小明（城南图书馆）评议人：李小红（城东文化馆）、陈小平（城南文化馆）、"
                "刘大海（城西图书馆）",
                "张小华（城北图书馆）社区图书馆的阅读推广与读者服务研究：基于城南、城北两区二十个社区的调查",
            ],
            id="entries_of_a_list_each_closing_a_bracket_stay_apart",
        ),
        # "图：…" after a caption's sentence: the caption ends with its credit.
        pytest.param(
            [
                "城南图书馆夜间开放首日，不少读者下班后赶来借书，城南区区长王晓明、文化局长李华、"
                "图书馆馆长张明以及三十多位志愿者在门口迎接，向首批夜读读者赠送了书签和阅读手册，"
                "现场气氛十分热烈。圖：城南图书馆提供",
                "王晓明感谢志愿者的付出。他说，夜间开放是图书馆今年最受欢迎的举措。",
            ],
            id="a_photo_credit_after_the_last_sentence_ends_the_paragraph",
        ),
        # A reader page prints a count of comments after each paragraph; the next paragraph may
        # open with a character that is also a unit (周: weeks).
        pytest.param(
            [PARK[:-4] + "。”62", "周末前来散步的市民明显多了起来，不少人带着孩子来玩。"],
            id="a_count_after_a_paragraphs_full_stop_stays_apart",
        ),
        # "…刷漆。62" / "2020年…": joined, a year of six digits; a page number, then a paragraph.
        pytest.param(
            [PARK[:-4] + "。62", "2020年以来，公园共接待游客一百多万人次。"],
            id="a_page_number_over_a_year_stays_apart",
        ),
        # "…10月3" / "5日…" read whole is a 35th day: two figures, not one cut in two.
        pytest.param(
            [PARK[:-4] + "，到了10月3", "5日还要举办游园会。"],
            id="a_figure_that_would_make_no_day_stays_apart",
        ),
        # 了解 is a word of its own: no particle starts the line, the heading stays.
        pytest.param(
            ["“希望图书馆晚上也能亮着灯”", "了解读者的需要，是这次调整开放时间的出发点。"],
            id="a_quoted_heading_stays_over_a_word_that_starts_with_a_particles_character",
        ),
        # A short line of its own with no clause: a heading, whatever date follows it.
        pytest.param(
            ["2025年", "10月1日，改造后的城西公园正式向市民开放。"],
            id="a_year_heading_over_a_dated_paragraph_stays_apart",
        ),
        # No word waits for more above, no sentence under way: a heading, and a title below.
        pytest.param(
            ["城南图书馆馆藏外文图书介绍", "Reading Cities: A History of Public Libraries"],
            id="an_english_title_under_a_chinese_one_stays_apart",
        ),
        # A paper's title, then its author: a Latin name followed by a space and a bracket.
        pytest.param(
            ["全民阅读与城市文化建设：以社区图书馆为例", "Anna Berger（城南大学）阅读推广研究"],
            id="a_name_heading_an_entry_stays_apart",
        ),
        # "I" closes a course's name; "地 点：" is a spaced field, not a particle going on.
        pytest.param(
            ["(1a) 图书馆学概论I", "地 点：城南图书馆第二报告厅"],
            id="a_numbered_course_and_the_field_under_it_stay_apart",
        ),
        pytest.param(
            ["开放时间", "Kindle借阅区每天上午九点开放，读者可以凭证件借用。"],
            id="a_heading_over_a_paragraph_that_opens_with_a_latin_term_stays_apart",
        ),
        # "…指明方向" stops on 方向, not on the preposition 向: the date below is the page's stamp.
        pytest.param(
            [
                "城南图书馆召开年度工作会议，为全民阅读工作指明方向",
                "2024年04月24日 09:30 来源：城南图书馆网站",
            ],
            id="a_stamp_under_a_line_ending_on_a_whole_word_stays_apart",
        ),
        # After the full stop, a credit ("/图：…") is no sentence under way; "02" numbers an item.
        pytest.param(
            [
                "读者在新馆的阅览室里安静地看书。/图：城南图书馆",
                "02周末亲子阅读，家长和孩子一起读绘本。",
            ],
            id="a_caption_credit_and_a_numbered_item_under_it_stay_apart",
        ),
        pytest.param(
            ["馆史回顾", "1998年，城南图书馆在老城区的一座旧仓库里开馆。"],
            id="a_heading_over_a_dated_paragraph_stays_apart",
        ),
        pytest.param(
            ["整合资源，凝聚合力", "3项举措推进全民阅读"],
            id="a_headings_clauses_over_a_numbered_headline_stay_apart",
        ),
    ],
)
def test_lines_that_end_where_their_author_ended_them_stay_apart(lines):
    """Each case: two lines that stay as they are."""
    assert run(*lines) == lines
