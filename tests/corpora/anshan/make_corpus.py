#!/usr/bin/env python3
"""Regenerate the 铁东区·大孤山街道 (鞍山) corpus: batch1/, batch2/, registry/ and the truth CSVs.

    /work/main/.venv/bin/python tests/corpora/anshan/make_corpus.py

Seeded (random.Random(20260215)); zip members and document dates pinned, so two runs give the same bytes.
Needs openpyxl, xlsxwriter, xlwt and odfpy.
"""
import csv
import gzip
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import as_gen  # noqa: E402
from as_gen import R  # noqa: E402

SRC = "/work/shared/data/admin_divisions"


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def registry():
    os.makedirs(os.path.join(HERE, "registry"), exist_ok=True)
    with gzip.open(os.path.join(SRC, "villages.csv.gz"), "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    keep = [lines[0]] + [l for l in lines[1:] if l.startswith("210302")]
    raw = ("\n".join(keep) + "\n").encode("utf-8")
    with open(os.path.join(HERE, "registry", "villages.csv.gz"), "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
            g.write(raw)
    with open(os.path.join(SRC, "streets.csv"), encoding="utf-8") as f:
        sl = f.read().splitlines()
    with open(os.path.join(HERE, "registry", "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join([sl[0]] + [l for l in sl[1:] if l.startswith("210302")]) + "\n")
    return len(keep) - 1


def main():
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    as_gen.build()
    nreg = registry()
    truth = {}
    for t in R.cells:
        if t["role"] == "primary" and t["key"] not in truth:
            truth[t["key"]] = t["value"]
    for t in R.cells:
        if t["role"] == "correction":
            truth[t["key"]] = t["value"]
    for t in R.cells:
        if t["role"] == "duplicate":
            assert truth[t["key"]] == t["value"], t
    order = {"primary": 0, "duplicate": 1, "correction": 2, "superseded": 3}
    cells = sorted(R.cells, key=lambda t: (t["key"], order[t["role"]], t["file"], t["sheet"], t["cell"]))
    write("truth.csv", ["community_code", "period", "indicator_code", "value"],
          [list(k) + [v] for k, v in sorted(truth.items())])
    write("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"],
          [list(t["key"]) + [t["value"], t["file"], t["sheet"], t["cell"], t["raw"], t["role"]] for t in cells])
    write("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
          sorted([list(i["key"]) + [i["file"], i["sheet"], i["cell"], i["raw"]] for i in R.ignore]))
    write("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"], [])
    write("bad_files.csv", ["file", "why"], [[b["file"], b["why"]] for b in R.bad])
    write("files.csv", ["file", "format", "writer", "features"],
          [[f["file"], f["format"], f["writer"], f["features"]] for f in R.files])
    good = [f for f in R.files if f["writer"] != "bad"]
    print(f"{len(good)} good files ({sum(1 for f in good if f['file'].startswith('batch2'))} in batch2), "
          f"{len(R.bad)} bad; truth {len(truth)} values over {len({k[2] for k in truth})} indicators; "
          f"{len(R.cells)} truth cells, {len(R.ignore)} ignored cells; registry {nreg} villages")


if __name__ == "__main__":
    main()
