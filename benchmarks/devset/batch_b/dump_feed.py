"""Naive visible-text dump of one RSS/Atom feed (how the feed-based raw files of batch B were made).

Usage: python dump_feed.py FEED.xml > out.txt

- Parse with lxml.etree (bytes in; the XML declaration's encoding, e.g. BIG5, decodes it; recover=True).
- Walk all elements in document order. Each element's own text, if not blank, becomes a line
  ("a line per element", like a scraper that prints every text node of the feed); attributes are
  not text and are not printed; comments and processing instructions are dropped.
- An element whose text is escaped HTML (Atom mode="escaped" or type="html"/"text/html" content,
  summary, title; RSS <description>) is parsed as HTML and dumped with dump_html.py's rules
  (block elements and <br> end lines; script/style dropped). Inline XHTML content (Atom type
  application/xhtml+xml) is walked with the same block rules.
- Lines that are empty or whitespace-only are dropped; other lines keep their whitespace.
- Output: UTF-8, '\n' after every line.
"""

import re, sys
import lxml.html
from lxml import etree

BLOCK = set(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre
section summary table tbody thead tfoot tr ul caption""".split()
)
DROP = {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"}


def local(tag):
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else None


def html_lines(root, out):
    cur = []

    def brk():
        if cur:
            out.append("".join(cur))
            cur.clear()

    def text(s):
        if s:
            cur.append(re.sub(r"\r\n|\r|\n", " ", s))

    def walk(el, top=False):
        tag = local(el.tag)
        if tag is None:
            text(el.tail)
            return
        if tag in DROP and not top:
            text(el.tail)
            return
        if tag == "br":
            brk()
            text(el.tail)
            return
        block = tag in BLOCK
        if block:
            brk()
        text(el.text)
        for ch in el:
            walk(ch)
        if block:
            brk()
        if not top:
            text(el.tail)

    walk(root, top=True)
    brk()


def main():
    data = open(sys.argv[1], "rb").read()
    parser = etree.XMLParser(
        recover=True, remove_comments=True, remove_pis=True, resolve_entities=False
    )
    root = etree.fromstring(data, parser=parser)
    out = []
    for el in root.iter():
        tag = local(el.tag)
        if tag is None:
            continue
        mode = el.get("mode", "")
        typ = el.get("type", "")
        escaped = mode == "escaped" or typ in ("html", "text/html") or tag == "description"
        if el.getparent() is not None and any(
            local(a.tag) == "content" and a.get("type", "") == "application/xhtml+xml"
            for a in el.iterancestors()
        ):
            continue  # inside inline XHTML content: handled by its <content> ancestor
        if tag == "content" and typ == "application/xhtml+xml":
            for ch in el:
                html_lines(ch, out)
            continue
        txt = el.text
        if txt and txt.strip():
            if escaped and "<" in txt:
                frag = lxml.html.fragment_fromstring(txt, create_parent="div")
                html_lines(frag, out)
            elif escaped:
                frag = lxml.html.fragment_fromstring("<div>" + txt + "</div>")
                html_lines(frag, out)
            else:
                out.append(re.sub(r"\r\n|\r|\n", " ", txt))
    lines = [l for l in out if l.strip(" \t\u00a0\u3000\r\n\f\v")]
    sys.stdout.write("".join(l + "\n" for l in lines))


main()
