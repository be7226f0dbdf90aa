#!/usr/bin/env python3
"""Rewrite the 武侯区·玉林街道 corpus: batch1/, batch2/, registry/ and every CSV beside this script.

    python3 make_corpus.py      # needs openpyxl, xlsxwriter, xlwt, odfpy (the project's .venv has them)

Seeded (random.Random(20260331)); the generator is split into corpus_*.py modules in this folder:
world (place and figures), grid (sheets and the five writers), render (how clerks write numbers),
street_a/street_b (street-office files), comm_a/comm_b (community files), extra (bad files,
correction, registry extract).
"""
import csv
import os
import random
import shutil
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_comm_a  # noqa: E402
import corpus_comm_b  # noqa: E402
import corpus_extra  # noqa: E402
import corpus_street_a  # noqa: E402
import corpus_street_b  # noqa: E402
from corpus_grid import Recorder  # noqa: E402
from corpus_render import Ctx  # noqa: E402
from corpus_world import INDICATORS, build_world  # noqa: E402


def write_csv(name, fields, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r[k] for k in fields})


def fmt(v):
    return str(int(v)) if float(v) == int(v) else repr(float(v))


def check(world, rec):
    """The rules behind the truth: one value per key across files (superseded cells apart), every truth key
    in the world, resolved ≤ received and 公益性岗位 ≤ 新增岗位 in truth."""
    seen = defaultdict(set)
    for c in rec.truth:
        key = (c["community_code"], c["period"], c["indicator_code"])
        assert c["indicator_code"] in INDICATORS, c
        if c["role"] == "superseded":
            assert c["value"] != world[key], c
            continue
        assert c["value"] == world[key], c
        seen[key].add(c["value"])
    for key in seen:
        code, p, ind = key
        if ind == "petitions_resolved" and (code, p, "petitions_received") in seen:
            assert world[key] <= world[(code, p, "petitions_received")], key
        if ind == "public_welfare_jobs" and (code, p, "jobs_created") in seen:
            assert world[key] <= world[(code, p, "jobs_created")], key
    return seen


def main():
    for sub in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    rng = random.Random(20260331)
    world = build_world(rng)
    rec = Recorder()
    ctx = Ctx(HERE, world, rec, rng)
    corpus_street_a.build(ctx)
    corpus_street_b.build(ctx)
    corpus_comm_a.build(ctx)
    corpus_comm_b.build(ctx)
    corpus_extra.bad_files(ctx)
    corpus_extra.correction(ctx)
    corpus_extra.registry(HERE)

    seen = check(world, rec)
    truth = sorted(seen)
    write_csv("truth.csv", ["community_code", "period", "indicator_code", "value"],
              [dict(community_code=k[0], period=k[1], indicator_code=k[2], value=fmt(world[k])) for k in truth])
    order = {"primary": 0, "duplicate": 1, "correction": 2, "superseded": 3}
    cells = sorted(rec.truth, key=lambda c: (c["community_code"], c["period"], c["indicator_code"],
                                             order[c["role"]], c["file"], c["sheet"], c["cell"]))
    for c in cells:
        c["value"] = fmt(c["value"])
    write_csv("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell",
                                  "raw", "role"], cells)
    ign = [c for c in rec.ignore if (c["community_code"], c["period"], c["indicator_code"]) not in seen]
    ign.sort(key=lambda c: (c["community_code"], c["period"], c["indicator_code"], c["file"]))
    write_csv("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"], ign)
    qt = sorted(rec.quarter, key=lambda c: (c["community_code"], c["period"], c["indicator_code"], c["file"]))
    for c in qt:
        c["value"] = fmt(c["value"])
    write_csv("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell",
                                    "raw"], qt)
    write_csv("bad_files.csv", ["file", "why"], corpus_extra.BAD)
    write_csv("files.csv", ["file", "format", "writer", "features"], ctx.files)
    good = [f for f in ctx.files if f["writer"] != "bad"]
    print(f"{len(good)} good files ({sum(1 for f in good if f['file'].startswith('batch1/'))} in batch1), "
          f"{len(corpus_extra.BAD)} bad files; truth {len(truth)} values, {len(cells)} cells, "
          f"ignore {len(ign)}, quarter {len(qt)}")


if __name__ == "__main__":
    main()
