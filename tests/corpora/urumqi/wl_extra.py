"""The four bad files, the two batch2 corrections and the registry extract (天山区)."""
import csv
import gzip
import os

import wl_grid
from wl_comm_b import hudong_sheet
from wl_grid import REC, Sheet
from wl_street_a import relief_2601
from wl_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _listed_bad(rel, why):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


def _bad_sheet(rel, sheets, writer, why, sent):
    save(rel, sheets, writer, ["bad_file"], sent)
    REC.files.pop()
    _listed_bad(rel, why)


def bad_files(W):
    s = Sheet("Sheet1")
    s.put(0, 0, "幸福路街道2026年3月社区工作数据")
    _bad_sheet("batch1/幸福路街道2026年3月社区工作数据.xlsx", [s], "openpyxl",
               "an empty workbook: only the title line, no table (the clerk saved before pasting); nothing to load",
               (2026, 4, 3, 8, 50))
    s = Sheet("通知")
    for i, line in enumerate(["关于报送2026年4月份社区工作数据的通知", "各社区：",
                              "请于2026年5月5日前将4月份民情诉求、就业、低保、平安建设等数据报街道党建办，",
                              "“访惠聚”工作队入户走访数据请一并报送。逾期未报的在网格化考核中扣分。",
                              "联系人：马军  0991-2813467", "幸福路街道党建办", "2026年4月28日"]):
        s.put(i, 0, line)
    _bad_sheet("batch1/关于报送2026年4月份社区工作数据的通知.xls", [s], "xlwt",
               "a notice only (text lines, no table): nothing to load, must be reported", (2026, 4, 28, 15, 0))
    s = Sheet("3月")
    s.put(0, 0, "苏州市吴江区江陵街道湖东社区2026年3月工作月报")
    s.put(1, 0, "填报单位：江陵街道湖东社区居委会")
    s.row(2, 0, ["序号", "项目", "单位", "数量"])
    for i, (a, b, c) in enumerate([("受理诉求", "件", 57), ("办结", "件", 55), ("调解纠纷", "起", 4),
                                   ("新增就业岗位", "个", 12), ("实现就业", "人", 9), ("低保户数", "户", 21),
                                   ("低保人数", "人", 30), ("注册志愿者", "人", 860), ("常住人口", "人", 9120)]):
        s.row(3 + i, 0, [i + 1, a, b, c])
    s.put(13, 0, "报送日期：2026年4月3日  联系电话：0512-63421875")
    _bad_sheet("batch1/湖东社区2026年3月工作月报.xlsx", [s], "openpyxl",
               "community of another city: 湖东社区居委会 320509004005 (江苏省苏州市吴江区江陵街道), not our 湖东 "
               "650102009011; nothing may be loaded", (2026, 4, 3, 10, 0))
    rel = "batch1/幸福集社区2026年4月工作资料.xls"
    path = os.path.join(ROOT, rel)
    with open(path, "wb") as f:
        f.write(b"Rar!\x1a\x07\x00" + bytes((i * 37 + 11) % 256 for i in range(2048)))
    touch(path, (2026, 5, 5, 12, 0))
    _listed_bad(rel, "a RAR archive named .xls (the clerk compressed the April photos and tables): not a "
                     "spreadsheet; must be refused or reported")


def corrections(W):
    wl_grid.BATCH[0] = "batch2"
    save("batch2/湖东社区2026年2月工作报表（更正）.xls", [hudong_sheet(W, corrected=True)], "xlwt",
         ["community_file", "xls_xlwt", "correction_full_resend", "title_month_full", "item_list", "about_value",
          "households_persons_one_cell", "correction_note_numbers"], (2026, 3, 12, 10, 30))
    relief_2601(W, "batch2", "batch2/幸福路街道2026年1月社会救助统计（修订）.xlsx")
    wl_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "650102":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "650102"))
    return len(lines)
