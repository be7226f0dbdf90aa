#!/usr/bin/env python3
"""Read every truth, ignore and quarter cell back from the files and compare with the raw text recorded.

    /work/main/.venv/bin/python tests/corpora/changsha/check_cells.py   # openpyxl, xlrd, odfpy; text with the csv module

Text files (CSV, the ;-CSV and the tab-separated export named .xls): UTF-8 with BOM, else UTF-8 when the bytes
decode as UTF-8, else GBK; the delimiter is a tab when the text has one, else ; when it has more ; than commas.
Cells of a text file are named column letter + line number. A numeric cell matches when its number equals the recorded raw text read as
a number. Adapted from the 朝阳区 corpus's check_cells.py (same rules; python-calamine replaced by openpyxl / xlrd / odfpy,
which the project's .venv has) for the 岳麓区·银盆岭街道 corpus. A cell that holds two
values (「12户19人」) is recorded twice, each time with the whole text.
"""
import csv
import io
import os
import re
import sys

import openpyxl
import xlrd
from odf import teletype
from odf.namespaces import OFFICENS, TABLENS
from odf.opendocument import load as odf_load
from odf.table import Table, TableRow

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
    with open(path, "rb") as f:
        data = f.read()
    if ext == ".csv" or (ext == ".xls" and data[:4] != b"\xd0\xcf\x11\xe0"):
        text = decode(data)
        delim = "\t" if "\t" in text else (";" if text.count(";") > text.count(",") else ",")
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    elif ext in (".xls", ".et"):
        ws = xlrd.open_workbook(file_contents=data).sheet_by_name(sheet)
        rows = [[(v if v != "" else None) for v in ws.row_values(r)] for r in range(ws.nrows)]
    elif ext == ".ods":
        rows = ods_rows(path, sheet)
    else:
        ws = openpyxl.load_workbook(io.BytesIO(data), data_only=True)[sheet]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    _cache[key] = rows
    return rows


def ods_rows(path, sheet):
    doc = odf_load(path)
    for t in doc.spreadsheet.getElementsByType(Table):
        if t.getAttribute("name") != sheet:
            continue
        rows = []
        for tr in t.getElementsByType(TableRow):
            row = []
            for cell in tr.childNodes:
                rep = int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1))
                vt = cell.attributes.get((OFFICENS, "value-type"))
                if vt == "float":
                    v = float(cell.attributes.get((OFFICENS, "value")))
                elif vt:
                    v = "\n".join(teletype.extractText(p) for p in cell.childNodes)
                else:
                    v = None
                row.extend([v] * rep)
            rows.append(row)
        return rows
    raise KeyError(sheet)


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
