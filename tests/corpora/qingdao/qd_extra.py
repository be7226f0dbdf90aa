"""Bad files, the two batch2 corrections and the registry cut (市南区 370202 rows of the national file)."""
import csv
import gzip
import os

import openpyxl

import qd_grid as G
from qd_comm_b import NZ_ITEMS, nuozhuang_apr  # noqa: F401
from qd_grid import REC, Sheet, val
from qd_lib import footer
from qd_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
TD, TX, NZ = "370202002008", "370202002012", "370202002013"


def _bad(rel, why, fmt, sent):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))
    touch(os.path.join(ROOT, rel), sent)


def bad_files(W):
    rel = "batch1/八大峡街道2026年5月报表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(os.path.join(ROOT, rel))
    _bad(rel, "an empty workbook (one empty sheet): nothing to load, must be rejected or reported", "xlsx", (2026, 6, 1, 8, 0))

    rel = "batch1/关于报送2026年6月社区工作数据的通知.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "通知"
    lines = ["关于报送2026年6月社区工作数据的通知", "各社区居委会：",
             "请于7月5日前通过“民生在线”平台报送6月份工作数据，低保、就业数据以系统导出为准。",
             "联系人：街道党政办 王丽娟 0532-82617530", "八大峡街道办事处", "2026年6月28日"]
    for i, t in enumerate(lines):
        ws.cell(row=i + 1, column=1, value=t)
    wb.save(os.path.join(ROOT, rel))
    _bad(rel, "a notice only (dates and a phone number, no table): nothing to load", "xlsx", (2026, 6, 28, 16, 0))

    rel = "batch1/索镇街道西镇社区2026年3月工作报表.xlsx"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "淄博市桓台县索镇街道西镇社区居委会2026年3月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 41), ("诉求办结", "件", 39), ("城镇新增就业", "人", 12),
                                        ("低保户数", "户", 23), ("低保人数", "人", 37), ("注册志愿者", "人", 864),
                                        ("文体活动", "场", 5)]):
        sh.row(2 + i, 0, [i + 1, lab, unit, x])
    sh.put(10, 0, "填报人：西镇社区 刘敏  0533-8216473")
    from qd_writers import _openpyxl
    _openpyxl(os.path.join(ROOT, rel), [sh])
    _bad(rel, "a report of 西镇社区 of 淄博市桓台县索镇街道 (370321001001), not 市南区's 西镇 (370202002009): another city's "
         "community, nothing may be loaded", "xlsx", (2026, 4, 2, 9, 0))

    rel = "batch1/八大峡街道2026年4月网格化工作简报.xls"
    pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(pdf.encode("ascii"))
    _bad(rel, "a PDF (the 网格化 简报) named .xls: not a spreadsheet, must be refused or reported", "xls", (2026, 5, 8, 10, 0))


def corrections(W):
    G.BATCH[0] = "batch2"
    sh, r = nuozhuang_apr("（更正）")
    old = {k[2]: v for k, v in W.old.items() if k[0] == NZ}
    sh.put(r, 0, "更正说明：4月报表志愿服务人次、诉求办结数、老年人查体人数填报有误（原报志愿服务{}人次、办结{}件、查体{}人），"
                 "以本表为准。".format(old["volunteer_person_times"], old["petitions_resolved"], old["free_health_checks"]))
    footer(sh, r + 2, 0, who="挪庄社区 王芳", checker="赵书记", date="2026年5月13日")
    save("batch2/挪庄社区2026年4月工作报表（更正版）.xlsx", [sh], "openpyxl",
         ["community_rows", "xlsx_openpyxl", "correction_full_resend", "title_month_full", "unit_column",
          "correction_note_numbers"], (2026, 5, 13, 9, 30))

    m = "2026-03"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 5, "八大峡街道2026年3月城市低保数据更正表")
    sh.row(1, 0, ["序号", "社区", "项目", "原报数", "更正数", "更正原因"])
    rows = [(TX, "台西社区", "低保人数（人）", "dibao_persons", "1户2人3月停保，系统导出时未更新"),
            (TX, "台西社区", "低保金（元）", "dibao_payout_yuan", "同上"),
            (TD, "团岛社区", "低保户数（户）", "dibao_households", "3月新增1户漏报")]
    for i, (code, nm, lab, ind, why) in enumerate(rows):
        sh.row(2 + i, 0, [i + 1, nm, lab])
        val(sh, 2 + i, 3, code, m, ind, value=W.old[(code, m, ind)], role="superseded")
        val(sh, 2 + i, 4, code, m, ind)
        sh.put(2 + i, 5, why)
    sh.put(6, 0, "八大峡街道社会事务办  2026年4月15日")
    save("batch2/八大峡街道2026年3月城市低保数据更正.xlsx", [sh], "xlsxwriter",
         ["street_correction_rows", "xlsx_xlsxwriter", "original_vs_corrected", "title_month_full", "names_sq"],
         (2026, 4, 15, 14, 0))
    G.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "370202":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "370202"))
    return len(lines)
