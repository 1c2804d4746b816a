"""The held-out batches' raw files, dumped from fetched snapshots (:func:`make_raw`), and their gold, built from a hand-written table of decisions (each batch's
specs.py): which raw lines go and why, joins, inline repairs. It decides nothing itself: every
non-blank raw line must be kept, joined or removed by the table, exactly once; it applies the
mechanical layout of POLICY §4 (and t2s where the table says so), checks the result and writes
each gold file and the batch's DECISIONS sections (to the system's temporary folder).
Run with a Python that has opencc; zhclean is not used.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

MIRROR = "/work/.mirror"  # where `fetch` brings the snapshots
DUMPERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_c")
EDGE = " \t\n\r\f\v\u3000\u00a0\ufeff"
INNER = re.compile(r"[ \t\u3000\u00a0]+")
ZW = re.compile("[\u200b\u200c\u200d\u2060\u00ad]")


def clip(s, n=60):
    return s if len(s) <= n else s[:n] + "…"


def build(letter: str, specs: dict, base: str, only: str | None = None) -> None:
    """Write gold/{letter}*.txt under ``base`` from the raw files and ``specs``."""
    import opencc  # the scratch venv's; only building the gold needs it

    t2s = opencc.OpenCC("t2s")
    sections = []
    tot_raw = tot_gold = 0
    for path in sorted(glob.glob(os.path.join(base, "raw", f"{letter}*.txt"))):
        name = os.path.basename(path)
        key = name[:3]
        if only and key != only:
            continue
        if key not in specs:
            print("no spec", name)
            continue
        sp = specs[key]
        enc = sp.get("enc", "utf-8")
        with open(path, "rb") as fh:
            text = fh.read().decode(enc)
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        n = len(lines)
        removed = {}
        for a, b, why in sp.get("remove", []):
            for i in range(a, b + 1):
                assert i not in removed, (name, i)
                assert 1 <= i <= n, (name, i, n)
                removed[i] = why
        inline = sp.get("inline", {})
        joins = sp.get("joins", [])
        joined_into = {}
        for grp in joins:
            for i in grp[1:]:
                assert i not in removed and i not in joined_into, (name, i)
                joined_into[i] = grp[0]
        for i in inline:
            assert i not in removed, (name, "inline on removed", i)
        for lns, _pat, _repl, _why in sp.get("subs", []):
            for i in lns:
                assert i not in removed, (name, "subs on removed", i)
        proc = {}
        ws = []
        zw = []
        for i, line in enumerate(lines, 1):
            if i in removed:
                continue
            for old, new, _why in inline.get(i, []):
                assert old in line, (name, i, old)
                line = line.replace(old, new)
            for lns, pat, repl, _why in sp.get("subs", []):
                if i in lns:
                    line, k = re.subn(pat, repl, line)
                    assert k, (name, i, pat)
            if ZW.search(line):
                zw.append(i)
                line = ZW.sub("", line)
            l2 = INNER.sub(" ", line.strip(EDGE))
            if l2 != line:
                ws.append(i)
            proc[i] = l2
        order = [i for i in range(1, n + 1) if i not in removed]
        buf = {}
        for i in order:
            if i in joined_into:
                sep = sp.get("joinsep", {}).get(i, "")
                buf[joined_into[i]] += sep + proc[i]
            else:
                buf[i] = proc[i]
        gold = [unicodedata.normalize("NFC", buf[i]) for i in order if i in buf and buf[i] != ""]
        if sp.get("t2s"):
            gold = [t2s.convert(g) for g in gold]
        for g in gold:
            bad = [c for c in g if unicodedata.category(c) in ("Cc", "Cf", "Co")]
            if bad:
                print("WARN odd chars", name, [hex(ord(c)) for c in bad], file=sys.stderr)
            if g[-1:] in ("，", ",", "、"):
                print("WARN comma end", name, clip(g, 40), file=sys.stderr)
            if "  " in g or g != g.strip():
                print("WARN whitespace", name, clip(g, 40), file=sys.stderr)
        for i in range(len(gold) - 1):
            if gold[i] == gold[i + 1]:
                print("WARN adjacent duplicate", name, clip(gold[i], 40), file=sys.stderr)
        with open(os.path.join(base, "gold", name), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(g + "\n" for g in gold))
        tot_raw += n
        tot_gold += len(gold)
        s = [f"## {name}" + ("  (t2s)" if sp.get("t2s") else ""), ""]
        s.append(
            f"Raw lines {n} → gold lines {len(gold)}"
            + (f" (raw decoded as {sp['enc_name']})" if sp.get("enc_name") else "")
            + "."
            + (" **Empty gold (dropped).**" if not gold else "")
        )
        s.append("")
        if sp.get("remove"):
            s.append("Removed:")
            for a, b, why in sp["remove"]:
                rng = f"raw {a}" if a == b else f"raw {a}–{b}"
                s.append(f"- {rng}: {why}.")
                show = list(range(a, b + 1))
                if len(show) > 6:
                    show = show[:3] + ["…"] + show[-2:]
                for j in show:
                    if j == "…":
                        s.append("  - …")
                    else:
                        s.append(f"  - {j}: `{clip(INNER.sub(' ', lines[j - 1].strip(EDGE)))}`")
        else:
            s.append("Removed: none.")
        s.append("")
        if joins:
            s.append("Joins:")
            for grp in joins:
                why = sp.get("joinwhy", {}).get(
                    grp[0],
                    "§4 / §3 Breaks: a sentence broken in the middle is rejoined with nothing in between",
                )
                a, b = proc[grp[0]], proc[grp[1]]
                s.append(
                    f"- raw {' + '.join(map(str, grp))}: `…{a[-12:]}` + `{b[:12]}…`. Rule: {why}."
                )
        else:
            s.append("Joins: none.")
        s.append("")
        rep = []
        for i, lst in sorted(inline.items()):
            for old, new, why in lst:
                rep.append(f"- raw {i}: `{clip(old, 50)}` → `{clip(new, 50)}`. Rule: {why}.")
        for lns, pat, repl, why in sp.get("subs", []):
            rep.append(
                f"- raw {', '.join(map(str, lns))}: every match of `{pat}` → `{repl}`. Rule: {why}."
            )
        if zw:
            rep.append(
                f"- raw {', '.join(map(str, zw))}: zero-width characters (U+200B…) removed. Rule: §1."
            )
        if ws:
            rep.append(
                "- every kept line: edge whitespace (ASCII, tab, U+3000, NBSP) stripped and inner runs of horizontal whitespace folded to one ASCII space. Rule: §4."
            )
        if sp.get("t2s"):
            rep.append("- whole text: OpenCC t2s (python `opencc` 1.4.2). Rule: §5.")
        s.append("Inline repairs:" if rep else "Inline repairs: none.")
        s += rep
        s.append("")
        notes = sp.get("notes", []) + ["**OPEN**: " + o for o in sp.get("open", [])]
        if notes:
            s.append("Notes:")
            s += ["- " + x for x in notes]
            s.append("")
        sections.append("\n".join(s))
        print(name, n, "->", len(gold))
    out = os.path.join(tempfile.gettempdir(), f"{letter.upper()}_{only or 'decisions_sections'}.md")
    with open(out, "w") as f:
        f.write("\n".join(sections))
    print("raw lines", tot_raw, "gold lines", tot_gold)


def blob(repo, path):
    """The bytes of ``path`` in the fetched snapshot of ``repo``; ``path@COMMIT`` reads the
    file at an older commit of the snapshot's history."""
    path, _, commit = path.partition("@")
    git = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(
        ["git", "-C", git, "show", (commit or "HEAD") + ":" + path], capture_output=True, check=True
    ).stdout


def vis(s):
    return len(re.sub(r"\s", "", s))


def make_raw(out, pages, nocut=frozenset(), only=None):
    """Dump each of ``pages`` (name, repo, path, kind, source encoding, output encoding) from
    the fetched snapshots into ``out``; a dump past the cut rule is cut unless in ``nocut``."""
    for name, repo, path, kind, senc, oenc in pages:
        if only and not name.startswith(only):
            continue
        b = blob(repo, path)
        with tempfile.NamedTemporaryFile(suffix=".src", delete=False) as f:
            f.write(b)
        if kind == "feed":
            args = [sys.executable, os.path.join(DUMPERS, "dumpfeed.py"), f.name, senc]
        else:
            args = [sys.executable, os.path.join(DUMPERS, "dump.py"), f.name] + (
                [senc] if senc else []
            )
        text = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
        os.unlink(f.name)
        lines = text.split("\n")[:-1]
        keep = lines
        if sum(map(vis, lines)) > 5500 and name not in nocut:
            keep, n = [], 0
            for line in lines:
                if n + vis(line) > 5000:
                    break
                keep.append(line)
                n += vis(line)
        data = "\n".join(keep) + "\n"
        raw = data.encode(oenc)
        assert raw.decode(oenc) == data, name  # every character round-trips
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(raw)
        print(
            name,
            len(keep),
            "of",
            len(lines),
            "lines",
            len(data),
            "chars",
            len(raw),
            "bytes",
            oenc,
            "CUT" if len(keep) < len(lines) else "",
        )
