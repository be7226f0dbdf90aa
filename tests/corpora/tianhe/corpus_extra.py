"""The bad files, the batch2 correction and the registry extract (天河区 rows of the national file)."""
import csv
import gzip
import io
import os

import corpus_comm_b
import corpus_world as W
from corpus_grid import Book, save, stamp

BAD = [
    ("batch1/兴安社区2026年4月报表.xlsx", "empty workbook: one sheet, no cells; nothing to load, must be reported"),
    ("batch1/长湴西社区2026年5月报表.xlsx", "a note only (the figures went through the 穗智管 platform; one sheet of "
                                       "text lines with a date and a phone number, no table): nothing to load"),
    ("batch1/畅家巷社区2026年3月报表.xlsx", "a full report of 兰州市城关区酒泉路街道 畅家巷社区 (another city, "
                                     "not in the 天河区 registry): nothing may be loaded"),
    ("batch1/天鹅社区2026年6月报表.xlsx", "truncated xlsx (60 % of its bytes; the zip has no central directory)"),
]


def bad_files(root):
    b = Book(BAD[0][0], "openpyxl", W.sent(2026, 5, 6, 9, 0), [])
    b.sheet("Sheet1")
    save(b, root)

    b = Book(BAD[1][0], "openpyxl", W.sent(2026, 6, 3, 10, 0), [])
    sh = b.sheet("Sheet1")
    for i, t in enumerate(["长湴西社区2026年5月报表",
                           "本月各项数据已通过“穗智管”城市运行管理平台直接报送，此表不再重复填写。",
                           "如需核对请联系：叶志鹏  020-87066318",
                           "2026年6月3日"]):
        sh.put(i, 0, t)
    save(b, root)

    b = Book(BAD[2][0], "openpyxl", W.sent(2026, 4, 3, 11, 0), [])
    sh = b.sheet("3月")
    sh.merge(0, 0, 0, 3, "兰州市城关区酒泉路街道畅家巷社区2026年3月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    rows = [("受理群众诉求", "件", 41), ("办结", "件", 39), ("调解纠纷", "起", 3), ("新增就业岗位", "个", 12),
            ("实现就业", "人", 9), ("低保户", "户", 27), ("低保人数", "人", 45), ("低保金", "元", 31860),
            ("文体活动", "场", 4), ("注册志愿者", "人", 812), ("志愿服务", "人次", 560), ("党员", "名", 236)]
    for i, (label, unit, v) in enumerate(rows):
        sh.row(2 + i, 0, [label, unit, v])
    sh.put(2 + len(rows) + 1, 0, "填报人：马红梅  电话：0931-8456721  2026年4月3日")
    save(b, root)

    b = Book(BAD[3][0], "openpyxl", W.sent(2026, 7, 3, 9, 0), [])
    sh = b.sheet("6月")
    sh.merge(0, 0, 0, 2, "天鹅社区2026年6月工作报表")
    sh.row(1, 0, ["项目", "单位", "数值"])
    for i, (label, unit) in enumerate([("受理诉求", "宗"), ("办结", "宗"), ("文体活动", "场"), ("志愿服务", "人次"),
                                       ("注册志愿者", "人"), ("党员", "名"), ("长者体检", "人")]):
        sh.row(2 + i, 0, [label, unit, 20 + 7 * i])
    path = save(b, root)
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: int(len(data) * 0.6)])
    stamp(path, b.sent)


def correction(fig, wrong, root, rec):
    b = corpus_comm_b.xingyun_june(fig, wrong, "batch2", True)
    save(b, root, rec)


def registry(root):
    """Cut the 天河区 rows of the national villages.csv.gz and streets.csv into registry/ (byte-stable gzip)."""
    src = os.environ.get("ADMIN_DIVISIONS", "/work/shared/data/admin_divisions")
    out = os.path.join(root, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(src, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[-1] == W.DISTRICT_CODE]
    raw = ("\n".join(keep) + "\n").encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write(raw)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as f:
        f.write(buf.getvalue())
    with open(os.path.join(src, "streets.csv"), encoding="utf-8", newline="") as f:
        slines = f.read().splitlines()
    head = next(csv.reader([slines[0]]))
    ai = head.index("areaCode")
    skeep = [slines[0]] + [ln for ln in slines[1:] if next(csv.reader([ln]))[ai] == W.DISTRICT_CODE]
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(skeep) + "\n")
    comms = [ln for ln in keep[1:] if ln.startswith(W.STREET_CODE)]
    return len(keep) - 1, len(skeep) - 1, len(comms)
