"""Layout: a short line that ends where its author ended it, though a comma stands in it:
a title whose clauses grow ("热，不热"), a comment that ends on a laugh (issue 14: never glue
a heading or a post to the line under it). Every page here is made up for these tests; the
first line is a title, so each case starts on the second line."""

from __future__ import annotations

from layout_checks import checks

run, joined, apart = checks("城东图书馆的秋季安排")


def test_a_title_whose_second_clause_is_the_longer_stays_apart():
    apart("热，不热", "今天的阅览室开了空调，坐在窗边看书很舒服。")


def test_a_clause_barely_begun_after_a_longer_one_still_goes_on():
    joined("据城东图书馆传来的消息，市民", "服务中心将在下月迁入新馆一楼。")


def test_a_comment_that_ends_on_a_laugh_stays_apart():
    apart("读了大家的留言，我也来说两句，哈哈", "新馆的自习室环境真不错，下次还来。")
    apart("新馆的自习室真不错，哈哈", "周末的读书会也很有意思，下次还来。")


def test_a_reply_addressed_to_a_name_stays_apart():
    # "To 小依": a name of two ideographs after a Latin word, not the preposition 依.
    apart("To 小依", "和你的看法一样，我也觉得新馆的自习室很好。")


def test_a_line_that_stops_on_a_preposition_still_goes_on():
    joined("读者们都说，新馆的自习室可以预约使用，座位可以依", "照读者的需要调整。")


def test_a_source_under_a_quotation_that_ended_stays_apart():
    # A bracket left open above, but the quotation and its sentence ended: the source under
    # it is no name's characters padded in print ("(邓志强" / "易" / "松)").
    apart("读者留言（节选）：「新馆的自习室很安静（周末也一样，环境也很好。」", "——《城东晚报》")


def test_a_call_that_opens_a_line_with_a_final_particle_stays_apart():
    # "呀sir" (Cantonese: "sir") opens a sentence; the particle 呀 before a Latin word is a
    # call's, not a particle cut from the line above. A structural particle still goes on.
    apart("人生像一场考试", "呀sir上课时讲过这句话，但是很多同学都没有听过。")
    joined(
        "城东图书馆今年新购了一批平板电脑，读者借阅最多的是苹果公司推出", "的iPad，每天都被借空。"
    )
