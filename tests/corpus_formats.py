"""Corpus cases: file formats — CSV in UTF-8 with BOM, GBK, UTF-16 TSV, GB18030 text; .xls
with merges, WPS .et, .ods without merge info — and files rejected as a whole (a renamed .docx,
a truncated zip, an encrypted workbook, a PDF)."""

from __future__ import annotations

from pathlib import Path

from corpus_case import Cases, 建设, 商业, 光明, 新城, 边城, 哈尔墩
from sheets import write_csv, write_docx_named, write_ods, write_xls, write_xlsx

CASES = Cases()
case = CASES.add


@case("光明社区2014-05.csv", {("光明社区2014-05!B2", 光明, "training_sessions", "2014-05", 2, "")})
def csv_utf8_bom(path: Path) -> None:
    write_csv(path, [["指标", "数值"], ["职业技能培训场次", "2"]], encoding="utf-8-sig")


@case("杜别克街道201406.csv", {("杜别克街道201406!B2", 光明, "security_cases", "2014-06", 1, "")})
def csv_gbk(path: Path) -> None:
    write_csv(path, [["社区名称", "治安案件数"], ["光明街社区", "1"]], encoding="gbk")


@case("新城街道2015年7月.tsv", {("新城街道2015年7月!B2", 哈尔墩, "informants", "2015-07", 6, "")})
def tsv_utf16(path: Path) -> None:
    write_csv(path, [["社区名称", "平安信息员数"], ["哈尔墩社区", "6"]], encoding="utf-16", delimiter="\t")


@case("新城街道2015年8月.txt", {("新城街道2015年8月!B2", 边城, "informants", "2015-08", 4, "")})
def txt_gb18030_tabs(path: Path) -> None:
    write_csv(path, [["社区名称", "平安信息员数"], ["边城街社区", "4"]], encoding="gb18030", delimiter="\t")


@case("和平街道2016年1月.xls", {
    ("Sheet1!C4", 建设, "dibao_households", "2016-01", 3, ""),
    ("Sheet1!D4", 建设, "dibao_persons", "2016-01", 5, ""),
})
def xls_with_merges(path: Path) -> None:
    write_xls(path, {"Sheet1": [
        ["和平街道2016年1月低保"],
        ["序号", "社区名称", "低保户数", None],
        [None, None, "户数", "人数"],
        [1, "建设街社区", 3, 5],
    ]}, merged={"Sheet1": [(0, 0, 0, 3), (1, 1, 2, 3), (1, 2, 0, 0), (1, 2, 1, 1)]})


@case("和平街道2016年2月.et", {("Sheet1!B2", 商业, "lectures_held", "2016-02", 2, "")})
def wps_et(path: Path) -> None:
    write_xls(path, {"Sheet1": [["社区名称", "宣讲活动次数"], ["商业街社区", 2]]})


@case("新城街道2017年3月.ods", {
    ("Sheet1!C3", 新城, "cultural_activities", "2017-03", 4, ""),
    ("Sheet1!D3", 新城, "lectures_held", "2017-03", 1, ""),
})
def ods_group_without_merge_info(path: Path) -> None:
    write_ods(path, {"Sheet1": [
        ["序号", "社区名称", "文化", None],
        [None, None, "文化活动场次", "宣讲活动次数"],
        [1, "新城街社区", 4, 1],
    ]})


@case("伪装的表格.xlsx", set(), {("", "not_a_spreadsheet")}, "rejected")
def docx_renamed(path: Path) -> None:
    write_docx_named(path)


@case("截断的表格.xlsx", set(), {("", "corrupt_file")}, "rejected")
def truncated_zip(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 1]]})
    path.write_bytes(path.read_bytes()[:300])


@case("加密的表格.xlsx", set(), {("", "password_protected")}, "rejected")
def password_protected(path: Path) -> None:
    # An encrypted workbook is an OLE2 container holding an "EncryptedPackage" stream.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)


@case("扫描件.pdf", set(), {("", "not_a_spreadsheet")}, "rejected")
def pdf_file(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
