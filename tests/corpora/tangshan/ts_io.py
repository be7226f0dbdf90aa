"""Writers for the 唐山 corpus: a Sheet is a dict of cells; save() writes xlsx/xls/ods/csv with pinned dates."""
import csv
import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PIN = datetime.datetime(2026, 4, 10, 9, 0, 0)


def ref(r, c):
    s, c = "", c + 1
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
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

    def merge(self, r1, c1, r2, c2, v):
        self.put(r1, c1, v)
        self.merges.append((r1, c1, r2, c2))

    def size(self):
        if not self.cells:
            return 0, 0
        return max(r for r, _ in self.cells) + 1, max(c for _, c in self.cells) + 1


def _repin(path):
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = _fix_dates(data)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 10, 9, 0, 0))
            ni.compress_type = info.compress_type
            z.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _fix_dates(data):
    import re
    t = data.decode("utf-8")
    t = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "2026-04-10T09:00:00Z", t)
    return t.encode("utf-8")


def save(path, fmt, sheets):
    full = os.path.join(HERE, path)
    if fmt == "openpyxl":
        import openpyxl
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for sh in sheets:
            ws = wb.create_sheet(sh.name)
            for (r, c), v in sorted(sh.cells.items()):
                ws.cell(row=r + 1, column=c + 1, value=v)
            for r1, c1, r2, c2 in sh.merges:
                ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        wb.properties.creator = "文化路街道"
        wb.properties.created = wb.properties.modified = PIN
        wb.save(full)
        _repin(full)
    elif fmt == "xlsxwriter":
        import xlsxwriter
        wb = xlsxwriter.Workbook(full)
        wb.set_properties({"author": "wenhualu", "created": PIN})
        for sh in sheets:
            ws = wb.add_worksheet(sh.name)
            merged = set()
            for r1, c1, r2, c2 in sh.merges:
                ws.merge_range(r1, c1, r2, c2, sh.cells.get((r1, c1)))
                merged.add((r1, c1))
            for (r, c), v in sorted(sh.cells.items()):
                if (r, c) not in merged:
                    ws.write(r, c, v)
        wb.close()
        _repin(full)
    elif fmt == "xlwt":
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        for sh in sheets:
            ws = wb.add_sheet(sh.name)
            merged = set()
            for r1, c1, r2, c2 in sh.merges:
                ws.write_merge(r1, r2, c1, c2, sh.cells.get((r1, c1)))
                merged.add((r1, c1))
            for (r, c), v in sorted(sh.cells.items()):
                if (r, c) not in merged:
                    ws.write(r, c, v)
        wb.save(full)
    elif fmt == "odfpy":
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableRow, TableCell
        from odf.text import P
        doc = OpenDocumentSpreadsheet()
        for sh in sheets:
            t = Table(name=sh.name)
            nr, nc = sh.size()
            for r in range(nr):
                tr = TableRow()
                for c in range(nc):
                    v = sh.cells.get((r, c))
                    if v is None:
                        tc = TableCell()
                    elif isinstance(v, (int, float)):
                        tc = TableCell(valuetype="float", value=v)
                        tc.addElement(P(text=str(v)))
                    else:
                        tc = TableCell(valuetype="string")
                        tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.spreadsheet.addElement(t)
        doc.save(full)
        _repin(full)
    else:  # csv-gbk / csv-utf8 / csv-bom ; one sheet
        sh = sheets[0]
        nr, nc = sh.size()
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        for r in range(nr):
            w.writerow(["" if sh.cells.get((r, c)) is None else sh.cells[(r, c)] for c in range(nc)])
        enc = {"csv-gbk": "gbk", "csv-utf8": "utf-8", "csv-bom": "utf-8-sig"}[fmt]
        with open(full, "wb") as f:
            f.write(out.getvalue().encode(enc))
