"""Bad files, batch2 corrections and the registry cut of the 路北区·文化路街道 corpus."""
import csv
import gzip
import os

from ts_gen import COMM, MZ, REC
from ts_io import HERE, Sheet, save

NATIONAL = "/work/shared/data/admin_divisions"
AREA = "130203"
# (key, new value): the 社会事务办 re-sent December; 煤医里 re-sent two February rows
CORR_MZ = {("130203002008", "2025-12", "dibao_persons"): 1, ("130203002008", "2025-12", "dibao_payout_yuan"): 760,
           ("130203002016", "2025-12", "dibao_households"): -1}
CORR_MY = {("130203002005", "2026-02", "petitions_resolved"): -2, ("130203002005", "2026-02", "disputes_mediated"): 1}


def _bad(rel, fmt, why):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    sh = Sheet("通知")
    sh.put(0, 0, "关于开展2026年3月“学雷锋·唐山好人”志愿服务月活动的通知")
    sh.put(2, 0, "各社区居委会：")
    sh.put(3, 0, "为弘扬抗震精神，街道定于3月5日在大城山公园开展集中志愿服务，请各社区于3月3日前报送参加人员名单。")
    sh.put(5, 0, "文化路街道党工委  2026年3月1日")
    rel = "batch1/文化路街道2026年3月学雷锋志愿服务活动通知.xlsx"
    save(rel, "openpyxl", [sh])
    _bad(rel, "xlsx", "a notice (通知) typed into a workbook: sentences only, no table and no figures to load")
    rel = "batch1/机场路南楼社区2026年2月月报.xlsx"
    save(rel, "xlsxwriter", [Sheet("Sheet1")])
    _bad(rel, "xlsx", "an empty workbook (one blank Sheet1): the clerk saved before filling it; nothing to load")
    sh = Sheet("Sheet1")
    sh.put(0, 0, "西城区展览路街道新华里社区2025年12月工作统计")
    sh.put(1, 0, "填报单位：北京市西城区展览路街道新华里社区居委会   电话：010-6615xxxx")
    sh.row(2, 0, ["项目", "本月"])
    for j, (lab, v) in enumerate([("接诉（件）", 23), ("办结（件）", 22), ("调解纠纷（起）", 3), ("注册志愿者（人）", 412)]):
        sh.row(3 + j, 0, [lab, v])
    rel = "batch1/新华里社区2025年12月工作统计.xlsx"
    save(rel, "openpyxl", [sh])
    _bad(rel, "xlsx", "新华里社区 of 北京市西城区展览路街道 (110102009016; title and 填报单位 say so, 010 phone), not 文化路街道"
                      "新华里社区 130203002007: nothing may be loaded")
    rel = "batch1/文化路街道2025年12月供暖诉求台账.xls"
    with open(os.path.join(HERE, rel), "wb") as f:
        f.write("【微信群聊记录】\n张姐：华岩东里3号楼暖气不热，今儿个又来人问了\n王主任：中，明儿个找热力公司\n".encode("utf-8"))
    _bad(rel, "xls", "a WeChat chat log (plain UTF-8 text) saved under an .xls name: not a workbook, no table")


def corrections(W):
    y, mm = 2025, 12
    m = "2025-12"
    for k, d in CORR_MZ.items():
        W.old[k] = W.v[k]
        W.v[k] += d
    rel = f"batch2/文化路街道社会事务办{y}年{mm}月城市低保月报（更正）.xlsx"
    sh = Sheet("12月低保更正")
    sh.put(0, 0, f"文化路街道{y}年{mm}月低保数据（更正版，以此为准，原表作废）")
    sh.row(1, 0, ["社区", "低保户数", "低保人数", "低保金(元)", "更正说明"])
    for j, (code, name) in enumerate(COMM):
        sh.put(2 + j, 0, name)
        for c, ind in enumerate(MZ):
            v = W.v[(code, m, ind)]
            REC.t((code, m, ind), v, rel, sh.name, sh.put(2 + j, 1 + c, v), v, "correction")
        if any(k[0] == code for k in CORR_MZ):
            sh.put(2 + j, 4, "原报数有误，已更正")
    save(rel, "openpyxl", [sh])
    REC.files.append(dict(file=rel, format="xlsx", writer="openpyxl", features="correction_full_resend;gengzheng_in_name_and_title"))
    m = "2026-02"
    for k, d in CORR_MY.items():
        W.old[k] = W.v[k]
        W.v[k] += d
    rel = "batch2/煤医里社区2026年2月工作量化表_更正版.csv"
    sh = Sheet("csv")
    sh.put(0, 0, "煤医里社区2026年2月更正（只报更正项）")
    sh.row(1, 0, ["项目", "原报", "更正为"])
    labs = {"petitions_resolved": "办结（件）", "disputes_mediated": "调解纠纷（起）"}
    for j, (k, d) in enumerate(CORR_MY.items()):
        sh.row(2 + j, 0, [labs[k[2]], W.old[k]])
        REC.t(k, W.v[k], rel, sh.name, sh.put(2 + j, 2, W.v[k]), W.v[k], "correction")
    save(rel, "csv-utf8", [sh])
    REC.files.append(dict(file=rel, format="csv", writer="csv-utf8", features="correction_partial_rows;old_and_new_columns"))


def registry():
    out = os.path.join(HERE, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == AREA:
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == AREA))
    return len(lines)
