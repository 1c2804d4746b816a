"""Script: per-document detection; OpenCC only when the text is not already in the target."""

from __future__ import annotations

from zhclean import Config, clean_bytes, clean_text
from zhclean.stages.script import convert, detect_script

# A Simplified paragraph and a Traditional one of a mixed page.
SIMPLIFIED = (
    "近年来，城南图书馆陆续推出夜间开放、线上预约和送书上门等服务，读者数量逐年增加，"
    "馆方表示还将继续扩大开放时间，并在各个社区设立流动借阅点，方便老人和孩子借书。"
)
TRADITIONAL = (
    "在資訊科技快速發展的今天，開發及測試軟體的速度是不容忽視的課題，"
    "為加快開發及測試的速度，我們便常希望能利用一些已開發好的程式庫。"
)


def test_detects_both_scripts():
    assert detect_script("這是一個關於經濟發展與環境保護的報導。") == "traditional"
    assert detect_script("这是一个关于经济发展与环境保护的报道。") == "simplified"
    assert detect_script("ABC 123") == "none"


def test_traditional_is_converted_to_simplified_by_default():
    result = clean_text("經濟發展與環境保護\n")
    assert result.text == "经济发展与环境保护\n"
    assert (result.script_in, result.script_out) == ("traditional", "simplified")
    assert result.counts["ZH501"] > 0


def test_simplified_text_is_left_alone_character_for_character():
    # 著 and 乾 look Traditional to a naive converter; a Simplified text keeps them.
    text = "他接著说：这件事乾坤未定，名著《红楼梦》值得一读。\n"
    result = clean_text(text)
    assert result.text == text
    assert "ZH501" not in result.counts


def test_other_targets():
    assert clean_text("软件与网络\n", Config(target="taiwan")).text == "軟體與網路\n"
    assert clean_text("软件与网络\n", Config(target="traditional")).text == "軟件與網絡\n"
    assert clean_text("經濟\n", Config(target="keep")).text == "經濟\n"


def test_a_simplified_page_quoting_traditional_names_is_not_converted():
    text = "报道称，台湾的「國立臺灣大學」今年招生人数增加，学校方面表示欢迎更多学生报考。\n"
    assert clean_text(text).text == text


def test_a_traditional_paragraph_in_a_mixed_page_is_converted_on_its_own():
    simplified = (
        "近年来，城南图书馆陆续推出夜间开放、线上预约和送书上门等服务，读者数量逐年增加，"
        "馆方表示还将继续扩大开放时间，并在各个社区设立流动借阅点，方便老人和孩子借书。"
    )
    quoting = "一位读者带来了一份旧报纸《聯合報》，说这是他父亲当年留下的。"
    traditional = (
        "在資訊科技快速發展的今天，開發及測試軟體的速度是不容忽視的課題，"
        "為加快開發及測試的速度，我們便常希望能利用一些已開發好的程式庫。"
    )
    page = "\n".join([simplified, quoting, traditional]) + "\n"
    result = clean_bytes(page.encode("utf-8"))
    lines = result.text.split("\n")
    assert lines[0] == simplified
    assert lines[1] == quoting  # a name quoted in Traditional inside a Simplified line stays
    assert lines[2] == convert(traditional, "t2s")
    assert lines[2] != traditional


def test_short_traditional_lines_of_a_mixed_page_are_converted_too():
    simplified = (
        "近年来，城南图书馆陆续推出夜间开放、线上预约和送书上门等服务，读者数量逐年增加，"
        "馆方表示还将继续扩大开放时间，并在各个社区设立流动借阅点，方便老人和孩子借书。"
    )
    traditional = (
        "在資訊科技快速發展的今天，開發及測試軟體的速度是不容忽視的課題，"
        "為加快開發及測試的速度，我們便常希望能利用一些已開發好的程式庫。"
    )
    short = ["加入東海", "手 機：13668587999 陶洪軍", "專為尋找優秀人才而來！"]
    quoted = "Zhi Neng Xiang Nian Ni - Jam Hsiao (只能想念你 - 蕭敬騰)"
    page = "\n".join([simplified, traditional, *short, quoted]) + "\n"
    lines = clean_bytes(page.encode("utf-8")).text.split("\n")
    assert lines[2:5] == [convert(line, "t2s") for line in short]
    assert lines[2] == "加入东海"
    assert lines[5] == quoted  # a name quoted in a line of pinyin stays as written


def test_contact_fields_of_two_ideographs_on_a_mixed_page_are_converted():
    simplified, traditional = SIMPLIFIED, TRADITIONAL
    # The label's two ideographs are the line's only words: an address's letters are none.
    fields = ["電 話：0917-8583501", "郵 箱：service@example.com"]
    page = "\n".join([simplified, traditional, *fields]) + "\n"
    lines = clean_bytes(page.encode("utf-8")).text.split("\n")
    assert lines[2:4] == ["电 话：0917-8583501", "邮 箱：service@example.com"]


def test_a_paragraph_a_variant_converter_left_half_done_is_converted_on_a_mixed_page():
    # A wiki's text rendered with no variant: Traditional, Simplified words left in it
    # ("广大地区", "汉语的传统观念"). Detected alone it is mixed; with as many Traditional-only
    # characters as Simplified-only ones it is written in Traditional, and converted.
    simplified = (
        "近年来，城南图书馆陆续推出夜间开放、线上预约和送书上门等服务，读者数量逐年增加，"
        "馆方表示还将继续扩大开放时间，并在各个社区设立流动借阅点，方便老人和孩子借书。"
    )
    traditional = (
        "在資訊科技快速發展的今天，開發及測試軟體的速度是不容忽視的課題，"
        "為加快開發及測試的速度，我們便常希望能利用一些已開發好的程式庫。"
    )
    half = "城南圖書館是涵蓋東部广大地区的公共圖書館，在汉语的传统观念里，它以藏書豐富著稱。"
    page = "\n".join([simplified, traditional, half]) + "\n"
    assert detect_script(page) == "mixed"
    lines = clean_bytes(page.encode("utf-8")).text.split("\n")
    assert lines[0] == simplified
    assert lines[2] == convert(half, "t2s")
    assert lines[2] != half
