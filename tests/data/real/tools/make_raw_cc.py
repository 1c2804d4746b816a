"""Batches F, G, H and I: write raw/f*.txt, raw/g*.txt, raw/h*.txt and raw/i*.txt from
shjwudp/c4-dataset-script's random-100 file (each record's `text` written as UTF-8, byte for
byte, nothing added or removed). Needs the fetched snapshot's git directory.

Batch I also takes eight objects of jedcheng/c4-dataset-script's
data/Document_Duplication_Removal_samples.json (the file batches D and E took their Traditional
controls from; same form: the object's `text` as UTF-8, byte for byte), because random-100 had no
more unused records with Chinese author text. That snapshot's git directory is JED_GIT_DIR
(environment variable; default below).

Run from anywhere: python3 tests/data/real/tools/make_raw_cc.py [GIT_DIR] [BATCH ...]
(BATCH: f, g, h, i; all by default)."""

import json
import os
import subprocess
import sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/shjwudp+c4-dataset-script/repo"
COMMIT = "619df8ae02d93396736fe239754c99aa84cb2fa8"
JED_GIT_DIR = os.environ.get("JED_GIT_DIR", "/work/.mirror/jedcheng+c4-dataset-script/repo")
JED_COMMIT = "1e4c0781d6d691b6d26ddb4f880a976b71e11597"
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BATCHES = {
    "f": [
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
    ],
    "g": [
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
    ],
    "h": [
        ("h01_lvzhuangjie-film-porn-title-synopsis.txt", 5),
        ("h02_48655-lottery-tips-title-list.txt", 31),
        ("h03_707sg-spun-text-porn-titles.txt", 44),
        ("h04_2800av-porn-video-title-flood.txt", 49),
        ("h05_news24-tag-page-betting-keyword-en.txt", 65),
        ("h06_shucai-product-snippets-lost-chars-porn.txt", 71),
        ("h07_visuaweb-porn-list-pager-mojibake.txt", 95),
        ("h08_runzi-transformer-category-bare.txt", 26),
        ("h09_wanjia-aluminium-placeholder-product.txt", 73),
        ("h10_adanail-hk-gallery-menu-trad.txt", 29),
    ],
    "i": [
        ("i01_koko-betting-wuju-opera-teaser-keywords.txt", 25),
        ("i02_imdj-betting-counselling-room-teaser-keywords.txt", 27),
        ("i03_leyu-betting-tag-page-congress-snippet.txt", 87),
        ("i04_charisse-tw-pearl-necklace-shopify-trad.txt", 48),
        ("i05_weihe-honours-placeholder-contact-trad-porn.txt", 45),
        ("i06_eetchina-login-prompt-menu-only.txt", 91),
        ("i07_404-casino-redirect-notice.txt", 62),
    ],
}
# jedcheng/c4-dataset-script data/Document_Duplication_Removal_samples.json, object index (from 0)
JED_BATCHES = {
    "i": [
        ("i08_chengli-carcass-truck-machine-trad-clean.txt", 4),
        ("i09_hanchuan-procurement-notice-machine-trad-clean.txt", 6),
        ("i10_goodforyou-tw-member-terms-trad-clean.txt", 8),
        ("i11_tradingview-tw-technicals-trad-clean.txt", 2),
        ("i12_tradingview-tw-forecast-trad-clean.txt", 9),
        ("i13_hk-police-radio-job-trad-clean.txt", 3),
        ("i14_hk-edb-project-officer-job-trad-clean.txt", 10),
        ("i15_hk-project-assistant-job-trad-clean.txt", 13),
    ],
}


def jed_objects():
    """The JSON array of the jedcheng file, read object by object (it has a trailing comma)."""
    s = subprocess.run(
        [
            "git",
            f"--git-dir={JED_GIT_DIR}",
            "show",
            f"{JED_COMMIT}:data/Document_Duplication_Removal_samples.json",
        ],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    dec = json.JSONDecoder()
    i = s.index("[") + 1
    objs = []
    while True:
        while i < len(s) and s[i] in " \n\r\t,":
            i += 1
        if i >= len(s) or s[i] == "]":
            return objs
        o, i = dec.raw_decode(s, i)
        objs.append(o)


if __name__ == "__main__":
    batches = sys.argv[2:] or sorted(BATCHES)
    data = subprocess.run(
        ["git", f"--git-dir={GIT_DIR}", "show", f"{COMMIT}:data/Chinese_docs_random-100.jsonl"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    recs = [json.loads(line) for line in data.splitlines() if line.strip()]
    assert len(recs) == 100
    for batch in batches:
        for name, k in BATCHES[batch]:
            rec = recs[k]
            with open(os.path.join(BASE, "raw", name), "wb") as f:
                f.write(rec["text"].encode("utf-8"))
            print(name, k, rec["url"], rec.get("timestamp"), len(rec["text"]))
    if any(b in JED_BATCHES for b in batches):
        objs = jed_objects()
        assert len(objs) == 14
        for batch in batches:
            for name, k in JED_BATCHES.get(batch, []):
                rec = objs[k]
                with open(os.path.join(BASE, "raw", name), "wb") as f:
                    f.write(rec["text"].encode("utf-8"))
                print(name, "jedcheng", k, rec["url"], rec.get("timestamp"), len(rec["text"]))
