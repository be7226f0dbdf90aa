"""The five bad files, the two batch2 corrections and the registry extract (the 兴庆区 rows)."""
import csv
import gzip
import io
import os
import zipfile

import yc_grid
from yc_comm_c import youai_mar
from yc_grid import REC, Sheet
from yc_street_a import dibao
from yc_world import BY_SHORT
from yc_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
JH, BY, YA = BY_SHORT["景湖"], BY_SHORT["宝银"], BY_SHORT["友爱"]
CORRECTIONS = [((JH, "2025-12", "dibao_persons"), 1), ((JH, "2025-12", "dibao_payout_yuan"), 600),
               ((BY, "2025-12", "dibao_households"), -1), ((BY, "2025-12", "dibao_persons"), -2),
               ((BY, "2025-12", "dibao_payout_yuan"), -1300),
               ((YA, "2026-03", "free_health_checks"), -9), ((YA, "2026-03", "volunteer_person_times"), 46)]


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


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 4, 3, 8, 0, 0)), text)
    return buf.getvalue()


def bad_files(W):
    # 1. 丽景社区 of 固原市原州区北塬街道 (640402003013): same name, another city of 宁夏
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "原州区北塬街道丽景社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：固原市原州区北塬街道丽景社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理诉求", "件", 28), ("办结", "件", 27), ("调解纠纷", "起", 2),
                                        ("新增就业岗位", "个", 9), ("实现就业", "人", 12), ("低保户数", "户", 41),
                                        ("低保人数", "人", 77), ("走访慰问", "人", 35), ("注册志愿者", "人", 512),
                                        ("志愿服务", "人次", 260)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(14, 0, "填报人：杨　　电话：0954-2031876　　2026年4月2日")
    rel = "batch1/丽景社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 2, 10, 0))
    REC.files.pop()
    _bad_entry(rel, "丽景社区 of 固原市原州区北塬街道 (640402003013: title, 填报单位 and an 0954 phone say so), not 银古路街道"
                    "丽景社区 640104009003; nothing may be loaded", "xlsx")
    # 2. an empty workbook: one sheet, not a cell
    rel = "batch1/银古路街道2026年4月社区数据汇总.et"
    save(rel, [Sheet("Sheet1")], "xlwt-et", ["bad_file"], (2026, 5, 8, 17, 0))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (WPS .et, BIFF8): one sheet 「Sheet1」 without a single cell; nothing to load", "et")
    # 3. an upload cut off: the first part of an xlsx (a zip without its central directory)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '</Types>')
    rows = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>宝南社区2026年3月第{i}项</t></is></c>'
                   f'<c r="B{i}"><v>{(i * 37) % 90 + 10}</v></c></row>' for i in range(1, 40))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>')
    data = _zip([("[Content_Types].xml", ct), ("xl/worksheets/sheet1.xml", sheet)])
    rel = "batch1/宝南社区2026年3月工作报表.xlsx"
    _raw(rel, data[: len(data) * 3 // 5], (2026, 4, 3, 8, 5))
    _bad_entry(rel, "an upload cut off: the first 60 % of an xlsx (a zip without its central directory); corrupt, "
                    "nothing readable", "xlsx")
    # 4. the template sent back with only blanks (GBK CSV)
    sh = Sheet("csv")
    sh.row(0, 0, ["大团结社区2026年3月工作报表", "", "", ""])
    sh.row(1, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit) in enumerate([("受理诉求", "件"), ("办结", "件"), ("调解纠纷", "起"), ("新增就业岗位", "个"),
                                     ("实现就业", "人"), ("走访慰问", "人"), ("文体活动", "场"), ("志愿服务", "人次")]):
        sh.row(2 + i, 0, [str(i + 1), lab, unit, ""])
    sh.row(11, 0, ["填报人：", "", "报送日期：", ""])
    rel = "batch1/大团结社区2026年3月工作报表.csv"
    save(rel, [sh], "csv-gbk", ["bad_file"], (2026, 4, 3, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "the template sent back with only blanks (GBK CSV): title, 序号, items and units, every 本月 cell "
                    "empty; nothing to load (may be reported)", "csv")
    # 5. a RAR archive renamed .xlsx
    body = bytes((i * 73 + 41) % 256 for i in range(900))
    rel = "batch1/康园社区2026年4月工作报表.xlsx"
    _raw(rel, b"Rar!\x1a\x07\x01\x00" + body, (2026, 5, 7, 15, 0))
    _bad_entry(rel, "a RAR5 archive (「Rar!」 signature) renamed .xlsx: not a spreadsheet; must be refused or reported",
               "xlsx")


def corrections(W):
    yc_grid.BATCH[0] = "batch2"
    note = ("更正说明：景湖社区12月城市低保漏统1人（低保金相应增加600元）；宝银社区1户2人12月起停保，多计低保金1300元。"
            "现将涉及社区数据重新报送，其余社区不变。")
    save("batch2/银古路街道2025年12月城市低保及取暖补贴发放表（更正）.xlsx", [dibao(W, [("景湖", JH), ("宝银", BY)], note=note)],
         "openpyxl", ["street_file", "correction_partial_rows", "two_row_group_header", "same_leaf_under_two_groups"],
         (2026, 1, 12, 10, 30))
    save("batch2/友爱社区2026年3月工作报表（修改版）.xlsx", [youai_mar(W, revised=True)], "openpyxl",
         ["community_file", "correction_full_resend", "changed_rows_marked_in_remark"], (2026, 4, 9, 16, 20))
    yc_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "640104":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "640104"))
    return len(lines)
