"""Layout on a page cut mid-sentence: where other breaks of the page cut words by far (a
scraper's width, a tag, a crawl's dropped line), a short line built of clauses is a
sentence's start, not a heading; a short line that runs on into the next, cutting a word, is
no headline; a particle or a conjunction that starts no sentence (了, 及, 或, 并) joins its line
to the one above. Every page here is made up for these tests; the first line is a title."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.layout import layout
from zhclean.stages.page_shape import Line, cut_mid_sentence

TITLE = "社区图书馆改造完工"
# Two breaks that cut a word by far ("阅览|室", "预|约"): the page was cut mid-sentence.
CUT_A = "经过三个月的施工，位于城南的社区图书馆近日完成改造，并开设了儿童阅读区和老年阅览"
CUT_B = "室，新增的自习座位读者可以在网上预"
CUT_C = "约，每人每天限约一次。"
CUT = [CUT_A, CUT_B, CUT_C]
CLAUSES = "馆长说，改造后的图书馆"
SENTENCE = "每天开放到晚上九点，周末还将举办读书会和讲座，欢迎居民参加。"


def run(*lines: str) -> list[str]:
    return layout("\n".join([TITLE, *lines]), Report(), lambda c: True).split("\n")[1:]


def test_the_page_shape_finds_a_page_cut_mid_sentence():
    assert cut_mid_sentence([Line(TITLE), *(Line(t) for t in CUT)])
    # Whole paragraphs and a heading meet at word boundaries: no cut page.
    assert not cut_mid_sentence([Line(TITLE), Line(CLAUSES + SENTENCE), Line("开放时间")])


def test_on_a_cut_page_a_short_line_of_clauses_goes_on():
    assert run(*CUT, CLAUSES, SENTENCE) == ["".join(CUT), CLAUSES + SENTENCE]


def test_without_words_cut_elsewhere_the_short_line_stays_apart():
    # No break of the page cuts a word: the short line may be a heading; it stays.
    whole = "".join(CUT)
    assert run(whole, CLAUSES, SENTENCE) == [whole, CLAUSES, SENTENCE]


def test_on_a_cut_page_a_heading_of_parallel_clauses_stays():
    heading = "优化布局，完善设施，打造阅读空间"
    assert run(*CUT, heading, SENTENCE) == ["".join(CUT), heading, SENTENCE]


def test_on_a_cut_page_a_field_and_a_cry_stay():
    for line in ("开放时间：周一至周五，每天九点", "太好了，终于等到这一天！"):
        assert run(*CUT, line, SENTENCE) == ["".join(CUT), line, SENTENCE]


def test_on_a_cut_page_the_short_line_stays_over_a_headline():
    # The next line is a headline of its own (short, no end) and goes on in no word.
    headline = "读书会报名方式"
    assert run(*CUT, CLAUSES, headline, SENTENCE) == ["".join(CUT), CLAUSES, headline, SENTENCE]


def test_a_short_line_that_runs_on_cutting_a_word_is_no_headline():
    # "…举办读书会和讲" / "座…": the middle line is a piece, not a headline under the clauses.
    middle, last = "每天开放到晚上九点，周末还将举办读书会和讲", "座，欢迎居民参加。"
    assert run(*CUT, CLAUSES, middle, last) == ["".join(CUT), CLAUSES + middle + last]


def test_on_a_cut_page_a_short_line_that_stops_on_a_particle_goes_on():
    # "…一阵带着书香的" / "凉风…": 的 as a word of its own ends no heading (data: piece_ends).
    first, rest = "傍晚时分一阵带着书香的", "凉风从敞开的窗户吹进阅览室，读者们纷纷抬起头来。"
    assert run(*CUT, first, rest) == ["".join(CUT), first + rest]


def test_a_line_that_stops_on_a_word_ending_in_the_particle_stays():
    # 目的 is a word: the line stops on it, not on the particle.
    heading = "改造工程的主要目的"
    assert run(*CUT, heading, SENTENCE) == ["".join(CUT), heading, SENTENCE]


def test_without_words_cut_elsewhere_a_line_on_a_particle_stays():
    whole, first = "".join(CUT), "傍晚时分一阵带着书香的"
    rest = "凉风从敞开的窗户吹进阅览室，读者们纷纷抬起头来。"
    assert run(whole, first[4:], rest) == [whole, first[4:], rest]


def test_a_particle_that_starts_no_sentence_joins_the_line_above():
    assert run("孩子们在新建的阅览室里安静地看", "了一下午的书，直到闭馆才回家。") == [
        "孩子们在新建的阅览室里安静地看了一下午的书，直到闭馆才回家。"
    ]


def test_a_word_that_starts_with_the_particle_starts_a_sentence():
    # 了解 is a word of its own: the heading stays.
    assert run("读者须知", "了解借阅规则的读者可以直接到服务台办理。") == [
        "读者须知",
        "了解借阅规则的读者可以直接到服务台办理。",
    ]


def test_a_comparison_with_he_starts_a_sentence_under_a_heading():
    # "和…一样" opens a sentence: 和 is no particle that starts none.
    assert run("第二步 安装驱动", "和上一步一样，把驱动文件复制到系统目录。") == [
        "第二步 安装驱动",
        "和上一步一样，把驱动文件复制到系统目录。",
    ]


# A short line that ends a sentence and begins the next ("…新的"), and the line under it that
# goes on with that sentence, its end left off; a heading and its paragraph after them.
BEGUN = "阅览室已于本周重新开放。馆方表示新的"
MIDDLE = "阅览室设有两百个座位"
AFTER = ["开放时间", "每天开放到晚上九点。"]


def test_on_a_cut_page_a_sentence_begun_after_a_full_stop_goes_on():
    assert run(*CUT, BEGUN, MIDDLE, *AFTER) == ["".join(CUT), BEGUN + MIDDLE, *AFTER]


def test_without_words_cut_elsewhere_a_sentence_begun_needs_its_end_below():
    whole = "".join(CUT)
    assert run(whole, BEGUN, MIDDLE + "。", *AFTER) == [whole, BEGUN + MIDDLE + "。", *AFTER]
    assert run(whole, BEGUN, MIDDLE, *AFTER) == [whole, BEGUN, MIDDLE, *AFTER]


# The same cut page laid out as pages set off their paragraphs: each paragraph's first line
# indented (or a blank line above it), the pieces a scraper cut under it not.
IND = "\u3000\u3000"
HEADING = "读书会、讲座或展览"  # a heading of clauses over its paragraph
# A paragraph cut once more, its piece as long as a paragraph's line ("…组织学" / "生到馆…").
OTHER = [
    "此外，图书馆还与附近的三所小学合作，定期组织学",
    "生到馆参观和借阅图书，并为每个班级准备了专门的借书证。",
]


def test_on_a_cut_page_a_line_set_off_as_a_paragraphs_first_is_not_glued():
    # The indent under the short line says a paragraph starts there: the short line is a
    # heading, however it reads, and the cut pieces above still go on.
    lines = run(IND + CUT_A, CUT_B, CUT_C, IND + OTHER[0], OTHER[1], IND + HEADING, IND + SENTENCE)
    assert lines == ["".join(CUT), "".join(OTHER), HEADING, SENTENCE]
    blank = run(CUT_A, CUT_B, CUT_C, "", *OTHER, "", HEADING, "", SENTENCE)
    assert blank == ["".join(CUT), "".join(OTHER), HEADING, SENTENCE]


def test_on_a_cut_page_a_piece_not_set_off_under_a_short_line_still_goes_on():
    # What this must not touch: the piece under a sentence's start carries no indent
    # (or no blank line), and the start of a sentence goes on in it as before.
    lines = run(IND + CUT_A, CUT_B, CUT_C, IND + OTHER[0], OTHER[1], IND + CLAUSES, SENTENCE)
    assert lines == ["".join(CUT), "".join(OTHER), CLAUSES + SENTENCE]
    blank = run(CUT_A, CUT_B, CUT_C, "", *OTHER, "", CLAUSES, SENTENCE)
    assert blank == ["".join(CUT), "".join(OTHER), CLAUSES + SENTENCE]


def test_a_page_that_indents_every_line_tells_nothing_by_its_indent():
    # Every line indented: the indent parts no paragraphs, and the short line of clauses on
    # a cut page goes on as on a page with no indent.
    texts = (*CUT, *OTHER, CLAUSES, SENTENCE)
    want = ["".join(CUT), "".join(OTHER), CLAUSES + SENTENCE]
    assert run(*(IND + t for t in texts)) == want
