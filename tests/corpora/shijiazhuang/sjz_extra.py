"""The four bad files, the two batch2 corrections and the registry extract (the 长安区 rows). Adapted from the 合肥
corpus's hf_extra.py."""
import csv
import gzip
import os

import openpyxl

import sjz_grid
from sjz_comm_a import baifokou_oct
from sjz_grid import REC, Sheet
from sjz_street_a import assistance
from sjz_world import BY, CITY
from sjz_writers import ROOT, _fix_zip, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
YL1, BF, BFK, JH = BY["银龙小区第一"], BY["白佛"], BY["白佛口"], BY["嘉和城"]
CORRECTIONS = [((YL1, "2025-12", "dibao_persons"), 2), ((YL1, "2025-12", "dibao_payout_yuan"), 1600),
               ((BF, "2025-12", "people_assisted"), 8),
               ((BFK, "2025-10", "dibao_persons"), 1), ((BFK, "2025-10", "dibao_payout_yuan"), 800),
               ((JH, "2026-02", "people_assisted"), 5), ((JH, "2026-02", "goods_distributed"), 10)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 12 Tf 72 760 Td (HCYY 2026-03) Tj ET
endstream endobj
xref
0 5
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
0000000115 00000 n 
0000000202 00000 n 
trailer << /Size 5 /Root 1 0 R >>
startxref
295
%%EOF
"""


def bad_files(W):
    # 1. 银龙社区 of 阳泉市郊区开发区 (140311400004): same 银龙, another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "阳泉市郊区开发区银龙社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：阳泉市郊区开发区银龙社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 36), ("办结", "件", 35), ("调解纠纷", "起", 3),
                                        ("实现就业", "人", 11), ("低保户数", "户", 24), ("低保人数", "人", 41),
                                        ("走访慰问", "人", 58), ("党员", "名", 167)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：王　电话：0353-5216684　2026年2月3日")
    rel = "batch1/银龙社区2026年1月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 2, 3, 17, 30))
    REC.files.pop()
    _bad_entry(rel, "银龙社区 of 山西省阳泉市郊区开发区 (140311400004; title, 填报单位 and an 0353 phone say so), neither "
                    "谈固街道's 银龙小区第一社区 nor 银龙小区第二社区; nothing may be loaded", "xlsx")
    # 2. an empty workbook: the 网格 platform export that never ran (one empty default sheet)
    rel = "batch1/谈固街道2026年3月网格事件统计.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.creator = "TGJD"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 4, 2, 8, 0)
    wb.save(os.path.join(ROOT, rel))
    _fix_zip(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 4, 2, 8, 5))
    _bad_entry(rel, "an empty workbook (one default sheet, no cell): must be reported, nothing loaded", "xlsx")
    # 3. a PDF printed from the workbook and saved under an .xlsx name
    rel = "batch1/华宸怡园社区2026年3月工作报表.xlsx"
    _raw(rel, PDF, (2026, 4, 2, 18, 10))
    _bad_entry(rel, "a PDF (printed report, 「%PDF-1.4」) saved under an .xlsx name: not a spreadsheet", "xlsx")
    # 4. the template sent back with no figure in it
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "瑞景华庭社区2026年4月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    for i, (lab, unit) in enumerate([("受理诉求", "件"), ("办结", "件"), ("新增就业岗位", "个"), ("实现就业", "人"),
                                     ("免费体检", "人"), ("文体活动", "场"), ("志愿服务", "人次"), ("注册志愿者", "人")]):
        sh.row(2 + i, 0, [i + 1, lab, unit])
    sh.put(11, 0, "填报人：　　　　审核人：　　　　报送日期：")
    rel = "batch1/瑞景华庭社区2026年4月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 5, 6, 8, 20))
    REC.files.pop()
    _bad_entry(rel, "the April template sent back blank: title, items and units but not one figure (every 本月 cell "
                    "empty); must be reported, nothing loaded", "xlsx")


def corrections(W):
    sjz_grid.BATCH[0] = "batch2"
    codes = [BF, YL1, BY["银龙小区第二"]]
    note = ("更正说明：银龙小区第一社区12月低保人数漏统2人（低保金相应增加1600元），白佛社区元旦前走访慰问漏统8人；"
            "银龙小区第二社区随同重报，数据不变。其余社区以1月5日报送表为准。")
    save("batch2/谈固街道社会救助工作统计表（2025年12月）（更正）.xlsx", [assistance(W, "2025-12", codes, note=note)],
         "openpyxl", ["street_file", "correction_partial_columns", "transposed_communities_across",
                      "ordinal_pair_parent_merged", "unchanged_community_resent"], (2026, 1, 12, 16, 0))
    baifokou_oct(W, batch="batch2")
    sjz_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == CITY:
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == CITY))
    return len(lines)
