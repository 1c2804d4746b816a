"""Write batch w's raw files (tests/data/real/raw/w*.txt) from the fetched snapshots.

Usage: python make_raw_w.py OUTDIR [wNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Batch w takes 10 saved whole HTML pages from two repositories new to the set (see SOURCES.md,
batch W):
- neodb-social/neodb (AGPL-3.0), snapshot 77228d9: five saved pages of its scrapers' test data
  (`neodb/test_data/https___…`, files without an extension): four e-book product pages of
  Readmoo 讀墨 (readmoo.com, Taiwan) and a book product page of 博客來 (books.com.tw, Taiwan);
- bigo-frontend/morning-paper-sever (MIT), snapshot e7b1fed: five saved pages of its spiders'
  test mocks (`test/mockData/<site>/html_mock.js`), each a whole page held in a JavaScript
  template literal (`export const html = \`…\`;`): the page is the literal's text taken raw,
  from the first backtick to the last (String.raw; no backtick or `${` occurs inside, and the
  only backslashes stand inside <style>/<script>, which the dump drops).
No site of these ten is in tests/data/real or tests/data/html.
Every page is dumped with benchmarks/devset/batch_c/dump.py through `held_out.make_raw` (naive
visible text: one block a line, `<br>` a line break, table cells followed by a tab; the page's
declared charset decodes it: all ten are UTF-8 pages). Output encoding: UTF-8.
Cut rule (as batches j, q–v): a dump whose visible (non-whitespace) characters exceed 5,500 is cut
at the line boundary before the line that takes them past 5,000; NOCUT lists the exceptions (none
in this batch).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

NEODB = "neodb-social/neodb"
NEODB_C = "77228d960de4ffb7b43483462c3e08e27511c416"  # HEAD of the snapshot (2026-08-18)
BIGO = "bigo-frontend/morning-paper-sever"
BIGO_C = "e7b1fed7a4cd38cf7e94d9b3e8f5eecc6b0b1a08"  # HEAD of the snapshot (2021-02-23)
NOCUT = set()
TEMPLATE = "#template"  # path suffix: the page is the file's JavaScript template literal

_blob = held_out.blob


def blob(repo, path):
    """``held_out.blob``, and for ``PATH#template@COMMIT`` the raw text of the file's template
    literal (first backtick to last backtick, exclusive)."""
    p, _, commit = path.partition("@")
    if not p.endswith(TEMPLATE):
        return _blob(repo, path)
    b = _blob(repo, p[: -len(TEMPLATE)] + ("@" + commit if commit else ""))
    t = b.decode("utf-8")
    a, z = t.index("`"), t.rindex("`")
    inner = t[a + 1 : z]
    assert "`" not in inner and "${" not in inner, path
    return inner.encode("utf-8")


held_out.blob = blob


def N(name):
    return "neodb/test_data/https___" + name + "@" + NEODB_C


def B(site):
    return "test/mockData/" + site + "/html_mock.js" + TEMPLATE + "@" + BIGO_C


PAGES = [
    # name, repo, path@commit, kind, source encoding (None: the page's charset), output encoding
    ("w01_readmoo-tw-zhuangzi-ebook-product-megamenu-recs-trad.txt", NEODB,
     N("readmoo_com_book_210453057000101"), "html", None, "utf-8"),
    ("w02_readmoo-tw-malala-ebook-product-promo-toc-footer-trad.txt", NEODB,
     N("readmoo_com_book_210484376000101"), "html", None, "utf-8"),
    ("w03_readmoo-tw-kids-magazine-issue-product-teaser-copy-trad.txt", NEODB,
     N("readmoo_com_book_220373578000101"), "html", None, "utf-8"),
    ("w04_readmoo-tw-culture-ebook-blurb-printed-twice-trad.txt", NEODB,
     N("readmoo_com_book_210391959000101"), "html", None, "utf-8"),
    ("w05_bookscomtw-arabs-history-book-product-wrapped-blurb-trad.txt", NEODB,
     N("www_books_com_tw_products_0010947886"), "html", None, "utf-8"),
    ("w06_infoq-cn-frontend-channel-listing-bylines-teasers-tags.txt", BIGO, B("infoq"), "html",
     None, "utf-8"),
    ("w07_segmentfault-homepage-feed-teasers-vote-footers.txt", BIGO, B("segmentfault"), "html",
     None, "utf-8"),
    ("w08_tencent-cloud-column-listing-teasers-megamenu-footer.txt", BIGO, B("tencenttmq"),
     "html", None, "utf-8"),
    ("w09_testerhome-forum-topic-list-bare-titles-translator-ui.txt", BIGO, B("testerhome"),
     "html", None, "utf-8"),
    ("w10_juejin-feed-phone-binding-dialog-bare-titles.txt", BIGO, B("juejin"), "html", None,
     "utf-8"),
]


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, only)
