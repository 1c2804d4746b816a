#!/usr/bin/env python3
"""Naive visible-text dump of a saved HTML page (same rules as batch A/B raw):
lxml.html parse; head/script/style/noscript/template/svg, comments and PIs dropped;
a line break before and after every block element and at <br>; inline text runs on;
CR/LF inside a text node -> one space (except inside <pre>); empty/whitespace-only
lines dropped; other lines keep their whitespace; UTF-8 output, '\n' after every line.
usage: dump_html.py PAGE.html [ENCODING [OUT_ENCODING]] > out.txt
Batch yy addition: OUT_ENCODING (default utf-8) writes the dump back in the page's own legacy
encoding, so a GB2312/GBK page's raw file keeps its original bytes (decode and re-encode are exact
for the characters such a page can hold)."""
import sys
import lxml.html
from lxml import etree

BLOCK = set("""address article aside blockquote body center dd details dialog dir div dl dt
fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
main menu nav ol p pre section summary table tbody thead tfoot tr td th ul caption option select
textarea""".split())
DROP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "math"}

def main():
    data = open(sys.argv[1], "rb").read()
    enc = sys.argv[2] if len(sys.argv) > 2 else "utf-8"
    out_enc = sys.argv[3] if len(sys.argv) > 3 else "utf-8"
    text = data.decode(enc)
    doc = lxml.html.document_fromstring(text)
    out = []
    cur = []
    def flush():
        if cur:
            out.append("".join(cur))
            cur.clear()
    def walk(el, in_pre=False):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # comment / PI
            if el.tail:
                add(el.tail, in_pre)
            return
        tag = tag.lower()
        if tag in DROP:
            if el.tail:
                add(el.tail, in_pre)
            return
        pre = in_pre or tag in ("pre", "textarea")
        if tag == "br":
            flush()
        elif tag in BLOCK:
            flush()
        if el.text:
            add(el.text, pre)
        for ch in el:
            walk(ch, pre)
        if tag in BLOCK:
            flush()
        if el.tail:
            add(el.tail, in_pre)
    def add(s, pre):
        if pre:
            parts = s.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for i, p in enumerate(parts):
                if i:
                    flush()
                cur.append(p)
        else:
            cur.append(s.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
    walk(doc)
    flush()
    w = sys.stdout.buffer
    for line in out:
        if line.strip() == "" or line.strip(" \t\u00a0\u3000\u200b\ufeff") == "":
            continue
        w.write(line.encode(out_enc) + b"\n")

main()
