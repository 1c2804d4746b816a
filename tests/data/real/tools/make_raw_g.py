"""Batch G: write raw/g*.txt from shjwudp/c4-dataset-script's random-100 file (record `text` written
as UTF-8, byte for byte, nothing added or removed). Needs the fetched snapshot's git directory.
Run from anywhere: python3 tests/data/real/tools/make_raw_g.py [GIT_DIR]"""

import json
import os
import subprocess
import sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/shjwudp+c4-dataset-script/repo"
COMMIT = "619df8ae02d93396736fe239754c99aa84cb2fa8"
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = [
    ("g01_ccmtv-kidney-channel-cards.txt", 3),
    ("g02_m6-betting-lottery-news-sentences.txt", 6),
    ("g03_lnssq-sewage-news-trad-mojibake-porn.txt", 11),
    ("g04_jingmei-led-customer-case-trad-porn.txt", 12),
    ("g05_ganxb2-blog-seo-category-one-title.txt", 21),
    ("g06_qiyou-film-page-synopsis-related.txt", 35),
    ("g07_live173-app-download-howto-trad.txt", 47),
    ("g08_valve-site-health-title-no-body.txt", 51),
    ("g09_hengyang-drain-product-no-body.txt", 52),
    ("g10_lmjh-phpbb-login-school-trad.txt", 58),
    ("g11_novel-longxu-chapter-trad-reader-widgets.txt", 69),
    ("g12_vimar-catalog-radiofrequency-mixed.txt", 70),
    ("g13_huayin-waste-oil-product-list.txt", 74),
    ("g14_kyhj-cooler-product-trad-porn.txt", 75),
    ("g15_gxhd-download-page-trad-porn.txt", 77),
    ("g16_cdaten-kvm-extender-shop-spec.txt", 79),
    ("g17_ayx-football-preview-betting-wordpress.txt", 80),
    ("g18_mengke-pr-agency-homepage.txt", 84),
    ("g19_huishu-gypsum-product-trad-porn.txt", 85),
    ("g20_maijie-palletizer-product-trad-porn.txt", 94),
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
