#!/usr/bin/env python3
"""Read every truth, ignore and quarter cell back from the files and compare with the raw text recorded.

    .venv/bin/python tests/corpora/xuhui/check_cells.py   # needs python-calamine and xlrd

Spreadsheets are read with python-calamine, except an Excel 5.0/95 workbook (an OLE file whose stream is "Book",
strings in its code page), which is read with xlrd. CSV: UTF-8 with BOM, else UTF-8 when the bytes decode as
UTF-8, else GBK; its cells are named column letter + line number. A numeric cell matches when its number equals
the recorded raw text read as a number. Adapted from the 五华区 corpus's check_cells.py.
"""
import csv
import io
import os
import re
import sys

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
_cache = {}
BOOK = "Book\x00".encode("utf-16-le")


def decode(data):
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk")


def is_biff5(data):
    return data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and BOOK in data and "Workbook".encode("utf-16-le") not in data


def grid(path, sheet):
    key = (path, sheet)
    if key in _cache:
        return _cache[key]
    with open(path, "rb") as f:
        data = f.read()
    if os.path.splitext(path)[1].lower() in (".csv", ".txt"):
        rows = list(csv.reader(io.StringIO(decode(data))))
    elif is_biff5(data):
        import xlrd
        sh = xlrd.open_workbook(file_contents=data).sheet_by_name(sheet)
        rows = [sh.row_values(i) for i in range(sh.nrows)]
    else:
        rows = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    _cache[key] = rows
    return rows


def cell_at(rows, ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    r, c = int(m.group(2)) - 1, c - 1
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
