#!/usr/bin/env python3
"""Regenerate the 七星区·东江街道 corpus: batch1/, batch2/, registry/ and the truth CSVs.

    /work/main/.venv/bin/python tests/corpora/guilin/make_corpus.py

Seeded (World: random.Random(20251207); incidental numbers derived from positions). Needs openpyxl,
xlsxwriter, xlwt and odfpy (all in the project's .venv).
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gl_comm  # noqa: E402
import gl_extra  # noqa: E402
import gl_grid  # noqa: E402
import gl_street  # noqa: E402
from gl_grid import REC  # noqa: E402
from gl_world import BY_SHORT  # noqa: E402
from gl_world import World  # noqa: E402

B = [("2025-09", "综治", "openpyxl", "short"), ("2025-10", "党建", "xlsxwriter", "full"),
     ("2025-11", "综治", "xlwt", "typo"), ("2025-12", "党建", "odfpy", "short"),
     ("2026-01", "综治", "csv-gbk", "full"), ("2026-01", "党建", "openpyxl", "typo"),
     ("2026-02", "党建", "xlsxwriter", "full"), ("2026-03", "综治", "odfpy", "short")]
C = [("2025-09", "openpyxl"), ("2025-11", "xlsxwriter"), ("2026-01", "xlwt"), ("2026-03", "odfpy")]
E = [("漓江", ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"], "xlsxwriter", "漓江社区"),
     ("辰山", ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"], "openpyxl", "晨山社区"),
     ("羊角山", ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"], "odfpy", "羊角山社区")]
# (registry short, month, writer, name in 单位 cell, file stem, 冇得)
A = [("花园", "2025-10", "openpyxl", None, "花园社区2025年10月台账", False),
     ("五通", "2025-12", "xlwt", "五通社区居委", "五通2025.12台账", True),
     ("汇通", "2025-09", "csv-utf8bom", None, "汇通社区9月台账（2025）", False),
     ("六合", "2026-02", "xlsxwriter", "六合居委会", "六合社区2026年2月台账", False),
     ("社山桥", "2025-11", "odfpy", "社山桥社区", "社山桥社区2025年11月份台账", True),
     ("朝阳", "2026-03", "csv-utf8", "七星区朝阳社区", "东江街道朝阳社区2026年3月台账", False),
     ("桂林电子科技大学", "2026-01", "openpyxl", "桂电社区居委会", "桂电社区2026年1月台账", False),
     ("理工大学", "2025-10", "xlsxwriter", "理工社区（桂林理工大学屏风校区）", "理工社区2025年10月台账", False),
     ("理工大学", "2026-02", "xlwt", "理工社区", "理工社区2026年2月台账", True),
     ("猫儿山", "2025-12", "csv-gbk", "猫耳山社区", "猫儿山社区2025年12月台账", False),
     ("建干北", "2026-01", "odfpy", "建千北社区", "建干北社区2026年元月台账", False),
     ("花园", "2026-03", "xlsxwriter", "花园社区", "花园社区2026年3月台账", False)]
EXT = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv", "csv-utf8": "csv",
       "csv-utf8bom": "csv", "csv-tab": "csv"}


def sent(month, day=3):
    y, m = int(month[:4]), int(month[5:])
    return (y + (m == 12), m % 12 + 1, day, 9, 30)


def build(W):
    for month, dept, writer, variant in B:
        rel = f"batch1/东江街道{dept}办{month[:4]}年{int(month[5:])}月报表.{EXT[writer]}"
        gl_street.dept_file(W, month, dept, writer, variant, rel, sent(month))
    for month, writer in C:
        rel = f"batch1/东江街道{month[:4]}年{int(month[5:])}月民政就业数据.{EXT[writer]}"
        gl_street.two_tables(W, month, writer, rel, sent(month, 5))
    gl_street.volunteer_export(W, ["2025-09", "2025-10", "2025-11"], "batch1/志愿桂林导出_东江街道_2025年9-11月.csv",
                               (2025, 12, 2, 10, 0))
    gl_street.volunteer_export(W, ["2025-12", "2026-01", "2026-02", "2026-03"],
                               "batch1/志愿桂林导出_东江街道_2025年12月-2026年3月.csv", (2026, 4, 2, 10, 0))
    for short, months, writer, name in E:
        rel = f"batch1/{name}{months[0][:4]}年{int(months[0][5:])}月至{months[-1][:4]}年{int(months[-1][5:])}月民生台账.{EXT[writer]}"
        gl_comm.months_across(W, BY_SHORT[short], months, writer, rel, sent(months[-1]), name)
    for short, month, writer, name, stem, zero in A:
        gl_comm.report(W, BY_SHORT[short], month, writer, f"batch1/{stem}.{EXT[writer]}", sent(month, 2), name=name,
                       zero_word=zero)


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
    gl_extra.plan(W)
    gl_grid.W = W
    build(W)
    gl_extra.bad_files(W)
    gl_extra.corrections(W)
    nreg = gl_extra.registry()

    held = {t["key"] for t in REC.truth_cells if t["role"] in ("primary", "correction")}
    for t in list(REC.truth_cells):
        if t["role"] == "prevmonth":   # a 上月 figure: a duplicate when the month is reported elsewhere, else ignored
            if t["key"] in held:
                t["role"] = "duplicate"
            else:
                REC.truth_cells.remove(t)
                REC.ignore.append(dict(t, role=None))
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
