"""Write batch j's raw files (tests/data/real/raw/j*.txt) from the fetched snapshots.

Usage: python make_raw_j.py OUTDIR   (needs lxml; reads /work/.mirror/<owner>+<name>/repo)
HTML pages are dumped with benchmarks/devset/batch_c/dump.py (naive visible text, one block a
line); feeds with batch_c/dumpfeed.py. A dump whose visible (non-whitespace) characters exceed
5,500 is cut at the line boundary before the line that takes them past 5,000. Feeds are written
back in their own legacy encoding (every character round-trips); HTML dumps are UTF-8.
"""

import os
import re
import subprocess
import sys

MIRROR = "/work/.mirror"
HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "..", "..", "..", "benchmarks", "devset", "batch_c")
W = "corpora/Corpus_daniel_v2.1/html/"
MH = "benchmark/data/article/htmls/"
PAGES = [
    # name, repo, commit-ish, path or blob, kind, source encoding, output encoding
    (
        "j01_uho-tw-health-news-related-trad.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120117_www.uho.com.tw_74078be6d2cc8bb9d2ee47d03d877c4c7b659075c840c2336cb3ee7a",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j02_nownews-tw-news-paged-trad.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120112_www.nownews.com_8f2e4fb1cab5d1c4a13d026fb497f69cb8d6e32bd6fcf4c80fe4588d",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j03_rthk-hk-news-spaced-chars-trad.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120112_www.rthk.org.hk_bf78a78db3d2d312349005b14c3c87b311ad0a976bd9002dc7b7f5e9",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j04_infogovhk-press-release-trad.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120117_www.info.gov.hk_a73df9451f7379846888b850e59c98ac882841da8dad078d971b2e9d",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j05_wenweipo-hk-news-related-lists-trad.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120117_paper.wenweipo.com_e47d996999e780b9e1f702e30eb7a8090cbf7202527d89ba8b6c7984",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j06_worldjournal-us-news-menu-comments-trad.txt",
        "rundimeco/waddle",
        "HEAD",
        W
        + "20120117_www.worldjournal.com_ec606962b3e49717db72a7e6b56cd1fc02c39207c7a69abebea3178b",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j07_iask-ca-portal-news-sidebars.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120112_www.iask.ca_6460accad12386398b45755d87f69b0ef2117458dd51b2951bc9d7d9",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j08_xinmin-sh-news-menus.txt",
        "rundimeco/waddle",
        "HEAD",
        W + "20120117_news.xinmin.cn_14ecfdc14c8464a220897fa1ee0cffebb7410cae512d1d0c584014df",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j09_sxrb-shanxi-news-menus.txt",
        "platonai/PulsarRPA",
        "HEAD",
        "pulsar-plugins/pulsar-parse/src/test/resources/selector/1/pages/html_example_3_news.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "j10_people-news-megamenu-footer.txt",
        "flairNLP/fundus",
        "HEAD",
        "tests/resources/parser/test_data/cn/People_2024_04_24.html.gz",
        "html.gz",
        "utf-8",
        "utf-8",
    ),
    (
        "j11_jd-product-usb-cable-shop.txt",
        "platonai/PulsarRPA",
        "BLOB",
        "3aa93ffb3b049b0704e55d5f82b6d3e08e510838",
        "html",
        None,
        "utf-8",
    ),
    (
        "j12_mogujie-product-phone-shop.txt",
        "platonai/PulsarRPA",
        "HEAD",
        "pulsar-ql/src/test/resources/pages/00648833110045f7f5918730be2fb7f9product.detail.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "j13_tianya-forum-thread-floors-comments.txt",
        "platonai/PulsarRPA",
        "HEAD",
        "pulsar-plugins/pulsar-parse/src/test/resources/selector/2/pages/html_example_4_bbs.html",
        "html",
        None,
        "utf-8",
    ),
    (
        "j14_cnblogs-blog-post-code.txt",
        "opendatalab/magic-html",
        "HEAD",
        MH + "66211fc426fc70162d7560b0ebb6497e0cc76a3218f087612a0f92640af93746.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j15_toutiao-article-feed.txt",
        "opendatalab/magic-html",
        "HEAD",
        MH + "e25d0dd87c529dc7434ef3ecf25af39d56b09547d1a7d72ff31ed70a952d8874.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j16_1905-film-news-related.txt",
        "opendatalab/magic-html",
        "HEAD",
        MH + "9055e5d5b83ee055ee8e73c03c7c1c39d1fc226f9497f2fee1f8376bb573d688.html",
        "html",
        "utf-8",
        "utf-8",
    ),
    (
        "j17_sinica-course-blog-feed-grades-big5-trad.txt",
        "chardet/chardet",
        "HEAD",
        "tests/Big5/sinica.edu.tw.xml",
        "feed",
        "cp950",
        "cp950",
    ),
    (
        "j18_acnnewswire-press-feed-gb2312.txt",
        "chardet/chardet",
        "HEAD",
        "tests/GB2312/acnnewswire.net.xml",
        "feed",
        "gb18030",
        "gbk",
    ),
]


def blob(repo, rev, path):
    git = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    spec = path if rev == "BLOB" else f"{rev}:{path}"
    return subprocess.run(
        ["git", "-C", git, "cat-file", "-p", spec]
        if rev == "BLOB"
        else ["git", "-C", git, "show", spec],
        capture_output=True,
        check=True,
    ).stdout


def main(out):
    import gzip
    import tempfile

    for name, repo, rev, path, kind, senc, oenc in PAGES:
        b = blob(repo, rev, path)
        if kind == "html.gz":
            b = gzip.decompress(b)
        with tempfile.NamedTemporaryFile(suffix=".src", delete=False) as f:
            f.write(b)
        if kind == "feed":
            args = [sys.executable, os.path.join(DEVSET, "dumpfeed.py"), f.name, senc]
        else:
            args = [sys.executable, os.path.join(DEVSET, "dump.py"), f.name] + (
                [senc] if senc else []
            )
        text = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
        os.unlink(f.name)
        lines = text.split("\n")[:-1]

        def vis(s):
            return len(re.sub(r"\s", "", s))

        keep = lines
        if sum(map(vis, lines)) > 5500:
            keep, n = [], 0
            for line in lines:
                if n + vis(line) > 5000:
                    break
                keep.append(line)
                n += vis(line)
        data = "\n".join(keep) + "\n"
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(data.encode(oenc))
        print(
            name,
            len(keep),
            "of",
            len(lines),
            "lines",
            len(data),
            "chars",
            oenc,
            "CUT" if len(keep) < len(lines) else "",
        )


if __name__ == "__main__":
    main(sys.argv[1])
