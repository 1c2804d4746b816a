"""Batch F: write raw/f*.txt from shjwudp/c4-dataset-script's random-100 file (record `text` written
as UTF-8, byte for byte, nothing added or removed). Needs the fetched snapshot's git directory.
Run from anywhere: python3 tests/data/real/tools/make_raw_f.py [GIT_DIR]"""

import json
import os
import subprocess
import sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/shjwudp+c4-dataset-script/repo"
COMMIT = "619df8ae02d93396736fe239754c99aa84cb2fa8"
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = [
    ("f01_vitiligo-hospital-article-related-counsel.txt", 0),
    ("f02_igus-cable-product-country-menu.txt", 2),
    ("f03_arbays-blog-tag-listing-sidebar.txt", 7),
    ("f04_douyu-fanbingbing-ring-trad-porn-tail.txt", 8),
    ("f05_novel-yijianduzun-spun-trad-injected.txt", 13),
    ("f06_xc2099-app-case-agency.txt", 16),
    ("f07_lat-novel-toc-teasers-trad.txt", 28),
    ("f08_sszb8-music-app-howto-downloads.txt", 30),
    ("f09_huafamei-wine-product-list.txt", 34),
    ("f10_tw-video-chat-room-reviews-log-trad.txt", 40),
    ("f11_llyfty-textile-news-replacement-chars.txt", 46),
    ("f12_football-asensio-transfer-betting-site.txt", 55),
    ("f13_zysaic-pressure-transmitter-spec-table.txt", 57),
    ("f14_smartmore-helmet-camera-trad-lottery.txt", 59),
    ("f15_donghai-steel-jobs-trad-porn-flood.txt", 60),
    ("f16_jxou-united-front-title-list.txt", 67),
    ("f17_zszc-centralizer-news-template-residue.txt", 76),
    ("f18_spun-hk-news-porn-title.txt", 89),
    ("f19_zust-library-news-casino-sitename.txt", 92),
    ("f20_asus-tw-business-laptops-category-trad.txt", 97),
]
if __name__ == "__main__":
    data = subprocess.run(
        ["git", f"--git-dir={GIT_DIR}", "show", f"{COMMIT}:data/Chinese_docs_random-100.jsonl"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    recs = [json.loads(line) for line in data.splitlines() if line.strip()]
    assert len(recs) == 100
    for name, k in FILES:
        rec = recs[k]
        with open(os.path.join(BASE, "raw", name), "wb") as f:
            f.write(rec["text"].encode("utf-8"))
        print(name, k, rec["url"], rec.get("timestamp"), len(rec["text"]))
