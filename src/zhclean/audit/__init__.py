"""The audit report: what a run removed, for people to look at (``zhclean report``).

One module a job: ``reading`` finds a run's manifest (local, Ray shards, JSONL runs) and
streams its records; ``sampling`` draws a uniform, seeded sample per rule in bounded
memory; ``ranking`` scores removed lines that read like prose and keeps the top ones;
``collect`` is the one pass over the manifest; ``views`` reads inputs again for each
file's before and after; ``chart``, ``html`` and ``text`` render it.
"""
