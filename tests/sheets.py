"""Spreadsheets for tests, written from rows as they appear on the sheet.

``None`` or "" is an empty cell. ``merged`` lists ranges like "B2:C2".
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

Rows = list[list[object]]


def write_xlsx(path: Path, sheets: dict[str, Rows], merged: dict[str, list[str]] | None = None) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None and value != "":
                    sheet.cell(row=r, column=c, value=value)
        for cell_range in (merged or {}).get(name, []):
            sheet.merge_cells(cell_range)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


# BIFF error codes (xlwt's own text map has #VALUE! and #N/A wrong).
XLS_ERRORS = {"#NULL!": 0, "#DIV/0!": 7, "#VALUE!": 15, "#REF!": 23, "#NAME?": 29, "#NUM!": 36, "#N/A": 42}


def write_xls(path: Path, sheets: dict[str, Rows], merged: dict[str, list[tuple[int, int, int, int]]] | None = None) -> Path:
    """``merged``: (row0, row1, col0, col1) 0-based inclusive, as xlwt wants them."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        spans = (merged or {}).get(name, [])
        covered = {(r, c) for r0, r1, c0, c1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, r1, c0, c1 in spans:
            sheet.write_merge(r0, r1, c0, c1, rows[r0][c0] if c0 < len(rows[r0]) else "")
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value in XLS_ERRORS:  # an error cell, as Excel leaves it after =1/0
                    sheet.row(r).set_cell_error(c, XLS_ERRORS[value])
                elif value is not None and value != "" and (r, c) not in covered:
                    sheet.write(r, c, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))
    return path


def write_ods(path: Path, sheets: dict[str, Rows]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            table_row = TableRow()
            for value in row:
                if value is None or value == "":
                    table_row.addElement(TableCell())
                elif isinstance(value, (int, float)):
                    cell = TableCell(valuetype="float", value=str(value))
                    cell.addElement(P(text=str(value)))
                    table_row.addElement(cell)
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                    table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def write_csv(path: Path, rows: Rows, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(
        [["" if value is None else value for value in row] for row in rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_docx_named(path: Path) -> Path:
    """A Word document wearing a spreadsheet's name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def write_xls95(path: Path, sheets: dict[str, Rows], codepage: int = 936) -> Path:
    """An Excel 5.0/95 workbook (BIFF5, stream "Book"), its text in the code page (936: GBK), as
    old Windows statistics systems still export. Text and number cells only."""
    import struct

    from xlwt.CompoundDoc import XlsDoc

    encoding = {936: "gbk", 1252: "cp1252"}[codepage]

    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    def bof(kind: int) -> bytes:
        return record(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x0DBB, 0x07CC))

    font = record(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 134, 0) + b"\x05Arial")
    xf = record(0x00E0, struct.pack("<HHHHHHHH", 0, 0, 0xFFF5, 0x0020, 0, 0, 0, 0))
    head = bof(0x0005) + record(0x0042, struct.pack("<H", codepage)) + font * 5 + xf * 15 \
        + record(0x00E0, struct.pack("<HHHHHHHH", 0, 0, 0x0001, 0x20C0, 0, 0, 0, 0))
    bodies = []
    for name, rows in sheets.items():
        body = bof(0x0010) + record(0x0200, struct.pack("<HHHHH", 0, len(rows), 0, max(map(len, rows)), 0))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str) and value:
                    text = value.encode(encoding)
                    body += record(0x0204, struct.pack("<HHHH", r, c, 15, len(text)) + text)
                elif isinstance(value, (int, float)):
                    body += record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
        bodies.append((name.encode(encoding), body + record(0x000A, b"")))
    position = len(head) + sum(4 + 7 + len(name) for name, _ in bodies) + 4
    stream = head
    for name, body in bodies:
        stream += record(0x0085, struct.pack("<IH", position, 0) + bytes([len(name)]) + name)
        position += len(body)
    stream += record(0x000A, b"") + b"".join(body for _, body in bodies)
    buffer = io.BytesIO()
    XlsDoc().save(buffer, stream)
    entry = {name: (name + "\x00").encode("utf-16-le") for name in ("Workbook", "Book")}
    entry = {name: data + b"\x00" * (64 - len(data)) + struct.pack("<H", len(data)) for name, data in entry.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().replace(entry["Workbook"], entry["Book"]))
    return path
