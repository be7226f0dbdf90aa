"""Bad files, the batch2 corrections and the registry cut.

Corrections (set in `corrections_setup` before any file is built, so batch1 cells of those keys hold the first
value): 新影村 2026-03 办结 and 实现就业 (full resend, .wps), 民乐村 2026-01 低保人数 and 黄荆湾 2026-01 低保金 (the street's
社会救助 更正 note with 原报数 | 更正数)."""
import csv
import gzip
import os
import random

import openpyxl

import cq_comm_a
from cq_grid import BATCH, REC, Sheet, val
from cq_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
XY, MIN, HJW = "500103014010", "500103014006", "500103014013"


def corrections_setup(W):
    W.correct((XY, "2026-03", "petitions_resolved"), W.v[(XY, "2026-03", "petitions_resolved")] - 6)
    W.correct((XY, "2026-03", "people_employed"), W.v[(XY, "2026-03", "people_employed")] + 5)
    W.correct((MIN, "2026-01", "dibao_persons"), W.v[(MIN, "2026-01", "dibao_persons")] + 2)
    W.correct((HJW, "2026-01", "dibao_payout_yuan"), W.v[(HJW, "2026-01", "dibao_payout_yuan")] + 1400)


def corrections(W):
    cq_comm_a.c6_xinying(W, batch="batch2")
    BATCH[0] = "batch2"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 5, "石油路街道2026年1月社会救助数据更正")
    sh.row(1, 0, ["序号", "社区", "项目", "原报数", "更正数", "更正原因"])
    rows = [(MIN, "民乐村社区", "低保人数（人）", "dibao_persons", "n", "1户家庭人口变更未及时录入"),
            (HJW, "黄荆湾社区", "低保金（万元）", "dibao_payout_yuan", "wan", "误含2月新增对象")]
    for i, (code, name, label, ind, style, _) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, name, label])
        val(sh, r, 3, code, "2026-01", ind, style=style, value=W.old[(code, "2026-01", ind)], role="superseded")
        val(sh, r, 4, code, "2026-01", ind, style=style)
        sh.put(r, 5, rows[i][5])
    sh.put(5, 0, "其余社区数据不变。石油路街道社会事务办 2026年2月12日")
    save("batch2/石油路街道2026年1月社会救助数据更正.xlsx", [sh], "openpyxl",
         ["street_rows", "correction_changed_rows_only", "original_and_corrected_columns", "wanyuan_in_label",
          "xlsx_openpyxl"], (2026, 2, 12, 10, 30))
    BATCH[0] = "batch1"


def _bad(rel, why, sent):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))
    touch(os.path.join(ROOT, rel), sent)


def bad_files(W):
    # 1. an empty workbook
    p = os.path.join(ROOT, "batch1/茶亭北路社区2026年5月报表.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(p)
    _bad("batch1/茶亭北路社区2026年5月报表.xlsx", "an empty workbook (one empty Sheet1): nothing to load, "
         "must be refused or reported", (2026, 6, 1, 8, 50))
    # 2. a notice only
    p = os.path.join(ROOT, "batch1/民乐村社区2026年5月报表.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "关于5月报表的说明"
    ws["A3"] = "按街道要求，本社区5月各项数据已通过“渝快办”基层智治平台填报，本表不再重复报送。"
    ws["A4"] = "如需核对请联系：民乐村社区 刘娟 13508326419"
    ws["A6"] = "2026年6月2日"
    wb.save(p)
    _bad("batch1/民乐村社区2026年5月报表.xlsx", "a notice only (May went through the 渝快办 platform): no table, "
         "nothing to load, must be refused or reported", (2026, 6, 2, 11, 0))
    # 3. another city's 石油路社区 (南充市顺庆区舞凤街道, 511302005007)
    R = random.Random(5113)
    p = os.path.join(ROOT, "batch1/石油路社区2026年3月工作月报.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3月"
    ws["A1"] = "南充市顺庆区舞凤街道石油路社区2026年3月工作月报"
    ws.append(["序号", "指标", "单位", "本月"])
    items = [("受理群众诉求", "件"), ("诉求办结", "件"), ("新增就业岗位", "个"), ("实现就业", "人"),
             ("低保户数", "户"), ("低保人数", "人"), ("注册志愿者", "人"), ("志愿服务", "人次"), ("常住人口", "人")]
    for i, (a, u) in enumerate(items):
        ws.append([i + 1, a, u, R.randint(10, 90) if i < 8 else 8920])
    ws.append([])
    ws.append(["报送单位：顺庆区舞凤街道石油路社区居委会    联系电话：0817-2226481    2026年4月2日"])
    wb.save(p)
    _bad("batch1/石油路社区2026年3月工作月报.xlsx", "the 3月 report of 四川省南充市顺庆区舞凤街道石油路社区 "
         "(511302005007), not 渝中区's 石油路社区: sent to the wrong street; nothing may be loaded into 500103014009",
         (2026, 4, 2, 15, 20))
    # 4. not a spreadsheet: a PDF named .xls
    p = os.path.join(ROOT, "batch1/新影村社区2026年4月工作总结.xls")
    body = b"BT /F1 12 Tf 72 720 Td (Xinying 2026-04 summary) Tj ET"
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
           b"4 0 obj<</Length " + str(len(body)).encode() + b">>stream\n" + body + b"\nendstream endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    with open(p, "wb") as f:
        f.write(pdf)
    _bad("batch1/新影村社区2026年4月工作总结.xls", "a PDF (the 4月 工作总结) named .xls: not a spreadsheet; "
         "must be refused or reported", (2026, 5, 5, 9, 0))


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "500103":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "500103"))
    return len(lines)
