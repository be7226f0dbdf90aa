"""The four bad files, the two batch2 corrections and the registry extract (the 包河区 rows)."""
import csv
import gzip
import io
import os
import zipfile

import hf_grid
from hf_comm2 import SHIHE
from hf_grid import REC, Sheet, val
from hf_street import minzheng
from hf_world import BY_SHORT
from hf_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
YT, SH = BY_SHORT["院塘"], BY_SHORT["施河"]
CORRECTIONS = [((YT, "2025-11", "dibao_persons"), 2), ((YT, "2025-11", "dibao_payout_yuan"), 1100),
               ((SH, "2025-11", "dibao_payout_yuan"), -600),
               ((SH, "2026-02", "people_assisted"), 6), ((SH, "2026-02", "goods_distributed"), 12)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 7, 9, 0, 0))
            z.writestr(info, text)
    return buf.getvalue()


def bad_files(W):
    # 1. the WPS / Excel owner (lock) file left beside the workbook and copied into the folder
    rel = "batch1/~$骆岗社区2026年2月工作月报.xlsx"
    user = "LGSQ-PC"
    data = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ") + bytes([len(user), 0]) \
        + (user + " " * 48).encode("utf-16-le")
    _raw(rel, data[:165], (2026, 3, 3, 8, 55))
    _bad_entry(rel, "a 165-byte owner (lock) file 「~$…」 that WPS/Excel leaves beside an open workbook: not a "
                    "spreadsheet; must be refused or reported", "xlsx")
    # 2. a Word document (docx) saved with an .xlsx name
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>施河社区2026年3月工作总结</w:t></w:r></w:p><w:p><w:r><w:t>'
           '3月份，我社区受理居民诉求若干件，开展学雷锋志愿服务活动……</w:t></w:r></w:p></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    rel = "batch1/施河社区2026年3月工作总结.xlsx"
    _raw(rel, _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]), (2026, 4, 7, 9, 5))
    _bad_entry(rel, "a Word document (docx: word/document.xml, no workbook) saved under an .xlsx name; a text 工作总结 "
                    "without figures: must be refused or reported", "xlsx")
    # 3. the platform's login-timeout page saved as the export
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>合肥市基层治理平台</title></head><body>'
            '<div class="err">登录超时，请重新登录后再导出。</div><a href="/login">返回登录</a></body></html>')
    rel = "batch1/骆岗街道2026年4月网格事件导出.xlsx"
    _raw(rel, html.encode("utf-8"), (2026, 5, 8, 10, 0))
    _bad_entry(rel, "an HTML 登录超时 page of the platform saved as the .xlsx export: no table, nothing to load", "xlsx")
    # 4. 官塘社区 of 蚌埠市龙子湖区东风街道 (340302001012): same name, another city of the province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "龙子湖区东风街道官塘社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：蚌埠市龙子湖区东风街道官塘社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 31), ("办结", "件", 30), ("调解纠纷", "起", 2),
                                        ("实现就业", "人", 14), ("低保户数", "户", 19), ("低保人数", "人", 31),
                                        ("注册志愿者", "人", 684), ("党员人数", "名", 142)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：陈　电话：0552-3012876　2026年4月2日")
    rel = "batch1/官塘社区2026年3月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 4, 2, 11, 0))
    REC.files.pop()
    _bad_entry(rel, "官塘社区 of 蚌埠市龙子湖区东风街道 (340302001012, title, 填报单位 and an 0552 phone say so), not "
                    "骆岗街道官塘社区 340111001008; nothing may be loaded", "xlsx")


def corrections(W):
    hf_grid.BATCH[0] = "batch2"
    comms = [("施河", SH), ("院塘", YT), ("观园", BY_SHORT["观园"])]
    note = "更正说明：院塘社区11月低保人数漏统2人（低保金相应增加1100元），施河社区低保金多计600元，现将涉及社区数据重新报送（仅列上述社区，其余社区不变）。"
    save("batch2/骆岗街道2025年11月民政救助数据统计表（更正）.xlsx", [minzheng(W, "2025-11", comms, note=note)], "openpyxl",
         ["street_file", "correction_partial_columns", "transposed_communities_across", "vertical_char_headers",
          "unchanged_community_resent"], (2025, 12, 12, 15, 30))
    m = "2026-02"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 4, "关于更正施河社区2026年2月份部分数据的说明")
    sh.merge(2, 0, 2, 4, "骆岗街道党政办：")
    sh.merge(3, 0, 3, 4, "　　我社区3月3日报送的2月份工作报告中，春节走访慰问漏统计网格员入户慰问独居老人6人、慰问品12件，现更正如下：")
    sh.row(4, 0, ["序号", "事项", "单位", "原报数", "更正后"])
    for i, (lab, unit, ind, _) in enumerate([x for x in SHIHE if x[2] in ("people_assisted", "goods_distributed")]):
        r = 5 + i
        key = (SH, m, ind)
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, SH, m, ind, value=W.old[key], role="superseded")
        val(sh, r, 4, SH, m, ind)
    sh.merge(8, 0, 8, 4, "　　其余数据不变。特此说明。")
    sh.merge(10, 3, 10, 4, "施河社区居委会")
    sh.merge(11, 3, 11, 4, "2026年3月9日")
    save("batch2/关于更正施河社区2026年2月份部分数据的说明.xlsx", [sh], "openpyxl",
         ["community_file", "letter_like_report", "correction_partial_rows", "old_and_new_columns"], (2026, 3, 9, 10, 0))
    hf_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "340111":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "340111"))
    return len(lines)
