"""The four bad files, the two batch2 corrections and the registry extract (the cut is the 苏州 corpus's)."""
import csv
import gzip
import os

from PIL import Image, ImageDraw

import xm_grid
import xm_writers
from xm_comm_b import kangle_sheet
from xm_grid import REC, Sheet
from xm_street_b import shehui_sheet
from xm_world import CITY
from xm_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _bad(rel, why, sent, data=None, sheets=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if sheets is not None:
        xm_writers._openpyxl(path, sheets)
    else:
        with open(path, "wb") as f:
            f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


def screenshot():
    """A phone screenshot of a printed table: grey lines and blocks, no text a program could read."""
    img = Image.new("RGB", (720, 420), "white")
    d = ImageDraw.Draw(img)
    for y in range(40, 401, 30):
        d.line([(20, y), (700, y)], fill=(120, 120, 120), width=1)
    for x in (20, 200, 330, 460, 580, 700):
        d.line([(x, 40), (x, 400)], fill=(120, 120, 120), width=1)
    for i, y in enumerate(range(75, 400, 30)):
        for x in (215, 345, 475, 595):
            d.rectangle([(x, y - 8), (x + 20 + (i * 7 + x) % 40, y + 2)], fill=(60, 60, 60))
    d.rectangle([(220, 8), (500, 28)], fill=(40, 40, 40))
    return img


def bad_files(W):
    o = Sheet("3月")
    o.merge(0, 0, 0, 4, "台江区新港街道新港社区2026年3月工作报表")
    o.merge(1, 0, 1, 4, "填报单位：福州市台江区新港街道新港社区居委会")
    o.row(2, 0, ["序号", "指标", "单位", "本月", "备注"])
    for i, (label, unit, v) in enumerate([("受理群众诉求", "件", 46), ("办结群众诉求", "件", 44), ("调处化解矛盾纠纷", "起", 3),
                                          ("城镇新增就业", "人", 12), ("新增就业岗位", "个", 15), ("走访慰问困难群众", "人", 21),
                                          ("文体活动", "场", 5), ("志愿服务", "人次", 380), ("治安案件", "起", 1)]):
        o.row(3 + i, 0, [i + 1, label, unit, v])
    o.merge(13, 0, 13, 4, "联系人：郑雅琴　0591-83271465　报送日期：2026年4月2日")
    _bad("batch1/新港社区2026年3月工作报表.xlsx",
         "community of another city: 福州市台江区新港街道新港社区居委会 350103004003 (same province, same name as our "
         "新港社区 350206001026); the title and the 0591 phone say so; nothing may be loaded", (2026, 4, 2, 16, 20),
         sheets=[o])
    page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>链接已失效</title>\n"
            "<style>body{font-family:'Microsoft YaHei';text-align:center;padding-top:120px;color:#666}</style>\n"
            "</head>\n<body>\n<div class=\"err\">\n<h2>该分享链接已失效</h2>\n"
            "<p>文件“湖里街道2026年3月社区工作数据汇总.xlsx”已被分享者删除或分享已过期</p>\n"
            "<p><a href=\"/\">返回首页</a></p>\n</div>\n</body>\n</html>\n")
    _bad("batch1/湖里街道2026年3月社区工作数据汇总.xlsx",
         "an HTML error page of a cloud-drive share link (分享链接已失效) saved under an .xlsx name: not a spreadsheet",
         (2026, 4, 7, 9, 5), data=page.encode("utf-8"))
    _bad("batch1/东荣社区2026年2月报表.xlsx",
         "an empty file (0 bytes: the WeChat download failed): nothing to read, must be refused or reported",
         (2026, 3, 5, 8, 40), data=b"")
    p = Sheet("Sheet1")
    p.images.append((0, 0, screenshot()))
    _bad("batch1/徐厝社区2026年3月工作报表.xlsx",
         "a workbook whose only sheet holds a pasted picture (a phone photo of the printed table) and no cell: "
         "nothing to load, must be reported", (2026, 4, 3, 18, 2), sheets=[p])


def corrections(W):
    xm_grid.BATCH[0] = "batch2"
    save("batch2/康乐社区2026年1月工作报表（最终版）.xlsx", [kangle_sheet(W, final=True)], "openpyxl",
         ["community_file", "correction_full_resend", "correction_note_numbers", "final_version_name", "xlsx_openpyxl"],
         (2026, 2, 12, 10, 30))
    save("batch2/湖里街道2026年2月社会事务统计（第二版）.xlsx", [shehui_sheet(W, second=True)], "openpyxl",
         ["street_comm_rows", "correction_full_resend", "changed_cells_highlighted_with_comments",
          "stacked_tables_opposite_orientation", "yen_text_amount", "xlsx_openpyxl"], (2026, 3, 16, 15, 0))
    xm_grid.BATCH[0] = "batch1"


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
