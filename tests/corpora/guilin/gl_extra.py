"""Bad files, the two batch2 corrections and the registry extract (the 七星区 rows)."""
import csv
import gzip
import os

import gl_comm
import gl_grid
import gl_street
from gl_grid import REC, Sheet
from gl_world import BY_SHORT
from gl_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
WT, GD = BY_SHORT["五通"], BY_SHORT["桂林电子科技大学"]
CORRECTIONS = [((WT, "2025-11", "dibao_persons"), 3), ((WT, "2025-11", "dibao_payout_yuan"), 1500),
               ((GD, "2026-01", "party_members"), 2)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


def bad_files(W):
    rel = "batch1/东江街道2026年3月报表（空）.xlsx"
    save(rel, [Sheet("Sheet1"), Sheet("Sheet2")], "openpyxl", ["bad_file"], (2026, 4, 1, 9, 0))
    REC.files.pop()
    _bad(rel, "an empty workbook (two blank sheets): nothing to load; must be reported", "xlsx")
    sh = Sheet("说明")
    sh.put(0, 0, "各社区：")
    sh.put(1, 0, "请于2026年1月5日前将12月份报表发至街道邮箱，国庆、元旦期间漓江景区周边噪音诉求请单列说明。")
    sh.put(3, 0, "东江街道党政办　2025年12月29日")
    rel = "batch1/关于报送2025年12月报表的通知.xlsx"
    save(rel, [sh], "xlsxwriter", ["bad_file"], (2025, 12, 29, 16, 0))
    REC.files.pop()
    _bad(rel, "a notice (通知) with dates and no table: nothing to load", "xlsx")
    sh = Sheet("12月")
    sh.put(0, 0, "花溪区平桥街道漓江社区2025年12月工作报表")
    sh.put(1, 0, "填报单位：贵阳市花溪区平桥街道漓江社区")
    sh.row(2, 0, ["项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理诉求", "件", 27), ("办结", "件", 26), ("低保户数", "户", 21),
                                        ("低保人数", "人", 35), ("注册志愿者", "人", 742)]):
        sh.row(3 + i, 0, [lab, unit, x])
    sh.put(9, 0, "联系电话：0851-83851234")
    rel = "batch1/漓江社区2025年12月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 1, 4, 10, 0))
    REC.files.pop()
    _bad(rel, "漓江社区 of 贵阳市花溪区平桥街道 (520111009008; title, 填报单位 and an 0851 phone say so), not 东江街道漓江社区 "
              "450305002003; nothing may be loaded", "xlsx")
    rel = "batch1/汇通社区2026年2月台账.xls"
    _raw(rel, "汇通社区2026年2月台账\t见附件\r\n".encode("gbk"), (2026, 3, 3, 9, 0))
    _bad(rel, "a GBK text line saved with an .xls name: not a workbook; must be refused or reported", "xls")


def corrections(W):
    gl_grid.BATCH[0] = "batch2"
    gl_street.two_tables(W, "2025-11", "xlsxwriter", "batch2/东江街道2025年11月民政就业数据（更正版）.xlsx",
                         (2025, 12, 15, 9, 0),
                         note="更正：五通社区低保人数少报3人，低保金少报0.15万元，已更正；其余不变。")
    gl_comm.report(W, GD, "2026-01", "openpyxl", "batch2/桂电社区2026年1月台账（更正）.xlsx", (2026, 2, 10, 9, 0),
                   name="桂电社区居委会（更正）",
                   note="更正：1月党员人数漏统当月从学校转入组织关系的党员2名，现更正，其余不变")
    gl_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "450305":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "450305"))
    return len(lines)
