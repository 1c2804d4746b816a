"""Layout: breaks rejoined by the segmenter's reading and the page's shape (issue 14), and
the lines that must stay apart whatever their edges spell. Every page here is made up for
these tests; the first line is a title, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

from zhclean.report import Report
from zhclean.stages.breaks import Paragraph, join_kind
from zhclean.stages.layout import layout
from zhclean.stages.page_shape import Line
from zhclean.words import cut_strength

TITLE = "城南图书馆延长开放时间"


run, joined, apart = checks(TITLE)


# --- a word cut by the break, by the best reading of the text around it ---------------


def test_the_segmenter_tells_a_cut_word_from_two_whole_words():
    assert cut_strength("馆内新增自助借还设", "备和电子阅报屏") > 3  # 设备
    assert cut_strength("工作方法", "学习先进经验") == 0  # 方法 / 学习: two whole words
    assert cut_strength("48小时内", "力传感器") > 3  # 内力, read across two cells
    assert cut_strength("图書館新增自助借還設", "備") > 3  # Traditional, read as Simplified


def test_a_word_across_the_break_is_the_same_in_either_script():
    # A Traditional page and its Simplified output must cut the same words (a second clean
    # reads the converted text): "多謝" is "多谢".
    from zhclean.words import cut_length, cuts_word

    assert cuts_word("資訊！睇更多", "謝謝你的意見") == cuts_word("资讯！睇更多", "谢谢你的意见")
    assert cut_length("資訊！睇更多", "謝謝你的意見") == cut_length("资讯！睇更多", "谢谢你的意见")


def test_a_short_line_cut_inside_a_word_joins():
    joined("馆内新增自助借还设", "备和电子阅报屏，读者可以自行办理借还手续。")


def test_a_short_line_cut_inside_an_idiom_joins():
    joined("一百年来征程波澜", "壮阔，这座图书馆见证了城南的变迁。")


def test_a_heading_whose_last_word_meets_the_next_lines_first_stays():
    apart("工作方法", "学习先进经验，馆方派员到外地图书馆考察了三次。")


def test_a_row_of_cells_is_not_glued_to_the_next_row_by_a_word_across_them():
    apart(
        "压力传感器U5 德国产 现货 洽询 48小时内",
        "力传感器的量程从二十牛到五十千牛，精度为千分之一。",
    )


def test_a_column_of_short_labels_is_never_glued_by_a_word_across_two():
    # A shop page's tabs: "组合商品" reads across the first two, but both are labels.
    apart("最佳组合", "商品介绍", "包装清单", "售后保障")
    # On a page that indents its paragraphs and sets its headings off the same way, an
    # indented line over an unindented one reads as a paragraph's cut first line: not two
    # labels.
    tab, tab_below = Paragraph(Line("最佳组合", indented=True)), Paragraph(Line("商品介绍"))
    kind = join_kind(
        tab, tab_below, first=False, starters=frozenset(), indented_doc=True, set_off=True
    )
    assert kind is None


def test_a_line_of_clauses_ending_with_a_final_particle_ends_its_sentence():
    # A reply written without its full stop: 啊, 吧, 呢… end a spoken sentence.
    apart(
        "您好，请问下为什么我的借阅记录，都是处理中啊",
        "您好，我看了系统日志，您的账户少了一项设置。",
    )
    joined("您好，请问下为什么我的借阅记录，都是处理", "中，过了三天也没有变化。")


def test_a_long_paragraph_without_its_full_stop_then_one_starting_with_its_subject_stay_apart():
    # A forum post: the author left the first paragraph without its full stop.
    first = "大家好，我是一个刚毕业的学生，性格内向，不太会和别人打交道，也不知道以后该做什么工作，唉，只能一天天熬着过日子"
    apart(first, "我从小就不怎么和别的小孩一起玩，也基本没和同学说过话。")
    # A word cut across the break still joins, whatever the next line starts with.
    joined(first[:-2] + "日", "子我也不知道还要熬多久，真的很迷茫。")


def test_one_character_lines_stay_labels():
    apart("性别：", "男", "女")


# --- the line under: the rest of a sentence, or a headline --------------------------------


LONG = "今年以来，城南图书馆先后举办了读书会、专题讲座和书画展览等各类活动，参加的读者超过两万人次，图书馆已经成为市民"


def test_a_short_last_piece_that_ends_the_sentence_joins_a_long_line():
    joined(LONG, "读书的好去处。")


def test_a_line_starting_with_a_particle_joins_however_short():
    joined(LONG, "的读者推出夜读")


def test_a_question_headline_after_a_cut_teaser_stays():
    apart("馆方表示，书架都由木材做成，在潮湿的季节更易变形，因此应同", "书架在梅雨季节如何保养？")


# --- brackets --------------------------------------------------------------------------


def test_a_word_cut_inside_a_bracket_joins_without_a_space():
    joined("开放时间为每天上午九时至晚上十时（法定节", "假日除外），读者凭证入馆。")


def test_a_long_fragment_inside_a_bracket_goes_on_without_a_space():
    joined("改造工程于下月完工。（承建单位为", "城南建设公司）")


def test_the_characters_of_a_name_inside_a_bracket_keep_their_space():
    assert run("全文完。(记者 王", "刚", "丽)") == ["全文完。(记者 王 刚 丽)"]


# --- widths ----------------------------------------------------------------------------


def test_lines_of_one_width_among_longer_ones_are_no_wrap():
    rows = [
        "促销时间 2020年03月25日至2020年03月31日",
        "经销商 城南汽车销售服务有限公司本部门店",
        "指导价格 十二万九千八百元 现价优惠中",
        "联系电话 0000-12345678 欢迎来电咨询",
    ]
    prose = [
        "这款车型采用了新一代发动机，百公里油耗比上一代降低了百分之十二，动力也更加平顺。",
        "经销商表示，本次促销活动期间，到店试驾的顾客还可以获得一份精美礼品，数量有限送完为止。",
        "据了解，该车型上市半年以来销量稳步增长，在同级别车型中的市场份额已经排到了前三位。",
        "业内人士认为，随着消费者对燃油经济性的关注度不断提高，这类车型的前景值得期待。",
        "城南汽车销售服务有限公司成立于二〇〇八年，是本市规模最大的汽车经销商之一。",
    ]
    lines = [*rows, *prose]
    assert run(*lines) == lines


# --- a caption, then the article -------------------------------------------------------


def test_a_caption_stays_apart_from_a_paragraph_that_names_its_subject_again():
    # The caption completed a sentence and ends at a word boundary; the paragraph under it
    # opens by naming the subject the caption named and saying what it is.
    apart(
        "2020年春天的城南图书馆新馆，该馆为城南新区建成后第一座大型公共建筑。距市中心3公里处，东邻滨江大道",
        "城南图书馆是本市第二大公共图书馆，也是首个由市民投票命名的图书馆，位于城南新区中心。",
    )


# --- the page's habit: headings set off like paragraphs -----------------------------------


def page(*blocks: str, sep: str = "\n\n") -> list[str]:
    return layout(sep.join(blocks), Report(), lambda c: True).split("\n")


PARAGRAPH = "馆方表示，夜间开放期间，自习区和期刊区照常开放，其余区域视读者人数逐步开放。"


def test_on_a_page_whose_headings_stand_between_blank_lines_a_short_piece_joins():
    blocks = [TITLE, "开放时间", PARAGRAPH, "借阅规则", PARAGRAPH, "读者须知", PARAGRAPH]
    assert page(*blocks, "读者每次可借\n图书十册，借期三十天。") == [
        *blocks,
        "读者每次可借图书十册，借期三十天。",
    ]


def test_on_a_page_whose_headings_sit_over_their_text_a_short_line_stays():
    blocks = ["开放时间\n" + PARAGRAPH, "借阅规则\n" + PARAGRAPH, "读者每次可借\n" + PARAGRAPH]
    assert page(TITLE, *blocks) == [TITLE, *"\n".join(blocks).split("\n")]


def test_on_an_indented_page_whose_headings_are_indented_a_short_piece_joins():
    lines = [TITLE, "开放时间", PARAGRAPH, "借阅规则", PARAGRAPH, "读者须知", PARAGRAPH]
    lines = ["\u3000\u3000" + line for line in lines]
    lines += ["\u3000\u3000读者每次可借", "图书十册，借期三十天。"]
    assert page(*lines, sep="\n")[-1] == "读者每次可借图书十册，借期三十天。"


def test_a_stamp_ending_in_its_date_and_a_row_of_labels_stand_on_their_own_lines():
    from zhclean import clean_bytes

    page = "\n".join(
        [
            "太原供暖31日结束，升压试验将持续至4月2日",
            "本网摄影师用牛奶、颜料记录跳动音符，作品在城南图书馆展出，欢迎市民前往参观。",
        ]
    )
    out = clean_bytes(page.encode()).text.split("\n")
    assert out[0].endswith("4月2日")


# --- a bracket of its own is no piece of the one left open above ------------------------

CREDIT_OPEN = "图书馆将于下月起延长开放时间，方便上班族下班后借阅图书。（记者王小明、李"


def test_a_bracket_that_opens_and_closes_on_its_line_stays_apart_from_an_open_one():
    # The credit above is cut (or garbled) inside its bracket; the editor's line is a
    # bracket of its own, not the rest of it.
    apart(CREDIT_OPEN, "(责编：赵六)")


def test_the_rest_of_an_open_bracket_still_joins():
    assert run(CREDIT_OPEN, "华)") == [CREDIT_OPEN + " 华)"]  # a name padded in print
    assert run("逐浪前行。(邓志强", "易", "松)") == ["逐浪前行。(邓志强 易 松)"]


# --- a wrap: the next line's first word is its Latin run, not the whole line --------------


def test_a_short_line_over_latin_glued_to_han_is_no_full_line_of_a_wrap():
    wrapped = [
        "城南图书馆改造完工后每天开放到晚上九点周末还将举办读书会和讲座欢迎附近",
        "的居民和孩子们一起参加让阅读成为一种生活方式馆内新增自习座位两百多个并",
        "开设儿童阅读区和老年阅览室读者可以在网上预约座位每人每天限约一次预约成",
        "功后请在半小时内到馆签到逾期座位将自动释放给其他读者使用感谢大家配合。",
    ]
    field, latin = (
        "包装清单：数据线",
        "usb延长线带放大器X1、售后保障卡X1、气泡袋X1、包装盒X1、说明书X1",
    )
    out = run(*wrapped, field, latin)
    assert out[-2:] == [field, latin]
    assert out[0] == "".join(wrapped)  # the wrap itself is still rejoined


# --- a widget's prompt at a line's end ends no sentence of the author's --------------------


def test_a_teaser_cut_with_its_show_all_prompt_stays_apart():
    teaser = (
        "图书馆将于下月起延长开放时间，周末还将举办读书会和讲座，欢迎附近的居民和孩子们一起参加，"
        "具体的安排如下…显示全部"
    )
    apart(teaser, "读者可以在服务台或者手机上预约座位，每人每天限约一次，预约成功后请准时到馆。")


def test_the_prompts_words_inside_a_sentence_still_join():
    joined("借阅机的屏幕上会显示全部借阅记录，", "读者可以逐条核对后再确认还书。")


# --- a sentence a comma ran into, cut at a word boundary ---------------------------------


def test_a_long_line_a_comma_ran_into_goes_on_where_a_short_clause_ends_the_sentence():
    # "…阅览室" / "预约，…": both sides whole words, but the line above is a clause a comma
    # began (no heading), it stops with no mark, and the next opens with a clause too short
    # to start a sentence of its own.
    lines = (
        "馆里新到了一批少儿绘本，",
        "想借阅的家长可以先在网上向二楼阅览室",
        "预约，名额有限请尽早。",
    )
    assert run(*lines) == ["".join(lines)]


def test_verse_and_a_new_sentence_after_an_unfinished_line_stay_apart():
    verse = run("春风吹过小河，", "柳枝轻轻摇", "燕子飞回来，", "落在屋檐上。")
    assert verse == ["春风吹过小河，柳枝轻轻摇", "燕子飞回来，落在屋檐上。"]
    # The next line is a sentence of its own: no short clause opens it.
    run_out = run("各位读者，", "本馆将于下周起调整开放时间安排", "具体时间请见下方说明。")
    assert run_out == ["各位读者，本馆将于下周起调整开放时间安排", "具体时间请见下方说明。"]
