"""The four bad files, the two batch2 corrections and the registry extract (registry cut adapted from the 姑苏区
corpus's sz_extra.registry)."""
import csv
import gzip
import os

import nn_grid
import nn_writers
from nn_comm_b import langxi_sheet
from nn_grid import REC, Sheet
from nn_street_a import dibao_sheet
from nn_world import CITY
from nn_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _bad(rel, why, sent, data=None, sheets=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if sheets is not None:
        nn_writers._openpyxl(path, sheets)
        nn_writers._fix_zip(path)
    else:
        with open(path, "wb") as f:
            f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


def bad_files(W):
    o = Sheet("3月")
    o.put(0, 0, "佛山市南海区桂城街道桂雅社区2026年3月工作报表")
    o.row(1, 0, ["序号", "指标", "单位", "本月", "备注"])
    for i, (label, unit, v) in enumerate([("受理群众诉求", "件", 46), ("办结群众诉求", "件", 44), ("调解矛盾纠纷", "起", 5),
                                          ("新增就业岗位", "个", 12), ("城镇新增就业", "人", 9), ("低保户数", "户", 17),
                                          ("低保人数", "人", 26), ("老年人免费体检", "人", 58), ("志愿服务", "人次", 430),
                                          ("注册志愿者", "人", 1380)]):
        o.row(2 + i, 0, [i + 1, label, unit, v])
    o.put(13, 0, "报送单位：桂城街道桂雅社区居委会　联系电话：0757-86329415　2026年4月3日")
    _bad("batch1/桂雅社区2026年3月工作报表.xlsx",
         "community of another city: 桂雅社区居委会 440605011007 (广东省佛山市南海区桂城街道), not 青秀区 450103's "
         "桂雅社区 450103005009; the title and the 0757 phone say so; nothing may be loaded", (2026, 4, 3, 14, 30),
         sheets=[o])
    _bad("batch1/平岭社区2026年4月报表.xls",
         "a zero-byte file (the WeChat transfer failed; the clerk resent nothing): nothing to read, must be refused "
         "or reported", (2026, 5, 5, 18, 2), data=b"")
    t = Sheet("月报")
    t.put(0, 0, "社区工作数据月报表（2026年5月）")
    t.put(1, 0, "填报单位：秀山社区")
    t.row(2, 0, ["序号", "指标名称", "计量单位", "本月数", "备注"])
    for i, (label, unit) in enumerate([("受理群众诉求", "件"), ("办结群众诉求", "件"), ("调解矛盾纠纷", "起"),
                                       ("新增就业岗位", "个"), ("城镇新增就业", "人"), ("低保户数", "户"), ("低保人数", "人"),
                                       ("老年人免费体检", "人"), ("注册志愿者", "人"), ("志愿服务", "人次")]):
        t.row(3 + i, 0, [i + 1, label, unit])
    t.put(14, 0, "填报人：　　　　审核人：　　　　报送日期：")
    _bad("batch1/秀山社区2026年5月报表.xlsx",
         "the street's blank template sent back unfilled (titles, the community and the indicator rows, but no "
         "figure in 本月数): nothing to load, must be reported", (2026, 6, 4, 8, 55), sheets=[t])
    link = ("【金山文档】 青环社区2026年3月工作报表\r\nhttps://kdocs.cn/l/cqR8xk2mZp4T\r\n"
            "复制链接后用浏览器打开，或在WPS中打开。\r\n").encode("utf-8")
    _bad("batch1/青环社区2026年3月工作报表.xlsx",
         "not a spreadsheet: a 金山文档 share link (three lines of UTF-8 text) saved under an .xlsx name; the table "
         "itself never arrived; must be refused", (2026, 4, 3, 9, 12), data=link)


def corrections(W):
    nn_grid.BATCH[0] = "batch2"
    save("batch2/埌西社区2026年5月工作报表（更正）.xlsx", [langxi_sheet(W, corrected=True)], "openpyxl",
         ["comm_list", "correction_full_resend", "changed_cells_marked_gai", "correction_note", "xlsx_openpyxl"],
         (2026, 6, 9, 10, 30))
    save("batch2/津头街道2025年12月城市低保动态管理统计表(最终版).xlsx", [dibao_sheet(W, final=True)], "openpyxl",
         ["street_rows", "correction_full_resend", "final_version_name", "stock_movement_columns", "yen_sign_amounts",
          "xlsx_openpyxl"], (2026, 1, 9, 16, 45))
    nn_grid.BATCH[0] = "batch1"


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
