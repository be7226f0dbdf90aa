"""团工委 volunteer register, the four bad files, the two batch2 corrections and the registry cut (532901)."""
import csv
import gzip
import os

from dl_core import (ROOT, NATIONAL, UNITS, MONTHS, CELLS, BAD, FILES, Sheet, record, save, _normalize)
from dl_comm import kv_form, village_file


def volunteers(W):
    """街道团工委: units ACROSS the columns (short names, two header rows 社区/村), months down, 大写 month words."""
    rel = "batch1/太和街道团工委“洱海卫士”注册志愿者月末人数（2025.9-2026.3）.xlsx"
    sh = Sheet("注册志愿者")
    sh.merge(0, 0, 0, 14, "太和街道“洱海卫士”志愿服务队注册志愿者月末人数（单位：人）")
    sh.merge(1, 1, 1, 9, "社区")
    sh.merge(1, 10, 1, 14, "村")
    sh.put(2, 0, "月份")
    for j, (code, name) in enumerate(UNITS):
        sh.put(2, 1 + j, name.replace("社区", "").replace("村委会", ""))
    for i, m in enumerate(MONTHS):
        r = 3 + i
        y, mm = m.split("-")
        sh.put(r, 0, f"{y[2:]}年{int(mm)}月末")
        for j, (code, name) in enumerate(UNITS):
            val = W[(code, m)]["volunteers"]
            sh.put(r, 1 + j, val)
            record(rel, sh.name, r, 1 + j, code, m, "volunteers", val, str(val))
    sh.put(11, 0, "数据来源：志愿云平台导出，村委会含白族调（大本曲）文艺志愿者。")
    save(rel, [sh], "xlsxwriter", ["street_file", "units_across_columns", "group_header_row_shequ_cun",
                                    "names_without_suffix", "two_digit_year_month_end_rows", "unit_in_title"])


def bad_files():
    rel = "batch1/~$兴国社区2025年11月工作报表.xlsx"
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(("太和街道".ljust(54)).encode("utf-16-le")[:110] + b"\x00" * 55)
    FILES.append(dict(file=rel, format="xlsx", writer="raw", features="bad_file;lock_file"))
    BAD.append(dict(file=rel, why="a 165-byte owner (lock) file 「~$…」 left by WPS/Excel; not a spreadsheet: refuse or report"))

    rel = "batch1/榆华社区2026年2月报表.xlsx"
    save(rel, [_blank()], "openpyxl", ["bad_file", "empty_workbook"])
    BAD.append(dict(file=rel, why="an empty workbook (one blank sheet): the clerk saved before filling it; no figures"))

    rel = "batch1/太和街道关于报送2026年1月报表的通知.xlsx"
    sh = Sheet("通知")
    lines = ["各社区居委会、村委会：", "因春节及三月街筹备，2026年1月报表报送时间顺延至2月10日。",
             "请各单位按新版表样填报，逾期不报的在党建考核中扣分。", "太和街道党政综合办", "2026年2月3日"]
    for i, t in enumerate(lines):
        sh.put(i, 0, t)
    save(rel, [sh], "openpyxl", ["bad_file", "notice_no_table"])
    BAD.append(dict(file=rel, why="a notice (通知) typed into a workbook: text lines only, no table and no figures"))

    foreign = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            if row[2] == "110102016":
                foreign.append(row[1])
    rel = "batch1/龙泉社区2025年11月报表（转发）.xlsx"
    sh = Sheet("11月")
    sh.put(0, 0, "西城区2025年11月社区工作统计")
    sh.put(1, 0, "社区")
    sh.put(1, 1, "常住户数")
    sh.put(1, 2, "党员人数")
    for i, n in enumerate(foreign[:6]):
        sh.put(2 + i, 0, n)
        sh.put(2 + i, 1, 1500 + 37 * i)
        sh.put(2 + i, 2, 120 + 5 * i)
    save(rel, [sh], "openpyxl", ["bad_file", "foreign_namesake_communities"])
    BAD.append(dict(file=rel, why="forwarded by mistake: the communities (龙泉社区居委会 etc.) are 北京市西城区 (street 110102016), "
                                  "namesakes of 太和街道's 龙泉社区; nothing may load onto 532901004007"))


def _blank():
    sh = Sheet("Sheet1")
    return sh


def corrections(W):
    rel = "batch2/兴国社区2025年10月工作报表（更正）.xlsx"
    code = "532901004002"
    ch = {"volunteer_person_times": W[(code, "2025-10")]["volunteer_person_times"] + 30,
          "petitions_resolved": W[(code, "2025-10")]["petitions_resolved"] - 1}
    sh, feats = kv_form(W, "兴国社区", "2025-10", rel, "openpyxl", None, role="correction", changed=ch,
                        title_extra="（更正）")
    save(rel, [sh], "openpyxl", feats + ["correction_full_resend", "correction_in_title_and_name"])
    _settle(rel, "batch1/兴国社区2025年10月工作报表.xlsx", {(code, k) for k in ch})
    rel = "batch2/太和街道村委会2025年12月工作统计（更正版）.xlsx"
    ch = {("洱滨村", "residents"): W[("532901004206", "2025-12")]["residents"] + 40,
          ("大庄村", "cultural_activities"): W[("532901004208", "2025-12")]["cultural_activities"] + 2}
    village_file(W, "2025-12", rel, role="correction", changed=ch, title="（更正版）",
                 feats_extra=["correction_full_resend", "correction_in_title_and_name"])
    _settle(rel, "batch1/太和街道村委会2025年12月工作统计.xlsx",
            {("532901004206", "residents"), ("532901004208", "cultural_activities")})


def _settle(new, old, changed):
    for c in CELLS:
        key = (c["community_code"], c["indicator_code"])
        if c["file"] == new and key not in changed:
            c["role"] = "duplicate"
        if c["file"] == old and key in changed:
            c["role"] = "superseded"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "532901":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "532901"))
    return len(lines)
