"""Bad files, the two batch2 corrections and the registry cut (章贡区 360702)."""
import csv
import gzip
import os

from gz_comm import form_vertical
from gz_core import HERE, W, Sheet, bad, save
from gz_street import minzheng_sep
from gz_world import correct

NATIONAL = "/work/shared/data/admin_divisions"
XJ, NJ = "360702001001", "360702001006"
CORR = [((XJ, "2025-09", "dibao_persons"), 2), ((XJ, "2025-09", "dibao_payout_yuan"), 1200),
        ((NJ, "2025-09", "people_assisted"), 5)]


def plan():
    for key, d in CORR:
        correct(key, W["v"][key] + d)


def bad_files():
    bad("batch1/新建 Microsoft Excel 工作表.xlsx", [Sheet("Sheet1")], "openpyxl",
        "an empty workbook (one blank Sheet1), the default name Windows gives a new file: nothing to load")
    sh = Sheet("Sheet1")
    sh.put(0, 0, "关于报送2026年2月份各类报表的通知")
    sh.put(2, 0, "各居委会：")
    sh.put(3, 0, "　　请于3月5日前将2月份民政、平安、就业、志愿服务等报表报送街道党政办，春节（2月17日）前后走访慰问数据单列。")
    sh.put(5, 0, "解放街道党政办  2026年2月26日")
    bad("batch1/关于报送2026年2月份报表的通知.xls", [sh], "xlwt",
        "a notice from the street office (text only, no table): nothing to load")
    sh = Sheet("x")
    sh.put(0, 0, "江苏省南通市海门区四甲镇健康路居委会2026年1月工作统计")
    sh.row(1, 0, ["项目", "数量"])
    for i, (lab, v) in enumerate([("受理居民诉求", 17), ("调解纠纷", 3), ("文体活动", 5), ("志愿服务人次", 212)]):
        sh.row(2 + i, 0, [lab, v])
    sh.put(7, 0, "联系电话：0513-82xxxxxx")
    bad("batch1/健康路居委会2026年1月工作统计.csv", [sh], "csv-gbk",
        "健康路居委会 of 南通市海门区 (320614105002; title and an 0513 phone say so), not 解放街道健康路居委会 "
        "360702001010: nothing may be loaded")
    bad("batch1/尚书街居委会2026年3月报表.csv", b"",
        None, "a zero-byte file (the upload broke off): nothing to load")


def corrections():
    W["batch"] = "batch2"
    save("batch2/解放街道2025年9月份城市低保情况统计表（更正）.xlsx", [minzheng_sep(suffix="（更正）")], "openpyxl",
         ["street_file", "correction_full_resend", "unit_qianyuan"])
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 4, "南京路居委会2025年9月月报（更正版）——走访帮扶人数漏报5人，以本表为准")
    form_vertical(NJ, "2025-09", sh, r0=2, remarks=False)
    save("batch2/南京路居委会2025年9月月报（更正版）.xlsx", [sh], "xlsxwriter",
         ["community_file", "correction_full_resend", "correction_reason_in_title"])
    W["batch"] = "batch1"


def registry():
    out = os.path.join(HERE, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "360702":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "360702"))
    return len(lines)
