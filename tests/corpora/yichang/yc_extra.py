"""Four bad files, the two batch2 corrections and the registry extract (the 西陵区 rows)."""
import csv
import gzip
import os

import yc_grid
import yc_street
from yc_grid import REC, Sheet, val
from yc_world import BY_SHORT
from yc_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
AREA = "420502"
DX, LL = BY_SHORT["大学路"], BY_SHORT["绿萝路"]
CORRECTIONS = [((DX, "2026-01", "petitions_received"), 5), ((DX, "2026-01", "petitions_resolved"), 5),
               ((LL, "2026-03", "people_assisted"), 4), ((LL, "2026-03", "goods_distributed"), 8)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one sheet, no cell
    rel = "batch1/樵湖岭社区2026年3月工作报表.xlsx"
    save(rel, [Sheet("Sheet1")], "openpyxl", ["bad_file"], (2026, 4, 2, 9, 0))
    REC.files.pop()
    _bad(rel, "an empty workbook (one blank Sheet1): the clerk saved the template before filling it; nothing to load", "xlsx")
    # 2. a notice with no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于报送2026年3月社区工作数据的通知")
    sh.put(2, 0, "各社区：")
    sh.put(3, 0, "请于4月5日前将3月份民情、就业、民政、为老、文化、平安等数据报街道党政办，逾期不候。联系人：向，电话0717-6xxxxxx。")
    sh.put(5, 0, "西陵街道党政办　2026年3月28日")
    rel = "batch1/西陵街道关于报送2026年3月数据的通知.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 28, 9, 0))
    REC.files.pop()
    _bad(rel, "a notice (通知) typed into a workbook: text lines only, no table and no figures", "xlsx")
    # 3. namesake: 大学路社区 of 杭州市上城区清波街道 (330102004058)
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 2, "上城区清波街道大学路社区2025年12月工作报表")
    sh.put(1, 0, "填报单位：杭州市上城区清波街道大学路社区")
    sh.row(2, 0, ["项目", "单位", "本月"])
    for i, (lab, u, x) in enumerate([("受理居民诉求", "件", 44), ("办结", "件", 43), ("调解纠纷", "起", 3),
                                     ("注册志愿者", "人", 1210), ("党员", "人", 305), ("低保户", "户", 12)]):
        sh.row(3 + i, 0, [lab, u, x])
    sh.put(10, 0, "联系电话：0571-87xxxxxx")
    rel = "batch1/大学路社区2025年12月工作报表.xlsx"
    save(rel, [sh], "xlsxwriter", ["bad_file"], (2026, 1, 5, 10, 0))
    REC.files.pop()
    _bad(rel, "大学路社区 of 杭州市上城区清波街道 (330102004058; title, 填报单位 and an 0571 phone say so), not "
              "西陵街道大学路社区 420502001013: nothing may be loaded", "xlsx")
    # 4. a zero-byte CSV (the WeChat download that never finished)
    rel = "batch1/铁路坝社区2026年2月数据.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 3, 5, 9, 0))
    _bad(rel, "a zero-byte CSV (an unfinished 微信 download): no content", "csv")


def corrections(W):
    yc_grid.BATCH[0] = "batch2"
    yc_street.s5_minqing(W, batch="batch2", corrected=True)
    m = "2026-03"
    sh = Sheet("gz")
    sh.put(0, 0, "数据更正表（绿萝路社区2026年3月为老服务）")
    sh.row(1, 0, ["社区", "月份", "项目", "原报数", "更正数", "原因"])
    for i, (lab, ind, why) in enumerate([("走访慰问（人）", "people_assisted", "漏统网格员入户慰问独居老人"),
                                         ("慰问物资（件）", "goods_distributed", "漏统“峡州孝老”慰问品")]):
        r = 2 + i
        sh.row(r, 0, ["绿萝路", "3月", lab])
        val(sh, r, 3, LL, m, ind, value=W.old[(LL, m, ind)], role="superseded")
        val(sh, r, 4, LL, m, ind)
        sh.put(r, 5, why)
    sh.put(5, 0, "其余数据不变。绿萝路社区　2026年4月9日")
    save("batch2/绿萝路社区2026年3月数据更正表.csv", [sh], "csv-utf8",
         ["community_file", "correction_partial_rows", "old_and_new_columns", "long_rows_comm_month_item",
          "gengzheng_in_name_and_title"], (2026, 4, 9, 10, 0))
    yc_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == AREA:
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == AREA))
    return len(lines)
