"""Merged ranges of an .ods workbook, which python-calamine does not report: read from the spans
(``table:number-columns-spanned`` / ``table:number-rows-spanned``) on the cells of content.xml.

Positions are counted as calamine counts them, so a range indexes the grid calamine gave
(``to_python(skip_empty_area=False)`` starts at the sheet's row 0, column 0, leading empty rows
and columns included): every ``table:table-row`` of a ``table:table`` is a row (inside header-row
or row-group wrappers too), taken ``table:number-rows-repeated`` times; every ``table:table-cell``
and ``table:covered-table-cell`` of a row is a column, taken ``table:number-columns-repeated``
times; what is inside a cell is skipped. Names are matched as written ("table:…"), as calamine
matches them. Repeats are counted, never expanded, and a range is kept only within the grid
calamine read (clipped to it): a million repeated empty rows cost nothing.

content.xml is streamed from the archive in chunks, each checked for DTD and entity declarations
(``archive.scan_part``) before the parser sees it, and expat refuses any DOCTYPE as well. Without
any span it is only scanned, not parsed; with spans, XML that is not well formed (which calamine
may have let through) makes the file ``corrupt_file``.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Iterator
from xml.parsers import expat

from ingest.readers.archive import scan_part
from ingest.readers.model import SheetGrid, UnreadableFile

Merge = tuple[int, int, int, int]  # row0, col0, row1, col1 inclusive, as SheetGrid.merged
CELLS = frozenset({"table:table-cell", "table:covered-table-cell"})
CHUNK_BYTES = 1 << 20
OVERLAP = 32  # as archive.check_xml_parts: a declaration split across two chunks is still seen
SPANS = (b"-spanned", "-spanned".encode("utf-16-le"),   # UTF-8, or UTF-16 in either byte order
         b"table:visibility", "table:visibility".encode("utf-16-le"))   # a hidden (collapsed) row


def number(attributes: dict[str, str], key: str) -> int:
    """A repeat or span count; 1 when absent or not a number (calamine has refused a bad repeat)."""
    text = attributes.get(key)
    if text is None:
        return 1
    try:
        return max(int(text), 0)
    except ValueError:
        return 1


class SpanReader:
    """Expat handlers: row and column positions counted table by table, spans kept as ranges."""

    def __init__(self, sizes: dict[str, tuple[int, int]]) -> None:
        self.sizes = sizes                      # sheet name → (height, width) of calamine's grid
        self.merges: dict[str, list[Merge]] = {}
        self.hidden_rows: dict[str, set[int]] = {}
        self.found: list[Merge] = []
        self.hidden: set[int] = set()
        self.height = self.width = 0            # the current table's grid (0, 0: none, or outside tables)
        self.row = self.row_repeat = self.col = 0
        self.inside_cell = 0                    # element depth within a cell: its content is skipped

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.inside_cell:
            self.inside_cell += 1
        elif name in CELLS:
            self.inside_cell = 1
            repeat = number(attributes, "table:number-columns-repeated")
            if name == "table:table-cell" and self.col < self.width and self.row < self.height:
                rows = number(attributes, "table:number-rows-spanned")
                cols = number(attributes, "table:number-columns-spanned")
                if rows > 1 or cols > 1:
                    self.add(rows, cols, repeat)
            self.col += repeat
        elif name == "table:table-row":
            self.row_repeat = number(attributes, "table:number-rows-repeated")
            self.col = 0
            if attributes.get("table:visibility", "visible") != "visible":  # collapse, filter
                self.hidden.update(range(self.row, min(self.row + self.row_repeat, self.height)))
        elif name == "table:table":
            table = attributes.get("table:name", "")
            self.height, self.width = self.sizes.get(table, (0, 0))
            self.found = self.merges.setdefault(table, [])
            self.hidden = self.hidden_rows.setdefault(table, set())
            self.row = 0

    def end(self, name: str) -> None:
        if self.inside_cell:
            self.inside_cell -= 1
        elif name == "table:table-row":
            self.row += self.row_repeat
        elif name == "table:table":
            self.height = self.width = 0

    def add(self, rows: int, cols: int, repeat: int) -> None:
        """One range per repetition of the cell (its row's and its own) that starts in the grid:
        at most one per grid cell however large the repeat counts."""
        for r0 in range(self.row, min(self.row + self.row_repeat, self.height)):
            r1 = min(r0 + rows, self.height) - 1
            for c0 in range(self.col, min(self.col + repeat, self.width)):
                c1 = min(c0 + cols, self.width) - 1
                if (r1, c1) != (r0, c0):
                    self.found.append((r0, c0, r1, c1))


def refuse_declaration(*_: object) -> None:
    raise UnreadableFile("xml_bomb", "「content.xml」中的 <!DOCTYPE")


def scanned_chunks(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> Iterator[tuple[bytes, bytes]]:
    """content.xml streamed in chunks, each checked for declarations before it is handed on;
    with each chunk, the end of the one before (a word split across two chunks is still found)."""
    with archive.open(entry) as stream:  # inflates no more than the declared (already checked) size
        tail, first = b"", True
        while chunk := stream.read(CHUNK_BYTES):
            scan_part(entry, tail + chunk, first, set())
            yield tail, chunk
            tail, first = chunk[-OVERLAP:], False


def ods_merges(path: Path, sizes: dict[str, tuple[int, int]]) -> SpanReader:
    """Each sheet's merged ranges and hidden rows, for sheets of the given grid sizes — or
    UnreadableFile. A content.xml without a span or a hidden row is not parsed: the bytes are
    only scanned (most sheets)."""
    reader = SpanReader(sizes)
    parser = expat.ParserCreate()
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.StartDoctypeDeclHandler = refuse_declaration
    parser.EntityDeclHandler = refuse_declaration
    try:
        with zipfile.ZipFile(path) as archive:
            entry = archive.getinfo("content.xml")
            if not any(mark in tail + chunk for tail, chunk in scanned_chunks(archive, entry) for mark in SPANS):
                return reader
            for _, chunk in scanned_chunks(archive, entry):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise UnreadableFile("corrupt_file", f"「content.xml」第 {error.lineno} 行："
                                             f"{expat.ErrorString(error.code)}") from None
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as error:
        raise UnreadableFile("corrupt_file", f"「content.xml」：{error}"[:120]) from None
    return reader


def with_ods_merges(path: Path, sheets: list[SheetGrid]) -> list[SheetGrid]:
    """The sheets calamine read from an .ods, each with its merged ranges and hidden rows from
    content.xml."""
    sizes = {sheet.name: (len(sheet.rows), max(map(len, sheet.rows), default=0)) for sheet in sheets}
    found = ods_merges(path, sizes)
    merges, hidden = found.merges, found.hidden_rows
    return [replace(sheet, merged=tuple(merges[sheet.name]) if merges.get(sheet.name) and not sheet.merged
                    else sheet.merged, hidden_rows=frozenset(hidden.get(sheet.name, ())))
            for sheet in sheets]
