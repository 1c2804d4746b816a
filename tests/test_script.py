"""Script: per-document detection; OpenCC only when the text is not already in the target."""

from __future__ import annotations

from zhclean import Config, clean_text
from zhclean.stages.script import detect_script


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
