"""The four bad files, the two batch2 corrections and the registry extract (the 龙华区 rows)."""
import csv
import gzip
import os

import hk_grid
from hk_comm2 import longhuazhong_mar
from hk_grid import REC, Sheet
from hk_street import minzheng
from hk_world import BY_SHORT
from hk_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
Y3, TH, LHZ = BY_SHORT["盐灶三"], BY_SHORT["泰华"], BY_SHORT["龙华中"]
CORRECTIONS = [((Y3, "2025-10", "dibao_persons"), 1), ((Y3, "2025-10", "dibao_payout_yuan"), 600),
               ((TH, "2025-10", "dibao_payout_yuan"), -500),
               ((LHZ, "2026-03", "petitions_resolved"), 3), ((LHZ, "2026-03", "volunteer_person_times"), 60)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: the clerk saved a new file instead of the filled one
    sh = Sheet("Sheet1")
    rel = "batch1/泰华社区2026年2月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 4, 8, 50))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one empty Sheet1): the clerk sent a new blank file instead of the report; "
                    "nothing to load", "xlsx")
    # 2. a workbook with no table: a 双创 notice typed in cells, dates and no figures
    sh = Sheet("通知")
    for i, t in enumerate(["关于做好2026年3月“双创”常态化工作的通知", "各社区居委会：",
                           "　　为巩固全国文明城市创建成果，请各社区于每周五下午组织开展环境卫生整治和文明劝导，",
                           "　　重点做好背街小巷、农贸市场周边和出租屋集中区域的清理工作，及时清除积水防蚊。",
                           "　　请于每月3日前将工作台账报街道综治中心。", "滨海街道办事处", "2026年3月2日"]):
        sh.put(i, 0, t)
    rel = "batch1/滨海街道2026年3月双创工作通知.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 3, 2, 15, 0))
    REC.files.pop()
    _bad_entry(rel, "a workbook with no table: a 双创 notice typed line by line (only dates, no figures); "
                    "nothing to load", "xlsx")
    # 3. 滨海社区 of 大连市中山区 (210202011013): same name as our 滨海社区 and our street
    sh = Sheet("Sheet1")
    sh.put(0, 0, "大连市中山区海军广场街道滨海社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：滨海社区居委会（辽宁省大连市中山区）")
    sh.row(2, 0, ["项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理群众诉求", "件", 27), ("诉求办结", "件", 26), ("促进就业", "人", 9),
                                        ("城市低保", "户", 22), ("城市低保", "人", 35), ("供暖诉求", "件", 14),
                                        ("平安巡防队员", "人", 48), ("党员", "名", 161)]):
        sh.row(3 + i, 0, [lab, unit, str(x)])
    sh.put(12, 0, "联系电话：0411-82635107　2026年2月3日")
    rel = "batch1/滨海社区2026年1月工作报表.csv"
    save(rel, [sh], "csv-gbk", ["bad_file"], (2026, 2, 3, 14, 0))
    REC.files.pop()
    _bad_entry(rel, "滨海社区 of 大连市中山区 (210202011013: title, 填报单位, 供暖诉求 and an 0411 phone say so), "
                    "not 滨海街道滨海社区 460106002003; nothing may be loaded", "csv")
    # 4. a zero-byte upload (the WeChat transfer broke off)
    rel = "batch1/玉河社区2026年3月报表.xls"
    with open(os.path.join(ROOT, rel), "wb"):
        pass
    touch(os.path.join(ROOT, rel), (2026, 4, 3, 12, 0))
    _bad_entry(rel, "a zero-byte file (the WeChat transfer broke off): must be refused or reported", "xls")


def corrections(W):
    hk_grid.BATCH[0] = "batch2"
    note = "更正说明：盐灶三社区10月低保人数漏统1人（低保金相应增加0.06万元），泰华社区低保金多计0.05万元，现全表重报，以本表为准。"
    save("batch2/滨海街道2025年10月民政工作统计表（更正）.xlsx", [minzheng(W, "2025-10", note=note, marks=("盐灶三", "泰华"))],
         "openpyxl", ["street_file", "correction_full_resend", "footnote_mark_unit_wan_yuan", "digit_in_community_names"],
         (2025, 11, 12, 16, 0))
    save("batch2/龙华中社区2026年3月份工作报告（修订版）.xlsx", [longhuazhong_mar(W, revised=True)], "openpyxl",
         ["community_file", "report_layout", "correction_revised_version_whole_report"], (2026, 4, 9, 9, 30))
    hk_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "460106":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "460106"))
    return len(lines)
