"""Write batch x's raw files (tests/data/real/raw/x*.txt) from the fetched snapshots.

Usage: python make_raw_x.py OUTDIR [xNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Batch x takes saved whole HTML pages from two repositories new to the set (see SOURCES.md,
batch X):
- postlight/parser (MIT or Apache-2.0), snapshot e8ba7ec: the saved page of its custom
  extractor's test for 好奇心日报 (`fixtures/www.qdaily.com.html`, Chinese written as numeric
  character references, which the parser decodes);
- opendatalab/MinerU-Webkit (Apache-2.0), snapshot fe6c409: saved pages of its converter's and
  extractor's tests (`tests/webpage_converter/core/assets/...`,
  `tests/webpage_extractor/core/assets/...`).
No site of these is in tests/data/real or tests/data/html.
Every page is dumped with benchmarks/devset/batch_c/dump.py through `held_out.make_raw` (naive
visible text: one block a line, `<br>` a line break, table cells followed by a tab; the page's
declared charset decodes it, UTF-8 where none is declared: all pages are UTF-8). Output encoding:
UTF-8.
Cut rule (as batches j, q–w): a dump whose visible (non-whitespace) characters exceed 5,500 is cut
at the line boundary before the line that takes them past 5,000; NOCUT lists the exceptions (none
in this batch).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

POSTLIGHT = "postlight/parser"
POSTLIGHT_C = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"  # HEAD of the snapshot (2023-03-15)
MINERU = "opendatalab/MinerU-Webkit"
MINERU_C = "fe6c409cb56be83fcacb628a8fc4a4edb52357d4"  # HEAD of the snapshot (2026-03-25)
NOCUT = set()


def M(path):
    return "tests/" + path + "@" + MINERU_C


PAGES = [
    # name, repo, path@commit, kind, source encoding (None: the page's charset), output encoding
    ("x01_qdaily-news-feature-dating-app-entity-encoded.txt", POSTLIGHT,
     "fixtures/www.qdaily.com.html@" + POSTLIGHT_C, "html", None, "utf-8"),
    ("x02_zjfish-institute-portal-article-menus.txt", MINERU,
     M("webpage_converter/core/assets/html/zh.html"), "html", None, "utf-8"),
    ("x03_handan-company-product-category-trad.txt", MINERU,
     M("webpage_converter/core/assets/ccimage/unescape_img.html"), "html", None, "utf-8"),
    ("x04_whatsknow-econ-calendar-post-sidebar.txt", MINERU,
     M("webpage_converter/core/assets/html/text.html"), "html", "utf-8", "utf-8"),
    ("x05_steel-company-product-page-menus.txt", MINERU,
     M("webpage_extractor/core/assets/input_layout_batch_parser/test_all_ids_tag.html"), "html",
     None, "utf-8"),
    ("x06_steel-company-qa-article-entity-title.txt", MINERU,
     M("webpage_extractor/core/assets/input_layout_batch_parser/test_all_ids.html"), "html",
     None, "utf-8"),
]


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, only)
