"""The four bad files, the two batch2 corrections and the registry extract (the 南关区 rows)."""
import csv
import gzip
import os

import cc_grid
from cc_grid import REC, Sheet, val
from cc_street import minzheng_dec
from cc_world import BY_SHORT
from cc_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
LX, JD, DD = BY_SHORT["龙兴"], BY_SHORT["景东"], BY_SHORT["东大"]
CORRECTIONS = [((LX, "2025-12", "dibao_persons"), 2), ((LX, "2025-12", "dibao_payout_yuan"), 1400),
               ((JD, "2025-12", "dibao_payout_yuan"), -700),
               ((DD, "2026-03", "petitions_received"), 5), ((DD, "2026-03", "volunteer_person_times"), 40)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _save_bad(rel, sheets, sent, why):
    save(rel, sheets, "openpyxl", ["bad_file"], sent)
    REC.files.pop()
    _bad_entry(rel, why, "xlsx")


def bad_files(W):
    # 1. an empty workbook (the clerk saved the template before filling it)
    _save_bad("batch1/长通街道2026年3月社区工作月报（空表）.xlsx", [Sheet("Sheet1")], (2026, 3, 31, 17, 0),
              "an empty workbook: one sheet, no cell at all; must be refused or reported")
    # 2. a workbook with no table: the 填报说明 the street sent round, sentences only
    sh = Sheet("填报说明")
    for i, line in enumerate(["长通街道社区月报填报说明（2026年2月起执行）",
                              "一、每月3日前通过政务微信报送上月数据，逾期请说明原因。",
                              "二、诉求件数以12345热线、“吉事办”及来访来电合计填写，同一诉求多次反映计1件。",
                              "三、供热期（10月20日至次年4月8日）供热诉求单列，但须计入受理总数。",
                              "四、金额一律以元为单位，保留两位小数。",
                              "联系人：长通街道党政办 高明 0431-84620315"]):
        sh.put(i, 0, line)
    _save_bad("batch1/长通街道社区月报填报说明.xlsx", [sh], (2026, 2, 1, 9, 0),
              "a workbook with no table: the street's 填报说明, sentences only, no figure of any community; must be "
              "refused or reported")
    # 3. 通化市东昌区龙泉街道's table: 龙兴 / 龙水 / 秀泉 / 玉皇, all of another city (龙兴 is also ours)
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "龙泉街道2026年2月各社区工作情况统计表")
    sh.put(1, 0, "填报单位：通化市东昌区龙泉街道办事处")
    sh.row(2, 0, ["社区", "受理诉求（件）", "办结（件）", "低保户数（户）", "低保人数（人）", "注册志愿者（人）"])
    for i, (nm, a, b, c, d, e) in enumerate([("龙兴社区", 27, 26, 31, 48, 512), ("龙水社区", 19, 19, 22, 35, 406),
                                             ("秀泉社区", 33, 31, 40, 63, 655), ("玉皇社区", 24, 22, 28, 41, 470)]):
        sh.row(3 + i, 0, [nm, a, b, c, d, e])
    sh.put(8, 0, "填表人：曲　审核人：姜　电话：0435-3216608　2026年3月2日")
    _save_bad("batch1/龙兴社区等2026年2月工作情况统计表.xlsx", [sh], (2026, 3, 2, 10, 30),
              "the table of 通化市东昌区龙泉街道 (220502007: 龙兴 220502007003, 龙水, 秀泉, 玉皇; title, 填报单位 and an "
              "0435 phone say so), forwarded by mistake; 龙兴 is also our 220102005004: nothing may be loaded")
    # 4. a download cut short: the first 1,200 bytes of a real workbook
    tmp = "batch1/光复路南社区2026年3月工作报表.xlsx"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "光复路南社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月"])
    sh.row(2, 0, [1, "受理居民诉求", "件", 31])
    save(tmp, [sh], "openpyxl", ["bad_file"], (2026, 4, 1, 8, 0))
    REC.files.pop()
    path = os.path.join(ROOT, tmp)
    with open(path, "rb") as f:
        data = f.read()[:1200]
    with open(path, "wb") as f:
        f.write(data)
    touch(path, (2026, 4, 1, 8, 0))
    _bad_entry(tmp, "a workbook whose download from 政务微信 broke off: the first 1,200 bytes of a zip, no central "
                    "directory; must be refused or reported", "xlsx")


def corrections(W):
    cc_grid.BATCH[0] = "batch2"
    note = ("更正说明：龙兴社区12月低保人数漏统2人（低保金相应增加1400元），景东社区低保金多计700元（一户停保未扣除），"
            "现重新报送上述两个社区，其余社区数据不变。")
    minzheng_dec("民政（更正）", [LX, JD], "batch2/长通街道2025年12月民政工作月报表（更正）.xlsx", (2026, 1, 12, 15, 0), note)
    m = "2026-03"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 4, "东大社区关于2026年3月工作报表数据更正的情况说明")
    sh.merge(1, 0, 1, 4, "长通街道党政办：")
    sh.merge(2, 0, 2, 4, "　　我社区4月1日报送的3月工作报表中，受理居民诉求漏计“吉事办”留言5件，学雷锋志愿服务漏计40人次，现更正如下：")
    sh.row(3, 0, ["序号", "项目", "单位", "原报", "更正为"])
    for i, (lab, unit, ind) in enumerate([("受理居民诉求", "件", "petitions_received"),
                                          ("志愿服务", "人次", "volunteer_person_times")]):
        r = 4 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, DD, m, ind, value=W.old[(DD, m, ind)], role="superseded")
        val(sh, r, 4, DD, m, ind)
    sh.merge(7, 0, 7, 4, "　　其他数据不变。")
    sh.merge(8, 3, 8, 4, "东大社区居委会（书记：刘春燕）")
    sh.merge(9, 3, 9, 4, "2026年4月7日")
    save("batch2/东大社区3月报表数据更正说明.xlsx", [sh], "openpyxl",
         ["community_file", "letter_like_correction", "old_and_new_columns"], (2026, 4, 7, 10, 0))
    cc_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "220102":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "220102"))
    return len(lines)
