"""Stage 7, finish: NFC, LF, exactly one trailing newline (none for an empty text).

>>> from zhclean.report import Report
>>> finish("正文\\n\\n", Report(), lambda c: True)
'正文\\n'
>>> finish("", Report(), lambda c: True)
''
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ..report import Report


def finish(text: str, report: Report, on: Callable[[str], bool]) -> str:
    if on("ZH601") and not unicodedata.is_normalized("NFC", text):
        normalized = unicodedata.normalize("NFC", text)
        report.add("ZH601", count=sum(a != b for a, b in zip(text, normalized, strict=False)) or 1)
        text = normalized
    body = text.strip("\n")
    if not body.strip():
        return ""
    return body + "\n"
