"""Bad files, the two batch2 corrections and the registry extract (the 浔阳区 rows)."""
import csv
import gzip
import os

import jj_grid
import jj_files
from jj_grid import REC, Sheet
from jj_world import BY_SHORT, COMMS
from jj_writers import ROOT, save

NATIONAL = "/work/shared/data/admin_divisions"
FMC, XZ, YLW = BY_SHORT["放马场"], BY_SHORT["兴中"], BY_SHORT["月亮湾"]
CORRECTIONS = [((FMC, "2026-02", "dibao_persons"), 2), ((FMC, "2026-02", "dibao_payout_yuan"), 1000),
               ((XZ, "2026-02", "dibao_households"), -1), ((XZ, "2026-02", "dibao_persons"), -1),
               ((YLW, "2025-11", "patrol_members"), 6), ((YLW, "2025-11", "security_cases"), 1)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one sheet, nothing on it
    save("batch1/向湖社区2026年3月报表.xlsx", [Sheet("Sheet1")], "xlsxwriter", ["bad_file"], (2026, 4, 1, 8, 0))
    REC.files.pop()
    _bad("batch1/向湖社区2026年3月报表.xlsx", "an empty workbook (one blank Sheet1): nothing to load", "xlsx")
    # 2. a notice, no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于报送2026年一季度“浔阳红·邻里帮”工作台账的通知")
    sh.put(2, 0, "各社区委员会：")
    sh.put(3, 0, "　　请于4月5日前将一季度台账报街道党政综合办，逾期按“不报”处理。")
    sh.put(5, 0, "滨兴街道办事处　2026年3月28日")
    save("batch1/关于报送2026年一季度工作台账的通知.xls", [sh], "xlwt", ["bad_file"], (2026, 3, 28, 9, 0))
    REC.files.pop()
    _bad("batch1/关于报送2026年一季度工作台账的通知.xls", "a notice of the street office (text only, no figures, no "
         "community rows): must be refused or reported, nothing loaded", "xls")
    # 3. 建材社区 of 沈阳市辽中区蒲西街道 (210115001020): a namesake in another province
    sh = Sheet("Sheet1")
    sh.put(0, 0, "辽中区蒲西街道建材社区2026年1月工作统计")
    sh.put(1, 0, "填报单位：沈阳市辽中区蒲西街道建材社区居委会")
    sh.row(2, 0, ["项目", "单位", "本月"])
    for i, (lab, u, x) in enumerate([("受理诉求", "件", 22), ("办结", "件", 21), ("低保户数", "户", 31),
                                     ("低保人数", "人", 47), ("党员人数", "人", 118), ("注册志愿者", "人", 402)]):
        sh.row(3 + i, 0, [lab, u, x])
    sh.put(10, 0, "联系电话：024-87881234")
    save("batch1/建材社区2026年1月工作统计.xlsx", [sh], "openpyxl", ["bad_file"], (2026, 2, 3, 9, 0))
    REC.files.pop()
    _bad("batch1/建材社区2026年1月工作统计.xlsx", "建材社区 of 沈阳市辽中区蒲西街道 (210115001020; title, 填报单位 and a 024 "
         "phone say so), not 滨兴街道建材社区委员会 360403092011: nothing may be loaded", "xlsx")
    # 4. a GBK CSV that is only the header line of a platform export (no rows)
    with open(os.path.join(ROOT, "batch1/网格事件导出2026年2月.csv"), "wb") as f:
        f.write("事件编号,社区,事件类型,上报时间,办结状态\r\n".encode("gbk"))
    _bad("batch1/网格事件导出2026年2月.csv", "a platform export with its header line only (no rows, and its columns are "
         "events, not catalogue indicators): nothing to load", "csv")


def corrections(W):
    jj_grid.BATCH[0] = "batch2"
    note = ("更正：放马场社区2月低保人数漏报2人（低保金相应增加0.1万元），兴中社区2月1户停保未减，"
            "现重报上述两个社区，其余社区以原表为准。")
    sh = jj_files.minzheng(W, ["2026-02"], [("放马场", FMC), ("兴中", XZ)],
                           "滨兴街道城市低保统计表（2026年2月）更正版", note=note)
    save("batch2/滨兴街道2026年2月城市低保统计（更正版）.xlsx", [sh], "openpyxl",
         ["street_file", "correction_two_communities", "gengzhengban_in_name"], (2026, 4, 8, 9, 0))
    jj_files.pingan(W, "2025-11", "csv-utf8", "batch2/平安建设月报2025年11月_更正.csv",
                    ["street_file", "correction_one_community", "two_tables_one_sheet"], comms=[("月亮湾", YLW)])
    jj_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "360403":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "360403"))
    return len(lines)
