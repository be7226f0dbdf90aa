"""The four bad files, the two batch2 corrections and the registry extract (cut as the 郑州 corpus's generator does)."""
import csv
import gzip
import io
import os
import struct
import zipfile
import zlib

import nj_grid
from nj_comm2 import huayuan_sheet
from nj_grid import REC, Sheet, val
from nj_street2 import instructions
from nj_world import BY_SHORT
from nj_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
CORRECTIONS = [((BY_SHORT["凤凰花园"], "2026-01", "petitions_resolved"), -2),
               ((BY_SHORT["凤凰花园"], "2026-01", "people_assisted"), 9),
               ((BY_SHORT["华阳佳园"], "2025-10", "dibao_payout_yuan"), 1100),
               ((BY_SHORT["白云园"], "2026-01", "patrol_members"), 6)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def docx_bytes():
    """A minimal Word document (工作总结): a zip, but no workbook inside."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text)
        add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        add("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>莫愁新寓社区2025年工作总结：全年受理居民诉求400余件，办结率98%以上。</w:t></w:r></w:p></w:body></w:document>')
    return buf.getvalue()


def png_bytes(w=64, h=48):
    """A grey photo-like PNG (a phone picture of a paper form)."""
    raw = b"".join(b"\x00" + bytes((x * 3 + y * 5) % 256 for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def bad_files(W):
    rel = "batch1/莫愁新寓社区2025年工作总结及12月报表.xlsx"
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(docx_bytes())
    touch(os.path.join(ROOT, rel), (2026, 1, 6, 9, 5))
    _bad_entry(rel, "a Word document (.docx: 工作总结 prose) renamed .xlsx: a zip with no workbook; must be refused or reported", "xlsx")

    rel = "batch1/华阳佳园社区3月报表（拍照）.xls"
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(png_bytes())
    touch(os.path.join(ROOT, rel), (2026, 4, 3, 20, 10))
    _bad_entry(rel, "a PNG picture (a phone photo of the paper form) named .xls: not a spreadsheet; must be refused or reported", "xls")

    ins = instructions(
        ["1. 本表为凤凰街道社区月度工作统计表，各社区每月5日前报社区建设科。",
         "2. “本月数”填当月发生数；人数类（党员、志愿者、巡逻队员等）填月末在册数。",
         "3. 数字请填阿拉伯数字，不加单位，没有的填0。",
         "4. 下面示例中的数字仅说明填法，填报时请删除或勿改动本页。"],
        ["指标", "单位", "本月数", "备注"],
        [["受理居民诉求", "件", 35, "示例"], ["诉求办结", "件", 33, "示例"], ["在册党员", "名", 210, "示例"],
         ["注册志愿者", "人", 1200, "示例"]])
    sh = Sheet("月报表")
    sh.merge(0, 0, 0, 4, "凤凰街道白云园社区2026年3月工作统计表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月数", "备注"])
    for i, (lab, u) in enumerate([("受理居民诉求", "件"), ("诉求办结", "件"), ("矛盾纠纷调解成功", "起"),
                                  ("城镇新增就业", "人"), ("在册党员", "名"), ("注册志愿者", "人")]):
        sh.row(2 + i, 0, [i + 1, lab, u])
    rel = "batch1/白云园社区2026年3月工作统计表.xlsx"
    save(rel, [ins, sh], "openpyxl", ["bad_file"], (2026, 4, 3, 17, 30))
    REC.files.pop()
    _bad_entry(rel, "the street's blank template sent back unfilled: only the 填报说明 sheet's example numbers (35, 33, 210, "
                    "1200 — not 白云园's figures) and an empty 本月数 column; nothing may be loaded, must be reported", "xlsx")

    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "凤凰路街道凤凰街社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：西安市阎良区凤凰路街道凤凰街社区居委会")
    sh.row(2, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 31), ("诉求办结", "件", 30), ("矛盾纠纷调解成功", "起", 2),
                                        ("低保户数", "户", 17), ("低保人数", "人", 26), ("注册志愿者", "人", 742),
                                        ("在册党员", "名", 158), ("常住人口", "人", 6430)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：杨帆　电话：029-86851234　2026年4月2日")
    rel = "batch1/凤凰街社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 2, 10, 0))
    REC.files.pop()
    _bad_entry(rel, "community of another city with our community's name: 凤凰街社区居委会 610114001001 (陕西省西安市阎良区"
                    "凤凰路街道 — and 凤凰路街道 is itself near 凤凰街道), not 鼓楼区凤凰街道凤凰街社区 320106007007; "
                    "nothing may be loaded", "xlsx")


def corrections(W):
    nj_grid.BATCH[0] = "batch2"
    note = "更正说明：1月诉求办结数多计2件（未回访），春节前走访慰问漏报网格员入户慰问9人，现更正，以本表为准。钱晓燕 2026年2月12日"
    save("batch2/凤凰花园社区2026年1月工作数据（更正）.xlsx", [huayuan_sheet(W, note)], "openpyxl",
         ["community_file", "correction_full_resend", "correction_note_numbers", "percent_format_numbers"],
         (2026, 2, 12, 15, 0))
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 6, "关于更正凤凰街道有关统计数据的说明")
    sh.row(1, 0, ["序号", "报表", "社区", "指标", "原报数", "更正数", "原因"])
    k1 = (BY_SHORT["华阳佳园"], "2025-10", "dibao_payout_yuan")
    sh.row(2, 0, [1, "2025年10月民生保障工作进度表", "华阳佳园社区", "城市低保保障金（元）·本月", W.old[k1]])
    val(sh, 2, 5, *k1)
    sh.put(2, 6, "一户低保对象补发10月保障金1100元未计入")
    k2 = (BY_SHORT["白云园"], "2026-01", "patrol_members")
    sh.row(3, 0, [2, "2026年1月平安建设工作统计表", "白云园社区", "巡逻队员（人）", W.old[k2]])
    val(sh, 3, 5, *k2)
    sh.put(3, 6, "春节平安志愿巡逻队6人漏统计")
    sh.put(5, 0, "凤凰街道办事处（社会事务科、平安办）　2026年2月13日")
    save("batch2/凤凰街道统计数据更正说明（2026年2月）.xlsx", [sh], "xlsxwriter",
         ["street_rows", "correction_partial_rows", "old_and_new_columns", "two_reports_one_file"],
         (2026, 2, 13, 11, 0))
    nj_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "320106":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "320106"))
    return len(lines)
