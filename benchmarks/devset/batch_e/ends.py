"""List lines in a range whose end is not a sentence end (candidates for joins / headings)."""

import sys

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
lo, hi = map(int, sys.argv[2].split("-"))
END = tuple("。！？!?”’」』）)…：:；;")
for i in range(lo, hi + 1):
    s = lines[i - 1].strip(" \u3000\xa0\t")
    if not s.endswith(END):
        print(i, len(s), s[-30:])
