"""Write batch p's raw files (tests/data/real/raw/p*.txt) from the fetched snapshots.

Usage: python make_raw_p.py OUTDIR [pNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Saved HTML pages are dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block
a line, table cells followed by a tab); the two feeds (chardet/chardet `tests/Big5/`) with
batch_c/dumpfeed.py (every element's own text a line), decoded as CP950. All raws of this batch are
written as UTF-8 (coolloud's feed holds numeric references to characters Big5 cannot hold, so its
dump cannot go back to Big5; the other feed is written as UTF-8 too, for one rule in the batch).
Two sources are not a file at the snapshot's HEAD, so `held_out.blob` is wrapped here:
- `path@COMMIT`: the file as it was at that commit (zSMTH-Android replaced the saved thread page
  `app/src/main/assets/post_list_response_from_nforum.html` of 248bd8b with another thread later);
- `path#template`: the HTML inside the first JavaScript template literal of a TypeScript test file
  (wangyige0701/novel keeps its saved search page as `export const testHtml = \`...\``; the
  literal holds no `${...}` and no escaped backtick, so its text is the page as saved).
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000, except the pages in NOCUT.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

_blob = held_out.blob


def blob(repo, path):
    # held_out.blob reads "path@COMMIT" itself; this wrapper adds "path#template".
    if path.endswith("#template"):
        src = _blob(repo, path[: -len("#template")]).decode("utf-8")
        start = src.index("`") + 1
        end = src.index("`", start)
        body = src[start:end]
        assert "${" not in body and "\\`" not in body
        return body.encode("utf-8")
    return _blob(repo, path)


held_out.blob = blob

SMTH = "zfdang/zSMTH-Android"
NOCUT = set()
PAGES = [
    # name, repo, path, kind, source encoding, output encoding
    ("p01_newsmth-worklife-thread-floors-ratings.txt", SMTH,
     "app/src/main/assets/post_list_response_from_nforum.html@248bd8b546f8ca41ff504b2bf59619f1c514e944",
     "html", "utf-8", "utf-8"),
    ("p02_newsmth-test-board-howto-repost-thread.txt", SMTH,
     "responses/post_list_response_from_nforum.html", "html", "utf-8", "utf-8"),
    ("p03_newsmth-board-topic-list-bare-titles.txt", SMTH,
     "responses/board_topic_response_from_www.html", "html", "utf-8", "utf-8"),
    ("p04_xbiqu6-novel-search-results-table.txt", "wangyige0701/novel",
     "src/test/common/html.ts#template", "html", "utf-8", "utf-8"),
    ("p05_coolloud-tw-labour-news-feed-trad.txt", "chardet/chardet",
     "tests/Big5/coolloud.org.tw.xml", "feed", "cp950", "utf-8"),
    ("p06_carbonxiv-bilingual-blog-feed-trad.txt", "chardet/chardet",
     "tests/Big5/carbonxiv.blogspot.com.xml", "feed", "cp950", "utf-8"),
    ("p07_chromium-mcgrady-sports-commentary-clean.txt", "chardet/chardet",
     "tests/utf-8/_chromium_UTF-8_with_no_encoding_specified.html", "html", "utf-8", "utf-8"),
]


if __name__ == "__main__":
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, sys.argv[2] if len(sys.argv) > 2 else None)
