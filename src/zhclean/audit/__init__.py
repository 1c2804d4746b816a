"""The audit report: what a run removed, for people to look at (``zhclean report``).

One module a job: ``reading`` finds a run's manifest (local, Ray shards, JSONL runs) and
streams its records; ``sampling`` draws a uniform, seeded sample per rule in bounded
memory; ``ranking`` scores removed lines that read like prose and keeps the top ones;
``collect`` is the one pass over the manifest; ``views`` reads inputs again for each
file's before and after; ``build`` gathers it all; ``chart``, ``html`` (with its
``assets``) and ``text`` render it.

    >>> import json, tempfile
    >>> from pathlib import Path
    >>> from zhclean.audit.build import build_audit
    >>> from zhclean.audit.html import render_html
    >>> run = Path(tempfile.mkdtemp())
    >>> record = {"input": "a.txt", "status": "cleaned", "rules": {"ZH303": 1},
    ...           "removed": [{"line": 1, "rule": "ZH303", "text": "首页 > 新闻"}]}
    >>> _ = (run / "manifest.jsonl").write_text(json.dumps(record) + "\\n")
    >>> audit = build_audit(str(run), seed=0)
    >>> audit.totals.lines_removed, "首页 &gt; 新闻" in render_html(audit)
    (1, True)
"""
