"""The bad files (nothing may be loaded from them) and the registry the user hands to `jiedao registry import`."""
import csv
import datetime as dt
import gzip
import io
import os

import openpyxl

from corpus_grid import stamp
from corpus_world import CITY

NATIONAL = os.environ.get("ADMIN_DIVISIONS", "/work/shared/data/admin_divisions")


def _save(wb, path, sent):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 8, 1, 9, 0)
    wb.save(path)
    stamp(path, sent)


def bad_files(C):
    root = C.root
    # 1. an empty workbook
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    rel = "batch1/雁安社区2026年5月报表.xlsx"
    _save(wb, os.path.join(root, rel), dt.datetime(2026, 6, 3, 8, 50))
    C.bad.append((rel, "empty workbook: one sheet, no cells; nothing to load, must be reported"))

    # 2. a note only: the figures went through the province's 秦务员 platform
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "上城社区4月份报表说明"
    ws["A3"] = "4月份各项工作数据已通过「秦务员」平台直报区级系统，本表不再重复填报。"
    ws["A4"] = "如需核对请联系社区综合办，电话：029-85527710。"
    ws["A6"] = "上城社区居委会　2026年5月6日"
    rel = "batch1/上城社区2026年4月报表.xlsx"
    _save(wb, os.path.join(root, rel), dt.datetime(2026, 5, 6, 15, 0))
    C.bad.append((rel, "a note only (one sheet, text lines, no table): nothing to load, must be reported"))

    # 3. a community of another city: 咸阳市秦都区人民路街道 嘉惠社区 (not in the 雁塔区 registry)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3月"
    ws.merge_cells("A1:D1")
    ws["A1"] = "咸阳市秦都区人民路街道嘉惠社区2026年3月工作报表"
    ws.append(["项目", "单位", "本月", "备注"])
    for row in [("受理居民诉求", "件", 41), ("办结居民诉求", "件", 39), ("调解纠纷", "起", 3), ("实现就业", "人", 12),
                ("走访帮扶", "人", 36), ("文体活动", "场", 5), ("志愿服务", "人次", 288), ("注册志愿者", "人", 512),
                ("党员", "人", 206), ("常住人口", "人", 9384)]:
        ws.append(list(row) + [""])
    ws.append(["填报人：嘉惠社区 杨**　电话：029-33218056", "", "", ""])
    rel = "batch1/嘉惠社区2026年3月工作报表.xlsx"
    _save(wb, os.path.join(root, rel), dt.datetime(2026, 4, 3, 9, 15))
    C.bad.append((rel, "a report of 咸阳市秦都区人民路街道 嘉惠社区 (another city, not in the 雁塔区 registry; its title "
                       "says so): must be refused or reported, nothing loaded"))

    # 4. a truncated xlsx (60 % of its bytes): 康宁社区 June
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "康宁社区2026年6月工作报表"
    ws.append(["项目", "单位", "本月"])
    for i in range(30):
        ws.append([f"指标{i + 1}", "件", (i * 37) % 101])
    buf = io.BytesIO()
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 8, 1, 9, 0)
    wb.save(buf)
    data = buf.getvalue()
    rel = "batch1/康宁社区2026年6月报表.xlsx"
    path = os.path.join(root, rel)
    with open(path, "wb") as f:
        f.write(data[: int(len(data) * 0.6)])
    stamp(path, dt.datetime(2026, 7, 5, 20, 10))
    C.bad.append((rel, "truncated xlsx (60 % of its bytes; the zip's central directory is missing): must be refused, "
                       "nothing loaded"))


def registry(root):
    """registry/villages.csv.gz and registry/streets.csv: the 雁塔区 rows of the national files."""
    out = os.path.join(root, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    head, rows = rows[0], [r for r in rows[1:] if r[5] == CITY]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    for r in rows:
        buf.write(f'{r[0]},"{r[1]}",{r[2]},{r[3]},{r[4]},{r[5]}\n')
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(buf.getvalue().encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        srows = list(csv.reader(f))
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(",".join(srows[0]) + "\n")
        for r in srows[1:]:
            if r[2] == CITY:
                f.write(f'{r[0]},"{r[1]}",{r[2]},{r[3]},{r[4]}\n')
    return len(rows)
