"""The report's data, built in one pass over a manifest: :func:`build_audit`.

>>> import tempfile, json
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> record = {"input": "gone.txt", "status": "cleaned", "rules": {"ZH303": 1},
...           "removed": [{"line": 2, "rule": "ZH303", "text": "首页 > 新闻"}]}
>>> _ = (folder / "manifest.jsonl").write_text(json.dumps(record) + "\\n")
>>> audit = build_audit(str(folder), seed=3)
>>> audit.totals.files, list(audit.samples), audit.views[0].removed[0].text
(1, ['ZH303'], '首页 > 新闻')
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..config import Config
from .collect import Collector, Sample, Totals
from .ranking import ProseWarning
from .reading import AuditError, ManifestSource, find_manifest, stream_records
from .views import VIEW_BUDGET, FileView, choose, file_view, jsonl_view


@dataclass
class Audit:
    """Everything a report shows: totals, samples per rule, warnings, the files' views."""

    source: ManifestSource
    seed: int
    per_rule: int
    totals: Totals
    samples: dict[str, list[Sample]]
    seen: dict[str, int]  # removed lines each rule's sample was drawn from
    warnings: list[ProseWarning]
    candidates: int  # removed lines that scored as prose (the warnings are the top ones)
    views: list[FileView] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def anchors(self) -> dict[str, str]:
        """A file's input path -> the anchor of its view."""
        return {str(view.record["input"]): view.anchor for view in self.views}


def build_audit(
    path: str,
    *,
    seed: int = 0,
    per_rule: int = 10,
    top: int = 50,
    max_files: int = 200,
    config: Config | None = None,
    text_field: str = "text",
) -> Audit:
    """Read the manifest at ``path`` (a file, a run's folder, Ray shards) and gather the
    report's data in bounded memory: ``per_rule`` samples per rule, ``top`` warnings, at
    most ``max_files`` files' views (0: none, no input read again).

    Raises :class:`~zhclean.audit.reading.AuditError` when there is nothing to report.
    """
    started = time.monotonic()
    source = find_manifest(path)
    if not source.files:
        raise AuditError(f"{path}: the index lists no manifest shard that exists")
    collector = Collector(seed, per_rule, top, max_files)
    for record in stream_records(source):
        collector.add(record)
    if collector.totals.files == 0:
        raise AuditError(_no_records(source))
    config = config or Config()
    views: dict[str, FileView] = {}
    budget = VIEW_BUDGET  # lines shown by all the views: the page stays bounded too
    if max_files > 0:
        for record in collector.jsonl:
            anchor = f"f{len(views) + 1}"
            view = jsonl_view(record, anchor, source.root, collector, config, text_field)
            views[str(record["input"])] = view
            budget -= view.size
        for record in choose(collector, max_files):
            key = str(record["input"])
            if key not in views:
                view = file_view(record, f"f{len(views) + 1}", source.root, config, budget > 0)
                views[key] = view
                budget -= view.size
    ordered = sorted(views.values(), key=lambda view: int(view.record.get("seq") or 0))
    ordered = ordered[:max_files] if max_files > 0 else []
    for number, view in enumerate(ordered, 1):
        view.anchor = f"f{number}"  # in the order the page shows them
    samples = collector.samples()
    return Audit(
        source=source,
        seed=seed,
        per_rule=per_rule,
        totals=collector.totals,
        samples=samples,
        seen={code: collector.seen(code) for code in samples},
        warnings=collector.warnings.ranked(),
        candidates=collector.warnings.candidates,
        views=ordered,
        seconds=time.monotonic() - started,
    )


def _no_records(source: ManifestSource) -> str:
    """Why a manifest gave no record, for a person.

    >>> from pathlib import Path
    >>> _no_records(ManifestSource("local", [Path("m.jsonl")], Path(".")))
    'm.jsonl: the manifest is empty (no records)'
    """
    if not source.problems:
        return f"{source.label}: the manifest is empty (no records)"
    lines = "line is" if source.corrupt == 1 else "lines are"
    return f"{source.label}: no records: {source.corrupt} {lines} no record ({source.problems[0]})"


__all__ = ["Audit", "build_audit"]
