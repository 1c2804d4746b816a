"""Garble: pinyin glosses, injected commas, entities, markup, script calls, invisibles."""

from __future__ import annotations

import pytest

from zhclean.report import Report
from zhclean.stages.garble import garble, is_reading, undouble


def run(text: str) -> tuple[str, dict]:
    report = Report()
    return garble(text, report, lambda c: True), report.counts()


def run_undouble(text: str) -> tuple[str, dict]:
    """ZH209 runs on the tidied text, after garble's steps and the whitespace's folding."""
    report = Report()
    return undouble(text, report, lambda c: True), report.counts()


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("銀(yín)行發(fā)布報(bào)告", "銀行發布報告"),
        ("中国(guo)人民", "中国人民"),
        ("绿(lǜ)色环保", "绿色环保"),
        ("绿(lv)色环保", "绿色环保"),
        ("長（cháng）江", "長江"),
    ],
)
def test_pinyin_gloss_that_is_a_reading_is_removed(dirty, clean):
    out, counts = run(dirty)
    assert out == clean
    assert counts["ZH201"] >= 1


@pytest.mark.parametrize(
    "kept",
    [
        "上海(Shanghai)是一座城市",
        "学校(园)里很安静",
        "增长率(GDP)提高",
        "第(a)项规定",
        "(社区)服务",
        "苹果(apple)",
    ],
)
def test_parentheses_with_real_text_stay(kept):
    assert run(kept)[0] == kept


def test_is_reading_knows_heteronyms():
    assert is_reading("行", "háng") and is_reading("行", "xing")
    assert not is_reading("行", "shan")


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("任务,。", "任务。"),
        ("苹果,、香蕉", "苹果、香蕉"),
        ("首先,,我们", "首先,我们"),
        ("好，！", "好！"),
    ],
)
def test_injected_commas(dirty, clean):
    assert run(dirty)[0] == clean


def test_a_comma_before_a_character_lost_as_a_question_mark_is_real():
    # A lossy legacy conversion writes '?' for each character it could not map.
    assert run("到了西方，却大受欢迎，?久不衰。")[0] == "到了西方，却大受欢迎，?久不衰。"
    assert run("这样好吗,?")[0] == "这样好吗?"


def test_a_comma_before_a_quote_is_real():
    assert run("他说,“好的。”")[0] == "他说,“好的。”"


def test_entities_are_decoded():
    out, counts = run("&ldquo;科技&rdquo;&amp;创新&#12288;发展")
    assert out == "“科技”&创新\u3000发展"
    assert counts["ZH203"] == 4


def test_markup_is_removed_text_kept():
    out, _ = run('前文<span class="x">重点</span>后文<!-- 注释 -->结尾<br>')
    assert out == "前文重点后文结尾"


def test_attribute_tail_of_a_lost_tag():
    out, counts = run(
        '访问 http://example.com/a.php?id=3&t=2" target="_blank" rel="nofollow">阅读全文'
    )
    assert out == "访问 阅读全文"
    assert counts["ZH204"] == 1


def test_stray_comment_closer():
    assert run("-->")[0] == ""
    assert run("正文结束/-->")[0] == "正文结束/"


def test_script_call_with_unclosed_string():
    out, counts = run("最后一句话。document.write('<a href=x>扫码关注我们")
    assert out == "最后一句话。"
    assert counts["ZH205"] == 1


def test_controls_and_zero_width_removed():
    out, counts = run("再\x07战\u200b江\u00ad湖\x08")
    assert out == "再战江湖"
    assert counts["ZH207"] == 2 and counts["ZH206"] == 2


def test_emoji_zwj_sequences_survive():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert run(f"一家人{family}")[0] == f"一家人{family}"


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("學習（xué xí）的方法，歷史經(jīng)驗", "學習的方法，歷史經驗"),
        ("經(jing1)濟發展", "經濟發展"),
        ("三個(ge4)人", "三個人"),
        # A gloss that is no reading of the characters before it stays.
        ("學習（ni hao）的方法", "學習（ni hao）的方法"),
        ("北京(Beijing)是首都", "北京(Beijing)是首都"),
    ],
)
def test_word_glosses_and_numbered_tones(dirty, clean):
    assert run(dirty)[0] == clean


def test_a_wikis_edit_links_after_its_headings_go():
    out, counts = run("历史沿革[编辑]\n古代 [编辑]\n雄安新区历史悠久，是燕南赵北的重要区域。")
    assert out.split("\n") == ["历史沿革", "古代", "雄安新区历史悠久，是燕南赵北的重要区域。"]
    assert counts["ZH208"] == 2


def test_a_single_edit_link_in_a_help_page_stays():
    out, counts = run("打开文章页面后，点击右上角的[编辑]")
    assert out == "打开文章页面后，点击右上角的[编辑]"
    assert "ZH208" not in counts


def test_a_closing_tag_escaped_in_a_scripts_string_goes():
    out, counts = run("网易体育9月8日报导：<\\/p>")
    assert out == "网易体育9月8日报导："
    assert counts["ZH204"] == 1


def test_a_closing_tag_that_lost_its_opening_bracket_goes():
    out, counts = run("新房存量也越来越少了 ？/p>")
    assert out == "新房存量也越来越少了 ？"
    assert counts["ZH204"] == 1


def test_any_html_elements_tags_go_as_a_hacked_page_prints_them():
    out, _ = run(
        '<object id="w6w9l"><tt id="w6w9l">办公椅<output id=\'w6\'></output></tt></object>'
    )
    assert out == "办公椅"
    assert run("<mark>重点</mark>词<wbr>语")[0] == "重点词语"


@pytest.mark.parametrize("text", ["<map of the city> 地图", "比较 <small and big> 两种", "1 <s 2"])
def test_words_in_angle_brackets_are_no_tag(text):
    assert run(text)[0] == text


@pytest.mark.parametrize("text", ["路径 a/b>c 不变", "比例 1/p> 不变", "目录 /usr/p>", "x</p"])
def test_a_slash_after_a_letter_or_digit_is_no_lost_tag(text):
    assert run(text)[0] == text


@pytest.mark.parametrize("space", [" ", "\u3000"])
def test_a_lone_reading_of_a_rare_word_is_the_authors_note(space):
    # One word's reading on a page with no other gloss: an annotation, kept whole, whatever
    # space parts its syllables (a first and a second clean agree).
    line = f"〔注〕 滟滪(yàn{space}yù)：即滟滪滩，在重庆奉节县东五公里瞿塘峡口。"
    assert run(line)[0] == line


def test_a_notes_headword_with_its_reading_is_the_authors_and_a_glossed_word_inside_is_not():
    # "棹（zhào）：…" opens a note with the reading of its headword; the same one-syllable
    # gloss inside a sentence is a converter's, on a page with no other gloss too.
    note = "棹（zhào）：船桨，这里代指船。"
    assert run(note)[0] == note
    assert run("他划着棹（zhào）过河。")[0] == "他划着棹过河。"


def test_the_runs_edit_links_reach_garble_through_the_config(tmp_path):
    """A --rules file's edit_links (a wiki in another language's "[modifier]") are read."""
    from zhclean import clean_text
    from zhclean.config import Config

    rules = tmp_path / "rules.toml"
    rules.write_text('[lists]\nedit_links = ["修订本节"]\n', encoding="utf-8")
    page = "历史沿革[修订本节]\n古代[修订本节]\n雄安新区历史悠久，是燕南赵北的重要区域。\n"
    assert clean_text(page).text.split("\n")[0] == "历史沿革[修订本节]"
    cleaned = clean_text(page, Config(rule_files=(str(rules),))).text.split("\n")
    assert cleaned[:2] == ["历史沿革", "古代"]


@pytest.mark.parametrize(
    ("line", "once"),
    [
        (
            "美国司法部关于“二许案”的通告美国司法部关于“二许案”的通告",
            "美国司法部关于“二许案”的通告",
        ),
        ("城北美术馆举办儿童画展 城北美术馆举办儿童画展", "城北美术馆举办儿童画展"),
    ],
)
def test_a_text_printed_twice_on_one_line_is_printed_once(line, once):
    out, counts = run_undouble(line)
    assert out == once
    assert counts["ZH209"] == 1


@pytest.mark.parametrize(
    "line",
    [
        "加油加油",
        "哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈",
        "好的好的好的好的好的好的好的好的",
        "一二三四五六七八一二三四五六七九",
    ],
)
def test_an_authors_repetition_is_no_doubled_text(line):
    assert run_undouble(line)[0] == line


@pytest.mark.parametrize(
    "code",
    [
        "Map<String, List<Data>> cache = new HashMap<>();",
        "List<Map> items = load();",
        "std::vector<map> tables;",
        "Optional<Time> start = Optional.empty();",
    ],
)
def test_types_in_angle_brackets_in_code_are_no_tags(code):
    assert run(code)[0] == code
