"""Write a list of Sheets with openpyxl, xlsxwriter, xlwt (.xls and WPS .et), odfpy or the csv module (GBK CSV
as WPS saves it: every line padded with commas to the used range).

`save(rel, sheets, writer, features, sent)` writes ROOT/rel, hands every recorded cell to REC (CSV: sheet = the
file stem, cell = column letter + line), lists the file for files.csv and sets its mtime to the day it was sent.
"""
import csv
import datetime
import io
import os

import openpyxl
import xlsxwriter
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from jj_grid import REC, Formula, ref, text_of
from jj_render import num_text

ROOT = os.path.dirname(os.path.abspath(__file__))
STAMP = datetime.datetime(2026, 6, 8, 9, 0, 0)
FORMATS = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "xlwt-et": "et", "odfpy": "ods",
           "csv-gbk": "csv", "csv-utf8": "csv", "csv-utf8bom": "csv"}
ENCODINGS = {"csv-gbk": "gbk", "csv-utf8": "utf-8", "csv-utf8bom": "utf-8-sig"}


def _openpyxl(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "BXJD"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            if isinstance(v, Formula):
                raise AssertionError("openpyxl writes no cached values: use xlsxwriter for formulas")
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if fmt:
                cell.number_format = fmt
            if (r, c) in sh.comments:
                cell.comment = Comment(sh.comments[(r, c)], "BXJD")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
            ws.cell(row=r1 + 1, column=c1 + 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c + 1)].width = w
        for c in sh.hidden_cols:
            ws.column_dimensions[get_column_letter(c + 1)].hidden = True
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


def _xlsxwriter(path, sheets):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"author": "BXJD", "created": STAMP})
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
            if (r, c) in sh.comments:
                ws.write_comment(r, c, sh.comments[(r, c)], {"author": "BXJD"})
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
            if isinstance(v, Formula):
                raise AssertionError("no formulas in xlwt files")
            if isinstance(v, datetime.datetime) and not fmt:
                fmt = "yyyy/m/d"
            if (r, c) in tops:
                r1, c1, r2, c2 = tops.pop((r, c))
                ws.write_merge(r1, r2, c1, c2, v, style(fmt, True))
            else:
                ws.write(r, c, v, style(fmt))
        for r1, c1, r2, c2 in tops.values():
            ws.write_merge(r1, r2, c1, c2, "", style(None, True))
        for c, w in sh.widths.items():
            ws.col(c).width = int(w * 256)
        for c in sh.hidden_cols:
            ws.col(c).hidden = True
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
                if v is None:
                    tc = TableCell(**attrs)
                elif isinstance(v, Formula):
                    raise AssertionError("no formulas in odf files")
                elif isinstance(v, datetime.datetime):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"), **attrs)
                    tc.addElement(P(text=f"{v.year}年{v.month}月"))
                elif isinstance(v, str):
                    tc = TableCell(valuetype="string", **attrs)
                    for line in v.split("\n"):
                        tc.addElement(P(text=line))
                else:
                    tc = TableCell(valuetype="float", value=num_text(v), **attrs)
                    tc.addElement(P(text=num_text(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def _csv(path, sheets, encoding):
    sh = sheets[0]
    nrows, _ = sh.size()
    rows = []
    full = max(c for _, c in sh.cells) + 1
    for r in range(nrows):
        cols = [c for (rr, c) in sh.cells if rr == r]
        width = max(cols) + 1 if cols else 0
        if encoding == "gbk":   # WPS pads every line to the used range
            width = full
        rows.append([text_of(sh.cells[(r, c)][0]) if (r, c) in sh.cells else "" for c in range(width)])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def _fix_zip(path):
    """openpyxl and odfpy stamp the current time on the zip members: rewrite them with a fixed one (and odfpy's
    meta.xml dates) so that two runs give the same bytes."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            if info.filename == "meta.xml":
                data = re.sub(rb"<(meta:creation-date|dc:date)>[^<]*<", rb"<\1>2026-06-08T09:00:00<", data)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*<", rb"\g<1>2026-06-08T09:00:00Z<", data)
            new = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            new.compress_type = info.compress_type
            new.external_attr = info.external_attr
            z.writestr(new, data)


def save(rel, sheets, writer, features, sent):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for sh in sheets:
        sh.check()
    if writer == "openpyxl":
        _openpyxl(path, sheets)
        _fix_zip(path)
    elif writer == "xlsxwriter":
        _xlsxwriter(path, sheets)
    elif writer in ("xlwt", "xlwt-et"):
        _xlwt(path, sheets)
    elif writer == "odfpy":
        _odf(path, sheets)
        _fix_zip(path)
    else:
        _csv(path, sheets, ENCODINGS[writer])
    stem = os.path.splitext(os.path.basename(rel))[0]
    for sh in sheets:
        name = stem if writer.startswith("csv") else sh.name
        for (r, c), recs in sorted(sh.recs.items()):
            raw = text_of(sh.cells[(r, c)][0]) if (r, c) in sh.cells else ""
            for rec in recs:
                REC.add(rel, name, ref(r, c), rec, raw)
    REC.files.append(dict(file=rel, format=FORMATS[writer], writer=writer, features=";".join(features)))
    touch(path, sent)


def touch(path, sent):
    t = datetime.datetime(*sent).timestamp()
    os.utime(path, (t, t))
