import sys, subprocess

# mkraw.py SRC.html OUTNAME [src_encoding] [out_encoding] [maxchars]
src, out = sys.argv[1], sys.argv[2]
senc = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-" else None
oenc = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "-" else "utf-8"
maxc = int(sys.argv[5]) if len(sys.argv) > 5 else 6000
args = ["/work/newpages/.venvC/bin/python", "/tmp/cwork/dump.py", src] + ([senc] if senc else [])
text = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
lines = text.split("\n")[:-1]
keep, n = [], 0
for l in lines:
    if n + len(l) + 1 > maxc and keep:
        break
    keep.append(l)
    n += len(l) + 1
cut = len(keep) < len(lines)
data = "\n".join(keep) + "\n"
open("/work/newpages/C/raw/" + out, "wb").write(data.encode(oenc))
print(
    out,
    "lines",
    len(keep),
    "of",
    len(lines),
    "chars",
    len(data),
    "of",
    len(text),
    "CUT" if cut else "",
    oenc,
)
