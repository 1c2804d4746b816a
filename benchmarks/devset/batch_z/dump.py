"""Batch z raw maker: naive visible-text dump of saved HTML pages (and a prefix of one
text file), written as UTF-8.  Runs with a Python that has lxml (a scratch venv outside
the repository); it does not use zhclean.

Usage: dump.py OUTDIR [zNN]
Reads each source from its fetched snapshot (MIRROR/<owner>+<name>/repo, git HEAD).

HTML method (as batch c's dump.py): lxml.html parses the decoded page; <head>, script,
style, noscript, template, svg, iframe, object, embed, math, comments and processing
instructions are dropped; hidden elements are kept; every block element starts and ends
a line, <br> ends a line, table cells end with a tab; newlines inside text nodes become
one space each (other whitespace as it comes); whitespace-only lines are dropped.
Decoding: the page's declared charset (meta), strictly; GB2312/GBK read as GB18030.  When
the declared charset cannot decode the bytes (the EE208 crawler re-saved its pages as
UTF-8 but left their `charset=gb2312` meta), the bytes are decoded as strict UTF-8 and the
fallback is printed.
Text sources keep their original bytes (a prefix of whole lines when cut).
Cut rule (batch x's): a dump over 5,500 visible (non-whitespace) characters is cut before
the line that takes it past 5,000.
"""

import os
import re
import subprocess
import sys

import lxml.html

MIRROR = os.environ.get("MIRROR", "/work/.mirror")

# name, repository, path in the snapshot, kind
PAGES = [
    ("z01_sjtu-bbs-traffic-guide-post-hardwrapped-gb2312-meta.txt", "forestLoop/Learning-EE208",
     "Lab2/Code/html/httpbbs.sjtu.edu.cnbbsconboardTrafficInfofileM2E12735962322EA", "html"),
    ("z02_sjtu-news-lecture-report-byline-credits.txt", "forestLoop/Learning-EE208",
     "Lab2/Code/html/httpnews.sjtu.edu.cnjdyw2018092283833.html", "html"),
    ("z03_tqq-microblog-timeline-reposts-counters.txt", "forestLoop/Learning-EE208",
     "Lab2/Code/html/httpt.qq.comsjtu_1896", "html"),
    ("z04_qsbk-joke-feed-captions-vote-counters.txt", "forestLoop/Learning-EE208",
     "Lab1/Code/QSBKexample.html", "html"),
    ("z05_zhwiki-china-article-menus-infobox-mixed-script.txt", "kreuzberg-dev/kreuzberg",
     "test_documents/web/china_chinese.html", "html"),
    ("z06_zhwiki-eva-text-dump-infobox-tabs.txt", "setu-coders/EE208_Term_Project",
     "lab4-Lucene/code/testfolder_zhCN/1.txt", "text"),
    ("z07_sjtu-news-feature-editors-note-subheads-cut.txt", "forestLoop/Learning-EE208",
     "Lab2/Code/html/httpnews.sjtu.edu.cnagfd2018092183787.html", "html"),
    ("z08_sjtu-alumni-portal-titles-form-labels-gb2312-meta.txt", "forestLoop/Learning-EE208",
     "Lab2/Code/html/httpalumni.sjtu.edu.cnnewalu", "html"),
]

BLOCK = set(
    """address article aside blockquote body center dd details dialog dir div dl dt
fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
main menu nav ol p pre section summary table tbody thead tfoot tr ul caption option select textarea""".split()
)
DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "object", "embed", "math"}


def blob(repo, path):
    git = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", git, "show", "HEAD:" + path],
                          capture_output=True, check=True).stdout


def decode(b):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', b[:5000])
    e = m.group(1).decode().lower() if m else "utf-8"
    if e in ("gb2312", "gbk", "gb18030", "x-gbk"):
        e = "gb18030"
    if e in ("big5", "big5-hkscs"):
        e = "big5hkscs"
    try:
        return b.decode(e), e
    except UnicodeDecodeError:
        return b.decode("utf-8"), e + "->utf-8"


def dump_html(b):
    text, enc = decode(b)
    text = re.sub(r"^<\?xml[^>]*>", "", text.lstrip("\ufeff"))
    root = lxml.html.document_fromstring(text)
    out = []

    def walk(el, pre=False):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag.lower() in DROP:
            if el.tail:
                out.append(el.tail if pre else re.sub(r"\r?\n", " ", el.tail))
            return
        tag = tag.lower()
        inpre = pre or tag in ("pre", "textarea")
        blk = tag in BLOCK
        if blk or tag == "br":
            out.append("\n")
        if el.text:
            out.append(el.text if inpre else re.sub(r"\r?\n", " ", el.text))
        for ch in el:
            walk(ch, inpre)
        if tag in ("td", "th"):
            out.append("\t")
        if blk:
            out.append("\n")
        if el.tail:
            out.append(el.tail if pre else re.sub(r"\r?\n", " ", el.tail))

    walk(root)
    s = "".join(out).replace("\r\n", "\n").replace("\r", "\n")
    lines = [l for l in s.split("\n") if l.strip(" \t\u00a0\u3000\u200b\ufeff") != ""]
    return lines, enc


def vis(s):
    return len(re.sub(r"\s", "", s))


def cut(lines):
    if sum(map(vis, lines)) <= 5500:
        return lines
    keep, n = [], 0
    for line in lines:
        if n + vis(line) > 5000:
            break
        keep.append(line)
        n += vis(line)
    return keep


def main():
    outdir = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for name, repo, path, kind in PAGES:
        if only and not name.startswith(only):
            continue
        b = blob(repo, path)
        if kind == "text":
            text = b.decode("utf-8")  # strict: the file is UTF-8
            lines = text.split("\n")
            keep = cut([l for l in lines])
            raw = b[: len("\n".join(keep).encode("utf-8")) + 1] if len(keep) < len(lines) else b
            enc, total = "utf-8 (text, bytes kept)", len(lines)
        else:
            lines, enc = dump_html(b)
            keep = cut(lines)
            raw = ("\n".join(keep) + "\n").encode("utf-8")
            total = len(lines)
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(raw)
        print(name, enc, len(keep), "of", total, "lines", len(raw), "bytes")


main()
