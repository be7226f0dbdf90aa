"""The four bad files, the two batch2 corrections and the registry extract (the 东湖区 rows)."""
import csv
import gzip
import os
import struct
import zlib

import nc_grid
from nc_grid import REC, Sheet, val
from nc_street_a import dibao
from nc_world import BY_SHORT, full
from nc_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
GM, JX, HB, GX = BY_SHORT["光明"], BY_SHORT["建新"], BY_SHORT["湖滨南路"], BY_SHORT["观欣"]
CORRECTIONS = [((GM, "2025-10", "dibao_persons"), 1), ((GM, "2025-10", "dibao_payout_yuan"), 620),
               ((JX, "2025-10", "dibao_households"), -1), ((JX, "2025-10", "dibao_persons"), -2),
               ((JX, "2025-10", "dibao_payout_yuan"), -1150),
               ((HB, "2025-12", "volunteer_person_times"), 45),
               ((GX, "2025-12", "petitions_received"), -3), ((GX, "2025-12", "petitions_resolved"), -3)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


def _png(w=64, h=24):
    """A small grey PNG (a phone screenshot's stand-in), built byte by byte so that it never changes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((200 + (x * 7 + y * 3) % 40) for x in range(w)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def bad_files(W):
    # 1. 进贤县七里乡七里街社区 (360124206001): the same name, the same city (南昌市), another county
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 3, "七里街社区2025年10月工作报表")
    sh.merge(1, 0, 1, 3, "填报单位：进贤县七里乡七里街社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 18), ("办结", "件", 18), ("调解纠纷", "起", 3),
                                        ("实现就业", "人", 9), ("低保户数", "户", 41), ("低保人数", "人", 77),
                                        ("免费健康体检", "人", 132), ("文体活动", "场", 4), ("党员人数", "名", 63)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(13, 0, "填报人：七里乡七里街社区 邹　电话：0791-85661203　2025年11月4日")
    rel = "batch1/七里街社区2025年10月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2025, 11, 4, 10, 10))
    REC.files.pop()
    _bad_entry(rel, "七里街社区 of 进贤县七里乡 (360124206001: same city 南昌市, another county; the 填报单位 line and the "
                    "七里乡 footer say so), not 彭家桥街道七里街社区 360102009006; nothing may be loaded", "xlsx")
    # 2. an empty workbook: one blank sheet
    sh = Sheet("Sheet1")
    rel = "batch1/彭家桥街道2025年11月统计报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2025, 12, 1, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one blank sheet Sheet1, no cell): nothing to load; must be reported", "xlsx")
    # 3. a phone screenshot (PNG) renamed .xlsx
    rel = "batch1/光明社区2025年12月工作报表（截图）.xlsx"
    _raw(rel, _png(), (2026, 1, 4, 21, 3))
    _bad_entry(rel, "a PNG image (a WeChat screenshot of the table) saved under an .xlsx name: not a spreadsheet; "
                    "must be refused or reported", "xlsx")
    # 4. 李家庄's December template sent back with nothing filled in
    code = BY_SHORT["李家庄"]
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 4, "李家庄社区2025年12月工作报表")
    sh.merge(1, 0, 1, 4, "填报单位：彭家桥街道李家庄社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月", "备注"])
    for i, (lab, unit) in enumerate([("受理居民诉求", "件"), ("办结", "件"), ("调解纠纷", "起"), ("新增就业岗位", "个"),
                                     ("实现就业", "人"), ("低保户数", "户"), ("低保人数", "人"), ("走访慰问", "人"),
                                     ("文体活动", "场"), ("志愿服务", "人次")]):
        sh.row(3 + i, 0, [i + 1, lab, unit])
    sh.put(14, 0, "填报人：　　　　审核：　　　　报送日期：")
    rel = "batch1/李家庄社区2025年12月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 1, 5, 8, 0))
    REC.files.pop()
    _bad_entry(rel, f"{full(code)}'s December template returned blank: titles, items and units, no figure in any "
                    "value cell; nothing to load, must be reported", "xlsx")


def corrections(W):
    nc_grid.BATCH[0] = "batch2"
    note = "本表替代11月5日报送版本：光明社区补录低保对象1人（补发620元），建新社区停保1户2人（核减1150元）。"
    save("batch2/彭家桥街道2025年10月城市低保金发放汇总表（修正版）.xlsx", [dibao(W, batch_note=note)], "openpyxl",
         ["street_file", "correction_full_resend", "amount_in_words_beside", "replacement_note_line"],
         (2025, 11, 12, 16, 0))
    sh = Sheet("更正登记")
    sh.merge(0, 0, 0, 6, "彭家桥街道社区报表数据更正登记表（2025年12月）")
    sh.row(1, 0, ["序号", "社区", "报表月份", "更正项目", "原报数", "更正数", "更正原因"])
    rows = [(HB, "volunteer_person_times", "志愿服务（人次）", "国际志愿者日活动签到表漏统"),
            (GX, "petitions_received", "受理诉求（件）", "重复工单3件，已合并"),
            (GX, "petitions_resolved", "办结（件）", "同上")]
    for i, (code, ind, lab, why) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, full(code), "2025年12月", lab])
        val(sh, r, 4, code, "2025-12", ind, value=W.old[(code, "2025-12", ind)], role="superseded")
        val(sh, r, 5, code, "2025-12", ind)
        sh.put(r, 6, why)
    sh.put(6, 0, "以上更正已同步至东湖区社会治理综合平台。彭家桥街道党政办　2026年1月12日")
    save("batch2/彭家桥街道社区报表数据更正登记表（2025年12月）.xlsx", [sh], "openpyxl",
         ["street_file", "correction_long_rows", "old_and_new_columns", "ditto_word_in_reason"], (2026, 1, 12, 15, 30))
    nc_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "360102":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "360102"))
    return len(lines)
