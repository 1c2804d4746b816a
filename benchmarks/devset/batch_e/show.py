"""Print raw lines with numbers; make odd whitespace and control characters visible."""

import sys, unicodedata

path = sys.argv[1]
rng = sys.argv[2] if len(sys.argv) > 2 else None
lines = open(path, encoding="utf-8").read().split("\n")
lo, hi = map(int, rng.split("-")) if rng else (1, len(lines))


def vis(s):
    out = []
    for c in s:
        if c == "\u3000":
            out.append("⟦3000⟧")
        elif c == "\xa0":
            out.append("⟦NBSP⟧")
        elif c == "\t":
            out.append("⟦TAB⟧")
        elif c == "\ufeff":
            out.append("⟦BOM⟧")
        elif unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs"):
            out.append(f"⟦{ord(c):04X}⟧")
        else:
            out.append(c)
    s2 = "".join(out)
    if s != s.rstrip(" "):
        s2 += "⟦·trail⟧"
    if s != s.lstrip(" "):
        s2 = "⟦lead·⟧" + s2
    return s2


for i in range(lo, min(hi, len(lines)) + 1):
    print(i, vis(lines[i - 1]))
