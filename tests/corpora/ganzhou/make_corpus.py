#!/usr/bin/env python3
"""Regenerate the 章贡区·解放街道 (赣州) corpus: batch1/, batch2/, registry/ and the truth CSVs.

    /work/main/.venv/bin/python tests/corpora/ganzhou/make_corpus.py

Seeded (random.Random(20260702)); zip members and document dates pinned, so two runs give the same bytes.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gz_comm  # noqa: E402
import gz_extra  # noqa: E402
import gz_street  # noqa: E402
import gz_world  # noqa: E402
from gz_core import REC, W  # noqa: E402


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    gz_world.build()
    gz_extra.plan()
    gz_street.build()
    gz_comm.build()
    gz_extra.bad_files()
    gz_extra.corrections()
    nreg = gz_extra.registry()
    seen = set()
    for t in REC.cells:   # batch1: the first cell of a key is primary, the others duplicates
        if t["role"] == "primary":
            if t["key"] in seen:
                t["role"] = "duplicate"
            seen.add(t["key"])
    truth = {}
    for t in REC.cells:
        if t["role"] != "superseded":
            assert W["v"][t["key"]] == t["value"], t
            truth[t["key"]] = t["value"]
        else:
            assert W["old"][t["key"]] == t["value"], t
    for k in W["old"]:
        assert any(t["key"] == k and t["role"] == "correction" for t in REC.cells), k
    order = {"primary": 0, "duplicate": 1, "correction": 2, "superseded": 3}
    cells = sorted(REC.cells, key=lambda t: (t["key"], order[t["role"]], t["file"], t["sheet"], t["cell"]))
    write("truth.csv", ["community_code", "period", "indicator_code", "value"],
          [list(k) + [v] for k, v in sorted(truth.items())])
    write("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw",
                              "role"],
          [list(t["key"]) + [t["value"], t["file"], t["sheet"], t["cell"], t["raw"], t["role"]] for t in cells])
    write("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
          sorted([list(i["key"]) + [i["file"], i["sheet"], i["cell"], i["raw"]] for i in REC.ignore
                  if i["key"] not in truth]))
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
          f"cells {len(REC.cells)} {roles}; registry {nreg} units")


if __name__ == "__main__":
    main()
