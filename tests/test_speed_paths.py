"""Fast paths give what the slow paths give (issue 15): each shortcut against the plain
walk it replaces, on generated inputs. No timings here: speed is the benchmark's."""

from __future__ import annotations

import random
import unicodedata

from zhclean import misread, mojibake
from zhclean.chardata import CJK_PUNCT, common_han

ALPHABET = (
    "ab Z!~\n\t\x7f"
    + "".join(chr(c) for c in range(0x80, 0x100))
    + "中文鍥斤拷€测试浠ｇ爜澶у叏，。“”ＡＢ\u3000"
    + "\U00020000"
)


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "\ud800", "中a", "中 ", "abc", "\ufffd中a"]
    for _ in range(count):
        texts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 16))))
    # UTF-8 read as GBK, as a page shows it: lossy, NFKC-folded (full-width forms -> ASCII).
    for text in list(texts[:300]):
        damaged = text.encode("utf-8", "surrogatepass").decode("gbk", errors="replace")
        texts += [damaged, unicodedata.normalize("NFKC", damaged), damaged.replace("\ufffd", "")]
    return texts


def test_gbk_units_as_the_walk():
    for text in _texts(15, 5000):
        fast, walk = mojibake.gbk_units(text), misread.gbk_units_walk(text)
        assert (fast if fast is None else list(fast)) == (walk if walk is None else list(walk))
        # Units are bytes unless a byte was lost (then a list with its holes).
        assert walk is None or isinstance(walk, bytes) or misread.HOLE in walk, repr(text)


def test_everyday_count_and_non_ascii_as_loops():
    everyday = common_han() | set(CJK_PUNCT) | {chr(c) for c in range(0xFF01, 0xFF5F)}
    for text in _texts(16, 2000):
        assert mojibake.everyday_count(text) == sum(1 for c in text if c in everyday)
        assert mojibake._non_ascii(text) == "".join(c for c in text if ord(c) > 0x7F)


def test_memoised_scores_add_up_as_before():
    """Bit for bit: the same float additions in the same order."""
    from zhclean import chardata

    def reference(text: str, skip_lost: bool) -> tuple[float, int]:
        total, seen = 0.0, 0
        for char in text:
            if char.isspace() or (skip_lost and char == "\ufffd"):
                continue
            total += chardata._char_score(char, common_han())
            seen += 1
        return total, seen

    for text in _texts(17, 2000):
        for skip_lost in (False, True):
            assert chardata._totals_loop(text, skip_lost) == reference(text, skip_lost)


def test_utf8_line_check_as_line_by_line():
    """decode asks for a mixed reading only when some line is non-ASCII valid UTF-8."""
    from zhclean.stages.decode import _has_utf8_line

    def reference(data: bytes) -> bool:
        for line in data.split(b"\n"):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
        return False

    rng = random.Random(18)
    pieces = [
        b"\n",
        b"\r\n",
        b"ab ",
        "中文".encode(),
        "中文".encode("gbk"),
        "繁體".encode("big5"),
        b"\xe4\xb8",
        b"\xed\xa0\x80",
        b"\xff",
        b"\x80",
    ]
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _has_utf8_line(data) == reference(data), data


def test_control_count_as_the_loop():
    from zhclean.stages.decode import _CONTROL_RE

    rng = random.Random(19)
    alphabet = [chr(c) for c in range(0, 40)] + ["中", "\x7f", "\x85"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        loop = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v\x1b")
        assert len(_CONTROL_RE.findall(text)) == loop


GARBLE_ALPHABET = (
    ALPHABET + "&<>();,，。、？?[]】【(（jīngàdocumentwrite.\u200b\u200d\u00ad\ufeff 　"
)


def test_garble_gate_as_the_one_pattern():
    from zhclean.stages import garble

    rng = random.Random(18)
    texts = _texts(18, 1000) + ["document.write('x')", "历史[编辑]\n", "历史】 \n正文", "a,?b"]
    for _ in range(4000):
        texts.append("".join(rng.choice(GARBLE_ALPHABET) for _ in range(rng.randint(1, 12))))
    # Long texts too (short ones are asked the one pattern): mostly clean, a trace or none.
    for _ in range(1500):
        clean = "".join(rng.choice("正文中的句子。") for _ in range(rng.randint(250, 600)))
        cut = rng.randrange(len(clean))
        texts.append(clean[:cut] + rng.choice(texts[:4000]) + clean[cut:])
        texts.append(clean)
    for text in texts:
        assert garble.may_garble(text) == bool(garble.GATE_RE.search(text)), repr(text)


def test_suspect_gate_as_the_run_pattern():
    from zhclean import chardata

    rng = random.Random(19)
    alphabet = ALPHABET + "—–“”‘’…•ÃÂ¡°Í\ue000ｱ╔Жα"
    texts = _texts(19, 1000)
    for _ in range(4000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    for _ in range(1500):  # long texts too (short ones are asked the one pattern)
        clean = "".join(rng.choice("正文·中的句子。") for _ in range(rng.randint(250, 600)))
        cut = rng.randrange(len(clean))
        texts.append(clean[:cut] + rng.choice(texts[:4000]) + clean[cut:])
    for text in texts:
        expected = "\ufffd" in text or bool(chardata._SUSPECT_RUN_RE.search(text))
        assert chardata.has_suspect_chars(text) == expected, repr(text)


def test_latin1_text_scores_as_the_class_scans():
    """Bit for bit: counted on the bytes, a Latin-1 text adds up as the regex scans did."""
    from zhclean import chardata

    def reference(text: str, skip_lost: bool) -> tuple[float, int]:
        total, seen, rest = 0.0, len(text), text
        for weight, pattern in chardata._score_classes():
            shorter = pattern.sub("", rest)
            count, rest = len(rest) - len(shorter), shorter
            if weight is None:
                seen -= count
            elif weight == "lost":
                if skip_lost:
                    seen -= count
                else:
                    total -= 3.0 * count
            else:
                total += weight * count
        for char in rest:
            total += chardata._char_score(char, frozenset())
        return total, seen

    rng = random.Random(20)
    latin = [chr(c) for c in range(256)]
    texts = ["".join(rng.choice(latin) for _ in range(rng.randint(400, 900))) for _ in range(200)]
    texts += [
        "他说“万山红遍”。".encode().decode("latin-1") * 40,
        ("ab 12\t·\xa0\x85" * 100),
        "中文" * 300,
        "中文" * 200 + "\ufffd" * 10 + "ÃÂ" * 100,
    ]
    for text in texts:
        for skip_lost in (False, True):
            assert chardata.cjk_totals(text, skip_lost=skip_lost) == reference(text, skip_lost)


def test_lines_checked_for_mojibake_are_those_the_line_loop_would_repair():
    """Only lines with a trace of mojibake are asked; every line the gate passes is one."""
    from zhclean.report import Report
    from zhclean.stages import repair

    def reference(text: str, report: Report) -> str:  # the loop over every line
        lines = text.split("\n")
        for i, line in enumerate(lines):
            for _ in range(repair.LINE_ROUNDS):
                if len(line.strip()) < 2 or not mojibake.might_be_mojibake(line):
                    break
                fixed, path = repair._repair_line(line, True)
                if not path or fixed == line:
                    break
                report.add(repair._code(path, "ZH111"), line=i + 1, before=line, after=fixed)
                line = lines[i] = fixed
        return "\n".join(lines)

    rng = random.Random(21)
    pieces = [
        "正文第一段，说明情况。",
        "他说¡°ÍòÉ½ºì±é¡±。",
        "ÎÒÃÇÖÕÓÚ³É¹¦ÁË£¡",
        "浠ｇ爜澶у叏",
        "歷史經(jīng)驗",
        "缺字\ufffd一个",
        "铿锵有力",
        "Le cafÃ© est fermÃ©",
        "",
        "a",
        "张三·李四",
    ]
    for _ in range(300):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        lines = text.split("\n")
        gated = [i for i, line in enumerate(lines) if mojibake.might_be_mojibake(line)]
        assert set(gated) <= set(repair._traced_lines(text)), repr(text)
        mine, theirs = Report(), Report()
        assert repair._repair_lines(text, mine, lambda code: True) == reference(text, theirs)
        assert [(e.code, e.line, e.after) for e in mine.events] == [
            (e.code, e.line, e.after) for e in theirs.events
        ]


def test_display_width_as_the_count_of_wide_characters():
    from zhclean.stages import page_shape

    rng = random.Random(22)
    alphabet = "ab 中文，。Ａ가\u3000\U00020001ｱ\t"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for text in texts + _texts(22, 500):
        expected = len(text) + len(page_shape.WIDE_RE.findall(text))
        assert page_shape.display_width(text) == expected, repr(text)


def _spaced_texts(seed: int, count: int) -> list[str]:
    """Texts of ideographs, Latin letters, newlines and every kind of horizontal space."""
    from zhclean.chardata import HORIZONTAL_SPACE

    rng = random.Random(seed)
    alphabet = "中文aZ\n。" + HORIZONTAL_SPACE + "  "
    texts = ["", " ", "\n", " \n", "\n ", "中 a", "a 中", "中  a"]
    for _ in range(count):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    return texts


def test_layout_space_tests_as_the_patterns():
    """Layout's substring tests answer as the patterns they stand for."""
    import re

    from zhclean.chardata import HORIZONTAL_SPACE, SPACE_RUN_RE
    from zhclean.stages import layout

    han_latin = re.compile("[\u4e00-\u9fff] [A-Za-z]|[A-Za-z] [\u4e00-\u9fff]")
    for text in _spaced_texts(17, 20000):
        assert layout._unfolded(text) == bool(layout.UNFOLDED_RE.search(text)), repr(text)
        assert bool(layout.HAN_LATIN_SPACE_RE.search(text)) == bool(han_latin.search(text))
        assert layout._other_space(text) == any(c in text for c in HORIZONTAL_SPACE[1:])
        # A page with no run of spaces and no other space: folding changes no line.
        if "  " not in text and not layout._other_space(text):
            assert SPACE_RUN_RE.sub(" ", text) == text


def test_detect_script_as_the_sample_of_ideographs():
    """The scan of the text's start answers as the sample of its ideographs did."""
    from zhclean.chardata import han_only
    from zhclean.stages import script

    def by_sample(text: str) -> str | None:
        han = han_only(text[: script.SAMPLE * 3])[: script.SAMPLE]
        if not han:
            return "none"
        if len(script._traditional_re().findall(han, 0, script.SAMPLE)) < 2:
            return "simplified"
        return None  # OpenCC decides, as before

    rng = random.Random(18)
    alphabet = "中文这个国家們個國這abc 1，。\n𠀀"
    texts = ["", "abc", "們", "們個", "a們b", "中" * 5000 + "們個", "a" * 4499 + "們個"]
    for _ in range(5000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    for text in texts:
        expected = by_sample(text)
        if expected is not None:
            assert script.detect_script(text) == expected, repr(text)


def test_line_room_of_a_config_as_of_its_rules():
    """A Config's ``on`` gets the room its rules select, as any ``on`` that answers alike."""
    from zhclean.config import Config
    from zhclean.lexicon import load_lexicon
    from zhclean.stages.boilerplate.line import line_room

    lexicon = load_lexicon()
    for config in (Config(), Config(ignore=("ZH303",)), Config(select=("ZH30",))):
        by_config = line_room(lexicon, config.on)
        assert by_config is line_room(lexicon, Config(**_fields(config)).on)
        assert by_config is line_room(lexicon, lambda code, c=config: code in c.enabled)


def _fields(config) -> dict:
    return {"select": config.select, "ignore": config.ignore}


def test_boilerplate_stops_at_the_deadline_it_reads():
    """The stage reads the report's deadline itself: past it, the document stops there."""
    import pytest

    from zhclean.report import Report, TimeBudgetExceeded
    from zhclean.stages.boilerplate import boilerplate

    text = "标题\n首页 > 新闻 > 正文\n正文第一段。\n"
    report = Report()
    report.deadline = 0.0  # long past
    with pytest.raises(TimeBudgetExceeded):
        boilerplate(text, report, lambda code: True)
    assert boilerplate(text, Report(), lambda code: True) == "标题\n正文第一段。\n"


def test_promo_blocks_gate_as_searching_every_block(monkeypatch):
    """The search of a block's own lines for ad copy gives what reading every block does."""
    from zhclean.lexicon import Lexicon
    from zhclean.report import Report
    from zhclean.stages.boilerplate import boilerplate

    rng = random.Random(19)
    slogans = [
        "某某造价之家",
        "来某某学安装造价",
        "1个月就能掌握实操技能",
        "独立做造价了！",
        "某某校区",
        "东校区",
        "西校区",
        "免费试学",
        "联系我们",
        "首页",
        "abc校区",
    ]
    body = ["经过八个月的施工，位于城东的市民公园改造工程日前正式完工并向市民开放。"] * 3
    pages = []
    for _ in range(200):
        block = [rng.choice(slogans) for _ in range(rng.randint(0, 6))]
        lines = [*block, *body] if rng.random() < 0.5 else [*body, *block]
        pages.append("\n".join(["标题在这里", *lines]) + "\n")

    def clean_all() -> tuple[list[str], int]:
        outs, found = [], 0
        for page in pages:
            report = Report()
            outs.append(boilerplate(page, report, lambda code: True))
            found += any(event.detector == "promo_blocks" for event in report.events)
        return outs, found

    gated, found = clean_all()
    assert found >= 10  # blocks were found: the comparison below is not empty
    contains = Lexicon.contains
    monkeypatch.setattr(
        Lexicon,
        "contains",
        lambda self, kind, folded: kind == "promo_phrases" or contains(self, kind, folded),
    )
    assert clean_all()[0] == gated


def test_body_span_remembered_as_placed_afresh():
    """The span remembered while no verdict changes is the span placed afresh, verdicts given
    and taken back in between."""
    from zhclean.stages.boilerplate.body import _placed_span, body_span
    from zhclean.stages.boilerplate.features import Item

    rng = random.Random(20)
    shapes = [
        "标题在这里",
        "经过八个月的施工，位于城东的市民公园改造工程日前正式完工。",
        "首页",
        "相关阅读",
    ]
    for _ in range(300):
        items = [
            Item(n, text, text)
            for n, text in enumerate((rng.choice(shapes) for _ in range(rng.randint(1, 12))), 1)
        ]
        for _ in range(6):
            assert body_span(items) == _placed_span(items)
            assert body_span(items) == _placed_span(items)  # remembered
            item = rng.choice(items)
            if rng.random() < 0.5:
                item.mark(rng.choice(["ZH304", "ZH303", "ZH305"]), rng.choice([1, 2]), "x")
            else:
                item.clear()


def test_mojibake_gate_remembered_as_asked_afresh():
    """The last long text's gate, kept, is the gate asked afresh (equal texts, other texts)."""
    texts = [t * 40 for t in _texts(21, 200)]
    rng = random.Random(21)
    for _ in range(1000):
        text = rng.choice(texts)
        assert mojibake.might_be_mojibake(text) == mojibake._might_be_mojibake(text)
        assert mojibake.might_be_mojibake(str(text)) == mojibake._might_be_mojibake(text)


def test_code_marks_found_as_by_the_alternation():
    """The class-first pattern for a command's marks finds what the alternation found."""
    import re

    from zhclean.stages.boilerplate.guards import CODE_MARK_RE

    alternation = re.compile(r"(?:-[A-Za-z]|[\\&|>#$=])[^\n]*")
    rng = random.Random(22)
    alphabet = "ab-Z中\n\\&|>#$= -x--"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        spans = [m.span() for m in CODE_MARK_RE.finditer(text)]
        assert spans == [m.span() for m in alternation.finditer(text)], repr(text)


def test_lost_characters_gate_as_the_pattern():
    """A text the substring tests pass over holds nothing the pattern of lost text finds."""
    from zhclean.stages import repair

    rng = random.Random(23)
    alphabet = "锟斤拷烫屯\ufffda中"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if not repair._may_have_lost(text):
            assert not repair.IRRECOVERABLE_RE.search(text), repr(text)


def test_ends_sentence_as_the_pattern():
    """The test of a line's end answers as the sentence-end pattern searched along it."""
    from zhclean.chardata import CLOSERS, SENTENCE_END, SENTENCE_END_RE, ends_sentence

    rng = random.Random(24)
    alphabet = SENTENCE_END + CLOSERS + "中a\n "
    for _ in range(50000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert ends_sentence(text) == bool(SENTENCE_END_RE.search(text)), repr(text)


def test_stray_tails_read_at_the_end_as_along_the_line():
    """The tail patterns searched from a line's last few characters match as along it."""
    from zhclean.stages import page_shape as ps

    rng = random.Random(25)
    alphabet = "。！?中文abZ\n "
    for _ in range(50000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        for pattern, reach in (
            (ps.STRAY_TAIL_RE, ps.STRAY_TAIL_MAX),
            (ps.STRAY_HAN_TAIL_RE, ps.STRAY_HAN_MAX),
        ):
            assert bool(pattern.search(text, len(text) - reach)) == bool(pattern.search(text))
