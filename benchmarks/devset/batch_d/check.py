"""Independent check: every gold line must equal a raw line (or two consecutive raw lines joined),
after edge-strip, whitespace folding, NFC and (for t2s files) OpenCC t2s; lines with an inline
repair are reported. Gold lines must keep raw order. Files must be UTF-8, end with \n, no blank lines."""

import glob, os, re, unicodedata, opencc

T = opencc.OpenCC("t2s")
EDGE = " \t\n\r\f\v\u3000\u00a0\ufeff"
INNER = re.compile(r"[ \t\u3000\u00a0]+")
norm = lambda s: unicodedata.normalize("NFC", INNER.sub(" ", s.strip(EDGE)))
import sys

sys.path.insert(0, "tools")
from specs import S

for gp in sorted(glob.glob("gold/d*.txt")):
    name = os.path.basename(gp)
    sp = S[name[:3]]
    gb = open(gp, "rb").read()
    g = gb.decode("utf-8")
    assert g == "" or g.endswith("\n"), name
    gl = g.split("\n")[:-1] if g else []
    assert all(x.strip() for x in gl), ("blank", name)
    raw = open("raw/" + name, encoding="utf-8").read().split("\n")
    cv = (lambda s: T.convert(s)) if sp.get("t2s") else (lambda s: s)
    cands = []
    for i in range(len(raw)):
        cands.append((i + 1, cv(norm(raw[i]))))
        if i + 1 < len(raw):
            cands.append((i + 1.5, cv(norm(raw[i]) + norm(raw[i + 1]))))
    pos = 0
    miss = []
    for x in gl:
        hit = [c for c in cands if c[1] == x and c[0] > pos]
        if hit:
            pos = hit[0][0]
        else:
            miss.append(x[:50])
    print(name, len(gl), "lines;", "unmatched (inline repairs expected):", miss)
