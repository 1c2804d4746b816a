"""Score zhclean on batch k: clean_bytes on each raw file's bytes (defaults), compared with the
gold line by line. Exact: output == gold. Lost: gold lines missing from the output (multiset).
Extra: output lines not in the gold (multiset). Writes outputs to OUTDIR if given.
Usage: python measure.py REALDIR [OUTDIR]"""

import collections
import glob
import os
import sys

from zhclean import clean_bytes

base = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else None
rows = []
for raw in sorted(glob.glob(os.path.join(base, "raw", "k*.txt"))):
    name = os.path.basename(raw)
    with open(os.path.join(base, "gold", name), encoding="utf-8") as fh:
        gold = fh.read()
    with open(raw, "rb") as fh:
        text = clean_bytes(fh.read()).text
    if out:
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    g = collections.Counter(gold.splitlines())
    o = collections.Counter(text.splitlines())
    lost = sum((g - o).values())
    extra = sum((o - g).values())
    rows.append((name, text == gold, sum(g.values()), sum(o.values()), lost, extra))
print("| page | exact | gold lines | output lines | lost | extra |")
print("|---|---|---|---|---|---|")
for name, ex, ng, no, lo, xt in rows:
    print(f"| {name} | {'yes' if ex else 'no'} | {ng} | {no} | {lo} | {xt} |")
print(
    f"| **total** | **{sum(r[1] for r in rows)}/{len(rows)}** | {sum(r[2] for r in rows)} | "
    f"{sum(r[3] for r in rows)} | **{sum(r[4] for r in rows)}** | **{sum(r[5] for r in rows)}** |"
)
