"""Hidden columns of an xlsx (``<col min= max= hidden="1">``), which calamine does not report:
a clerk hides last month's figures beside this month's, and Excel shows only the visible ones.
Only the head of each sheet part is inflated: <cols> comes before <sheetData>."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

HEAD_BYTES = 64 * 1024
COLS = re.compile(rb"<(?:\w+:)?cols\b.*?</(?:\w+:)?cols>", re.DOTALL)
HIDDEN_COL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
ATTRIBUTE = re.compile(rb'\b(min|max|hidden)="([^"]*)"')
NAMESPACES = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


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
    """Sheet name → its hidden column indexes (only sheets that have some). Anything unusual
    (a part missing, XML that does not parse) gives no hidden columns, never an error: the
    readers' own checks report a broken file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
                return {}
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
            found: dict[str, frozenset[int]] = {}
            for sheet in workbook.iter(f"{{{NAMESPACES['m']}}}sheet"):
                target = targets.get(sheet.get(f"{{{NAMESPACES['r']}}}id"), "")
                member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                if member not in names:
                    continue
                with archive.open(member) as part:
                    hidden = hidden_ranges(part.read(HEAD_BYTES))
                if hidden:
                    found[sheet.get("name", "")] = hidden
            return found
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError):
        return {}
