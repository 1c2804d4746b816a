#!/bin/sh
# Re-create raw/yy*.txt from the repository snapshots fetched with the search tool's fetch
# (mirrors under /work/.mirror); needs a Python with lxml (the scratch venv by default).
set -e
H=$(cd "$(dirname "$0")/.." && pwd); PY=${PY:-/work/wt-batch-yy/.venv/bin/python}; D="$PY $(dirname "$0")/../dump_html.py"  # shared by the batches
T=$(mktemp -d)
# scrapinghub/product-extraction-benchmark (MIT): gzipped saved product pages
P=/work/.mirror/scrapinghub+product-extraction-benchmark/repo
C=cba97d7a8d42aeefd4021bc15d482f297faceaa3
git -C $P show $C:dataset/html/24d6d89f539d8d4a0a2dd082038571c17fe88394eeb1c4502071a551aa6fa42d.html.gz | gzip -dc > $T/01.html
git -C $P show $C:dataset/html/d132928212cec6acd35bf7015ecd41699d84e3d724626c9f52e63d6db8d13904.html.gz | gzip -dc > $T/02.html
git -C $P show $C:dataset/html/91f8f14da4a9f3046b93d91b72752f654d81925b5064d07e03ee98db32fb5208.html.gz | gzip -dc > $T/03.html
$D $T/01.html > $H/raw/yy01_i3fresh-tw-food-shop-product-price-tiers-help-links-trad.txt
$D $T/02.html > $H/raw/yy02_gomaji-tw-theatre-deal-voucher-terms-blurbs-dialogs-trad.txt
$D $T/03.html > $H/raw/yy03_pcstore-tw-outdoor-shop-product-category-menu-json-trad.txt
# scrapinghub/Formasaurus (MIT): saved pages of its form-type training data (stored as UTF-8)
F=/work/.mirror/scrapinghub+Formasaurus/repo
C=4bb46a95c7851622bb63ca7459d4d6d2587297ab
git -C $F show $C:formasaurus/data/html/718.html > $T/04.html
git -C $F show $C:formasaurus/data/html/320.html > $T/05.html
git -C $F show $C:formasaurus/data/html/12.html > $T/06.html
$D $T/04.html > $H/raw/yy04_mitbbs-bbs-thread-replies-quoted-hardwrap-signatures.txt
$D $T/05.html > $H/raw/yy05_singtao-ca-toronto-news-portal-home-teasers-trad.txt
$D $T/06.html > $H/raw/yy06_asodao-vpn-signup-page-notice-form-labels.txt
# scrapy/protego (BSD-3-Clause): what sites served for /robots.txt (here HTML pages)
R=/work/.mirror/scrapy+protego/repo
C=81f1b35d1a2b86595fb3ff656a58a68631ba06da
git -C $R show $C:tests/test_data/www.fmprc.gov.cn > $T/07.html
git -C $R show $C:tests/test_data/www.bjtu.edu.cn > $T/08.html
git -C $R show $C:tests/test_data/www.zhaopin.com > $T/09.html
$D $T/07.html > $H/raw/yy07_fmprc-gov-portal-404-menus-footer-empty-gold.txt
# GB2312 page: decoded as GB18030 and written back in the same bytes (GB2312 text in GB18030 bytes: its &nbsp; has no GBK code)
$D $T/08.html gb18030 gb18030 > $H/raw/yy08_bjtu-university-404-notice-gb18030-empty-gold.txt
$D $T/09.html > $T/09.txt; head -150 $T/09.txt > $H/raw/yy09_zhaopin-job-portal-home-link-lists-cut.txt   # cut: first 150 of 481 lines
# TeamHG-Memex/autopager (MIT): pages saved for its pagination-link training data (stored as UTF-8)
A=/work/.mirror/TeamHG-Memex+autopager/repo
C=990e480bee9f780088db05e7586b2b84e255abeb
git -C $A show $C:autopager/data/html/185.html > $T/10.html
$D $T/10.html > $H/raw/yy10_jslcae-art-exchange-news-listing-title-teaser-pager.txt
rm -r $T
