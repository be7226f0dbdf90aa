"""Generated returns written as the files clerks send: xlsx (openpyxl or xlsxwriter), xls (xlwt)
and CSV (UTF-8 with a BOM or GBK), merged ranges where the format has them."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from layout_render import Grid


def write_sheets(path: Path, fmt: str, sheets: dict[str, Grid]) -> None:
    """The sheets as one file of format ``fmt`` (xlsx | xlsx_xlsxwriter | xls | csv_utf8sig | csv_gbk)."""
    if fmt == "xlsx":
        _write_xlsx_openpyxl(path, sheets)
    elif fmt == "xlsx_xlsxwriter":
        _write_xlsx_xlsxwriter(path, sheets)
    elif fmt == "xls":
        _write_xls(path, sheets)
    else:
        (grid,) = sheets.values()
        _write_csv(path, grid, "utf-8-sig" if fmt == "csv_utf8sig" else "gbk")


def _write_xlsx_openpyxl(path: Path, sheets: dict[str, Grid]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, grid in sheets.items():
        sheet = book.create_sheet(name)
        for (r, c), value in grid.cells.items():
            sheet.cell(row=r + 1, column=c + 1, value=value)
        for r0, c0, r1, c1 in grid.merges:
            sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    book.save(path)


def _write_xlsx_xlsxwriter(path: Path, sheets: dict[str, Grid]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, grid in sheets.items():
        sheet = book.add_worksheet(name)
        covered = set()
        for r0, c0, r1, c1 in grid.merges:
            sheet.merge_range(r0, c0, r1, c1, grid.cells.get((r0, c0), ""))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for (r, c), value in grid.cells.items():
            if (r, c) in covered:
                continue
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write_number(r, c, value)
    book.close()


def _write_xls(path: Path, sheets: dict[str, Grid]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, grid in sheets.items():
        sheet = book.add_sheet(name)
        covered = set()
        for r0, c0, r1, c1 in grid.merges:
            sheet.write_merge(r0, r1, c0, c1, grid.cells.get((r0, c0), ""))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for (r, c), value in grid.cells.items():
            if (r, c) not in covered:
                sheet.write(r, c, value)
    book.save(str(path))


def _write_csv(path: Path, grid: Grid, encoding: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [["" if value is None else value for value in row] for row in grid.rows()])
    path.write_bytes(buffer.getvalue().encode(encoding))
