"""The four bad files, the two batch2 corrections and the registry extract (the 海曙区 rows)."""
import csv
import gzip
import os

import nb_grid
from nb_comm2 import chunyue_02
from nb_grid import REC, Sheet
from nb_street import dibao
from nb_world import BY
from nb_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
AF, CY = BY["安丰"], BY["春悦"]
CORRECTIONS = [((AF, "2025-12", "dibao_persons"), 2), ((AF, "2025-12", "dibao_payout_yuan"), 2400),
               ((CY, "2025-12", "dibao_payout_yuan"), -600),
               ((CY, "2026-02", "people_assisted"), 5), ((CY, "2026-02", "goods_distributed"), 10)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. WPS's 「新建 XLSX 工作表」: an empty workbook made by right-click → 新建, never filled in
    rel = "batch1/新建 XLSX 工作表.xlsx"
    save(rel, [Sheet("Sheet1")], "openpyxl", ["bad_file"], (2026, 1, 5, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (WPS right-click 新建 XLSX 工作表, one empty Sheet1): nothing to load", "xlsx")
    # 2. the street's notice, typed in a sheet: sentences only, no table, no figures of a community
    sh = Sheet("通知")
    lines = ["关于报送2026年4月社区工作月报的通知", "各社区：",
             "　　请于5月6日前将4月份工作月报（含民情诉求、就业、民政、平安、志愿服务等数据）报送至党政办邮箱。",
             "　　曙悦社区（筹）按正式社区报送。联南、联北社区请分列报送。", "白云街道党政办", "2026年4月28日"]
    for i, t in enumerate(lines):
        sh.put(i, 0, t)
    rel = "batch1/关于报送4月社区工作月报的通知.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 28, 16, 0))
    REC.files.pop()
    _bad_entry(rel, "the street's notice typed in a sheet: sentences, no table and no community figures", "xlsx")
    # 3. 牡丹社区 of 宁波市北仑区新碶街道 (330206002008): same city, another district
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "北仑区新碶街道牡丹社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：新碶街道牡丹社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月数", "备注"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 44), ("已办结", "件", 41), ("调处矛盾纠纷", "起", 3),
                                        ("新增就业岗位", "个", 9), ("低保户数", "户", 17), ("低保人数", "人", 26),
                                        ("走访慰问困难群众", "人", 38), ("注册志愿者", "人", 802)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填表人：蒋　联系电话：0574-86881235　填报日期：2026年2月3日")
    rel = "batch1/牡丹社区2026年1月份工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 2, 3, 10, 30))
    REC.files.pop()
    _bad_entry(rel, "牡丹社区 of 宁波市北仑区新碶街道 (330206002008; title and 填报单位 say 北仑区新碶街道), not 白云街道牡丹社区 "
                    "330203006005: same city, another district; nothing may be loaded", "xlsx")
    # 4. a PDF print of a return saved under an .xls name
    rel = "batch1/丽雅社区2026年2月工作报表.xls"
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(pdf)
    touch(os.path.join(ROOT, rel), (2026, 3, 4, 9, 0))
    _bad_entry(rel, "a PDF (「%PDF-1.4」, the scanner's print of a signed return) saved under an .xls name: not a "
                    "spreadsheet; must be refused or reported", "xls")


def corrections(W):
    nb_grid.BATCH[0] = "batch2"
    note = ("更正说明：安丰社区12月低保人数漏统2人，低保金相应增加2400元；春悦社区低保金多计600元。"
            "现重新报送上述两个社区数据，其余社区不变。")
    dibao(W, "2025-12", only=[AF, CY], rel="batch2/白云街道2025年12月低保低边家庭统计（更正）.xlsx", note=note,
          sent=(2026, 1, 14, 10, 20))
    chunyue_02(W, batch2=True)
    nb_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "330203":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "330203"))
    return len(lines)
