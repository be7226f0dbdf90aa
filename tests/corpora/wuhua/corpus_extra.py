"""The bad files, the batch2 correction and the registry extract the user hands to `jiedao registry import`."""
import csv
import gzip
import io
import os
import random

import corpus_grid as G
from corpus_comm_a import c1_jiangan_apr
from corpus_grid import REC, Sheet
from corpus_world import DISTRICT_CODE
from corpus_writers import ROOT, _openpyxl, touch

NATIONAL = os.environ.get("ADMIN_DIVISIONS", "/work/shared/data/admin_divisions")


def _bad(rel, why, sheets, sent, cut=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    _openpyxl(path, sheets)
    if cut:
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(data[: int(len(data) * cut)])
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format="xlsx", writer="bad", features="bad_file"))


def _report_sheet(title, items):
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, title)
    sh.row(1, 0, ["序号", "项目", "单位", "数量"])
    for i, (label, unit, x) in enumerate(items):
        sh.row(2 + i, 0, [i + 1, label, unit, x])
    return sh


def bad_files():
    rnd = random.Random(404)
    _bad("batch1/虹山社区2026年3月报表.xlsx", "empty workbook: one sheet, no cells; nothing to load, must be reported",
         [Sheet("Sheet1")], (2026, 4, 3, 9, 0))
    note = Sheet("Sheet1")
    note.put(0, 0, "江北社区2026年5月工作情况")
    note.put(2, 0, "根据街道办5月20日通知，本月各项数据已通过“昆明市智慧社区综合信息平台”直接填报，")
    note.put(3, 0, "此表不再重复报送。如需核对请联系社区办公室：0871-65127734。")
    note.put(5, 0, "江北社区居委会　2026年6月3日")
    _bad("batch1/江北社区2026年5月报表.xlsx",
         "a note only (one sheet, text lines with a date and a phone number, no table): nothing to load, must be reported",
         [note], (2026, 6, 3, 10, 0))
    items = [("受理群众诉求", "件", 27), ("办结群众诉求", "件", 25), ("调解矛盾纠纷", "起", 3), ("新增就业岗位", "个", 18),
             ("实现就业", "人", 14), ("低保户", "户", 31), ("低保人数", "人", 52), ("注册志愿者", "人", 1046),
             ("党员", "人", 312)]
    sh = _report_sheet("红塔区玉兴街道聂耳社区2026年4月工作报表", items)
    sh.put(2 + len(items) + 1, 0, "填报单位：玉溪市红塔区玉兴街道聂耳社区居民委员会　2026年5月6日")
    _bad("batch1/聂耳社区2026年4月工作报表.xlsx",
         "community of another city: 聂耳社区居民委员会 530402001009 (云南省玉溪市红塔区玉兴街道), not in 五华区 530102; "
         "nothing may be loaded", [sh], (2026, 5, 6, 15, 0))
    items = [(label, unit, rnd.randint(lo, hi)) for label, unit, lo, hi in
             [("受理居民诉求", "件", 40, 60), ("办结居民诉求", "件", 30, 40), ("纠纷调解", "起", 1, 9),
              ("新增就业岗位", "个", 20, 40), ("实现就业", "人", 15, 30), ("低保户", "户", 30, 40),
              ("低保人数", "人", 45, 60), ("免费体检", "人", 30, 90), ("文体活动", "场", 2, 8),
              ("注册志愿者", "人", 1300, 1500), ("志愿服务", "人次", 300, 900), ("常住人口", "人", 12000, 13000)]]
    sh = _report_sheet("学府社区2026年6月工作报表", items)
    _bad("batch1/学府社区2026年6月报表.xlsx",
         "truncated zip: a valid xlsx cut at 60% of its bytes (no central directory)", [sh], (2026, 7, 4, 11, 0), cut=0.6)


def correction():
    G.BATCH[0] = "batch2"
    c1_jiangan_apr(rel="batch2/江岸社区2026年4月报表（更正）.xlsx", sent=(2026, 5, 12, 14, 30), correction=True)
    G.BATCH[0] = "batch1"


def registry():
    """The 五华区 rows of the national villages.csv.gz and streets.csv, written deterministically."""
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[-1] == DISTRICT_CODE]
    buf = io.BytesIO()
    with gzip.GzipFile(filename="villages.csv", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(("\n".join(keep) + "\n").encode("utf-8"))
    with open(os.path.join(out, "villages.csv.gz"), "wb") as f:
        f.write(buf.getvalue())
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8") as f:
        rows = f.read().splitlines()
    streets = [rows[0]] + [ln for ln in rows[1:] if next(csv.reader([ln]))[2] == DISTRICT_CODE]
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(streets) + "\n")
    return len(keep) - 1, len(streets) - 1
