"""Write batch v's raw files (tests/data/real/raw/v*.txt) from the fetched snapshot.

Usage: python make_raw_v.py OUTDIR [vNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Batch v takes the last 12 usable saved whole HTML pages from the repository batches t and u used
(see SOURCES.md, batch V): immortal-autumn/Chinese-Web-Content-Extraction-Dataset (MIT), snapshot
99d0ef0; none of the 24 pages batches t and u took, and no site already in tests/data/real or
tests/data/html (no licensed repository new to the set holding such pages was found in the time
given; see SOURCES.md). The dataset's own extractions (`cleaned/`, `author/`, `date/`) were not
used for the gold.
Every page is dumped with benchmarks/devset/batch_c/dump.py through `held_out.make_raw` (naive
visible text: one block a line, `<br>` a line break, table cells followed by a tab; the page's
declared charset decides the decoding, gb2312/gbk read as GB18030). Six pages declare no charset:
v06, v09 and v11 are GBK (decoded as GB18030, strict), v08 and v10 are UTF-8 (decoded as UTF-8,
strict; GB18030 fails on them); each source encoding is given below.
Output encoding: UTF-8, except v03, v06, v09 and v12 (GBK pages), written back in GB18030 as
batches t and u did (strict; every character round-trips).
`path@COMMIT` reads a file as it was at that commit (`git show COMMIT:path`).
Cut rule (as batches j, q, r, s, t and u): a dump whose visible (non-whitespace) characters exceed
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
    ("v01_ccc-boxun-memoir-hardwrapped-menu-footer.txt", CW,
     P("05e98007-d810-4036-b154-2ef2fe68c2af"), "html", None, "utf-8"),
    ("v02_ccc-boxun-meeting-report-numbered-points-menu.txt", CW,
     P("6650f72a-89ca-403a-9384-204ea6c072e6"), "html", None, "utf-8"),
    ("v03_cl2000-art-portal-phd-admissions-notice-table-gbk.txt", CW,
     P("0df12126-cd86-46a7-a00b-4d024a7a0954"), "html", None, "gb18030"),
    ("v04_ccer-pku-conference-agenda-sessions-breadcrumb.txt", CW,
     P("2168485b-0614-4e1e-b88e-289bde57e5f0"), "html", None, "utf-8"),
    ("v05_shjnet-city-news-reprint-antipiracy-notice-links.txt", CW,
     P("3e1af229-5b3e-4cfc-82b2-481f37d7adf7"), "html", None, "utf-8"),
    ("v06_chinaha-military-hobby-flight-physics-nocharset-gbk.txt", CW,
     P("455de1c0-8332-4c76-aca6-724d22f840fd"), "html", "gb18030", "gb18030"),
    ("v07_bjmu-university-news-surgeon-profile-headings.txt", CW,
     P("4fa9dfe4-874c-4c43-9260-6ea22710852c"), "html", None, "utf-8"),
    ("v08_joycode-blog-intro-comment-thread-nocharset.txt", CW,
     P("54e89e4e-6d47-424f-b172-12b7e360c25c"), "html", "utf-8", "utf-8"),
    ("v09_beijingspring-essay-hardwrapped-lines-nocharset-gbk.txt", CW,
     P("5dc3fa2d-6734-41e9-8520-a9c7c91ae1f8"), "html", "gb18030", "gb18030"),
    ("v10_donews-blog-sns-post-sidebar-comment-form-nocharset.txt", CW,
     P("b828b656-d89a-4f13-951f-4dab63df6351"), "html", "utf-8", "utf-8"),
    ("v11_chinapub-blog-classic-repost-calendar-sidebar-nocharset.txt", CW,
     P("c38e2b2d-b578-4808-9251-3abf183ef19e"), "html", "gb18030", "utf-8"),
    ("v12_popcastle-sermon-stories-chapter-verse-refs-gbk.txt", CW,
     P("fad52388-1fe2-4885-ba54-52232a4b0534"), "html", None, "gb18030"),
]


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, only)
