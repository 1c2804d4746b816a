"""Naive visible-text dump of an RSS feed (batch C): the bytes are decoded with the
encoding the XML declaration names (Big5 read as CP950), the declaration is dropped,
lxml.etree parses the rest (recover mode); comments and processing instructions are
dropped; every element's own text becomes a line in document order (attributes not
printed; a newline inside a text becomes one space; other whitespace as it comes);
tails and texts that are only whitespace are dropped."""

import sys, re
import lxml.etree as ET

b = open(sys.argv[1], "rb").read()
enc = sys.argv[2]
t = b.decode(enc)
t = re.sub(r"^\s*<\?xml[^>]*\?>", "", t)
root = ET.fromstring(
    t.encode("utf-8"),
    ET.XMLParser(recover=True, encoding="utf-8", remove_comments=True, remove_pis=True),
)
out = []


def walk(el):
    if not isinstance(el.tag, str):
        return
    if el.text and el.text.strip(" \t\r\n\u3000\u00a0"):
        out.append(re.sub(r"\r?\n", " ", el.text))
    for ch in el:
        walk(ch)
        if ch.tail and ch.tail.strip(" \t\r\n\u3000\u00a0"):
            out.append(re.sub(r"\r?\n", " ", ch.tail))


walk(root)
sys.stdout.write("\n".join(out) + "\n")
