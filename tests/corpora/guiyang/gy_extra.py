"""The four bad files, the two batch2 corrections and the registry extract."""
import csv
import gzip
import io
import os
import struct
import zipfile
import zlib

import openpyxl
from openpyxl.drawing.image import Image

import gy_grid
import gy_writers
from gy_comm2 import qingnian_sheet
from gy_grid import REC, Sheet
from gy_street import jiuzhu_sheet
from gy_world import CITY
from gy_writers import ROOT, normalize_zip, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _bad(rel, why, sent, data=None, sheets=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if sheets is not None:
        gy_writers._openpyxl(path, sheets)
        normalize_zip(path)
    else:
        with open(path, "wb") as f:
            f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


def _png(w=240, h=160):
    """A grey 'photo' of a paper form: ruled lines only (no text a reader could take figures from)."""
    rows = []
    for y in range(h):
        line = bytearray([0])
        for x in range(w):
            g = 90 if (y % 20 == 0 or x % 60 == 0) else 235
            line += bytes([g, g, g])
        rows.append(bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def _rtf():
    text = "冶金路社区2026年2月工作总结：春节期间走访慰问困难群众，开展志愿服务。"
    body = "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else ch for ch in text)
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
            "\\viewkind4\\uc1\\pard\\lang2052\\f0\\fs24 " + body + "\\par\n}\n").encode("ascii")


def bad_files(W):
    o = Sheet("3月")
    o.put(0, 0, "镇雄县乌峰街道油榨街社区2026年3月工作报表")
    o.row(1, 0, ["序号", "项目", "单位", "数量"])
    for i, (label, unit, v) in enumerate([("受理群众诉求", "件", 63), ("办结", "件", 58), ("调解纠纷", "起", 5),
                                          ("新增就业岗位", "个", 14), ("低保户数", "户", 52), ("低保人数", "人", 87),
                                          ("老年人体检", "人", 41), ("志愿服务", "人次", 310)]):
        o.row(2 + i, 0, [i + 1, label, unit, v])
    o.put(11, 0, "填报单位：油榨街社区居民委员会（镇雄县乌峰街道）　2026年4月2日　电话：0870-4821153")
    _bad("batch1/油榨街社区2026年3月工作报表.xlsx",
         "community of another province: 油榨街社区居民委员会 530627001001 (云南省昭通市镇雄县乌峰街道), not 南明区 520102's "
         "油榨街社区 520102027008; nothing may be loaded", (2026, 4, 2, 15, 0), sheets=[o])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("市南路社区4月报表.txt", "见附件表格"), ("团坡桥社区4月报表.txt", "见附件表格")]:
            z.writestr(zipfile.ZipInfo(name, (2026, 5, 7, 9, 0, 0)), text.encode("gbk"))
    _bad("batch1/油榨街道2026年4月社区报表（打包）.xlsx",
         "a ZIP archive of two text files (a 压缩包 renamed .xlsx): no workbook inside, nothing to load; must be "
         "refused or reported", (2026, 5, 7, 9, 5), data=buf.getvalue())
    _bad("batch1/冶金路社区2026年2月工作总结.xls",
         "an RTF document (a 工作总结 saved from WPS 文字) named .xls: not a spreadsheet, no table; must be refused or "
         "reported", (2026, 3, 3, 10, 0), data=_rtf())
    path = os.path.join(ROOT, "batch1/嘉润路社区2026年3月工作报表.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.add_image(Image(io.BytesIO(_png())), "A1")
    wb.properties.creator = "YZJ"
    wb.properties.created = wb.properties.modified = gy_writers.STAMP
    wb.save(path)
    normalize_zip(path)
    touch(path, (2026, 4, 3, 8, 50))
    REC.bad.append(dict(file="batch1/嘉润路社区2026年3月工作报表.xlsx",
                        why="a workbook holding only a picture (a phone photo of the paper form pasted into Sheet1), "
                            "no cell: nothing to load, must be refused or reported"))
    REC.files.append(dict(file="batch1/嘉润路社区2026年3月工作报表.xlsx", format="xlsx", writer="bad", features="bad_file"))


def corrections(W):
    gy_grid.BATCH[0] = "batch2"
    save("batch2/青年路社区2026年4月工作月报（更正）.xlsx", [qingnian_sheet(W, corrected=True)], "openpyxl",
         ["comm_list", "correction_full_resend", "correction_note_numbers", "xlsx_openpyxl"], (2026, 5, 11, 9, 20))
    save("batch2/油榨街道冬春救助台账一月份（修订）.xlsx", [jiuzhu_sheet(W, "2026-01", revised=True)], "openpyxl",
         ["street_rows", "correction_one_sheet_resend", "month_only_in_chinese_numeral_tab", "revised_mark_in_note",
          "households_persons_bracket", "xlsx_openpyxl"], (2026, 3, 10, 16, 0))
    gy_grid.BATCH[0] = "batch1"


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
