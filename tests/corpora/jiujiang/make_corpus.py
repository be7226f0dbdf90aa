#!/usr/bin/env python3
"""Regenerate the 浔阳区·滨兴街道 corpus: batch1/, batch2/, registry/ and the truth CSVs.

    /work/main/.venv/bin/python tests/corpora/jiujiang/make_corpus.py

Seeded (World: random.Random(20260403); incidental numbers derived from positions). Needs openpyxl,
xlsxwriter, xlwt and odfpy (all in the project's .venv).
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import jj_extra  # noqa: E402
import jj_files  # noqa: E402
import jj_grid  # noqa: E402
from jj_grid import REC  # noqa: E402
from jj_world import World  # noqa: E402


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
    jj_extra.plan(W)
    jj_grid.W = W
    jj_files.build(W)
    jj_extra.bad_files(W)
    jj_extra.corrections(W)
    nreg = jj_extra.registry()

    held = {t["key"] for t in REC.truth_cells if t["role"] in ("primary", "correction")}
    for t in list(REC.truth_cells):
        if t["role"] == "prevmonth":   # a 上月 figure: a duplicate when the month is reported elsewhere, else ignored
            if t["key"] in held:
                t["role"] = "duplicate"
            else:
                REC.truth_cells.remove(t)
                REC.ignore.append(dict(t, role=None))
    seen = set()
    for t in REC.truth_cells:      # a key reported primary in two files: the later file's cell is a duplicate
        if t["role"] == "primary":
            if t["key"] in seen:
                t["role"] = "duplicate"
            seen.add(t["key"])
    truth = REC.truth()
    for k in W.old:
        assert k in truth, f"corrected key {k} has no cell"
    order = {"primary": 0, "duplicate": 1, "correction": 2, "superseded": 3}
    cells = sorted(REC.truth_cells, key=lambda t: (t["key"], order[t["role"]], t["file"], t["sheet"], t["cell"]))
    write("truth.csv", ["community_code", "period", "indicator_code", "value"],
          [list(k) + [v] for k, v in sorted(truth.items())])
    write("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"],
          [list(t["key"]) + [t["value"], t["file"], t["sheet"], t["cell"], t["raw"], t["role"]] for t in cells])
    ign = [i for i in REC.ignore if i["key"] not in truth]
    write("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
          sorted([list(i["key"]) + [i["file"], i["sheet"], i["cell"], i["raw"]] for i in ign]))
    write("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"],
          sorted([list(q["key"]) + [q["value"], q["file"], q["sheet"], q["cell"], q["raw"]] for q in REC.quarter]))
    write("bad_files.csv", ["file", "why"], [[b["file"], b["why"]] for b in REC.bad])
    write("files.csv", ["file", "format", "writer", "features"],
          [[f["file"], f["format"], f["writer"], f["features"]] for f in REC.files])
    roles = {}
    for t in REC.truth_cells:
        roles[t["role"]] = roles.get(t["role"], 0) + 1
    good = [f for f in REC.files if f["writer"] != "bad"]
    print(f"{len(good)} good files ({sum(1 for f in good if f['file'].startswith('batch2'))} in batch2), "
          f"{len(REC.bad)} bad; truth {len(truth)} values over {len({k[2] for k in truth})} indicators; "
          f"cells {len(REC.truth_cells)} {roles}; ignore {len({tuple(i['key']) for i in ign})} keys; "
          f"quarter {len(REC.quarter)}; registry {nreg} units")


if __name__ == "__main__":
    main()
