"""A page's encoding: BOM, then the HTTP header, <meta>, the XML declaration, each checked
against the bytes (declared charsets lie), then the decode stage's detection."""

from __future__ import annotations

from zhclean.html.charset import declared_charsets, decode_page
from zhclean.html.page import read_page
from zhclean.report import Report

TEXT = "镕基说：“喆”是一个生僻字，这段文字用来检验页面的编码。" * 3


def page(meta: str = "", body: str = TEXT, decl: str = "") -> str:
    return f"{decl}<html><head>{meta}<title>page</title></head><body><p>{body}</p></body></html>"


def decoded(data: bytes, http: str | None = None):
    return decode_page(data, Report(), http)


def test_meta_charset_and_http_equiv_are_read():
    assert declared_charsets(b'<meta charset="GBK">') == [("meta", "gbk")]
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=big5" />'
    assert declared_charsets(http_equiv) == [("meta", "big5")]
    xml = b'<?xml version="1.0" encoding="GB2312"?><rss>'
    assert declared_charsets(xml) == [("xml", "gb2312")]
    assert declared_charsets(b"<p>", "text/html; charset=UTF-8") == [("http", "utf-8")]


def test_gb2312_declared_with_gbk_bytes_reads_as_gb18030():
    # 镕 and 喆 are GBK, not GB2312: a strict GB2312 decode would fail on them.
    data = page('<meta charset="gb2312">').encode("gbk")
    result = decoded(data)
    assert result.encoding == "gb18030" and result.origin == "meta"
    assert "镕基" in result.text and "喆" in result.text


def test_utf8_declared_but_not_utf8_falls_to_detection():
    data = page('<meta charset="utf-8">').encode("gbk")
    result = decoded(data)
    assert result.encoding == "gb18030" and result.origin == "detected"
    assert result.declared == "utf-8" and "镕基" in result.text


def test_legacy_declared_but_utf8_bytes_are_utf8():
    data = page('<meta charset="gb2312">').encode("utf-8")
    result = decoded(data)
    assert result.encoding == "utf-8" and result.declared == "gb2312"


def test_big5_declared_with_gbk_bytes_is_passed_over():
    data = page(
        '<meta charset="big5">', body="这是简体中文的网页正文，声明的编码却是繁体的。" * 4
    ).encode("gbk")
    result = decoded(data)
    assert result.encoding == "gb18030" and result.declared == "big5"


def test_latin1_declared_on_a_chinese_page_is_passed_over():
    data = page('<meta charset="iso-8859-1">').encode("gbk")
    assert decoded(data).encoding == "gb18030"


def test_bom_wins_over_every_declaration():
    data = b"\xef\xbb\xbf" + page('<meta charset="gbk">').encode("utf-8")
    result = decoded(data, "text/html; charset=big5")
    assert result.origin == "bom" and result.text.startswith("<html>")
    utf16 = page('<meta charset="gbk">').encode("utf-16")  # with its BOM
    assert decoded(utf16).origin == "bom" and TEXT in decoded(utf16).text


def test_http_header_before_meta_and_meta_before_xml_declaration():
    big5 = page(
        '<meta charset="gbk">', body="這是繁體中文的網頁正文，用來檢驗編碼的優先次序。" * 3
    ).encode("big5")
    assert decoded(big5, "text/html; charset=big5").origin == "http"
    data = page('<meta charset="gbk">', decl='<?xml version="1.0" encoding="big5"?>').encode("gbk")
    assert decoded(data).origin == "meta"


def test_an_unknown_charset_name_is_passed_over():
    data = page('<meta charset="x-no-such-thing">').encode("gbk")
    result = decoded(data)
    assert result.encoding == "gb18030" and result.declared == "x-no-such-thing"


def test_undecodable_page_is_an_error_not_an_exception():
    result = read_page(b"<html><body>" + b"\xff\xfe\xfd\x80\x81" * 50 + b"</body></html>")
    assert result.text is None and result.error_code == "ZH902"
