"""The four bad files, the two batch2 corrections and the registry extract (cut as the 郑州 corpus's generator does)."""
import csv
import gzip
import os
import zipfile

import tj_grid
from tj_comm2 import fuyuan
from tj_grid import REC, Sheet, val
from tj_world import BY_SHORT
from tj_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
CORRECTIONS = [(("120103008019", "2026-02", "people_assisted"), 14), (("120103008019", "2026-02", "goods_distributed"), -20),
               (("120103008009", "2025-12", "dibao_payout_yuan"), 1245), (("120103008011", "2025-12", "dibao_persons"), -1)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


LOGIN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>河西区基层社会治理平台</title></head>
<body><div class="login-box"><h3>登录超时</h3><p>您的登录已超时或在其他地点登录，请重新登录后再进行导出操作。</p>
<form action="/sso/login" method="post"><input name="username" placeholder="用户名"><input name="password" type="password">
<button type="submit">登录</button></form><p class="copy">技术支持：河西区网格化管理中心</p></div></body></html>
"""


def write_docx(path, paras):
    """A minimal Word document (zip with fixed entry times)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paras)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
        'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartNa'
        'me="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
        'main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.op'
        'enxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{body}'
        '</w:body></w:document>'}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 4, 1, 17, 28, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)


def bad_files(W):
    rel = "batch1/天塔街道社会治理中心_社区数据填报导出_20260206.xls"
    with open(os.path.join(ROOT, rel), "w", encoding="utf-8", newline="\n") as f:
        f.write(LOGIN_PAGE)
    touch(os.path.join(ROOT, rel), (2026, 2, 6, 9, 55))
    _bad_entry(rel, "the platform's 登录超时 page saved as .xls (HTML with a login form, no table): the export failed; "
                    "nothing to load, must be refused or reported", "xls")
    rel = "batch1/~$天塔街道2026年3月社区工作综合报表.xlsx"
    owner = b"\x06" + "孙伟".encode("utf-16-le").ljust(108, b"\x00") + b"\x00" * 54
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(owner[:165])
    touch(os.path.join(ROOT, rel), (2026, 4, 7, 11, 10))
    _bad_entry(rel, "an Excel owner (lock) file 「~$…」 copied with the folder while the workbook was open: 165 bytes, "
                    "not a workbook; must be refused or reported", "xlsx")
    rel = "batch1/紫金里社区2026年3月工作报表.xlsx"
    write_docx(os.path.join(ROOT, rel), ["紫金里社区2026年3月工作总结",
               "三月份，社区以“学雷锋纪念日”为契机，组织志愿者开展助老、环境清整等志愿服务；3月15日停止供暖后，"
               "逐户回访室温问题。各项数据详见平台填报。", "紫金里社区居委会　2026年4月1日"])
    touch(os.path.join(ROOT, rel), (2026, 4, 1, 17, 30))
    _bad_entry(rel, "a Word document (.docx: word/document.xml, a 工作总结 of three paragraphs, no table, no figure) "
                    "renamed .xlsx: not a workbook; must be refused or reported", "xlsx")
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "北京市大兴区亦庄地区富源里社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：富源里社区居委会（亦庄地区）")
    sh.row(2, 0, ["序号", "指标", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("接诉即办受理", "件", 57), ("办结", "件", 55), ("调解纠纷", "起", 3),
                                        ("低保户数", "户", 9), ("低保人数", "人", 14), ("“志愿北京”注册志愿者", "人", 1240),
                                        ("党员人数", "名", 231), ("常住人口", "人", 9630)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：刘颖　电话：010-67856120　2026年4月2日")
    rel = "batch1/富源里社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 2, 10, 0))
    REC.files.pop()
    _bad_entry(rel, "another city's community with our community's name: 富源里社区 110115004005 (北京市大兴区亦庄地区), "
                    "not 天塔街道富源里社区 120103008019; the title and the 010- phone say so; nothing may be loaded", "xlsx")


def corrections(W):
    tj_grid.BATCH[0] = "batch2"
    note = "更正说明：春节走访慰问漏计网格员入户慰问14人；慰问品误将区民政局统一发放的米面油20件重复计入，现更正，以本表为准。"
    fuyuan(W, note, "batch2/富源里社区2026年2月工作月报（更正）.xlsx", (2026, 3, 11, 15, 0),
           ["correction_full_resend", "correction_note_numbers"])
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 6, "天塔街道2025年12月社会救助数据更正表")
    sh.row(1, 0, ["序号", "社区", "项目", "单位", "原报数", "更正数", "更正原因"])
    fixes = [("宾水东里", "低保金发放", "元", "dibao_payout_yuan", "漏计12月补发1人低保金1245元"),
             ("宾水南里", "低保人数", "人", "dibao_persons", "1人12月死亡，已停保")]
    for i, (short, lab, unit, ind, why) in enumerate(fixes):
        code = BY_SHORT[short]
        key = (code, "2025-12", ind)
        sh.row(2 + i, 0, [i + 1, short + "社区", lab, unit])
        val(sh, 2 + i, 4, code, "2025-12", ind, value=W.old[key])
        val(sh, 2 + i, 5, code, "2025-12", ind)
        sh.put(2 + i, 6, why)
    sh.put(5, 0, "天塔街道民生服务办公室　2026年1月13日")
    save("batch2/天塔街道2025年12月社会救助数据更正表.xlsx", [sh], "xlsxwriter",
         ["street_rows", "correction_partial_rows", "original_and_corrected_columns"], (2026, 1, 13, 10, 0))
    tj_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "120103":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "120103"))
    return len(lines)
