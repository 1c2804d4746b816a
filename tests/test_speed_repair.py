"""The repair stage's shortcuts (issue 15): each gives what the full search gives, and each is
taken where it should be. No timings here: speed is the benchmark's."""

from __future__ import annotations

import contextlib
import random
import re

import pytest

from zhclean import mojibake
from zhclean.chardata import common_han

LATIN1_RE = re.compile("[\u0080-\u00ff]")
PHRASES = ["今天天气很好", "我们明天去图书馆", "中国人", "代码大全", "成功了！", "“万山红遍”，"]


def _mojibake_texts(seed: int, count: int) -> list[str]:
    """Chinese text (everyday, with now and then a rare ideograph or a symbol) read through
    each wrong codec, whole or in part."""
    rng = random.Random(seed)
    rare = "砺礴笃赓纾▲〔〕·①"
    wrong = [("utf-8", "latin-1"), ("utf-8", "cp1252"), ("gbk", "latin-1"), ("utf-8", "gbk")]
    wrong += [("big5", "latin-1"), ("utf-8", "big5")]
    texts = []
    for _ in range(count):
        words = [rng.choice(PHRASES) for _ in range(rng.randint(1, 6))]
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words) + 1), rng.choice(rare))
        text = "".join(words)
        source, reader = rng.choice(wrong)
        try:
            damaged = text.encode(source).decode(reader, errors="replace")
        except UnicodeEncodeError:
            continue
        texts.append(damaged)
        texts.append("ab " + damaged[: len(damaged) // 2] + text[:3])
    return texts


def test_no_text_scores_above_perfect():
    common = sorted(common_han())[:200]
    rng = random.Random(3)
    alphabet = common + list("·①▲砺ÃÂ¡°€\ufffd\x85 a1，。") + ["\U00020000"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 500)))
        assert mojibake.score(text) <= mojibake.PERFECT
    assert mojibake.score("我们，。") == mojibake.PERFECT


def test_best_repair_as_the_full_search(monkeypatch):
    texts = _mojibake_texts(15, 400)
    fast = [mojibake.best_repair(t) for t in texts] + [mojibake.best_repair(t, 1) for t in texts]
    monkeypatch.setattr(mojibake, "PERFECT", float("inf"))  # never stop early: the full search
    full = [mojibake.best_repair(t) for t in texts] + [mojibake.best_repair(t, 1) for t in texts]
    assert fast == full
    assert sum(1 for _, path in fast if path) > len(texts) // 2  # repairs were found


def test_a_perfect_reading_ends_the_search(monkeypatch):
    """UTF-8 read as Latin-1, whose first fitting family reads as everyday text: ftfy's pass
    over the text (and the later families') is never made."""

    def refused(text: str) -> str:
        raise AssertionError("ftfy asked after a perfect reading")

    monkeypatch.setattr(mojibake, "ftfy_encoding", refused)
    text = "今天天气很好，我们明天去图书馆。".encode().decode("latin-1")
    assert mojibake.best_repair(text) == ("今天天气很好，我们明天去图书馆。", ["utf8-as-latin1"])


def test_a_text_above_every_reading_is_not_read_again(monkeypatch):
    """A text that already scores within the margin of a perfect score: no family is tried."""
    monkeypatch.setattr(mojibake, "_readings", pytest.fail)
    assert mojibake.best_repair("我们在°C的天气里") == ("我们在°C的天气里", [])


def _western_texts(seed: int, count: int) -> list[str]:
    """Texts for ftfy: UTF-8 read as Latin-1 or CP1252 (once or twice), with and without the
    characters ftfy's bad sequences are made of, and text that is no mojibake at all."""
    rng = random.Random(seed)
    extras = "·…—“”°×±é€ÃÂ¡\u00a0\x85¤ § ½ Ø ™ ‚ ƒ \ufffd 한글 ÐÑ café"
    texts = ["", "abc", "café", "Le cafÃ© est fermÃ©", "voilÃ le travail", "sÃ³"]
    for _ in range(count):
        words = [rng.choice(PHRASES) for _ in range(rng.randint(1, 5))]
        for _ in range(rng.randint(0, 2)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(extras.split(" ")))
        text = "".join(words)
        data = text.encode("utf-8")
        for reader in ("latin-1", "cp1252"):
            once = data.decode(reader, errors="replace")
            texts += [once, text, once[: rng.randint(0, len(once))]]
            with contextlib.suppress(UnicodeDecodeError):  # encoded twice
                texts.append(once.encode("utf-8").decode(reader))
    return texts


def test_western_fix_as_ftfy():
    import ftfy

    from zhclean import western

    for text in _western_texts(21, 600):
        # A text without a Latin-1 character is never given to ftfy (as before this change).
        plain = ftfy.fix_encoding(text, western.ftfy_config()) if LATIN1_RE.search(text) else text
        assert western.fix_encoding(text) == plain


def test_needed_class_holds_a_character_of_every_bad_sequence():
    """Every match of ftfy's badness pattern, on texts made of the pattern's own characters
    and Chinese, holds a character of the needed class."""
    from ftfy.badness import BADNESS_RE

    from zhclean import western

    needed = western._needed_re()
    assert needed is not None
    alphabet = [chr(c) for c in range(0x80, 0x250)] + list("·…—“”‘’•€™№√≈‚Äâó中文，。 aZ.?!\n")
    alphabet += list("ВГРСвЂΒΓΞΟβĀā│┌▀░◊")
    rng = random.Random(5)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        for match in BADNESS_RE.finditer(text):
            found += 1
            assert needed.search(match.group()), repr(match.group())
    assert found > 1000


def test_a_page_of_utf8_read_as_latin1_is_settled_without_ftfy(monkeypatch):
    """ftfy is not asked to fix a page whose Latin-1 bytes are UTF-8 reading as Chinese with
    none of the characters of ftfy's bad sequences (its usual quotes, dots and dashes are
    not among them)."""
    import ftfy

    from zhclean import western

    def refused(*args: object, **kwargs: object) -> str:
        raise AssertionError("ftfy.fix_encoding asked")

    monkeypatch.setattr(ftfy, "fix_encoding", refused)
    text = "“今天天气很好”……我们·明天——去图书馆。\n" * 50
    assert western.fix_encoding(text.encode().decode("latin-1")) == text


def test_latin1_pages_score_and_count_as_their_characters_taken_out():
    """Bit for bit: a page of Latin-1 characters scored on its bytes gives the score of its
    non-ASCII characters taken out first; its everyday and rare counts are the regexes'."""
    from zhclean.chardata import cjk_totals, everyday_re, rare_han_re

    rng = random.Random(9)
    alphabet = [chr(c) for c in range(0x100)] + ["中", "\ufffd"]
    texts = [t.encode().decode("latin-1") for t in PHRASES * 80]
    for _ in range(400):
        size = rng.choice([5, 399, 400, 401, 1500])
        pool = alphabet[:0x100] if rng.random() < 0.8 else alphabet
        texts.append("".join(rng.choice(pool) for _ in range(size)))
    latin1 = 0
    for text in texts:
        plain = cjk_totals(mojibake._non_ascii(text), skip_lost=True)
        assert mojibake._totals(text) == plain
        score = plain[0] / plain[1] if plain[1] else 0.0
        assert mojibake.score(text) == score
        assert mojibake.everyday_count(text) == len(text) - len(everyday_re().sub("", text))
        assert mojibake._rare_count(text) == len(rare_han_re().findall(text))
        latin1 += mojibake._is_latin1(text)
    assert latin1 > len(texts) // 2


def test_a_latin1_page_is_scored_without_taking_its_ascii_out(monkeypatch):
    text = ("ab " + "今天天气很好，我们明天去图书馆。" * 40).encode().decode("latin-1")
    monkeypatch.setattr(mojibake, "_non_ascii", pytest.fail)
    monkeypatch.setattr(mojibake, "everyday_re", pytest.fail)
    assert mojibake.score(text) < 0  # Latin-1 letters and C1 controls score low
    assert mojibake.everyday_count(text) == 0


def test_ascii_classes_hold_only_ascii_and_are_not_scanned_in_text_without_it():
    from zhclean import chardata

    classes = chardata._score_classes()
    beyond = "".join(chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c <= 0xDFFF)
    for index in chardata.ASCII_CLASSES:
        assert classes[index][1].search(beyond) is None
        assert classes[index][1].search("a1 ") is not None

    class Refused:
        def sub(self, *args: object) -> str:
            raise AssertionError("an ASCII class scanned")

    refusing = [
        (weight, Refused() if i in chardata.ASCII_CLASSES else pattern)
        for i, (weight, pattern) in enumerate(classes)
    ]
    text = mojibake._non_ascii("ab 今天砺礴·ÃÂ\ufffd\u3000，" * 50)
    assert chardata._class_counts(text, refusing, chardata.ASCII_CLASSES) == (
        chardata._class_counts(text, classes)
    )
    for sample in _mojibake_texts(4, 200) + [text]:
        bare = mojibake._non_ascii(sample * 40)
        assert chardata.cjk_totals(bare, ascii_free=True) == chardata.cjk_totals(bare)


def _costs_as_the_line_loop(path) -> dict[int, tuple[str, bytes]]:
    """words._read_costs as it was: line by line, a regex per character, a cost per word."""
    import math

    from zhclean import words
    from zhclean.chardata import is_han

    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            word, _, rest = line.partition(" ")
            if 1 <= len(word) <= 4 and all(is_han(ch) for ch in word):
                count = int(rest.split(" ", 1)[0])
                if count >= (1 if len(word) == 1 else words.MIN_FREQUENCY):
                    counts[word] = counts.get(word, 0) + count
    total = math.log(sum(counts.values()) or 1)
    tables = {}
    for size in (1, 2, 3, 4):
        found = sorted(w for w in counts if len(w) == size)
        scale = words.COST_SCALE
        costs = bytes(min(255, round((total - math.log(counts[w])) * scale)) for w in found)
        tables[size] = ("".join(found), costs)
    return tables


def test_word_costs_as_the_line_loop(tmp_path, monkeypatch):
    """jieba's dictionary read in one scan gives the tables the line loop gave, on jieba's
    own file and on one with the lines it must leave out (long, Latin, spaced, no tag)."""
    from zhclean import words

    made = tmp_path / "dict.txt"
    made.write_text(
        "方法 120 n\n方 30 n\n人们 8 r\n法人 2 n\n一二三四五 9 m\nab 50 eng\n中文 7\n"
        "方法 5 n\n甲乙丙丁 4 n\n\n乙 1\n𠀀 3 x\n中a 9 n\n 7 x\n",
        "utf-8",
    )
    for path in [made, words._dictionary()]:
        if path is None:
            continue
        monkeypatch.setattr(words, "_dictionary", lambda path=path: path)
        assert words._read_costs() == _costs_as_the_line_loop(path)


def test_word_costs_ask_no_regex_per_character(tmp_path, monkeypatch):
    from zhclean import words

    made = tmp_path / "dict.txt"
    made.write_text("方法 120 n\n方 30 n\n", "utf-8")
    monkeypatch.setattr(words, "_dictionary", lambda: made)
    monkeypatch.setattr(words, "is_han", pytest.fail)
    assert words._read_costs()[2][0] == "方法"
