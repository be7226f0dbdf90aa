#!/usr/bin/env python3
"""Read every truth, ignore and quarter cell back from the files and compare with the raw text recorded.

    .venv/bin/python tests/corpora/nanjing/check_cells.py   # needs python-calamine; CSV is read with the csv module

CSV: UTF-8 with BOM, else UTF-8 when the bytes decode as UTF-8, else GBK. Cells of a CSV are named
column letter + line number. A numeric cell matches when its number equals the recorded raw text read as
a number. Adapted from the 苏州 corpus's check_cells.py (same rules) for the 鼓楼区·凤凰街道 corpus. A cell that holds two
values (「12户19人」) is recorded twice, each time with the whole text.
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


class _Html(html.parser.HTMLParser):
    """An HTML table named .xls (a system export): cells laid out on the grid with rowspan / colspan."""

    def __init__(self):
        super().__init__()
        self.rows, self.taken, self.cur, self.text, self.span = [], set(), None, None, (1, 1)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.cur = len(self.rows)
            self.rows.append([])
        elif tag == "td":
            self.text = ""
            self.span = (int(a.get("rowspan", 1)), int(a.get("colspan", 1)))

    def handle_data(self, data):
        if self.text is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "td":
            r = self.cur
            row = self.rows[r]
            c = 0
            while (r, c) in self.taken:
                c += 1
            while len(row) <= c:
                row.append("")
            row[c] = self.text
            for dr in range(self.span[0]):
                for dc in range(self.span[1]):
                    self.taken.add((r + dr, c + dc))
            self.text = None


def grid(path, sheet):
    key = (path, sheet)
    if key in _cache:
        return _cache[key]
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as f:
        head = f.read(64)
    if head.lstrip().startswith(b"<"):
        p = _Html()
        with open(path, "rb") as f:
            p.feed(f.read().decode("gbk"))
        rows = p.rows
    elif ext in (".csv", ".txt"):
        with open(path, "rb") as f:
            text = decode(f.read())
        rows = list(csv.reader(io.StringIO(text)))
    else:
        with open(path, "rb") as f:
            wb = CalamineWorkbook.from_filelike(io.BytesIO(f.read()))
        rows = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
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
