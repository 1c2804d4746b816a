"""Apply the hand-written decisions in specs.py to raw/x*.txt: write gold/x*.txt and the
DECISIONS sections (``held_out.build`` does the work and decides nothing itself).
Run with a Python that has opencc (scratch venv); zhclean is not used.
Usage: build.py REALDIR [xNN]"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
from held_out import build  # noqa: E402
from specs import X  # noqa: E402

build("x", X, sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
