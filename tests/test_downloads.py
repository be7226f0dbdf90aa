"""CSV and XLSX downloads for people: BOM, Chinese headers, rounding by unit, codes as text,
formula neutralization, styled frozen header."""

import csv
import io

import openpyxl
import pandas as pd

from dashboard.downloads import neutralize, to_csv_bytes, to_xlsx_bytes

TABLE = pd.DataFrame([
    # community_code,  community_name,          period,    value,        unit,  note
    ["654201001001", "建设街社区居委会", "2025-12", 49.0, "件", "=HYPERLINK(\"http://x\")"],
    ["654201001003", "商业街社区居委会", "2025-12", None, "件", "+1 办结"],
    ["654201002001", "杜别克街社区居委会", "2025-12", 1250000.005, "元", "@SUM(A1)"],
    ["654201003008", "哈尔墩社区居委会", "2025-12", 93.456, "%", "-负数说明"],
    ["654201003009", "可克达拉社区居委会", "2025-12", -2.34, "人/千人", "说明"],
], columns=["community_code", "community_name", "period", "value", "unit", "note"])


def test_neutralize_only_touches_text_that_looks_like_a_formula():
    assert neutralize("=1+1") == "'=1+1"
    assert neutralize("+86") == "'+86"
    assert neutralize("-x") == "'-x"
    assert neutralize("@x") == "'@x"
    assert neutralize("建设街") == "建设街"
    assert neutralize(-3.0) == -3.0


def test_csv_is_utf8_sig_in_chinese_with_rounded_values_excel_safe_codes_and_formulas_neutralized():
    payload = to_csv_bytes(TABLE)
    assert payload.startswith(b"\xef\xbb\xbf")
    lines = payload.decode("utf-8-sig").splitlines()
    assert lines == [
        "社区代码,社区名称,期间,数值,单位,note",
        '"=""654201001001""",建设街社区居委会,"=""2025-12""",49,件,"\'=HYPERLINK(""http://x"")"',
        '"=""654201001003""",商业街社区居委会,"=""2025-12""",,件,\'+1 办结',
        '"=""654201002001""",杜别克街社区居委会,"=""2025-12""",1250000.01,元,\'@SUM(A1)',
        '"=""654201003008""",哈尔墩社区居委会,"=""2025-12""",93.5,%,\'-负数说明',
        '"=""654201003009""",可克达拉社区居委会,"=""2025-12""",-2.3,人/千人,说明',
    ]
    # a CSV reader sees the formula Excel evaluates to the 12 digits, not a number
    first = next(csv.DictReader(io.StringIO(payload.decode("utf-8-sig"))))
    assert first["社区代码"] == '="654201001001"'


def test_xlsx_has_styled_frozen_chinese_header_text_codes_and_rounded_numbers():
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(TABLE, "指标数据")))
    sheet = book["指标数据"]
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == ["社区代码", "社区名称", "期间", "数值", "单位", "note"]
    assert sheet["A1"].font.bold is True
    assert sheet["A1"].fill.fgColor.rgb == "FFD9D9D9"
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)] == [
        ["654201001001", "建设街社区居委会", "2025-12", 49, "件", "'=HYPERLINK(\"http://x\")"],
        ["654201001003", "商业街社区居委会", "2025-12", None, "件", "'+1 办结"],
        ["654201002001", "杜别克街社区居委会", "2025-12", 1250000.01, "元", "'@SUM(A1)"],
        ["654201003008", "哈尔墩社区居委会", "2025-12", 93.5, "%", "'-负数说明"],
        ["654201003009", "可克达拉社区居委会", "2025-12", -2.3, "人/千人", "说明"],
    ]
    codes = [sheet.cell(row=r, column=c) for r in range(2, 7) for c in (1, 3)]
    assert {(cell.data_type, cell.number_format) for cell in codes} == {("s", "@")}
    assert [sheet[f"D{r}"].number_format for r in (2, 4, 5, 6)] == ["General", "0.00", "0.0", "0.0"]
    assert sheet["D2"].data_type == "n"


def test_code_columns_are_text_even_when_the_frame_holds_numbers():
    frame = pd.DataFrame({"community_code": [654201001001], "street_code": [654201001.0]})
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(frame))).active
    assert [(cell.value, cell.data_type) for cell in sheet[2]] == [("654201001001", "s"), ("654201001", "s")]
    assert to_csv_bytes(frame).decode("utf-8-sig").splitlines()[1] == '"=""654201001001""","=""654201001"""'


def test_scores_read_as_on_the_ranking_page_with_labels_and_whole_ranks():
    frame = pd.DataFrame({"grain": ["month"], "method": ["composite"], "score": [0.73456],
                          "rank_in_city": [3.0], "rank_median": [2.5], "coverage": [0.875]})
    assert to_csv_bytes(frame).decode("utf-8-sig").splitlines() == [
        "周期,计分方法,得分（百分制）,全市排名,排名中位数,指标覆盖率（%）", "月,综合得分,73.5,3,2.5,87.5"]
