"""The bad files, the two batch2 corrections and the registry extract (the 红花岗区 rows)."""
import csv
import gzip
import os

import zy_grid
from zy_comm import vert
from zy_grid import REC, Sheet
from zy_street import minzheng
from zy_world import BY_SHORT
from zy_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
YJX, NSL, HC = BY_SHORT["杨家巷"], BY_SHORT["内沙路"], BY_SHORT["环城"]
CORRECTIONS = [((YJX, "2026-01", "dibao_households"), 1), ((YJX, "2026-01", "dibao_persons"), 2),
               ((YJX, "2026-01", "dibao_payout_yuan"), 1400), ((NSL, "2026-01", "dibao_persons"), 1),
               ((NSL, "2026-01", "dibao_payout_yuan"), 700),
               ((HC, "2026-02", "people_assisted"), 5), ((HC, "2026-02", "goods_distributed"), 8)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _bad_sheet(rel, sheets, writer, fmt, why, sent):
    save(rel, sheets, writer, ["bad_file"], sent)
    REC.files.pop()
    _bad_entry(rel, why, fmt)


def bad_files(W):
    # 1. the 通知 workbook: a notice in cells, no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于报送2026年一季度社区民生数据的通知")
    sh.put(2, 0, "各社区：")
    sh.put(3, 0, "　　请于每月5日前将上月数据报社会事务办，逾期未报的，纳入季度考核。联系电话：0851-28625013。")
    sh.put(5, 0, "中华路街道办事处　2026年1月4日")
    _bad_sheet("batch1/关于报送2026年一季度社区民生数据的通知.xlsx", [sh], "openpyxl", "xlsx",
               "a notice typed into cells (dates, a phone, 5日): no table, no community figures; nothing to load",
               (2026, 1, 4, 9, 0))
    # 2. an empty workbook (the template someone saved before filling it)
    _bad_sheet("batch1/新东门社区2026年3月报表.xlsx", [Sheet("Sheet1")], "openpyxl", "xlsx",
               "an empty workbook: one sheet, no cells", (2026, 4, 1, 9, 0))
    # 3. 向阳社区 of 天津市武清区曹子里镇 (120114121001): the same name, another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "曹子里镇向阳社区2026年1月基本情况")
    sh.put(1, 0, "填报单位：天津市武清区曹子里镇向阳社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月数"])
    for i, (lab, unit, x) in enumerate([("辖区总户数", "户", 1320), ("常住人口", "人", 3610), ("流动人口", "人", 402),
                                        ("社区工作者", "人", 9), ("走访慰问困难群众", "人", 26)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(9, 0, "填报人：王　电话：022-82120137")
    _bad_sheet("batch1/向阳社区2026年1月基本情况.xlsx", [sh], "openpyxl", "xlsx",
               "向阳社区 of 天津市武清区曹子里镇 (120114121001: title, 填报单位 and an 022 phone say so), not 中华路街道"
               "向阳社区 520302003010; nothing may be loaded", (2026, 2, 5, 9, 0))
    # 4. a zero-byte CSV (the 就业 export that failed)
    rel = "batch1/中华路街道就业创业月报_2026年04月.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 7, 9, 0))
    _bad_entry(rel, "a zero-byte CSV (a failed export; 2026-04 is also outside the period): nothing to load", "csv")


def corrections(W):
    zy_grid.BATCH[0] = "batch2"
    save("batch2/中华路街道城市低保月报2026年1月（更正版）.xlsx", [minzheng(W, "2026-01", corr=True)], "openpyxl",
         ["street_file", "correction_full_resend", "period_as_document_number_hao", "hidden_example_row"],
         (2026, 2, 12, 15, 0))
    sh = vert(W, "环城", "2026-02", "中华路街道环城社区居委会", "环城社区2026年2月报表（更正）", "Sheet1",
              remark={"people_assisted": "更正：补录春节走访5人", "goods_distributed": "更正：补录8件"})
    save("batch2/环城社区2026年2月报表（更正）.xlsx", [sh], "openpyxl",
         ["community_file", "correction_full_resend", "remark_says_correction"], (2026, 3, 10, 9, 0))
    zy_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "520302":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "520302"))
    return len(lines)
