"""The documents of an input, as every command reads them: a file is one document (text,
a page, a feed: its name says whether HTML is likely), a web archive one a document
record (its HTTP header says what the payload is). ``clean`` and ``check`` go through
:mod:`zhclean.corpus` and :mod:`zhclean.warc`; ``detect`` and ``explain``, which look at
one document at a time, through :func:`documents`, which asks the same functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .discovery import is_html_name, is_warc_name
from .manifest import path_text
from .stages.markup import MarkupHint
from .storage import Location, store_of


def file_hint(path: Location) -> MarkupHint:
    """What a file's name says of its content (a page's name: HTML likely)."""
    return MarkupHint(likely=is_html_name(path))


def document_text(data: bytes, hint: MarkupHint | None) -> str | None:
    """A document's text before cleaning: a page's visible text, a text decoded (None:
    neither reads).

        >>> document_text(b"<html><p>Hi.</p><p>Bye.</p>", None)
        'Hi.\\nBye.'
    """
    from .report import Report
    from .stages.decode import decode
    from .stages.markup import markup

    page = markup(data, Report(), hint)
    return page.text if page is not None else decode(data, Report()).text


@dataclass
class Document:
    """One document of an input: its bytes and what is known of them, or why it could not
    be read (``error``). ``about`` names it inside its file (an archive's ``record``
    number and ``url``); ``label`` is how messages name it."""

    label: str
    data: bytes | None
    hint: MarkupHint | None = None
    about: dict = field(default_factory=dict)
    error: str | None = None
    record: bool = False  # a JSONL record's text field: a field, not a file (no final newline)


def documents(path: Location, text_field: str = "text") -> Iterator[Document]:
    """The documents of one input file, in order (an archive's records as ``clean`` reads
    them, one that breaks off ends with a document that says so; a JSONL file's records,
    their ``text_field``, as ``clean`` reads them, a malformed line a document in error).

        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.html").write_bytes(b"<p>x</p>")
        >>> [(d.label, d.hint.likely) for d in documents(folder / "a.html")][0][1]
        True
    """
    from .records import is_jsonl_name

    name = path_text(path)
    store = store_of(path)
    if is_jsonl_name(path):
        yield from _records(path, name, text_field)
        return
    if not is_warc_name(path):
        try:
            data = store.read(path)
        except OSError as exc:
            yield Document(name, None, error=f"cannot read: {exc.strerror or exc}")
            return
        yield Document(name, data, file_hint(path))
        return
    from .warc import TOO_LARGE, read_documents, record_hint

    skipped: list[int] = [0]
    failure: list[str] = []
    try:
        with store.open_read(path) as raw:
            for number, fields, payload, kind, content_type in read_documents(
                raw, skipped, failure
            ):
                about = {"record": number, "url": fields["url"]}
                label = f"{name} record {number} ({fields['url']})"
                if kind == "too-large":
                    yield Document(label, None, about=about, error=TOO_LARGE)
                else:
                    yield Document(label, payload, record_hint(kind, content_type), about)
    except OSError as exc:
        failure.append(f"cannot read: {exc.strerror or exc}")
    if failure:
        yield Document(name, None, error=failure[0])


def _records(path: Location, name: str, text_field: str) -> Iterator[Document]:
    """A JSONL file's records: each one's text field, or why the line is malformed (read
    as ``clean`` reads them: :func:`zhclean.records.record_text`)."""
    from .records import decode_line, numbered_lines, open_input, record_text

    try:
        with open_input(path) as stream:
            for number, raw in numbered_lines(stream):
                label, about = f"{name} line {number}", {"line": number}
                try:
                    _, text = record_text(decode_line(number, raw), text_field)
                    data = text.encode("utf-8")  # a lone surrogate has no UTF-8 form
                except UnicodeEncodeError as exc:
                    error = f"not valid Unicode: a lone surrogate ({exc.object[exc.start]!a})"
                    yield Document(label, None, about=about, error=error)
                    continue
                except ValueError as exc:
                    yield Document(label, None, about=about, error=str(exc))
                    continue
                yield Document(label, data, MarkupHint(likely=False), about, record=True)
    except (OSError, EOFError, ValueError) as exc:
        yield Document(name, None, error=f"cannot read: {exc}")


__all__ = ["Document", "document_text", "documents", "file_hint"]
