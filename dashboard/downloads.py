"""Tables as files: CSV in utf-8-sig (Excel opens it correctly) and styled XLSX.

Text cells beginning with = + - @ get a leading ' so a spreadsheet never runs them as formulas.
"""

from __future__ import annotations

import io
import numbers

import numpy as np
import pandas as pd
import xlsxwriter

FORMULA_PREFIXES = ("=", "+", "-", "@")


def neutralize(value: object) -> object:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralize_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells (and column names) are neutralized; numbers stay numbers."""
    result = frame.copy()
    for column in result.columns:
        if not pd.api.types.is_numeric_dtype(result[column]) and not pd.api.types.is_bool_dtype(
                result[column]):
            result[column] = result[column].map(neutralize)
    result.columns = [neutralize(str(column)) for column in result.columns]
    return result


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    return neutralize_frame(frame).to_csv(index=False).encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "数据") -> bytes:
    """One sheet: bold shaded header, first row frozen, every cell written with its own type."""
    safe = neutralize_frame(frame)
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = workbook.add_worksheet(sheet_name[:31])
    header = workbook.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1,
                                  "text_wrap": True, "valign": "vcenter"})
    for column, name in enumerate(safe.columns):
        sheet.write_string(0, column, str(name), header)
        width = max([len(str(name))] + [len(str(v)) for v in safe.iloc[:200, column]])
        sheet.set_column(column, column, min(max(width * 1.6, 8), 60))
    for row, values in enumerate(safe.itertuples(index=False), start=1):
        for column, value in enumerate(values):
            _write_cell(sheet, row, column, value)
    sheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()


def _write_cell(sheet: xlsxwriter.worksheet.Worksheet, row: int, column: int,
                value: object) -> None:
    # write_string for text: codes like 654201001001 stay text and nothing becomes a formula.
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return
    if isinstance(value, (bool, np.bool_)):
        sheet.write_boolean(row, column, bool(value))
    elif isinstance(value, numbers.Real):
        sheet.write_number(row, column, float(value))
    elif isinstance(value, pd.Timestamp):
        sheet.write_string(row, column, value.isoformat(sep=" "))
    else:
        sheet.write_string(row, column, str(value))
