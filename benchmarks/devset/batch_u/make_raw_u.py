"""Write batch u's raw files (tests/data/real/raw/u*.txt) from the fetched snapshot.

Usage: python make_raw_u.py OUTDIR [uNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Batch u takes 12 more saved whole HTML pages from the repository batch t used (see SOURCES.md,
batch U): immortal-autumn/Chinese-Web-Content-Extraction-Dataset (MIT), snapshot 99d0ef0; none
of the 12 pages batch t took (t01-t12), and no site already in tests/data/real or tests/data/html.
The dataset's own extractions (`cleaned/`, `author/`, `date/`) were not used for the gold.
Every page is dumped with benchmarks/devset/batch_c/dump.py through `held_out.make_raw` (naive
visible text: one block a line, `<br>` a line break, table cells followed by a tab; the page's
declared charset decides the decoding, gb2312/gbk read as GB18030). Two pages (u05, u09) declare no
charset and are GBK: they are decoded as GB18030 (source encoding given below; each decodes
strictly). u08 declares `charset=gb2312` but its bytes are UTF-8 (strict; GB18030 fails on them):
it is decoded as UTF-8, what the bytes are.
Output encoding: UTF-8, except u04, u07 and u09 (GBK pages), written back in GB18030 as batch t
did for t03 and t12 (strict; every character round-trips).
`path@COMMIT` reads a file as it was at that commit (`git show COMMIT:path`).
Cut rule (as batches j, q, r, s and t): a dump whose visible (non-whitespace) characters exceed
5,500 is cut at the line boundary before the line that takes them past 5,000; NOCUT lists the
exceptions (none in this batch).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

CW = "immortal-autumn/Chinese-Web-Content-Extraction-Dataset"
CWC = "99d0ef08419109b5489b12e38f771f25b952d774"  # HEAD of the snapshot (2022-03-14)
NOCUT = set()


def P(uuid):
    return "original/" + uuid + ".html@" + CWC


PAGES = [
    # name, repo, path@commit, kind, source encoding (None: the page's charset), output encoding
    ("u01_nmg-gov-tax-relief-article-portal-directory-footer.txt", CW,
     P("d232c5df-4a6a-47f7-8c63-2dd47719ffe7"), "html", None, "utf-8"),
    ("u02_yangtse-news-secretaries-week-menu-latest-list.txt", CW,
     P("36efbc69-53dd-4d58-9e67-0353e2a1a7ec"), "html", None, "utf-8"),
    ("u03_tywbw-evening-paper-hospice-latest-photos-footer.txt", CW,
     P("c4d032a1-45cd-4c77-a84e-90e2f8895039"), "html", None, "utf-8"),
    ("u04_cbzw-paper-portal-health-hashtag-recs-gbk.txt", CW,
     P("47f387e6-6467-41fd-a165-b13c1171c6e7"), "html", None, "gb18030"),
    ("u05_qianlong-auto-news-related-dated-list-nocharset.txt", CW,
     P("6820ebe7-83ad-4876-babc-dcc92bf7d2df"), "html", "gb18030", "utf-8"),
    ("u06_netsh-forum-lecture-post-thread-index-disclaimer.txt", CW,
     P("9b1e5dcb-3a68-408d-80c4-6878fade378b"), "html", None, "utf-8"),
    ("u07_263-book-serial-novel-excerpt-breadcrumb-gbk.txt", CW,
     P("c3a80850-3246-416e-af1e-2ab747c4615c"), "html", None, "gb18030"),
    ("u08_yesky-blog-news-repost-sidebar-mislabelled-charset.txt", CW,
     P("064b591b-3cac-4a08-88d0-41c193a2350d"), "html", "utf-8", "utf-8"),
    ("u09_blogchina-blog-news-repost-trackback-nocharset-gbk.txt", CW,
     P("ab65832c-15b6-4c9e-b64f-3bc575332499"), "html", "gb18030", "gb18030"),
    ("u10_hanspub-journal-paper-page-menus-doi-abstract.txt", CW,
     P("2397c95d-2de8-4ca5-a569-4fffd20b9d50"), "html", None, "utf-8"),
    ("u11_cclw-bible-study-lesson-blanks-verse-refs.txt", CW,
     P("d7605742-925f-46b5-b081-4f5bc0aa899d"), "html", None, "utf-8"),
    ("u12_joelonsoftware-cn-translated-essay-headings-credits.txt", CW,
     P("d02c66a2-2288-4641-a70e-01c908dcc6e6"), "html", None, "utf-8"),
]


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, only)
