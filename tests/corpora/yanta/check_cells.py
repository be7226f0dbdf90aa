#!/usr/bin/env python3
"""Read every truth, ignore and quarter cell back from the files and compare with the raw text recorded.

    .venv/bin/python tests/corpora/yanta/check_cells.py      # needs python-calamine

The file's bytes decide how it is read, not its extension (several .xls here are not BIFF):
- a zip (xlsx, ods) or an OLE2 container (BIFF8 .xls): python-calamine;
- an .xls whose text starts with "<": an HTML table as a web system exports it; rowspan/colspan are laid out on a
  grid the way a spreadsheet program opens the file, and the charset comes from the <meta> tag;
- any other .xls: tab-separated text; .csv: comma-separated text.
Text files: UTF-8 with BOM, else UTF-8 when the bytes decode as UTF-8, else GBK (HTML: its meta charset).
Cells of text files are named column letter + line (HTML: table row) number. A numeric cell matches when its
number equals the recorded raw text read as a number.
"""
import csv
import html.parser
import io
import os
import re
import sys

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
_cache = {}


def decode(data):
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk")


class TableGrid(html.parser.HTMLParser):
    """The first <table> as a grid of cell texts, rowspan and colspan laid out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.taken = [], set()
        self.r = -1
        self.c = 0
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.r += 1
            self.c = 0
        elif tag in ("td", "th"):
            while (self.r, self.c) in self.taken:
                self.c += 1
            rs, cs = int(a.get("rowspan", 1)), int(a.get("colspan", 1))
            for i in range(rs):
                for j in range(cs):
                    self.taken.add((self.r + i, self.c + j))
            self.cell = [self.r, self.c, ""]
            self.c += cs
        elif tag == "br" and self.cell is not None:
            self.cell[2] += "\n"

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            r, c, text = self.cell
            while len(self.rows) <= r:
                self.rows.append([])
            row = self.rows[r]
            while len(row) <= c:
                row.append("")
            row[c] = text.strip()
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[2] += data


def html_rows(data):
    head = data[:2048].decode("ascii", "ignore")
    m = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    text = data.decode(m.group(1) if m else "utf-8")
    p = TableGrid()
    p.feed(text)
    return p.rows


def grid(path, sheet):
    key = (path, sheet)
    if key in _cache:
        return _cache[key]
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"PK" or data[:4] == b"\xd0\xcf\x11\xe0":
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        rows = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    elif decode(data).lstrip("\ufeff \r\n\t").startswith("<"):
        rows = html_rows(data)
    else:
        delim = "," if path.lower().endswith(".csv") else "\t"
        rows = list(csv.reader(io.StringIO(decode(data)), delimiter=delim))
    _cache[key] = rows
    return rows


def cell_at(rows, ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    r = int(m.group(2)) - 1
    c -= 1
    if r >= len(rows) or c >= len(rows[r]):
        return ""
    return rows[r][c]


def same(v, raw):
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        try:
            return abs(float(raw) - float(v)) <= 1e-9 * max(1.0, abs(float(v)))
        except ValueError:
            return False
    return ("" if v is None else str(v)) == raw


def main():
    bad = n = 0
    for name in ("truth_cells.csv", "ignore.csv", "quarter_truth.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                n += 1
                v = cell_at(grid(os.path.join(HERE, row["file"]), row["sheet"]), row["cell"])
                if not same(v, row["raw"]):
                    bad += 1
                    print(f"MISMATCH {name}: {row['file']} {row['sheet']}!{row['cell']}: file has {v!r}, recorded {row['raw']!r}")
    print(f"{n - bad}/{n} recorded cells hold the recorded raw text")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
