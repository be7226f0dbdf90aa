"""The four bad files, the two batch2 corrections and the registry extract.

Bad files (nothing may be loaded from them): a full return of 常熟市常福街道景泰社区 (another city; its name is the
same as 斜土路's 景泰), a Word document named .xls, a photo of a printed table named .xlsx, and an .ods cut at 60 % of
its bytes."""
import gzip
import io
import os
import random
import zipfile

import xh_grid
from xh_grid import REC, Sheet
import xh_writers
from xh_writers import ROOT, _odf, fix_zip, touch
from xh_comm_a import c8_jiangnan_april
from xh_street_c import s13_may_safety

DIV = "/work/shared/data/admin_divisions"


def bad(rel, why, sent):
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer="bad", features="bad_file"))
    touch(os.path.join(ROOT, rel), sent)


def b1_changshu():
    rnd = random.Random(7301)
    rel = "batch1/常熟市常福街道景泰社区2026年3月工作报表.xlsx"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "江苏省常熟市常福街道景泰社区居民委员会2026年3月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月"])
    items = [("受理居民诉求", "件", rnd.randint(30, 60)), ("诉求办结", "件", rnd.randint(25, 30)),
             ("人民调解", "起", rnd.randint(2, 8)), ("新增就业岗位", "个", rnd.randint(3, 9)), ("实现就业", "人", rnd.randint(4, 12)),
             ("低保户数", "户", rnd.randint(10, 25)), ("低保人数", "人", rnd.randint(26, 40)), ("文体活动", "场", rnd.randint(3, 8)),
             ("注册志愿者", "人", rnd.randint(400, 700)), ("志愿服务", "人次", rnd.randint(300, 900)),
             ("常住人口", "人", rnd.randint(6000, 9000)), ("党员", "人", rnd.randint(200, 400))]
    for i, (label, unit, v) in enumerate(items):
        sh.row(2 + i, 0, [i + 1, label, unit, v])
    sh.put(3 + len(items), 0, "填报人：钱××　　联系电话：0512-52816630　　报送日期：2026年4月3日")
    xh_writers._openpyxl(os.path.join(ROOT, rel), [sh])
    fix_zip(os.path.join(ROOT, rel))
    bad(rel, "a full return of 景泰社区居民委员会 320581002006 (江苏省常熟市常福街道), another city: the title and file name "
             "say 常熟市; 斜土路街道 has its own 景泰居委会 (310104007023), so a loader matching the bare name would load "
             "it into the wrong 居民区; nothing may be loaded", (2026, 4, 3, 15, 22))


DOCX_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
           'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
           'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
           'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
           '</Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
             '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def b2_docx_as_xls():
    code, m = "310104007018", "2026-03"
    W = xh_grid.W
    rows = [("项目", "数量"), ("居民诉求受理（件）", W.v[(code, m, "petitions_received")]),
            ("已办结（件）", W.v[(code, m, "petitions_resolved")]), ("人民调解（起）", W.v[(code, m, "disputes_mediated")]),
            ("注册志愿者（人）", W.v[(code, m, "volunteers")]), ("志愿服务（人次）", W.v[(code, m, "volunteer_person_times")])]
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    para = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    cell = lambda t: f"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{para(t)}</w:tc>"
    table = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>" + "".join(
        "<w:tr>" + cell(a) + cell(b) + "</w:tr>" for a, b in rows) + "</w:tbl>"
    body = para("日晖二村居委会2026年3月工作报表") + table + para("填报人：孙××　2026年4月2日")
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {w}><w:body>{body}</w:body></w:document>'
    rel = "batch1/日晖二村居委会2026年3月报表.xls"
    with zipfile.ZipFile(os.path.join(ROOT, rel), "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in (("[Content_Types].xml", DOCX_CT), ("_rels/.rels", DOCX_RELS), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(n, (2026, 4, 2, 10, 0, 0)), t)
    bad(rel, "a Word document (.docx: a zip with word/document.xml, a title and a two-column table of figures) saved "
             "under an .xls name; not a spreadsheet, nothing may be loaded", (2026, 4, 2, 10, 5))


def b3_photo_as_xlsx():
    from PIL import Image, ImageDraw, ImageFont
    rel = "batch1/茶陵居委会2026年5月报表.xlsx"
    img = Image.new("RGB", (720, 520), (246, 244, 238))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 22)
    except OSError:
        font = ImageFont.load_default()
    d.text((150, 20), "茶陵居委会2026年5月工作报表", fill=(20, 20, 20), font=font)
    v = lambda ind: str(xh_grid.W.v[("310104007015", "2026-05", ind)])
    lines = [("项目", "数量"), ("居民诉求受理（件）", v("petitions_received")), ("已办结（件）", v("petitions_resolved")),
             ("人民调解（起）", v("disputes_mediated")), ("文体活动（场）", v("cultural_activities")),
             ("志愿服务（人次）", v("volunteer_person_times")), ("注册志愿者（人）", v("volunteers"))]
    for i, (a, b) in enumerate(lines):
        y = 70 + i * 56
        d.rectangle((60, y, 660, y + 56), outline=(40, 40, 40), width=2)
        d.line((460, y, 460, y + 56), fill=(40, 40, 40), width=2)
        d.text((80, y + 14), a, fill=(20, 20, 20), font=font)
        d.text((500, y + 14), b, fill=(20, 20, 20), font=font)
    img = img.rotate(1.5, fillcolor=(90, 90, 90))
    img.save(os.path.join(ROOT, rel), "JPEG", quality=80)
    bad(rel, "a photo of a printed table (JPEG) named .xlsx, as sent from a phone; not a spreadsheet, nothing may be "
             "loaded", (2026, 6, 2, 19, 41))


def b4_truncated_ods():
    rnd = random.Random(7304)
    rel = "batch1/恒益居委会2026年2月报表.ods"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 3, "恒益居委会2026年2月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量"])
    for i, (label, unit) in enumerate([("居民诉求受理", "件"), ("已办结", "件"), ("人民调解", "起"), ("走访帮扶困难群众", "人"),
                                       ("发放慰问物资", "件"), ("文体活动", "场"), ("志愿服务", "人次"), ("注册志愿者", "人")]):
        sh.row(2 + i, 0, [i + 1, label, unit, rnd.randint(3, 500)])
    path = os.path.join(ROOT, rel)
    _odf(path, [sh])
    fix_zip(path)
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: int(len(data) * .6)])
    bad(rel, "truncated: a valid .ods cut at 60 % of its bytes (no central directory), as a broken download", (2026, 3, 4, 8, 12))


def corrections():
    """batch2: 江南新村's April return again with a 更正说明, and the street's May 平安 CSV revised (修订)."""
    c8_jiangnan_april(batch="batch2")
    s13_may_safety(batch="batch2")


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(DIV, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head, rows = None, []
        for i, line in enumerate(f):
            if i == 0:
                head = line
            elif line.rstrip("\r\n").endswith(",310104"):
                rows.append(line)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write((head + "".join(rows)).encode("utf-8"))
    with open(os.path.join(out, "villages.csv.gz"), "wb") as f:
        f.write(buf.getvalue())
    with open(os.path.join(DIV, "streets.csv"), encoding="utf-8", newline="") as f:
        lines = f.read().splitlines(keepends=True)
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[2] == "310104"]
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(keep))
    return len(rows), len(keep) - 1


def build():
    b1_changshu()
    b2_docx_as_xls()
    b3_photo_as_xlsx()
    b4_truncated_ods()
