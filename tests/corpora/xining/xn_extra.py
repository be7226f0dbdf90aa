"""The plan of first values, the four bad files, the two batch2 corrections and the registry extract (the 城西区 rows)."""
import csv
import gzip
import os

import xn_grid
from xn_comm2 import yinjia_mar
from xn_grid import REC, Sheet
from xn_street import dibao
from xn_world import BY_SHORT
from xn_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
LH, YJ = BY_SHORT["冷湖路"], BY_SHORT["殷家庄"]
# batch2: (key, delta, the 民族 column of the 低保 table that carries the change)
CORRECTIONS = [((LH, "2025-11", "dibao_persons"), 2, "回族"), ((LH, "2025-11", "dibao_payout_yuan"), 1200, None),
               ((YJ, "2025-11", "dibao_households"), -1, "汉族"), ((YJ, "2025-11", "dibao_persons"), -2, "汉族"),
               ((YJ, "2026-03", "volunteer_person_times"), 60, None), ((YJ, "2026-03", "free_health_checks"), -8, None)]


def plan(W):
    for key, d, g in CORRECTIONS:
        W.correct(key, W.v[key] + d)
        if g:
            W.groups[key] = g
    # the 接龙's first 冷湖路 line (replaced by its 「以此条为准」 line)
    for ind, d in (("petitions_received", -2), ("petitions_resolved", -1)):
        key = (LH, "2025-12", ind)
        W.earlier(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


def bad_files(W):
    # 1. 新西社区 of 积石山县吹麻滩镇 (临夏州, 622923100010): our 新西's name, another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "积石山县吹麻滩镇新西社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：积石山保安族东乡族撒拉族自治县吹麻滩镇新西社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理诉求", "件", 27), ("办结诉求", "件", 26), ("调解纠纷", "起", 3),
                                        ("实现就业", "人", 21), ("低保户数", "户", 64), ("低保人数", "人", 158),
                                        ("注册志愿者", "人", 412), ("党员", "名", 96)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：韩　电话：0930-7721365　2026年4月3日")
    rel = "batch1/新西社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 3, 12, 0))
    REC.files.pop()
    _bad_entry(rel, "新西社区 of 甘肃省临夏州积石山县吹麻滩镇 (622923100010; title, 填报单位 and an 0930 phone say so), not "
                    "虎台街道新西社区 630104003006; nothing may be loaded", "xlsx")
    # 2. an empty workbook: one sheet, no cell
    rel = "batch1/虎台街道2026年4月社区数据汇总.xlsx"
    save(rel, [Sheet("Sheet1")], "openpyxl", ["bad_file"], (2026, 5, 7, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one sheet 「Sheet1」 without a single cell): nothing to load; must be reported", "xlsx")
    # 3. a phone photo of the printed form saved under an .xlsx name (JPEG bytes)
    rel = "batch1/冷湖路社区2026年3月工作报表.xlsx"
    jpeg = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xe1\x00\x1cExif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x0f\x00\x02\x00\x00\x00\x06\x00\x00"
            + bytes((i * 97 + 13) % 256 for i in range(2048)) + b"\xff\xd9")
    _raw(rel, jpeg, (2026, 4, 3, 18, 20))
    _bad_entry(rel, "a JPEG photo of the printed return (JFIF/Exif bytes) sent under an .xlsx name: not a spreadsheet; "
                    "must be refused or reported", "xlsx")
    # 4. the return sent back with only blanks: labels and units, no figure
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 3, "医财巷东社区2026年2月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit) in enumerate([("受理诉求", "件"), ("办结诉求", "件"), ("调解纠纷", "起"), ("新增就业岗位", "个"),
                                     ("实现就业", "人"), ("老年人免费体检", "人"), ("文体活动", "场"), ("志愿服务", "人次"),
                                     ("巡逻队员", "人"), ("党员", "名")]):
        sh.row(2 + i, 0, [i + 1, lab, unit])
    sh.put(13, 0, "填报人：　　　　审核人：　　　　报送日期：")
    rel = "batch1/医财巷东社区2026年2月工作报表.xls"
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 3, 4, 17, 55))
    REC.files.pop()
    _bad_entry(rel, "the return sent back with only blanks: title, items and units, every 本月 cell empty; nothing to load, "
                    "must be reported", "xls")


def corrections(W):
    xn_grid.BATCH[0] = "batch2"
    save("batch2/虎台街道2025年11月城市低保分民族统计表（更正）.xlsx",
         [dibao(W, "2025-11", batch="batch2", changed=("冷湖路", "殷家庄"))], "openpyxl",
         ["street_file", "correction_whole_table", "arrow_old_to_new_in_cell", "ethnic_breakdown_total_is_value",
          "xls_resent_as_xlsx"], (2025, 12, 15, 16, 10))
    save("batch2/殷家庄社区2026年3月工作报表（修改后）.xls", [yinjia_mar(W, "batch2")], "xlwt",
         ["community_file", "correction_whole_return", "changed_rows_marked_no_old_value", "this_month_last_month"],
         (2026, 4, 10, 9, 30))
    xn_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "630104":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "630104"))
    return len(lines)
