#!/usr/bin/env python3
"""Regenerate the 路北区·文化路街道 (唐山) corpus: batch1/, batch2/, registry/ and the truth CSVs.

    /work/main/.venv/bin/python tests/corpora/tangshan/make_corpus.py

Seeded (World: random.Random(19760728)); zip members and document properties pinned to 2026-04-10 09:00,
so two runs give the same bytes. Needs openpyxl, xlsxwriter, xlwt and odfpy.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ts_bad  # noqa: E402
import ts_gen  # noqa: E402
import ts_more  # noqa: E402
from ts_gen import REC, World  # noqa: E402


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    W = World()
    ts_gen.minzheng(W)
    ts_more.jiuye(W)
    ts_more.pingan(W)
    ts_more.community(W)
    ts_bad.bad_files(W)
    ts_bad.corrections(W)
    nreg = ts_bad.registry()

    corrected = {t["key"] for t in REC.cells if t["role"] == "correction"}
    for t in REC.cells:
        if t["role"] == "primary" and t["key"] in corrected and t["value"] != W.v[t["key"]]:
            t["role"] = "superseded"
    held = {t["key"] for t in REC.cells if t["role"] in ("primary", "correction")}
    for t in list(REC.cells):
        if t["role"] == "prevmonth":
            if t["key"] in held:
                t["role"] = "duplicate"
            else:
                REC.cells.remove(t)
                REC.ig(t["key"], t["file"], t["sheet"], t["cell"], t["raw"])
    truth = {}
    for t in REC.cells:
        if t["role"] in ("primary", "correction"):
            assert truth.get(t["key"], t["value"]) == t["value"] == W.v[t["key"]], t
            truth[t["key"]] = t["value"]
    for t in REC.cells:
        if t["role"] == "duplicate":
            assert truth[t["key"]] == t["value"], t
    order = {"primary": 0, "duplicate": 1, "correction": 2, "superseded": 3}
    cells = sorted(REC.cells, key=lambda t: (t["key"], order[t["role"]], t["file"], t["sheet"], t["cell"]))
    write("truth.csv", ["community_code", "period", "indicator_code", "value"],
          [list(k) + [v] for k, v in sorted(truth.items())])
    write("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"],
          [list(t["key"]) + [t["value"], t["file"], t["sheet"], t["cell"], t["raw"], t["role"]] for t in cells])
    ign = [i for i in REC.ignore if i["key"] not in truth]
    write("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
          sorted([list(i["key"]) + [i["file"], i["sheet"], i["cell"], i["raw"]] for i in ign]))
    write("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"], [])
    write("bad_files.csv", ["file", "why"], [[b["file"], b["why"]] for b in REC.bad])
    write("files.csv", ["file", "format", "writer", "features"],
          [[f["file"], f["format"], f["writer"], f["features"]] for f in REC.files])
    roles = {}
    for t in REC.cells:
        roles[t["role"]] = roles.get(t["role"], 0) + 1
    good = [f for f in REC.files if f["writer"] != "bad"]
    print(f"{len(good)} good files ({sum(1 for f in good if f['file'].startswith('batch2'))} in batch2), "
          f"{len(REC.bad)} bad; truth {len(truth)} values over {len({k[2] for k in truth})} indicators; "
          f"cells {len(REC.cells)} {roles}; ignore {len(ign)} cells; registry {nreg} units")


if __name__ == "__main__":
    main()
