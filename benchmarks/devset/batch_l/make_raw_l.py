"""Write batch l's raw files (tests/data/real/raw/l*.txt) from the fetched snapshots.

Usage: python make_raw_l.py OUTDIR   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
HTML pages are dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block a
line, table cells followed by a tab), decoded by the page's declared charset; feeds with
batch_c/dumpfeed.py (every element's own text a line, entities of the XML decoded once).
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000, except the pages in NOCUT (l15: its
English headline ticker would take the cut before the article; its whole dump is 386 lines). Feeds are written back in their
own legacy encoding (the script checks that every character round-trips); HTML dumps are UTF-8.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from held_out import make_raw  # noqa: E402

MH = "benchmark/data/article/htmls/"
MF = "benchmark/data/forum/htmls/"
NOCUT = {"l15_yahoohk-finance-trad-ticker-ads.txt"}
PAGES = [
    # name, repo, path, kind, source encoding (None: the page's declared charset), output encoding
    (
        "l01_gmw-commentary-protectionism-recommend.txt",
        "opendatalab/magic-html",
        MH + "a28ede747c822c44a927d649abc3073302cb1f6da099050f151f95dece6d42ae.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l02_youthcn-eldercare-major-feature.txt",
        "opendatalab/magic-html",
        MH + "9c642bd57e7c44cd40fdd9025696a5bea933556f643513e59d9965b48ef3b7e0.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l03_youthcn-israel-ceasefire-photo-teasers.txt",
        "opendatalab/magic-html",
        MH + "39dd62c5ba88ab41c15c92ceab61ed4606fc6e996d2ab0d2e10af0e315be94de.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l04_southcn-fed-rate-intl-news-portal-menus.txt",
        "opendatalab/magic-html",
        MH + "2dd9425ba67be652e3e2f1dcc20797998897fe06008a80bf069338e3772494c8.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l05_caijing-cpi-statistics-related-lists.txt",
        "opendatalab/magic-html",
        MH + "ea5bdb58d64b345dd80afd12651010fd442d4c8bdf45b540e61c4ff7c37fb30f.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l06_newscn-premier-xinjiang-video-news.txt",
        "opendatalab/magic-html",
        MH + "14b709df543c9c22a524bd7e4989c463a5613d7c7b402b19ffc2826156a73b72.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l07_henewscn-zunhua-farm-machinery-photo-news.txt",
        "opendatalab/magic-html",
        MH + "090704b0cb2e2ae4e435507f38afe591b641a672afa133d7065f48992a444d9b.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l08_sinacn-2005-listed-company-correction-notice.txt",
        "opendatalab/magic-html",
        MH + "3ef3b4e65fab1f387fb5ec483a13a88da9b0bc1533c2d9bf894532322b8e3860.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l09_tieba-buddhist-mood-thread-floors.txt",
        "opendatalab/magic-html",
        MF + "6db2e2d672d8b4fe7cb13ce5a5520444734b2ea0641a4a82546d2af4c0466cd0.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l10_zhidao-qa-answers-related.txt",
        "opendatalab/magic-html",
        MF + "660f1afdd0b5d2c4ea33e0e22710e13e5bce0a3c936cd3cfb5dc409a1207031d.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "l11_mogujie-phone-category-listing-prices.txt",
        "platonai/PulsarRPA",
        "pulsar-ql/src/test/resources/pages/e48aa0f4dfa494e673eda0f91871406aproduct.index.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "l12_hsqhfunds-fund-disclosure-listing.txt",
        "Gerapy/GerapyAutoExtractor",
        "samples/list/hsqhfunds_announcement.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "l13_zhihu-search-results-listing.txt",
        "Gerapy/GerapyAutoExtractor",
        "samples/list/zhihu_search_result.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "l14_netease-news-leaderboard-ranking.txt",
        "Gerapy/GerapyAutoExtractor",
        "samples/list/netease_leaderboard_news.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "l15_yahoohk-finance-trad-ticker-ads.txt",
        "opendatalab/magic-html",
        MH + "2681eeacec6ab049817f3908bab3ae67a01396cedc3ede29df29ecc94ecd1265.html",
        "html",
        "utf-8",
        "utf-8",
    ),
]


if __name__ == "__main__":
    make_raw(sys.argv[1], PAGES, NOCUT, sys.argv[2] if len(sys.argv) > 2 else None)
