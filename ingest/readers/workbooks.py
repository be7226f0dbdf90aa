"""Workbooks (xlsx, xls, WPS .et, ods) read with python-calamine: every sheet's cells as text the
way a person reads them, merged ranges (an ods's from ``ods_merges``), and calamine's errors
turned into problem codes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import python_calamine

from ingest.readers.error_cells import with_cells
from ingest.readers.model import ErrorCells, SheetGrid, UnreadableFile, Workbook, indented_text
from ingest.readers.ods_merges import with_ods_merges


def cell_text(value: object) -> str:
    """A cell as text the way a person reads it: 1869.0 → "1869", a date → "2025-01-01"."""
    if isinstance(value, float):  # numbers first: the most common non-text cell
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


class FloatTexts(dict):
    """float → its cell text, filled on first use (bounded: cleared when it grows large)."""

    def __missing__(self, value: float) -> str:
        if len(self) >= 1 << 16:
            self.clear()
        text = self[value] = cell_text(value)
        return text


number_text = FloatTexts().__getitem__


def plain_xlsx(path: Path, names: frozenset[str]) -> bool:
    """A workbook calamine reads with its xlsx reader whether it is given the path (chosen by the
    suffix) or the bytes (each reader tried in turn: xls fails on a zip, and xlsb and ods find
    none of their parts here) — so reading the bytes already in memory gives the same sheets."""
    return path.suffix in (".xlsx", ".xlsm") and "xl/workbook.xml" in names \
        and not names & {"xl/workbook.bin", "content.xml", "mimetype"}


def open_calamine(path: Path, data: bytes | None) -> python_calamine.CalamineWorkbook:
    """From the bytes when given (no file reads through a buffered reader's seeks), else from
    the path; a failure from the bytes is read again from the path, so errors read the same."""
    if data is not None:
        try:
            return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception:  # noqa: BLE001 — the path read below reports it
            pass
    return python_calamine.CalamineWorkbook.from_path(str(path))


def sheet_texts(book: python_calamine.CalamineWorkbook, name: str, sheet: python_calamine.CalamineSheet,
                indented: set[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """A sheet's cell texts from A1, row by row, as ``to_python(skip_empty_area=False)`` gives
    them — read a row at a time (``iter_rows``: no list of every cell's Python value beside the
    texts), each text kept once however often it repeats (a million rows naming the same few
    communities and months hold a few hundred strings, not millions). ``iter_rows`` starts at the
    sheet's first used column: the columns before it are put back; a sheet it gives in any other
    shape is read again whole. Texts typed after leading spaces go into ``indented``."""
    start, end = sheet.start, sheet.end
    indented = set() if indented is None else indented
    kept: dict[str, str] = {}
    keep = kept.setdefault
    # Most cells are text or empty: strip them here rather than call cell_text per cell;
    # numbers repeat, so each float's text is worked out once.
    texts = (lambda row: tuple([keep(t := indented_text(v, v.strip(), indented), t) if type(v) is str
                                else (type(v) is float and number_text(v)) or cell_text(v) for v in row]))
    if start is not None and end is not None:
        pad = ("",) * start[1]
        rows = tuple([pad + texts(row) for row in sheet.iter_rows()])
        if len(rows) == end[0] + 1 and all(len(row) == end[1] + 1 for row in rows):
            return rows
    return tuple(map(texts, book.get_sheet_by_name(name).to_python(skip_empty_area=False)))


def read_calamine(path: Path, file_format: str, errors: ErrorCells, data: bytes | None = None) -> Workbook:
    try:
        book = open_calamine(path, data)
        try:
            sheets = []
            hidden = {meta.name for meta in book.sheets_metadata if str(meta.visible).endswith("Hidden")}
            for name in book.sheet_names:
                sheet = book.get_sheet_by_name(name)
                indented: set[str] = set()
                rows = sheet_texts(book, name, sheet, indented)
                merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or ()))
                sheets.append(SheetGrid(name, rows, merged, name in hidden, indented_texts=frozenset(indented)))
        finally:
            book.close()
    except python_calamine.PasswordError:
        raise UnreadableFile("password_protected") from None
    except (python_calamine.ZipError, python_calamine.XmlError) as error:
        raise UnreadableFile("corrupt_file", str(error)[:120]) from None
    except python_calamine.CalamineError as error:
        message = str(error)
        if "password" in message.lower() or "encrypt" in message.lower():
            raise UnreadableFile("password_protected") from None
        raise UnreadableFile("corrupt_file", message[:120]) from None
    if file_format == "ods":  # calamine gives no merged ranges for ods: read from content.xml
        sheets = with_ods_merges(path, sheets)
    if errors:
        sheets = [replace(sheet, rows=with_cells(sheet.rows, errors[sheet.name]),
                          formula_cells=frozenset((r, c) for r, c, text in errors[sheet.name] if text.startswith("=")))
                  if sheet.name in errors else sheet for sheet in sheets]
    return Workbook(file_format, None, tuple(sheets))
