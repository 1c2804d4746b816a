"""The pure core: bytes -> CleanResult, no I/O.

    >>> result = clean_bytes("標題\\n\\n正文。".encode("big5"))
    >>> result.text, result.encoding, result.script_in, result.script_out
    ('标题\\n正文。\\n', 'big5hkscs', 'traditional', 'simplified')

Stages run in the order data flows; each records its changes as events.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .config import Config
from .lexicon import Lexicon, load_lexicon
from .mojibake import might_be_mojibake
from .report import Event, Report, TimeBudgetExceeded
from .stages.boilerplate import boilerplate
from .stages.decode import decode
from .stages.finish import finish, nfc
from .stages.garble import garble, undouble
from .stages.layout import fold_space, layout
from .stages.markup import MarkupHint, markup
from .stages.repair import repair
from .stages.script import detect_script, detected_alike, script, script_aside

DEFAULT_CONFIG = Config()


@dataclass
class CleanResult:
    """What cleaning one document produced.

    ``status`` is ``cleaned`` (output differs from input), ``unchanged``,
    ``dropped`` (nothing of the author's text left: empty output), ``skipped``
    (not text, or empty) or ``error`` (no output).
    """

    text: str | None
    status: str
    encoding: str | None = None
    confidence: float = 0.0
    script_in: str | None = None
    script_out: str | None = None
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    lines_in: int = 0
    lines_out: int = 0
    warnings: list[dict] = field(default_factory=list)
    # A page read from markup: source (html, feed), title, where its encoding came from
    # and a declared charset the bytes contradicted (see zhclean.html).
    page: dict | None = None

    @property
    def counts(self) -> dict[str, int]:
        report = Report(self.events)
        return report.counts()

    @property
    def removed(self) -> list[Event]:
        return [e for e in self.events if e.removal]

    @property
    def data(self) -> bytes | None:
        return None if self.text is None else self.text.encode("utf-8")


class _Clock:
    """Runs a stage; adds its time to ``report.timings`` when the caller asked for timings."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.timings = report.timings

    def __call__(self, name: str, stage, *args):
        self.report.check_time()
        if self.timings is None:
            return stage(*args)
        start = time.perf_counter()
        try:
            return stage(*args)
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def _joins(report: Report) -> int:
    return sum(1 for event in report.events if event.code in ("ZH403", "ZH404"))


def _line_ending(text: str) -> str:
    """The line ending a text uses most: CRLF, CR or LF.

    >>> _line_ending("a\\r\\nb\\r\\nc\\n"), _line_ending("a\\rb")
    ('\\r\\n', '\\r')
    """
    crlf = text.count("\r\n")
    cr, lf = text.count("\r") - crlf, text.count("\n") - crlf
    return max((crlf, "\r\n"), (cr, "\r"), (lf, "\n"))[1]


def _count_lines(text: str) -> int:
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def _tidy(text: str, report: Report, on, clock: _Clock, lexicon: Lexicon | None = None) -> str:
    """Garble, NFC and whitespace: what boilerplate and script must see as a second clean
    would see it (composed characters, folded whitespace)."""
    text = clock("garble", garble, text, report, on, lexicon)
    text = clock("finish", nfc, text, report, on)
    text = clock("layout", fold_space, text, report, on)
    return clock("garble", undouble, text, report, on)


def clean_text(
    text: str,
    config: Config = DEFAULT_CONFIG,
    *,
    report: Report | None = None,
    script_hint: str | None = None,
    head: bool = True,
    tail: bool = True,
) -> CleanResult:
    """Clean an already-decoded text (the stages after decode).

    ``script_hint``, ``head`` and ``tail`` serve a block of a longer document: its
    script as decided on the document, and whether the block holds its start or end.
    """
    report = report if report is not None else Report()
    on = config.on
    original = text
    # A leading U+FEFF is a byte-order mark: removed (ZH101), or with ZH101 off set
    # aside and put back, so no later stage takes it for a stray invisible character.
    bom = ""
    if text.startswith("\ufeff"):
        text = text[1:]
        if on("ZH101"):
            report.add("ZH101")
        else:
            bom = "\ufeff"
    # CR and CRLF become LF (ZH103); with ZH103 off the stages still see LF lines and the
    # file's own line ending is put back at the end.
    newline = "\n"
    if "\r" in text:
        if on("ZH103"):
            report.add("ZH103", count=text.count("\r"))
        else:
            newline = _line_ending(text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    final_newline = text.endswith("\n")
    lexicon = load_lexicon(config.rule_files)
    clock = _Clock(report)
    text = clock("repair", repair, text, report, on)
    mark = len(report.events)
    text = _tidy(text, report, on, clock, lexicon)
    # Tidying can make work for repair: a control or a tag that split a mojibake run is
    # gone, "e\u0301Ï" composes to "éÏ", no-break spaces fold. Repair goes again while
    # tidying changed something, so that a second clean finds nothing more to repair
    # (once, nearly always; never on a page tidying left alone).
    for _ in range(3):
        if len(report.events) == mark:
            break
        again = clock("repair", repair, text, report, on, False)
        if again == text:
            break
        mark = len(report.events)
        text = _tidy(again, report, on, clock, lexicon)
    # Boilerplate matches lines on their Simplified reading when the page is Traditional:
    # decided once here, not again on each of its passes (a scan of the text each time).
    judged = text
    cut = (script_hint or detect_script(judged), head, tail)
    mark = len(report.events)
    text = clock("boilerplate", boilerplate, text, report, on, lexicon, config.repeated_lines, *cut)
    # A verdict may lean on a line that went (a counter next to a removed copy of the
    # title): what the stage keeps must be what it would keep on its own output, so it goes
    # again while it removes something (at most twice more; never on a page it left alone).
    for _ in range(2):
        if len(report.events) == mark:
            break
        mark = len(report.events)
        again = clock(
            "boilerplate", boilerplate, text, report, on, lexicon, config.repeated_lines, *cut
        )
        for event in report.events[mark:]:
            event.line = None  # numbers of the intermediate text would mislead
        if again == text:
            break
        text = again
    joins = _joins(report)
    text = clock("layout", layout, text, report, on, True, lexicon)
    # Rejoined paragraphs are new lines: what repair and boilerplate decide about them must
    # be what they would decide on a second run ("(张三ù" + "¡" reads as mojibake once
    # joined), so they and layout go again until nothing changes (rarely more than once;
    # never when nothing was joined).
    for _ in range(3):
        if _joins(report) == joins:
            break
        mark, joins = len(report.events), _joins(report)
        again = clock("repair", repair, text, report, on, False)
        if again != text:
            again = _tidy(again, report, on, clock, lexicon)
        again = clock(
            "boilerplate", boilerplate, again, report, on, lexicon, config.repeated_lines, *cut
        )
        again = clock("layout", layout, again, report, on, True, lexicon)
        again = clock("garble", undouble, again, report, on)
        for event in report.events[mark:]:
            event.line = None  # numbers of the intermediate text would mislead
        if again == text:
            break
        text = again
    converter = (config.opencc_config, config.target_script)
    # The script found for boilerplate holds for the text now when detection reads the same
    # (boilerplate and layout left its start alone, the usual case): not detected twice.
    detected = script_hint or (cut[0] if detected_alike(text, judged) else None)
    converted, script_in, script_out = clock(
        "script", script, text, report, on, *converter, detected
    )
    # Text that stays mojibake after repair (lossy runs nothing can bring back) changes
    # under OpenCC and can then read as another mojibake: repair and convert again until
    # it holds still, or a second clean would do it (rare: only converted text that still
    # looks like mojibake).
    for _ in range(2):
        if converted == text or not might_be_mojibake(converted):
            break
        text = converted
        again = clock("repair", repair, text, report, on, False)
        if again == text:
            break
        again = clock("garble", garble, again, report, on, lexicon)
        converted, _, _ = clock("script", script, again, report, on, *converter, script_in)
    text = converted
    text = clock("finish", finish, text, report, on, final_newline)
    report.check_time()
    if (text or not on("ZH401")) and (bom or newline != "\n"):
        text = bom + text.replace("\n", newline)
    if not text.strip():
        status = "dropped" if original.strip() else "unchanged"
        if status == "dropped":
            report.add("ZH905")
    else:
        status = "unchanged" if text == original else "cleaned"
    events = report.events
    if not config.keep_removed_text:
        for event in events:
            event.text = event.before = event.after = None
    return CleanResult(
        text=text,
        status=status,
        encoding="utf-8",
        confidence=1.0,
        script_in=script_in,
        script_out=script_out,
        events=events,
        lines_in=_count_lines(original),
        lines_out=_count_lines(text),
        warnings=report.warnings,
    )


def clean_bytes(
    data: bytes,
    config: Config = DEFAULT_CONFIG,
    *,
    timings: dict[str, float] | None = None,
    hint: MarkupHint | None = None,
) -> CleanResult:
    """Clean the bytes of one file. Pure and deterministic: the same bytes give the same result.

    A file that takes longer than ``config.time_budget`` seconds is an error result
    (ZH906) with the reason, not an exception: the run goes on with the other files.
    (Whether a file is over its budget depends on the machine, so on that one point
    the result is not deterministic.) A whole HTML page or feed (by its content, or by
    ``hint``: a file name, an HTTP header) is read as its visible text first.
    """
    report = Report(timings=timings)
    started = time.monotonic()
    if config.time_budget is not None:
        report.deadline = started + config.time_budget
    try:
        return _clean_bytes(data, config, report, hint)
    except TimeBudgetExceeded:
        elapsed = time.monotonic() - started
        events = [Event("ZH906")]
        error = (
            f"time budget exceeded: stopped after {elapsed:.1f} s (budget {config.time_budget:g} s)"
        )
        return CleanResult(None, "error", events=events, error=error)


def _clean_bytes(
    data: bytes, config: Config, report: Report, hint: MarkupHint | None = None
) -> CleanResult:
    page = _Clock(report)("markup", markup, data, report, hint)
    if page is not None:
        return _clean_page(page, config, report)
    decoded = _Clock(report)("decode", decode, data, report, config.on)
    if decoded.text is None:
        code = decoded.error_code or "ZH902"
        report.add(code)
        status = "error" if code == "ZH902" else "skipped"
        return CleanResult(None, status, events=report.events, error=decoded.error)
    result = clean_text(decoded.text, config, report=report)
    result.encoding = decoded.encoding
    result.confidence = decoded.confidence
    result.lines_in = _count_lines(decoded.text)
    if result.status == "unchanged" and result.data != data:
        result.status = "cleaned"  # same text, other bytes (BOM, encoding, line endings)
    return result


def _clean_page(page, config: Config, report: Report) -> CleanResult:
    """A page's visible text (:mod:`zhclean.stages.markup`) cleaned like any text."""
    about = {"source": page.source, "title": page.title, "encoding_from": page.encoding_origin}
    if page.declared:
        about["declared_charset"] = page.declared
    text = page.text
    if text is None:
        code = page.error_code or "ZH902"
        report.add(code)
        status = "error" if code == "ZH902" else "skipped"
        return CleanResult(None, status, events=report.events, error=page.error, page=about)
    if not text.strip():  # nothing visible: the page is dropped, not an empty text
        report.add("ZH905")
        result = CleanResult("", "dropped", events=report.events, encoding=page.encoding)
        result.page = about
        return result
    result = clean_text(text, config, report=report)
    result.lines_in = _count_lines(text)
    result.encoding = page.encoding
    result.confidence = page.confidence
    if page.title:  # the title in the script of the text it names
        converter = (config.opencc_config, config.target_script, result.script_in)
        about["title"] = script_aside(page.title, config.on, *converter)
    result.page = about
    if result.status == "unchanged":
        result.status = "cleaned"  # the markup is gone: the output is never the input
    return result
