"""Bad files, the two batch2 corrections and the registry cut (龙沙区 230202)."""
import csv
import gzip
import os

from qq_out import ROOT, Sheet, save
from qq_world import COMM
import qq_street

NATIONAL = "/work/shared/data/admin_divisions"
CITY = "230202"


def bad(L):
    s = Sheet("Sheet1")
    s.put(0, 0, "")
    save("batch1/大民街道2026年1月报表（空）.xlsx", [s], "openpyxl")
    L.bad.append(("batch1/大民街道2026年1月报表（空）.xlsx", "an empty workbook: one sheet, one empty-string cell, no table; must be reported"))
    s = Sheet("通知")
    for i, t in enumerate(["关于做好2025—2026年度冬季清冰雪工作的通知", "各社区：", "入冬以来降雪频繁，请各社区落实“门前三包”，",
                           "雪停即扫、随下随清，主干道24小时内清运完毕。", "大民街道城管办", "2025年11月20日"]):
        s.put(i, 0, t)
    save("batch1/关于做好冬季清冰雪工作的通知.xlsx", [s], "xlsxwriter")
    L.bad.append(("batch1/关于做好冬季清冰雪工作的通知.xlsx", "a notice typed into a workbook: prose only, dates and 24小时 but no table and no community figures; must be refused or reported"))
    s = Sheet("Sheet1")
    s.put(0, 0, "北京市朝阳区六里屯街道晨光社区居委会2025年12月工作报表")
    s.row(1, 0, ["项目", "本月"])
    s.row(2, 0, ["居民诉求受理", 41])
    s.row(3, 0, ["文化活动", 6])
    s.row(4, 0, ["注册志愿者", 812])
    save("batch1/晨光社区居委会2025年12月工作报表.xlsx", [s], "openpyxl")
    L.bad.append(("batch1/晨光社区居委会2025年12月工作报表.xlsx", "a namesake: 晨光社区居委会 of 北京市朝阳区六里屯街道 (110105014056), sent to the wrong street; its title names Beijing. Must not load onto 大民街道's 晨光社区 (230202007003)"))
    path = "batch1/~$新汇社区2026年3月工作数据上报表.xlsx"
    with open(os.path.join(ROOT, path), "wb") as f:
        f.write(bytes([5]) + "admin".encode("ascii").ljust(53, b"\x00") + b"\x00" * 108)
    L.bad.append((path, "a 162-byte Excel owner (lock) file 「~$…」 left beside an open workbook; not a spreadsheet"))


def corrections(L):
    fix = {("230202007002", "2025-09", "dibao_households"): L.w[("230202007002", "2025-09", "dibao_households")] + 3,
           ("230202007205", "2025-09", "dibao_payout_yuan"): L.w[("230202007205", "2025-09", "dibao_payout_yuan")] + 1170}
    supersede(L, fix)
    qq_street.dibao(L, "batch2/大民街道2025年9月城市低保动态管理月报（更正）.xlsx", "2025-09", fix, "（更正版，以此为准）")
    c, m = "230202007004", "2025-11"
    fix2 = {(c, m, "petitions_resolved"): L.w[(c, m, "petitions_resolved")] - 2,
            (c, m, "volunteer_person_times"): L.w[(c, m, "volunteer_person_times")] + 40}
    supersede(L, fix2)
    path = "batch2/关于更正联心社区2025年11月份数据的说明.xlsx"
    s = Sheet("更正")
    s.put(0, 0, "关于更正联心社区2025年11月份上报数据的说明")
    s.put(1, 0, "街道办：我社区11月报表中下列两项填错，现更正如下，其余不变。")
    s.row(2, 0, ["项目", "原报数", "更正后", "原因"])
    why = {"petitions_resolved": "两件供暖不热诉求居民回访不满意，退回重办", "volunteer_person_times": "漏报11月28日暴雪清雪出勤"}
    for i, (key, nv) in enumerate(fix2.items()):
        s.row(3 + i, 0, [{"petitions_resolved": "诉求办结数", "volunteer_person_times": "志愿服务人次"}[key[2]], L.w[key]])
        s.put(3 + i, 3, why[key[2]])
        L.rec(key, path, s.name, s.put(3 + i, 2, nv), nv, "correction", value=nv)
    s.put(6, 0, "联心社区居民委员会　2025年12月3日")
    save(path, [s], "openpyxl")
    for k, v in fix2.items():
        L.w[k] = v


def supersede(L, fix):
    for i, row in enumerate(L.cells):
        if tuple(row[:3]) in fix and row[-1] in ("primary", "duplicate"):
            L.cells[i] = row[:-1] + ("superseded",)
    for k, v in fix.items():
        L.truth[k] = v


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
