import io

import pandas as pd
from python_calamine import CalamineWorkbook

from jiedao.spreadsheet_writer import csv_bytes, neutralize, xlsx_bytes


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
