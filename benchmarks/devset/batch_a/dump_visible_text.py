"""Naive visible-text dump of an HTML page (batch A raw maker).
lxml.html parses the bytes (decoded with the page's declared charset:
gb2312/gbk -> gb18030, big5 -> big5hkscs, default utf-8).  <head>, <script>,
<style>, <noscript>, <template>, comments and processing instructions are
dropped.  Every block element (and <br>) starts/ends a line; text nodes are
appended as they come, except that CR/LF inside a text node becomes one space
(other whitespace kept).  Lines that are empty or whitespace-only are dropped.
"""

import sys, re, lxml.html, lxml.etree as ET

BLOCK = set(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure
footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot
tr td th caption ul option select legend iframe""".split()
)
DROP = {"head", "script", "style", "noscript", "template", "title", "meta", "link"}


def decode(b, enc=None):
    if enc is None:
        m = re.search(rb'charset\s*=\s*["\']?\s*([\w-]+)', b[:5000], re.I)
        enc = m.group(1).decode().lower() if m else "utf-8"
    enc = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "x-gbk": "gb18030"}.get(
        enc, enc
    )
    return b.decode(enc), enc


def dump(html):
    root = lxml.html.document_fromstring(html)
    lines, cur = [], []

    def flush():
        s = "".join(cur)
        cur.clear()
        if s.strip():
            lines.append(s)

    def text(t):
        if t:
            cur.append(re.sub(r"\r\n|\r|\n", " ", t))

    def walk(el):
        if not isinstance(el.tag, str):  # comment / PI
            text(el.tail)
            return
        tag = el.tag.lower()
        if tag in DROP:
            text(el.tail)
            return
        if tag == "br":
            flush()
            text(el.tail)
            return
        blk = tag in BLOCK
        if blk:
            flush()
        text(el.text)
        for c in el:
            walk(c)
        if blk:
            flush()
        text(el.tail)

    walk(root)
    flush()
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    b = open(sys.argv[1], "rb").read()
    t, enc = decode(b, sys.argv[2] if len(sys.argv) > 2 else None)
    sys.stdout.write(dump(t))
    sys.stderr.write("decoded as %s\n" % enc)
