"""Grid, recorder and writers for the 章贡区·解放街道 corpus (a sheet is cells + merges; every value is recorded)."""
import csv
import datetime
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = datetime.datetime(2026, 4, 8, 9, 0, 0)
COMM = [("360702001001", "西津路居委会"), ("360702001002", "新赣南路居委会"), ("360702001003", "八境路社区居民委员会"),
        ("360702001004", "西郊路居委会"), ("360702001005", "大新开路居委会"), ("360702001006", "南京路居委会"),
        ("360702001007", "建国路居委会"), ("360702001008", "解放路居委会"), ("360702001009", "姚衙前居委会"),
        ("360702001010", "健康路居委会"), ("360702001011", "中山路居委会"), ("360702001012", "洪城巷居委会"),
        ("360702001013", "和平路居委会"), ("360702001014", "尚书街居委会")]
MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]


class Rec:
    def __init__(self):
        self.cells, self.ignore, self.bad, self.files = [], [], [], []


REC = Rec()
W = {"v": {}, "old": {}, "batch": "batch1"}


def col(c):
    s = ""
    c += 1
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return s


class Sheet:
    def __init__(self, name):
        self.name, self.cells, self.merges, self.recs = name, {}, [], []

    def put(self, r, c, v):
        self.cells[(r, c)] = v

    def row(self, r, c, vals):
        for i, v in enumerate(vals):
            if v is not None:
                self.put(r, c + i, v)

    def merge(self, r1, c1, r2, c2, v):
        self.put(r1, c1, v)
        self.merges.append((r1, c1, r2, c2))

    def val(self, r, c, code, m, ind, fmt=None, role=None):
        """Write the value of (code, m, ind); fmt(value) -> cell content (number or text). Records it."""
        key = (code, m, ind)
        v = W["v"][key]
        if role is None:
            if W["batch"] == "batch1" and key in W["old"]:
                v, role = W["old"][key], "superseded"
            elif W["batch"] == "batch2":
                role = "correction" if key in W["old"] else "duplicate"
            else:
                role = "primary"
        elif role == "superseded":
            v = W["old"][key]
        out = fmt(v) if fmt else v
        self.put(r, c, out)
        self.recs.append((r, c, key, v, role, out))

    def ign(self, r, c, code, m, ind, text):
        self.put(r, c, text)
        self.recs.append((r, c, (code, m, ind), None, "ignore", text))


def wan(v):
    """元 -> 万元 number (exact to 0.0001)."""
    return round(v / 10000, 4)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(v):
    return str(v).translate(FW)


def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info, data in items:
            if info.filename.endswith(("core.xml", "meta.xml")):
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*<", rb"\g<1>2026-04-08T09:00:00Z<", data)
                data = re.sub(rb"(<meta:creation-date>|<dc:date>)[^<]*<", rb"\g<1>2026-04-08T09:00:00<", data)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 8, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            out.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _openpyxl(path, sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), v in sorted(sh.cells.items()):
            ws.cell(r + 1, c + 1, v)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    wb.properties.created = wb.properties.modified = STAMP
    wb.save(path)
    _fix_zip(path)


def _xlsxwriter(path, sheets):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"author": "JFJD", "created": STAMP})
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        merged = {(m[0], m[1]): m for m in sh.merges}
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in merged:
                m = merged[(r, c)]
                ws.merge_range(m[0], m[1], m[2], m[3], v)
            else:
                ws.write(r, c, v)
    wb.close()
    _fix_zip(path)


def _xlwt(path, sheets):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        merged = {(m[0], m[1]): m for m in sh.merges}
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in merged:
                m = merged[(r, c)]
                ws.write_merge(m[0], m[2], m[1], m[3], v)
            else:
                ws.write(r, c, v)
    wb.save(path)


def _ods(path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sh in sheets:
        t = Table(name=sh.name)
        spans = {(m[0], m[1]): m for m in sh.merges}
        rows = max(r for r, _ in sh.cells) + 1
        cols = max(c for _, c in sh.cells) + 1
        for r in range(rows):
            tr = TableRow()
            for c in range(cols):
                v = sh.cells.get((r, c))
                kw = {}
                if (r, c) in spans:
                    m = spans[(r, c)]
                    kw = dict(numberrowsspanned=m[2] - m[0] + 1, numbercolumnsspanned=m[3] - m[1] + 1)
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
    doc.save(path)
    _fix_zip(path)


def _csv(path, sheets, enc):
    sh = sheets[0]
    rows = max(r for r, _ in sh.cells) + 1
    cols = max(c for _, c in sh.cells) + 1
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in range(rows):
        w.writerow(["" if sh.cells.get((r, c)) is None else str(sh.cells[(r, c)]) for c in range(cols)])
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(enc))


def save(rel, sheets, writer, features):
    path = os.path.join(HERE, rel)
    fmt = rel.rsplit(".", 1)[1]
    if writer == "openpyxl":
        _openpyxl(path, sheets)
    elif writer == "xlsxwriter":
        _xlsxwriter(path, sheets)
    elif writer == "xlwt":
        _xlwt(path, sheets)
    elif writer == "odfpy":
        _ods(path, sheets)
    else:
        _csv(path, sheets, {"csv-gbk": "gbk", "csv-utf8": "utf-8", "csv-utf8-bom": "utf-8-sig"}[writer])
    for sh in sheets:
        sname = sh.name if fmt != "csv" else os.path.splitext(os.path.basename(rel))[0]
        for r, c, key, v, role, out in sh.recs:
            d = dict(key=key, value=v, file=rel, sheet=sname, cell=f"{col(c)}{r + 1}", raw=str(out), role=role)
            (REC.ignore if role == "ignore" else REC.cells).append(d)
    REC.files.append(dict(file=rel, format=fmt, writer=writer, features=";".join(features)))


def bad(rel, data_or_sheets, writer, why):
    path = os.path.join(HERE, rel)
    if isinstance(data_or_sheets, bytes):
        with open(path, "wb") as f:
            f.write(data_or_sheets)
    else:
        {"openpyxl": _openpyxl, "xlwt": _xlwt}.get(writer, lambda p, s: _csv(p, s, "gbk"))(path, data_or_sheets)
    REC.bad.append(dict(file=rel, why=why))
    REC.files.append(dict(file=rel, format=rel.rsplit(".", 1)[1], writer="bad", features="bad_file"))
