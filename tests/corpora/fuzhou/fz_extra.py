"""The four bad files, the two batch2 corrections and the registry extract (the 鼓楼区 rows)."""
import csv
import gzip
import json
import os

import fz_comm_a
import fz_grid
from fz_grid import REC, Sheet, val
from fz_world import BY_SHORT
from fz_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
HQ, YH, FY, TY = BY_SHORT["湖前"], BY_SHORT["永恒"], BY_SHORT["凤仪"], BY_SHORT["天元"]
# (key, how the first value relates to the corrected one)
K2 = [((YH, "2025-11", "volunteers"), -23, "注册志愿者", "人", "原数含已注销账号23个"),
      ((FY, "2025-11", "party_members"), 2, "党员总数", "名", "11月转入组织关系2名漏统"),
      ((TY, "2025-11", "pairings"), 3, "党员结对帮扶困难群众", "对", "新结对3对漏报")]


def plan(W):
    # 湖前 September: the first return typed the task (15) as 新增就业岗位 and left 12 体检 out
    key = (HQ, "2025-09", "jobs_created")
    real = W.v[key] if W.v[key] != 15 else 13
    W.v[key] = 15
    W.correct(key, real)
    key = (HQ, "2025-09", "free_health_checks")
    W.correct(key, W.v[key] + 12)
    for key, d, *_ in K2:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


def bad_files(W):
    # 1. 龙泉社区 of 宁德市霞浦县松港街道 (350921002007): same province, our 龙泉's name
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "松港街道龙泉社区2025年11月工作报表")
    sh.put(1, 0, "填报单位：霞浦县松港街道龙泉社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理诉求", "件", 27), ("办结", "件", 26), ("调处纠纷", "起", 3),
                                        ("新增就业岗位", "个", 9), ("实现就业", "人", 11), ("低保户数", "户", 23),
                                        ("低保人数", "人", 38), ("注册志愿者", "人", 512), ("党员", "名", 96)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(13, 0, "填报人：郑　电话：0593-8876215　2025年12月2日")
    rel = "batch1/龙泉社区2025年11月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2025, 12, 2, 11, 0))
    REC.files.pop()
    _bad_entry(rel, "龙泉社区 of 宁德市霞浦县松港街道 (350921002007; the title, 填报单位 and an 0593 phone say so), not "
                    "五凤街道龙泉社区 350102009005; nothing may be loaded", "xlsx")
    # 2. an empty WPS workbook: one sheet, no cell
    rel = "batch1/五凤街道2025年12月报表汇总.et"
    save(rel, [Sheet("Sheet1")], "xlwt-et", ["bad_file"], (2026, 1, 8, 17, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (WPS .et, BIFF8, one sheet 「Sheet1」 without a cell): nothing to load, must be "
                    "refused or reported", "et")
    # 3. the platform's JSON error answer saved under the .xlsx name of the export
    body = json.dumps({"code": 401, "msg": "登录状态已失效，请重新登录后再导出", "data": None, "timestamp": 1767600000000},
                      ensure_ascii=False)
    rel = "batch1/e福州随手拍工单导出_五凤街道_202512.xlsx"
    _raw(rel, body.encode("utf-8"), (2026, 1, 5, 8, 55))
    _bad_entry(rel, "not a spreadsheet: the platform's JSON error answer (code 401, 登录状态已失效) saved under the export's "
                    ".xlsx name; no table, nothing to load", "xlsx")
    # 4. 白龙's January template sent back with every figure blank
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 3, "白龙社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：白龙社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit) in enumerate([("受理诉求", "件"), ("办结", "件"), ("调解纠纷", "起"), ("新增就业岗位", "个"),
                                     ("实现就业", "人"), ("低保户数", "户"), ("低保人数", "人"), ("走访慰问", "人"),
                                     ("文体活动", "场"), ("志愿服务", "人次")]):
        sh.row(3 + i, 0, [i + 1, lab, unit])
    sh.put(14, 0, "填报人：　　　　　报送日期：")
    rel = "batch1/白龙社区2026年1月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 2, 3, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "白龙's January template sent back with every figure blank (title, 填报单位, items and units only): "
                    "nothing to load, must be reported", "xlsx")


def corrections(W):
    fz_grid.BATCH[0] = "batch2"
    save("batch2/湖前社区2025年9月重点工作完成情况(1).xlsx", [fz_comm_a.huqian_sept(W, final=True)], "openpyxl",
         ["community_file", "done_over_task_pairs", "correction_full_resend", "duplicate_download_name",
          "final_version_in_title"], (2025, 10, 13, 10, 20))
    sh = Sheet("更正说明")
    sh.merge(0, 0, 0, 6, "关于五凤街道2025年11月党建和志愿服务工作统计表部分数据的更正说明")
    sh.merge(2, 0, 2, 6, "街道党工委：")
    sh.merge(3, 0, 3, 6, "　　12月4日报送的《五凤街道2025年11月党建和志愿服务工作统计》经与各社区核对，有3项数据需更正，具体如下：")
    sh.row(4, 0, ["序号", "社区", "项目", "单位", "原填报数", "更正后", "更正原因"])
    for i, (key, d, lab, unit, why) in enumerate(K2):
        r = 5 + i
        short = {YH: "永恒", FY: "凤仪", TY: "天元"}[key[0]]
        sh.row(r, 0, [i + 1, f"{short}社区", lab, unit])
        val(sh, r, 4, key[0], key[1], key[2], value=W.old[key], role="superseded")
        val(sh, r, 5, key[0], key[1], key[2])
        sh.put(r, 6, why)
    sh.merge(9, 0, 9, 6, "　　其余数据不变。特此说明。")
    sh.merge(11, 4, 11, 6, "五凤街道党建工作办公室")
    sh.merge(12, 4, 12, 6, "2025年12月11日")
    save("batch2/关于五凤街道2025年11月党建和志愿服务工作统计表部分数据的更正说明.xlsx", [sh], "openpyxl",
         ["street_file", "letter_like_correction", "correction_partial_rows", "old_and_new_columns"], (2025, 12, 11, 15, 0))
    fz_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "350102":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "350102"))
    return len(lines)
