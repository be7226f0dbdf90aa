"""The bad files, the two batch2 corrections and the registry extract (the 鹿城区 rows)."""
import csv
import gzip
import os

import wz_grid
from wz_comm import foot, vertical
from wz_grid import REC, Sheet, val
from wz_writers import ROOT, save

NATIONAL = "/work/shared/data/admin_divisions"
CITY = "330302"


def plan(W):
    c = W.code
    W.correct((c["桂柑"], "2025-10", "dibao_payout_yuan"), W.v[(c["桂柑"], "2025-10", "dibao_payout_yuan")] + 950)
    W.correct((c["桂柑"], "2025-10", "dibao_persons"), W.v[(c["桂柑"], "2025-10", "dibao_persons")] + 1)
    W.correct((c["半腰桥"], "2025-10", "dibao_payout_yuan"), W.v[(c["半腰桥"], "2025-10", "dibao_payout_yuan")] - 300)
    W.correct((c["水心"], "2026-01", "petitions_received"), W.v[(c["水心"], "2026-01", "petitions_received")] + 4)
    W.correct((c["水心"], "2026-01", "volunteer_person_times"),
              W.v[(c["水心"], "2026-01", "volunteer_person_times")] + 60)


def corrections(W):
    wz_grid.BATCH[0] = "batch2"
    # street: the 低保 明细 of October again, two rows only, 更正 in name and title
    sh, m = Sheet("更正"), "2025-10"
    sh.merge(0, 0, 0, 4, "松台街道2025年10月低保金发放明细（更正）")
    sh.put(1, 0, "因桂柑社区新增1人（10月中旬审批）漏录、半腰桥社区多计300元，现更正如下，其余社区不变。")
    sh.row(2, 0, ["社区", "保障户数（户）", "保障人数（人）", "发放金额（元）", "更正说明"])
    for r, name, note in ((3, "桂柑", "人数+1，金额+950"), (4, "半腰桥", "金额-300")):
        code = W.code[name]
        sh.put(r, 0, name)
        val(sh, r, 1, code, m, "dibao_households")
        val(sh, r, 2, code, m, "dibao_persons")
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        sh.put(r, 4, note)
    sh.put(6, 0, "社会事务科  2025年11月14日")
    save("batch2/松台街道2025年10月低保金发放明细（更正）.xlsx", [sh], "openpyxl",
         ["更正 in name and title", "two rows only"], (2025, 11, 14))
    # community: 水心 January again, whole, 修订版 以此为准
    sh, r = vertical(W, "水心", "2026-01", "水心社区2026年1月工作报表（修订版，以此为准）", variant=1,
                     notes={"petitions_received": "补录春节前“温州12345”转办4件",
                            "volunteer_person_times": "补录“瓯江红”护学岗60人次"})
    foot(sh, r, "水心", "2026年2月10日")
    save("batch2/水心社区2026年1月工作报表（修订版）.xlsx", [sh], "openpyxl",
         ["修订版 以此为准 in name and title", "whole resend"], (2026, 2, 10))
    wz_grid.BATCH[0] = "batch1"


def _bad(rel, why, fmt):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    import wz_writers
    # 1 an empty workbook (one blank sheet)
    save("batch1/松台街道2026年1月报表（空）.xlsx", [Sheet("Sheet1")], "openpyxl", [], (2026, 2, 1))
    REC.files.pop()
    _bad("batch1/松台街道2026年1月报表（空）.xlsx", "empty workbook: one blank sheet", "xlsx")
    # 2 a notice, no table
    sh = Sheet("通知")
    for i, t in enumerate(["关于报送2026年2月份社区工作数据的通知", "各社区：",
                           "请于3月5日前将2月份各条线数据报送至街道党政办邮箱，逾期视为未报。",
                           "春节期间数据请注明“节日值班”。", "松台街道党政办", "2026年2月26日"]):
        sh.put(i, 0, t)
    save("batch1/关于报送2月份数据的通知.xlsx", [sh], "openpyxl", [], (2026, 2, 26))
    REC.files.pop()
    _bad("batch1/关于报送2月份数据的通知.xlsx", "a notice with no table and no figures", "xlsx")
    # 3 瑞安市玉海街道水心社区: same name, same city 温州, another county-level city (330381002052)
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "瑞安市玉海街道水心社区2025年12月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    for i, (lab, u, v) in enumerate([("受理群众诉求", "件", 37), ("办结诉求", "件", 35), ("低保户", "户", 12),
                                     ("低保对象", "人", 19), ("志愿服务", "人次", 210)]):
        sh.row(2 + i, 0, [lab, u, v])
    sh.put(8, 0, "填报单位：瑞安市玉海街道水心社区居民委员会")
    save("batch1/水心社区2025年12月工作报表.xlsx", [sh], "openpyxl", [], (2026, 1, 6))
    REC.files.pop()
    _bad("batch1/水心社区2025年12月工作报表.xlsx",
         "瑞安市玉海街道水心社区 (330381002052): same name as 松台's 水心, another county-level city of 温州; "
         "only the title and 填报单位 say so", "xlsx")
    # 4 the template sent back with headers and no figures
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "松台街道社区月报表（模板）")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    for i, lab in enumerate(["受理群众诉求", "办结诉求", "调处矛盾纠纷", "新开发岗位"]):
        sh.row(2 + i, 0, [lab, "件"])
    sh.put(7, 0, "社区名称：            填报日期：    年  月  日")
    save("batch1/社区月报表模板.xls", [sh], "xlwt", [], (2025, 9, 1))
    REC.files.pop()
    _bad("batch1/社区月报表模板.xls", "the blank template: headers, no community, no month, no figures", "xls")
    _ = wz_writers


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
