"""The four bad files, the two batch2 corrections and the registry extract (the 小店区 rows)."""
import csv
import gzip
import os
import struct
import zlib

import ty_grid
from ty_grid import REC, Sheet, val
from ty_street import jobs
from ty_world import BY_SHORT
from ty_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
CITY = "140105"
BY, HL, ZC = BY_SHORT["北营"], BY_SHORT["黄陵"], BY_SHORT["郑村"]
CORRECTIONS = [((BY, "2026-01", "jobs_created"), 3), ((HL, "2026-01", "people_employed"), -2),
               ((ZC, "2026-03", "petitions_received"), 4), ((ZC, "2026-03", "disputes_mediated"), 1)]


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


def _png(w=64, h=48):
    """A small grey PNG: the phone photo of a paper form, as WeChat saves it."""
    raw = b"".join(b"\x00" + bytes([200 - (y % 7) * 3] * w) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def bad_files(W):
    # 1. an empty workbook: the 考核表 template opened and saved without a cell
    rel = "batch1/黄陵街道2026年3月网格员考核汇总表.xlsx"
    save(rel, [Sheet("Sheet1")], "openpyxl", ["bad_file"], (2026, 4, 8, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one sheet, no cell): nothing to load", "xlsx")
    # 2. a workbook with no table: one sentence saying the figures went through the platform
    rel = "batch1/东峰社区2026年2月工作报表.xlsx"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "东峰社区2月份数据已在“三晋通”基层治理平台填报，此表不再重复报送。")
    sh.put(2, 0, "东峰社区居委会　2026年3月2日")
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 2, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "a workbook with no table: one sentence (2月数据已在三晋通平台填报) and a signature; no figure", "xlsx")
    # 3. another city: 呼和浩特市赛罕区中专路街道's return, whose 民航社区 (150105005020) shares our 民航's name
    rel = "batch1/中专路街道2026年3月民情诉求统计.xls"
    sh = Sheet("3月")
    sh.put(0, 0, "赛罕区中专路街道2026年3月民情诉求办理统计")
    sh.row(1, 0, ["序号", "社区", "受理诉求", "办结", "调解纠纷"])
    names = ["展览馆", "创业", "艺苑", "丰州路", "绿城", "园艺", "春雨", "民航", "玉锦轩", "丁香路", "中专路"]
    for i, n in enumerate(names):
        sh.row(2 + i, 0, [i + 1, n + "社区", 20 + (i * 7) % 25, 18 + (i * 7) % 23, i % 4])
    sh.put(14, 0, "填表人：其其格　电话：0471-4953120")
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 4, 3, 17, 45))
    REC.files.pop()
    _bad_entry(rel, "呼和浩特市赛罕区中专路街道 (150105005) 11 communities, 0471 phone; its 民航社区 (150105005020) is "
                    "not 黄陵街道民航社区 140105005005; nothing may be loaded", "xls")
    # 4. a phone photo (PNG) of the paper form saved from WeChat under an .xlsx name
    rel = "batch1/马练营社区2026年3月工作报表.xlsx"
    _raw(rel, _png(), (2026, 4, 2, 20, 10))
    _bad_entry(rel, "a PNG image (phone photo of the paper form, saved from WeChat) under an .xlsx name: no workbook",
               "xlsx")


def corrections(W):
    ty_grid.BATCH[0] = "batch2"
    note = "更正说明：北营社区1月新增就业岗位漏报3个（家政服务企业用工），黄陵社区实现就业重复统计2人，现重新报送全表。"
    save("batch2/黄陵街道2026年1月就业创业工作进度表（更正）.csv", [jobs(W, "2026-01", note=note)], "csv-utf8bom",
         ["street_file", "correction_full_resend", "csv_utf8_bom", "wan_yuan_column"], (2026, 2, 10, 15, 0))
    m = "2026-03"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 4, "郑村社区关于2026年3月工作报表数据更正的说明")
    sh.merge(2, 0, 2, 4, "黄陵街道党政办：")
    sh.merge(3, 0, 3, 4, "　　我社区4月1日报送的3月份报表中，有两项数据统计有误（漏计回迁安置点诉求及一起物业纠纷），更正如下：")
    sh.row(4, 0, ["序号", "项目", "单位", "原报", "更正为"])
    for i, (lab, unit, ind) in enumerate([("受理诉求", "件", "petitions_received"), ("调解纠纷", "起", "disputes_mediated")]):
        r = 5 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, ZC, m, ind, value=W.old[(ZC, m, ind)], role="superseded")
        val(sh, r, 4, ZC, m, ind)
    sh.merge(8, 0, 8, 4, "　　其他数据不变。")
    sh.merge(10, 3, 10, 4, "郑村社区居委会")
    sh.merge(11, 3, 11, 4, "2026年4月7日")
    save("batch2/郑村社区2026年3月工作报表数据更正说明.xlsx", [sh], "openpyxl",
         ["community_file", "letter_like_correction", "old_and_new_columns"], (2026, 4, 7, 10, 0))
    ty_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == CITY:
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == CITY))
    return len(lines)
