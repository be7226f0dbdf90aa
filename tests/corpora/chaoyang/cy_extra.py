"""The four bad files, the two batch2 corrections and the registry extract."""
import csv
import gzip
import io
import os
import zipfile

import cy_grid
from cy_comm_b import hwxl_sheet
from cy_grid import REC, Sheet, val
from cy_world import BY_SHORT
from cy_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"


def _bad(rel, data, why, sent):
    path = os.path.join(ROOT, rel)
    with open(path, "wb") as f:
        f.write(data)
    touch(path, sent)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))


def _zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return buf.getvalue()


def docx_bytes():
    paras = ["潘家园社区2026年3月工作总结", "一、接诉即办工作",
             "本月共接收市级、区级派单86件，全部先行联系，解决79件。", "二、为老服务",
             "联合社区卫生服务站为辖区老年人开展健康体检42人次。", "报送日期：2026年4月2日"]
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paras)
    rows = [("项目", "数量"), ("派单量", "86"), ("解决量", "79")]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row)
                                + "</w:tr>" for row in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + table + "<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def png_bytes():
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (640, 300), "white")
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 18)
    except OSError:
        font = ImageFont.load_default()
    d.text((20, 12), "华威里社区2026年4月工作报表（截图）", fill="black", font=font)
    rows = [("指标", "单位", "数值"), ("接诉即办派单", "件", "64"), ("解决", "件", "60"), ("注册志愿者", "人", "1,182")]
    for i, row in enumerate(rows):
        y = 60 + i * 50
        d.rectangle((20, y, 620, y + 50), outline="black")
        for j, t in enumerate(row):
            d.text((30 + j * 200, y + 12), t, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def bad_files(W):
    _bad("batch1/潘家园社区2026年3月报表.xls", docx_bytes(),
         "a Word document (.docx: a zip with word/document.xml) named .xls: the 3月 工作总结, not a spreadsheet; "
         "nothing to load, must be refused or reported", (2026, 4, 2, 10, 0))
    _bad("batch1/华威里社区2026年4月报表.xlsx", png_bytes(),
         "a PNG screenshot of the table named .xlsx: not a spreadsheet; must be refused or reported", (2026, 5, 6, 11, 0))
    # 辽宁省朝阳市双塔区光明街道燕园社区 (211302005006): 朝阳市, not 北京市朝阳区
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "朝阳市双塔区光明街道燕园社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：燕园社区居委会（盖章）")
    sh.row(2, 0, ["序号", "指标", "单位", "本月"])
    for i, (label, unit, x) in enumerate([("受理群众诉求", "件", 47), ("办结", "件", 44), ("调解纠纷", "起", 3),
                                          ("低保户数", "户", 31), ("低保人数", "人", 52), ("注册志愿者", "人", 860),
                                          ("志愿服务", "人次", 420), ("社区党员", "名", 212), ("常住人口", "人", 7350)]):
        sh.row(3 + i, 0, [i + 1, label, unit, x])
    sh.put(13, 0, "填报人：孟凡丽　电话：0421-2812345　2026年4月3日")
    path = "batch1/燕园社区2026年3月工作报表.xlsx"
    save(path, [sh], "openpyxl", ["bad_file"], (2026, 4, 3, 9, 0))
    REC.files.pop()
    REC.bad.append(dict(file=path, why="community of another city: 燕园社区居委会 211302005006 (辽宁省朝阳市双塔区光明街道; "
                                      "朝阳市, not 北京市朝阳区 110105); nothing may be loaded"))
    REC.files.append(dict(file=path, format="xlsx", writer="bad", features="bad_file"))
    note = Sheet("Sheet1")
    for i, t in enumerate(["武圣西里社区2026年5月报表",
                           "5月份各项数据已通过“北京市社区治理服务平台”（社区通）报送，本表不再重复填报。",
                           "接诉即办数据以12345接诉即办系统为准。",
                           "如需数据请登录系统查询。联系人：孟庆华　电话：010-67731980",
                           "2026年6月3日"]):
        note.put(i, 0, t)
    path = "batch1/武圣西里社区2026年5月报表.xlsx"
    save(path, [note], "openpyxl", ["bad_file"], (2026, 6, 3, 16, 0))
    REC.files.pop()
    REC.bad.append(dict(file=path, why="a note only (one sheet of text lines: May went through the 社区通 platform, a date "
                                      "and a phone): no table, nothing to load, must be reported"))
    REC.files.append(dict(file=path, format="xlsx", writer="bad", features="bad_file"))


def corrections(W):
    cy_grid.BATCH[0] = "batch2"
    note = ("更正说明：原报表志愿服务人次录入有误（634应为436），老年人健康体检误计入3月30日—31日体检人数，"
            "促进就业误将就业困难人员帮扶人数计入，现予更正，以本表为准。")
    save("batch2/华威西里社区2026年4月工作报表（更正）.xlsx", [hwxl_sheet(W, note)], "openpyxl",
         ["community_file", "indicators_as_rows", "xlsx_openpyxl", "correction_full_resend", "correction_note_numbers",
          "footer_date_trap"],
         (2026, 5, 12, 15, 30))
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 5, "关于2026年2月城市低保数据的更正")
    sh.merge(1, 0, 1, 5, "经复核，《潘家园街道2026年2月为老服务和社会救助统计》中以下社区低保数据有误，现更正如下，其他数据不变。")
    sh.row(2, 0, ["序号", "社区", "项目", "原报数", "更正数", "更正原因"])
    items = [("松榆西里", "dibao_persons", "低保人数（人）", 1, "2人2月起停保，原报未核减"),
             ("松榆西里", "dibao_payout_yuan", "低保金（万元）", 10000, "同上，核减停保人员保障金"),
             ("潘家园南里", "dibao_households", "低保户数（户）", 1, "新增1户2月审批通过，原报漏报")]
    for i, (short, ind, label, div, why) in enumerate(items):
        code, r = BY_SHORT[short], 3 + i
        key = (code, "2026-02", ind)
        sh.row(r, 0, [i + 1, short + "社区", label])
        val(sh, r, 3, code, "2026-02", ind, div=div, value=W.old[key], role="superseded")
        val(sh, r, 4, code, "2026-02", ind, div=div)
        sh.put(r, 5, why)
    sh.put(7, 0, "民生保障办　2026年3月9日")
    save("batch2/潘家园街道2026年2月城市低保数据更正.xlsx", [sh], "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "correction_partial_rows", "old_and_new_columns", "title_month_full",
          "values_wan_header", "footer_date_trap"],
         (2026, 3, 9, 17, 10))
    cy_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "110105":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "110105"))
    return len(lines)
