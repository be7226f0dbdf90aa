"""The five bad files, the two batch2 corrections and the registry extract (the 福田区 rows)."""
import csv
import gzip
import os

import openpyxl

import ft_grid
from ft_comm_b import funan_dec
from ft_grid import REC, Sheet
from ft_street_b import SYS_HEAD, system_rows
from ft_world import BY_SHORT
from ft_writers import ROOT, STAMP, _fix_zip, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
FH, FS, GX, FN = BY_SHORT["福华"], BY_SHORT["福山"], BY_SHORT["岗厦"], BY_SHORT["福南"]
DEC = "2025-12"


def plan(W):
    """The corrections: the system's December re-export (late 办结 after 回访 for two communities, a duplicate work
    order of a third merged) and 福南's 修改版 (文体活动 +2, 实现就业 −3). The communities are the first of a fixed
    order whose figures allow the change (办结 never above 受理)."""
    gap = {c: W.v[(c, DEC, "petitions_received")] - W.v[(c, DEC, "petitions_resolved")] for c in BY_SHORT.values()}
    late = [c for c in (FH, FS, BY_SHORT["海滨"], BY_SHORT["福民"]) if gap[c] >= 2][:2]
    dup = [c for c in (GX, BY_SHORT["水围"], BY_SHORT["渔农"]) if gap[c] >= 1][0]
    PLAN[:] = [((late[0], DEC, "petitions_resolved"), min(3, gap[late[0]])),
               ((late[1], DEC, "petitions_resolved"), min(2, gap[late[1]])),
               ((dup, DEC, "petitions_received"), -1), ((FN, DEC, "cultural_activities"), 2),
               ((FN, DEC, "people_employed"), -3)]
    for key, d in PLAN:
        W.correct(key, W.v[key] + d)
    for code in BY_SHORT.values():
        assert W.v[(code, DEC, "petitions_resolved")] <= W.v[(code, DEC, "petitions_received")], code


PLAN = []


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    path = os.path.join(ROOT, rel)
    with open(path, "wb") as f:
        f.write(data)
    touch(path, sent)


def _pdf():
    """A one-page PDF (the stamped scan's wrapper; the page carries no text layer)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"]
    stream = b"0.9 g 40 40 515 762 re f"
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % x for x in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (CamScanner) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def bad_files(W):
    # 1. 龙华区大浪街道水围社区 (440309004006): the same name in the same city, another district
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "龙华区大浪街道水围社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：深圳市龙华区大浪街道水围社区工作站")
    sh.row(2, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理民生诉求", "件", 57), ("办结", "件", 55), ("调解纠纷", "起", 4),
                                        ("新增就业岗位", "个", 31), ("实现就业", "人", 19), ("低保户数", "户", 6),
                                        ("注册义工", "人", 1388), ("义工服务", "人次", 512)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：钟　电话：0755-28150376　2026年2月5日")
    rel = "batch1/水围社区2026年1月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 2, 5, 15, 40))
    REC.files.pop()
    _bad_entry(rel, "水围社区 of 深圳市龙华区大浪街道 (440309004006: title, 填报单位 and a 0755-28 phone say so), not 福田街道"
                    "水围社区 440304004028; same city, another district, outside the 福田区 registry: nothing may be loaded",
               "xlsx")
    # 2. an empty workbook: a new file saved without anything typed
    rel = "batch1/福民社区2026年2月工作报表.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.creator = "FTJD"
    wb.properties.created = wb.properties.modified = STAMP
    wb.save(os.path.join(ROOT, rel))
    _fix_zip(os.path.join(ROOT, rel))
    touch(os.path.join(ROOT, rel), (2026, 3, 4, 9, 30))
    _bad_entry(rel, "an empty workbook (one sheet 「Sheet」, no cell): nothing to load; must be reported", "xlsx")
    # 3. the stamped scan as PDF beside the good xlsx of the same return
    rel = "batch1/皇岗社区2026年3月工作报表（盖章扫描件）.pdf"
    _raw(rel, _pdf(), (2026, 4, 2, 16, 25))
    _bad_entry(rel, "a PDF (the stamped scan of 皇岗社区2026年3月工作报表.xlsx): not a spreadsheet; must be refused or "
                    "reported, nothing loaded", "pdf")
    # 4. a return of only blanks: the template sent back unfilled over 春节
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 3, "圩镇社区2026年2月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit) in enumerate([("受理民生诉求", "件"), ("办结", "件"), ("调解矛盾纠纷", "起"), ("新增就业岗位", "个"),
                                     ("实现就业", "人"), ("走访慰问困难群众", "人"), ("文体活动", "场"),
                                     ("义工服务", "人次")]):
        sh.row(2 + i, 0, [i + 1, lab, unit])
    sh.put(11, 0, "填报人：　　　　联系电话：　　　　报送日期：")
    rel = "batch1/圩镇社区2026年2月工作报表.xls"
    save(rel, [sh], "xlwt", ["bad_file"], (2026, 3, 3, 8, 50))
    REC.files.pop()
    _bad_entry(rel, "the 2月 template sent back with every value cell blank (labels and units only): a return of only "
                    "blanks, nothing to load; must be reported", "xls")
    # 5. a 0-byte file: the WeChat download that failed
    rel = "batch1/口岸社区2026年3月工作报表.xlsx"
    _raw(rel, b"", (2026, 4, 3, 10, 5))
    _bad_entry(rel, "0 bytes (the WeChat transfer failed): not a spreadsheet; must be refused or reported", "xlsx")


def corrections(W):
    ft_grid.BATCH[0] = "batch2"
    sh = Sheet("csv")
    sh.row(0, 0, SYS_HEAD)
    system_rows(W, sh, 1, [DEC])
    save("batch2/福田区民生诉求系统_福田街道_社区办理统计_202512_重新导出.csv", [sh], "csv-export",
         ["street_file", "system_export", "csv_utf8_bom", "excel_text_formula_cells", "correction_whole_month",
          "unchanged_rows_resent"], (2026, 1, 20, 10, 0))
    note = ("修改说明：12月文体活动漏报“深圳马拉松”观赛活动2场；实现就业误将1月预登记3人计入，已核减。其余数据不变，"
            "以本版为准。")
    save("batch2/福南社区2025年12月工作报表（修改版）.xlsx", [funan_dec(W, note=note)], "openpyxl",
         ["community_file", "units_in_number_format_only", "month_and_ytd_columns", "correction_whole_report"],
         (2026, 1, 9, 15, 20))
    ft_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "440304":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "440304"))
    return len(lines)
