"""Bad files, the two batch2 corrections and the registry extract (the 金平区 rows)."""
import csv
import gzip
import os

import openpyxl

import st_grid
from st_grid import REC, Sheet, val
from st_street import dibao_sheet
from st_world import BY_SHORT
from st_writers import ROOT, STAMP, _fix_zip, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
RP, XH = BY_SHORT["饶平"], BY_SHORT["新华"]
CORRECTIONS = [((RP, "2025-11", "dibao_persons"), 2), ((RP, "2025-11", "dibao_payout_yuan"), 1800),
               ((XH, "2026-02", "volunteers"), 40)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: one sheet, no cell
    rel = "batch1/平西居委2026年3月报表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.properties.created = wb.properties.modified = STAMP
    wb.save(os.path.join(ROOT, rel))
    _fix_zip(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 4, 3, 8, 0))
    _bad(rel, "an empty workbook (one sheet Sheet1, no cell): the clerk saved before pasting; nothing to load", "xlsx")
    # 2. a notice with no table
    sh = Sheet("通知")
    sh.put(0, 0, "关于报送2026年1月份居委会工作数据的通知")
    sh.put(2, 0, "各居委会：")
    sh.put(3, 0, "　　请于2月5日前将1月份志愿服务、党建、文体活动数据报送街道党建办（潮汕年前请提早报送），逾期不候。")
    sh.put(5, 0, "石炮台街道党建办　2026年1月20日")
    rel = "batch1/关于报送2026年1月份居委会工作数据的通知.xls"
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 1, 20, 9, 0))
    REC.files.pop()
    _bad(rel, "the street's 通知 asking for data: sentences, no table, no figure of a community", "xls")
    # 3. a zero-byte file
    rel = "batch1/滨港居委2026年2月月报.xls"
    open(os.path.join(ROOT, rel), "wb").close()
    touch(os.path.join(ROOT, rel), (2026, 3, 4, 8, 0))
    _bad(rel, "a zero-byte .xls (the 企业微信 transfer broke): must be refused or reported", "xls")
    # 4. 新华居委会 of 唐山市丰南区青年路街道 (130207001008): namesake in another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "丰南区青年路街道新华居委会2026年1月工作报表")
    sh.put(1, 0, "填报单位：唐山市丰南区青年路街道新华居委会　电话：0315-8123456")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("注册志愿者", "人", 812), ("志愿服务", "人次", 230), ("在册党员", "名", 166),
                                        ("文体活动", "场", 4), ("低保户数", "户", 21)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    rel = "batch1/新华居委会2026年1月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 2, 4, 11, 0))
    REC.files.pop()
    _bad(rel, "新华居委会 of 河北省唐山市丰南区青年路街道 (130207001008; title, 填报单位 and an 0315 phone say so), not "
              "石炮台街道新华居委会 440511001012; nothing may be loaded", "xlsx")


def corrections(W):
    st_grid.BATCH[0] = "batch2"
    sh = dibao_sheet(W, "2025-11", "wan")
    sh.cells[(0, 0)] = ("石炮台街道2025年11月城市居民最低生活保障金发放汇总表（更正版）", None)
    sh.put(18, 0, "更正：饶平居11月新增保障对象2人漏报，金额相应补发1800元，其余居委数据不变。")
    save("batch2/石炮台街道2025年11月低保金发放汇总（更正版）.xlsx", [sh], "openpyxl",
         ["street_file", "correction_full_table", "amount_in_wan_unit_line"], (2025, 12, 15, 9, 0))
    m = "2026-02"
    sh = Sheet("更正")
    sh.put(0, 0, "新华居委会关于2026年2月注册志愿者人数的更正说明")
    sh.put(1, 0, "　　春节期间侨胞返乡参与「金平义工」注册40人，原报漏统，更正如下：")
    sh.row(2, 0, ["项目", "单位", "原报", "更正为"])
    sh.row(3, 0, ["注册志愿者", "人"])
    key = (XH, m, "volunteers")
    val(sh, 3, 2, XH, m, "volunteers", value=W.old[key], role="superseded")
    val(sh, 3, 3, XH, m, "volunteers")
    sh.put(5, 0, "新华居委会　2026年3月6日")
    save("batch2/新华居委会2026年2月志愿者人数更正说明.xlsx", [sh], "xlsxwriter",
         ["community_file", "correction_letter", "old_and_new_columns"], (2026, 3, 6, 10, 0))
    st_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "440511":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "440511"))
    return len(lines)
