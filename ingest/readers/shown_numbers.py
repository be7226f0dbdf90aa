"""Numbers an xlsx shows otherwise than it stores them, by a number format that writes a literal:
``0!.0000`` (or ``0"."0000``, ``0\\.0000``) shows the cell 41296 as 4.1296 — a clerk's way of
writing 元 figures under a 万元 header; ``0.0"万元"`` shows 15 as 15.0万元 — 150,000 元, with no
unit anywhere else. Calamine gives the stored number; the reader sees what is shown, so the cell's
text becomes that. Only the styles' own number formats are looked at, and a sheet part is scanned
only when some style uses such a format."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from xml.etree import ElementTree

from ingest.readers.model import SheetGrid, Workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Digits, then a literal point (escaped by ! or \, or quoted), then the digits shown after it.
LITERAL_POINT = re.compile(r'^[#0,]*0(?:!\.|\\\.|"\.")([0#]+)$')
CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
ATTRIBUTE = re.compile(rb'\b(r|s|t)="([^"]*)"')
REF = re.compile(rb"([A-Z]{1,3})(\d{1,7})")


# A magnitude written after the figure by the format: 0.0"万元", #,##0"万", 0"亿元".
MAGNITUDE_SUFFIX = re.compile(r'^[#0,]*0(?:\.[0#]+)?"(万元|万|亿元|亿|千元)"$')


def magnitude_suffix(format_code: str) -> str | None:
    """The magnitude a format writes after the number (``0.0"万元"`` → 万元), else None."""
    found = MAGNITUDE_SUFFIX.match(format_code.split(";", 1)[0].strip())
    return found.group(1) if found else None


def literal_point_digits(format_code: str) -> int | None:
    """How many digits a format shows after a point it writes as a literal (``0!.0000`` → 4);
    None for any other format (a real decimal point, a date, text)."""
    first = format_code.split(";", 1)[0].strip()
    found = LITERAL_POINT.match(first)
    return len(found.group(1)) if found else None


def shifted_styles(styles_xml: bytes) -> dict[int, int | str]:
    """Cell style index → the digits its number format moves behind a literal point, or the
    magnitude it writes after the number."""
    root = ElementTree.fromstring(styles_xml)
    formats = {int(fmt.get("numFmtId", "-1")): how
               for fmt in root.iter(f"{{{MAIN}}}numFmt")
               if (how := literal_point_digits(code := fmt.get("formatCode", ""))) is not None
               or (how := magnitude_suffix(code)) is not None}
    if not formats:
        return {}
    cell_xfs = root.find(f"{{{MAIN}}}cellXfs")
    if cell_xfs is None:
        return {}
    return {index: formats[int(xf.get("numFmtId", "0"))]
            for index, xf in enumerate(cell_xfs.findall(f"{{{MAIN}}}xf"))
            if int(xf.get("numFmtId", "0")) in formats}


def cell_index(ref: bytes) -> tuple[int, int] | None:
    found = REF.fullmatch(ref)
    if found is None:
        return None
    column = 0
    for letter in found.group(1):
        column = column * 26 + letter - 64
    return int(found.group(2)) - 1, column - 1


def shown(text: str, how: int | str) -> str:
    """The stored number as the format shows it: 41296 with 4 digits → 4.1296; 15 with 万元 → 15万元."""
    try:
        value = float(text)
    except ValueError:
        return text
    return f"{text}{how}" if isinstance(how, str) else f"{value / 10 ** how:.{how}f}"


def with_shown_numbers(workbook: Workbook, data: bytes) -> Workbook:
    """The workbook with every cell of a literal-point format as it is shown. Anything unusual
    (a part missing, XML that does not parse) leaves the workbook as read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/styles.xml" not in names or "xl/workbook.xml" not in names \
                    or "xl/_rels/workbook.xml.rels" not in names:
                return workbook
            styles = shifted_styles(archive.read("xl/styles.xml"))
            if not styles:
                return workbook
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
            parts: dict[str, str] = {}
            for sheet in book.iter(f"{{{MAIN}}}sheet"):
                target = targets.get(sheet.get(f"{{{RELS}}}id"), "")
                parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            sheets = tuple(shift_sheet(sheet, archive.read(parts[sheet.name]), styles)
                           if parts.get(sheet.name) in names else sheet for sheet in workbook.sheets)
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError):
        return workbook
    return replace(workbook, sheets=sheets)


def shift_sheet(sheet: SheetGrid, part: bytes, styles: dict[int, int | str]) -> SheetGrid:
    changed: dict[tuple[int, int], int | str] = {}
    for element in CELL.finditer(part):
        attributes = dict(ATTRIBUTE.findall(element.group(1)))
        style = attributes.get(b"s")
        if style is None or attributes.get(b"t", b"n") != b"n" or int(style) not in styles:
            continue
        where = cell_index(attributes.get(b"r", b""))
        if where is not None:
            changed[where] = styles[int(style)]
    if not changed:
        return sheet
    rows = [list(row) for row in sheet.rows]
    for (r, c), how in changed.items():
        if r < len(rows) and c < len(rows[r]) and rows[r][c].strip():
            rows[r][c] = shown(rows[r][c], how)
    return replace(sheet, rows=tuple(tuple(row) for row in rows))
