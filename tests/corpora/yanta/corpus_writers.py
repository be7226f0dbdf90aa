"""The writers: openpyxl, xlsxwriter, xlwt (BIFF8 .xls), odfpy (.ods), csv (GBK / UTF-8 / UTF-8 with BOM),
html (a web system's "export to Excel": an HTML table saved as .xls) and tsv (tab-separated text saved as .xls)."""
import csv
import datetime as dt
import html
import io

from corpus_grid import Formula, col_letter, plain

FIXED_TIME = dt.datetime(2026, 8, 1, 9, 0, 0)


def write_openpyxl(book, path):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    for s in book.sheets:
        ws = wb.create_sheet(s.name)
        for (r, c), v in sorted(s.cells.items()):
            if isinstance(v, Formula):
                v = v.text
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if (r, c) in s.fmts:
                cell.number_format = s.fmts[(r, c)]
        for (r1, c1, r2, c2) in s.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
            ws.cell(r1 + 1, c1 + 1).alignment = Alignment(horizontal="center", vertical="center")
        for c, w in s.widths.items():
            ws.column_dimensions[col_letter(c)].width = w
        if s.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(book, path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"created": FIXED_TIME, "author": "等驾坡街道"})
    cache = {}

    def fmt(f):
        key = f or ""
        if key not in cache:
            props = {"valign": "vcenter"}
            if f:
                props["num_format"] = f
            cache[key] = wb.add_format(props)
        return cache[key]

    for s in book.sheets:
        ws = wb.add_worksheet(s.name)
        merged_tl = {(m[0], m[1]): m for m in s.merges}
        for (r, c), v in sorted(s.cells.items()):
            f = fmt(s.fmts.get((r, c)))
            if (r, c) in merged_tl:
                r1, c1, r2, c2 = merged_tl[(r, c)]
                if isinstance(v, (dt.date, dt.datetime)):
                    ws.merge_range(r1, c1, r2, c2, "", f)
                    ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), f)
                else:
                    ws.merge_range(r1, c1, r2, c2, v, f)
                continue
            if isinstance(v, Formula):
                ws.write_formula(r, c, v.text, f, v.cached)
            elif isinstance(v, str):
                ws.write_string(r, c, v, f)
            elif isinstance(v, (dt.date, dt.datetime)):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), f)
            else:
                ws.write_number(r, c, v, f)
        for m in s.merges:
            if (m[0], m[1]) not in s.cells:
                ws.merge_range(*m, "", fmt(None))
        for c, w in s.widths.items():
            ws.set_column(c, c, w)
        if s.hidden:
            ws.hide()
    wb.close()


def write_xlwt(book, path):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def style(f):
        if f not in styles:
            st = xlwt.XFStyle()
            if f:
                st.num_format_str = f
            al = xlwt.Alignment()
            al.vert = xlwt.Alignment.VERT_CENTER
            st.alignment = al
            styles[f] = st
        return styles[f]

    for s in book.sheets:
        ws = wb.add_sheet(s.name)
        merged_tl = {(m[0], m[1]): m for m in s.merges}
        done = set()
        for (r, c), v in sorted(s.cells.items()):
            st = style(s.fmts.get((r, c)))
            if (r, c) in merged_tl:
                r1, c1, r2, c2 = merged_tl[(r, c)]
                ws.write_merge(r1, r2, c1, c2, v, st)
                done.add((r, c))
            else:
                ws.write(r, c, v, st)
        for m in s.merges:
            if (m[0], m[1]) not in done:
                ws.write_merge(m[0], m[2], m[1], m[3], "", style(None))
        for c, w in s.widths.items():
            ws.col(c).width = int(w * 256)
        if s.hidden:
            ws.visibility = 1
    wb.save(path)


def write_odf(book, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, CoveredTableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for s in book.sheets:
        t = Table(name=s.name)
        covered = set()
        spans = {}
        for (r1, c1, r2, c2) in s.merges:
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r in range(s.nrows()):
            tr = TableRow()
            for c in range(s.ncols()):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                v = s.cells.get((r, c))
                kw = {}
                if (r, c) in spans:
                    kw["numberrowsspanned"], kw["numbercolumnsspanned"] = spans[(r, c)]
                if v is None:
                    tc = TableCell(**kw)
                elif isinstance(v, (dt.date, dt.datetime)):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"), **kw)
                    tc.addElement(P(text=f"{v.year}年{v.month}月"))
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=plain(v), **kw)
                    tc.addElement(P(text=plain(v)))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def _text_rows(book):
    (s,) = book.sheets
    return [["" if v is None else plain(v) for v in row] for row in s.grid()]


def write_csv(book, path):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(_text_rows(book))
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(book.encoding))


def write_tsv(book, path):
    text = "".join("\t".join(row) + "\r\n" for row in _text_rows(book))
    with open(path, "wb") as f:
        f.write(text.encode(book.encoding))


def write_html(book, path):
    (s,) = book.sheets
    charset = book.charset or book.encoding
    spans, covered = {}, set()
    for (r1, c1, r2, c2) in s.merges:
        spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
           "<head>", f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
           "<style>td{mso-number-format:General;} .txt{mso-number-format:\"\\@\";}</style>",
           "</head>", "<body>", '<table border="1" cellspacing="0" cellpadding="2">']
    for r in range(s.nrows()):
        tag = "th" if r in s.header_rows else "td"
        cells = []
        for c in range(s.ncols()):
            if (r, c) in covered:
                continue
            v = s.cells.get((r, c))
            attrs = ""
            if (r, c) in spans:
                rs, cs = spans[(r, c)]
                attrs += f' rowspan="{rs}"' if rs > 1 else ""
                attrs += f' colspan="{cs}"' if cs > 1 else ""
            if s.fmts.get((r, c)) == "@":
                attrs += ' class="txt"'
            text = "" if v is None else html.escape(plain(v))
            cells.append(f"<{tag}{attrs}>{text}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</table>", "</body>", "</html>", ""]
    with open(path, "wb") as f:
        f.write("\r\n".join(out).encode(book.encoding))


WRITERS = {"openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter, "xlwt": write_xlwt, "odf": write_odf,
           "csv": write_csv, "tsv": write_tsv, "html": write_html}
