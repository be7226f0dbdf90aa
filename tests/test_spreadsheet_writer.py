import io
from decimal import Decimal

import openpyxl
import pandas as pd
from python_calamine import CalamineWorkbook

from jiedao.spreadsheet_writer import csv_bytes, neutralize, write_table, xlsx_bytes


def test_formula_text_is_neutralized_and_other_values_are_untouched():
    assert neutralize("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert neutralize("+86 123") == "'+86 123"
    assert neutralize("-1") == "'-1"
    assert neutralize("@SUM(A1)") == "'@SUM(A1)"
    assert neutralize("建设街社区") == "建设街社区"
    assert neutralize(-1.5) == -1.5


def test_csv_has_a_bom_keeps_codes_as_text_and_writes_whole_numbers_plainly():
    frame = pd.DataFrame({"community_code": ["654201001001"], "value": [42.0], "note": ["=1+1"]})
    data = csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "community_code,value,note\r\n654201001001,42,'=1+1\r\n"


def test_xlsx_header_is_frozen_and_codes_stay_text():
    frame = pd.DataFrame({"community_code": ["654201001001"], "value": [12.5], "name": ["@evil"]})
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(xlsx_bytes(frame, sheet_name="指标")))
    assert workbook.sheet_names == ["指标"]
    rows = workbook.get_sheet_by_name("指标").to_python()
    assert rows == [["community_code", "value", "name"], ["654201001001", 12.5, "'@evil"]]


def test_text_columns_are_excel_safe_in_csv_and_only_for_codes():
    frame = pd.DataFrame({"社区代码": ["654201001001", "=1+1"], "期间": ["2025-12", None],
                          "数值": [Decimal("12.50"), Decimal("3")]})
    text = csv_bytes(frame, text_columns=("社区代码", "期间")).decode("utf-8-sig")
    # a code becomes ="…"; text that is no code is neutralized as before, never a formula
    assert text == ('社区代码,期间,数值\r\n"=""654201001001""","=""2025-12""",12.50\r\n'
                    "'=1+1,,3\r\n")
    # the machine form (no text_columns) is unchanged: plain codes for scripts
    assert csv_bytes(frame).decode("utf-8-sig").splitlines()[1] == "654201001001,2025-12,12.50"


def test_xlsx_text_columns_are_string_cells_formatted_as_text():
    frame = pd.DataFrame({"社区代码": ["654201001001"], "数值": [Decimal("12.50")], "人数": [7]})
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(frame, text_columns=("社区代码",)))).active
    code, value, count = sheet[2]
    assert (code.value, code.data_type, code.number_format) == ("654201001001", "s", "@")
    assert (value.value, value.data_type, value.number_format) == (12.5, "n", "0.00")
    assert (count.value, count.data_type) == (7, "n")
    assert sheet.column_dimensions["A"].number_format == "@"  # codes typed in later stay text too


def test_write_table_passes_the_text_columns(tmp_path):
    frame = pd.DataFrame({"社区代码": ["654201001001"]})
    write_table(frame, tmp_path / "x.csv", file_format="csv", text_columns=("社区代码",))
    assert (tmp_path / "x.csv").read_bytes().decode("utf-8-sig") == '社区代码\r\n"=""654201001001"""\r\n'
