"""Sheets as grids and the five writers; zip members and document dates pinned so every run gives the same bytes."""
import csv
import io
import os
import re
import zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
PIN = (2026, 4, 2, 9, 0, 0)


def ref(r, c):
    s = ""
    c += 1
    while c:
        c, x = divmod(c - 1, 26)
        s = chr(65 + x) + s
    return f"{s}{r + 1}"


class Sheet:
    def __init__(self, name):
        self.name, self.cells, self.merges = name, {}, []

    def put(self, r, c, v):
        self.cells[(r, c)] = v
        return ref(r, c)

    def row(self, r, c, vals):
        for i, v in enumerate(vals):
            if v is not None:
                self.put(r, c + i, v)

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


def _pin(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-04-02T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, PIN)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def save(path, sheets, writer, enc="utf-8"):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if writer == "openpyxl":
        import openpyxl
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for s in sheets:
            ws = wb.create_sheet(s.name)
            for (r, c), v in sorted(s.cells.items()):
                ws.cell(r + 1, c + 1, v)
            for r1, c1, r2, c2 in s.merges:
                ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        wb.save(full)
        _pin(full)
    elif writer == "xlsxwriter":
        import datetime
        import xlsxwriter
        wb = xlsxwriter.Workbook(full)
        wb.set_properties({"created": datetime.datetime(2026, 4, 2, 9, 0)})
        for s in sheets:
            ws = wb.add_worksheet(s.name)
            for r1, c1, r2, c2 in s.merges:
                ws.merge_range(r1, c1, r2, c2, s.cells.get((r1, c1)))
            inm = {(r, c) for r1, c1, r2, c2 in s.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            for (r, c), v in sorted(s.cells.items()):
                if (r, c) not in inm:
                    ws.write(r, c, v)
        wb.close()
        _pin(full)
    elif writer == "xlwt":
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        for s in sheets:
            ws = wb.add_sheet(s.name)
            inm = set()
            for r1, c1, r2, c2 in s.merges:
                ws.write_merge(r1, r2, c1, c2, s.cells.get((r1, c1)))
                inm |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            for (r, c), v in sorted(s.cells.items()):
                if (r, c) not in inm:
                    ws.write(r, c, v)
        wb.save(full)
    elif writer == "odfpy":
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableRow, TableCell, CoveredTableCell
        from odf.text import P
        doc = OpenDocumentSpreadsheet()
        for s in sheets:
            t = Table(name=s.name)
            nr = max(r for r, _ in s.cells) + 1
            nc = max(c for _, c in s.cells) + 1
            span = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in s.merges}
            cov = {(r, c) for r1, c1, r2, c2 in s.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(span)
            for r in range(nr):
                tr = TableRow()
                for c in range(nc):
                    if (r, c) in cov:
                        tr.addElement(CoveredTableCell())
                        continue
                    v = s.cells.get((r, c))
                    kw = {}
                    if (r, c) in span:
                        kw = {"numberrowsspanned": span[(r, c)][0], "numbercolumnsspanned": span[(r, c)][1]}
                    if v is None:
                        tc = TableCell(**kw)
                    elif isinstance(v, (int, float)):
                        tc = TableCell(valuetype="float", value=v, **kw)
                        tc.addElement(P(text=str(v)))
                    else:
                        tc = TableCell(valuetype="string", **kw)
                        tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.spreadsheet.addElement(t)
        doc.save(full)
        _pin(full)
    elif writer == "csv":
        s = sheets[0]
        nr = max(r for r, _ in s.cells) + 1
        nc = max(c for _, c in s.cells) + 1
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        for r in range(nr):
            w.writerow(["" if s.cells.get((r, c)) is None else s.cells[(r, c)] for c in range(nc)])
        data = buf.getvalue().encode("gbk" if enc == "gbk" else "utf-8")
        if enc == "utf-8-sig":
            data = b"\xef\xbb\xbf" + data
        with open(full, "wb") as f:
            f.write(data)
