"""Large files in bounded memory: decide on the start, then clean block by block.

A file over :data:`STREAM_MIN` bytes is never read whole. Its first block
decides what must hold for the whole document (the encoding, the script);
then blocks of about :data:`BLOCK` bytes, cut between paragraphs, go through
the same pipeline with those decisions pinned, and are appended to a
temporary file that replaces the output at the end. The detectors that look
for a document's start (title, teaser, head list) run on the first block
only, those for its end (tail list) on the last.

    >>> list(paragraph_blocks(iter(["甲\\n乙\\n\\n丙", "丁\\n戊"]), size=3))
    ['甲\\n乙\\n\\n', '丙丁\\n', '戊']
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections import Counter, deque
from collections.abc import Iterator
from typing import IO

from .chardata import cjk_score
from .config import Config
from .pipeline import clean_text
from .report import Report
from .stages.decode import Decoded, decode
from .stages.script import detect_script

# A line that ends a sentence (closing quotes and brackets after the stop allowed).
SENTENCE_END_LINE_RE = re.compile(r"[。！？!?…][”’」』)）]*[ \t\u3000]*\n")
# The same inside a line (where a block may be cut when a line has no end in sight).
SENTENCE_END_RE = re.compile(r"[。！？!?…][”’」』)）]*")
STREAM_MIN = 16 * 2**20  # bytes: smaller files are cleaned whole
# An HTML page over this is read as a stream of its lines, not as a tree: a tree and its
# DOM evidence take about 14 times the page's size in memory, and no web page is this
# large (a dump saved as HTML is).
PAGE_STREAM_MIN = 8 * 2**20
PAGE_NOTE = (
    "a page over {mb} MB: read as a stream of its visible lines and cleaned in blocks of "
    "about 1 MB, each with its own lines' DOM evidence (the page's main text and repeats "
    "are judged block by block)"
)
BLOCK = 2**20  # bytes read (and cleaned) at a time: memory is a few times this
REMOVED_KEPT = 10_000  # removed lines listed in the manifest for one file (the counts stay exact)


def paragraph_blocks(chunks: Iterator[str], size: int) -> Iterator[str]:
    """Re-cut decoded text into blocks of at least ``size`` characters that end between
    paragraphs (after a blank line) when one is at hand, else after a line; a line longer
    than a block is cut after a sentence, or anywhere, so no block grows past ``2 * size``.

        >>> [len(b) for b in paragraph_blocks(iter(["中" * 10] * 3), size=8)]
        [8, 8, 14]
    """
    pending = ""
    for chunk in chunks:
        pending += chunk
        while len(pending) >= size:
            cut = _cut(pending, size // 2)
            if cut <= 0:
                if len(pending) < 2 * size:
                    break  # a long line: wait a little for its end
                cut = _cut_line(pending, size // 2, size)
            yield pending[:cut]
            pending = pending[cut:]
    if pending:
        yield pending


def _cut(text: str, start: int) -> int:
    """Where to end a block: after the last blank line past ``start``; without one (a
    hard-wrapped text), after the last line that ends a sentence, so that the layout
    stage has no broken sentence to rejoin across blocks; else after the last line."""
    cut = text.rfind("\n\n", start)
    if cut >= 0:
        return cut + 2
    last = deque(SENTENCE_END_LINE_RE.finditer(text, start), maxlen=1)  # the last match only
    if last:
        return last[0].end()
    return text.rfind("\n", start) + 1


def _cut_line(text: str, start: int, end: int) -> int:
    """Where to cut inside one endless line: after the last sentence end in
    [start, end), else at ``end`` (any index of a str is between two characters)."""
    last = deque(SENTENCE_END_RE.finditer(text, start, end), maxlen=1)
    return last[0].end() if last else end


def _text_chunks(raw: Iterator[bytes], encoding: str) -> Iterator[str]:
    """Decoded text of the raw chunks. UTF-8 (and mixed files) by whole lines, a line that
    is not valid UTF-8 read with the legacy codec, as the decode stage does."""
    if encoding.startswith(("utf-8", "mixed:")):
        legacy = encoding.split("+", 1)[1] if encoding.startswith("mixed:") else "gb18030"
        carry = b""
        for chunk in raw:
            chunk = carry + chunk
            cut = chunk.rfind(b"\n") + 1
            if not cut and len(chunk) > BLOCK:  # one endless line: memory must stay flat
                cut = utf8_boundary(chunk)
            carry = chunk[cut:]
            if cut:
                yield _decode_lines(chunk[:cut], legacy)
        if carry:
            yield _decode_lines(carry, legacy)
        return
    # Strict, as for a small file: bytes the codec cannot read are an error, not U+FFFD.
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = 0
    try:
        for chunk in raw:
            yield decoder.decode(chunk)
            offset += len(chunk)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise ValueError(f"undecodable: byte {offset + exc.start} is not {encoding}") from None


def utf8_boundary(data: bytes) -> int:
    """The length of ``data`` without a UTF-8 character cut at its end.

    >>> utf8_boundary("中文".encode()[:5]), utf8_boundary(b"ab"), utf8_boundary(b"a\\xe4")
    (3, 2, 1)
    """
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 == 0x80:
            continue  # a continuation byte: its lead is further back
        need = 1 if byte < 0x80 else 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
        return len(data) if back >= need else len(data) - back
    return len(data)  # not UTF-8 at all: the decoder says so


def _decode_lines(data: bytes, legacy: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    out = []
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                out.append(line.decode(legacy))
            except UnicodeDecodeError:
                raise ValueError(f"undecodable: a line is neither UTF-8 nor {legacy}") from None
    return "\n".join(out)


def _decide(first: bytes) -> tuple[Report, Decoded]:
    """Decode the first block as a sample: whole lines, whole UTF-16/32 code units, or, in
    a block with no line end, the cut that leaves no character in half (the one that
    decodes best: the encoding is not known yet, and a cut GBK character is not UTF-8's)."""
    if b"\x00" in first[:4096]:  # UTF-16/32: whole code units, not whole lines
        samples = [first[: len(first) - len(first) % 4]]
    elif b"\n" in first:
        samples = [first[: first.rfind(b"\n") + 1]]
    else:
        cuts = {utf8_boundary(first), *(len(first) - back for back in range(4))}
        samples = [first[:cut] for cut in sorted(cuts, reverse=True) if cut > 0] or [first]
    best: tuple[Report, Decoded] | None = None
    best_score = (-1.0, -1.0)
    for sample in samples:
        report = Report()
        decoded = decode(sample, report)
        if decoded.text is None:
            continue
        # A cut in the wrong place can still decode (as UTF-16, say) with full confidence:
        # the reading that is most like Chinese text wins, as in the decode stage.
        score = (cjk_score(decoded.text[:20000]), decoded.confidence)
        if score > best_score:
            best, best_score = (report, decoded), score
    if best is None:
        report = Report()
        return report, decode(samples[0], report)
    return best


def _page_blocks(reader, chunks: Iterator[str], size: int) -> Iterator[tuple[str, object]]:
    """A streamed page's lines in blocks of about ``size`` characters, each with the DOM
    evidence of its own lines (the boilerplate stage's DOM room sees one block at a time):
    cut after a line that ends its paragraph when one is at hand; a line longer than a
    block is cut after a sentence, or anywhere, as a text's (no newline at the cut)."""
    from .html.blocks import Block
    from .stages.boilerplate.dom import DomHints

    def done(lines: list[Block], text: str) -> tuple[str, object]:
        return text, DomHints.of(lines, reader.title)

    batch: list[Block] = []
    length = 0
    for line in reader.blocks(chunks):
        if len(line.text) > size:  # an endless line: its own blocks
            if batch:
                yield done(batch, "".join(b.text + "\n" for b in batch))
                batch, length = [], 0
            text = line.text
            while len(text) > size:
                cut = _cut_line(text, size // 2, size)
                yield done([Block(text[:cut], line.evidence)], text[:cut])
                text = text[cut:]
            yield done([Block(text, line.evidence)], text + "\n")
            continue
        batch.append(line)
        length += len(line.text) + 1
        if length >= size and (not line.soft or length >= 2 * size):
            yield done(batch, "".join(b.text + "\n" for b in batch))
            batch, length = [], 0
    if batch:
        yield done(batch, "".join(b.text + "\n" for b in batch))


def _decide_page(first: bytes) -> tuple[Report, Decoded, str]:
    """A page's encoding from its first block, as a small page's (BOM, declarations checked
    against the bytes, detection), on a sample cut where no character is: after a ``>``
    or a line end (bytes no legacy codec uses inside a character), whole UTF-16/32 units."""
    from .html.charset import decode_page

    if b"\x00" in first[:4096]:
        sample = first[: len(first) - len(first) % 4]
    else:
        cut = max(first.rfind(b">"), first.rfind(b"\n")) + 1
        sample = first[:cut] if cut else first
    report = Report()
    page = decode_page(sample, report)
    decoded = Decoded(page.text, page.encoding, page.confidence, page.error, page.error_code)
    return report, decoded, page.origin


def clean_stream(source: IO[bytes], sink, config: Config, likely_page: bool = False) -> dict:
    """Clean the binary stream ``source`` into the binary stream ``sink``; returns the
    record's fields. An HTML page (by its first bytes; ``likely_page``: its name says so)
    is read as a stream of its visible lines (:mod:`zhclean.html.pagestream`), and its
    record says so (``source``, ``title``, ``encoding_from``, ``notes``).

    Raises ``ValueError`` with the reason when the start of the file is not text.
    """
    from .html.sniff import sniff

    digest_in, digest_out = hashlib.sha256(), hashlib.sha256()
    counts: Counter[str] = Counter()
    removed: list[dict] = []
    warnings: list[dict] = []
    lines_in = lines_out = bytes_out = lines_removed = 0
    first = source.read(BLOCK)
    # The start decides the encoding and the script for the whole file.
    is_page = sniff(first, likely_page) == "html"
    origin = None
    if is_page:
        start, head, origin = _decide_page(first)
    else:
        start, head = _decide(first)
    if head.text is None or head.encoding is None:
        raise ValueError(head.error or "undecodable")
    counts.update(c for c in start.counts() if c in ("ZH101", "ZH102"))
    encoding = head.encoding
    if encoding == "utf-8-sig":
        first, encoding = first[3:], "utf-8"

    def raw() -> Iterator[bytes]:
        chunk = first
        while chunk:
            digest_in.update(chunk)
            yield chunk
            chunk = source.read(BLOCK)

    chunks = _text_chunks(raw(), encoding)
    reader = None
    blocks: Iterator[tuple[str, object | None]]
    if is_page:
        from .html.pagestream import PageLines

        reader = PageLines()
        visible = "".join(PageLines().lines(iter([head.text])))  # the start's own lines
        script_hint = detect_script(visible)
        blocks = _page_blocks(reader, chunks, BLOCK)
    else:
        script_hint = detect_script(head.text)
        blocks = ((block, None) for block in paragraph_blocks(chunks, BLOCK))
    block, dom = next(blocks, ("", None))
    first_block = True
    while block:
        following, following_dom = next(blocks, ("", None))
        if first_block:
            block = block.removeprefix("\ufeff")
        report = Report()
        report.dom = dom  # a page's block: its lines' DOM evidence
        result = clean_text(
            block, config, report=report, script_hint=script_hint, head=first_block,
            tail=not following,
        )  # fmt: skip
        text = result.text or ""
        if following and not block.endswith("\n") and text.endswith("\n"):
            # Cut inside a line: the next block goes on with it. The newline finish added
            # (ZH602) is taken back, and so is its report.
            text = text.removesuffix("\n")
            result.events = [e for e in result.events if e.code != "ZH602"]
        lines_removed += len(result.removed)
        for event in result.events:
            if event.removal and len(removed) < REMOVED_KEPT:
                line = event.line + lines_in if event.line else None
                removed.append({"line": line, "rule": event.code, "text": event.text})
        counts.update(result.counts)
        warnings.extend(result.warnings[: max(0, REMOVED_KEPT - len(warnings))])
        lines_in += block.count("\n")
        if text.strip():
            data = text.encode("utf-8")
            sink.write(data)
            digest_out.update(data)
            bytes_out += len(data)
            lines_out += text.count("\n")
        block, dom, first_block = following, following_dom, False
    counts.pop("ZH905", None)  # a block with nothing left is not a dropped file
    about: dict = {}
    if reader is not None:
        from .stages.script import script_aside

        title = reader.title
        if title:
            title = script_aside(title, config.on, config.opencc_config, config.target_script,
                                 script_hint)  # fmt: skip
        note = PAGE_NOTE.format(mb=PAGE_STREAM_MIN >> 20)
        about = {"source": "html", "title": title, "encoding_from": origin, "notes": [note]}
    return {
        **about,
        "encoding": head.encoding,
        "confidence": head.confidence,
        "script_in": script_hint,
        "sha256_in": digest_in.hexdigest(),
        "sha256_out": digest_out.hexdigest(),
        "bytes_out": bytes_out,
        "lines_in": lines_in,
        "lines_out": lines_out,
        "rules": dict(sorted(counts.items())),
        "removed": removed,
        "lines_removed": lines_removed,
        "warnings": warnings,
    }


__all__ = ["BLOCK", "PAGE_STREAM_MIN", "STREAM_MIN", "clean_stream", "paragraph_blocks"]
