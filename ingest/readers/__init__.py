"""Every supported format → sheets of cell texts plus merged ranges (nothing else is parsed here).

The format is sniffed from the bytes, not taken from the name: a .docx renamed .xlsx, a truncated
zip or an encrypted workbook raises ``UnreadableFile`` with a problem code, before any parsing.

The package, one job per module:

- ``dispatch``    — ``read_workbook`` (a file on disk) and ``sniff_bytes`` (an upload's bytes)
- ``sniffing``    — the format from the first bytes, the size limit, OLE2 containers, text names
- ``archive``     — zip-bomb and XML-bomb checks on an xlsx or ods archive
- ``workbooks``   — xlsx, xls, .et and ods read with python-calamine, cells as text
- ``ods_merges``  — an .ods file's merged ranges from content.xml (calamine gives none for ods)
- ``error_cells`` — formula-error cells (#DIV/0!) calamine drops, from the sheet XML or xlrd
- ``text_tables`` — .csv, .txt, .tsv: encoding and delimiter
- ``html_tables`` — a web system's "Excel" export: an HTML page or tab-separated text named .xls
- ``model``       — ``SheetGrid``, ``Workbook``, ``UnreadableFile``, the suffixes

The names below are importable from ``ingest.readers``. Two are left out on purpose, because a
test changes them where they are used: ``archive.WHOLE_PART_BYTES`` and ``dispatch.plain_xlsx``
(patching them here would change nothing, so that now fails instead).
"""

from __future__ import annotations

from ingest.readers.archive import (DECLARATION_STARTS, IMAGE_MAGIC, LOCAL_HEADER,
                                    UNSUPPORTED_FLAGS, XML_DECLARATION, check_xml_parts,
                                    declaration_pattern, inspect_zip, inspect_zip_parts,
                                    scan_part, whole_part)
from ingest.readers.dispatch import read_workbook, sniff_bytes
from ingest.readers.error_cells import (CELL_REF, ERROR_CELL, ERROR_MARK, VALUE, column_index,
                                        with_cells, xls_error_cells, xlsx_error_cells)
from ingest.readers.model import (BINARY_PARTS, ErrorCells, SPREADSHEET_SUFFIXES, SheetGrid,
                                  TEXT_SUFFIXES, UnreadableFile, WORKBOOK_SUFFIXES, Workbook)
from ingest.readers.sniffing import (OLE_MAGIC, OLE_SCAN_BYTES, ZIP_MAGIC, check_size,
                                     check_text_name, inspect_ole, ole_kind, sniff_format)
from ingest.readers.text_tables import decode_text, read_text_table
from ingest.readers.workbooks import (FloatTexts, cell_text, number_text, open_calamine,
                                      read_calamine)

__all__ = [
    "BINARY_PARTS", "CELL_REF", "DECLARATION_STARTS", "ERROR_CELL", "ERROR_MARK", "ErrorCells",
    "FloatTexts", "IMAGE_MAGIC", "LOCAL_HEADER", "OLE_MAGIC", "OLE_SCAN_BYTES",
    "SPREADSHEET_SUFFIXES", "SheetGrid", "TEXT_SUFFIXES", "UNSUPPORTED_FLAGS", "UnreadableFile",
    "VALUE", "WORKBOOK_SUFFIXES", "Workbook", "XML_DECLARATION", "ZIP_MAGIC",
    "cell_text", "check_size", "check_text_name", "check_xml_parts", "column_index",
    "declaration_pattern", "decode_text", "inspect_ole", "inspect_zip", "inspect_zip_parts",
    "number_text", "ole_kind", "open_calamine", "read_calamine", "read_text_table",
    "read_workbook", "scan_part", "sniff_bytes", "sniff_format", "whole_part", "with_cells",
    "xls_error_cells", "xlsx_error_cells",
]
