"""Write batch o's raw files (tests/data/real/raw/o*.txt) from the fetched snapshots.

Usage: python make_raw_o.py OUTDIR [oNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
o01 is a saved HTML page (chyroc/WechatSogou's test file, UTF-8), dumped with
benchmarks/devset/batch_c/dump.py (naive visible text, one block a line, table cells followed by a
tab). o02-o11 are blog feeds saved as encoding test data (chardet/chardet `tests/Big5/`,
`tests/GB2312/`), dumped with batch_c/dumpfeed.py (every element's own text a line, entities of
the XML decoded once, so escaped post markup stays as text): the Big5 feeds are decoded as CP950
and their dumps written back in CP950, the GB2312 feeds decoded as GB18030 and written back in
GB18030 (GBK range; the script checks that every character round-trips), so the ten legacy
raws keep their legacy bytes.
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000, except the pages in NOCUT.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from held_out import make_raw  # noqa: E402

B5 = "tests/Big5/"
GB = "tests/GB2312/"
NOCUT = set()
PAGES = [
    # name, repo, path, kind, source encoding, output encoding
    ("o01_sogouweixin-search-results-teasers.txt", "chyroc/WechatSogou",
     "test/file/search-gaokao-article.html", "html", "utf-8", "utf-8"),
    ("o02_letterlego-tw-library-reprint-blog-feed-big5-trad.txt", "chardet/chardet",
     B5 + "letterlego.blogspot.com.xml", "feed", "cp950", "cp950"),
    ("o03_ke207-hk-poems-dialogues-blog-feed-big5-trad.txt", "chardet/chardet",
     B5 + "ke207.blogspot.com.xml", "feed", "cp950", "cp950"),
    ("o04_tlkkuo-tw-personal-blog-moved-feed-big5-trad.txt", "chardet/chardet",
     B5 + "tlkkuo.blogspot.com.xml", "feed", "cp950", "cp950"),
    ("o05_kafkatseng-tw-essay-blog-feed-big5-trad.txt", "chardet/chardet",
     B5 + "kafkatseng.blogspot.com.xml", "feed", "cp950", "cp950"),
    ("o06_bbsblogsome-military-news-repost-feed-gbk.txt", "chardet/chardet",
     GB + "bbs.blogsome.com.xml", "feed", "gb18030", "gb18030"),
    ("o07_pdablogsome-tech-news-repost-feed-gbk.txt", "chardet/chardet",
     GB + "pda.blogsome.com.xml", "feed", "gb18030", "gb18030"),
    ("o08_coverer-seo-articles-feed-gbk.txt", "chardet/chardet",
     GB + "coverer.com.xml", "feed", "gb18030", "gb18030"),
    ("o09_luciferwang-blogcn-literary-diary-feed-gbk.txt", "chardet/chardet",
     GB + "luciferwang.blogcn.com.xml", "feed", "gb18030", "gb18030"),
    ("o10_cindychen-family-blog-feed-script-gbk.txt", "chardet/chardet",
     GB + "cindychen.com.xml", "feed", "gb18030", "gb18030"),
    ("o11_cappuccinos-personal-blog-feed-gbk.txt", "chardet/chardet",
     GB + "cappuccinos.3322.org.xml", "feed", "gb18030", "gb18030"),
]


if __name__ == "__main__":
    make_raw(sys.argv[1], PAGES, NOCUT, sys.argv[2] if len(sys.argv) > 2 else None)
