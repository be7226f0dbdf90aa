"""The three bad files, the two batch2 corrections and the registry extract (the 西工区 rows)."""
import csv
import gzip
import os

import openpyxl

import ly_grid
from ly_comm import LD, lidu_sheet
from ly_grid import REC, Sheet
from ly_street import minzheng
from ly_world import BY_SHORT
from ly_writers import ROOT, _fix_zip, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
LJ, SK = BY_SHORT["丽景"], BY_SHORT["水口"]
CORRECTIONS = [((LJ, "2026-01", "dibao_persons"), 2), ((LJ, "2026-01", "dibao_payout_yuan"), 1200),
               ((SK, "2026-01", "dibao_payout_yuan"), -500),
               ((LD, "2026-02", "petitions_resolved"), 3), ((LD, "2026-02", "people_assisted"), 5)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one blank sheet
    rel = "batch1/邙山街道2026年3月网格员走访统计.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.properties.created = wb.properties.modified = ly_grid.month_date("2026-04")
    wb.save(os.path.join(ROOT, rel))
    _fix_zip(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 4, 1, 8, 0))
    _bad_entry(rel, "an empty workbook (one blank Sheet1): nothing to load; must be reported, not crash", "xlsx")
    # 2. a notice, no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于做好第43届中国洛阳牡丹文化节期间志愿服务工作的通知")
    sh.put(2, 0, "各社区居委会：")
    sh.put(3, 0, "　　牡丹文化节将于2026年4月1日开幕，请各社区于3月25日前将“牡丹志愿红”服务队名单报街道文明实践所，"
                 "每社区不少于20人，王城公园、隋唐城遗址植物园两个服务点由丽都、国花社区牵头。")
    sh.put(5, 0, "邙山街道办事处　2026年3月16日")
    rel = "batch1/关于做好牡丹文化节志愿服务工作的通知.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 16, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "a notice (通知) pasted into a workbook: prose only, its numbers (43届, 20人, dates) are not "
                    "figures of any community-month; nothing may be loaded", "xlsx")
    # 3. 丽景社区 of 北京市朝阳区六里屯街道 (110105014071)
    sh = Sheet("x")
    sh.put(0, 0, "朝阳区六里屯街道丽景社区2026年1月工作数据")
    sh.row(1, 0, ["项目", "单位", "数量"])
    for i, (lab, u, x) in enumerate([("接诉即办受理", "件", 52), ("办结", "件", 50), ("注册志愿者", "人", 731),
                                     ("低保户", "户", 9), ("低保人数", "人", 13)]):
        sh.row(2 + i, 0, [lab, u, x])
    sh.put(8, 0, "联系电话：010-8581****")
    rel = "batch1/丽景社区2026年1月工作数据.csv"
    save(rel, [sh], "csv-gbk", ["bad_file"], (2026, 2, 3, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "丽景社区 of 北京市朝阳区六里屯街道 (110105014071; title, 接诉即办 and an 010 phone say so), not "
                    "邙山街道丽景社区 410302008002; nothing may be loaded", "csv")


def corrections(W):
    ly_grid.BATCH[0] = "batch2"
    note = ("更正说明：丽景社区元月份漏报新增低保对象2人（补发金额1200元），水口社区多报500元，"
            "本表只列更正的两个社区，其余社区以原表为准。")
    save("batch2/邙山街道2026年元月低保统计表（更正）.xlsx",
         [minzheng(W, "2026-01", [LJ, SK], note=note, title_extra="（更正）")], "openpyxl",
         ["street_file", "correction_partial_rows", "prev_month_column"], (2026, 3, 10, 9, 0))
    save("batch2/丽都社区2026年2月工作完成情况（更正版）.xls", [lidu_sheet(W, "2026-02", corr=True)], "xlwt",
         ["community_file", "correction_full_resend"], (2026, 3, 12, 9, 0))
    ly_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "410302":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "410302"))
    return len(lines)
