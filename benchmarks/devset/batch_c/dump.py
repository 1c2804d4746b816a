"""Naive visible-text dump of an HTML page (batch C raw maker).
Usage: dump.py FILE.html [encoding]  -> prints text (UTF-8) to stdout.
Method: lxml.html parses the decoded page; <head>, script, style, noscript,
template, svg, iframe, comments and processing instructions are dropped;
every block element starts and ends a line, <br> ends a line, table cells
end with a tab; newlines inside text nodes become one space each (other
whitespace as it comes); whitespace-only lines are dropped; nothing else.
"""

import sys, re
import lxml.html, lxml.etree as ET

BLOCK = set(
    """address article aside blockquote body center dd details dialog dir div dl dt
fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
main menu nav ol p pre section summary table tbody thead tfoot tr ul caption option select textarea
label? """.split()
) - {"label?"}
DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "head",
    "object",
    "embed",
    "math",
}


def decode(b, enc=None):
    if enc:
        return b.decode(enc)
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', b[:5000])
    e = m.group(1).decode().lower() if m else "utf-8"
    if e in ("gb2312", "gbk", "gb18030", "x-gbk"):
        e = "gb18030"
    if e in ("big5", "big5-hkscs"):
        e = "big5hkscs"
    return b.decode(e)


def main():
    b = open(sys.argv[1], "rb").read()
    text = decode(b, sys.argv[2] if len(sys.argv) > 2 else None)
    text = re.sub(r"^<\?xml[^>]*>", "", text.lstrip("\ufeff"))
    root = lxml.html.document_fromstring(text)
    out = []

    def emit(s):
        out.append(s)

    def walk(el, pre=False):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # comment / PI
            if el.tail:
                emit(el.tail if pre else re.sub(r"\r?\n", " ", el.tail))
            return
        tag = tag.lower()
        if tag in DROP:
            if el.tail:
                emit(el.tail if pre else re.sub(r"\r?\n", " ", el.tail))
            return
        inpre = pre or tag == "pre" or tag == "textarea"
        blk = tag in BLOCK
        if blk:
            emit("\n")
        if tag == "br":
            emit("\n")
        if el.text:
            emit(el.text if inpre else re.sub(r"\r?\n", " ", el.text))
        for ch in el:
            walk(ch, inpre)
        if tag in ("td", "th"):
            emit("\t")
        if blk:
            emit("\n")
        if el.tail:
            emit(el.tail if pre else re.sub(r"\r?\n", " ", el.tail))

    walk(root)
    s = "".join(out).replace("\r\n", "\n").replace("\r", "\n")
    lines = [l for l in s.split("\n") if l.strip(" \t\u00a0\u3000\u200b\ufeff") != ""]
    sys.stdout.write("\n".join(lines) + "\n")


main()
