#!/usr/bin/env python3
"""Encoding detection and mojibake repair, against the tools people use alone.

    python benchmarks/encodings.py [--misses] [--corpus DIR]

On fixtures/encodings (rebuild with ``python fixtures/make_encodings.py``):

1. Detection: a file counts as right when the decoded text is the text that
   was encoded (so GB2312 read as GB18030 is right, Big5 read as GBK is not).
   zhclean's decoder, chardet alone and charset-normalizer alone, by encoding
   and by length, with files per second.
2. Repair: the share of mojibake files restored exactly, by family, for
   zhclean's repair stage and for ftfy alone (configured not to straighten
   quotes or fold widths, so it is not penalised for that); for the lossy
   family, the character error rate; and how many clean control lines each
   one changed.

Prints Markdown tables (the README quotes them).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import chardet  # noqa: E402
import charset_normalizer  # noqa: E402
import ftfy  # noqa: E402
from metrics import levenshtein  # noqa: E402  (benchmarks/metrics.py)

from zhclean.report import Report  # noqa: E402
from zhclean.stages.decode import decode  # noqa: E402
from zhclean.stages.repair import repair  # noqa: E402

LENGTHS = ("line", "short", "medium", "article")
FTFY_CJK_SAFE = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, unescape_html=False
)


def expected_text(data: bytes, codec: str, label: dict | None = None) -> str:
    if label and "text" in label:
        return label["text"]
    name = codec.removesuffix("+bom")
    text = data.decode("utf-8-sig" if name == "utf-8-sig" else name.split("+")[0])
    return text.lstrip("\ufeff").replace("\r\n", "\n")


def normalize(text: str | None) -> str | None:
    return None if text is None else text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def by_zhclean(data: bytes) -> str | None:
    return decode(data, Report()).text


def by_chardet(data: bytes) -> str | None:
    name = chardet.detect(data).get("encoding")
    if not name:
        return None
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def by_charset_normalizer(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


DETECTORS = {
    "zhclean": by_zhclean,
    "chardet": by_chardet,
    "charset-normalizer": by_charset_normalizer,
}


def bench_detection(corpus: Path, labels: dict, show_misses: bool) -> None:
    files = [(name, label) for name, label in labels.items() if label["kind"] == "detect"]
    print(f"## Detection ({len(files)} files)\n")
    results: dict[str, dict] = {}
    for tool, detect in DETECTORS.items():
        right: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        misses = []
        start = time.perf_counter()
        for name, label in files:
            data = (corpus / name).read_bytes()
            ok = normalize(detect(data)) == expected_text(data, label["encoding"], label)
            for key in (
                (label["encoding"], label["length"]),
                ("all", label["length"]),
                (label["encoding"], "all"),
            ):
                right[key][0] += ok
                right[key][1] += 1
            right[("all", "all")][0] += ok
            right[("all", "all")][1] += 1
            if not ok:
                misses.append(name)
        results[tool] = {"right": right, "seconds": time.perf_counter() - start, "misses": misses}

    print("| length | " + " | ".join(DETECTORS) + " |")
    print("|---|" + "---|" * len(DETECTORS))
    for length in (*LENGTHS, "all"):
        cells = []
        for tool in DETECTORS:
            ok, n = results[tool]["right"][("all", length)]
            cells.append(f"{100 * ok / n:.1f}% ({ok}/{n})")
        print(f"| {length} | " + " | ".join(cells) + " |")
    print()
    encodings = sorted({label["encoding"] for _, label in files})
    print("| encoding | " + " | ".join(DETECTORS) + " |")
    print("|---|" + "---|" * len(DETECTORS))
    for encoding in encodings:
        cells = []
        for tool in DETECTORS:
            ok, n = results[tool]["right"][(encoding, "all")]
            cells.append(f"{100 * ok / n:.1f}%")
        print(f"| {encoding} | " + " | ".join(cells) + " |")
    print()
    print("| | " + " | ".join(DETECTORS) + " |")
    print("|---|" + "---|" * len(DETECTORS))
    print(
        "| files/s | "
        + " | ".join(f"{len(files) / results[t]['seconds']:.0f}" for t in DETECTORS)
        + " |"
    )
    print()
    misses = results["zhclean"]["misses"]
    print(f"zhclean misses: {len(misses)}")
    if show_misses:
        for name in misses:
            print(f"  miss {name}")
    print()


def bench_repair(corpus: Path, labels: dict, show_misses: bool) -> None:
    mojibake = [(name, label) for name, label in labels.items() if label["kind"] == "mojibake"]
    clean = [(name, label) for name, label in labels.items() if label["kind"] == "clean"]
    print(f"## Repair ({len(mojibake)} mojibake files, {len(clean)} clean controls)\n")
    tools = {
        "zhclean": lambda text: repair(text, Report(), lambda code: True),
        "ftfy": lambda text: ftfy.fix_text(text, FTFY_CJK_SAFE),
    }
    table: dict[str, dict[str, list[float]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0, 0])
    )
    best_errors: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # lossy: vs what bytes allow
    misses = []
    for name, label in mojibake:
        damaged = (corpus / name).read_text("utf-8")
        for tool, fix in tools.items():
            fixed = fix(damaged)
            row = table[label["family"]][tool]
            row[0] += fixed == label["text"]
            row[1] += 1
            row[2] += levenshtein(label["text"], fixed) if len(label["text"]) < 3000 else 0
            row[3] += len(label["text"])
            if "best" in label:
                best_errors[tool][0] += (
                    levenshtein(label["best"], fixed) if len(label["best"]) < 3000 else 0
                )
                best_errors[tool][1] += len(label["best"])
            if tool == "zhclean" and fixed != label["text"] and not label["lossy"]:
                misses.append(name)
    print("| family | zhclean exact | ftfy exact | zhclean CER | ftfy CER |")
    print("|---|---|---|---|---|")
    for family in sorted(table):
        z, f = table[family]["zhclean"], table[family]["ftfy"]
        print(
            f"| {family} | {100 * z[0] / z[1]:.1f}% ({z[0]}/{z[1]}) | {100 * f[0] / f[1]:.1f}% "
            f"| {100 * z[2] / z[3]:.2f}% | {100 * f[2] / f[3]:.2f}% |"
        )
    if best_errors:
        print(
            "\nlossy-utf8-as-gbk against what the bytes allow (each character that lost a byte as "
            "one U+FFFD): "
            + ", ".join(
                f"{tool} CER {100 * e / max(1, n):.2f}%" for tool, (e, n) in best_errors.items()
            )
        )
    recoverable = [t for fam, t in table.items() if not fam.startswith("lossy")]
    ok = sum(t["zhclean"][0] for t in recoverable)
    n = sum(t["zhclean"][1] for t in recoverable)
    print(f"\nrecoverable families restored exactly by zhclean: {100 * ok / n:.1f}% ({ok}/{n})")
    changed = {
        tool: sum(fix(label["text"]) != label["text"] for _, label in clean)
        for tool, fix in tools.items()
    }
    print(
        f"clean controls changed: zhclean {changed['zhclean']}/{len(clean)}, ftfy {changed['ftfy']}/{len(clean)}"
    )
    print(f"zhclean misses on recoverable families: {len(misses)}")
    if show_misses:
        for name in misses:
            print(f"  miss {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "fixtures" / "encodings")
    parser.add_argument("--misses", action="store_true", help="list every file zhclean gets wrong")
    args = parser.parse_args()
    labels = json.loads((args.corpus / "labels.json").read_text("utf-8"))
    bench_detection(args.corpus, labels, args.misses)
    bench_repair(args.corpus, labels, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
