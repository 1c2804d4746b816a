"""Write batch n's raw files (tests/data/real/raw/n*.txt) from the fetched snapshot.

Usage: python make_raw_n.py OUTDIR [nNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
HTML pages are dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block a
line, table cells followed by a tab), decoded as UTF-8 (all twelve are magic-html pages).
Cut rule (as batch j): a dump whose visible (non-whitespace) characters exceed 5,500 is cut at
the line boundary before the line that takes them past 5,000, except the pages in NOCUT (n12:
6,084 visible characters, kept whole so that its tail of template markup stays in the raw).
All dumps are written as UTF-8.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from held_out import make_raw  # noqa: E402

MH = "benchmark/data/article/htmls/"
MF = "benchmark/data/forum/htmls/"
NOCUT = {"n12_1905-film-video-news-markup-residue.txt"}
PAGES = [
    # name, repo, path, kind, source encoding, output encoding
    (
        "n01_peoplecn-henan-briefing-news-headings.txt",
        "opendatalab/magic-html",
        MH + "1e20e0271231de85fba26cef6db2bedebf916402368a4602c5adb5b2acf722e1.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n02_ifeng-commentary-column-credits-past-list.txt",
        "opendatalab/magic-html",
        MH + "8f8e788c3abb73656291f8a3a43956862f5d16bc3bb737476c920378f4630a61.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n03_southcn-regional-news-portal-menus.txt",
        "opendatalab/magic-html",
        MH + "39ab22e747cb77c150ef8d240435df0451b102a778502d29d75dbbebf3a5331f.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n04_douban-note-blog-stories-item-cards.txt",
        "opendatalab/magic-html",
        MH + "5c427eeeb30fce808c9d4c89ffe85b0c96c79e326c9a2ce139bc4fefd698f9b3.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n05_learnku-howto-proxy-code-comments.txt",
        "opendatalab/magic-html",
        MF + "7b01ccf33237e2a5bf89ffaad72f1792f58c5efca1df84077f8d4a23c013f199.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n06_sinacn-tram-feature-comment-widget.txt",
        "opendatalab/magic-html",
        MH + "665b6857803ab81b73da628c35cf544684ace5d3112eccd181b130dbc1070b98.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n07_sinacn-court-brief-comment-replies.txt",
        "opendatalab/magic-html",
        MH + "1b929fec5b591f3870c961d4f7e01609c48bf9b67605fab26216c21a0f1de10e.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n08_qq-video-news-comments-game-ads.txt",
        "opendatalab/magic-html",
        MH + "23942aabb8b28ada0c651d540090e165c09947188f1f0ae466bbef1ac6cec8e7.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n09_toutiao-photo-news-captions-feed.txt",
        "opendatalab/magic-html",
        MH + "7fbc6805c3fb26a9f494fa373e9a6f414b3bdd095548179565fea99564b27013.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n10_021east-earthquake-auto-report-hot-search.txt",
        "opendatalab/magic-html",
        MH + "0d18823b30fc212dd2efa8b2afa5ac1b2a9f224bd050adff44b4371289d3db33.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n11_peoplecn-health-short-news-ranking.txt",
        "opendatalab/magic-html",
        MH + "45fcfa7d6741f4361646905a7fdbd1928f6c00e8d4ff29c44c9a51e40b6b2607.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "n12_1905-film-video-news-markup-residue.txt",
        "opendatalab/magic-html",
        MH + "3e863fa9ac3416188abb30733c0f2cfc54da8e55360d2a3747ba76cc638bb469.html",
        "html",
        "utf-8",
        "utf-8",
    ),
]


if __name__ == "__main__":
    make_raw(sys.argv[1], PAGES, NOCUT, sys.argv[2] if len(sys.argv) > 2 else None)
