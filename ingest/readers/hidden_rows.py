"""Hidden rows of an xlsx (``<row r="34" hidden="1">``), which calamine does not report: rows a
clerk's filter (筛选) leaves out — a platform export's 已退回 records under their refiled ones —
or a draft row hidden under the return. Excel shows only the visible rows, and so they are read.
Rows are spread over the whole sheet part, so each part saying "hidden" is searched whole."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from ingest.readers.hidden_columns import NAMESPACES

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
    """Sheet name → its hidden row indexes (only sheets that have some). Anything unusual gives no
    hidden rows, never an error: the readers' own checks report a broken file."""
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
                part = archive.read(member)
                hidden = hidden_row_indexes(part) if b"hidden" in part else frozenset()
                if hidden:
                    found[sheet.get("name", "")] = hidden
            return found
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError):
        return {}
