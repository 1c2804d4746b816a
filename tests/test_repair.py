"""Repair: CJK mojibake families undone when clearly better; clean text never touched."""

from __future__ import annotations

import pytest

from zhclean import clean_text
from zhclean.mojibake import best_repair
from zhclean.report import Report
from zhclean.stages.repair import repair

ORIGINAL = "今天下午，我们在图书馆讨论了“城市交通”的改进方案。"


def on(_code: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (lambda s: s.encode("gbk").decode("latin-1"), "gbk-as-latin1"),
        (lambda s: s.encode("gbk").decode("cp1252", errors="ignore"), None),
        (lambda s: s.encode("utf-8").decode("gbk", errors="ignore"), "utf8-as-gbk"),
        (lambda s: s.encode("utf-8").decode("latin-1"), "utf8-as-latin1"),
    ],
)
def test_whole_text_mojibake_is_undone(wrong, right):
    garbled = wrong(ORIGINAL)
    fixed, path = best_repair(garbled)
    if right is not None:
        assert path == [right]
    assert fixed == ORIGINAL or (fixed.count("\ufffd") <= 8 and fixed.startswith(ORIGINAL[:5]))


def test_a_mojibake_line_inside_good_text_is_repaired_alone():
    bad_title = "北京举行新闻发布会".encode("gbk").decode("latin-1")
    text = f"{bad_title}\n第一段正文写在这里，没有任何问题。\n第二段也很正常。"
    report = Report()
    out = repair(text, report, on)
    assert out.split("\n")[0] == "北京举行新闻发布会"
    assert out.split("\n")[1:] == text.split("\n")[1:]
    assert "ZH111" in report.counts() or "ZH110" in report.counts()


@pytest.mark.parametrize(
    "clean_text",
    [
        "他说：“我们明天见！”然后离开了。",
        "王小明在 Café Mönch 喝咖啡，价格是 ５０ 元。",
        "今天天气很好😀，适合出去走走。",
        "《齐民要术》记载了䴔䴖和鸂鶒等罕见鸟名。",
        "ＡＢＣ全角字母与，。全角标点保持原样。",
    ],
)
def test_clean_text_is_never_touched(clean_text):
    report = Report()
    assert repair(clean_text, report, on) == clean_text
    assert not [c for c in report.counts() if c in ("ZH110", "ZH111", "ZH112")]


def test_lost_characters_are_counted_not_guessed():
    report = Report()
    text = "这段文字有锟斤拷和\ufffd两处损坏。"
    assert repair(text, report, on) == text
    assert report.counts()["ZH120"] == 2


@pytest.mark.parametrize("word", ["Русский", "Привет мир", "Большой", "СССР", "Ελληνικά"])
def test_russian_and_greek_words_are_a_language_not_mojibake(word):
    # GBK holds Cyrillic and Greek letters, so these read as Big5 text "mis-decoded as GBK":
    # words spelled in one case pattern are a language, and stay.
    text = f"中文维基百科是维基百科的中文版本，由志愿者共同编写。\n{word}\n"
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "〔注〕 滟滪(yàn yù)：即滟滪滩，在重庆奉节县东五公里瞿塘峡口，旧时是长江三峡的著名险滩。",
        "“瞿塘”（qú táng）一词，在古诗中常与滟滪并提，指长江三峡的第一峡。",
    ],
)
def test_a_words_pinyin_reading_in_brackets_is_no_mojibake(line):
    # Tone-marked vowels read as Latin-1 residue; a reading of two syllables is still pinyin.
    report = Report()
    assert repair(line, report, lambda code: True) == line
    assert not report.events


def test_western_mojibake_in_a_line_of_its_own_is_ftfys_to_repair():
    page = "城南图书馆举办法语角活动，读者反响热烈。\n" + "Le cafÃ© est fermÃ© le lundi.\n"
    report = Report()
    assert repair(page, report, lambda code: True).split("\n")[1] == "Le café est fermé le lundi."
    assert report.counts().get("ZH112") == 1


@pytest.mark.parametrize("line", ["Le café est fermé le lundi.", "Crème brûlée, naïve façade"])
def test_correct_accented_latin_is_left_alone(line):
    page = "城南图书馆举办法语角活动，读者反响热烈。\n" + line + "\n"
    report = Report()
    assert repair(page, report, lambda code: True) == page
    assert "ZH112" not in report.counts()


def test_a_chart_drawn_with_box_characters_is_no_mojibake():
    from zhclean import clean_bytes

    chart = "┌────────┼────────┐"
    text = "\n".join(["遇到抉择时，可以按下面的步骤思考：", chart, "↓　　　　↓", "有冲突　没冲突"])
    result = clean_bytes(text.encode("utf-8"))
    assert not [e for e in result.events if e.code.startswith("ZH11")]
    assert "岸" not in (result.text or "")


@pytest.mark.parametrize(
    "line",
    [
        "聚会很愉快。<br><br>一切都是为了自己，Après moi, le déluge? Je m'en moque.",
        "我最喜欢的一句话：Après moi, le déluge。",
        "他在慕尼黑认识了Müller先生，两人一起去了Besançon。",
    ],
)
def test_accented_letters_inside_european_words_are_no_mojibake(line):
    # GBK read as Latin-1 gives two high characters per ideograph, side by side; an accent
    # inside a word of ASCII letters ("Après" -> "Apr豕s" if read as GBK) is a language.
    from zhclean.mojibake import repair_inside

    assert repair_inside(line) == (line, [])
