"""Write raw/ from the two source files (record text written as UTF-8, byte for byte, nothing added)."""

import json, subprocess, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R100 = subprocess.run(
    [
        "git",
        "--git-dir=/work/.mirror/shjwudp+c4-dataset-script/repo",
        "show",
        "619df8ae02d93396736fe239754c99aa84cb2fa8:data/Chinese_docs_random-100.jsonl",
    ],
    capture_output=True,
    check=True,
).stdout.decode("utf-8")
r100 = [json.loads(l) for l in R100.splitlines() if l.strip()]
J = subprocess.run(
    [
        "git",
        "--git-dir=/work/.mirror/jedcheng+c4-dataset-script/repo",
        "show",
        "1e4c0781d6d691b6d26ddb4f880a976b71e11597:data/Document_Duplication_Removal_samples.json",
    ],
    capture_output=True,
    check=True,
).stdout.decode("utf-8")
dec = json.JSONDecoder()
i = J.index("[") + 1
jed = []
while True:
    while i < len(J) and J[i] in " \n\r\t,":
        i += 1
    if i >= len(J) or J[i] == "]":
        break
    o, i = dec.raw_decode(J, i)
    jed.append(o)
FILES = [
    ("e01_guangyang-gaokao-wordpress-sidebar.txt", "r", 9),
    ("e02_mathtype-howto-related-footer.txt", "r", 15),
    ("e03_360che-truck-promo-spec-table-icon-glyphs.txt", "r", 19),
    ("e04_nbbuer-psych-heading-only-contact.txt", "r", 22),
    ("e05_waterproof-assoc-news-lottery-sitename.txt", "r", 36),
    ("e06_sina-guba-profile-rankings.txt", "r", 39),
    ("e07_ncu-tw-photo-page-menu-only-trad.txt", "r", 41),
    ("e08_novel-chapter-trad-xiaolu-widgets.txt", "r", 10),
    ("e09_shanghai-school-intro-signup.txt", "r", 56),
    ("e10_lianghui-news-m6-betting-teaser-keywords.txt", "r", 66),
    ("e11_wlxmall-tvs-diode-product-shop.txt", "r", 72),
    ("e12_wnba-mvp-ledong-escaped-p-tags.txt", "r", 82),
    ("e13_u17-football-yabo-mojibake-prevnext.txt", "r", 83),
    ("e14_huangli-almanac-data.txt", "r", 90),
    ("e15_duitang-zodiac-snake-related-login.txt", "r", 93),
    ("e16_yiche-noah-forum-listing.txt", "r", 1),
    ("e17_suizhou-solar-trad-porn-footer.txt", "r", 99),
    ("e18_tw-3c-camera-buyback-line-cta-trad.txt", "j", 0),
    ("e19_hk-pest-control-seo-trad-clean.txt", "j", 1),
    ("e20_taoyuan-school-notice-trad-clean.txt", "j", 5),
]
if __name__ == "__main__":
    for name, src, k in FILES:
        rec = (r100 if src == "r" else jed)[k]
        open(os.path.join(BASE, "raw", name), "wb").write(rec["text"].encode("utf-8"))
        print(name, src, k, rec["url"], rec.get("timestamp"), len(rec["text"]))
