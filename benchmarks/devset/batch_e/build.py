"""Apply the hand-written decisions in specs.py to raw/ and write gold/ and the DECISIONS sections.
It decides nothing itself. Run with /work/main/.venv/bin/python (needs opencc)."""

import os, re, sys, unicodedata, glob

sys.path.insert(0, os.path.dirname(__file__))
from specs import S
import opencc

T2S = opencc.OpenCC("t2s")
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EDGE = " \t\n\r\f\v\u3000\u00a0\ufeff"
INNER = re.compile(r"[ \t\u3000\u00a0]+")


def clip(s, n=90):
    return s if len(s) <= n else s[:n] + "…"


out_sections = []
tot_raw = tot_gold = 0
for path in sorted(glob.glob(os.path.join(BASE, "raw", "e*.txt"))):
    name = os.path.basename(path)
    key = name[:3]
    sp = S[key]
    text = open(path, "rb").read().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "" and text.endswith("\n"):
        lines = lines[:-1]
    n = len(lines)
    removed = {}
    for a, b, why in sp.get("remove", []):
        for i in range(a, b + 1):
            assert i not in removed, (name, i)
            assert 1 <= i <= n, (name, i, n)
            removed[i] = why
    inline = sp.get("inline", {})
    joins = sp.get("joins", [])
    joined_into = {}
    for grp in joins:
        for i in grp[1:]:
            joined_into[i] = grp[0]
    proc = {}
    ws_changed = []
    for i, l in enumerate(lines, 1):
        if i in removed:
            continue
        orig = l
        for old, new, why in inline.get(i, []):
            assert old in l, (name, i, old)
            l = l.replace(old, new)
        l2 = INNER.sub(" ", l.strip(EDGE))
        if l2 != l:
            ws_changed.append(i)
        proc[i] = l2
    out = []
    i = 1
    order = [i for i in range(1, n + 1) if i not in removed]
    buf = {}
    for i in order:
        if i in joined_into:
            buf[joined_into[i]] += proc[i]
        else:
            buf[i] = proc[i]
    gold = [buf[i] for i in order if i in buf and buf[i] != ""]
    blank = [i for i in order if i in buf and buf[i] == ""]
    gold = [unicodedata.normalize("NFC", g) for g in gold]
    if sp.get("t2s"):
        gold = [T2S.convert(g) for g in gold]
    for g in gold:
        bad = [c for c in g if unicodedata.category(c) in ("Cc", "Cf", "Co")]
        if bad:
            print("WARN odd chars", name, [hex(ord(c)) for c in bad], file=sys.stderr)
        if g.rstrip()[-1:] in ("，", ",", "、"):
            print("WARN comma end", name, clip(g, 40), file=sys.stderr)
    with open(os.path.join(BASE, "gold", name), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(g + "\n")
    tot_raw += n
    tot_gold += len(gold)
    # decisions section
    s = [
        f"## {name}" + ("  (t2s)" if sp.get("t2s") else ""),
        "",
        f"Raw lines {n} → gold lines {len(gold)}; blank lines dropped: {len(blank)}."
        + (" **Empty gold (dropped).**" if not gold else ""),
        "",
    ]
    if removed:
        s.append("Removed:")
        for a, b, why in sp["remove"]:
            rng = f"raw {a}" if a == b else f"raw {a}–{b}"
            s.append(f"- {rng}: {why}.")
            show = list(range(a, b + 1))
            if len(show) > 6:
                show = show[:3] + ["…"] + show[-2:]
            for j in show:
                if j == "…":
                    s.append("  - …")
                    continue
                s.append(f"  - {j}: `{clip(lines[j - 1].strip(EDGE), 80)}`")
    else:
        s.append("Removed: none.")
    s.append("")
    if joins:
        s.append("Joins:")
        for grp in joins:
            a = proc[grp[0]]
            b = proc[grp[1]]
            s.append(
                f"- raw {' + raw '.join(map(str, grp))}, joined with nothing: `…{a[-12:]}` + `{b[:12]}…`. Rule: §3 Breaks / §4 (a comma at a line's end: the sentence goes on)."
            )
    else:
        s.append("Joins: none.")
    s.append("")
    rep = []
    for i, lst in inline.items():
        for old, new, why in lst:
            rep.append(f"- raw {i}: `{old}` → `{new}`. Rule: {why}.")
    if ws_changed:
        rep.append(
            f"- raw {', '.join(map(str, ws_changed))}: edge whitespace (incl. BOM, U+3000, NBSP) stripped and/or inner whitespace runs folded to one space. Rule: §1, §4."
        )
    if sp.get("t2s"):
        rep.append(
            "- whole document converted with OpenCC t2s (opencc Python package, config t2s). Rule: §5."
        )
    s.append("Inline repairs:" if rep else "Inline repairs: none.")
    s += rep
    s.append("")
    notes = sp.get("notes", []) + ["**OPEN**: " + o for o in sp.get("open", [])]
    if notes:
        s.append("Notes:")
        s += ["- " + x for x in notes]
        s.append("")
    out_sections.append("\n".join(s))
open("/tmp/E_decisions_sections.md", "w").write("\n".join(out_sections))
print("raw lines", tot_raw, "gold lines", tot_gold)
