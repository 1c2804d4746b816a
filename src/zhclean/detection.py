"""What a file is, without cleaning it: encoding, script, mojibake (``zhclean detect``).

>>> d = detect_bytes("¡°ÍòÉ½ºì±é¡±".encode("utf-8"))
>>> d.encoding, d.mojibake
('utf-8', ['gbk-as-latin1'])
>>> detect_bytes("經濟發展".encode("big5")).script
'traditional'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .report import Report
from .stages.decode import decode
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

    def to_dict(self) -> dict:
        return asdict(self)


def detect_bytes(data: bytes) -> Detection:
    report = Report()
    decoded = decode(data, report)
    if decoded.text is None:
        status = "error" if decoded.error_code == "ZH902" else "skipped"
        return Detection(status, error=decoded.error)
    repaired = repair(decoded.text, report, lambda code: True)
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
        encoding=decoded.encoding,
        confidence=decoded.confidence,
        script=detect_script(repaired),
        mojibake=sorted(set(families)),
        mojibake_lines=lines,
        lost_characters=report.counts().get("ZH120", 0),
    )
