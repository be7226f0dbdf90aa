"""Bad files, the two batch2 corrections and the registry extract (the 喀什市 653101 rows)."""
import csv
import gzip
import io
import os
import zipfile

import ks_core
from ks_core import CODE, HERE, REC, Sheet, save
import ks_comm
import ks_street

NATIONAL = "/work/shared/data/admin_divisions"
QN = "其尼瓦克"
CORR = [((CODE["古扎"], "2025-12", "dibao_persons"), 3), ((CODE["古扎"], "2025-12", "dibao_payout_yuan"), 1779),
        ((CODE["吐曼路"], "2025-12", "dibao_households"), -1),
        ((CODE[QN], "2025-11", "petitions_received"), 2), ((CODE[QN], "2025-11", "dibao_persons"), 2)]


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files():
    # 1. an empty workbook: one sheet, nothing typed
    import openpyxl
    rel = "batch1/尤木拉克协海尔社区2026年1月报表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 4, 1, 9, 0, 0)
    wb.save(os.path.join(HERE, rel))
    ks_core._pin(os.path.join(HERE, rel))
    _bad(rel, "an empty workbook (one blank Sheet1): nothing to load, must be reported", "xlsx")
    # 2. a notice typed into cells, no table, no figures
    sh = Sheet("通知")
    sh.put(0, 0, "关于做好2026年肉孜节期间走访慰问工作的通知")
    sh.put(2, 0, "各社区居委会：")
    sh.put(3, 0, "　　肉孜节将至，请各社区结合“访惠聚”“民族团结一家亲”活动，于3月25日前报送走访慰问情况。")
    sh.put(5, 0, "吾斯塘博依街道党工委办公室　2026年3月10日")
    save("吾斯塘博依街道关于肉孜节走访慰问的通知.xlsx", [sh], "openpyxl", ["bad_file"])
    REC.files.pop()
    _bad("batch1/吾斯塘博依街道关于肉孜节走访慰问的通知.xlsx",
         "a 通知 typed into cells of a workbook: no table and no figures; must be refused or reported", "xlsx")
    # 3. 夏马勒巴格村 of 莎车县米夏镇 (653125108201): same name as this street's 夏马勒巴格村委会 (653101003200)
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "莎车县米夏镇夏马勒巴格村2026年2月工作报表")
    sh.put(1, 0, "填报单位：莎车县米夏镇夏马勒巴格村村民委员会（不是喀什市）")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, u, x) in enumerate([("受理群众诉求", "件", 14), ("调解纠纷", "起", 3), ("实现就业", "人", 22),
                                     ("低保户数", "户", 41), ("低保人数", "人", 96), ("党员人数", "名", 58)]):
        sh.row(3 + i, 0, [i + 1, lab, u, x])
    sh.put(10, 0, "填报人：阿依古丽　电话：0998-8xxxxxx　2026年3月2日")
    save("夏马勒巴格村2026年2月工作报表.xlsx", [sh], "xlsxwriter", ["bad_file"])
    REC.files.pop()
    _bad("batch1/夏马勒巴格村2026年2月工作报表.xlsx",
         "夏马勒巴格村 of 莎车县米夏镇 (653125108201; title and 填报单位 say 莎车县), a namesake of 吾斯塘博依街道's "
         "夏马勒巴格村委会 653101003200 and near-namesake of 夏马勒巴格社区 653101003020: nothing may be loaded", "xlsx")
    # 4. a zero-byte CSV (the upload cut off)
    rel = "batch1/萨合亚社区2026年3月数据.csv"
    open(os.path.join(HERE, rel), "wb").close()
    _bad(rel, "a zero-byte CSV: nothing to load, must be reported", "csv")


def plan(W):
    for key, d in CORR:
        W.correct(key, W.v[key] + d)


def corrections(W):
    ks_core.BATCH[0] = "batch2"
    n = len(REC.cells)
    note = "更正：古扎社区低保人口漏报3人、低保金少报1779元；吐曼路社区低保户多报1户（已停保）。其余社区数据不变。"
    ks_street.s3_dibao(fname="吾斯塘博依街道2025年12月民政低保统计表（更正）.xlsx", writer="openpyxl",
                       role="correction", note=note)
    c, m = QN, "2025-11"
    ks_comm.a_list(c, m, 1, "xlsxwriter", "xlsx", W, role="correction", inds=ks_comm.INDS[c, m],
                   fname="其尼巴格社区2025年11月工作完成情况（更正版）.xlsx", title_extra="（更正版）")
    for t in REC.cells[n:]:
        t["role"] = "correction"
    ks_core.BATCH[0] = "batch1"
    changed = set(W.old)
    for t in REC.cells[:n]:
        if t["key"] in changed and t["file"].startswith("batch1"):
            t["role"] = "superseded"


def registry():
    out = os.path.join(HERE, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "653101":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "653101"))
    return len(lines)
