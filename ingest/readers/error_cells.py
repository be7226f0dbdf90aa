"""Cells calamine returns as empty although they hold something: formula errors (#DIV/0!, #N/A),
read from an xlsx's sheet XML or with xlrd from an .xls, and xlsx formulas with no saved result
(written by a program, never calculated by Excel/WPS). Both are put back into the grid — an error
as its text, a formula as "=" and its text — so they are reported, not lost."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from xml.sax.saxutils import unescape

from ingest.readers.model import BINARY_PARTS, ErrorCells

ERROR_MARK = b't="e"'
FORMULA_MARK = b"<f"
FORMULA_TEXT = re.compile(rb"<f\b[^>]*>([^<]*)</f>")
ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)>(.*?)</c>', re.S)
CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
VALUE = re.compile(rb"<v>([^<]*)</v>")


def column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def formula_cells_without_result(xml: bytes) -> list[tuple[int, int, str]]:
    """Formula cells of a sheet's XML with no saved result (no ``<v>``, or an empty one), as
    (row, col, "=" + formula). A shared formula's followers carry no text: "=（共享公式）"."""
    found: list[tuple[int, int, str]] = []
    position = xml.find(FORMULA_MARK)
    while position != -1:
        start, end = xml.rfind(b"<c ", 0, position), xml.find(b"</c>", position)
        if start == -1 or end == -1:
            break
        cell = xml[start:end]
        value = VALUE.search(cell)
        if xml[position + 2:position + 3] in (b">", b" ", b"/") and not (value and value.group(1).strip()):
            ref, text = CELL_REF.search(cell), FORMULA_TEXT.search(cell)
            if ref:
                formula = unescape(text.group(1).decode("utf-8", "replace")) if text else "（共享公式）"
                found.append((int(ref.group(2)) - 1, column_index(ref.group(1)), f"={formula}"))
        position = xml.find(FORMULA_MARK, end)
    return found


def has_formula_without_result(xml: bytes) -> bool:
    return FORMULA_MARK in xml and bool(formula_cells_without_result(xml))


def no_error_cells(names: set[str] | frozenset[str], with_errors: set[str]) -> bool:
    """True when ``xlsx_error_cells`` would find none without reading a part: no workbook.xml,
    or no part with an error cell and none the scan skipped as an image (each sheet is one or
    the other)."""
    return "xl/workbook.xml" not in names or (
        not with_errors and not any(name.lower().endswith(BINARY_PARTS) for name in names))


def xlsx_error_cells(archive: zipfile.ZipFile, names: set[str], with_errors: set[str]) -> ErrorCells:
    """Formula errors (#DIV/0!) and formulas with no saved result, which calamine returns as
    empty: read from the sheet XML instead, so such a cell is reported rather than silently lost.
    ``with_errors``: the XML parts ``check_xml_parts`` saw one in — the others need not be read again."""
    found: ErrorCells = {}
    if no_error_cells(names, with_errors):
        return found
    namespaces = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                  "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    for sheet in workbook.iter(f"{{{namespaces['m']}}}sheet"):
        target = targets.get(sheet.get(f"{{{namespaces['r']}}}id"), "")
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if member not in names or (member not in with_errors
                                    and not member.lower().endswith(BINARY_PARTS)):
            continue
        xml = archive.read(member)
        cells = found.setdefault(sheet.get("name", ""), [])
        if ERROR_MARK in xml:
            for attributes, body in ERROR_CELL.findall(xml):
                ref, value = CELL_REF.search(attributes), VALUE.search(body)
                if ref and value:
                    cells.append((int(ref.group(2)) - 1, column_index(ref.group(1)),
                                  value.group(1).decode("utf-8", "replace")))
        if FORMULA_MARK in xml:
            cells.extend(formula_cells_without_result(xml))
        if not cells:
            del found[sheet.get("name", "")]
    return found


def xls_error_cells(path: Path) -> ErrorCells:
    """Formula errors (#DIV/0!) and error constants of an old-Excel/WPS .xls, which calamine also
    returns as empty: read with xlrd, so an error cell is reported rather than silently lost. A
    file xlrd cannot read gives no error cells; calamine's read still decides if it is readable."""
    import xlrd

    found: ErrorCells = {}
    try:
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except Exception:  # noqa: BLE001 — calamine reports an unreadable file in its own words
        return found
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            for r in range(sheet.nrows):
                for c, cell_type in enumerate(sheet.row_types(r)):
                    if cell_type == xlrd.XL_CELL_ERROR:
                        found.setdefault(sheet.name, []).append(
                            (r, c, xlrd.error_text_from_code.get(sheet.cell_value(r, c), "#ERROR!")))
            book.unload_sheet(index)
    except Exception:  # noqa: BLE001 — what was found so far still counts
        pass
    finally:
        book.release_resources()
    return found


def with_cells(rows: tuple[tuple[str, ...], ...], extra: list[tuple[int, int, str]]) -> tuple[tuple[str, ...], ...]:
    grid = [list(row) for row in rows]
    for r, c, text in extra:
        while len(grid) <= r:
            grid.append([])
        grid[r].extend([""] * (c + 1 - len(grid[r])))
        grid[r][c] = text
    width = max((len(row) for row in grid), default=0)
    return tuple(tuple(row + [""] * (width - len(row))) for row in grid)
