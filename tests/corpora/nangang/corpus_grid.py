"""A workbook as cells and merges, the recorder of truth cells, and the five writers.

A file function builds a ``Book`` of ``Sheet``s: ``put`` writes any cell, ``val`` writes a cell that holds a
catalogue value and records it (truth_cells.csv), ``gap`` a slot that holds —, / or nothing (ignore.csv),
``qtr`` a quarter total (quarter_truth.csv). ``write_book`` then writes it with openpyxl, xlsxwriter, xlwt
(.xls and WPS .et), odfpy or the csv module. Rows and columns are 0-based here; recorded cells are A1.
"""
import csv
import datetime as dt
import io
import os
from dataclasses import dataclass


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def a1(r, c):
    return f"{col_letter(c)}{r + 1}"


@dataclass(frozen=True)
class Formula:
    """A formula with the result Excel/WPS saved (xlsxwriter writes both)."""
    text: str
    result: float


@dataclass(frozen=True)
class Rec:
    kind: str          # cell | gap | quarter
    key: tuple         # (community_code, period, indicator_code)
    value: float
    file: str          # batch1/name.xlsx
    sheet: str
    cell: str
    raw: str
    hint: str          # primary | duplicate


RECORDS = []


def raw_text(v, is_csv):
    if isinstance(v, Formula):
        v = v.result
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and not is_csv:
        return str(int(v))
    return str(v)


class Sheet:
    def __init__(self, book, name, hidden=False, hint="primary"):
        self.book, self.name, self.hidden, self.hint = book, name, hidden, hint
        self.cells = {}    # (r, c) -> (value, fmt, style)
        self.merges = []   # (r1, c1, r2, c2)
        self.widths = {}

    def put(self, r, c, v, fmt=None, **style):
        self.cells[(r, c)] = (v, fmt, style)

    def row(self, r, c0, values, fmt=None, **style):
        for i, v in enumerate(values):
            if v is not None:
                self.put(r, c0 + i, v, fmt, **style)

    def merge(self, r1, c1, r2, c2, v=None, fmt=None, **style):
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))
        if v is not None:
            self.put(r1, c1, v, fmt, **style)

    def _rec(self, kind, r, c, key, value, written, hint=None):
        RECORDS.append(Rec(kind, tuple(key), float(value), self.book.rel, self.name, a1(r, c),
                           raw_text(written, self.book.is_csv), hint or self.hint))

    def val(self, r, c, key, written, value, fmt=None, hint=None, **style):
        """A cell holding the catalogue value `value` (canonical unit) for key, written as `written`."""
        self.put(r, c, written, fmt, **style)
        self._rec("cell", r, c, key, value, written, hint)

    def gap(self, r, c, key, written):
        """A slot for key holding —, / or nothing: not reported."""
        if written not in (None, ""):
            self.put(r, c, written)
        self._rec("gap", r, c, key, 0, written)

    def qtr(self, r, c, key, written, value, fmt=None, **style):
        """A quarter total (key period is YYYY-Qn): never a month value."""
        self.put(r, c, written, fmt, **style)
        self._rec("quarter", r, c, key, value, written)

    def width(self, c, w):
        self.widths[c] = w


class Book:
    def __init__(self, batch, name, writer, sent, features):
        self.batch, self.name, self.writer = batch, name, writer
        self.sent = sent            # datetime the file was sent (its mtime)
        self.features = features    # list of shape features for files.csv
        self.sheets = []
        self.encoding = None        # CSV only: gbk | utf-8 | utf-8-sig

    @property
    def rel(self):
        return f"{self.batch}/{self.name}"

    @property
    def is_csv(self):
        return self.writer.startswith("csv")

    def sheet(self, name, hidden=False, hint="primary"):
        s = Sheet(self, name, hidden, hint)
        self.sheets.append(s)
        return s


# ---------------------------------------------------------------- writers

NUMFMT = {"int": "0", "thousands": "#,##0", "dec1": "0.0", "dec2": "0.00", "dec3": "0.000", "dec4": "0.0000",
          "pct": "0%", "pct1": "0.0%", "ym": 'yyyy"年"m"月"', "ymd": "yyyy/m/d", "text": "@"}


def _openpyxl(book, path):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fixed = dt.datetime(2026, 1, 1, 8, 0, 0)
    wb.properties.creator = "Administrator"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    for sh in book.sheets:
        ws = wb.create_sheet(sh.name)
        if sh.hidden:
            ws.sheet_state = "hidden"
        for (r, c), (v, fmt, style) in sorted(sh.cells.items()):
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if fmt:
                cell.number_format = NUMFMT[fmt]
            if style.get("bold"):
                cell.font = Font(bold=True, size=style.get("size", 11))
            if style.get("wrap") or (isinstance(v, str) and "\n" in v):
                cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            elif style.get("center"):
                cell.alignment = Alignment(horizontal="center", vertical="center")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for c, w in sh.widths.items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width = w
    wb.save(path)


def _xlsxwriter(book, path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"author": "admin", "created": dt.datetime(2026, 1, 1, 8, 0, 0)})
    cache = {}

    def fmt_of(fmt, style, v):
        wrap = bool(style.get("wrap") or (isinstance(v, str) and "\n" in v))
        k = (fmt, bool(style.get("bold")), wrap, bool(style.get("center")))
        if k not in cache:
            d = {}
            if fmt:
                d["num_format"] = NUMFMT[fmt]
            if style.get("bold"):
                d["bold"] = True
            if wrap:
                d.update(text_wrap=True, align="center", valign="vcenter")
            elif style.get("center"):
                d.update(align="center", valign="vcenter")
            cache[k] = wb.add_format(d) if d else None
        return cache[k]

    for sh in book.sheets:
        ws = wb.add_worksheet(sh.name)
        if sh.hidden:
            ws.hide()
        tops = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in sh.merges}
        for (r, c), (v, fmt, style) in sorted(sh.cells.items()):
            f = fmt_of(fmt, style, v)
            if (r, c) in tops:
                r1, c1, r2, c2 = tops.pop((r, c))
                if isinstance(v, (dt.date, dt.datetime)):
                    ws.merge_range(r1, c1, r2, c2, "", f)
                    ws.write_datetime(r1, c1, dt.datetime.combine(v, dt.time()) if not isinstance(v, dt.datetime) else v, f)
                else:
                    ws.merge_range(r1, c1, r2, c2, v, f)
            elif isinstance(v, Formula):
                ws.write_formula(r, c, v.text, f, v.result)
            elif isinstance(v, (dt.date, dt.datetime)):
                ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()) if not isinstance(v, dt.datetime) else v, f)
            elif isinstance(v, str):
                ws.write_string(r, c, v, f)
            else:
                ws.write_number(r, c, v, f)
        for r1, c1, r2, c2 in tops.values():
            ws.merge_range(r1, c1, r2, c2, "", None)
        for c, w in sh.widths.items():
            ws.set_column(c, c, w)
    wb.close()


def _xlwt(book, path):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    cache = {}

    def style_of(fmt, style, v):
        wrap = bool(style.get("wrap") or (isinstance(v, str) and "\n" in v))
        k = (fmt, bool(style.get("bold")), wrap)
        if k not in cache:
            parts = []
            if style.get("bold"):
                parts.append("font: bold on")
            if wrap:
                parts.append("alignment: wrap on, horiz center, vert center")
            cache[k] = xlwt.easyxf(";".join(parts), num_format_str=NUMFMT[fmt] if fmt else "General")
        return cache[k]

    for sh in book.sheets:
        ws = wb.add_sheet(sh.name, cell_overwrite_ok=True)
        if sh.hidden:
            ws.visibility = 1
        tops = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in sh.merges}
        for (r, c), (v, fmt, style) in sorted(sh.cells.items()):
            st = style_of(fmt, style, v)
            if isinstance(v, Formula):
                v = v.result
            if (r, c) in tops:
                r1, c1, r2, c2 = tops.pop((r, c))
                ws.write_merge(r1, r2, c1, c2, v, st)
            else:
                ws.write(r, c, v, st)
        for r1, c1, r2, c2 in tops.values():
            ws.write_merge(r1, r2, c1, c2, "")
        for c, w in sh.widths.items():
            ws.col(c).width = int(w * 256)
    wb.save(path)


def _odf(book, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sh in book.sheets:
        t = Table(name=sh.name)
        covered = set()
        spans = {}
        for r1, c1, r2, c2 in sh.merges:
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        keys = list(sh.cells) + list(spans) + list(covered)
        nr = max(r for r, _ in keys) + 1
        nc = max(c for _, c in keys) + 1
        for r in range(nr):
            tr = TableRow()
            for c in range(nc):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs = {}
                if (r, c) in spans:
                    attrs = {"numberrowsspanned": spans[(r, c)][0], "numbercolumnsspanned": spans[(r, c)][1]}
                v = sh.cells.get((r, c), (None, None, {}))[0]
                if isinstance(v, Formula):
                    v = v.result
                if v is None:
                    tc = TableCell(**attrs)
                elif isinstance(v, str):
                    tc = TableCell(valuetype="string", **attrs)
                    for i, line in enumerate(v.split("\n")):
                        tc.addElement(P(text=line))
                elif isinstance(v, (dt.date, dt.datetime)):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"), **attrs)
                    tc.addElement(P(text=f"{v.year}年{v.month}月"))
                else:
                    tc = TableCell(valuetype="float", value=v, **attrs)
                    tc.addElement(P(text=raw_text(v, False)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def _csv(book, path):
    sh = book.sheets[0]
    nr = max(r for r, _ in sh.cells) + 1
    nc = max(c for _, c in sh.cells) + 1
    rows = []
    for r in range(nr):
        row = []
        for c in range(nc):
            v = sh.cells.get((r, c), (None,))[0]
            row.append("" if v is None else raw_text(v, True))
        while row and row[-1] == "":
            row.pop()
        rows.append(row)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(book.encoding))


WRITERS = {"openpyxl": _openpyxl, "xlsxwriter": _xlsxwriter, "xlwt": _xlwt, "odfpy": _odf,
           "csv-gbk": _csv, "csv-utf8": _csv, "csv-utf8-bom": _csv}
ENCODINGS = {"csv-gbk": "gbk", "csv-utf8": "utf-8", "csv-utf8-bom": "utf-8-sig"}


def check_merges(book):
    """A merged range holds text only in its top-left cell, and ranges never overlap."""
    for sh in book.sheets:
        seen = {}
        for m in sh.merges:
            r1, c1, r2, c2 = m
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    assert (r, c) not in seen, f"{book.name} {sh.name}: merges {seen.get((r, c))} and {m} overlap"
                    seen[(r, c)] = m
                    assert (r, c) == (r1, c1) or (r, c) not in sh.cells, \
                        f"{book.name} {sh.name}: {a1(r, c)} is inside merged {a1(r1, c1)}:{a1(r2, c2)}"


def write_book(book, root):
    check_merges(book)
    path = os.path.join(root, book.rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if book.is_csv:
        book.encoding = ENCODINGS[book.writer]
    WRITERS[book.writer](book, path)
    ts = book.sent.timestamp()
    os.utime(path, (ts, ts))
    return path
