"""Excel 5.0/95 workbooks (BIFF5/BIFF7 .xls, still written by old 统计 systems and WPS exports):
their text is in the workbook's code page (GBK in China), which calamine does not apply, so it
would read every Chinese header as mojibake. xlrd reads the code page; this module gives the same
``Workbook`` the calamine reader gives. Excel 97 and later (BIFF8) stay with calamine."""

from __future__ import annotations

import io
from pathlib import Path

from ingest.readers.model import SheetGrid, UnreadableFile, Workbook, indented_text
from ingest.readers.workbooks import cell_text


def read_old_excel(path: Path) -> Workbook:
    """Every sheet, as the calamine reader gives them (texts, merged ranges, hidden sheets)."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, logfile=io.StringIO())
    except Exception as error:  # noqa: BLE001 — an old workbook xlrd cannot finish is damaged
        raise UnreadableFile("corrupt_file", str(error)[:120]) from None
    try:
        return Workbook("xls", book.encoding, tuple(sheet_grid(book, sheet) for sheet in book.sheets()))
    finally:
        book.release_resources()


def sheet_grid(book, sheet) -> SheetGrid:
    import xlrd

    rows = []
    indented: set[str] = set()
    for r in range(sheet.nrows):
        texts = []
        for c, kind in enumerate(sheet.row_types(r)):
            value = sheet.cell_value(r, c)
            if kind == xlrd.XL_CELL_DATE:
                value = xlrd.xldate_as_datetime(value, book.datemode)
            elif kind == xlrd.XL_CELL_ERROR:
                value = xlrd.error_text_from_code.get(value, "#ERROR!")
            elif kind == xlrd.XL_CELL_BOOLEAN:
                value = bool(value)
            texts.append(indented_text(value, cell_text(value), indented) if type(value) is str else cell_text(value))
        rows.append(tuple(texts))
    width = max((len(row) for row in rows), default=0)
    rows = [row + ("",) * (width - len(row)) for row in rows]
    merged = tuple((r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells)
    return SheetGrid(sheet.name, tuple(rows), merged, sheet.visibility != 0, indented_texts=frozenset(indented))
