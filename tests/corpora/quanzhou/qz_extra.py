"""The four bad files, the two batch2 corrections and the registry extract (the 鲤城区 rows)."""
import csv
import gzip
import os

import openpyxl

import qz_grid
from qz_comm import minnan
from qz_grid import REC, Sheet, val
from qz_street import ALLC, daxie_table
from qz_world import BY_SHORT
from qz_writers import ROOT, _fix_zip, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
HM, BS, ST = BY_SHORT["红梅"], BY_SHORT["北山"], BY_SHORT["双塔"]
CORRECTIONS = [((HM, "2025-11", "dibao_persons"), 1), ((HM, "2025-11", "dibao_payout_yuan"), 500),
               ((BS, "2025-11", "dibao_payout_yuan"), -300),
               ((ST, "2026-01", "petitions_resolved"), 2), ((ST, "2026-01", "volunteer_person_times"), 30)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: the clerk saved the template before typing anything
    rel = "batch1/北山社区2025年12月工作报表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.properties.creator = "KYJD"
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 6, 8, 9, 0, 0)
    wb.save(os.path.join(ROOT, rel))
    _fix_zip(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 1, 5, 17, 40))
    _bad_entry(rel, "an empty workbook (one blank Sheet1): nothing to load; must be reported", "xlsx")
    # 2. a notice, no table
    sh = Sheet("通知")
    lines = ["开元街道办事处关于报送2026年1月份各类统计报表的通知", "各社区居委会：",
             "　　请于2月5日前将1月份民情、为老、文化、志愿服务等报表报送至社区管理办邮箱，春节前请提前报送。",
             "　　联系人：林　电话：0595-22388106", "开元街道社区管理办", "2026年1月27日"]
    for i, t in enumerate(lines):
        sh.put(i, 0, t)
    rel = "batch1/开元街道关于报送2026年1月份报表的通知.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 1, 27, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "a notice saved as a workbook: sentences only (a deadline, a phone), no table, no community figures", "xlsx")
    # 3. 开元社区 of 太原市小店区坞城街道 (140105001013): the same name as 开元街道开元社区 350502004011
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "坞城街道开元社区2026年2月工作报表")
    sh.put(1, 0, "填报单位：太原市小店区坞城街道开元社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理诉求", "件", 27), ("办结", "件", 25), ("调解纠纷", "起", 3),
                                        ("低保户数", "户", 16), ("低保人数", "人", 24), ("文体活动", "场", 4),
                                        ("注册志愿者", "人", 512), ("党员", "名", 166)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：王　电话：0351-7162254　2026年3月3日")
    rel = "batch1/开元社区2026年2月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 3, 11, 0))
    REC.files.pop()
    _bad_entry(rel, "开元社区 of 太原市小店区坞城街道 (140105001013; title, 填报单位 and an 0351 phone say so), not "
                    "开元街道开元社区 350502004011; nothing may be loaded", "xlsx")
    # 4. a zero-byte .xls: the upload from the 网格 phone failed
    rel = "batch1/东北社区2026年3月报表.xls"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 2, 8, 0))
    _bad_entry(rel, "a zero-byte .xls (a failed upload): not a spreadsheet; must be refused or reported", "xls")


def corrections(W):
    qz_grid.BATCH[0] = "batch2"
    note = "更正说明：红梅社区11月新增低保1人漏报（低保金相应增加500元）；北山社区低保金多报300元。本表为全部社区重新报送，以本表为准。"
    save("batch2/开元街道2025年11月城市低保金发放统计表（更正）.xlsx", daxie_table(W, "2025-11", note=note), "openpyxl",
         ["street_file", "correction_full_resend", "daxie_amount_column", "correction_note_numbers"],
         (2025, 12, 15, 10, 0))
    save("batch2/双塔社区2026年1月工作台账（更正）.xls",
         minnan(W, "双塔", "2026-01", ["minsheng", "wenhua", "zhiyuan"],
                title="鲤城区开元街道双塔社区2026年1月工作台账（更正版，以此为准）"), "xlwt",
         ["community_file", "correction_full_resend", "category_merged_down", "minnan_words"], (2026, 2, 10, 9, 0))
    qz_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "350502":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "350502"))
    return len(lines)
