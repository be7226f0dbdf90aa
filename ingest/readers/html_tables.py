"""Web-system exports saved as .xls that are really text: an HTML page of <table>s (what many
government systems send as "导出Excel") or tab-separated lines. Excel opens both under an .xls
(or WPS .et) name, with a warning; so does jiedao. Under an .xlsx name Excel refuses such a
file, and so does jiedao (not_a_spreadsheet): nobody could have checked what it shows.

An HTML page becomes one sheet the way Excel shows it: text outside tables (a title, a note) is
a row of its own, each table's rows follow with rowspan/colspan as merged ranges, a blank row
between tables. <br> inside a cell is a line break in its text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ingest.readers.model import SheetGrid, UnreadableFile, Workbook
from ingest.readers.text_tables import decode_with_damage, read_text_table

HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|table|head|body|meta)",
                        re.IGNORECASE | re.DOTALL)
CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)
LENIENT_SUFFIXES = {".xls", ".et"}  # the names Excel and WPS open a page or text under
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "title", "li"}
SKIPPED = {"script", "style", "head"}
HTML_SPACE = re.compile(r"[ \t\r\f]+")  # a page's blanks; a full-width space (U+3000) is text


def looks_like_html(head: bytes) -> bool:
    """The first bytes of a web page (after a BOM and blanks)."""
    return bool(HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")))


def looks_like_text_table(text: str) -> bool:
    """Tab-separated lines: at least two lines with a tab each, and no zero bytes."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    return "\x00" not in text and len(lines) >= 2 and sum("\t" in line for line in lines) >= 2


def decode_page(data: bytes) -> str:
    """The page's own charset when it names one (GBK pages often do), else UTF-8 or GB18030."""
    named = CHARSET.search(data[:4096])
    if named:
        try:
            return data.decode(named.group(1).decode("ascii").lower().replace("gb2312", "gb18030")
                               .replace("gbk", "gb18030"))
        except (LookupError, UnicodeDecodeError):
            pass
    text, _, _ = decode_with_damage(data)
    return text


class _Page(HTMLParser):
    """Rows of cells in page order; each table's cells placed on a grid around its spans."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.merged: list[tuple[int, int, int, int]] = []
        self.skip = 0
        self.text: list[str] = []       # text outside tables, up to the next block end
        self.table_depth = 0
        self.table_rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self.skip += 1
        elif tag == "table":
            self.table_depth += 1
            if self.table_depth == 1:
                self._flush_text()
                self.table_rows = []
        elif self.table_depth == 1 and tag == "tr":
            self.table_rows.append([])
        elif self.table_depth == 1 and tag in ("td", "th"):
            values = dict(attrs)
            self.cell = []
            self.span = (_count(values.get("rowspan")), _count(values.get("colspan")))
        elif tag == "br":
            (self.cell if self.cell is not None else self.text).append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag == "table":
            self._end_cell()
            if self.table_depth == 1:
                self._place_table()
            self.table_depth = max(0, self.table_depth - 1)
        elif self.table_depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self.table_depth == 0 and tag in BLOCKS:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.table_depth == 0:
            self.text.append(data)

    def close(self) -> None:
        super().close()
        self._end_cell()
        if self.table_depth:
            self._place_table()
        self._flush_text()

    def _end_cell(self) -> None:
        if self.cell is None:
            return
        if not self.table_rows:
            self.table_rows.append([])
        self.table_rows[-1].append((_cell_text("".join(self.cell)), *self.span))
        self.cell = None

    def _flush_text(self) -> None:
        text = _cell_text("".join(self.text))
        self.text = []
        if text:
            self.rows.append([text])

    def _place_table(self) -> None:
        if self.rows and self.table_rows:
            self.rows.append([])
        top = len(self.rows)
        grid: dict[tuple[int, int], str] = {}
        for r, cells in enumerate(self.table_rows):
            c = 0
            for text, rowspan, colspan in cells:
                while (r, c) in grid:
                    c += 1
                for dr in range(rowspan):
                    for dc in range(colspan):
                        grid[(r + dr, c + dc)] = ""
                grid[(r, c)] = text
                if rowspan > 1 or colspan > 1:
                    self.merged.append((top + r, c, top + r + rowspan - 1, c + colspan - 1))
                c += colspan
        height = max((r for r, _ in grid), default=-1) + 1
        width = max((c for _, c in grid), default=-1) + 1
        self.rows.extend([grid.get((r, c), "") for c in range(width)] for r in range(height))
        self.table_rows = []
        self.tables += 1


def _count(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    return max(1, min(int(digits.group(1)), 1000)) if digits else 1


def _cell_text(text: str) -> str:
    lines = [HTML_SPACE.sub(" ", line.replace("\xa0", " ")).strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def read_html_table(path: Path, data: bytes) -> Workbook:
    page = _Page()
    page.feed(decode_page(data))
    page.close()
    if not page.tables or not any(any(cell for cell in row) for row in page.rows):
        raise UnreadableFile("not_a_spreadsheet", "网页中没有表格内容")
    width = max(len(row) for row in page.rows)
    rows = tuple(tuple(row) + ("",) * (width - len(row)) for row in page.rows)
    return Workbook("html", None, (SheetGrid(path.stem, rows, tuple(page.merged)),))


def read_text_workbook(path: Path) -> Workbook | None:
    """A workbook-named file whose bytes are an HTML page or tab-separated text, read as such;
    None when it is neither (the caller refuses it)."""
    data = path.read_bytes()
    if looks_like_html(data[:4096]):
        return read_html_table(path, data)
    try:
        text, _, _ = decode_with_damage(data)
    except UnreadableFile:
        return None
    if looks_like_text_table(text):
        return read_text_table(path)
    return None
