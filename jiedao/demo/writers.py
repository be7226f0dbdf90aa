"""Sheet grids → files, one writer per format: .xlsx (xlsxwriter), .xls (xlwt) and a minimal
.ods written by hand; each deterministic, so a seed gives byte-identical files and mtimes."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import xlsxwriter
import xlwt

from jiedao.demo.model import Cell, SheetGrid


def write_xlsx(path: Path, sheets: list[SheetGrid], when: datetime) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    # A fixed creation date keeps the file byte-identical for a seed.
    workbook.set_properties({"created": when.replace(tzinfo=None), "author": "街道办"})
    for grid in sheets:
        sheet = workbook.add_worksheet(grid.name)
        covered = {(r, c) for r1, c1, r2, c2 in grid.merges
                   for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r1, c1, r2, c2 in grid.merges:
            sheet.merge_range(r1, c1, r2, c2, grid.rows[r1][c1] or "")
        for r, row in enumerate(grid.rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in covered:
                    sheet.write(r, c, value)
    workbook.close()


def write_xls(path: Path, sheets: list[SheetGrid]) -> None:
    workbook = xlwt.Workbook(encoding="utf-8")
    for grid in sheets:
        sheet = workbook.add_sheet(grid.name)
        covered = set()
        for r1, c1, r2, c2 in grid.merges:
            sheet.write_merge(r1, r2, c1, c2, grid.rows[r1][c1])
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, row in enumerate(grid.rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in covered:
                    sheet.write(r, c, value)
    workbook.save(str(path))


def _ods_cell(value: Cell, span: int) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None:
        return f"<table:table-cell{spanned}/>"
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"{spanned}>'
            f"<text:p>{escape(value)}</text:p></table:table-cell>")


def write_ods(path: Path, sheets: list[SheetGrid], when: datetime) -> None:
    """A minimal OpenDocument spreadsheet (what LibreOffice users send), written by hand."""
    tables = []
    for grid in sheets:
        spans = {(r1, c1): c2 - c1 + 1 for r1, c1, r2, c2 in grid.merges if r1 == r2}
        covered = {(r1, c) for r1, c1, r2, c2 in grid.merges if r1 == r2 for c in range(c1 + 1, c2 + 1)}
        body = []
        for r, row in enumerate(grid.rows):
            cells = ["<table:covered-table-cell/>" if (r, c) in covered
                     else _ods_cell(value, spans.get((r, c), 1)) for c, value in enumerate(row)]
            body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(grid.name)}">{"".join(body)}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data, method in (
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            archive.writestr(info, data.encode("utf-8"))


def touch(path: Path, when: datetime) -> None:
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))
