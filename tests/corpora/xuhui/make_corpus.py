#!/usr/bin/env python3
"""Generate the 上海市徐汇区·斜土路街道 corpus: batch1/, batch2/, registry/ and truth.csv, truth_cells.csv, ignore.csv,
quarter_truth.csv, bad_files.csv, files.csv.

    .venv/bin/python tests/corpora/xuhui/make_corpus.py

Needs openpyxl, xlsxwriter, xlwt, odfpy, Pillow (the project's venv has them) and the national registry in
/work/shared/data/admin_divisions/. Seeded: the World uses random.Random(20260605), each file its own fixed seed.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import xh_grid  # noqa: E402
from xh_grid import REC  # noqa: E402
from xh_world import World  # noqa: E402

# keys a clerk writes approximately (约40, 30余): the world holds the round figure, every file agrees
APPROX = [("310104007002", "2026-02", "goods_distributed", 10), ("310104007014", "2026-02", "goods_distributed", 10),
          ("310104007022", "2026-02", "people_assisted", 10), ("310104007008", "2026-04", "volunteer_person_times", 50),
          ("310104007015", "2026-04", "volunteer_person_times", 50), ("310104007003", "2025-11", "free_health_checks", 10),
          ("310104007003", "2025-11", "volunteer_person_times", 100),
          ("310104007015", "2025-12", "volunteer_person_times", 100), ("310104007015", "2025-12", "goods_distributed", 10),
          ("310104007025", "2026-01", "goods_distributed", 10)]


def world():
    w = World()
    for code, m, ind, step in APPROX:
        w.round_to((code, m, ind), step)
    # batch2 corrects these: the first value each batch1 file carried
    jn, m4 = "310104007009", "2026-04"
    rec = w.v[(jn, m4, "petitions_received")]
    k1 = {(jn, m4, "petitions_received"): rec - 5, (jn, m4, "petitions_resolved"): rec - 3,
          (jn, m4, "people_employed"): w.v[(jn, m4, "people_employed")] + 4}
    m5 = "2026-05"
    patrol = w.v[("310104007002", m5, "patrol_members")]
    swapped = int(str(patrol)[::-1]) if patrol >= 10 and str(patrol)[0] != str(patrol)[1] else patrol + 10
    k2 = {("310104007021", m5, "security_cases"): w.v[("310104007021", m5, "security_cases")] + 2,
          ("310104007002", m5, "patrol_members"): swapped,
          ("310104007008", m5, "disputes_mediated"): w.v[("310104007008", m5, "disputes_mediated")] + 10}
    w.old = {**k1, **k2}
    return w, k1, k2


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(header)
        wr.writerows(rows)


def num(v):
    return int(v) if float(v).is_integer() else v


def main():
    w, k1, k2 = world()
    xh_grid.W = w
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    import xh_comm_a
    import xh_comm_b
    import xh_extra
    import xh_street_a
    import xh_street_b
    import xh_street_c
    xh_street_a.build()
    xh_street_b.build(k1)
    xh_street_c.build(k1, k2)
    xh_comm_a.build(k1)
    xh_comm_b.build()
    xh_extra.build()
    xh_extra.corrections()
    nv, ns = xh_extra.registry()

    truth = REC.truth()
    for key in w.old:
        assert key in truth and any(t["key"] == key and t["role"] == "correction" for t in REC.truth_cells), key
    key3 = lambda k: (k[0], k[1], k[2])
    write_csv("truth.csv", ["community_code", "period", "indicator_code", "value"],
              [list(k) + [num(v)] for k, v in sorted(truth.items())])
    cells = sorted(REC.truth_cells, key=lambda t: (key3(t["key"]), t["file"], t["sheet"], t["cell"]))
    write_csv("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"],
              [list(t["key"]) + [num(t["value"]), t["file"], t["sheet"], t["cell"], t["raw"], t["role"]] for t in cells])
    ign = sorted((t for t in REC.ignore if t["key"] not in truth), key=lambda t: (t["key"], t["file"], t["cell"]))
    write_csv("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
              [list(t["key"]) + [t["file"], t["sheet"], t["cell"], t["raw"]] for t in ign])
    qs = sorted(REC.quarter, key=lambda t: (t["key"], t["file"], t["cell"]))
    write_csv("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"],
              [list(t["key"]) + [num(t["value"]), t["file"], t["sheet"], t["cell"], t["raw"]] for t in qs])
    write_csv("bad_files.csv", ["file", "why"], [[b["file"], b["why"]] for b in REC.bad])
    write_csv("files.csv", ["file", "format", "writer", "features"],
              [[f["file"], f["format"], f["writer"], f["features"]] for f in REC.files])
    roles = {}
    for t in REC.truth_cells:
        roles[t["role"]] = roles.get(t["role"], 0) + 1
    good = [f for f in REC.files if f["writer"] != "bad"]
    inds = {k[2] for k in truth}
    print(f"files: {len(good)} good ({sum(1 for f in good if f['file'].startswith('batch2'))} in batch2), "
          f"{len(REC.bad)} bad; truth {len(truth)} values over {len(inds)} indicators; cells {len(REC.truth_cells)} "
          f"{roles}; ignore {len(ign)}; quarter {len(qs)}; registry {nv} units, {ns} streets")


if __name__ == "__main__":
    main()
