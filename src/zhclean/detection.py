"""What a file is, without cleaning it: encoding, script, mojibake (``zhclean detect``).

>>> d = detect_bytes("¡°ÍòÉ½ºì±é¡±".encode("utf-8"))
>>> d.encoding, d.mojibake
('utf-8', ['gbk-as-latin1'])
>>> detect_bytes("經濟發展".encode("big5")).script
'traditional'

A page or a feed is read as ``clean`` reads it (its declared charset checked against
the bytes, then its visible text):

>>> d = detect_bytes('<meta charset="gb2312"><p>经济发展。</p>'.encode("gbk"), MarkupHint(likely=True))
>>> d.source, d.encoding, d.encoding_from, d.script
('html', 'gb18030', 'meta', 'simplified')
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .report import Report
from .stages.decode import decode
from .stages.markup import MarkupHint, markup
from .stages.repair import repair
from .stages.script import detect_script


@dataclass
class Detection:
    status: str  # "text", or "skipped"/"error" with the reason in ``error``
    encoding: str | None = None
    confidence: float = 0.0
    script: str | None = None
    mojibake: list[str] = field(default_factory=list)  # families found (whole text or lines)
    mojibake_lines: int = 0
    lost_characters: int = 0  # U+FFFD, 锟斤拷... that no repair can bring back
    error: str | None = None
    source: str = "text"  # or html, feed: a page read into its visible text
    encoding_from: str | None = None  # a page's: bom, http, meta, xml, detected

    def to_dict(self) -> dict:
        return asdict(self)


def detect_bytes(data: bytes, hint: MarkupHint | None = None) -> Detection:
    report = Report()
    page = markup(data, report, hint)
    if page is not None:
        text, encoding, confidence, error = page.text, page.encoding, page.confidence, page.error
        failed = page.error_code
    else:
        decoded = decode(data, report)
        text, encoding, confidence = decoded.text, decoded.encoding, decoded.confidence
        error, failed = decoded.error, decoded.error_code
    if text is None:
        status = "error" if failed == "ZH902" else "skipped"
        return Detection(status, error=error, source=page.source if page else "text")
    repaired = repair(text, report, lambda code: True)
    families: list[str] = []
    lines = 0
    for event in report.events:
        if event.code == "ZH110" and event.before:
            families.extend(event.before.split("+"))
        elif event.code == "ZH111":
            lines += 1
    families.extend(report.families)
    return Detection(
        "text",
        encoding=encoding,
        confidence=confidence,
        script=detect_script(repaired),
        mojibake=sorted(set(families)),
        mojibake_lines=lines,
        lost_characters=report.counts().get("ZH120", 0),
        source=page.source if page else "text",
        encoding_from=page.encoding_origin if page else None,
    )
