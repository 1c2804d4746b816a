"""Decode: BOMs, strict UTF-8, legacy codecs scored, UTF-16/32, binary and empty files."""

from __future__ import annotations

import pytest

from zhclean import clean_bytes
from zhclean.report import Report
from zhclean.stages.decode import decode

SIMPLIFIED = "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。这首诗写的是春天早晨的景色。\n"
TRADITIONAL = "國際貿易會議將於明年舉行，各國代表紛紛表示歡迎與支持。\n"


@pytest.mark.parametrize(
    ("codec", "text", "expected"),
    [
        ("gb18030", SIMPLIFIED, "gb18030"),
        ("gbk", SIMPLIFIED, "gb18030"),
        ("gb2312", SIMPLIFIED, "gb18030"),
        ("big5", TRADITIONAL, "big5hkscs"),
        ("utf-8", SIMPLIFIED, "utf-8"),
    ],
)
def test_legacy_codecs_are_read_as_their_supersets(codec, text, expected):
    decoded = decode(text.encode(codec), Report())
    assert decoded.text == text
    assert decoded.encoding == expected


@pytest.mark.parametrize(
    "codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_utf16_and_utf32_with_or_without_bom(codec):
    decoded = decode(SIMPLIFIED.encode(codec), Report())
    assert decoded.text == SIMPLIFIED


def test_utf8_bom_is_removed_and_reported():
    report = Report()
    decoded = decode(b"\xef\xbb\xbf" + SIMPLIFIED.encode(), report)
    assert decoded.text == SIMPLIFIED
    assert "ZH101" in report.counts()


def test_crlf_and_cr_become_lf():
    report = Report()
    assert decode("一\r\n二\r三".encode(), report).text == "一\n二\n三"
    assert report.counts()["ZH103"] == 2


def test_binary_signatures_are_skipped():
    result = clean_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert result.status == "skipped" and result.text is None
    assert "PNG" in result.error
    assert result.counts == {"ZH901": 1}


def test_nul_heavy_bytes_are_not_text():
    result = clean_bytes(bytes([0, 1, 2, 3, 0, 0, 7, 0]) * 50)
    assert result.text is None and result.status == "skipped"


def test_empty_file_is_skipped_with_a_reason():
    result = clean_bytes(b"")
    assert result.status == "skipped" and result.error == "empty file"


def test_bytes_no_codec_decodes_are_an_error_not_replaced():
    # Lone lead bytes and trail bytes that no CJK codec (nor UTF-8) accepts.
    result = clean_bytes(b"\x81\xff\xfe\x80\xff\x81" * 20)
    assert result.text is None
    assert result.status in ("error", "skipped")
    assert result.error


def test_gbk_pages_full_width_space_bytes_read_as_browsers_show_them():
    # Old GBK editors indent with the bytes A3 A0, which Python's codec reads as the
    # private-use U+E5E5 and browsers show as a full-width space (WHATWG index gb18030).
    indent = bytes.fromhex("a3a0a3a0")
    data = b"".join(indent + line.encode("gbk") + b"\n" for line in SIMPLIFIED.split("\n")[:1] * 3)
    result = clean_bytes(data)
    assert result.encoding == "gb18030"
    assert "\ue5e5" not in result.text
    assert result.text.split("\n")[0] == SIMPLIFIED.split("\n")[0]
