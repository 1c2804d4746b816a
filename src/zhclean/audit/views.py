"""Each file's before and after, built again from the files a run read and wrote.

The manifest says which lines went (by their number in the decoded input) and by which
rule, but not the lines around them, nor the in-line repairs. A view reads the input
again (when it is still where the manifest says, with the same SHA-256), decodes it as
the run did, and cleans it again with the library to find every change and its rule
code. When cleaning again removes other lines than the manifest lists (the run had
other options), the manifest's marks are shown and the in-line changes are left out.
With no input to read, the view shows the removed lines the manifest lists.

A JSONL file's records are no lines of a manifest: a seeded, uniform sample of its
records is read (over its first lines, a bounded window) and cleaned again, and their
removed lines join the samples.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("首页 > 新闻 > 正文\\n正文第一段。\\n")
    >>> view = file_view({"input": str(folder / "a.txt"), "status": "cleaned",
    ...     "removed": [{"line": 1, "rule": "ZH303", "text": "首页 > 新闻 > 正文"}]}, "f1", folder)
    >>> [(line.no, line.rule) for line in view.before], view.after
    ([(1, 'ZH303'), (2, None)], ['正文第一段。'])
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..discovery import is_html_name
from ..manifest import record_path
from ..pipeline import CleanResult, clean_bytes, clean_text
from ..records import open_input
from ..report import Event, Report
from ..stages.decode import decode
from ..stages.markup import MarkupHint, markup
from ..storage import is_uri
from .collect import Collector, Sample, clip
from .sampling import Reservoir

VIEW_LINES = 1_500  # lines of one side of a view (the rest are counted)
VIEW_BUDGET = 60_000  # lines all the views of a report show, together
LINE_CHARS = 1_000  # characters of one line shown
CHANGES_SHOWN = 200  # in-line changes listed per file
VIEW_BYTES_MAX = 8 << 20  # inputs larger than this are not read again (removed lines only)
JSONL_SCAN = 100_000  # lines of a JSONL file its records are sampled from
JSONL_RECORDS = 40  # records of one JSONL file cleaned again
JSONL_SHOWN = 8  # of which the view shows the first that changed
RECORD_BYTES_MAX = 1 << 20  # a record longer than this is not sampled


@dataclass(slots=True)
class ViewLine:
    """One line of a view: its number, its text, the rule that removed it, if one did,
    and the codes of in-line changes made to it."""

    no: int
    text: str
    rule: str | None = None
    codes: tuple[str, ...] = ()


@dataclass(slots=True)
class Change:
    """An in-line change (no line removed): its rule, count, line, and text around it."""

    code: str
    count: int
    line: int | None
    before: str | None
    after: str | None


@dataclass
class RecordView:
    """A JSONL record cleaned again: its line in the file, before, after, changes."""

    number: int
    status: str
    before: list[ViewLine]
    after: list[str]
    changes: list[Change]


@dataclass
class FileView:
    """What the report shows of one file. ``before`` is None when the input could not
    be read again (then ``before`` holds nothing and ``removed`` the manifest's lines)."""

    anchor: str
    record: dict
    before: list[ViewLine] | None = None
    after: list[str] | None = None
    changes: list[Change] = field(default_factory=list)
    removed: list[ViewLine] = field(default_factory=list)
    records: list[RecordView] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cut_before: int = 0  # lines not shown
    cut_after: int = 0

    @property
    def size(self) -> int:
        """Lines the view shows, on both sides (what the report's budget counts)."""
        shown = len(self.before or []) + len(self.after or []) + len(self.removed)
        return shown + sum(len(r.before) + len(r.after) for r in self.records)

    @property
    def rules(self) -> list[str]:
        """Every rule code the file's record counts, for the filter."""
        return sorted((self.record.get("rules") or {}).keys())


def resolve(record: dict, key: str, root: Path) -> Path | None:
    """The local file a record names under ``key`` (``input``, ``output``), if it is
    there: as written, else relative to the manifest's folder. An input is never its own
    output (a run's folder holds outputs under the inputs' relative names)."""
    found = _candidates(record, key, root)
    if key == "input" and found:
        outputs = _candidates(record, "output", root)
        found = [path for path in found if not any(_same(path, out) for out in outputs)]
    return found[0] if found else None


def _candidates(record: dict, key: str, root: Path) -> list[Path]:
    try:
        location = record_path(record, key)
    except (ValueError, TypeError):
        return []
    if location is None or is_uri(str(location)):
        return []
    path = Path(location)
    tries = [path] if path.is_absolute() else [path, root / path]
    return [candidate for candidate in tries if candidate.is_file()]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def split_lines(text: str) -> list[str]:
    """A decoded text's lines as the pipeline numbers them (BOM off, CR and CRLF as LF).

    >>> split_lines("\\ufeffa\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decoded_lines(data: bytes, page_name: bool, config: Config) -> list[str] | None:
    """The input's lines as cleaning numbers them: a page's visible text, or the decoded
    text; None when the bytes are no text."""
    page = markup(data, Report(), MarkupHint(likely=page_name))
    if page is not None:
        return None if page.text is None else split_lines(page.text)
    decoded = decode(data, Report(), config.on)
    return None if decoded.text is None else split_lines(decoded.text)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _marks(record: dict) -> dict[int, str]:
    marks: dict[int, str] = {}
    for item in record.get("removed") or []:
        if isinstance(item, dict) and isinstance(item.get("line"), int):
            marks.setdefault(item["line"], str(item.get("rule")))
    return marks


def _removed_only(view: FileView) -> FileView:
    view.removed = [
        ViewLine(
            item.get("line") or 0, clip(item.get("text") or "", LINE_CHARS) or "", item["rule"]
        )
        for item in view.record.get("removed") or []
        if isinstance(item, dict) and isinstance(item.get("rule"), str)
    ]
    return view


def _changes(events: list[Event]) -> list[Change]:
    return [
        Change(e.code, e.count, e.line, clip(e.before, 200), clip(e.after, 200))
        for e in events
        if not e.removal
    ][:CHANGES_SHOWN]


def _lines(texts: list[str], marks: dict[int, str], codes: dict[int, list[str]]) -> list[ViewLine]:
    return [
        ViewLine(no, clip(text, LINE_CHARS) or "", marks.get(no), tuple(codes.get(no, ())))
        for no, text in enumerate(texts[:VIEW_LINES], 1)
    ]


def _inline_codes(events: list[Event]) -> dict[int, list[str]]:
    codes: dict[int, list[str]] = {}
    for event in events:
        if not event.removal and event.line is not None:
            found = codes.setdefault(event.line, [])
            if event.code not in found:
                found.append(event.code)
    return codes


def file_view(
    record: dict, anchor: str, root: Path, config: Config | None = None, full: bool = True
) -> FileView:
    """The view of one (text or page) file; see the module's docstring. ``full`` False:
    the removed lines only (the report's budget of lines is spent)."""
    config = config or Config()
    view = FileView(anchor, record)
    if record.get("format") in ("warc", "jsonl"):
        kind = "a web archive" if record["format"] == "warc" else "a JSONL file"
        view.notes.append(f"{kind}: the manifest counts its records' changes only")
        return view
    if not full:
        view.notes.append("the report's budget of lines for views is spent: removed lines only")
        return _removed_only(view)
    path = resolve(record, "input", root)
    if path is None:
        view.notes.append("the input is not where the manifest says: removed lines only")
        return _removed_only(view)
    try:
        if path.stat().st_size > VIEW_BYTES_MAX:
            view.notes.append("the input is too large to show: removed lines only")
            return _removed_only(view)
        data = path.read_bytes()
    except OSError as exc:
        view.notes.append(f"the input cannot be read ({exc.strerror or exc}): removed lines only")
        return _removed_only(view)
    if record.get("sha256_in") and _digest(data) != record["sha256_in"]:
        view.notes.append("the input changed since the run: removed lines only")
        return _removed_only(view)
    page_name = is_html_name(path)
    lines = decoded_lines(data, page_name, config)
    if lines is None:
        view.notes.append(f"no text to show ({record.get('error') or 'not text'})")
        return view
    result = _clean_again(data, page_name, config)
    marks = _marks(record)
    agree = result is not None and _same_removals(result, record, marks)
    if not agree:
        view.notes.append(
            "cleaning it again with the report's options removes other lines than the "
            "manifest lists (the run had other options?): marks are the manifest's, "
            "in-line changes are not shown"
        )
    elif result is not None:
        view.changes = _changes(result.events)
        if not marks:  # a manifest written with its lists cut: the events have them
            marks = {e.line: e.code for e in result.removed if e.line is not None}
    codes = _inline_codes(result.events) if agree and result is not None else {}
    view.before = _lines(lines, marks, codes)
    view.cut_before = max(0, len(lines) - VIEW_LINES)
    after = _output_lines(record, root)
    if after is None and agree and result is not None and result.text is not None:
        after = split_lines(result.text)
    if after is None:
        view.notes.append("the output is not where the manifest says")
    else:
        view.after = [clip(text, LINE_CHARS) or "" for text in after[:VIEW_LINES]]
        view.cut_after = max(0, len(after) - VIEW_LINES)
    return view


def _clean_again(data: bytes, page_name: bool, config: Config) -> CleanResult | None:
    try:
        return clean_bytes(data, config, hint=MarkupHint(likely=page_name))
    except Exception:  # a bug in cleaning must not stop the report: the view says less
        return None


def _same_removals(result: CleanResult, record: dict, marks: dict[int, str]) -> bool:
    listed = record.get("removed") or []
    if not listed:  # nothing removed, or a count with no list
        return record.get("lines_removed", 0) == len(result.removed)
    if record.get("removed_cut"):
        return True  # the record's list is cut: only its head can be compared
    again = {(e.line, e.code) for e in result.removed}
    return again == {(item.get("line"), item.get("rule")) for item in listed}


def _output_lines(record: dict, root: Path) -> list[str] | None:
    path = resolve(record, "output", root)
    if path is None or record.get("format"):
        return None
    try:
        if path.stat().st_size > VIEW_BYTES_MAX:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if record.get("sha256_out") and _digest(data) != record["sha256_out"]:
        return None
    return split_lines(data.decode("utf-8", "replace"))


def jsonl_view(
    record: dict,
    anchor: str,
    root: Path,
    collector: Collector,
    config: Config | None = None,
    text_field: str = "text",
) -> FileView:
    """A JSONL file's view: a seeded sample of its records cleaned again; their removed
    lines are offered to ``collector``'s samples and warnings."""
    config = config or Config()
    view = FileView(anchor, record)
    path = resolve(record, "input", root)
    if path is None:
        view.notes.append("the input is not where the manifest says: its counts only")
        return view
    picked = Reservoir[tuple[int, bytes]](JSONL_RECORDS, collector.seed, str(record["input"]))
    try:
        with open_input(path) as stream:
            for number, raw in enumerate(stream, 1):
                if number > JSONL_SCAN:
                    break
                if raw.strip() and len(raw) <= RECORD_BYTES_MAX:
                    picked.offer((number, raw))
    except (OSError, EOFError, ValueError) as exc:
        view.notes.append(f"the input cannot be read to its end ({exc}): a sample of its start")
    window = f"its first {JSONL_SCAN:,} lines" if picked.seen >= JSONL_SCAN else "all its records"
    view.notes.append(
        f"a JSONL file: {len(picked.items)} records drawn from {window} "
        f"(seed {collector.seed}) and cleaned again with the report's options, "
        f"field {text_field!r}"
    )
    for number, raw in sorted(picked.items):
        text = _field(raw, text_field)
        if text is None:
            continue
        try:
            result = clean_text(text, config)
        except Exception:  # as in the run: a record that breaks cleaning is skipped
            continue
        _as_field(text, result)
        _offer(collector, record, result, number)
        if result.status != "unchanged" and len(view.records) < JSONL_SHOWN:
            marks = {e.line: e.code for e in result.removed if e.line is not None}
            after = split_lines(result.text or "")
            view.records.append(
                RecordView(
                    number,
                    result.status,
                    _lines(split_lines(text), marks, _inline_codes(result.events)),
                    [clip(t, LINE_CHARS) or "" for t in after[:VIEW_LINES]],
                    _changes(result.events),
                )
            )
    return view


def _as_field(text: str, result: CleanResult) -> None:
    """A field is not a file: the final newline cleaning added is taken back, with its
    event (as :func:`zhclean.records.clean_record` does)."""
    cleaned = result.text or ""
    if cleaned.endswith("\n") and not text.endswith(("\n", "\r")):
        result.text = cleaned[:-1]
        result.events = [e for e in result.events if e.code != "ZH602"]
        if result.text == text:
            result.status = "unchanged"


def _field(raw: bytes, name: str) -> str | None:
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    text = value.get(name) if isinstance(value, dict) else None
    return text if isinstance(text, str) else None


def _offer(collector: Collector, record: dict, result: CleanResult, number: int) -> None:
    flagged = {(w.get("line"), w.get("rule")) for w in result.warnings}
    for event in result.removed:
        sample = Sample(
            event.code,
            str(record["input"]),
            event.line,
            clip(event.text),
            str(record.get("status")),
            int(record.get("seq") or 0),
            record,
            number,
        )
        collector.add_removal(sample, (event.line, event.code) in flagged)


def choose(collector: Collector, limit: int) -> list[dict]:
    """The files to embed a view of, at most ``limit``: those of the warnings first,
    then of the samples, then the first files of the manifest."""
    chosen: dict[str, dict] = {}
    sources = [w.source for w in collector.warnings.ranked()]
    for items in collector.samples().values():
        sources.extend(sample.source for sample in items)
    sources.extend(collector.first)
    for source in sources:
        if len(chosen) >= limit:
            break
        if source is not None:
            chosen.setdefault(str(source["input"]), source)
    return list(chosen.values())


__all__ = [
    "Change",
    "FileView",
    "RecordView",
    "ViewLine",
    "choose",
    "decoded_lines",
    "file_view",
    "jsonl_view",
    "resolve",
    "split_lines",
]
