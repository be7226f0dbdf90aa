"""A sheet as cells and merges; the writers (openpyxl, xlsxwriter, xlwt for .xls and WPS .et, odfpy, csv);
the recorder of truth, ignore and quarter cells.

Rows and columns are 0-based here; the recorded cell names are A1 style (CSV: column letter + line number,
sheet = file stem).
"""
import csv
import datetime as dt
import io
import os
from dataclasses import dataclass, field

FIXED_TIME = dt.datetime(2026, 7, 20, 9, 0, 0)


def col_letters(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def a1(r, c):
    return f"{col_letters(c)}{r + 1}"


def raw_of(v):
    if isinstance(v, bool) or v is None:
        raise ValueError(f"not a recordable cell value: {v!r}")
    if isinstance(v, str):
        return v
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.1f}" if v.is_integer() else repr(v)
    raise ValueError(f"not a recordable cell value: {v!r}")


@dataclass
class Cell:
    value: object
    fmt: str | None = None          # number format: '0.0', '0.0%', '#,##0', 'yyyy"年"m"月"'
    formula: str | None = None      # only the xlsxwriter writer keeps formulas (with the value cached)


@dataclass
class Sheet:
    name: str
    hidden: bool = False
    cells: dict = field(default_factory=dict)
    merges: list = field(default_factory=list)
    records: list = field(default_factory=list)
    widths: dict = field(default_factory=dict)

    def put(self, r, c, value, fmt=None, formula=None):
        if value is None or value == "" and formula is None:
            self.cells.pop((r, c), None)
            return
        self.cells[(r, c)] = Cell(value, fmt, formula)

    def row(self, r, c0, values, fmt=None):
        for i, v in enumerate(values):
            if v is not None:
                self.put(r, c0 + i, v, fmt)

    def merge(self, r1, c1, r2, c2, value=None, fmt=None):
        self.merges.append((r1, c1, r2, c2))
        if value is not None:
            self.put(r1, c1, value, fmt)

    # the recorder's three kinds of cell
    def truth(self, r, c, code, period, ind, value, role="primary"):
        self.records.append(("truth", r, c, code, period, ind, value, role))

    def tput(self, r, c, written, code, period, ind, value, fmt=None, role="primary"):
        """Write a value cell and record it as truth (value in the catalogue's unit)."""
        self.put(r, c, written, fmt)
        self.truth(r, c, code, period, ind, value, role)

    def qput(self, r, c, written, code, quarter, ind, value, fmt=None):
        self.put(r, c, written, fmt)
        self.records.append(("quarter", r, c, code, quarter, ind, value, ""))

    def iput(self, r, c, written, code, period, ind):
        """A slot that holds —, /, 未报, 暂无数据 or nothing: not reported."""
        self.put(r, c, written)
        self.records.append(("ignore", r, c, code, period, ind, None, ""))

    def size(self):
        rows = max([r for r, _ in self.cells] + [m[2] for m in self.merges] + [0]) + 1
        cols = max([c for _, c in self.cells] + [m[3] for m in self.merges] + [0]) + 1
        return rows, cols

    def check_merges(self):
        for r1, c1, r2, c2 in self.merges:
            for (r, c) in self.cells:
                if r1 <= r <= r2 and c1 <= c <= c2 and (r, c) != (r1, c1):
                    raise AssertionError(f"{self.name}: text inside merged range at {a1(r, c)}")


@dataclass
class Book:
    relpath: str                    # batch1/长兴街道….xlsx
    writer: str                     # openpyxl | xlsxwriter | xlwt | odfpy | csv-gbk | csv-utf8-bom | csv-utf8
    sent: dt.datetime
    features: list
    sheets: list = field(default_factory=list)

    def sheet(self, name, hidden=False):
        sh = Sheet(name, hidden)
        self.sheets.append(sh)
        return sh

    @property
    def fmt(self):
        return os.path.splitext(self.relpath)[1].lstrip(".").lower()


class Recorder:
    def __init__(self):
        self.truth, self.ignore, self.quarter, self.files = [], [], [], []

    def emit(self, book):
        stem = os.path.splitext(os.path.basename(book.relpath))[0]
        for sh in book.sheets:
            name = stem if book.writer.startswith("csv") else sh.name
            for kind, r, c, code, per, ind, value, role in sh.records:
                raw = raw_of(sh.cells[(r, c)].value) if (r, c) in sh.cells else ""
                row = dict(community_code=code, period=per, indicator_code=ind, file=book.relpath, sheet=name,
                           cell=a1(r, c), raw=raw)
                if kind == "truth":
                    self.truth.append(dict(row, value=value, role=role))
                elif kind == "quarter":
                    self.quarter.append(dict(row, value=value))
                else:
                    self.ignore.append(row)


def save(book, root, rec=None, features_only=False):
    path = os.path.join(root, book.relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for sh in book.sheets:
        sh.check_merges()
    w = book.writer
    if w == "openpyxl":
        _openpyxl(book, path)
    elif w == "xlsxwriter":
        _xlsxwriter(book, path)
    elif w == "xlwt":
        _xlwt(book, path)
    elif w == "odfpy":
        _odfpy(book, path)
    elif w.startswith("csv"):
        _csv(book, path)
    else:
        raise ValueError(w)
    stamp(path, book.sent)
    if rec is not None:
        rec.emit(book)
        rec.files.append(dict(file=book.relpath, format=book.fmt, writer=w, features=";".join(book.features)))
    return path


def stamp(path, when):
    t = when.timestamp()
    os.utime(path, (t, t))


def _openpyxl(book, path):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in book.sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), cell in sorted(sh.cells.items()):
            x = ws.cell(row=r + 1, column=c + 1, value=cell.value)
            if cell.fmt:
                x.number_format = cell.fmt
            if isinstance(cell.value, str) and "\n" in cell.value:
                x.alignment = Alignment(wrap_text=True, vertical="center")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for c, wdt in sh.widths.items():
            ws.column_dimensions[col_letters(c)].width = wdt
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "Administrator"
    wb.properties.created = FIXED_TIME
    wb.save(path)


def _xlsxwriter(book, path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"author": "长兴街道", "created": FIXED_TIME})
    cache = {}

    def fmt_of(cell):
        wrap = isinstance(cell.value, str) and "\n" in cell.value
        key = (cell.fmt, wrap)
        if key not in cache:
            props = {}
            if cell.fmt:
                props["num_format"] = cell.fmt
            if wrap:
                props["text_wrap"] = True
            cache[key] = wb.add_format(props) if props else None
        return cache[key]

    for sh in book.sheets:
        ws = wb.add_worksheet(sh.name)
        covered = set()
        for r1, c1, r2, c2 in sh.merges:
            top = sh.cells.get((r1, c1))
            ws.merge_range(r1, c1, r2, c2, "", fmt_of(top) if top else None)
            covered.add((r1, c1))
        for (r, c), cell in sorted(sh.cells.items()):
            f = fmt_of(cell)
            v = cell.value
            if cell.formula:
                ws.write_formula(r, c, cell.formula, f, v)
            elif isinstance(v, (dt.date, dt.datetime)):
                ws.write_datetime(r, c, v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day), f)
            elif isinstance(v, str):
                ws.write_string(r, c, v, f)
            else:
                ws.write_number(r, c, v, f)
        for c, wdt in sh.widths.items():
            ws.set_column(c, c, wdt)
        if sh.hidden:
            ws.hide()
    wb.close()


def _xlwt(book, path):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    cache = {}

    def style(cell):
        wrap = isinstance(cell.value, str) and "\n" in cell.value
        key = (cell.fmt, wrap)
        if key not in cache:
            cache[key] = xlwt.easyxf("align: wrap on, vert centre" if wrap else "",
                                     num_format_str=cell.fmt or "General")
        return cache[key]

    for sh in book.sheets:
        ws = wb.add_sheet(sh.name, cell_overwrite_ok=True)
        tops = {}
        for r1, c1, r2, c2 in sh.merges:
            tops[(r1, c1)] = (r2, c2)
        for (r, c), cell in sorted(sh.cells.items()):
            if (r, c) in tops:
                r2, c2 = tops.pop((r, c))
                ws.write_merge(r, r2, c, c2, cell.value, style(cell))
            else:
                ws.write(r, c, cell.value, style(cell))
        for (r1, c1), (r2, c2) in tops.items():
            ws.merge(r1, r2, c1, c2)
        for c, wdt in sh.widths.items():
            ws.col(c).width = int(wdt * 256)
        if sh.hidden:
            ws.visibility = 1
    wb.save(path)


def _odfpy(book, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sh in book.sheets:
        t = Table(name=sh.name)
        nrows, ncols = sh.size()
        spans, covered = {}, set()
        for r1, c1, r2, c2 in sh.merges:
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r in range(nrows):
            tr = TableRow()
            for c in range(ncols):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs = {}
                if (r, c) in spans:
                    attrs = dict(numberrowsspanned=spans[(r, c)][0], numbercolumnsspanned=spans[(r, c)][1])
                cell = sh.cells.get((r, c))
                if cell is None:
                    tr.addElement(TableCell(**attrs))
                    continue
                v = cell.value
                if isinstance(v, (dt.date, dt.datetime)):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"), **attrs)
                    tc.addElement(P(text=f"{v.year}年{v.month}月"))
                elif isinstance(v, str):
                    tc = TableCell(valuetype="string", **attrs)
                    for line in v.split("\n"):
                        tc.addElement(P(text=line))
                elif cell.fmt and cell.fmt.endswith("%"):
                    tc = TableCell(valuetype="percentage", value=str(v), **attrs)
                    tc.addElement(P(text=f"{v * 100:.1f}%"))
                else:
                    tc = TableCell(valuetype="float", value=str(v), **attrs)
                    tc.addElement(P(text=raw_of(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def _csv(book, path):
    enc = {"csv-gbk": "gbk", "csv-utf8-bom": "utf-8-sig", "csv-utf8": "utf-8"}[book.writer]
    assert len(book.sheets) == 1
    sh = book.sheets[0]
    nrows, ncols = sh.size()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in range(nrows):
        row = [sh.cells[(r, c)].value if (r, c) in sh.cells else "" for c in range(ncols)]
        for v in row:
            assert isinstance(v, str), f"CSV cells are text: {v!r} in {book.relpath}"
            assert "\n" not in v
        while row and row[-1] == "":
            row.pop()
        w.writerow(row)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(enc))
