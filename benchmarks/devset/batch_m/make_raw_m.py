"""Write batch m's raw files (tests/data/real/raw/m*.txt) from the fetched snapshots.

Usage: python make_raw_m.py OUTDIR [mNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
HTML pages are dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block a
line, table cells followed by a tab), decoded by the given encoding (magic-html pages: UTF-8; m01:
CP950, the page declares no charset); feeds with batch_c/dumpfeed.py (every element's own text a
line, entities of the XML decoded once), decoded as CP950 (Big5).
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000, except the pages in NOCUT. Legacy
sources (m01 HTML in Big5 without a declaration, m02-m04 Big5 feeds) are written back in CP950
(the script checks that every character round-trips); the other dumps are UTF-8.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from held_out import make_raw  # noqa: E402

MH = "benchmark/data/article/htmls/"
MF = "benchmark/data/forum/htmls/"
NOCUT = set()
PAGES = [
    # name, repo, path, kind, source encoding (None: the page's declared charset), output encoding
    (
        "m01_chromium-tw-news-big5-nodecl-trad.txt",
        "chardet/chardet",
        "tests/Big5/_chromium_Big5_with_no_encoding_specified.html",
        "html",
        "cp950",
        "cp950",
    ),
    (
        "m02_linyijen-tw-fiction-blog-feed-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/linyijen.blogspot.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "m03_willythecop-comics-podcast-blog-feed-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/willythecop.blogspot.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "m04_leavesth-tw-bookmark-blog-feed-big5-trad.txt",
        "chardet/chardet",
        "tests/Big5/leavesth.blogspot.com.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "m05_qq-commentary-creator-disclaimer.txt",
        "opendatalab/magic-html",
        MH + "1f930df31eb35178b5438a4a86c3992c4f0a379662807778e5f8b0084ccc5849.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m06_chinacomcn-childcare-subsidy-notice-language-menu.txt",
        "opendatalab/magic-html",
        MH + "5da9b27b0b9b53ae469cda7615c39dd9001c7e8f942eb3efc63e86988712d9fc.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m07_39net-health-feature-captions-teaser.txt",
        "opendatalab/magic-html",
        MH + "d997d758e164d7642a106dce06f0b68df60a1b48ac1bdb7cb9cbeec61607d798.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m08_sohu-sports-brief-feed-login-dialog.txt",
        "opendatalab/magic-html",
        MH + "9a0e481ae0f33a2e75eeac05672316e8bc87a156db31a995700e458e85c3ba02.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m09_csolbbs-discuz-thread-reply-profiles.txt",
        "opendatalab/magic-html",
        MF + "eaddae4e0149832f898381e65268fd32a07196c3f1d450022f273721c854fdf0.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m10_developerspub-qa-question-comments.txt",
        "opendatalab/magic-html",
        MF + "f8a495be9c3382fbbcc20e071940923af6b9c32502fbb1c6b0f9b2bbd16fbd38.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m11_flarum-discussion-page-posts-events.txt",
        "opendatalab/magic-html",
        MF + "81abaa708d7b56f8aa077fc5111669f90289e376a182ffa3f63b16881b7c3dc6.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "m12_zhihu-question-answers-inline-ads.txt",
        "opendatalab/magic-html",
        MF + "044e68e44f3c616bdd2509955ebdabc82f7fe370c0ce5af373d47edfcffbe2e9.html",
        "html",
        "utf-8",
        "utf-8",
    ),
]


if __name__ == "__main__":
    make_raw(sys.argv[1], PAGES, NOCUT, sys.argv[2] if len(sys.argv) > 2 else None)
