#!/usr/bin/env python3
"""Regenerate the 喀什市·吾斯塘博依街道 corpus: batch1/, batch2/, registry/ and the truth CSVs.

    /work/main/.venv/bin/python tests/corpora/kashi/make_corpus.py

Seeded (World: random.Random(20260653)); zip members pinned to 2026-04-01 09:00. Needs openpyxl, xlsxwriter,
xlwt and odfpy.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ks_comm  # noqa: E402
import ks_core  # noqa: E402
import ks_extra  # noqa: E402
import ks_street  # noqa: E402
from ks_core import REC, World  # noqa: E402


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
    ks_core.W = W
    ks_street.build(W)
    ks_comm.build(W)
    ks_extra.bad_files()
    ks_extra.plan(W)
    ks_extra.corrections(W)
    nreg = ks_extra.registry()

    held = {t["key"] for t in REC.cells if t["role"] in ("primary", "correction")}
    for t in list(REC.cells):
        if t["role"] == "prevmonth":   # a 上月 figure: a duplicate when the month is reported elsewhere, else ignored
            if t["key"] in held:
                t["role"] = "duplicate"
            else:
                REC.cells.remove(t)
                REC.ignore.append(t)
    truth = {}
    for t in REC.cells:
        if t["role"] in ("primary", "correction"):
            assert t["value"] == W.v[t["key"]], t
            truth[t["key"]] = t["value"]
        if t["role"] == "duplicate":
            assert t["value"] == W.v[t["key"]], t
    prim = {}
    for t in REC.cells:
        if t["role"] == "primary":
            assert t["key"] not in prim, (t, prim.get(t["key"]))
            prim[t["key"]] = t
    for k in W.old:
        assert k in truth, k
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
          f"cells {roles}; ignore {len(ign)}; registry {nreg} villages")


if __name__ == "__main__":
    main()
