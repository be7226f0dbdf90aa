"""The four bad files, the two batch2 corrections and the registry extract (cut as the other corpora's generators do)."""
import csv
import gzip
import io
import os
import zipfile

import openpyxl

import hh_grid
from hh_comm2 import fuli_sheet
from hh_grid import REC, Sheet
from hh_street import jobs_xls
from hh_world import BY_SHORT, COMMS, MN
from hh_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
FULI, JINYUAN, XITIE = BY_SHORT["富丽"], BY_SHORT["金园"], BY_SHORT["西铁"]


def plan(W):
    W.correct((FULI, "2026-05", "petitions_resolved"), W.v[(FULI, "2026-05", "petitions_resolved")] - 2)
    W.correct((FULI, "2026-05", "volunteer_person_times"), W.v[(FULI, "2026-05", "volunteer_person_times")] + 40)
    W.correct((JINYUAN, "2025-12", "jobs_created"), W.v[(JINYUAN, "2025-12", "jobs_created")] + 3)
    k = (XITIE, "2025-12", "micro_loans_yuan")
    W.correct(k, W.v[k] + 100000)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def docx_bytes():
    """A minimal Word document (工作总结): a zip with word/document.xml, no workbook inside."""
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>光明路街道2026年1月工作总结</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>一月份街道扎实开展“冬季送温暖”活动，走访慰问困难群众三百余人，采暖期诉求均已按时办结。</w:t></w:r></w:p>'
           '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return buf.getvalue()


def bad_files(W):
    rel = "batch1/光明路街道2026年1月工作总结.xlsx"
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(docx_bytes())
    touch(os.path.join(ROOT, rel), (2026, 2, 5, 9, 0))
    _bad_entry(rel, "a Word document (.docx: word/document.xml, no workbook) named .xlsx: not a spreadsheet; "
                    "must be refused or reported", "xlsx")
    sh = Sheet("模板")
    sh.merge(0, 0, 0, 6, f"{MN['comm']} {MN['report']}")
    sh.merge(1, 0, 1, 6, "光明路街道社区工作月报表（　　年　　月）")
    heads = ["社区", "受理诉求（件）", "办结（件）", "实现就业（人）", "低保户数（户）", "注册志愿者（人）", "党员人数（名）"]
    sh.row(2, 0, heads)
    sh.row(3, 0, [MN["comm_name"], MN["petition"], "", MN["jobs"], MN["dibao"], MN["volunteer"], MN["party"]])
    for i, (short, _, _, _) in enumerate(COMMS):
        sh.put(4 + i, 0, short + "社区")
    sh.put(5 + len(COMMS), 0, "填报说明：请各社区于每月5日前填报上月数据，数字填阿拉伯数字，无数据填0。")
    rel = "batch1/光明路街道社区工作月报表（空白模板）.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 1, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "the street's blank template (bilingual headers and the community names, no figures, 「（　　年　　月）」): "
                    "nothing to load, must be reported", "xlsx")
    note = Sheet("说明")
    for i, t in enumerate(["关于龙翔苑社区2026年2月数据报送的说明",
                           "龙翔苑社区2月份各项数据已通过“回民区网格化服务管理平台”及“蒙速办”基层报表模块填报，不再另行报送电子表格。",
                           "如需核对请联系龙翔苑社区 萨仁　电话：0471-6962130", "2026/3/3"]):
        note.put(i, 0, t)
    rel = "batch1/龙翔苑社区2026年2月数据说明.xlsx"
    save(rel, [note], "openpyxl", ["bad_file"], (2026, 3, 3, 15, 0))
    REC.files.pop()
    _bad_entry(rel, "a notice only (text lines: February went through the 网格化平台 / 蒙速办, a phone, a date): no table, "
                    "nothing to load, must be reported", "xlsx")
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "幸福路街道阳光社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：包头市青山区幸福路街道阳光社区居委会")
    sh.row(2, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 41), ("办结", "件", 39), ("调解纠纷", "起", 3),
                                        ("低保户数", "户", 26), ("低保人数", "人", 41), ("注册志愿者", "人", 835),
                                        ("党员人数", "名", 188), ("常住人口", "人", 7920)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：刘芳　电话：0472-5123478　2026/4/2")
    rel = "batch1/阳光社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 2, 10, 0))
    REC.files.pop()
    _bad_entry(rel, "community of another city with our community's name: 阳光社区 150204002021 (包头市青山区幸福路街道), "
                    "not 光明路街道阳光社区 150103003022; nothing may be loaded", "xlsx")


def corrections(W):
    hh_grid.BATCH[0] = "batch2"
    note = "更正说明：5月办结诉求误将2件未回访件计入；志愿服务漏统计“五四”青年志愿服务40人次，现更正，以本表为准。"
    save("batch2/富丽社区2026年5月工作月报（更正）.xlsx", [fuli_sheet(W, note)], "openpyxl",
         ["community_file", "correction_full_resend", "correction_note_numbers", "period_yy_mm_in_cell"],
         (2026, 6, 10, 16, 0))
    jobs_xls(W, rel="batch2/光明路街道2025年12月就业和社会保障工作统计表_v2.xlsx", sent=(2026, 1, 12, 17, 30),
             writer="openpyxl", note="（修订版）",
             features=["correction_full_resend_v2_suffix", "correction_without_marks"])
    hh_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "150103":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "150103"))
    return len(lines)
