"""Write tables the way Chinese Excel users open them: CSV in utf-8-sig, styled XLSX, no formulas.

Text that begins with = + - @ would run as a formula in Excel or WPS; it gets a leading
apostrophe. Numbers stay numbers and codes stay text.

`text_columns` name the columns of codes (12-digit community codes, periods) a person opens:
in XLSX they are string cells in a column formatted '@'; in CSV each code is written as the
formula ="654201001001" — the only CSV form Excel and WPS open as the 12 digits themselves
(no 6.54201E+11, no hidden character: a leading tab would stay in the cell and break lookups).
Only codes of letters, digits and - _ . : are written so; anything else is neutralized as text.
Decimal values (rounded by jiedao.export_columns) keep their decimals: "12.50", format 0.00.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Sequence
from decimal import Decimal
from pathlib import Path

import pandas as pd
import xlsxwriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CODE_TEXT = re.compile(r"[0-9A-Za-z_.:-]+")


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


def csv_bytes(frame: pd.DataFrame, *, text_columns: Collection[str] = ()) -> bytes:
    """CSV with a BOM so that Excel on Chinese Windows reads UTF-8 correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([str(name) for name in frame.columns])
    codes = [str(name) in text_columns for name in frame.columns]
    for record, row in zip(frame.itertuples(index=False, name=None), _rows(frame)):
        writer.writerow(["" if value is None else
                         excel_text(raw) if code and excel_text(raw) else _csv_text(value)
                         for raw, value, code in zip(record, row, codes)])
    return buffer.getvalue().encode("utf-8-sig")


def excel_text(value: object) -> str | None:
    """A code as ="654201001001", which Excel and WPS show as exactly that text; None otherwise."""
    if isinstance(value, str) and CODE_TEXT.fullmatch(value):
        return f'="{value}"'
    return None


def _csv_text(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_bytes(frame: pd.DataFrame, *, sheet_name: str = "数据", headers: Sequence[str] | None = None,
               text_columns: Collection[str] = ()) -> bytes:
    """A workbook with a bold, shaded, frozen header row; codes written as text, never numbers."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
    sheet = workbook.add_worksheet(sheet_name[:31])
    header_format = workbook.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    text_format = workbook.add_format({"num_format": "@"})
    decimal_formats: dict[int, object] = {}
    titles = list(headers) if headers else [str(name) for name in frame.columns]
    codes = [str(name) in text_columns for name in frame.columns]
    for col, title in enumerate(titles):
        sheet.write_string(0, col, title, header_format)
        sheet.set_column(col, col, max(10, min(40, len(title) * 2 + 2)),
                         text_format if codes[col] else None)
    for row_index, row in enumerate(_rows(frame), start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                sheet.write_boolean(row_index, col, value)
            elif isinstance(value, Decimal):
                places = max(0, -int(value.as_tuple().exponent))
                if places not in decimal_formats:
                    decimal_formats[places] = workbook.add_format(
                        {"num_format": "0." + "0" * places if places else "0"})
                sheet.write_number(row_index, col, float(value), decimal_formats[places])
            elif isinstance(value, (int, float)) and not codes[col]:
                sheet.write_number(row_index, col, value)
            else:
                sheet.write_string(row_index, col, str(value), text_format if codes[col] else None)
    sheet.freeze_panes(1, 0)
    if len(frame.columns):
        sheet.autofilter(0, 0, max(1, len(frame)), len(frame.columns) - 1)
    workbook.close()
    return buffer.getvalue()


def write_table(frame: pd.DataFrame, path: Path, *, file_format: str,
                text_columns: Collection[str] = ()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (xlsx_bytes(frame, text_columns=text_columns) if file_format == "xlsx"
            else csv_bytes(frame, text_columns=text_columns))
    path.write_bytes(data)
