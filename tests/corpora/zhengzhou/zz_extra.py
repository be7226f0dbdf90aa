"""The four bad files, the two batch2 corrections and the registry extract (cut as chaoyang's generator does)."""
import csv
import gzip
import os

import openpyxl

import zz_grid
from zz_comm_b import dongfeng_sheet
from zz_grid import REC, Sheet, val
from zz_world import BY_SHORT
from zz_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
CORRECTIONS = [(("410105007004", "2026-02", "petitions_resolved"), -3), (("410105007004", "2026-02", "people_assisted"), 12),
               (("410105007002", "2026-03", "patrol_members"), 5)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def pdf_bytes():
    body = b"BT /F1 12 Tf 72 720 Td (Xincun shequ 2026-02 gongzuo zongjie) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def bad_files(W):
    rel = "batch1/新村社区2026年2月工作总结.xls"
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(pdf_bytes())
    touch(os.path.join(ROOT, rel), (2026, 3, 4, 9, 0))
    _bad_entry(rel, "a PDF (工作总结) named .xls: not a spreadsheet; must be refused or reported", "xls")
    rel = "batch1/丰二社区2026年4月工作报表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 5, 5, 8, 50))
    _bad_entry(rel, "an empty workbook (one empty Sheet1): nothing to load, must be reported", "xlsx")
    note = Sheet("通知")
    for i, t in enumerate(["关于报送2026年3月社区工作数据的说明",
                           "群英社区3月份各项数据已通过郑州“城市大脑”一网统管平台填报，不再另行报送纸质及电子报表。",
                           "如需核对请登录平台查询。联系人：群英社区 李敏　电话：0371-63938801", "2026年4月2日"]):
        note.put(i, 0, t)
    rel = "batch1/群英社区2026年3月报表.xlsx"
    save(rel, [note], "openpyxl", ["bad_file"], (2026, 4, 2, 15, 0))
    REC.files.pop()
    _bad_entry(rel, "a notice only (text lines: March went through the 城市大脑 一网统管 platform, a phone, a date): "
                    "no table, nothing to load, must be reported", "xlsx")
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "浑南区东湖街道东风社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：沈阳市浑南区东湖街道东风社区居委会")
    sh.row(2, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 39), ("办结", "件", 37), ("调解纠纷", "起", 2),
                                        ("低保户数", "户", 22), ("低保人数", "人", 35), ("注册志愿者", "人", 910),
                                        ("党员人数", "名", 176), ("常住人口", "人", 8120)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：赵红　电话：024-23781234　2026年4月3日")
    rel = "batch1/东风社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 3, 10, 0))
    REC.files.pop()
    _bad_entry(rel, "community of another city with our community's name: 东风社区 210112015016 (辽宁省沈阳市浑南区), "
                    "not 南阳新村街道东风社区 410105007004; nothing may be loaded", "xlsx")


def corrections(W):
    zz_grid.BATCH[0] = "batch2"
    note = ("更正说明：2月诉求办结数误将3件未回访件计入，走访慰问漏统计春节前网格员入户慰问12人，现更正，以本表为准。")
    save("batch2/东风社区2026年2月工作报表（更正）.xlsx", [dongfeng_sheet(W, note)], "openpyxl",
         ["community_file", "correction_full_resend", "correction_note_numbers", "pair_hh_persons", "units_glued"],
         (2026, 3, 10, 16, 0))
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 5, "南阳新村街道2026年3月平安建设数据更正及补报")
    sh.row(1, 0, ["序号", "社区", "指标", "单位", "应为", "说明"])
    key = ("410105007002", "2026-03", "patrol_members")
    sh.row(2, 0, [1, "丰乐社区", "群防群治巡逻队员", "人"])
    val(sh, 2, 4, key[0], key[1], key[2])
    sh.put(2, 5, "3月新招募楼院巡逻队员漏报")
    code = BY_SHORT["富田"]
    sh.row(3, 0, [2, "富田社区", "治安案件", "起"])
    val(sh, 3, 4, code, "2026-03", "security_cases", role="primary")
    sh.put(3, 5, "派出所核实后补报（原表空缺）")
    sh.put(5, 0, "南阳新村街道平安办　2026年4月9日")
    save("batch2/南阳新村街道2026年3月平安建设数据更正.xlsx", [sh], "xlsxwriter",
         ["street_rows", "correction_partial_rows", "new_value_only", "fills_blank"], (2026, 4, 9, 11, 0))
    zz_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "410105":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "410105"))
    return len(lines)
