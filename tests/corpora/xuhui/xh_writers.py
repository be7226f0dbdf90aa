"""Write a list of Sheets with openpyxl, xlsxwriter, xlwt (.xls and WPS .et), odfpy, the csv module or a small
BIFF5 writer (an Excel 5.0/95 workbook in GBK, as old Windows systems export), and record its cells.

`save(rel, sheets, writer, features, sent)` writes ROOT/rel, hands every recorded cell to REC with the sheet's
final name and A1 reference (CSV: column letter + line, sheet = the file stem), lists the file for files.csv and
sets the file's mtime to the day it was sent.
"""
import csv
import datetime
import io
import os
import re
import struct
import zipfile

import openpyxl
import xlsxwriter
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from openpyxl.styles import Alignment
from xlwt.CompoundDoc import XlsDoc

from xh_grid import REC, Formula, ref
from xh_render import plain

ROOT = os.path.dirname(os.path.abspath(__file__))
STAMP = datetime.datetime(2026, 6, 8, 9, 30, 0)
FORMATS = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "xlwt-et": "et", "odfpy": "ods",
           "biff5-gbk": "xls", "csv-gbk": "csv", "csv-utf8": "csv", "csv-utf8bom": "csv"}
ENCODINGS = {"csv-gbk": "gbk", "csv-utf8": "utf-8", "csv-utf8bom": "utf-8-sig"}


def text_of(v):
    if isinstance(v, Formula):
        v = v.cached
    if v is None:
        return ""
    return v if isinstance(v, str) else plain(v)


def _openpyxl(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "user"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            assert not isinstance(v, Formula), "openpyxl keeps no cached value: use xlsxwriter"
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if fmt:
                cell.number_format = fmt
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
            ws.cell(row=r1 + 1, column=c1 + 1).alignment = Alignment(horizontal="center", vertical="center",
                                                                     wrap_text=True)
        for c, w in sh.widths.items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width = w
        for c in sh.hidden_cols:
            ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].hidden = True
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


def _xlsxwriter(path, sheets):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"author": "user", "created": STAMP})
    cache = {}

    def fmt_of(fmt, merged=False):
        k = (fmt, merged)
        if k not in cache:
            d = {"num_format": fmt} if fmt else {}
            if merged:
                d.update(align="center", valign="vcenter", text_wrap=True)
            cache[k] = wb.add_format(d) if d else None
        return cache[k]

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        tops = {(m[0], m[1]): m for m in sh.merges}
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            f = fmt_of(fmt, (r, c) in tops)
            if (r, c) in tops:
                r1, c1, r2, c2 = tops.pop((r, c))
                ws.merge_range(r1, c1, r2, c2, "", f)
            if isinstance(v, Formula):
                ws.write_formula(r, c, v.expr, f, v.cached)
            elif isinstance(v, datetime.datetime):
                ws.write_datetime(r, c, v, f)
            elif isinstance(v, str):
                ws.write_string(r, c, v, f)
            else:
                ws.write_number(r, c, v, f)
        for r1, c1, r2, c2 in tops.values():
            ws.merge_range(r1, c1, r2, c2, "", fmt_of(None, True))
        for c, w in sh.widths.items():
            ws.set_column(c, c, w)
        for c in sh.hidden_cols:
            ws.set_column(c, c, None, None, {"hidden": True})
        if sh.hidden:
            ws.hide()
    wb.close()


def _xlwt(path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def style(fmt, merged=False):
        k = (fmt, merged)
        if k not in styles:
            spec = "align: horiz center, vert center, wrap on" if merged else ""
            styles[k] = xlwt.easyxf(spec, num_format_str=fmt or "General")
        return styles[k]

    for sh in sheets:
        ws = wb.add_sheet(sh.name, cell_overwrite_ok=True)
        tops = {(m[0], m[1]): m for m in sh.merges}
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            assert not isinstance(v, Formula)
            if (r, c) in tops:
                r1, c1, r2, c2 = tops.pop((r, c))
                ws.write_merge(r1, r2, c1, c2, v, style(fmt, True))
            else:
                ws.write(r, c, v, style(fmt))
        for r1, c1, r2, c2 in tops.values():
            ws.write_merge(r1, r2, c1, c2, "", style(None, True))
        for c, w in sh.widths.items():
            ws.col(c).width = int(w * 256)
        if sh.hidden:
            ws.visibility = 1
    wb.save(path)


def _odf(path, sheets):
    doc = OpenDocumentSpreadsheet()
    for sh in sheets:
        t = Table(name=sh.name)
        nrows, ncols = sh.size()
        spans, covered = {}, set()
        for r1, c1, r2, c2 in sh.merges:
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
        for r in range(nrows):
            tr = TableRow()
            for c in range(ncols):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs = {}
                if (r, c) in spans:
                    attrs = dict(numberrowsspanned=spans[(r, c)][0], numbercolumnsspanned=spans[(r, c)][1])
                v = sh.cells.get((r, c), (None, None))[0]
                assert not isinstance(v, Formula)
                if v is None:
                    tc = TableCell(**attrs)
                elif isinstance(v, str):
                    tc = TableCell(valuetype="string", **attrs)
                    for line in v.split("\n"):
                        tc.addElement(P(text=line))
                else:
                    tc = TableCell(valuetype="float", value=plain(v), **attrs)
                    tc.addElement(P(text=plain(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def csv_rows(sh):
    nrows, _ = sh.size()
    out = []
    for r in range(nrows):
        cols = [c for (rr, c) in sh.cells if rr == r]
        width = max(cols) + 1 if cols else 0
        out.append([text_of(sh.cells.get((r, c), (None, None))[0]) for c in range(width)])
    return out


def _csv(path, sheets, encoding, trailing_comma=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(csv_rows(sheets[0]))
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


# --- BIFF5 (Excel 5.0/95), strings in the workbook's code page (936 = GBK); no merges, no formulas
def _rec(t, data):
    return struct.pack("<HH", t, len(data)) + data


def _biff5(path, sheets):
    def bof(dt):
        return _rec(0x0809, struct.pack("<HHHH", 0x0500, dt, 0x0DBB, 0x07CC))

    def font():
        name = "宋体".encode("gbk")
        return _rec(0x0031, struct.pack("<HHHHHBBBB", 220, 0, 0x7FFF, 400, 0, 0, 0, 134, 0) + bytes([len(name)]) + name)

    def xf(style):
        return _rec(0x00E0, struct.pack("<HHHHHHHH", 0, 0, 0xFFF5 if style else 0x0001,
                                        0x0020 if style else 0x20C0, 0, 0, 0, 0))

    head = bof(0x0005) + _rec(0x0042, struct.pack("<H", 936)) + b"".join(font() for _ in range(5))
    head += b"".join(xf(True) for _ in range(15)) + xf(False)
    subs = []
    for sh in sheets:
        nrows, ncols = sh.size()
        body = bof(0x0010) + _rec(0x0200, struct.pack("<HHHHH", 0, nrows, 0, ncols, 0))
        for (r, c), (v, _fmt) in sorted(sh.cells.items()):
            if isinstance(v, str):
                b = v.encode("gbk")
                body += _rec(0x0204, struct.pack("<HHHH", r, c, 15, len(b)) + b)
            else:
                body += _rec(0x0203, struct.pack("<HHHd", r, c, 15, float(v)))
        subs.append((sh.name.encode("gbk"), body + _rec(0x000A, b"")))
    glob_len = len(head) + sum(4 + 7 + len(n) for n, _ in subs) + 4
    pos, out = glob_len, head
    for n, body in subs:
        out += _rec(0x0085, struct.pack("<IH", pos, 0) + bytes([len(n)]) + n)
        pos += len(body)
    out += _rec(0x000A, b"")
    assert len(out) == glob_len
    out += b"".join(body for _, body in subs)
    buf = io.BytesIO()
    XlsDoc().save(buf, out)
    raw = buf.getvalue()
    old = "Workbook\x00".encode("utf-16-le")
    new = "Book\x00".encode("utf-16-le")
    old = old + b"\x00" * (64 - len(old)) + struct.pack("<H", len(old))
    new = new + b"\x00" * (64 - len(new)) + struct.pack("<H", len(new))
    assert raw.count(old) == 1
    with open(path, "wb") as f:
        f.write(raw.replace(old, new))   # an Excel 95 workbook's stream is named "Book"


def fix_zip(path):
    """Rewrite a zip (openpyxl, odfpy) with fixed entry times and fixed document dates, so that regenerating gives
    the same bytes. The mimetype entry of an .ods stays first and stored."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp = STAMP.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode() + b"Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp.encode() + b"Z", data)
                data = re.sub(rb"(<meta:creation-date>)[^<]*", rb"\g<1>" + stamp.encode(), data)
                data = re.sub(rb"(<dc:date>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            zi = zipfile.ZipInfo(info.filename, STAMP.timetuple()[:6])
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def save(rel, sheets, writer, features, sent):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for sh in sheets:
        sh.check()
    if writer == "openpyxl":
        _openpyxl(path, sheets)
        fix_zip(path)
    elif writer == "xlsxwriter":
        _xlsxwriter(path, sheets)
    elif writer in ("xlwt", "xlwt-et"):
        _xlwt(path, sheets)
    elif writer == "odfpy":
        _odf(path, sheets)
        fix_zip(path)
    elif writer == "biff5-gbk":
        _biff5(path, sheets)
    else:
        _csv(path, sheets, ENCODINGS[writer])
    stem = os.path.splitext(os.path.basename(rel))[0]
    for sh in sheets:
        name = stem if writer.startswith("csv") else sh.name
        for (r, c), rec in sorted(sh.recs.items()):
            REC.add(rel, name, ref(r, c), rec, text_of(sh.cells.get((r, c), (None, None))[0]))
    REC.files.append(dict(file=rel, format=FORMATS[writer], writer=writer, features=";".join(features)))
    touch(path, sent)


def touch(path, sent):
    t = datetime.datetime(*sent).timestamp()
    os.utime(path, (t, t))
