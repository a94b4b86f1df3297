#!/usr/bin/python3
"""The baseline of the whole-run benchmark: Debian's python3-readability (readability-lxml), main-text
extraction only, one process. usage: readability_bench.py FOLDER -> prints 'pages SECONDS'."""
import os, sys, time
from readability import Document

folder = sys.argv[1]
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".html"))
start = time.perf_counter()
for p in paths:
    with open(p, "rb") as fh:
        try:
            Document(fh.read()).summary()
        except Exception:  # a page it cannot read still counts as processed
            pass
print(len(paths), round(time.perf_counter() - start, 3))
