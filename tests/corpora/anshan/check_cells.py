#!/usr/bin/env python3
"""Read every truth, ignore and quarter cell back from the files and compare with the raw text recorded.

    .venv/bin/python tests/corpora/anshan/check_cells.py   # needs python-calamine; CSV is read with the csv module

CSV: UTF-8 with BOM, else UTF-8 when the bytes decode as UTF-8, else GBK. Cells of a CSV are named
column letter + line number. A numeric cell matches when its number equals the recorded raw text read as
a number. Adapted from the 郑州 corpus's check_cells.py (same rules) for the 铁东区·大孤山街道 corpus. A cell that holds two
values (「12户19人」, 「19人（12户）」, a sentence) is recorded twice, each time with the whole text.
"""
import csv
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


def grid(path, sheet):
    key = (path, sheet)
    if key in _cache:
        return _cache[key]
    ext = os.path.splitext(path)[1].lower()
    if ext in (".csv", ".txt"):
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
