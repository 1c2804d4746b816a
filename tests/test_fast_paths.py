"""The fast paths of issue 15 give what the plain ways give, on random and edge inputs."""

from __future__ import annotations

import random
import re

from zhclean.chardata import _SUSPECT_RE, PINYIN_GLOSS_RE, has_suspect_chars, rare_run_re
from zhclean.misread import gbk_units, gbk_units_walk
from zhclean.mojibake import might_be_mojibake
from zhclean.stages.decode import _has_utf8_line

_RNG_SEED = 15


def _texts(alphabet: list[str], count: int, longest: int) -> list[str]:
    rng = random.Random(_RNG_SEED)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def test_gbk_units_match_the_walk() -> None:
    # Characters that leave a UTF-8 sequence pending in GBK bytes (°, ±, ×), that pass one
    # on (à, é, ·, ¨), that close it (ASCII, four-byte forms), and printable ASCII runs.
    alphabet = list("中文ä¸­åé°±·¨¤§×÷àèabc ,.!~\n\t啊鍟") + ["浠ｇ爜", "鎴戜滑", "ÃÂ", "ï¼", "€"]
    for text in _texts(alphabet, 20000, 30):
        assert gbk_units(text) == gbk_units_walk(text), text


_CLEAN_LINE_RE = re.compile("^[^\n\udc80-\udcff]*$", re.M)


def _has_utf8_line_plain(data: bytes) -> bool:
    text = data.decode("utf-8", "surrogateescape")
    return any(not match.group().isascii() for match in _CLEAN_LINE_RE.finditer(text))


def test_utf8_line_search_matches_the_decoder() -> None:
    pieces = [
        "中文".encode(),
        "中文".encode("gbk"),
        b"abc",
        b"\n",
        b"\r\n",
        b"\x80",
        b"\xff",
        b"\xed\xa0\x80",  # a surrogate: not UTF-8
        b"\xf4\x90\x80\x80",  # past U+10FFFF
        b"\xc0\xaf",  # overlong
        b"\xe0\x80\x80",
        b"\xf0\x9f\x98\x80",
        b"\xc2",
        b"\xe4\xb8",
    ]
    rng = random.Random(_RNG_SEED)
    for _ in range(20000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _has_utf8_line(data) == _has_utf8_line_plain(data), data


_SUSPECT_RUN_PLAIN = re.compile(f"(?:{_SUSPECT_RE.pattern}[ -~—–“”‘’…•]?){{2,}}")


def test_suspect_runs_and_gate_match_the_plain_tests() -> None:
    alphabet = list("中文张三·李四é ¡°ÍòÉ½Ã¤Â¸Â­(chuàng)（yàn）浠鎴鍟—“”\ufffd")
    for text in _texts(alphabet, 20000, 20):
        plain = "\ufffd" in text or bool(_SUSPECT_RUN_PLAIN.search(text))
        assert has_suspect_chars(text) == plain, text
        without_glosses = PINYIN_GLOSS_RE.sub("", text)
        plain = (
            "\ufffd" in without_glosses
            or bool(_SUSPECT_RUN_PLAIN.search(without_glosses))
            or bool(rare_run_re().search(without_glosses))
        )
        assert might_be_mojibake(text) == plain, text
