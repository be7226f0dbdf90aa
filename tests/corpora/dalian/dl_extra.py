"""Bad files, the two batch2 corrections and the registry extract (the 中山区 rows)."""
import csv
import gzip
import os

import dl_grid
from dl_comm import LAB
from dl_grid import REC, Sheet, val
from dl_world import BY_SHORT, NAME
from dl_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
HS, YX, CL = BY_SHORT["洪顺"], BY_SHORT["医校"], BY_SHORT["长利"]
CORRECTIONS = [((HS, "2025-12", "dibao_persons"), 1), ((YX, "2025-12", "dibao_payout_yuan"), 500),
               ((CL, "2026-02", "petitions_received"), 3), ((CL, "2026-02", "people_employed"), -1)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    sh = Sheet("Sheet1")
    rel = "batch1/环山社区2026年3月工作数据.xlsx"
    save(rel, [sh], "openpyxl", [], (2026, 4, 1, 8, 30))
    REC.files.pop()
    _bad(rel, "an empty workbook (one blank Sheet1): the clerk saved the template before filling it; nothing to load", "xlsx")

    sh = Sheet("通知")
    sh.put(0, 0, "关于报送2026年4月份社区统计数据的通知")
    sh.put(2, 0, "各社区：")
    sh.put(3, 0, "　　请于5月5日前将4月份民情诉求、就业、民政、平安、志愿服务等数据报送至街道党政办邮箱，逾期视为未报。")
    sh.put(5, 0, "桃源街道党政办　2026年4月28日")
    rel = "batch1/关于报送2026年4月份统计数据的通知.xlsx"
    save(rel, [sh], "openpyxl", [], (2026, 4, 28, 10, 0))
    REC.files.pop()
    _bad(rel, "the street office's own 通知 typed in a workbook: prose only, no table, no figures", "xlsx")

    sh = Sheet("1月")
    sh.merge(0, 0, 0, 3, "甘井子区甘井子街道滨海社区2026年1月工作数据")
    sh.put(1, 0, "填报单位：大连市甘井子区甘井子街道滨海社区居委会")
    sh.row(2, 0, ["指标", "单位", "本月数", "备注"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 38), ("诉求办结", "件", 36), ("帮扶就业", "人", 11),
                                        ("低保户", "户", 22), ("低保人口", "人", 35), ("注册志愿者", "人", 912)]):
        sh.row(3 + i, 0, [lab, unit, x])
    sh.put(10, 0, "填报人：于　电话：0411-8671xxxx（甘井子街道）")
    rel = "batch1/滨海社区2026年1月工作数据.xlsx"
    save(rel, [sh], "openpyxl", [], (2026, 2, 3, 9, 0))
    REC.files.pop()
    _bad(rel, "滨海社区 of 甘井子区甘井子街道 (210211004016, same city, another district: title and 填报单位 say so), "
              "not 桃源街道滨海社区 210202011013; nothing may be loaded", "xlsx")

    rel = "batch1/医校社区3月数据.csv"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 2, 8, 0))
    _bad(rel, "a 0-byte CSV (the export failed on the clerk's PC): nothing to load", "csv")


def corrections(W):
    dl_grid.BATCH[0] = "batch2"
    m = "2025-12"
    sh = Sheet("低保（更正）")
    sh.merge(0, 0, 0, 4, "桃源街道2025年12月城市低保情况统计（更正，以此为准）")
    sh.put(1, 0, "金额单位：元")
    sh.row(2, 0, ["社区", "低保户数", "低保人数", "本月发放低保金"])
    for i, short in enumerate(["洪顺", "医校", "环山"]):
        code = BY_SHORT[short]
        sh.put(3 + i, 0, short + "社区")
        for j, ind in enumerate(["dibao_households", "dibao_persons", "dibao_payout_yuan"]):
            val(sh, 3 + i, 1 + j, code, m, ind)
    sh.put(7, 0, "更正说明：洪顺社区低保人数漏报1人，医校社区低保金少计500元；环山社区数据重报未变，其余社区以原表为准。")
    save("batch2/桃源街道2025年12月城市低保情况统计（更正）.xls", [sh], "xlwt",
         ["street_file", "correction_partial_rows", "unchanged_community_resent"], (2026, 1, 12, 15, 0))

    m = "2026-02"
    sh = Sheet("修订")
    sh.put(0, 0, "长利社区2026年2月工作数据修订说明")
    sh.row(1, 0, ["项目", "单位", "原报", "修订后", "原因"])
    for i, (ind, why) in enumerate([("petitions_received", "12345转办3件漏登"), ("people_employed", "1人重复登记")]):
        lab, unit = LAB[ind]
        sh.row(2 + i, 0, [lab, unit])
        val(sh, 2 + i, 2, CL, m, ind, value=W.old[(CL, m, ind)], role="superseded")
        val(sh, 2 + i, 3, CL, m, ind)
        sh.put(2 + i, 4, why)
    sh.put(5, 0, "其余数据不变，以修订后数据为准。长利社区居委会 2026年3月10日")
    save("batch2/长利社区2026年2月工作数据（修订）.csv", [sh], "csv-gbk",
         ["community_file", "correction_old_new_columns", "csv_gbk"], (2026, 3, 10, 10, 0))
    dl_grid.BATCH[0] = "batch1"
    return NAME


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "210202":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "210202"))
    return len(lines)
