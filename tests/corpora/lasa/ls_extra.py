"""Corrections (batch2), the bad files and the registry extract (the 城关区 rows)."""
import csv
import gzip
import os

import ls_comm
import ls_grid
from ls_grid import REC, Sheet
from ls_street import dibao_sheet
from ls_world import CODE, COMM
from ls_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
LG, BL, XS = CODE["鲁固"], CODE["白林"], CODE["夏萨苏"]
CORRECTIONS = [((BL, "2026-01", "dibao_persons"), 3), ((BL, "2026-01", "dibao_payout_yuan"), 3030),
               ((XS, "2026-01", "dibao_households"), -1),
               ((LG, "2026-02", "people_assisted"), 9), ((LG, "2026-02", "goods_distributed"), 20)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def corrections(W):
    ls_grid.BATCH[0] = "batch2"
    sh = dibao_sheet("2026-01", [BL, XS], note="更正：白林社区新增纳入3人、夏萨苏社区1户停保，其余社区数据不变，以此为准。")
    save("batch2/八廓街道城市低保动态台账（2026年1月更正）.xlsx", [sh], "openpyxl",
         ["street_file", "correction", "two_communities_only", "note_line"], (2026, 2, 12, 9, 0))
    i = [c for c, _, _ in COMM].index(LG)
    j = 4  # 2026-02
    n, rel = ls_comm.file_name(i, j, "鲁固", "2026-02", "batch2")
    stem, ext = os.path.splitext(rel)
    ls_comm.LAYOUTS[n](i, j, LG, "鲁固", "2026-02", stem + "（修订版）" + ext, (2026, 3, 9, 9, 0),
                       batch_note="（修订版，藏历新年慰问数据补录，以此为准）")
    ls_grid.BATCH[0] = "batch1"


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    import openpyxl
    from ls_writers import _fix_zip
    rel = "batch1/八廓街道2026年4月汇总表.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = ls_grid.datetime.datetime(2026, 5, 6, 9, 0)
    wb.active.title = "Sheet1"
    wb.save(os.path.join(ROOT, rel))
    _fix_zip(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 5, 6, 9, 0))
    _bad(rel, "an empty workbook: one sheet 「Sheet1」 with no cell (the clerk saved the template before filling it)", "xlsx")

    sh = Sheet("通知")
    for r, t in enumerate(["关于报送2026年一季度社区工作数据的通知", "各社区居委会：",
                           "请于4月5日前将一季度各项工作数据报街道党政办，逾期未报的将在周例会上通报。",
                           "联系人：德吉  电话：0891-6321096", "八廓街道党政办", "2026年3月28日"]):
        sh.put(r, 0, t)
    rel = "batch1/关于报送一季度数据的通知.xls"
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 3, 28, 9, 0))
    REC.files.pop()
    _bad(rel, "a 通知 typed in a workbook: six lines of text, no table and no figure", "xls")

    sh = Sheet("1月")
    sh.put(0, 0, "日喀则市桑珠孜区城南街道2026年1月社区工作数据")
    sh.row(1, 0, ["社区", "受理诉求（件）", "办结（件）", "走访慰问（人）"])
    for k, name in enumerate(["扎西吉彩社区", "吉培社区", "卡热社区", "萨玛社区", "幸福社区"]):
        sh.row(2 + k, 0, [name, 20 + k * 3, 18 + k * 3, 30 + k * 5])
    rel = "batch1/2026年1月社区工作数据（桑珠孜区）.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 2, 4, 9, 0))
    REC.files.pop()
    _bad(rel, "communities of 日喀则市桑珠孜区 (540202), sent to the wrong street by mistake; 幸福社区 also exists in "
              "城关区 (公德林街道 540102006005) but the title says 桑珠孜区: nothing of this district", "xlsx")

    rel = "batch1/丹杰林社区3月数据.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 3, 9, 0))
    _bad(rel, "a zero-byte CSV (the export was interrupted)", "csv")


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "540102":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "540102"))
    return len(lines)
