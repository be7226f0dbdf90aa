"""The bad files, the two batch2 corrections and the registry extract (the 东莞市 441900 rows)."""
import csv
import gzip
import os

import dg_grid
from dg_comm import t4_unit_row
from dg_grid import REC, Sheet
from dg_street import s3_dibao
from dg_world import BY_SHORT
from dg_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
ZX, SG, HT = BY_SHORT["周溪"], BY_SHORT["石鼓"], BY_SHORT["宏图"]
CORRECTIONS = [((ZX, "2025-11", "dibao_persons"), 2), ((ZX, "2025-11", "dibao_payout_yuan"), 2200),
               ((SG, "2025-11", "dibao_payout_yuan"), -1100),
               ((HT, "2025-11", "petitions_resolved"), -3), ((HT, "2025-11", "volunteers"), 15)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. the street's notice: text only, no table
    sh = Sheet("通知")
    lines = ["南城街道关于报送2026年3月社区数据的通知", "各社区居委会：",
             "　　请于4月3日前通过粤政易报送3月份工作数据（诉求、就业、低保、志愿、平安、党建），",
             "表格按附件模板填写，勿改动表头。逾期未报的社区将在片区例会上通报。",
             "联系人：梁生　0769-22xxxxxx", "南城街道党政办", "2026年3月27日"]
    for i, t in enumerate(lines):
        sh.put(i, 0, t)
    rel = "batch1/南城街道关于报送2026年3月社区数据的通知.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 27, 17, 0))
    REC.files.pop()
    _bad_entry(rel, "the street's notice asking for March data: sentences only, no table, no figure of any community",
               "xlsx")
    # 2. an empty workbook (the clerk saved the template before filling it)
    rel = "batch1/胜和社区2026年3月工作报表.xlsx"
    save(rel, [Sheet("Sheet1")], "openpyxl", ["bad_file"], (2026, 4, 1, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook: one sheet, no cell; must be reported, nothing loaded", "xlsx")
    # 3. 鸿福社区 of 天津市武清区崔黄口镇 (120114103002), same name, another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "武清区崔黄口镇鸿福社区2025年12月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 17), ("办结", "件", 17), ("调解纠纷", "起", 1),
                                        ("实现就业", "人", 6), ("低保户数", "户", 23), ("低保人数", "人", 38),
                                        ("注册志愿者", "人", 312), ("党员人数", "名", 96)]):
        sh.row(2 + i, 0, [lab, unit, x])
    sh.put(11, 0, "填报单位：天津市武清区崔黄口镇鸿福社区居民委员会　电话：022-29xxxxxx")
    rel = "batch1/鸿福社区2025年12月工作报表.xls"
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 1, 6, 10, 0))
    REC.files.pop()
    _bad_entry(rel, "鸿福社区 of 天津市武清区崔黄口镇 (120114103002: title, 填报单位 and an 022 phone say so), not "
                    "南城街道鸿福社区 441900004003; nothing may be loaded", "xls")
    # 4. a zero-byte CSV (the upload failed)
    rel = "batch1/新基社区2026年2月报表.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 3, 5, 8, 0))
    _bad_entry(rel, "a zero-byte CSV (the 粤政易 upload failed): nothing to read", "csv")


def corrections(W):
    dg_grid.BATCH[0] = "batch2"
    note = "更正说明：周溪社区11月低保人数漏统2人（低保金相应增加2200元），石鼓社区低保金多计1100元，现仅重报上述两个社区，其余社区不变。"
    s3_dibao(W, comms=[ZX, SG], note=note, rel="batch2/南城街道2025年11月低保救助情况表（更正）.xls",
             sent=(2025, 12, 11, 15, 0))
    t4_unit_row(W, "宏图", "2025-11", "宏图", "batch2/宏图社区2025年11月报表（修正版）.ods", (2025, 12, 9, 10, 0),
                suffix="（修正版）", note="修正：办结数原报多计3件，i志愿注册人数漏统15人；本表替换12月3日报送版本。")
    dg_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "441900":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "441900"))
    return len(lines)
