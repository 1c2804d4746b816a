#!/bin/sh
# Re-create raw/zz*.txt from the repository snapshots fetched with the search tool's fetch
# (mirrors under /work/.mirror); needs a Python with lxml (the scratch venv by default).
set -e
H=$(cd "$(dirname "$0")/.." && pwd); PY=${PY:-/work/wt-batch-zz/.venv/bin/python}; D="$PY $(dirname "$0")/../dump_html.py"  # shared by the batches
T=$(mktemp -d)
# fuufuuf/reader (MIT, "Copyright (c) 2018 TimNew"): piaotian.com pages saved (as UTF-8) as fixtures of its site adapter;
# deleted in 94beb39 ("Delete all tests as they're failing"), read at its parent
R=/work/.mirror/fuufuuf+reader/repo
C=c97947bb056816863bea57203240940d4487c159
git -C $R show $C:test/repositories/piaotian/chapter.html > $T/01.html
git -C $R show $C:test/repositories/piaotian/book.html > $T/02.html
git -C $R show $C:test/repositories/piaotian/menu.html > $T/03.html
$D $T/01.html > $H/raw/zz01_piaotian-novel-chapter-reader-toolbar-scene-breaks.txt
$D $T/02.html > $H/raw/zz02_piaotian-novel-book-page-infobox-author-works-reviews.txt
$D $T/03.html > $H/raw/zz03_piaotian-novel-toc-bare-chapter-titles-site-notices.txt
# g0v/twlyparser (CC0 1.0, README: "Chia-liang Kao has waived all copyright and related or neighboring rights"):
# a recorded HTTP cassette (YAML) of www.ly.gov.tw's meeting list; the first recorded response is the page
R=/work/.mirror/g0v+twlyparser/repo
C=d7f432651823ccd4a3a4bdde8941898ddfbd343d
git -C $R show "$C:test/fixtures/cassettes/calendar/[\"year\":\"2014\",\"seen\":\"60881\"].yml" > $T/04.yml
$PY -c "import sys,yaml; d=yaml.safe_load(open(sys.argv[1],encoding='utf-8')); open(sys.argv[2],'w',encoding='utf-8',newline='').write(d[0]['response'])" $T/04.yml $T/04.html
$D $T/04.html > $H/raw/zz04_lygov-tw-legislature-meeting-schedule-table-portal-menus-trad.txt
