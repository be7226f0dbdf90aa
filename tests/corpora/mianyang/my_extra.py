"""The bad files, the two batch2 corrections and the registry extract (the 涪城区 rows)."""
import csv
import gzip
import os

import my_grid
from my_comm import CI, vform
from my_grid import REC, Sheet
from my_street import minzheng
from my_world import BY_SHORT
from my_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
YJ, PF, PZ = BY_SHORT["沿江"], BY_SHORT["牌坊"], BY_SHORT["平政"]
CORRECTIONS = [((YJ, "2025-12", "dibao_persons"), 2), ((YJ, "2025-12", "dibao_payout_yuan"), 1200),
               ((PF, "2025-12", "dibao_households"), -1), ((PZ, "2026-01", "petitions_resolved"), -3)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one blank sheet
    sh = Sheet("Sheet1")
    rel = "batch1/高水社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", [], (2026, 4, 3, 8))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one blank Sheet1): the clerk saved the template before filling it; nothing "
                    "to load, must be reported", "xlsx")
    # 2. a notice with no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于做好2026年春节期间值班值守工作的通知")
    sh.put(2, 0, "各社区、村：")
    sh.put(3, 0, "　　春节将至（2月17日），请各社区、村于2月10日前报送值班表，正月初一游喜神方期间加强人员密集场所巡查。")
    sh.put(5, 0, "城郊街道党政办　2026年2月5日")
    rel = "batch1/城郊街道关于春节值班的通知2026年2月.xls"
    save(rel, [sh], "xlwt", [], (2026, 2, 5, 10))
    REC.files.pop()
    _bad_entry(rel, "a 党政办 notice typed into a workbook: sentences, no table and no figures to load", "xls")
    # 3. 三里社区 of 合肥市庐江县岗湾街道 (340124002001): a namesake in another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "庐江县岗湾街道三里社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：合肥市庐江县岗湾街道三里社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理群众诉求（含12345转办）", "件", 27), ("其中：已办结", "件", 26),
                                        ("化解矛盾纠纷", "起", 3), ("常住户", "户", 2140), ("常住人口", "人", 5876)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(9, 0, "填报人：汪　电话：0551-87xxxx12　2026年2月3日")
    rel = "batch1/三里社区2026年1月工作报表.xlsx"
    save(rel, [sh], "openpyxl", [], (2026, 2, 3, 11))
    REC.files.pop()
    _bad_entry(rel, "三里社区 of 安徽省合肥市庐江县岗湾街道 (340124002001; title, 填报单位 and an 0551 phone say so), not "
                    "城郊街道三里社区 510703012006; nothing may be loaded", "xlsx")
    # 4. a zero-byte CSV (the WeChat transfer failed)
    rel = "batch1/沿江社区2026年3月工作数据.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 2, 18))
    _bad_entry(rel, "a zero-byte CSV (the 微信 file transfer broke off): nothing to read, must be reported", "csv")


def corrections(W):
    my_grid.BATCH[0] = "batch2"
    note = ("更正说明：沿江社区12月低保人数漏报2人、低保金少计1200元；牌坊社区12月1户已于11月底停保，户数多报1户。"
            "仅列上述两个社区，其余不变。")
    save("batch2/城郊街道2025年12月低保数据（更正）.xlsx",
         minzheng(W, ["2025-12"], [("沿江", YJ), ("牌坊", PF)], "城郊街道2025年12月城市低保统计（更正）", note=note),
         "xlsxwriter", ["street_file", "correction_partial_rows", "sheet_per_indicator", "unchanged_cells_resent"],
         (2026, 1, 15, 16))
    m = "2026-01"
    sh = Sheet("元月（更正）")
    sh.merge(0, 0, 0, 3, "平政社区2026年元月工作月报（更正版）")
    sh.merge(1, 0, 1, 3, "更正：“已办结”原报数含3件仅电话回复未经居民确认的诉求，现剔除。其余数据同原报。")
    vform(W, sh, 2, 0, PZ, m, CI)
    save("batch2/平政社区2026年元月工作月报（更正版）.xlsx", [sh], "openpyxl",
         ["community_file", "full_resend_correction", "correction_reason_line"], (2026, 2, 11, 9))
    my_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "510703":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "510703"))
    return len(lines)
