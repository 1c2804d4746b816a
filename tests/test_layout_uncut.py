"""Layout on a page no break cuts inside a word (issue 14, false joins): a line that stops
between two words with no full stop is a paragraph its author left without its end, unless
the line below reads as the rest of its sentence. Every page here is made up for these
tests; the first line is a title, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

from zhclean import clean_text

TITLE = "社区图书馆改造完工"

run, joined, apart = checks(TITLE)

# A post left without its full stop, its last clause long and whole, then a paragraph whose
# first clause is long too: the break between them ("绘本区" / "听说") cuts no word.
POST = (
    "今天上午带孩子去看了新开的社区图书馆，里面的布置很温馨，书架上的图书也比以前多了不少，"
    "孩子们都很喜欢新设的绘本区"
)
NEXT = "听说馆里下个月还要举办一场面向全体居民的读书分享会，欢迎大家报名参加。"
# Two lines of another paragraph that a scraper cut inside a word ("设" / "备").
CUT = ["馆内还新增了自助借还设", "备和电子阅报屏，方便读者借书还书。"]


def test_a_long_line_with_no_end_stays_apart_on_a_page_cut_nowhere():
    apart(POST, NEXT)


def test_on_a_page_cut_inside_a_word_elsewhere_the_same_line_goes_on():
    # The cut word shows a page broken mid-sentence: the same break is read as one too.
    assert run(POST, NEXT, *CUT) == [POST + NEXT, "".join(CUT)]


def test_a_sentence_ended_by_a_short_piece_below_still_joins():
    # "…一定要注意" / "安全。…": the line below opens with a clause too short to start a
    # paragraph.
    joined(
        "天气转凉以后，社区医生提醒老人早晚出门多穿衣服，外出散步的时候一定要注意",
        "安全。平时可以适量运动。",
    )


def test_a_clause_barely_begun_at_the_line_end_still_joins():
    # "…，同时推动" / "…": a clause of a few characters is a sentence under way.
    joined(
        "今年以来，图书馆围绕全民阅读开展了一系列活动，帮助居民养成阅读习惯，同时推动",
        "社区文化服务向周边的老旧小区和城中村延伸，效果明显。",
    )


def test_items_parted_by_semicolons_go_on_below():
    # One sentence of dated items: the line above stops inside an item, the line below goes
    # on with the next ones ("…；5月3日，…举办读书" / "分享会…；5月10日，…").
    joined(
        "5月1日，图书馆恢复夜间开放；5月3日，馆方邀请本地作家为居民举办读书",
        "分享会和亲子阅读活动，吸引了两百多名居民参加；5月10日，新的自助借还设备投入使用。",
    )


def test_a_line_that_starts_with_a_sentence_mark_closing_a_quote_stays_apart():
    # POLICY §4: punctuation left at a line's start stays there, even where it ends a
    # quotation opened above ("…基本方法" / "。”").
    apart("馆长在会上讲的那样：“阅读是最好的陪伴方法", "。”")


def test_a_clean_page_with_a_headline_over_its_article_stays_whole():
    page = f"{TITLE}\n{POST}\n{NEXT}\n"
    assert clean_text(page).text == page
