"""The sheet parts of an xlsx by sheet name, for what calamine does not report (hidden columns and
rows): each part is handed to a finder, and anything unusual gives nothing, never an error — the
readers' own checks report a broken file."""

from __future__ import annotations

import io
import zipfile
from typing import Callable
from xml.etree import ElementTree

NAMESPACES = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def per_sheet(data: bytes, find: Callable[[zipfile.ZipFile, str], frozenset[int]]) -> dict[str, frozenset[int]]:
    """Sheet name → what ``find`` finds in its part (only sheets where it finds something)."""
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
                if member in names and (indexes := find(archive, member)):
                    found[sheet.get("name", "")] = indexes
            return found
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError):
        return {}
