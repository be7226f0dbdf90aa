"""The four bad files, the two batch2 corrections and the registry extract."""
import csv
import gzip
import os

import sz_grid
import sz_writers
from sz_comm2 import lxjp_sheet
from sz_grid import REC, Sheet
from sz_street2 import jiuzhu_sheet
from sz_world import CITY
from sz_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _bad(rel, why, sent, data=None, sheets=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if sheets is not None:
        sz_writers._openpyxl(path, sheets)
    else:
        with open(path, "wb") as f:
            f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


def pdf_bytes():
    text = "BT /F1 12 Tf 72 720 Td (Jinzhu shequ 2026-04 gongzuo zongjie) Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(text)} >>\nstream\n{text}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offs.append(len(out.encode()))
        out += f"{i + 1} 0 obj\n{o}\nendobj\n"
    x = len(out.encode())
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def bad_files(W):
    _bad("batch1/白洋湾街道2026年4月工作报表汇总.xlsx",
         "an empty workbook (one sheet 「Sheet1」 with no cell): nothing to load, must be refused or reported",
         (2026, 5, 7, 9, 0), sheets=[Sheet("Sheet1")])
    n = Sheet("通知")
    for i, line in enumerate(["关于和泰社区6月份报表延迟报送的说明", "街道社会事业局：",
                              "因6月中旬入梅后社区防汛值班任务重，我社区6月份各项统计数据将于7月10日前补报。",
                              "特此说明。", "和泰社区居委会", "2026年7月1日", "联系人：刘洁 0512-65338026"]):
        n.put(i, 0, line)
    _bad("batch1/和泰社区2026年6月报表.xlsx",
         "a notice only (a delay note with dates and a phone): no table, nothing to load, must be reported",
         (2026, 7, 1, 15, 0), sheets=[n])
    o = Sheet("3月")
    o.put(0, 0, "连云港市海州区路南街道路南社区2026年3月工作报表")
    o.row(1, 0, ["序号", "指标（单位）", "数值", "备注"])
    for i, (label, v) in enumerate([("受理诉求（件）", 52), ("办结诉求（件）", 49), ("矛盾纠纷调处（起）", 4),
                                    ("城镇新增就业（人）", 11), ("低保（户/人）", "31户47人"), ("老年人体检（人）", 38),
                                    ("志愿服务（人次）", 260)]):
        o.row(2 + i, 0, [i + 1, label, v])
    o.put(10, 0, "报送单位：路南社区居委会（海州区路南街道）　2026年4月3日")
    _bad("batch1/路南社区2026年3月工作报表.xlsx",
         "community of another city: 路南社区居委会 320706019001 (江苏省连云港市海州区路南街道), not 姑苏区 320508's "
         "路南社区 320508017003; nothing may be loaded", (2026, 4, 3, 11, 0), sheets=[o])
    _bad("batch1/金筑社区2026年4月工作报表.xls",
         "a PDF (the 4月 工作总结) named .xls: not a spreadsheet; must be refused or reported", (2026, 5, 6, 10, 0),
         data=pdf_bytes())


def corrections(W):
    sz_grid.BATCH[0] = "batch2"
    save("batch2/领秀金品社区2026年4月工作报表（更正）.xlsx", [lxjp_sheet(W, corrected=True)], "openpyxl",
         ["comm_list", "correction_full_resend", "correction_note_numbers", "xlsx_openpyxl"], (2026, 5, 12, 9, 10))
    save("batch2/江苏省社会救助信息系统_白洋湾街道_202604（重新导出）.xls", [jiuzhu_sheet(W, "2026-04", rerun=True)], "html",
         ["street_long_export", "html_as_xls", "correction_full_resend", "kind_rows_one_is_value"], (2026, 5, 13, 16, 5))
    sz_grid.BATCH[0] = "batch1"


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
