"""Write tables the way Chinese Excel users open them: CSV in utf-8-sig, styled XLSX, no formulas.

Text that begins with = + - @ would run as a formula in Excel or WPS; it gets a leading
apostrophe. Numbers stay numbers and codes stay text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import xlsxwriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    """Text that a spreadsheet would treat as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _rows(frame: pd.DataFrame) -> list[list[object]]:
    rows = []
    for record in frame.itertuples(index=False, name=None):
        rows.append([None if _is_missing(value) else neutralize(value) for value in record])
    return rows


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV with a BOM so that Excel on Chinese Windows reads UTF-8 correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([str(name) for name in frame.columns])
    for row in _rows(frame):
        writer.writerow(["" if value is None else _csv_text(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_bytes(frame: pd.DataFrame, *, sheet_name: str = "数据", headers: Sequence[str] | None = None) -> bytes:
    """A workbook with a bold, shaded, frozen header row; codes written as text, never numbers."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
    sheet = workbook.add_worksheet(sheet_name[:31])
    header_format = workbook.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    titles = list(headers) if headers else [str(name) for name in frame.columns]
    for col, title in enumerate(titles):
        sheet.write_string(0, col, title, header_format)
        sheet.set_column(col, col, max(10, min(40, len(title) * 2 + 2)))
    for row_index, row in enumerate(_rows(frame), start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                sheet.write_boolean(row_index, col, value)
            elif isinstance(value, (int, float)):
                sheet.write_number(row_index, col, value)
            else:
                sheet.write_string(row_index, col, str(value))
    sheet.freeze_panes(1, 0)
    if len(frame.columns):
        sheet.autofilter(0, 0, max(1, len(frame)), len(frame.columns) - 1)
    workbook.close()
    return buffer.getvalue()


def write_table(frame: pd.DataFrame, path: Path, *, file_format: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = xlsx_bytes(frame) if file_format == "xlsx" else csv_bytes(frame)
    path.write_bytes(data)
