"""Write batch t's raw files (tests/data/real/raw/t*.txt) from the fetched snapshot.

Usage: python make_raw_t.py OUTDIR [tNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Batch t takes 12 saved whole HTML pages from one repository new to the set (see SOURCES.md,
batch T): immortal-autumn/Chinese-Web-Content-Extraction-Dataset (MIT), a hand-made Chinese
content-extraction dataset whose `original/` folder holds 69 cached pages of Chinese sites (news,
government portals, forums, blogs, a study-abroad guide, a video site's column). The dataset's
own extractions (`cleaned/`, `author/`, `date/`) were not used for the gold.
Every page is dumped with benchmarks/devset/batch_c/dump.py through `held_out.make_raw` (naive
visible text: one block a line, `<br>` a line break, table cells followed by a tab; the page's
declared charset decides the decoding, gb2312/gbk read as GB18030).
Output encoding: UTF-8, except t03 and t12, whose pages are GBK (`charset=gbk` / `gb2312`): they
are written back in GB18030, as batch a did for a12 (strict; every character round-trips). All
their characters have GBK codes except two the dumps hold that GBK lacks: the page's `&raquo;`
(U+00BB) in t03 and `&nbsp;` (U+00A0) in t12, which GB18030 writes as four-byte codes; so the
files are GBK bytes with a few GB18030 four-byte sequences.
`path@COMMIT` reads a file as it was at that commit (`git show COMMIT:path`).
Cut rule (as batches j, q, r and s): a dump whose visible (non-whitespace) characters exceed
5,500 is cut at the line boundary before the line that takes them past 5,000; NOCUT lists the
exceptions (none in this batch). t03 and t09 are cut.
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
    ("t01_bynr-gov-cppcc-editorial-print-qr-footer.txt", CW,
     P("500b350d-d38d-4fb0-9e81-75e0c95e95a8"), "html", None, "utf-8"),
    ("t02_jilin-gov-notice-metadata-table-split-title.txt", CW,
     P("e8847578-12f0-44cb-bdb7-4eec53c18ed1"), "html", None, "utf-8"),
    ("t03_sachina-discuz-archiver-sociology-repost-gbk.txt", CW,
     P("77fa9435-93a8-401b-a264-a3f5909d5ea7"), "html", None, "gb18030"),
    ("t04_cctv-forum-post-reply-tree-counters.txt", CW,
     P("a6e8b739-734a-4962-b1e3-b5ac29ecf4ab"), "html", None, "utf-8"),
    ("t05_yahoocn-community-post-profile-reply-form.txt", CW,
     P("e4232eb3-4c02-47c6-9287-b91c2f95b795"), "html", None, "utf-8"),
    ("t06_dwnews-blog-wordpress-comment-sidebar-trad-cats.txt", CW,
     P("35687fb1-3d1f-46ac-a1c1-30ae027b2ae4"), "html", None, "utf-8"),
    ("t07_dahe-epaper-article-edition-nav-calendar.txt", CW,
     P("274a65d9-46df-45be-b9f6-4d18ba911427"), "html", None, "utf-8"),
    ("t08_rfi-cn-press-review-lang-menu-related.txt", CW,
     P("0ef8393b-0415-494c-b608-1d45bb33c6fb"), "html", None, "utf-8"),
    ("t09_wenxuecity-blog-archive-page-sidebar-posts.txt", CW,
     P("59562291-5657-476d-9902-ad76b53ef82b"), "html", None, "utf-8"),
    ("t10_51offer-study-guide-leadgen-related-hotline.txt", CW,
     P("d96c76b7-b8c0-4c8b-8898-7ec192555b74"), "html", None, "utf-8"),
    ("t11_bilibili-column-fanfic-chapter-tags-recs.txt", CW,
     P("658d9f03-ebba-4946-b0e8-25b6fdbeb1c7"), "html", None, "utf-8"),
    ("t12_scol-mala-forum-error-page-login-gbk.txt", CW,
     P("386d70f8-19dc-495b-aa14-18cc057e1544"), "html", None, "gb18030"),
]


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, only)
