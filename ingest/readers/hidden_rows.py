"""Hidden rows of an xlsx (``<row r="34" hidden="1">``), which calamine does not report: rows a
clerk's filter (筛选) leaves out — a platform export's 已退回 records under their refiled ones —
or a draft row hidden under the return. Excel shows only the visible rows, and so they are read.
Rows are spread over the whole sheet part, so each part saying "hidden" is searched whole."""

from __future__ import annotations

import re
import zipfile

from ingest.readers.xlsx_sheets import per_sheet

HIDDEN_ATTRIBUTE = re.compile(rb'\bhidden="(?:1|true)"')
ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^<>]*>")
ROW_NUMBER = re.compile(rb'\br="(\d+)"')
MAX_ROWS = 1_048_576


def hidden_row_indexes(part: bytes) -> frozenset[int]:
    """0-based indexes of the rows a sheet part marks hidden (a row without its number is passed
    over: which row it is cannot be said without counting every row before it)."""
    found: set[int] = set()
    for attribute in HIDDEN_ATTRIBUTE.finditer(part):
        start = part.rfind(b"<", 0, attribute.start())
        tag = ROW_TAG.match(part, start) if start >= 0 else None
        if tag is None or tag.end() < attribute.end():
            continue  # a hidden column, sheet or something else
        number = ROW_NUMBER.search(tag.group(0))
        if number and 1 <= int(number.group(1)) <= MAX_ROWS:
            found.add(int(number.group(1)) - 1)
    return frozenset(found)


def xlsx_hidden_rows(data: bytes) -> dict[str, frozenset[int]]:
    """Sheet name → its hidden row indexes (only sheets that have some)."""
    def in_part(archive: zipfile.ZipFile, member: str) -> frozenset[int]:
        part = archive.read(member)
        return hidden_row_indexes(part) if b"hidden" in part else frozenset()
    return per_sheet(data, in_part)
