"""Write batch q's raw files (tests/data/real/raw/q*.txt) from the fetched snapshots.

Usage: python make_raw_q.py OUTDIR [qNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Every page of this batch is a saved HTML page from the unit-test data of a news-diff crawler:
ronnywang/newsdiff (Taiwan news sites) and its fork yookoala/newsdiffHK (Hong Kong news sites).
Each is dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block a line, table
cells followed by a tab). Both repositories later moved or dropped their `tests/` folder, so every
page is read at a fixed commit: `held_out.blob` reads `path@COMMIT` as the file
as it was at that commit (`git show COMMIT:path`).
Encodings: the two Big5 pages are decoded as Big5-HKSCS (the dumper's reading of `charset=big5`);
q02's dump is written back in Big5-HKSCS (it holds HKSCS characters such as 邨, so CP950 cannot
hold it), q01's is written as UTF-8 (its `&nbsp;` entities give U+00A0, which Big5 cannot hold).
Every other page is UTF-8 and written as UTF-8.
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000, except the pages in NOCUT; no page of
this batch is over the limit.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

TW = "ronnywang/newsdiff"
TWC = "960d7c35606c50292e2e21a55cd99d2db096c3e5"  # 2014-12-16, last commit with tests/
HK = "yookoala/newsdiffHK"
HKC = "1ffebbcdedb1563ab5de3848e7ee2844920f59e0"  # 2014-12-20, the snapshot's master
T = "tests/models/Crawler/"
NOCUT = set()
PAGES = [
    # name, repo, path@commit, kind, source encoding, output encoding
    ("q01_wenweipo-hk-mediation-feature-related-twice.txt", HK,
     T + "WenWeiPo/data/AZ1404020003.html@" + HKC, "html", "big5hkscs", "utf-8"),
    ("q02_singtao-hk-property-brief-bare-titles-big5hkscs.txt", HK,
     T + "SingTao/data/20141218h134447.html@" + HKC, "html", "big5hkscs", "big5hkscs"),
    ("q03_passiontimes-hk-june4-slogan-news-title-list.txt", HK,
     T + "PassionTimes/data/3008.html@" + HKC, "html", "utf-8", "utf-8"),
    ("q04_tvb-hk-us-data-preview-weather-headlines.txt", HK,
     T + "TVB/data/5484d9766db28c6e54000000.html@" + HKC, "html", "utf-8", "utf-8"),
    ("q05_bcc-tw-radio-cold-front-ticker-ranking.txt", TW,
     T + "BCC/data/2470299.html@" + TWC, "html", "utf-8", "utf-8"),
    ("q06_cts-tw-tv-bakery-overtime-prevnext.txt", TW,
     T + "CTS/data/201411111536296.html@" + TWC, "html", "utf-8", "utf-8"),
    ("q07_ftv-tw-tv-bun-shop-related-teasers.txt", TW,
     T + "FTV/data/2014C01L08M1.html@" + TWC, "html", "utf-8", "utf-8"),
    ("q08_ettoday-tw-reader-oped-regional-trade.txt", TW,
     T + "Ettoday/data/436375.html@" + TWC, "html", "utf-8", "utf-8"),
    ("q09_tvbs-tw-peru-travel-feature-tags.txt", TW,
     T + "TVBS/data/556732.html@" + TWC, "html", "utf-8", "utf-8"),
    ("q10_newtalk-tw-film-festival-share-form-copy.txt", TW,
     T + "Newtalk/data/52850.html@" + TWC, "html", "utf-8", "utf-8"),
]


if __name__ == "__main__":
    held_out.make_raw(sys.argv[1], PAGES, NOCUT, sys.argv[2] if len(sys.argv) > 2 else None)
