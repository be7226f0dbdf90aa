"""Hidden columns of an xlsx (``<col min= max= hidden="1">``), which calamine does not report:
a clerk hides last month's figures beside this month's, and Excel shows only the visible ones.
Only the head of each sheet part is inflated: <cols> comes before <sheetData>."""

from __future__ import annotations

import re
import zipfile

from ingest.readers.xlsx_sheets import per_sheet

HEAD_BYTES = 64 * 1024
COLS = re.compile(rb"<(?:\w+:)?cols\b.*?</(?:\w+:)?cols>", re.DOTALL)
HIDDEN_COL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
ATTRIBUTE = re.compile(rb'\b(min|max|hidden)="([^"]*)"')


def hidden_ranges(head: bytes) -> frozenset[int]:
    """0-based indexes of the hidden columns declared in a sheet part's head."""
    cols = COLS.search(head)
    if cols is None or b"hidden" not in cols.group(0):
        return frozenset()
    found: set[int] = set()
    for element in HIDDEN_COL.findall(cols.group(0)):
        attributes = {key: value for key, value in ATTRIBUTE.findall(element)}
        if attributes.get(b"hidden") in (b"1", b"true"):
            low, high = int(attributes.get(b"min", b"0") or 0), int(attributes.get(b"max", b"0") or 0)
            if 1 <= low <= high <= 16384:
                found.update(range(low - 1, min(high, low + 1024)))
    return frozenset(found)


def xlsx_hidden_columns(data: bytes) -> dict[str, frozenset[int]]:
    """Sheet name → its hidden column indexes (only sheets that have some)."""
    def in_head(archive: zipfile.ZipFile, member: str) -> frozenset[int]:
        with archive.open(member) as part:
            return hidden_ranges(part.read(HEAD_BYTES))
    return per_sheet(data, in_head)
