"""Write batch k's raw files (tests/data/real/raw/k*.txt) from the fetched snapshots.

Usage: python make_raw_k.py OUTDIR   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
HTML pages are dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block a
line, table cells followed by a tab), decoded by the page's declared charset; feeds with
batch_c/dumpfeed.py (every element's own text a line, entities of the XML decoded once).
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000. Feeds are written back in their
own legacy encoding (the script checks that every character round-trips); HTML dumps are UTF-8.
"""

import os
import re
import subprocess
import sys
import tempfile

MIRROR = "/work/.mirror"
HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "batch_c")
MH = "benchmark/data/article/htmls/"
MF = "benchmark/data/forum/htmls/"
PAGES = [
    # name, repo, path, kind, source encoding (None: the page's declared charset), output encoding
    (
        "k01_mia-product-toy-shop.txt",
        "platonai/PulsarRPA",
        "pulsar-dom/src/test/resources/webpages/mia.com/00f3a63c4898d201df95d6015244dd63.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "k02_east021-tourism-halfprice-list.txt",
        "opendatalab/magic-html",
        MH + "9af148c8013298ffc245ded6c4321e98f0a876eb9a4c3aa5abc137ef00683896.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "k03_kuai360-article-inline-ads-comments.txt",
        "opendatalab/magic-html",
        MH + "0eebc3efd179794935e495b0c4da98dde249ca4e5df52da18e5fc1009c09f2f2.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "k04_zhihu-question-two-answers.txt",
        "ccprocessor/web2json-agent",
        "input_html/1.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "k05_udncity-tw-blog-post-spam-trad.txt",
        "adbar/htmldate",
        "tests/test_set/1580240354.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "k06_bbsgo-golangcn-forum-post.txt",
        "opendatalab/magic-html",
        MF + "ad412ab23b75646d54e363b4d813c35b33b353be18fa8c80fcb6adba87ab1b32.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "k07_cnarts-art-portal-listing.txt",
        "opendatalab/magic-html",
        MH + "e8dff24871ec675824595dd6c09f523abdff2134977ab766e47ef6c74bd6aa13.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "k08_softsea-download-feed-markup-gb2312.txt",
        "chardet/chardet",
        "tests/GB2312/softsea.net.xml",
        "feed",
        "gb18030",
        "gbk",
    ),
    (
        "k09_westca-vancouver-blog-feed-gb2312.txt",
        "chardet/chardet",
        "tests/GB2312/14.blog.westca.com.xml",
        "feed",
        "gb18030",
        "gbk",
    ),
    (
        "k10_upsaid-tw-blog-feed-markup-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/upsaid.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "k11_unoriginalblog-hk-diary-feed-big5.txt",
        "chardet/chardet",
        "tests/Big5/unoriginalblog.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "k12_digitalwall-tw-column-feed-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/digitalwall.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "k13_sanwenji-prose-blog-feed-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/sanwenji.blogspot.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "k14_cnblog-blogging-news-feed-title-teasers-gb2312.txt",
        "chardet/chardet",
        "tests/GB2312/cnblog.org.xml",
        "feed",
        "gb18030",
        "gbk",
    ),
    (
        "k15_fudesign-tw-design-blog-feed-markup-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/fudesign.blogspot.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
]


def blob(repo, path):
    git = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(
        ["git", "-C", git, "show", "HEAD:" + path], capture_output=True, check=True
    ).stdout


def vis(s):
    return len(re.sub(r"\s", "", s))


def main(out, only=None):
    for name, repo, path, kind, senc, oenc in PAGES:
        if only and not name.startswith(only):
            continue
        b = blob(repo, path)
        with tempfile.NamedTemporaryFile(suffix=".src", delete=False) as f:
            f.write(b)
        if kind == "feed":
            args = [sys.executable, os.path.join(DEVSET, "dumpfeed.py"), f.name, senc]
        else:
            args = [sys.executable, os.path.join(DEVSET, "dump.py"), f.name] + (
                [senc] if senc else []
            )
        text = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
        os.unlink(f.name)
        lines = text.split("\n")[:-1]
        keep = lines
        if sum(map(vis, lines)) > 5500:
            keep, n = [], 0
            for line in lines:
                if n + vis(line) > 5000:
                    break
                keep.append(line)
                n += vis(line)
        data = "\n".join(keep) + "\n"
        raw = data.encode(oenc)
        assert raw.decode(oenc) == data, name  # every character round-trips
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(raw)
        print(
            name,
            len(keep),
            "of",
            len(lines),
            "lines",
            len(data),
            "chars",
            len(raw),
            "bytes",
            oenc,
            "CUT" if len(keep) < len(lines) else "",
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
