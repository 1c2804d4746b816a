"""HTML pages against hand-made gold: zhclean, and trafilatura when it is installed.

    python benchmarks/html_compare.py PAGES GOLD [--verbose]

PAGES holds the pages and feeds (``*.html``, ``*.htm``, ``*.xhtml``, ``*.xml``,
``*.shtml``); GOLD the expected text of each, ``NAME.txt`` for ``NAME.html``. For
each tool: pages exact, line precision (kept lines the gold has / kept lines) and
recall (gold lines kept / gold lines), counted as multisets of whole lines, and the
character error rate. trafilatura (``pip install trafilatura lxml_html_clean``;
never a zhclean dependency) runs with its defaults plus tables, and its output is read in
Simplified, one paragraph a line, as the gold is.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from metrics import char_errors  # noqa: E402

from zhclean import clean_bytes  # noqa: E402
from zhclean.chardata import convert  # noqa: E402
from zhclean.discovery import is_html_name  # noqa: E402
from zhclean.stages.markup import MarkupHint  # noqa: E402


def zhclean_text(data: bytes) -> str:
    return clean_bytes(data, hint=MarkupHint(likely=True)).text or ""


def trafilatura_text(data: bytes) -> str:
    import trafilatura

    text = trafilatura.extract(data, include_tables=True, include_comments=False) or ""
    lines = (" ".join(line.split()) for line in convert(text, "t2s").splitlines())
    return "".join(line + "\n" for line in lines if line)


def score(tool: Callable[[bytes], str], pages: list[Path], gold: Path, verbose: bool) -> str:
    exact = kept_right = kept = expected = errors = chars = 0
    for page in pages:
        want = (gold / f"{page.stem}.txt").read_text("utf-8")
        got = tool(page.read_bytes())
        exact += got.strip() == want.strip()
        w, g = Counter(want.split("\n")) - Counter([""]), Counter(got.split("\n")) - Counter([""])
        kept_right += sum((w & g).values())
        kept += sum(g.values())
        expected += sum(w.values())
        errors += char_errors(want, got)
        chars += len(want)
        if verbose and got.strip() != want.strip():
            print(f"  {page.name}: lost {sum((w - g).values())}, extra {sum((g - w).values())}")
    precision = kept_right / kept if kept else 1.0
    recall = kept_right / expected if expected else 1.0
    cer = errors / chars if chars else 0.0
    return (
        f"{exact}/{len(pages)} exact, precision {precision:.3f}, recall {recall:.3f}, CER {cer:.2%}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    pages = sorted(
        p
        for p in args.pages.iterdir()
        if is_html_name(p) and (args.gold / f"{p.stem}.txt").exists()
    )
    if not pages:
        print(f"no page in {args.pages} has its gold in {args.gold}")
        return 2
    print(f"| tool | {len(pages)} pages |\n|---|---|")
    print(f"| zhclean | {score(zhclean_text, pages, args.gold, args.verbose)} |")
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("(trafilatura is not installed: pip install trafilatura to compare)")
        return 0
    print(f"| trafilatura | {score(trafilatura_text, pages, args.gold, args.verbose)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
