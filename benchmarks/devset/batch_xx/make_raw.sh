#!/bin/sh
# Re-create raw/x2_*.txt from the repository snapshots fetched with the search tool's fetch
# (mirrors under /work/.mirror) and from the re-keyed 591 page; needs a Python with lxml.
set -e
H=$(cd "$(dirname "$0")/.." && pwd); PY=${PY:-$H/.venv/bin/python}; D="$PY $(dirname "$0")/../dump_html.py"  # shared by the batches
T=$(mktemp -d)
Y=/work/.mirror/tgbot-collection+YYeTsBot/repo
git -C $Y show bf1aef3752621a6498cc494a0e9cb18b49a2044d:tests/zimuxia_result.html > $T/01.html
git -C $Y show d22e7ab3916da625bcebf450b24d109b58c3a58d:tests/data/zimuxia_search.html > $T/02.html
git -C $Y show 1033c94e51a9c57c0129e6e8fd001c76d585daf3:yyetsweb/craw_data/douban_detail.html > $T/03.html
git -C $Y show d22e7ab3916da625bcebf450b24d109b58c3a58d:tests/data/yyets_search.html > $T/04.html
$D $T/01.html > $H/raw/x2_01.txt
$D $T/02.html > $H/raw/x2_02.txt
$D $T/03.html | head -93 > $H/raw/x2_03.txt      # cut: first 93 of 173 lines
$D $T/04.html > $H/raw/x2_04.txt
python3 $H/tools/rekey_591.py > $T/05.html
$D $T/05.html > $H/raw/x2_05.txt
P=/work/.mirror/jack482653+go-ptt-web-craweler/repo
git -C $P show 01a8f601c6be3ff114df85676be6485ef81f5c88:ptt/testcases/article/Gossiping/M.1483256619.A.753.htm > $T/06.html
git -C $P show 01a8f601c6be3ff114df85676be6485ef81f5c88:ptt/testcases/article/JOJO/M.1459706999.A.5CC.htm > $T/07.html
git -C $P show 01a8f601c6be3ff114df85676be6485ef81f5c88:ptt/testcases/article/SuperHeroes/M.1485086687.A.8F2.htm > $T/08.html
for n in 06 07 08; do $D $T/$n.html > $H/raw/x2_$n.txt; done
rm -r $T
