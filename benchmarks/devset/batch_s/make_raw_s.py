"""Write batch s's raw files (tests/data/real/raw/s*.txt) from the fetched snapshots.

Usage: python make_raw_s.py OUTDIR [sNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Batch s takes pages from four repositories new to the set (see SOURCES.md, batch S):
- 7sDream/zhihu-py3 (MIT): a saved whole 知乎 answer page (test data of a Zhihu client library),
  dumped with benchmarks/devset/batch_c/dump.py through `held_out.make_raw` (naive visible text,
  one block a line, `<br>` a line break, table cells followed by a tab).
- code4craft/webmagic (Apache-2.0): one file of a crawler's saved output (`url:` / `vote:` /
  `content:` with the answer's HTML fragment / `userid:`), committed once at 0d4dff6. It is a text
  file, not a page: its bytes are written unchanged (kind "text"), markup and all.
- letiantian/TextRank4ZH (MIT): four news and guide texts copied from web pages as test documents
  of a keyword extractor (UTF-8 text, written unchanged).
- albfernandez/juniversalchardet (MPL-1.1 / GPL-2.0+ / LGPL-2.1+): two web texts kept as
  encoding-detection samples in **GBK** bytes (one of them Traditional characters in GBK), written
  unchanged, in their own encoding.
- saintfish/chardet (MIT; added in a second raw commit): a saved Taiwan news portal home page in
  **Big5** (`testdata/big5.html`, 中時電子報, 2012), dumped like the html pages (decoded as
  Big5-HKSCS, the dumper's reading of `charset=big5`) and written back in **Big5 (CP950)**, the
  page's own encoding, as batch r did for its Big5 pages: the only character of the dump that
  CP950 cannot hold is U+5803 (堃), which the page itself writes as `&#22531;`; it is written back
  as that reference. Any other character CP950 cannot hold is an error.
`path@COMMIT` reads a file as it was at that commit (`git show COMMIT:path`).
Cut rule (as batches j, q and r): a dump or text whose visible (non-whitespace) characters exceed
5,500 is cut at the line boundary before the line that takes them past 5,000; NOCUT lists the
exceptions (none in this batch). Text files are checked to decode strictly in their encoding.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

ZH = "7sDream/zhihu-py3"
ZHC = "bcb4aa8325f8b54d3b44bd0bdc959edd9761fcfc"  # HEAD of the snapshot (2016-09-17)
WM = "code4craft/webmagic"
WMC = "0d4dff63369934e243f38dec6d1072e6831e07bc"  # 2017-03-19, the commit that added the cache
TR = "letiantian/TextRank4ZH"
TRC = "3c475a442ca187e90a1d1afaa89d312cb9017c70"  # HEAD of the snapshot (2023-04-18)
JC = "albfernandez/juniversalchardet"
JCC = "b43c5b5e9b4519cfb7ae7702a305572212f7a11b"  # HEAD of the snapshot (2025-06-30)
SF = "saintfish/chardet"
SFC = "5e3ef4b5456d970814525f09c1f176294f1751a9"  # HEAD of the snapshot (2023-01-01)
NOCUT = set()
ENTITIES = {"\u5803": "&#22531;"}
PAGES = [
    # name, repo, path@commit, kind, source encoding, output encoding
    ("s01_zhihu-answer-page-escaped-br-teasers-sidebar.txt", ZH,
     "test/data/answer.html@" + ZHC, "html", "utf-8", "utf-8"),
    ("s02_zhihu-crawler-output-cpp-answer-markup-update-rule.txt", WM,
     "D:\\webmagic\\/www.zhihu.com/664d5f97f35aae2b2de448f737dd4619.html@" + WMC, "text", "utf-8", "utf-8"),
    ("s03_ent-news-wedding-reception-weibo-labels-headings.txt", TR,
     "test/doc/01.txt@" + TRC, "text", "utf-8", "utf-8"),
    ("s04_legal-feature-corruption-us-doubled-captions.txt", TR,
     "test/doc/02.txt@" + TRC, "text", "utf-8", "utf-8"),
    ("s05_tech-news-netflix-marco-polo-ascii-spaces.txt", TR,
     "test/doc/03.txt@" + TRC, "text", "utf-8", "utf-8"),
    ("s06_travel-guide-beijing-food-clean-trailing-space.txt", TR,
     "test/doc/04.txt@" + TRC, "text", "utf-8", "utf-8"),
    ("s07_zhwiki-gbk-big5-trad-in-gbk-bytes.txt", JC,
     "src/test/resources/gbk-sample.txt@" + JCC, "text", "gb18030", "gb18030"),
    ("s08_gbk-explainer-fonts-numbered-list-gbk.txt", JC,
     "src/test/resources/gb2312-sample.txt@" + JCC, "text", "gb18030", "gb18030"),
    ("s09_chinatimes-tw-portal-home-teaser-boxes-bare-titles-big5.txt", SF,
     "testdata/big5.html@" + SFC, "html", "big5hkscs", "cp950"),
]


def make_text(out, name, repo, path, enc):
    """A text file's bytes, unchanged (checked to decode strictly in ``enc``; cut by the rule)."""
    b = held_out.blob(repo, path)
    text = b.decode(enc)  # strict
    lines = text.split("\n")
    tail = lines[-1] == ""
    if tail:
        lines = lines[:-1]
    keep = lines
    if sum(map(held_out.vis, lines)) > 5500 and name not in NOCUT:
        keep, n = [], 0
        for line in lines:
            if n + held_out.vis(line) > 5000:
                break
            keep.append(line)
            n += held_out.vis(line)
    if len(keep) == len(lines):
        raw = b
    else:
        raw = ("\n".join(keep) + "\n").encode(enc)
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(raw)
    print(name, len(keep), "of", len(lines), "lines", len(raw), "bytes", enc,
          "CUT" if len(keep) < len(lines) else "", "" if tail else "(no final newline)")


def make_legacy(out, name, repo, path, senc, oenc):
    """As held_out.make_raw for one page (no cut needed: under 5,500 visible characters), written
    in a legacy encoding with the page's own references for the characters it cannot hold."""
    b = held_out.blob(repo, path)
    with tempfile.NamedTemporaryFile(suffix=".src", delete=False) as f:
        f.write(b)
    text = subprocess.run(
        [sys.executable, os.path.join(held_out.DUMPERS, "dump.py"), f.name, senc],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")
    os.unlink(f.name)
    assert sum(map(held_out.vis, text.split("\n"))) <= 5500, name
    data = "".join(ENTITIES.get(c, c) for c in text)
    raw = data.encode(oenc)  # strict: any other character CP950 cannot hold is an error
    assert raw.decode(oenc) == data, name
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(raw)
    print(name, data.count("\n"), "lines", len(data), "chars", len(raw), "bytes", oenc,
          "references", sum(data.count(e) for e in ENTITIES.values()))


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for page in PAGES:
        name, repo, path, kind, senc, oenc = page
        if only and not name.startswith(only):
            continue
        if kind == "text":
            make_text(sys.argv[1], name, repo, path, senc)
        elif oenc != "utf-8":
            make_legacy(sys.argv[1], name, repo, path, senc, oenc)
        else:
            held_out.make_raw(sys.argv[1], [page], NOCUT)
