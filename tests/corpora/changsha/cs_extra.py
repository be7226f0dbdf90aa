"""Bad files, the two batch2 corrections, the registry cut."""
import csv
import gzip
import io
import os
import random

import openpyxl

import cs_comm_a
import cs_grid
from cs_common import code, items
from cs_grid import REC, Sheet, val
from cs_writers import ROOT, STAMP, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
CORRECTIONS = [  # (short, month, indicator, delta) — applied to the world before any file is written
    ("银鸿", "2025-12", "petitions_received", -6), ("银鸿", "2025-12", "petitions_resolved", -5),
    ("银太", "2026-01", "dibao_persons", 2), ("林海", "2026-01", "dibao_persons", -1),
    ("银太", "2026-01", "dibao_payout_yuan", 1600),
]


def apply_corrections(W):
    for s, m, ind, d in CORRECTIONS:
        key = (W.code[s], m, ind)
        W.correct(key, W.v[key] + d)


def _bad(rel, why, sent):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))
    touch(os.path.join(ROOT, rel), sent)


def _wb(path, rows, title=None):
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = STAMP
    ws = wb.active
    if title:
        ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)


def bad_files(W):
    p = os.path.join(ROOT, "batch1", "银盆岭街道2026年2月统计报表.xlsx")
    _wb(p, [])
    _bad("batch1/银盆岭街道2026年2月统计报表.xlsx", "an empty workbook (one blank sheet): nothing to load", (2026, 3, 2, 8, 0))
    rel = "batch1/关于报送2026年2月社区工作数据的通知.xlsx"
    _wb(os.path.join(ROOT, rel), [["关于报送2026年2月社区工作数据的通知"], ["各社区："],
                                  ["请于2026年3月5日前通过“一网统管”平台报送2月份各项工作数据，报表模板见附件（共12项指标）。"],
                                  ["联系人：周晓敏  0731-88512366"], ["银盆岭街道党政综合办公室  2026年2月26日"]], "通知")
    _bad(rel, "a notice only (no table): nothing to load", (2026, 2, 26, 15, 0))
    rel = "batch1/银桥社区2026年1月工作报表.xlsx"
    rnd = random.Random(99)
    rows = [["福州市仓山区下渡街道银桥社区2026年1月工作报表"], ["序号", "项目", "单位", "本月"]]
    for i, (lab, unit) in enumerate([("常住户数", "户"), ("常住人口", "人"), ("受理诉求", "件"), ("办结", "件"),
                                     ("低保户数", "户"), ("低保人数", "人"), ("注册志愿者", "人"), ("治安巡逻队员", "人")]):
        rows.append([i + 1, lab, unit, rnd.randint(20, 3000) if i < 2 else rnd.randint(5, 60)])
    rows.append(["报送单位：仓山区下渡街道银桥社区居委会  联系电话：0591-83451207"])
    _wb(os.path.join(ROOT, rel), rows, "1月")
    _bad(rel, "a report of 福州市仓山区下渡街道银桥社区 (350104007009), another city's community with our 银桥's name: "
              "nothing may be loaded into 430104004013", (2026, 2, 5, 10, 0))
    rel = "batch1/桐梓坡社区2026年2月报表.xlsx"
    buf = io.BytesIO()
    _wb(buf, [["桐梓坡社区2026年2月报表"], ["项目", "本月"], ["受理诉求", 30]])
    data = buf.getvalue()
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data[: len(data) // 2])
    _bad(rel, "a corrupt xlsx (the upload broke off: the zip is cut in half): must be refused or reported",
         (2026, 3, 4, 9, 0))


def corrections(W):
    cs_grid.BATCH[0] = "batch2"
    cs_comm_a.c6_yinhong("batch2")
    sh = Sheet("更正")
    sh.put(0, 0, "银盆岭街道2026年1月城市低保数据更正表")
    sh.row(1, 0, ["序号", "社区", "项目", "原报数", "更正数", "更正原因"])
    why = {"dibao_persons": "1月新增纳入保障对象漏报", "dibao_payout_yuan": "补发金额未计入"}
    labels = {"dibao_persons": "低保人数（人）", "dibao_payout_yuan": "低保金（元）"}
    r = 2
    for s, m, ind, _ in CORRECTIONS:
        if m != "2026-01":
            continue
        cd = code(s)
        sh.row(r, 0, [r - 1, f"{s}社区", labels[ind]])
        val(sh, r, 3, cd, m, ind, value=W.old[(cd, m, ind)], role="superseded")
        val(sh, r, 4, cd, m, ind)
        sh.put(r, 5, why[ind] if ind in why else "")
        r += 1
    sh.put(r + 1, 0, "银盆岭街道社会事务办  2026年2月12日")
    save("batch2/银盆岭街道2026年1月低保数据更正表.xlsx", [sh], "openpyxl",
         ["correction_changed_rows_only", "old_and_new_columns", "xlsx_openpyxl"], (2026, 2, 12, 16, 0))
    cs_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    keep = [rows[0]] + [r for r in rows[1:] if r[5] == "430104"]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(keep)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as f:
        with gzip.GzipFile(filename="villages.csv", mode="wb", fileobj=f, mtime=0) as g:
            g.write(buf.getvalue().encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8") as f:
        srows = list(csv.reader(f))
    sk = [srows[0]] + [r for r in srows[1:] if r[2] == "430104"]
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(sk)
    return len(keep) - 1
