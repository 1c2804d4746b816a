#!/usr/bin/env python3
"""Apply a batch's hand-written keep lists (its specs.py) to ROOT/raw/*.txt and write ROOT/gold/.

usage: build_gold.py BATCH_DIR ROOT   (BATCH_DIR holds specs.py; ROOT holds raw/ and gold/)
Shared by the batches that keep a specs.py (xx, yy).
It decides nothing: every kept line, join and script flag is written by hand in specs.py.
Layout per POLICY §4: edge whitespace (ASCII, U+3000, NBSP, tab) stripped, inner runs
folded to one ASCII space; zero-width characters removed; NFC; t2s via OpenCC when flagged. Batch yy: a spec's "encoding" (default utf-8) names the
raw file's byte encoding (GB18030 for a GB2312 page kept in its own bytes); gold is always UTF-8."""
import re, sys, unicodedata, os

WS = re.compile(r"[ \t\u3000\u00a0]+")
ZW = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

def norm(s):
    s = ZW.sub("", s)
    s = WS.sub(" ", s).strip(" ")
    return s

def build(name, spec, root):
    enc = spec.get("encoding", "utf-8")
    raw = open(os.path.join(root, "raw", name), encoding=enc).read().split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    out = []
    for item in spec["keep"]:
        if isinstance(item, int):
            out.append(norm(raw[item - 1]))
        else:  # ("join", sep, [lines])
            _, sep, lines = item
            out.append(sep.join(norm(raw[i - 1]) for i in lines))
    text = "\n".join(out)
    if spec.get("t2s"):
        import opencc
        text = opencc.OpenCC("t2s.json").convert(text)
    text = unicodedata.normalize("NFC", text)
    data = (text + "\n") if out else ""
    with open(os.path.join(root, "gold", name), "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    return len(raw), len(out)

if __name__ == "__main__":
    batch_dir, root = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.abspath(batch_dir))
    from specs import SPECS
    for name, spec in sorted(SPECS.items()):
        r, g = build(name, spec, root)
        print(f"{name}: raw {r} lines -> gold {g} lines")
