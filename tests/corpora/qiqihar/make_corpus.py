#!/usr/bin/env python3
"""Write the blind 龙沙区·大民街道 (齐齐哈尔) corpus: batch1/, batch2/, truth and ledgers, registry cut. Deterministic."""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import qq_comm  # noqa: E402
import qq_extra  # noqa: E402
import qq_street as S  # noqa: E402
from qq_world import COMM, Ledger, build  # noqa: E402


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


STREET_FILES = [
    (S.dibao, "batch1/大民街道2025年9月城市低保动态管理月报.xlsx", "2025-09", "openpyxl"),
    (S.safety, "batch1/大民街道2025年10月份群防群治工作统计.xls", "2025-10", "xlwt"),
    (S.jobs, "batch1/大民街道劳保所2025年11月就业再就业台账.csv", "2025-11", "csv gbk"),
    (S.party, "batch1/大民街道2025年12月鹤城先锋鹤城雪亮统计.ods", "2025-12", "odfpy"),
    (S.petitions, "batch1/大民街道二〇二六年一月接诉即办通报.xlsx", "2026-01", "xlsxwriter"),
    (S.basics, "batch1/大民街道2026.02各社区基本情况.csv", "2026-02", "csv utf-8-sig"),
    (S.elders, "batch1/大民街道2026年3月暖冬行动为老服务月报.xlsx", "2026-03", "openpyxl"),
]


def main():
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    L = Ledger(build())
    files = []
    for fn, path, month, wr in STREET_FILES:
        fn(L, path, month)
        files.append((path, wr, "street_file;" + fn.__name__))
    for path, lay in qq_comm.singles(L):
        files.append((path, {"layout_a": "openpyxl", "layout_b": "xlwt", "layout_c": "csv utf-8", "layout_d": "odfpy", "layout_e": "xlsxwriter"}[lay], "community_file;" + lay))
    for ci, start in ((2, 0), (5, 1), (8, 0)):
        c, _, _ = COMM[ci]
        months = ["2025-09", "2025-10", "2025-11"] if start == 0 else ["2025-10", "2025-11", "2025-12"]
        n = qq_comm.VARIANT[c]
        path = f"batch1/{n}秋冬季工作量统计（{int(months[0][5:])}-{int(months[-1][5:])}月）.xlsx"
        qq_comm.autumn(L, path, c, months, n)
        files.append((path, "openpyxl", "community_file;three_months_across;total_column"))
    qq_extra.bad(L)
    qq_extra.corrections(L)
    files.append(("batch2/大民街道2025年9月城市低保动态管理月报（更正）.xlsx", "openpyxl", "correction;whole_table_again"))
    files.append(("batch2/关于更正联心社区2025年11月份数据的说明.xlsx", "openpyxl", "correction;letter;old_and_new_columns"))
    nreg = qq_extra.registry()
    truth = sorted((k[0], k[1], k[2], v) for k, v in L.truth.items() if v is not None)
    write("truth.csv", ["community_code", "period", "indicator_code", "value"], truth)
    write("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"],
          L.cells)
    write("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"], L.ignore)
    write("bad_files.csv", ["file", "why"], L.bad)
    write("files.csv", ["file", "format", "writer", "features"],
          [(p, p.rsplit(".", 1)[1], w.replace(" ", ":"), feat) for p, w, feat in files])
    print(f"{len(files)} good files, {len(L.bad)} bad, {len(truth)} truth values, {len(L.cells)} cells, "
          f"{len(L.ignore)} ignored, registry {nreg} communities")


if __name__ == "__main__":
    main()
