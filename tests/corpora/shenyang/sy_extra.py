"""The four bad files, the two batch2 corrections and the registry extract (cut as the 郑州 / 苏州 generators do)."""
import csv
import gzip
import os

import sy_grid
import sy_writers
from sy_comm_b import datiandi_sheet
from sy_grid import REC, Sheet
from sy_street_b import safety_sheet
from sy_world import BY_SHORT, CITY
from sy_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def plan(W):
    """The corrections, decided before any file is written (batch1 cells of these keys hold the first value)."""
    B = BY_SHORT
    # batch2 工人村街道2026年3月平安建设工作月报（更正）: 泰山 巡逻队员 had February's figure, 西站 two new 信息员 left out,
    # 中海 治安案件 counted a case filed at the end of February
    k = (B["泰山"], "2026-03", "patrol_members")
    feb = W.v[(B["泰山"], "2026-02", "patrol_members")]
    if W.v[k] == feb:
        W.v[k] = feb + 3
    W.old[k] = feb
    k = (B["西站"], "2026-03", "informants")
    W.old[k] = W.v[k] - 2
    k = (B["中海"], "2026-03", "security_cases")
    W.old[k] = W.v[k] + 1
    # batch2 大天地社区2026年2月工作月报（第二版）: five 12345 转办件 and twelve 走访 added, 志愿服务 from the platform
    d = B["大天地"]
    W.correct((d, "2026-02", "petitions_received"), W.v[(d, "2026-02", "petitions_received")] + 5)
    W.correct((d, "2026-02", "people_assisted"), W.v[(d, "2026-02", "people_assisted")] + 12)
    W.correct((d, "2026-02", "volunteer_person_times"), 230)


def _bad(rel, why, sent, data=None, sheets=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if sheets is not None:
        sy_writers._openpyxl(path, sheets)
        sy_writers._fix_zip(path)
    else:
        with open(path, "wb") as f:
            f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


EXPIRED = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>盛事通 - 提示</title>
<style>body{font-family:"Microsoft YaHei";background:#f5f6f8}.box{margin:120px auto;width:420px;text-align:center}</style>
</head>
<body>
<div class="box">
<h3>登录已过期</h3>
<p>您的会话已超时（30分钟未操作），请重新登录后再导出数据。</p>
<p><a href="/login?redirect=/report/export">重新登录</a></p>
<p style="color:#999">错误代码：SESSION_EXPIRED　2026-03-03 16:41:07</p>
</div>
</body>
</html>
"""


def bad_files(W):
    o = Sheet("2月")
    o.merge(0, 0, 0, 4, "沈阳市大东区上园街道新华社区2026年2月工作报表")
    o.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    for i, (label, unit, v) in enumerate([("受理居民诉求", "件", 47), ("办结居民诉求", "件", 45), ("调解矛盾纠纷", "起", 3),
                                          ("城镇新增就业", "人", 14), ("低保户数", "户", 52), ("低保人数", "人", 83),
                                          ("走访慰问困难群众", "人", 66), ("志愿服务", "人次", 180),
                                          ("注册志愿者", "人", 1215), ("治安案件", "起", 1)]):
        o.row(2 + i, 0, [i + 1, label, unit, v])
    o.put(13, 0, "填报单位：大东区上园街道新华社区居委会　联系电话：024-24315876　2026年3月3日")
    _bad("batch1/新华社区2026年2月工作报表.xlsx",
         "community of another district of the same city: 新华社区 210104017007 (沈阳市大东区上园街道), not 铁西区 210106's "
         "新华社区 210106003010; the title and the footer say 大东区上园街道; nothing may be loaded", (2026, 3, 3, 15, 20),
         sheets=[o])
    _bad("batch1/盛事通数据导出_工人村街道_202602.xls",
         "an HTML page saved as .xls: the platform's 「登录已过期」 error page (the export was clicked after the session "
         "timed out), no table; must be refused or reported", (2026, 3, 3, 16, 42), data=EXPIRED.encode("utf-8"))
    _bad("batch1/劳模社区2026年3月报表.xlsx",
         "an empty file (0 bytes: a transfer that failed); must be refused or reported", (2026, 4, 2, 17, 30), data=b"")
    t = Sheet("Sheet1")
    t.merge(0, 0, 0, 4, "仙女湖社区2026年2月工作报表")
    t.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    for i, (label, unit) in enumerate([("受理居民诉求", "件"), ("办结居民诉求", "件"), ("调解矛盾纠纷", "起"),
                                       ("城镇新增就业", "人"), ("走访慰问困难群众", "人"), ("发放慰问物资", "件"),
                                       ("文体活动", "场"), ("志愿服务", "人次"), ("注册志愿者", "人"), ("治安案件", "起")]):
        t.row(2 + i, 0, [i + 1, label, unit])
    t.put(13, 0, "填报人：　　　　联系电话：　　　　报送日期：")
    _bad("batch1/仙女湖社区2026年2月报表.xlsx",
         "the blank template sent back unfilled (title, items and units, not one figure): nothing to load, must be "
         "refused or reported", (2026, 3, 4, 8, 50), sheets=[t])


def corrections(W):
    sy_grid.BATCH[0] = "batch2"
    save("batch2/工人村街道2026年3月平安建设工作月报（更正）.xlsx", [safety_sheet(W, corrected=True)], "openpyxl",
         ["street_rows", "transposed_table_below", "correction_full_resend", "correction_change_column", "xlsx_openpyxl"],
         (2026, 4, 10, 14, 15))
    save("batch2/大天地社区2026年2月工作月报（第二版）.xlsx", [datiandi_sheet(W, corrected=True)], "openpyxl",
         ["comm_list", "correction_full_resend", "correction_named_second_version", "value_with_second_line_in_cell",
          "xlsx_openpyxl"], (2026, 3, 10, 9, 5))
    sy_grid.BATCH[0] = "batch1"


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
