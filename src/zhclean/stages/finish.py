"""Stage 7, finish: NFC (ZH601) and exactly one final newline (ZH602); none for an empty text.

>>> from zhclean.report import Report
>>> report = Report()
>>> finish("正文", report, lambda c: True, final_newline=False), report.counts()
('正文\\n', {'ZH602': 1})
>>> finish("正文", Report(), lambda c: c != "ZH602", final_newline=False)   # rule off: kept as is
'正文'
>>> finish("", Report(), lambda c: True)
''

Blank lines at the edges are layout's business (ZH401): what layout kept, finish keeps.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ..report import Report


def nfc(text: str, report: Report, on: Callable[[str], bool]) -> str:
    """NFC (ZH601). Run before boilerplate and script too, which judge the characters:
    ``閨\ufa63`` is Traditional only once its compatibility ideograph is composed."""
    if on("ZH601") and not unicodedata.is_normalized("NFC", text):
        normalized = unicodedata.normalize("NFC", text)
        report.add("ZH601", count=sum(a != b for a, b in zip(text, normalized, strict=False)) or 1)
        return normalized
    return text


def finish(text: str, report: Report, on: Callable[[str], bool], final_newline: bool = True) -> str:
    """``text`` is lines joined by LF (no final newline: layout's output); ``final_newline``
    says whether the input ended with one (then adding it is no change)."""
    text = nfc(text, report, on)
    if not text.strip():
        # Nothing but blank lines: an empty page, unless blank lines are to be kept (ZH401 off).
        if on("ZH401"):
            return ""
        return text + "\n" if final_newline else text
    if final_newline:
        return text + "\n"
    if on("ZH602"):
        report.add("ZH602")
        return text + "\n"
    return text
