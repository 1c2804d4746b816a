"""Layout: a break is rejoined on evidence (a clause mark, an open quotation, a word cut in
half), and kept where the evidence says a new line starts (a list, a closing mark, code, a
heading). Every page here is made up for these tests; the first line is a title, which is
never glued, so each case starts on the second line."""

from __future__ import annotations

import pytest
from layout_checks import checks

from zhclean.report import Report
from zhclean.stages.layout import layout
from zhclean.words import cuts_word

TITLE = "城南图书馆延长开放时间"


run, joined, apart = checks(TITLE)


# --- a clause mark at the end: the sentence goes on -----------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "图书馆原计划在年底前完成全部书架的更新，",
            "但是由于部分木材到货推迟，工期不得不延后两周。",
        ),
        ("读者可以在服务台办理借阅证，", "此外也可以通过手机在线办理。"),
        ("读者可以在服务台办理借阅证、", "然而很多老年读者并不会使用手机。"),
        ("馆内新增了自助借还机、", "电子阅报屏和覆盖全馆的无线网络。"),
        ("馆长在会上说，", "“夜间开放只是第一步。”"),
    ],
)
def test_a_line_ending_with_a_comma_joins_even_before_a_connective(first, second):
    joined(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("馆方此次调整了以下几项服务，", "1. 周五晚间开放自习区和期刊区。"),
        ("馆方此次调整了以下几项服务、", "一、周五晚间开放自习区和期刊区。"),
        ("馆方此次调整了以下几项服务，", "（一）周五晚间开放自习区和期刊区。"),
        ("他把那本书放回了书架，", "”然后转身离开了阅览室。"),
        ("读者可以在服务台办理借阅证，", "）也可以通过手机在线办理。"),
        ("他在留言本上写下“愿灯火常明，", "」之后便离开了。"),
    ],
    ids=["numbered", "chinese-numbered", "bracket-numbered", "quote", "paren", "corner"],
)
def test_a_comma_does_not_join_a_list_item_or_a_closing_mark(first, second):
    apart(first, second)


# --- semicolons -----------------------------------------------------------------------


def test_a_line_closed_by_a_semicolon_stays_apart_as_an_item():
    apart("从下周起，图书馆将把闭馆时间推迟到晚上十点；", "周末还将增加两场亲子阅读活动。")


def test_the_small_semicolon_of_big5_texts_joins_the_sentence_that_goes_on():
    joined("从下周起，图书馆将把闭馆时间推迟到晚上十点﹔", "周末还将增加两场亲子阅读活动。")


def test_in_a_text_broken_after_its_clauses_a_semicolon_joins_too():
    lines = run(
        "从下周起，",
        "图书馆将把闭馆时间推迟到晚上十点；",
        "周末还将增加两场亲子阅读活动，",
        "并开放少儿阅览室，",
        "方便家长带孩子前来。",
    )
    assert lines == [
        "从下周起，图书馆将把闭馆时间推迟到晚上十点；周末还将增加两场亲子阅读活动，并开放少儿阅览室，方便家长带孩子前来。"
    ]


def test_a_run_of_items_each_closed_by_a_semicolon_stays_apart():
    apart("一是增加自习座位；", "二是延长开放时间；", "三是开通线上预约。")


@pytest.mark.parametrize(
    "items",
    [
        ["开放时间：周一至周日；", "借阅数量：每证五册。"],
        ["开放时间：周一至周日；", "借阅数量：每证五册；", "续借次数：一次。"],
    ],
)
def test_label_value_items_closed_by_a_semicolon_stay_apart(items):
    apart(*items)


@pytest.mark.parametrize(
    "code",
    [
        ["int total = 0;", "total = total + price;", "return total;"],
        ["console.log(total);", "这行代码会在控制台输出变量的值。"],
        ["a = b,", "c = d"],
    ],
)
def test_code_lines_ending_with_ascii_semicolons_or_commas_are_never_joined(code):
    apart(*code)


# --- quotations -----------------------------------------------------------------------


@pytest.mark.parametrize("end", ["！", "。", "？"])
def test_a_quotation_closed_at_the_end_of_the_next_line_joins_after_a_sentence_end(end):
    joined(f"馆长笑着对记者说：“欢迎大家晚上来看书{end}", "我们会一直亮着灯等你们。”")


def test_a_finished_sentence_is_not_joined_to_an_unquoted_line():
    apart("馆长说，欢迎大家晚上来看书！", "我们会一直亮着灯等你们。”他补充道。")


# --- a word cut by the break ----------------------------------------------------------

CUT_LEFT = "今年以来，街道多次组织志愿者深入社区，向居民宣传垃圾分类知识，并帮助老人学习使用智能手"
CUT_RIGHT = "机预约挂号和缴纳水电费。"


def test_a_word_cut_by_the_break_is_rejoined():
    assert cuts_word(CUT_LEFT, CUT_RIGHT)  # 智能手 / 机: 手机
    joined(CUT_LEFT, CUT_RIGHT)


def test_a_word_cut_in_a_short_line_with_a_clause_is_rejoined():
    joined("志愿者帮助老人，使用智能手", "机预约挂号和缴纳水电费，受到居民欢迎。")


def test_a_word_cut_in_a_short_line_without_a_clause_is_rejoined():
    joined("志愿者帮助老人使用智能手", "机预约挂号和缴纳水电费，受到居民欢迎。")


def test_two_whole_words_at_the_break_are_no_cut_word():
    left, right = (
        "什么是夜读，夜读的正确方法",
        "人们在结束一天的工作之后，常常希望找一个安静的地方读几页书。",
    )
    assert not cuts_word(left, right)  # 方法 / 人们: whole words, whatever 法人 is
    apart(left, right)


# --- headlines and headings -----------------------------------------------------------


LONG_CUT = "今年以来，街道多次组织志愿者走进辖区各个居民小区，向居民宣传垃圾分类知识，并耐心帮助社区里的老人学习使用"
REST = "智能手机预约挂号、缴纳水电费和查询公交线路，受到了居民的普遍欢迎。"


def test_a_long_line_cut_mid_sentence_stays_apart_from_a_headline_below():
    assert len(LONG_CUT) >= 50
    apart(LONG_CUT, "夜间开放首周见闻")


def test_a_long_line_cut_mid_sentence_joins_a_paragraph_below():
    joined(LONG_CUT, REST)


def test_a_clause_line_under_fifty_characters_cut_mid_sentence_joins_the_paragraph_below():
    # Three commas, clauses of unlike lengths, no end: a sentence cut between two words.
    short = (
        "今年以来，街道多次组织志愿者深入社区，向居民宣传垃圾分类知识，并帮助社区里的老人学习使用"
    )
    assert len(short) < 50
    joined(short, REST)


@pytest.mark.parametrize("heading", ["读者反响热烈", "夜间开放首周见闻", "夜读"])
def test_a_short_heading_is_never_glued_to_the_paragraph_below(heading):
    apart(heading, "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。")


def test_two_headings_stay_two_lines():
    apart("第一部分", "延时服务的安排", "从下周起，图书馆将把闭馆时间推迟到晚上十点。")


# --- lines that open a new entry: a field label, the same first words, a listing's headline


def test_a_long_line_without_an_end_stays_apart_from_a_field_label_below():
    apart(
        LONG_CUT, "简要说明：街道今年还将在三个小区试点垃圾分类积分兑换，居民可用积分换取日用品。"
    )


def test_two_entries_opening_with_the_same_words_stay_apart():
    first = "智能温控器 A100 适用于家庭和小型办公室，支持手机远程控制、定时开关和每月能耗统计，安装简单，只需"
    second = (
        "智能温控器 B200 适用于商场和酒店大堂，支持多区域分别控制和节假日模式，可与楼宇系统联动，"
    )
    assert len(first) >= 50
    apart(first, second)


def test_a_known_sentence_opener_starts_a_new_line_after_a_cut_paragraph():
    apart(LONG_CUT, "截至目前，街道已有十二个小区完成垃圾分类设施改造，覆盖居民两万余户。")


# A tag page: each headline followed by its teaser, cut at a fixed length mid-sentence.
LISTING = [
    (
        "地铁三号线南延段开始试运行",
        "记者从市轨道交通集团获悉，地铁三号线南延段今天开始空载试运行，全长约十二公里，共设车站八座，其中换乘站两座，预计年底前",
    ),
    (
        "城东新建三所幼儿园秋季招生",
        "今年秋季，城东片区将有三所新建公办幼儿园投入使用，共提供学位一千余个，报名工作将于下月初开始，家长可通过、",
    ),
    (
        "市民热线夏季受理量同比上升",
        "今年入夏以来，市民热线共受理各类诉求三万余件，同比上升一成多，其中反映噪声扰民、高温停电和积水问题的",
    ),
    (
        "河滨公园新增两条夜跑步道",
        "为满足市民夜间健身需求，河滨公园近日新增两条夜跑步道，总长约三公里，沿途增设了照明、饮水和休息设施，并在步道两侧",
    ),
]


def test_a_listings_teaser_cut_mid_sentence_is_not_glued_to_the_next_headline():
    lines = [line for pair in LISTING for line in pair]
    assert run(*lines) == lines


def test_outside_a_listing_a_clause_mark_still_joins_a_short_line():
    # The same break without the listing's rhythm: the comma says the sentence goes on.
    joined(LISTING[1][1], "微信公众号预约报名")


# --- words that never end or start a sentence; clause marks other than the comma -----------


def test_a_line_stopping_on_a_conjunction_goes_on():
    joined("当着他人面前化妆或", "补妆都很不雅观，应当在出门前化好妆。")


def test_a_line_starting_with_a_particle_goes_on_from_the_line_above():
    joined("这款新车继承了上一代修长", "的车身比例，整体外观堪称无可挑剔。")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # 方向 and 地区 are whole words: 向 ends no conjunction here, 地 starts no particle.
        ("“一盘棋”谋篇布局 把航定舵明方向", "一切向前走，都不能忘记走过的路。"),
        ("城南图书馆服务周边社区", "地区居民可以凭身份证免费办理借阅证。"),
        # 的 ends a question ("…是怎样的"): it is no conjunction.
        (
            "夜读是什么，夜读的方法是怎样的",
            "在日常生活中，我们常常听人说起夜读，却不知道该怎么做。",
        ),
    ],
)
def test_whole_words_and_final_particles_do_not_join(first, second):
    apart(first, second)


def test_a_word_cut_in_a_short_line_built_of_clauses_joins():
    # Only 、 marks the clauses: the line is a sentence's start, not a heading.
    joined("公司是一家集开发、设计、销售于一体的大型合", "资企业，产品远销海外。")


def test_a_label_with_a_colon_is_no_clause():
    apart("记者：柯玉圆", "实现“双碳”目标是一场广泛而深刻的变革，世界各国纷纷按下“快进键”。")


def test_layout_uses_the_runs_own_sentence_starters(tmp_path):
    from zhclean.lexicon import load_lexicon

    rules = tmp_path / "rules.toml"
    rules.write_text('[lists]\nsentence_starters = ["读者们"]\n', encoding="utf-8")
    first = LONG_CUT
    second = "读者们纷纷表示，智能手机预约挂号、缴纳水电费和查询公交线路都方便了不少。"
    text = "\n".join([TITLE, first, second])
    assert layout(text, Report(), lambda c: True).split("\n")[1:] == [first + second]
    own = layout(text, Report(), lambda c: True, lexicon=load_lexicon((str(rules),)))
    assert own.split("\n")[1:] == [first, second]


SENTENCES = (
    "位于眼白上的黄斑可能是结膜的脂肪沉着，不需要治疗。用眼疲劳容易造成眼部充血、干涩和疼痛等症状，"
    "你需要保持充足的休息时间，勿过度操劳。"
)


def test_one_whole_word_after_the_last_full_stop_is_a_glued_heading_not_a_cut_sentence():
    # A crawl's deduplication left a heading's word at the end of the paragraph above.
    apart(SENTENCES + "方法", "看电视、玩电脑的时间不宜太久，平常可以多做眼球运动，放松眼部肌肉。")


def test_a_sentence_cut_after_its_first_character_still_joins():
    joined(SENTENCES + "共", "召开征集意见座谈会149场，发放调查问卷17643份，入户走访6224人次。")


COMMENT = (
    "编剧能力惊人，两个人在车上聊起各自的恋情困境，暗戳戳的却又不让人反感，少写一点感受不到她的心，"
    "这可真是太难写了吧"
)


def test_a_long_line_ending_on_a_final_particle_ends_its_paragraph():
    # Two comments, neither closed by a full stop: 吧 ends a sentence.
    apart(COMMENT, "不认为她在四十岁碰到前任时哭是纯粹的矫情，而是看到了自己可能的另一种人生。")


def test_le_is_no_final_particle():
    # 了 also marks an action inside a sentence: "…优化了" / "政治生态…" goes on.
    joined(
        "在全省率先完成换届工作,在定州历次换届中纪律最严、风气最正、人心最齐、效果最好,"
        "极大改善了班子结构、增强了整体功能、优化了",
        "政治生态,真正实现换出好班子、展现新风貌、焕发新动力。",
    )


# --- the break generator (fixtures/make_breaks.py) ---------------------------------------


def test_the_break_generator_cuts_mid_sentence_deterministically():
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))
    from make_breaks import LAYOUTS, PUNCTUATION, break_document

    text = "\n".join([TITLE, *[LONG_CUT + REST] * 3])
    for kind in LAYOUTS:
        broken, cuts = break_document(random.Random(3), text, kind)
        again, _ = break_document(random.Random(3), text, kind)
        assert broken == again and cuts
        for left, right in cuts:
            assert not PUNCTUATION & set(left[-2:] + right[:2])  # mid-sentence
        assert ("\r\n" in broken) == (kind == "crlf")
        assert ("\n\n" in broken) == (kind == "blank")
        assert broken.startswith("\u3000") == (kind == "indent")
        # Cleaning puts the pieces back together into the one paragraph they came from.
        joined_back = "".join(broken.replace("\r", "").replace("\u3000", "").split("\n")[1:])
        assert joined_back.replace("\n", "") == "".join([LONG_CUT + REST] * 3)


def test_a_word_cut_before_a_short_piece_joins():
    # "…纳入各" / "级党委书记…": 各级 is cut; the short piece is a sentence's middle.
    joined("城市基层治理作为党的建设重要内容,纳入各", "级党委书记抓党建述职内容")


def test_a_row_of_fields_is_not_glued_by_an_accidental_word():
    # "…议会民主制" / "法律体系…" holds 制法, a word by accident: rows of an infobox.
    apart("政治体制 君主立宪制、议会民主制", "法律体系 英美法系")


PARAGRAPH = "一直以来，乱停车、停车难是困扰小区居民的难题，社区党委协调物业公司拆除了地锁，重新规划了停车位。"


def test_a_short_line_of_clauses_with_no_end_goes_on():
    # Clauses of unlike lengths and no end: a sentence cut anywhere.
    joined(
        "功夫下在狠抓落实上，推动基层党建工作落实落地，取得新的", "更大成效，群众的满意度持续提升。"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "答卷——整合资源，凝聚合力，全力以赴抓服务",
        "整合资源，凝聚合力，全力以赴抓服务",  # parallel clauses
        "浪琴表，绿色表面和棕色皮革表带",  # a caption: one clause mark
    ],
)
def test_headings_and_captions_built_of_clauses_stay_apart(heading):
    apart(heading, PARAGRAPH)


def test_a_long_line_without_a_comma_cut_inside_a_word_joins():
    # Past a heading's length (over 40 characters), no comma, a word cut (图 / 书).
    first = "城南图书馆从下月起将把每周五和周六的闭馆时间推迟到晚上十点以方便上班族下班后前来借还图"
    assert 40 < len(first) < 50
    joined(first, "书和阅读报刊，馆方表示欢迎读者前来。")


def test_a_title_in_book_brackets_cut_in_two_joins():
    joined("制定印发《基层党建工作重", "点任务清单》，明确年度重点工作任务。")


def test_a_closed_book_title_proves_nothing():
    apart("《基层党建工作重点任务清单》", "明确年度基层党建重点工作任务，加强督促检查。")


def test_a_caption_credit_after_the_last_sentence_ends_the_line():
    apart(
        "城南图书馆的新书架已经全部安装完毕，读者下周起就可以按新的分类找书。 图／城南晚报",
        "馆方表示，新书架按照中图法重新编排，每一排的侧面都贴有分类索引，方便读者查找。",
    )


def test_a_widgets_prompt_at_a_lines_end_is_no_cut_sentence():
    apart(
        "馆方提醒读者，夜间开放期间请保管好个人物品，离馆时记得带走随身物品。 返回首页，查看更多",
        "少儿阅览室同样受到欢迎，家长们可以在周末带孩子来参加亲子阅读活动。",
    )


# --- how the page parts its paragraphs ------------------------------------------------

# Paragraphs of unlike lengths: lines of one width would read as a hard-wrapped text.
PARAGRAPHS = [
    "城南图书馆从下月起延长夜间开放时间。",
    "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务不受影响，"
    "读者也可以在自助机上办理借阅证和续借手续。",
    "不少读者在留言板上写道，希望这样的便民举措能够坚持下去。",
    "据统计，夜间开放首周共接待读者两千余人次，其中上班族占了六成以上。",
    "馆方表示，下一步将根据读者反馈调整开放区域。",
]
CUT = len("馆方介绍，延时开放期间")  # a piece with a clause in it: no heading


def laid_out(text: str) -> list[str]:
    return layout(text, Report(), lambda c: True).split("\n")


def test_on_a_page_parted_by_blank_lines_a_break_with_no_blank_line_is_inside_a_paragraph():
    # The second paragraph cut after 期间 (two whole words meet: no cut word, no comma).
    first, rest = PARAGRAPHS[1][:CUT], PARAGRAPHS[1][CUT:]
    broken = [PARAGRAPHS[0], "", first, rest, *(f"\n{p}" for p in PARAGRAPHS[2:])]
    assert laid_out("\n".join([TITLE, "", *broken])) == [TITLE, *PARAGRAPHS]


def test_on_a_page_parted_by_blank_lines_a_heading_with_no_blank_line_under_it_stays():
    lines = [TITLE, "", PARAGRAPHS[0], "", "开放时间", *(f"{p}\n" for p in PARAGRAPHS[1:])]
    assert laid_out("\n".join(lines)) == [TITLE, PARAGRAPHS[0], "开放时间", *PARAGRAPHS[1:]]


def test_on_a_page_of_indented_paragraphs_an_unindented_piece_goes_on_the_one_above():
    indent = "\u3000\u3000"
    first, rest = PARAGRAPHS[1][:CUT], PARAGRAPHS[1][CUT:]
    broken = [indent + PARAGRAPHS[0], indent + first, rest, *(indent + p for p in PARAGRAPHS[2:])]
    assert laid_out("\n".join([TITLE, *broken])) == [TITLE, *PARAGRAPHS]


def test_a_long_word_across_the_break_joins_a_short_first_piece():
    # "…台街道办" / "事处…": 办事处 is cut, a word of three characters; the short piece above
    # has no comma and would pass for a heading.
    assert run(
        "城西区昨日在台街道办", "事处宣讲党的十九届六中全会精神，吸引了三百多名居民参加。"
    ) == ["城西区昨日在台街道办事处宣讲党的十九届六中全会精神，吸引了三百多名居民参加。"]


def test_a_bracket_cut_in_two_joins():
    joined(
        "探索推广社区党委、小区党支部、小区业委会(居民",
        "代表)、物业公司共同参与的“四方联动”机制，共同研究解决辖区内的重大问题。",
    )


def test_latin_commas_between_ideographs_are_clause_marks():
    # Chinese typed with a Latin keyboard: two clauses and no end, a sentence cut off.
    joined(
        "今年以来,我市深化城市基层治理,优化调整市委党的建设领导小组",
        "机构,将党建引领城市基层治理作为党的建设的重要内容。",
    )


def test_a_line_stopping_on_a_copula_goes_on():
    joined("领导带头就是", "最好的示范，各级领导干部层层示范、以上率下。")


def test_a_line_that_ends_on_an_opening_mark_goes_on_in_the_next():
    # However short and headline-like the next line: a quotation or bracket opened at the end
    # of a line was cut there.
    joined("这也折射出西宁纾困助企打通“", "堵点”、解决“卡点”的担当与作为。")
    # A short quoted term closed at a line's end goes on too, before a particle that starts
    # no sentence (it stayed apart when a closing mark ended every line it ended).
    joined("这也折射出西宁纾困助企打通“", "堵点”、解决“卡点”", "的担当与作为。")
    joined("他们启动了一项助学计划（", "主要招收农村地区的学生，每年资助一百人），效果很好。")


def test_a_numbered_heading_stays_over_its_paragraph_whatever_words_meet():
    # "神" + "华北" reads as the word 神华: no evidence against a numbered heading.
    apart(
        "五、朱宽俊丧女感谢神",
        "华北有一位基督徒，籍贯朝鲜，名叫朱宽俊，家中夫妻两口，生有一男一女，热心爱主，舍己为人。",
    )


def test_a_field_with_a_spaced_label_starts_its_own_line():
    # "注册" + "地" reads as 注册地, and 地 can be a particle: the label spaced to its
    # neighbours' width ("地  点：") starts a field, which no sentence runs into.
    assert run("12月10日 代表注册", "地  点：南开大学校内明珠园") == [
        "12月10日 代表注册",
        "地 点：南开大学校内明珠园",  # inner spaces folded to one (POLICY §4)
    ]


def test_a_field_of_an_address_or_number_starts_its_own_line():
    # "…显示器中" + "联系…": no sentence runs on into a label whose value is an address.
    apart(
        "如果经受更大的G力作用，包线形状会变化。飞机可经受的最大G值和当前G值读数均显示在平视显示器中",
        "联系版主：chinaha@371.net",  # 中联 reads as a word across the break
    )
    apart("读者的意见和建议请寄到图书馆的办公室", "联系电话：0432-62099222")


def test_a_numbered_item_cut_inside_a_word_goes_on():
    # "渠" + "道", "保" + "管": the item's first words cut by far, not a heading over them.
    joined("3、暑期预约渠", "道有网站和公众号两种，每位读者每天限约一次。")
    joined("四、读者须妥善保", "管借书证，遗失后应及时到服务台挂失并补办。")


def test_a_field_of_an_address_cut_inside_a_word_goes_on():
    # "模" + "块": the label's word was cut from the line above it.
    joined("借阅系统的代码结构可以参考项目模", "块依赖关系：https://example.org/library")
