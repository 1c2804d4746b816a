"""The report as one self-contained HTML page: inline CSS, SVG and script, no network.

>>> import tempfile, json
>>> folder = Path(tempfile.mkdtemp())
>>> record = {"input": "a.txt", "status": "cleaned", "rules": {"ZH303": 1},
...           "removed": [{"line": 1, "rule": "ZH303", "text": "首页 > 新闻"}]}
>>> _ = (folder / "manifest.jsonl").write_text(json.dumps(record) + "\\n")
>>> page = render_html(build_audit(str(folder)))
>>> page.startswith("<!DOCTYPE html>") and 'id="chart-removed"' in page
True
>>> "http://" in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
False
"""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

from .. import __version__
from ..rules import RULES
from .assets import SCRIPT, STYLE
from .build import Audit, build_audit
from .chart import STAGE_COLOURS, bar_chart, rule_bars, status_bars
from .collect import Sample
from .views import Change, FileView, RecordView, ViewLine

TEXT_SHOWN = 400  # characters of a sample or a warning in the lists (the view has it all)


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] or path


def _short(text: str | None, limit: int = TEXT_SHOWN) -> str:
    if text is None:
        return "(text not kept: --no-removed-text)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rule_name(code: str) -> str:
    rule = RULES.get(code)
    return rule.name if rule else "unknown rule"


def _badge(code: str, kind: str = "", count: int = 1) -> str:
    rule = RULES.get(code)
    tip = f"{code} {rule.name}: {rule.description}" if rule else code
    times = f" ×{count}" if count > 1 else ""
    return f'<span class="code {kind}" title="{_e(tip)}">{_e(code)}{times}</span>'


def _status(status: str) -> str:
    return f'<span class="status {_e(status)}">{_e(status)}</span>'


class _Anchors:
    """Where a file, a line or a record's line is in the page (None: no view of it)."""

    def __init__(self, views: list[FileView]) -> None:
        self.views = {str(view.record["input"]): view for view in views}

    def href(self, file: str, line: int | None, record: int | None = None) -> str | None:
        view = self.views.get(file)
        if view is None:
            return None
        if record is not None:
            shown = any(r.number == record for r in view.records)
            return f"#{view.anchor}-r{record}-L{line}" if shown and line else f"#{view.anchor}"
        if line and (view.before is not None or view.removed):
            return f"#{view.anchor}-L{line}"
        return f"#{view.anchor}"

    def link(self, file: str, line: int | None, record: int | None = None) -> str:
        where = _name(file)
        if record is not None:
            where += f" #{record}"
        if line:
            where += f":{line}"
        href = self.href(file, line, record)
        if href is None:
            return f'<span class="muted" title="{_e(file)} (no view embedded)">{_e(where)}</span>'
        return f'<a href="{_e(href)}" title="{_e(file)}">{_e(where)}</a>'


def render_html(audit: Audit) -> str:
    """The whole page for ``audit``."""
    anchors = _Anchors(audit.views)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>zhclean report: {_e(audit.source.label)}</title>",
        f"<style>{STYLE}</style></head><body>",
        _header(audit),
        "<main>",
        _cards(audit),
        _filters(audit),
        _totals(audit),
        _warnings(audit, anchors),
        _samples(audit, anchors),
        _files(audit),
        _footer(audit),
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts)


def _header(audit: Audit) -> str:
    source = audit.source
    bits = [f"{_e(source.label)}"]
    if source.index and source.index.get("partial"):
        bits.append("a partial run (interrupted)")
    bits.append(f"seed {audit.seed}")
    return (
        '<header class="top"><h1>What zhclean removed</h1>'
        f'<div class="sub">{" · ".join(bits)}</div></header>'
    )


def _cards(audit: Audit) -> str:
    t = audit.totals
    share = (
        f"({t.lines_removed / t.lines_in:.1%} of {t.lines_in:,})"
        if t.lines_in and not (t.kinds["jsonl"] or t.kinds["warc"])
        else ""
    )
    cards = [
        (f"{t.files:,}", "files in the manifest", ""),
        (f"{t.lines_removed:,}", f"lines removed {share}".strip(), ""),
        (
            f"{len(audit.warnings):,}",
            f"warnings shown, of {audit.candidates:,} prose-like lines",
            "warn",
        ),
    ]
    if t.records["records_in"]:
        r = t.records
        cards.append(
            (
                f"{r['records_in']:,}",
                f"JSONL records: {r['records_changed']:,} changed, {r['records_dropped']:,} dropped",
                "",
            )
        )
    problems = audit.source.corrupt + len(audit.source.unreadable) + len(audit.source.missing)
    if problems:
        cards.append((f"{problems:,}", "manifest lines or shards skipped (see below)", "warn"))
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card {kind}"><b>{value}</b><span>{_e(label)}</span></div>'
            for value, label, kind in cards
        )
        + "</div>"
    )


def _filters(audit: Audit) -> str:
    rules = sorted(audit.totals.rules.items(), key=lambda item: (-item[1], item[0]))
    rule_options = "".join(
        f'<option value="{_e(code)}">{_e(code)} {_e(_rule_name(code))} ({count:,})</option>'
        for code, count in rules
        if count
    )
    statuses = "".join(
        f'<option value="{_e(s)}">{_e(s)} ({n:,})</option>'
        for s, n in sorted(audit.totals.statuses.items(), key=lambda item: -item[1])
    )
    return (
        '<nav class="filters"><label>Rule <select id="f-rule"><option value="">all rules</option>'
        f'{rule_options}</select></label><label>Status <select id="f-status">'
        f'<option value="">all statuses</option>{statuses}</select></label>'
        '<a href="#" id="f-clear">clear</a><a href="#totals">totals</a>'
        '<a href="#warnings">warnings</a><a href="#samples">samples</a><a href="#files">files</a>'
        '<span class="count" id="f-count"></span></nav>'
    )


def _totals(audit: Audit) -> str:
    t = audit.totals
    legend = "".join(
        f'<span><i style="background:{colour}"></i>{_e(stage)}</span>'
        for stage, colour in STAGE_COLOURS.items()
        if stage != "boilerplate"
    )
    removed = rule_bars(dict(t.rules), removals=True)
    other = rule_bars(dict(t.rules), removals=False)
    problems = ""
    source = audit.source
    if source.corrupt or source.unreadable or source.missing:
        items = [
            *source.problems,
            *(f"{p}: listed by the index, not found" for p in source.missing),
        ]
        problems = (
            f'<div class="panel"><h3>Manifest problems</h3><p>{source.corrupt:,} lines were no '
            "record and were skipped; the totals are those of the records read.</p><ul>"
            + "".join(f"<li>{_e(item)}</li>" for item in items[:10])
            + "</ul></div>"
        )
    status_panel = (
        f'<div class="panel"><h3>Files by status</h3><p>{t.files:,} files</p>'
        f"{bar_chart('statuses', status_bars(dict(t.statuses)))}</div>"
    )
    removed_panel = (
        '<div class="panel"><h3>Lines removed, by rule</h3><p>boilerplate: whole lines the '
        f"site added ({sum(b.value for b in removed):,} lines)</p>"
        f"{bar_chart('removed', removed)}</div>"
    )
    other_panel = (
        '<div class="panel"><h3>Other changes, by rule</h3><p>repairs, layout, script, files '
        f"(changes counted, not lines)</p>{bar_chart('changes', other)}"
        f'<div class="legend">{legend}</div></div>'
    )
    return (
        '<section id="totals"><h2>Totals</h2><p class="lead">Every record of the manifest '
        "counted; click a bar to filter the page by it.</p>"
        f'<div class="charts"><div class="col">{removed_panel}{problems}</div>'
        f'<div class="col">{status_panel}{other_panel}</div></div></section>'
    )


def _warnings(audit: Audit, anchors: _Anchors) -> str:
    head = (
        '<section id="warnings"><h2>Warnings: removed lines that read like prose</h2>'
        '<p class="lead">Ranked by how much they read like an author\'s sentences (length '
        "in Han characters, their share, sentence ends, clauses); ✔ marks the lines the "
        f"cleaner itself flagged. The top {len(audit.warnings)} of "
        f"{audit.candidates:,} lines that scored as prose.</p>"
    )
    if not audit.warnings:
        return head + '<p id="warnings-none">No removed line reads like prose.</p></section>'
    rows = []
    for rank, w in enumerate(audit.warnings, 1):
        more = f' <span class="muted">(and {w.repeats} more)</span>' if w.repeats else ""
        flag = " ✔" if w.flagged else ""
        rows.append(
            f'<tr data-f data-rules="{_e(w.rule)}" data-status="{_e(w.status)}">'
            f'<td>{rank}</td><td class="score">{w.score:.2f}{flag}</td>'
            f"<td>{_badge(w.rule, 'rm')}</td>"
            f'<td class="where">{anchors.link(w.file, w.line, w.record)}</td>'
            f"<td>{_e(_short(w.text))}{more}</td></tr>"
        )
    return (
        head + "<table><thead><tr><th>#</th><th>score</th><th>rule</th><th>where</th>"
        "<th>removed line</th></tr></thead><tbody>"
        + "".join(rows)
        + '</tbody></table><p id="warnings-none" hidden>No warning matches the filter.</p></section>'
    )


def _samples(audit: Audit, anchors: _Anchors) -> str:
    parts = [
        '<section id="samples"><h2>Samples of each rule</h2>'
        f'<p class="lead">Up to {audit.per_rule} removed lines per rule, drawn uniformly '
        f"from all the lines it removed (reservoir sampling, seed {audit.seed}: the same "
        "manifest and seed give the same lines), in manifest order.</p>"
    ]
    if audit.totals.untexted:
        parts.append(
            f'<p class="lead">{audit.totals.untexted:,} removed lines are listed without their '
            "text (the run had --no-removed-text): their files' views show them where the "
            "input can be read again.</p>"
        )
    if not audit.samples:
        parts.append("<p>No removed lines are listed in this manifest.</p>")
    for code, items in audit.samples.items():
        rule = RULES.get(code)
        description = rule.description if rule else ""
        parts.append(
            f'<article class="rule" id="rule-{_e(code)}" data-f data-rules="{_e(code)}">'
            f"<h3>{_badge(code, 'rm')} {_e(_rule_name(code))}"
            f"<small>{audit.seen.get(code, 0):,} lines removed · {len(items)} shown</small></h3>"
            f'<p class="desc">{_e(description)}</p><ol>'
            + "".join(_sample(item, anchors) for item in items)
            + "</ol></article>"
        )
    parts.append("</section>")
    return "".join(parts)


def _sample(item: Sample, anchors: _Anchors) -> str:
    return (
        f'<li data-f data-status="{_e(item.status)}">'
        f"{anchors.link(item.file, item.line, item.record)}"
        f'<span class="t">{_e(_short(item.text))}</span></li>'
    )


def _files(audit: Audit) -> str:
    shown = len(audit.views)
    lead = (
        f"{shown:,} of {audit.totals.files:,} files: those of the warnings and samples first, "
        "then the manifest's first files. Removed lines are red with their rule; lines "
        "repaired in place are yellow."
    )
    parts = [f'<section id="files"><h2>Files</h2><p class="lead">{_e(lead)}</p>']
    parts.extend(_view(view) for view in audit.views)
    parts.append("</section>")
    return "".join(parts)


def _view(view: FileView) -> str:
    record = view.record
    status = str(record.get("status"))
    rules = record.get("rules") or {}
    badges = " ".join(
        _badge(
            code, "rm" if RULES.get(code) and RULES[code].stage == "boilerplate" else "fix", count
        )
        for code, count in sorted(rules.items())
    )
    lines = ""
    if record.get("lines_in") is not None:
        lines = (
            f'<span class="muted">{record.get("lines_in")} → {record.get("lines_out")} lines</span>'
        )
    error = f'<span class="muted">{_e(record["error"])}</span>' if record.get("error") else ""
    parts = [
        f'<details class="file" id="{_e(view.anchor)}" data-f data-status="{_e(status)}" '
        f'data-rules="{_e(" ".join(view.rules))}"><summary>'
        f'<span class="path">{_e(record["input"])}</span>{_status(status)}{lines}{badges}{error}'
        "</summary>"
    ]
    if view.notes:
        parts.append('<div class="notes">' + "<br>".join(_e(n) for n in view.notes) + "</div>")
    if view.before is not None:
        parts.append(_diff(view.anchor, view.before, view.after, view.cut_before, view.cut_after))
    elif view.removed:
        parts.append(
            '<div class="diff"><div><h4>Removed lines (from the manifest)</h4>'
            + _line_list(view.anchor, view.removed)
            + "</div></div>"
        )
    for item in view.records:
        parts.append(_record(view.anchor, item))
    if view.changes:
        parts.append(_changes(view.changes))
    parts.append("</details>")
    return "".join(parts)


def _diff(
    anchor: str,
    before: list[ViewLine],
    after: list[str] | None,
    cut_before: int = 0,
    cut_after: int = 0,
    source: str = "the decoded input",
) -> str:
    after_html = '<p class="cut">not available</p>'
    if after is not None:
        after_html = (
            '<ol class="lines">'
            + "".join(
                f'<li><span class="no">{n}</span><span class="t">{_e(t)}</span></li>'
                for n, t in enumerate(after, 1)
            )
            + "</ol>"
            + (f'<p class="cut">… {cut_after:,} more lines</p>' if cut_after else "")
        )
    removed = sum(1 for line in before if line.rule)
    return (
        f'<div class="diff"><div class="before"><h4>Before: {source}, {removed} '
        f"removed</h4>{_line_list(anchor, before)}"
        + (f'<p class="cut">… {cut_before:,} more lines</p>' if cut_before else "")
        + f'</div><div class="after"><h4>After: the output</h4>{after_html}</div></div>'
    )


def _line_list(anchor: str, lines: list[ViewLine]) -> str:
    out = ['<ol class="lines">']
    for line in lines:
        kind, codes = "", ""
        if line.rule:
            kind, codes = "rm", _badge(line.rule, "rm")
        elif line.codes:
            kind = "fix"
            codes = "".join(_badge(code, "fix") for code in line.codes)
        rule = f' data-rule="{_e(line.rule)}"' if line.rule else ""
        out.append(
            f'<li id="{_e(anchor)}-L{line.no}" class="{kind}"{rule}>'
            f'<span class="no">{line.no or ""}</span><span class="t">{codes}{_e(line.text)}</span></li>'
        )
    out.append("</ol>")
    return "".join(out)


def _record(anchor: str, item: RecordView) -> str:
    return (
        f'<div class="record"><h5>record on line {item.number} {_status(item.status)}</h5>'
        + _diff(f"{anchor}-r{item.number}", item.before, item.after, source="its text")
        + (_changes(item.changes) if item.changes else "")
        + "</div>"
    )


def _changes(changes: list[Change]) -> str:
    rows = "".join(
        f"<tr><td>{_badge(c.code, 'fix')} {_e(_rule_name(c.code))}"
        + (f" ×{c.count}" if c.count > 1 else "")
        + f"</td><td>{'L' + str(c.line) if c.line else ''}</td>"
        f'<td class="t">{_e(c.before or "")}</td><td class="t">{_e(c.after or "")}</td></tr>'
        for c in changes
    )
    return (
        '<table class="changes"><thead><tr><th>in-line change</th><th>line</th><th>before</th>'
        f"<th>after</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _footer(audit: Audit) -> str:
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime())
    return (
        f"<footer>zhclean {_e(__version__)} · built {stamp} in {audit.seconds:.1f} s · "
        f"{audit.per_rule} samples per rule, seed {audit.seed} · one file, no network"
        "</footer>"
    )


def write_html(audit: Audit, target: Path) -> int:
    """Write the page to ``target`` (UTF-8); returns its size in bytes."""
    data = render_html(audit).encode("utf-8")
    target.write_bytes(data)
    return len(data)


__all__ = ["build_audit", "render_html", "write_html"]
