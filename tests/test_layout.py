"""Layout: blank lines, whitespace, rejoining broken sentences, headings, fences."""

from __future__ import annotations

from zhclean.report import Report
from zhclean.stages.layout import layout

BODY = "今年以来,区政府围绕优化营商环境出台了一系列政策措施,帮助辖区内的中小企业解决融资难和融资贵等突出问题,同时推动"


def run(text: str) -> list[str]:
    return layout(text, Report(), lambda c: True).split("\n")


def test_mid_sentence_break_is_rejoined_across_blank_lines():
    assert run(f"标题\n{BODY}\n\n\n产业链上下游协同发展,效果明显。") == [
        "标题",
        f"{BODY}产业链上下游协同发展,效果明显。",
    ]


def test_short_lines_without_punctuation_are_headings():
    assert run("第一部分\n稳步推进改革\n改革取得了实效。") == [
        "第一部分",
        "稳步推进改革",
        "改革取得了实效。",
    ]


def test_next_line_starting_a_sentence_is_not_glued():
    lines = run(f"标题\n{BODY}\n然而,资金缺口仍然很大。")
    assert len(lines) == 3


def test_list_items_and_markdown_are_not_glued():
    assert len(run(f"标题\n{BODY}\n1. 第一项要求是什么呢大家都知道的事情。")) == 3
    assert len(run(f"标题\n{BODY}\n# 小标题")) == 3


def test_indentation_goes_and_does_not_decide_joins():
    # Indentation is dropped from the output, so it cannot decide a join: a second pass
    # would not see it (idempotence). Sentence ends decide.
    ended = (
        "今年以来,区政府围绕优化营商环境出台了一系列政策措施,帮助辖区内的中小企业解决了融资难题。"
    )
    assert run(f"标题\n{ended}\n\u3000\u3000新的一段从这里开始,内容很长很长很长。") == [
        "标题",
        ended,
        "新的一段从这里开始,内容很长很长很长。",
    ]


def test_open_quote_joins_short_lines():
    assert run("标题\n活动主题为“奋进新时代\n建功新征程”的演讲比赛顺利举行。") == [
        "标题",
        "活动主题为“奋进新时代建功新征程”的演讲比赛顺利举行。",
    ]


def test_bracket_fragments_joined_with_a_space():
    assert run("标题\n全文完。(记者 王\n刚\n丽)") == ["标题", "全文完。(记者 王 刚 丽)"]


def test_whitespace_folded_and_trimmed():
    assert run("\u3000\u3000第一句\u3000 第二句\t\t第三句  ") == ["第一句 第二句 第三句"]


def test_lines_inside_a_fence_are_verbatim():
    text = "说明\n```\n  x  =  1\n\n```\n结束"
    assert run(text) == ["说明", "```", "  x  =  1", "", "```", "结束"]


def test_punctuation_at_line_start_stays():
    assert run("标题\n前面一句话说完了。\n,后面这一行以逗号开头") == [
        "标题",
        "前面一句话说完了。",
        ",后面这一行以逗号开头",
    ]


def test_the_title_is_not_glued_to_the_lead():
    title = "关于进一步加强城市基层治理体系和治理能力现代化建设的实施意见全文发布"
    assert len(run(f"{title}\n为深入贯彻落实有关部署,现提出如下意见。")) == 2


SENTENCE = "这是一段用来测试的正文，它足够长，包含了完整的句子和常见的标点符号，读起来像一个真正的段落，也不会被当成标题。"


def test_a_break_just_after_a_sentence_end_is_rejoined():
    # "。共" / "召开..." : the break cut the next sentence after its first character.
    lines = run(f"标题\n{SENTENCE}共\n召开座谈会十二场，收集意见三百多条，形成了问题清单。")
    assert lines == ["标题", f"{SENTENCE}共召开座谈会十二场，收集意见三百多条，形成了问题清单。"]


def test_on_a_spun_page_han_tags_after_a_sentence_stay_apart():
    # A spinner glued tags after paragraphs: one Latin ("。bash"), so "。编程" is a tag too.
    text = "\n".join(
        [
            "标题",
            f"{SENTENCE}编程",
            f"很高兴参加这次活动，今天分享的主题是智能合约的开发。{SENTENCE}bash",
            f"{SENTENCE}微信",
            "最后一段也是完整的句子，到这里结束。",
        ]
    )
    assert run(text) == text.split("\n")


def test_on_an_indented_page_an_unindented_line_continues_the_one_above():
    text = "\n".join(
        [
            "标题",
            "　　记者从多地发展改革部门获悉，多个省份近日启动节能降耗专项行动，重点针对工业领域。",
            "　　以某省为例，该省要求重点用能单位在今年第四季度",
            "完成能源审计，并对高耗能设备实施改造。",
            "　　业内人士认为，节能降耗不仅有助于保障能源供应，也能降低企业成本。",
        ]
    )
    lines = run(text)
    assert (
        lines[2]
        == "以某省为例，该省要求重点用能单位在今年第四季度完成能源审计，并对高耗能设备实施改造。"
    )
    assert len(lines) == 4


def test_a_short_indented_heading_is_not_glued():
    text = "\n".join(
        [
            "　　记者从多地发展改革部门获悉，多个省份近日启动节能降耗专项行动，重点针对工业领域。",
            "　　一、总体要求",
            "坚持节约优先，推动能源消费方式转变，提高能源利用效率和效益水平。",
            "　　业内人士认为，节能降耗不仅有助于保障能源供应，也能降低企业成本。",
        ]
    )
    assert run(text)[1] == "一、总体要求"


def test_a_centred_title_is_not_read_as_an_indented_first_line():
    # Pushed far right (a centred title), a line is not indented as a paragraph's first line
    # is: on a page that indents its paragraphs, an indented line over an unindented one
    # reads as a paragraph's cut first line, and a title read so was glued to the lead.
    from zhclean.stages.layout import fold_space

    text = (
        " " * 40
        + "城南图书馆延长夜间开放时间\t"
        + " " * 40
        + "\n\u3000\u3000正文第一段。\n  正文第二段。"
    )
    folded = fold_space(text, Report(), lambda c: True).split("\n")
    assert folded == ["城南图书馆延长夜间开放时间", "\u3000正文第一段。", "\u3000正文第二段。"]
