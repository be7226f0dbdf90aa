"""The four bad files, the two batch2 corrections and the registry extract (the 延吉市 rows)."""
import csv
import gzip
import os

import yj_grid
from yj_grid import REC, Sheet, val
from yj_street import s3_dibao
from yj_world import BY_SHORT
from yj_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
YX, YM, YH = BY_SHORT["园校"], BY_SHORT["园美"], BY_SHORT["园辉"]
CORRECTIONS = [((YX, "2025-12", "dibao_persons"), 2), ((YX, "2025-12", "dibao_payout_yuan"), 1300),
               ((YM, "2025-12", "dibao_households"), -1), ((YM, "2025-12", "dibao_persons"), -2),
               ((YM, "2025-12", "dibao_payout_yuan"), -1300),
               ((YH, "2026-03", "petitions_received"), 4), ((YH, "2026-03", "petitions_resolved"), 3)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one sheet named after the month, nothing in it
    sh = Sheet("2026년3월")
    rel = "batch1/园航社区2026年3月工作情况.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 2, 8, 0))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one empty sheet 「2026년3월」): the clerk saved the template before filling it; "
                    "nothing to load, must be reported", "xlsx")
    # 2. a notice, no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于报送2026年一季度社区工作数据的通知")
    sh.put(2, 0, "各社区：请于4月3日前将1-3月数据按附表格式报送街道党政办（联系人：崔，0433-2512301）。"
                 "각 사회구역에서는 4월 3일전까지 보내주십시오.")
    rel = "batch1/公园街道关于报送2026年一季度数据的通知.xlsx"
    save(rel, [sh], "xlsxwriter", ["bad_file"], (2026, 3, 25, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "the street office's bilingual notice asking for data: text only, no table, no figures", "xlsx")
    # 3. 园艺社区 of 吉林市 高新区 高新街道 (220272001003): same name, same province, another city
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "吉林高新区高新街道园艺社区2026年2月工作报表")
    sh.put(1, 0, "填报单位：吉林市高新区高新街道园艺社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 26), ("办结", "件", 25), ("实现就业", "人", 11),
                                        ("低保户数", "户", 23), ("低保人数", "人", 35), ("注册志愿者", "人", 512)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(10, 0, "填报人：王　电话：0432-62016688　2026年3月2日")
    rel = "batch1/园艺社区2026年2月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 2, 11, 0))
    REC.files.pop()
    _bad_entry(rel, "园艺社区 of 吉林市高新区高新街道 (220272001003: title, 填报单位 and an 0432 phone say so), not "
                    "公园街道园艺社区 222401004006; nothing may be loaded", "xlsx")
    # 4. a zero-byte .xls (a failed 微信 download)
    rel = "batch1/园锦社区2026年3月报表.xls"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 1, 18, 0))
    _bad_entry(rel, "a zero-byte .xls (an interrupted 微信 file download): must be reported, not crash the batch", "xls")


def corrections(W):
    yj_grid.BATCH[0] = "batch2"
    note = "更正：园校社区12月漏报新增低保2人（低保金补发1300元），园美社区1户2人12月已停保（多报1300元）。仅列更正社区。"
    s3_dibao(W, "2025-12", [YX, YM], note=note, rel="batch2/公园街道2025年12月城市低保统计（更正）.ods",
             sent=(2026, 1, 14, 10, 0))
    m = "2026-03"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 3, "园辉社区关于2026年3月民情诉求数据的更正")
    sh.merge(1, 0, 1, 3, "3月“12345”热线转办诉求4件（其中已办结3件）漏统，更正如下：")
    sh.row(2, 0, ["项目", "原报", "更正后", "차이"])
    for i, (lab, ind) in enumerate([("受理诉求", "petitions_received"), ("办结", "petitions_resolved")]):
        r = 3 + i
        sh.put(r, 0, lab)
        val(sh, r, 1, YH, m, ind, value=W.old[(YH, m, ind)], role="superseded")
        val(sh, r, 2, YH, m, ind)
        sh.put(r, 3, f"+{W.v[(YH, m, ind)] - W.old[(YH, m, ind)]}")
    sh.put(6, 2, "园辉社区居委会 2026.4.9")
    save("batch2/园辉社区2026年3月诉求数据更正.xlsx", [sh], "openpyxl",
         ["community_file", "correction_letter", "old_new_difference_columns", "korean_difference_header"],
         (2026, 4, 9, 10, 0))
    yj_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "222401":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "222401"))
    return len(lines)
