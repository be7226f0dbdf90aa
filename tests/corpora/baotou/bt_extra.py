"""The four bad files, the two batch2 corrections and the registry extract (the 昆都仑区 rows)."""
import csv
import gzip
import os

import bt_grid
from bt_grid import REC, Sheet, val
from bt_street import minzheng
from bt_comm import huasheng
from bt_world import BY_SHORT
from bt_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
FQ, BQH, HS = BY_SHORT["番茄"], BY_SHORT["边墙壕"], BY_SHORT["华盛"]
CORRECTIONS = [((FQ, "2025-09", "dibao_persons"), 2), ((FQ, "2025-09", "dibao_payout_yuan"), 900),
               ((BQH, "2025-09", "dibao_households"), 1),
               ((HS, "2026-01", "people_assisted"), 5), ((HS, "2026-01", "goods_distributed"), 10)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one sheet, no cell at all (the clerk saved the template before filling it)
    rel = "batch1/海威社区2026年3月工作月报表.xlsx"
    save(rel, [Sheet("月报")], "openpyxl", ["bad_file"], (2026, 4, 2, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one sheet 「月报」 without a single cell): nothing to load; must be reported", "xlsx")
    # 2. a notice, not a return: text lines only, no table
    sh = Sheet("通知")
    for i, t in enumerate(["昆北街道党政综合办公室关于报送2026年1月份各项统计数据的通知",
                           "各社区居委会、各村委会：",
                           "　　请于2月5日前将1月份工作月报报送至街道党政综合办公室邮箱，春节前务必完成“暖心包头”慰问统计。",
                           "　　联系人：其木格　电话：0472-2180xxx", "昆北街道党政综合办公室", "2026年1月28日"]):
        sh.put(i, 0, t)
    rel = "batch1/关于报送2026年1月份统计数据的通知.xls"
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 1, 28, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "a 通知 (notice) saved as a workbook: six text lines and no table, no figure of any unit; must be "
                    "refused or reported", "xls")
    # 3. 龙悦社区 of 沈阳市大东区万泉街道 (210104003021): same name, another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "大东区万泉街道龙悦社区2026年2月工作报表")
    sh.put(1, 0, "填报单位：沈阳市大东区万泉街道龙悦社区")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 44), ("办结", "件", 41), ("人民调解", "起", 3),
                                        ("实现就业", "人", 17), ("低保户数", "户", 23), ("低保人数", "人", 37),
                                        ("注册志愿者", "人", 912), ("党员", "名", 233)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：刘　电话：024-8833xxxx　2026年3月2日")
    rel = "batch1/龙悦社区2026年2月份工作月报.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 2, 11, 0))
    REC.files.pop()
    _bad_entry(rel, "龙悦社区 of 沈阳市大东区万泉街道 (210104003021: title, 填报单位 and an 024 phone say so), not "
                    "昆北街道龙悦社区 150203014005; nothing may be loaded", "xlsx")
    # 4. a zero-byte .csv (the 网格化平台 export that failed)
    rel = "batch1/昆北街道网格化平台导出_202602.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 3, 1, 8, 0))
    _bad_entry(rel, "a zero-byte CSV (a failed export of the 网格化服务管理平台): nothing to load; must be reported", "csv")


def corrections(W):
    bt_grid.BATCH[0] = "batch2"
    note = ("更正说明：番茄社区9月低保人数漏统2人（低保金相应增加900元），边墙壕村低保户数漏统1户，"
            "现将全表重新报送，以本表为准。")
    save("batch2/昆北街道2025年9月城乡低保统计表（更正）.xlsx", [minzheng(W, "2025-09", note=note)], "openpyxl",
         ["street_file", "correction_whole_table", "two_tables_one_sheet", "rural_table_persons_before_households"],
         (2025, 10, 14, 15, 30))
    m = "2026-01"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 4, "关于更正华盛社区2026年1月份走访慰问数据的说明")
    sh.merge(1, 0, 1, 4, "昆北街道党政综合办公室：")
    sh.merge(2, 0, 2, 4, "　　我社区报送的1月份工作情况登记表中，腊八节“暖心包头”入户慰问漏统5人、慰问品10件，现更正如下：")
    sh.row(3, 0, ["序号", "事项", "单位", "原报数", "更正后"])
    for i, (lab, unit, ind) in enumerate([("走访帮扶困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed")]):
        r = 4 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, HS, m, ind, value=W.old[(HS, m, ind)], role="superseded")
        val(sh, r, 4, HS, m, ind)
    sh.merge(7, 0, 7, 4, "　　其余数据不变。")
    sh.merge(8, 3, 8, 4, "华盛社区居委会　2026年2月9日")
    save("batch2/关于更正华盛社区2026年1月份数据的说明.xlsx", [sh], "openpyxl",
         ["community_file", "letter_like_correction", "correction_partial_rows", "old_and_new_columns"],
         (2026, 2, 9, 10, 0))
    bt_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "150203":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "150203"))
    return len(lines)
