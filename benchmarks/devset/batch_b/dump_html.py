"""Naive visible-text dump of one HTML page (how raw files of batch B were made).

Usage: python dump_html.py PAGE.html [ENCODING] > out.txt

- Parse with lxml.html (bytes in; ENCODING if given, else lxml's own <meta charset> sniffing).
- Drop <head>, <script>, <style>, <noscript>, <template>, <svg>, comments and processing instructions.
- Walk the <body> in document order. A block element (BLOCK below) or <br> ends the current line
  before and after it; inline text (text and tails) is appended as it comes, except that newlines
  (CR/LF) inside a text node become one space each -- but inside <pre> each newline ends the line.
  Entities are decoded by the parser.
- Lines that are empty or whitespace-only are dropped; other lines keep their whitespace as it came
  (leading/trailing spaces, tabs, NBSP, U+3000).
- Output: UTF-8, '\n' after every line.
"""

import sys, re
import lxml.html
from lxml import etree

BLOCK = set(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre
section summary table tbody thead tfoot tr ul caption option select legend iframe""".split()
)
DROP = {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"}


def main():
    data = open(sys.argv[1], "rb").read()
    if len(sys.argv) > 2:
        parser = lxml.html.HTMLParser(encoding=sys.argv[2])
        root = lxml.html.document_fromstring(data, parser=parser)
    else:
        root = lxml.html.document_fromstring(data)
    lines, cur = [], []

    def brk():
        if cur:
            lines.append("".join(cur))
            cur.clear()

    in_pre = [0]

    def text(s):
        if not s:
            return
        if in_pre[0]:
            parts = re.split(r"\r\n|\r|\n", s)
            for k, part in enumerate(parts):
                if k:
                    brk()
                cur.append(part)
        else:
            cur.append(re.sub(r"\r\n|\r|\n", " ", s))

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # comment / PI
            text(el.tail)
            return
        tag = tag.lower()
        if tag in DROP:
            text(el.tail)
            return
        if tag == "br":
            brk()
            text(el.tail)
            return
        block = tag in BLOCK
        if block:
            brk()
        if tag == "pre":
            in_pre[0] += 1
        text(el.text)
        for ch in el:
            walk(ch)
        if tag == "pre":
            in_pre[0] -= 1
        if block:
            brk()
        text(el.tail)

    walk(root)
    brk()
    out = [l for l in lines if l.strip(" \t\u00a0\u3000\r\n\f\v")]
    sys.stdout.write("".join(l + "\n" for l in out))


main()
