#!/usr/bin/env python3
"""Rewrite the 雁塔区·等驾坡街道 corpus: batch1/, batch2/, registry/ and every CSV beside this script.

    .venv/bin/python tests/corpora/yanta/make_corpus.py

Needs openpyxl, xlsxwriter, xlwt, odfpy and zhconv (the project's venv has them). Seeded: the truth files,
registry/, the xls (xlwt, HTML, tab-separated) and CSV files come out byte-identical on every run.
"""
import csv
import os
import shutil
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_comm_a as ca      # noqa: E402
import corpus_comm_b as cb      # noqa: E402
import corpus_extra as ex       # noqa: E402
import corpus_street_a as sa    # noqa: E402
import corpus_street_b as sb    # noqa: E402
from corpus_grid import Corpus  # noqa: E402
from corpus_world import World  # noqa: E402

FILES = [sa.s1_html_petitions, sa.s2_html_basics, sa.s3_tsv_jobs, sa.s4_district_safety,
         sa.s5_relief_with_instructions, sa.s6_month_blocks, sa.s7_volunteers_quarter, sa.s8_culture_columns,
         sb.s9_party_safety_codes, sb.s10_csv_gbk_sci_codes, sb.s11_csv_long, sb.s12_csv_elderly, sb.s13_stacked,
         sb.s14_bound_forms, sb.s15_dibao_ledger, sb.s16_basics_december,
         ca.c1_qinchuan, ca.c2_kangning, ca.c3_yuedengge_typo, ca.c4_traditional, ca.c5_yangguang_quarter,
         ca.c6_yanbei_month_sheets, ca.c7_delin_sanyuefen, ca.c8_yanying_csv, ca.c9_shijiawan_yuan,
         cb.c10_hailunwan, cb.c11_qidi_one_row, cb.c12_huajian_q2, cb.c13_jiangonglu_datecell, cb.c14_nuanshan_csv,
         cb.c15_dongdengjiapo_side, cb.c16_xidengjiapo_ods, cb.c17_qianhu_first, cb.c18_qianhu_correction]


def num(v):
    v = round(float(v), 4)
    return str(int(v)) if v.is_integer() else repr(v)


def assign_roles(cells):
    """A key met again in the same file is a duplicate (the copy on a 汇总 sheet, when there is one)."""
    by_file_key = defaultdict(list)
    for c in cells:
        if c["role"] == "primary":
            by_file_key[(c["file"], c["community_code"], c["period"], c["indicator_code"])].append(c)
    for group in by_file_key.values():
        group.sort(key=lambda c: c["sheet"] == "汇总")
        for c in group[1:]:
            c["role"] = "duplicate"


def build_truth(C, W):
    truth, seen = {}, defaultdict(set)
    for c in C.cells:
        key = (c["community_code"], c["period"], c["indicator_code"])
        if c["role"] == "superseded":
            assert abs(c["value"] - W.first[key]) < 1e-9, c
            continue
        seen[key].add(round(float(c["value"]), 6))
        truth[key] = c["value"]
    clash = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clash, f"the same key holds different values: {list(clash.items())[:5]}"
    for key in W.first:
        assert key in truth and abs(truth[key] - W(*key)) < 1e-9, key
    return truth


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for d in ("batch1", "batch2", "registry"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    W = World()
    C = Corpus(HERE)
    C.superseded_keys = dict(W.first)
    for make in FILES:
        make(C, W)
    C.write_all()
    ex.bad_files(C)
    n_registry = ex.registry(HERE)

    assign_roles(C.cells)
    truth = build_truth(C, W)
    ignore = [c for c in C.ignore if (c["community_code"], c["period"], c["indicator_code"]) not in truth]

    write_csv("truth.csv", ["community_code", "period", "indicator_code", "value"],
              [[*k, num(v)] for k, v in sorted(truth.items())])
    cols = ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"]
    write_csv("truth_cells.csv", cols, [[c[k] if k != "value" else num(c[k]) for k in cols] for c in C.cells])
    icols = ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"]
    write_csv("ignore.csv", icols, [[c[k] for k in icols] for c in ignore])
    qcols = ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"]
    write_csv("quarter_truth.csv", qcols, [[c[k] if k != "value" else num(c[k]) for k in qcols] for c in C.quarters])
    write_csv("bad_files.csv", ["file", "why"], C.bad)
    rows = [[b.rel, b.fmt, b.writer, b.features] for b in C.books]
    rows += [[rel, "xlsx", "bad", "bad_file"] for rel, _ in C.bad]
    write_csv("files.csv", ["file", "format", "writer", "features"], rows)

    roles = defaultdict(int)
    for c in C.cells:
        roles[c["role"]] += 1
    inds = {k[2] for k in truth}
    print(f"{len(C.books)} good files, {len(C.bad)} bad; truth {len(truth)} values ({len(inds)} indicators), "
          f"cells {len(C.cells)} ({dict(roles)}), ignore {len(ignore)}, quarter {len(C.quarters)}, "
          f"registry {n_registry} units")


if __name__ == "__main__":
    main()
