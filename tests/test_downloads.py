"""CSV and XLSX downloads: BOM, text codes, formula neutralization, styled frozen header."""

import io

import openpyxl
import pandas as pd

from dashboard.downloads import neutralize, to_csv_bytes, to_xlsx_bytes

TABLE = pd.DataFrame([
    # community_code,  community_name,        value,  note
    ["654201001001", "建设街社区居委会", 49.0, "=HYPERLINK(\"http://x\")"],
    ["654201001003", "商业街社区居委会", None, "+1 办结"],
    ["654201002001", "杜别克街社区居委会", 1250000.0, "@SUM(A1)"],
    ["654201003008", "哈尔墩社区居委会", -3.0, "-负数说明"],
], columns=["community_code", "community_name", "value", "note"])


def test_neutralize_only_touches_text_that_looks_like_a_formula():
    assert neutralize("=1+1") == "'=1+1"
    assert neutralize("+86") == "'+86"
    assert neutralize("-x") == "'-x"
    assert neutralize("@x") == "'@x"
    assert neutralize("建设街") == "建设街"
    assert neutralize(-3.0) == -3.0


def test_csv_is_utf8_sig_with_codes_as_text_and_formulas_neutralized():
    payload = to_csv_bytes(TABLE)
    assert payload.startswith(b"\xef\xbb\xbf")
    lines = payload.decode("utf-8-sig").splitlines()
    assert lines == [
        "community_code,community_name,value,note",
        "654201001001,建设街社区居委会,49,\"'=HYPERLINK(\"\"http://x\"\")\"",
        "654201001003,商业街社区居委会,,'+1 办结",
        "654201002001,杜别克街社区居委会,1250000,'@SUM(A1)",
        "654201003008,哈尔墩社区居委会,-3,'-负数说明",
    ]


def test_xlsx_has_styled_frozen_header_text_codes_and_numbers():
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(TABLE, "指标数据")))
    sheet = book["指标数据"]
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == ["community_code", "community_name", "value", "note"]
    assert sheet["A1"].font.bold is True
    assert sheet["A1"].fill.fgColor.rgb == "FFD9D9D9"
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)] == [
        ["654201001001", "建设街社区居委会", 49, "'=HYPERLINK(\"http://x\")"],
        ["654201001003", "商业街社区居委会", None, "'+1 办结"],
        ["654201002001", "杜别克街社区居委会", 1250000, "'@SUM(A1)"],
        ["654201003008", "哈尔墩社区居委会", -3, "'-负数说明"],
    ]
    assert sheet["A2"].data_type == "s"
    assert sheet["C2"].data_type == "n"
