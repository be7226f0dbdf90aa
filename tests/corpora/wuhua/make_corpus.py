#!/usr/bin/env python3
"""Rewrite the 昆明市五华区·莲华街道 corpus: batch1/, batch2/, registry/ and every CSV beside this script.

    .venv/bin/python tests/corpora/wuhua/make_corpus.py

Needs openpyxl, xlsxwriter, xlwt, odfpy and zhconv (the project's venv has them). Seeded: the truth files,
registry/, the xls and CSV files and the xlsxwriter files come out byte-identical on every run.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_comm_a  # noqa: E402
import corpus_comm_b  # noqa: E402
import corpus_extra  # noqa: E402
import corpus_grid as G  # noqa: E402
import corpus_street_a  # noqa: E402
import corpus_street_b  # noqa: E402
from corpus_world import World  # noqa: E402


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def num(v):
    return G.number_text(v) if isinstance(v, (int, float)) else v


def main():
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    G.W = World()
    corpus_street_a.build()
    corpus_street_b.build()
    corpus_comm_a.build()
    corpus_comm_b.build()
    corpus_extra.bad_files()
    corpus_extra.correction()
    n_vill, n_str = corpus_extra.registry()

    rec = G.REC
    truth = rec.truth()
    write("truth.csv", ["community_code", "period", "indicator_code", "value"],
          [[*k, num(v)] for k, v in sorted(truth.items())])
    cells = sorted(rec.truth_cells, key=lambda t: (t["key"], t["file"], t["sheet"], t["cell"]))
    write("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"],
          [[*t["key"], num(t["value"]), t["file"], t["sheet"], t["cell"], t["raw"], t["role"]] for t in cells])
    ignore = [i for i in rec.ignore if i["key"] not in truth]
    write("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
          [[*i["key"], i["file"], i["sheet"], i["cell"], i["raw"]] for i in sorted(ignore, key=lambda i: i["key"])])
    write("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"],
          [[*q["key"], num(q["value"]), q["file"], q["sheet"], q["cell"], q["raw"]]
           for q in sorted(rec.quarter, key=lambda q: (q["key"], q["file"]))])
    write("bad_files.csv", ["file", "why"], [[b["file"], b["why"]] for b in rec.bad])
    write("files.csv", ["file", "format", "writer", "features"],
          [[f["file"], f["format"], f["writer"], f["features"]] for f in rec.files])
    for f in rec.files:
        assert os.path.exists(os.path.join(HERE, f["file"])), f["file"]
    roles = {}
    for t in rec.truth_cells:
        roles[t["role"]] = roles.get(t["role"], 0) + 1
    good = sum(1 for f in rec.files if f["writer"] != "bad")
    print(f"{good} good files ({sum(1 for f in rec.files if f['file'].startswith('batch2'))} in batch2), "
          f"{len(rec.bad)} bad; truth {len(truth)} values, {len(rec.truth_cells)} cells {roles}; "
          f"ignore {len(ignore)}; quarter {len(rec.quarter)}; registry {n_vill} communities, {n_str} streets")


if __name__ == "__main__":
    main()
