"""Write batch r's raw files (tests/data/real/raw/r*.txt) from the fetched snapshots.

Usage: python make_raw_r.py OUTDIR [rNN]   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
Every page of this batch is a saved HTML page from the unit-test data of a news-diff crawler, as in
batch q: ronnywang/newsdiff (Taiwan news sites, saved 2014-12-12/13, read at commit 960d7c3, the last
with `tests/`) and its fork yookoala/newsdiffHK (RTHK, saved 2014-12-26, only on the fork's branch
`new_src`, read at its commit ab6970e). Each is dumped with benchmarks/devset/batch_c/dump.py (naive
visible text, one block a line, table cells followed by a tab), through `held_out.make_raw` for the
UTF-8 pages. `path@COMMIT` reads a file as it was at that commit (`git show COMMIT:path`).
Encodings: six pages are UTF-8 and written as UTF-8. The two Big5 pages (TTV, RTHK; `charset=big5`)
are decoded as Big5-HKSCS (the dumper's reading of `charset=big5`) and written back in **Big5
(CP950)** bytes, the pages' own encoding: the only characters of their dumps that Big5 cannot hold
are U+00A0, U+00BB and U+00A9, which the dumper got from the pages' entities `&nbsp;`, `&raquo;`
and `&copy;`; they are written back as those entities, the bytes the page itself holds there (all
are on chrome lines: menus, a date line, a tag line, footers). Any other character Big5 cannot hold
is an error.
Cut rule (as batches j and q): a dump whose visible (non-whitespace) characters exceed 5,500 is cut
at the line boundary before the line that takes them past 5,000, except the pages in NOCUT: r05
(SET) is cut in its sidebar (207 of 304 lines kept); r07 (TTV) is not cut, because its 200-line
headline menu comes first and the cut would fall inside the article's body.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import held_out  # noqa: E402

TW = "ronnywang/newsdiff"
TWC = "960d7c35606c50292e2e21a55cd99d2db096c3e5"  # 2014-12-16, last commit with tests/
HK = "yookoala/newsdiffHK"
HKR = "ab6970e49490d0f098d7d4b307a35141e391faf6"  # 2014-12-26, branch new_src: RTHK added
T = "tests/models/Crawler/"
NOCUT = {"r07_ttv-tw-tv-year-end-bonus-headline-menu-tags-big5.txt"}
ENTITIES = {"\u00a0": "&nbsp;", "\u00bb": "&raquo;", "\u00a9": "&copy;"}
PAGES = [
    # name, repo, path@commit, kind, source encoding, output encoding
    ("r01_appledaily-tw-coffee-bear-market-popular-list.txt", TW,
     T + "Appledaily/data/523056.html@" + TWC, "html", "utf-8", "utf-8"),
    ("r02_nownews-tw-kangxi-history-feature-pager-keywords.txt", TW,
     T + "Nownews/data/1529819.html@" + TWC, "html", None, "utf-8"),
    ("r03_pts-tw-young-stroke-interview-soundbites.txt", TW,
     T + "PTS/data/285779.html@" + TWC, "html", "utf-8", "utf-8"),
    ("r04_pts-tw-miaoli-fire-cold-death-soundbites.txt", TW,
     T + "PTS/data/285812.html@" + TWC, "html", "utf-8", "utf-8"),
    ("r05_setn-tw-tingyi-debt-headline-boxes-disclaimer.txt", TW,
     T + "SETNews/data/45500.html@" + TWC, "html", "utf-8", "utf-8"),
    ("r06_storm-tw-oil-stocks-wire-empty-comments.txt", TW,
     T + "StormMediaGroup/data/048c71d1.html@" + TWC, "html", "utf-8", "utf-8"),
    ("r07_ttv-tw-tv-year-end-bonus-headline-menu-tags-big5.txt", TW,
     T + "TTV/data/10312120017000I.html@" + TWC, "html", "big5hkscs", "cp950"),
    ("r08_rthk-hk-offduty-police-spaced-chars-big5.txt", HK,
     T + "RTHK/data/1064208.html@" + HKR, "html", "big5hkscs", "cp950"),
]


def make_legacy(out, name, repo, path, senc, oenc):
    """As held_out.make_raw for one page (no cut), written in a legacy encoding with the page's
    own entities for the characters that encoding cannot hold."""
    b = held_out.blob(repo, path)
    with tempfile.NamedTemporaryFile(suffix=".src", delete=False) as f:
        f.write(b)
    text = subprocess.run(
        [sys.executable, os.path.join(held_out.DUMPERS, "dump.py"), f.name, senc],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")
    os.unlink(f.name)
    data = "".join(ENTITIES.get(c, c) for c in text)
    raw = data.encode(oenc)  # strict: any other character Big5 cannot hold is an error
    assert raw.decode(oenc) == data, name
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(raw)
    print(name, data.count("\n"), "lines", len(data), "chars", len(raw), "bytes", oenc,
          "entities", sum(data.count(e) for e in ENTITIES.values()))


if __name__ == "__main__":
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for page in PAGES:
        name, repo, path, kind, senc, oenc = page
        if only and not name.startswith(only):
            continue
        if oenc == "utf-8":
            held_out.make_raw(sys.argv[1], [page], NOCUT)
        else:
            make_legacy(sys.argv[1], name, repo, path, senc, oenc)
