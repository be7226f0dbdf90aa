"""Write a list of Sheets with openpyxl, xlsxwriter, xlwt, odfpy or the csv module, and record its cells.

`save(rel, sheets, writer, features, sent)` writes ROOT/rel, hands every recorded cell to REC with the sheet's
final name and its A1 reference (CSV: column letter + line number, sheet = the file stem), lists the file in
files.csv and sets its mtime to the day it was sent.
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

from corpus_grid import REC, Formula, number_text, ref

ROOT = os.path.dirname(os.path.abspath(__file__))
STAMP = datetime.datetime(2026, 8, 1, 9, 0, 0)
FORMATS = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods",
           "csv-gbk": "csv", "csv-utf8": "csv", "csv-utf8bom": "csv"}
ENCODINGS = {"csv-gbk": "gbk", "csv-utf8": "utf-8", "csv-utf8bom": "utf-8-sig"}


def _openpyxl(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "Administrator"
    wb.properties.created = STAMP
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if fmt:
                cell.number_format = fmt
            if (r, c) in sh.comments:
                cell.comment = Comment(sh.comments[(r, c)], "Administrator")
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
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"author": "Administrator", "created": STAMP})
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
                if isinstance(v, datetime.datetime):
                    ws.merge_range(r1, c1, r2, c2, "", f)
                    ws.write_datetime(r, c, v, f)
                else:
                    ws.merge_range(r1, c1, r2, c2, v, f)
            elif isinstance(v, Formula):
                ws.write_formula(r, c, v.expr, f, v.cached)
            elif isinstance(v, datetime.datetime):
                ws.write_datetime(r, c, v, f)
            elif isinstance(v, str):
                ws.write_string(r, c, v, f)
            else:
                ws.write_number(r, c, v, f)
            if (r, c) in sh.comments:
                ws.write_comment(r, c, sh.comments[(r, c)], {"author": "Administrator"})
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
                elif isinstance(v, datetime.datetime):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"), **attrs)
                    tc.addElement(P(text=f"{v.year}年{v.month}月"))
                elif isinstance(v, str):
                    tc = TableCell(valuetype="string", **attrs)
                    for i, line in enumerate(v.split("\n")):
                        tc.addElement(P(text=line))
                else:
                    tc = TableCell(valuetype="float", value=number_text(v), **attrs)
                    tc.addElement(P(text=number_text(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def _csv_rows(sh):
    nrows, _ = sh.size()
    rows = []
    for r in range(nrows):
        cols = [c for (rr, c) in sh.cells if rr == r]
        width = max(cols) + 1 if cols else 0
        rows.append([_text(sh.cells.get((r, c), ("", None))[0]) for c in range(width)])
    return rows


def _text(v):
    return v if isinstance(v, str) else number_text(v)


def _csv(path, sheets, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(_csv_rows(sheets[0]))
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def save(rel, sheets, writer, features, sent):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for sh in sheets:
        sh.check_merges()
    if writer == "openpyxl":
        _openpyxl(path, sheets)
    elif writer == "xlsxwriter":
        _xlsxwriter(path, sheets)
    elif writer == "xlwt":
        _xlwt(path, sheets)
    elif writer == "odfpy":
        _odf(path, sheets)
    else:
        _csv(path, sheets, ENCODINGS[writer])
    stem = os.path.splitext(os.path.basename(rel))[0]
    for sh in sheets:
        name = stem if writer.startswith("csv") else sh.name
        for (r, c), rec in sorted(sh.recs.items()):
            v = sh.cells.get((r, c), ("", None))[0]
            REC.add(rel, name, ref(r, c), rec, _text(v))
    fmt = FORMATS[writer]
    REC.files.append(dict(file=rel, format=fmt, writer=writer, features=";".join(features)))
    touch(path, sent)


def touch(path, sent):
    t = datetime.datetime(*sent).timestamp()
    os.utime(path, (t, t))
