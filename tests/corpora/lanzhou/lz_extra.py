"""The four bad files, the two batch2 corrections and the registry extract."""
import csv
import gzip
import os

import lz_grid
import lz_writers
from lz_comm_a import zst_sheet
from lz_grid import REC, Sheet
from lz_street_a import dongtai_sheet
from lz_world import CITY
from lz_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _bad(rel, why, sent, data=None, sheets=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if sheets is not None:
        lz_writers._openpyxl(path, sheets)
        lz_writers._fix_zip(path)
    else:
        with open(path, "wb") as f:
            f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


LOGIN = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>城关区网格化服务管理平台</title></head>
<body>
<div class="login-box">
<h3>城关区网格化服务管理平台</h3>
<p class="tip">登录超时，请重新登录。</p>
<form action="/login" method="post">
<input name="username" placeholder="用户名"><input name="password" type="password" placeholder="密码">
<button type="submit">登录</button>
</form>
<p class="footer">技术支持：0931-8826510</p>
</div>
</body>
</html>
"""


def bad_files(W):
    _bad("batch1/张苏滩村社区2026年2月工作报表.xlsx",
         "a file of 0 bytes (the upload was cut off before any byte arrived): not a spreadsheet, must be refused or "
         "reported", (2026, 3, 3, 18, 2), data=b"")
    _bad("batch1/雁南街道网格化平台数据导出_202603.xlsx",
         "an HTML page saved under an .xlsx name: the platform's 「登录超时，请重新登录」 page downloaded instead of the "
         "export; no table, nothing to load, must be refused or reported", (2026, 4, 1, 9, 12), data=LOGIN.encode("utf-8"))
    o = Sheet("2月")
    o.put(0, 0, "义马市东区街道南河社区2026年2月工作报表")
    o.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    for i, (label, unit, v) in enumerate([("受理群众诉求", "件", 37), ("办结群众诉求", "件", 35), ("矛盾纠纷调解", "起", 3),
                                          ("新增就业岗位", "个", 9), ("城镇新增就业", "人", 7), ("低保户数", "户", 26),
                                          ("低保人数", "人", 44), ("走访慰问困难群众", "人", 58), ("志愿服务", "人次", 240)]):
        o.row(2 + i, 0, [i + 1, label, unit, v])
    o.put(12, 0, "报送单位：南河社区居委会（义马市东区街道）　联系电话：0398-5821376　2026年3月4日")
    _bad("batch1/南河社区2026年2月工作报表.xlsx",
         "community of another city: 南河社区居委会 411281007004 (河南省三门峡市义马市东区街道), not 城关区 620102's "
         "南河社区 620102003007 (its title and footer say so); nothing may be loaded", (2026, 3, 4, 10, 40), sheets=[o])
    t = Sheet("填报")
    t.put(0, 0, "雁南街道社区工作月报表")
    t.put(1, 0, "填报单位：大雁滩村社区　　所属月份：2026年1月")
    t.row(2, 0, ["序号", "指标名称", "计量单位", "本月数", "备注"])
    for i, (label, unit) in enumerate([("受理群众诉求", "件"), ("办结群众诉求", "件"), ("矛盾纠纷调解", "起"),
                                       ("新增就业岗位", "个"), ("城镇新增就业", "人"), ("低保户数", "户"), ("低保人数", "人"),
                                       ("走访慰问困难群众", "人"), ("注册志愿者", "人"), ("志愿服务", "人次")]):
        t.row(3 + i, 0, [i + 1, label, unit])
    t.put(14, 0, "填报人：　　　　审核人：　　　　报送日期：")
    _bad("batch1/大雁滩村社区2026年1月工作报表.xlsx",
         "the street's blank template sent back unfilled (names, month and labels, every figure empty): nothing to "
         "load, must be reported", (2026, 2, 5, 8, 55), sheets=[t])


def corrections(W):
    lz_grid.BATCH[0] = "batch2"
    save("batch2/张苏滩社区2025年12月工作报表.xlsm", zst_sheet(W, resent=True), "xlsm",
         ["comm_list", "xlsm_macro_enabled", "correction_same_file_name", "correction_full_resend", "street_template",
          "check_column", "cell_fill", "xlsm_openpyxl"], (2026, 1, 8, 16, 20))
    save("batch2/雁南街道城市低保动态管理月报表（2025年11月）（更正）.xlsx", [dongtai_sheet(W, "2025-11", corrected=True)],
         "openpyxl", ["street_rows", "correction_full_resend", "correction_cells_highlighted",
                      "dynamic_stock_prev_add_stop_end", "yen_amount_text", "names_reg", "xlsx_openpyxl"],
         (2025, 12, 10, 11, 0))
    lz_grid.BATCH[0] = "batch1"


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
