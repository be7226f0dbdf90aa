"""The two ways in: ``read_workbook`` for a file on disk and ``sniff_bytes`` for an upload's
bytes — the format sniffed from the bytes, the checks for that format, then the reader for it."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from ingest.config import LoaderSettings
from ingest.readers.archive import inspect_zip, inspect_zip_parts
from ingest.readers.error_cells import xls_error_cells
from ingest.readers.hidden_columns import xlsx_hidden_columns
from ingest.readers.hidden_rows import xlsx_hidden_rows
from ingest.readers.html_tables import (LENIENT_SUFFIXES, looks_like_html, looks_like_text_table,
                                        read_text_workbook)
from ingest.readers.model import UnreadableFile, Workbook
from ingest.readers.old_excel import read_old_excel
from ingest.readers.shown_numbers import with_shown_numbers
from ingest.readers.sniffing import (OLE_SCAN_BYTES, check_size, check_text_name, inspect_ole,
                                     ole_kind, sniff_format)
from ingest.readers.text_tables import decode_text, read_text_table
from ingest.readers.workbooks import plain_xlsx, read_calamine


def sniff_bytes(name: str, data: bytes, settings: LoaderSettings) -> str:
    """The format the loader would read ``data`` as (xlsx | xls | ods | csv), with the same checks
    as ``read_workbook`` short of parsing — or UnreadableFile. For uploads, before saving."""
    if len(data) > settings.max_file_bytes:
        raise UnreadableFile("file_too_large", f"{len(data)} 字节，上限 {settings.max_file_bytes} 字节")
    if not data:
        raise UnreadableFile("corrupt_file", "空文件")
    kind = sniff_format(Path(name), data[:8])
    if kind == "zip":
        return inspect_zip(io.BytesIO(data), settings)
    if kind == "ole":
        return "xls" if ole_kind(data[:OLE_SCAN_BYTES]) == "xls95" else ole_kind(data[:OLE_SCAN_BYTES])
    if kind in {"pdf", "image"}:
        raise UnreadableFile("not_a_spreadsheet", "PDF 文件" if kind == "pdf" else "图片")
    if looks_like_html(data[:4096]) and Path(name).suffix.lower() in LENIENT_SUFFIXES:
        return "html"
    workbook_name = Path(name).suffix.lower() in LENIENT_SUFFIXES
    if not workbook_name:
        check_text_name(name, empty=False)
    try:
        text, _ = decode_text(data)
    except UnicodeDecodeError:  # a BOM followed by bytes that are not that encoding
        raise UnreadableFile("unknown_encoding") from None
    if "\x00" in text:
        raise UnreadableFile("not_a_spreadsheet", "二进制内容")
    if workbook_name and not looks_like_text_table(text):
        check_text_name(name, empty=False)
    return "csv"


def read_workbook(path: Path, settings: LoaderSettings) -> Workbook:
    """All sheets of one file. Raises UnreadableFile for anything that is not a readable table."""
    check_size(path, settings)
    with open(path, "rb") as handle:
        head = handle.read(8)
        kind = sniff_format(path, head)
        if kind == "zip":  # read once: the checks inflate the parts from these bytes
            data = head + handle.read(settings.max_file_bytes + 1 - len(head))
    if kind == "zip":
        if len(data) > settings.max_file_bytes:  # grown since check_size
            raise UnreadableFile("file_too_large", f"{len(data)} 字节，上限 {settings.max_file_bytes} 字节")
        found = inspect_zip_parts(io.BytesIO(data), settings, data=data)
        # an xlsx named .xls (renamed to match 「请报送.xls格式」): calamine would pick its reader by the name
        misnamed = found.file_format == "xlsx" and path.suffix.lower() not in (".xlsx", ".xlsm") \
            and "xl/workbook.xml" in found.names
        workbook = read_calamine(path, found.file_format, found.errors,
                                 data if plain_xlsx(path, found.names) or misnamed else None)
        if found.file_format == "xlsx":  # 41296 shown as 4.1296 by the format 0!.0000: read as shown
            workbook = with_shown_numbers(workbook, data)
        if found.file_format != "xlsx" or not found.may_hide_columns:  # no part says "hidden": none is
            return workbook
        return with_hidden_rows(with_hidden_columns(workbook, xlsx_hidden_columns(data)), xlsx_hidden_rows(data))
    if kind == "ole":
        file_format = inspect_ole(head, path)
        if file_format == "xls95":  # Excel 5.0/95: text in its code page (GBK), which xlrd applies
            return read_old_excel(path)
        return read_calamine(path, file_format, xls_error_cells(path))
    if kind in {"pdf", "image"}:
        raise UnreadableFile("not_a_spreadsheet", "PDF 文件" if kind == "pdf" else "图片")
    if head and path.suffix.lower() in LENIENT_SUFFIXES:  # a web export named .xls: a page or TSV
        workbook = read_text_workbook(path)
        if workbook is not None:
            return workbook
    check_text_name(path.name, empty=not head)
    return read_text_table(path)


def with_hidden_rows(workbook: Workbook, hidden: dict[str, frozenset[int]]) -> Workbook:
    if not hidden:
        return workbook
    return replace(workbook, sheets=tuple(replace(sheet, hidden_rows=hidden[sheet.name]) if sheet.name in hidden
                                          else sheet for sheet in workbook.sheets))


def with_hidden_columns(workbook: Workbook, hidden: dict[str, frozenset[int]]) -> Workbook:
    if not hidden:
        return workbook
    sheets = tuple(replace(sheet, hidden_columns=hidden[sheet.name]) if sheet.name in hidden else sheet
                   for sheet in workbook.sheets)
    return replace(workbook, sheets=sheets)
