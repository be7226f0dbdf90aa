"""A sheet as a grid of cells with merges, written by one of five writers (openpyxl, xlsxwriter, xlwt,
odfpy, csv), and the Recorder that notes which cell holds which truth, quarter or ignored key.

Rows and columns are 0-based here; records carry A1 references (CSV: column letter + line number).
"""
import csv
import datetime as dt
import io
import os


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def a1(r, c):
    return f"{col_letter(c)}{r + 1}"


def raw_text(v):
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v) if v != int(v) else str(int(v))
    return str(v)


class Sheet:
    def __init__(self, name, hidden=False):
        self.name = name
        self.hidden = hidden
        self.cells = {}      # (r, c) -> (value, fmt, formula)
        self.merges = []     # (r1, c1, r2, c2)
        self.records = []    # (kind, key, value, ref, raw, role)

    def put(self, r, c, v, fmt=None, formula=None, key=None, value=None, role="primary", kind="truth"):
        """Write v at (r, c). With a key, note the cell as holding value (truth/quarter) or as an
        unreported slot (kind='ignore'). value defaults to v."""
        if v is not None and v != "":
            self.cells[(r, c)] = (v, fmt, formula)
        if key is not None:
            self.records.append((kind, key, v if value is None else value, a1(r, c), raw_text(v), role))
        return a1(r, c)

    def row(self, r, c0, values, fmt=None):
        for i, v in enumerate(values):
            if v is not None:
                self.put(r, c0 + i, v, fmt)

    def merge(self, r1, c1, r2, c2, v=None, fmt=None):
        if v is not None:
            self.put(r1, c1, v, fmt)
        self.merges.append((r1, c1, r2, c2))

    @property
    def size(self):
        if not self.cells:
            return 0, 0
        rr = max([r for r, _ in self.cells] + [m[2] for m in self.merges]) + 1
        cc = max([c for _, c in self.cells] + [m[3] for m in self.merges]) + 1
        return rr, cc


class Recorder:
    def __init__(self):
        self.truth = []      # dicts: community_code, period, indicator_code, value, file, sheet, cell, raw, role
        self.quarter = []
        self.ignore = []

    def add(self, relpath, sheet_name, sheet):
        for kind, key, value, ref, raw, role in sheet.records:
            row = dict(community_code=key[0], period=key[1], indicator_code=key[2], value=value,
                       file=relpath, sheet=sheet_name, cell=ref, raw=raw, role=role)
            {"truth": self.truth, "quarter": self.quarter, "ignore": self.ignore}[kind].append(row)


DATE_FMT = 'yyyy"年"m"月"'


def _dt(v):
    return dt.datetime(v.year, v.month, v.day) if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else v


def write_openpyxl(path, sheets):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        if sh.hidden:
            ws.sheet_state = "hidden"
        for (r, c), (v, fmt, _formula) in sorted(sh.cells.items()):
            cell = ws.cell(row=r + 1, column=c + 1, value=_dt(v))
            if isinstance(v, dt.date):
                cell.number_format = fmt or DATE_FMT
            elif fmt:
                cell.number_format = fmt
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
            ws.cell(row=r1 + 1, column=c1 + 1).alignment = Alignment(horizontal="center", vertical="center")
    wb.properties.creator = "玉林街道"
    wb.save(path)


def write_xlsxwriter(path, sheets, created=None):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"author": "Administrator", "created": created or dt.datetime(2026, 1, 1)})
    fmts = {}

    def f(num=None, merged=False):
        k = (num, merged)
        if k not in fmts:
            props = {}
            if num:
                props["num_format"] = num
            if merged:
                props.update(align="center", valign="vcenter")
            fmts[k] = wb.add_format(props)
        return fmts[k]

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        covered = set()
        for r1, c1, r2, c2 in sh.merges:
            v, fmt, _ = sh.cells.get((r1, c1), ("", None, None))
            num = (fmt or DATE_FMT) if isinstance(v, dt.date) else fmt
            ws.merge_range(r1, c1, r2, c2, _dt(v) if v != "" else "", f(num, True))
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r, c), (v, fmt, formula) in sorted(sh.cells.items()):
            if (r, c) in covered:
                continue
            if formula:
                ws.write_formula(r, c, formula, f(fmt), v)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, c, _dt(v), f(fmt or DATE_FMT))
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v, f(fmt))
            else:
                ws.write_string(r, c, str(v), f(fmt))
        if sh.hidden:
            ws.hide()
    wb.close()


def write_xlwt(path, sheets):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def st(num):
        if num not in styles:
            styles[num] = xlwt.easyxf("align: vert centre, horiz centre", num_format_str=num) if num else xlwt.easyxf("")
        return styles[num]

    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        if sh.hidden:
            ws.visibility = 1
        covered = set()
        for r1, c1, r2, c2 in sh.merges:
            v, fmt, _ = sh.cells.get((r1, c1), ("", None, None))
            num = (fmt or DATE_FMT) if isinstance(v, dt.date) else fmt
            ws.write_merge(r1, r2, c1, c2, _dt(v), st(num or "General"))
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r, c), (v, fmt, _formula) in sorted(sh.cells.items()):
            if (r, c) in covered:
                continue
            num = (fmt or DATE_FMT) if isinstance(v, dt.date) else fmt
            ws.write(r, c, _dt(v), st(num))
    wb.save(path)


def write_odf(path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sh in sheets:
        assert not sh.hidden, "odf writer: hidden sheets not supported"
        t = Table(name=sh.name)
        nr, nc = sh.size
        tops = {(m[0], m[1]): m for m in sh.merges}
        covered = {(r, c) for r1, c1, r2, c2 in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
                   if (r, c) != (r1, c1)}
        for r in range(nr):
            tr = TableRow()
            for c in range(nc):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                args = {}
                if (r, c) in tops:
                    r1, c1, r2, c2 = tops[(r, c)]
                    args = dict(numbercolumnsspanned=c2 - c1 + 1, numberrowsspanned=r2 - r1 + 1)
                v = sh.cells.get((r, c), (None, None, None))[0]
                if v is None:
                    tc = TableCell(**args)
                elif isinstance(v, dt.date):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"), **args)
                    tc.addElement(P(text=f"{v.year}年{v.month}月"))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v, **args)
                    tc.addElement(P(text=raw_text(v)))
                else:
                    tc = TableCell(valuetype="string", **args)
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def write_csv(path, sheet, encoding):
    nr, nc = sheet.size
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in range(nr):
        w.writerow([raw_text(sheet.cells.get((r, c), (None,))[0]) for c in range(nc)])
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def write_book(root, relpath, sheets, writer, recorder, sent=None, encoding=None):
    """Write one file, note its cells, set its mtime to the day it was sent (09:30 local time)."""
    path = os.path.join(root, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if writer == "openpyxl":
        write_openpyxl(path, sheets)
    elif writer == "xlsxwriter":
        write_xlsxwriter(path, sheets, dt.datetime.combine(sent, dt.time(9)) if sent else None)
    elif writer == "xlwt":
        write_xlwt(path, sheets)
    elif writer == "odfpy":
        write_odf(path, sheets)
    elif writer == "csv":
        assert len(sheets) == 1
        write_csv(path, sheets[0], encoding)
    else:
        raise ValueError(writer)
    for sh in sheets:
        name = os.path.splitext(os.path.basename(relpath))[0] if writer == "csv" else sh.name
        recorder.add(relpath, name, sh)
    if sent:
        ts = dt.datetime.combine(sent, dt.time(9, 30)).timestamp()
        os.utime(path, (ts, ts))
