"""Grid, recorder and the four writers (openpyxl, xlsxwriter, xlwt, odfpy) plus CSV, for the 喀什 corpus."""
import csv
import io
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
C = {  # code suffix -> registry short name
    "001": "吾斯塘博依路", "004": "其尼瓦克", "010": "色满路", "011": "古扎", "012": "萨合亚", "013": "吐尔亚瓦格",
    "014": "布拉克贝西", "015": "库木代尔瓦扎", "016": "徕宁城", "017": "吐曼路", "018": "尤木拉克协海尔",
    "020": "夏马勒巴格"}
CODE = {v: "653101003" + k for k, v in C.items()}
COMMS = list(C.values())
UY = {"吾斯塘博依路": "ئۆستەڭبويى يولى", "其尼瓦克": "چىنىباغ", "色满路": "سەمەن يولى", "古扎": "غوزا",
      "萨合亚": "ساقىيە", "吐尔亚瓦格": "تۆرياۋاغ", "布拉克贝西": "بۇلاقبېشى", "库木代尔瓦扎": "قۇمدەرۋازا",
      "徕宁城": "لەينىڭچېڭ", "吐曼路": "تۈمەن يولى", "尤木拉克协海尔": "يۇمىلاق شەھەر", "夏马勒巴格": "شامالباغ"}
LAT = {"吾斯塘博依路": "Ostengboyi yoli", "其尼瓦克": "Chinibagh", "色满路": "Semen yoli", "古扎": "Ghoza",
       "萨合亚": "Saqiye", "吐尔亚瓦格": "Toryawagh", "布拉克贝西": "Bulaqbeshi", "库木代尔瓦扎": "Qumderwaza",
       "徕宁城": "Leyningcheng", "吐曼路": "Tümen yoli", "尤木拉克协海尔": "Yumilaq sheher", "夏马勒巴格": "Shamalbagh"}
IND = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
       "people_employed", "zero_employment_households", "micro_loans_yuan", "training_sessions", "dibao_households",
       "dibao_persons", "dibao_payout_yuan", "free_health_checks", "people_assisted", "goods_distributed",
       "cultural_activities", "lectures_held", "patrol_members", "informants", "security_cases", "volunteers",
       "volunteer_person_times", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


class World:
    def __init__(self):
        r = random.Random(20260653)
        self.v = {}
        for i, c in enumerate(COMMS):
            code = CODE[c]
            hh = r.randint(1400, 3600)
            base = dict(households=hh, residents=int(hh * r.uniform(2.9, 3.6)), floating_population=r.randint(80, 600),
                        staff=r.randint(9, 16), party_members=r.randint(60, 240), pairings=r.randint(20, 70),
                        volunteers=r.randint(200, 900), patrol_members=r.randint(30, 90), informants=r.randint(10, 40),
                        zero_employment_households=r.randint(0, 6), dibao_households=r.randint(15, 70))
            for k, m in enumerate(MONTHS):
                d = {}
                for s, b in base.items():
                    d[s] = max(0, b + (r.randint(-3, 6) * k if s in ("households", "residents", "volunteers") else r.randint(-1, 1) * (k > 0)))
                d["dibao_persons"] = int(d["dibao_households"] * r.uniform(1.6, 2.4))
                d["dibao_payout_yuan"] = d["dibao_persons"] * 593 + r.randint(0, 9) * 100
                pr = r.randint(12, 60)
                d.update(petitions_received=pr, petitions_resolved=pr - r.randint(0, 4), disputes_mediated=r.randint(0, 8),
                         jobs_created=r.randint(4, 25), people_employed=r.randint(3, 30), training_sessions=r.randint(0, 4),
                         micro_loans_yuan=r.choice([0, 50000, 100000, 150000, 200000, 300000]),
                         free_health_checks=r.randint(20, 160), people_assisted=r.randint(10, 90),
                         goods_distributed=r.randint(20, 300), cultural_activities=r.randint(2, 12),
                         lectures_held=r.randint(2, 10), security_cases=r.randint(0, 4),
                         volunteer_person_times=r.randint(100, 700))
                d["public_welfare_jobs"] = r.randint(0, min(4, d["jobs_created"]))
                if m == "2026-03":   # 肉孜节慰问
                    d["goods_distributed"] += 200
                for s, x in d.items():
                    self.v[(code, m, s)] = x
        self.old = {}

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new


class Rec:
    def __init__(self):
        self.cells, self.ignore, self.quarter, self.bad, self.files = [], [], [], [], []


REC = Rec()
W = None
BATCH = ["batch1"]


def col(c):
    s = ""
    c += 1
    while c:
        c, x = divmod(c - 1, 26)
        s = chr(65 + x) + s
    return s


class Sheet:
    def __init__(self, name):
        self.name, self.cells, self.merges, self.recs, self.rtl = name, {}, [], [], False

    def put(self, r, c, v):
        self.cells[(r, c)] = v

    def row(self, r, c, vals):
        for i, v in enumerate(vals):
            if v is not None:
                self.put(r, c + i, v)

    def merge(self, r1, c1, r2, c2, v):
        self.put(r1, c1, v)
        self.merges.append((r1, c1, r2, c2))

    def val(self, r, c, comm, m, ind, raw=None, role="primary", value=None):
        """Put a truth value: raw is what the cell shows (default: the number)."""
        key = (CODE[comm], m, ind)
        v = W.v[key] if value is None else value
        cellv = v if raw is None else raw
        self.put(r, c, cellv)
        self.recs.append(dict(key=key, value=v, r=r, c=c, role=role, raw=cellv))

    def ign(self, r, c, comm, m, ind, raw):
        self.put(r, c, raw)
        self.recs.append(dict(key=(CODE[comm], m, ind), value=None, r=r, c=c, role="ignore", raw=raw))

    def extra(self, r, c, comm, m, ind, raw, value):
        """A second value out of a cell already put (「23/41」)."""
        self.recs.append(dict(key=(CODE[comm], m, ind), value=value, r=r, c=c, role="primary", raw=raw))


def _rawtext(v):
    if isinstance(v, float) and v == int(v):
        return str(v)
    return str(v)


def _register(rel, sheets, fmt, writer, features):
    for sh in sheets:
        for t in sh.recs:
            ref = col(t["c"]) + str(t["r"] + 1)
            sname = sh.name if fmt != "csv" else ""
            d = dict(key=t["key"], value=t["value"], file=rel, sheet=sname, cell=ref, raw=_rawtext(t["raw"]), role=t["role"])
            (REC.ignore if t["role"] == "ignore" else REC.cells).append(d)
    REC.files.append(dict(file=rel, format=fmt, writer=writer, features=";".join(features)))


def save(name, sheets, writer, features, enc="utf-8-sig"):
    rel = BATCH[0] + "/" + name
    path = os.path.join(HERE, rel)
    fmt = name.rsplit(".", 1)[1]
    if writer == "openpyxl":
        import openpyxl
        from openpyxl.styles import Alignment
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for sh in sheets:
            ws = wb.create_sheet(sh.name)
            ws.sheet_view.rightToLeft = sh.rtl
            for (r, c), v in sorted(sh.cells.items()):
                ws.cell(r + 1, c + 1, v)
                if isinstance(v, str) and "\n" in v:
                    ws.cell(r + 1, c + 1).alignment = Alignment(wrap_text=True)
            for r1, c1, r2, c2 in sh.merges:
                ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 4, 1, 9, 0, 0)
        wb.save(path)
        _pin(path)
    elif writer == "xlsxwriter":
        import xlsxwriter
        import datetime
        wb = xlsxwriter.Workbook(path)
        wb.set_properties({"created": datetime.datetime(2026, 4, 1, 9, 0, 0)})
        wrap = wb.add_format({"text_wrap": True})
        for sh in sheets:
            ws = wb.add_worksheet(sh.name)
            if sh.rtl:
                ws.right_to_left()
            merged = {(a, b): (a, b, c2, d) for a, b, c2, d in sh.merges}
            for (r, c), v in sorted(sh.cells.items()):
                if (r, c) in merged:
                    ws.merge_range(*merged[(r, c)], v, wrap)
                else:
                    ws.write(r, c, v, wrap if isinstance(v, str) and "\n" in v else None)
        wb.close()
        _pin(path)
    elif writer == "xlwt":
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        for sh in sheets:
            ws = wb.add_sheet(sh.name)
            merged = {(a, b): (a, c2, b, d) for a, b, c2, d in sh.merges}
            for (r, c), v in sorted(sh.cells.items()):
                if (r, c) in merged:
                    a, c2, b, d = merged[(r, c)]
                    ws.write_merge(a, c2, b, d, v)
                else:
                    ws.write(r, c, v)
        wb.save(path)
    elif writer == "odfpy":
        _ods(path, sheets)
    elif writer == "csv":
        sh = sheets[0]
        nr = max(r for r, _ in sh.cells) + 1
        nc = max(c for _, c in sh.cells) + 1
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        for r in range(nr):
            w.writerow(["" if sh.cells.get((r, c)) is None else sh.cells.get((r, c)) for c in range(nc)])
        with open(path, "wb") as f:
            f.write(buf.getvalue().encode(enc))
    _register(rel, sheets, fmt, writer, features)
    return rel


def _pin(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-04-01T09:00:00Z", data)
            ct = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 4, 1, 9, 0, 0)), data, ct)


def _ods(path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, CoveredTableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sh in sheets:
        t = Table(name=sh.name)
        nr = max(r for r, _ in sh.cells) + 1
        nc = max(c for _, c in sh.cells) + 1
        span = {(a, b): (c2 - a + 1, d - b + 1) for a, b, c2, d in sh.merges}
        cover = {(r, c) for a, b, c2, d in sh.merges for r in range(a, c2 + 1) for c in range(b, d + 1)} - set(span)
        for r in range(nr):
            tr = TableRow()
            for c in range(nc):
                if (r, c) in cover:
                    tr.addElement(CoveredTableCell())
                    continue
                v = sh.cells.get((r, c))
                kw = {}
                if (r, c) in span:
                    kw = dict(numberrowsspanned=span[(r, c)][0], numbercolumnsspanned=span[(r, c)][1])
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v, **kw)
                    tc.addElement(P(text=str(v)))
                elif v is None:
                    tc = TableCell(**kw)
                else:
                    tc = TableCell(valuetype="string", **kw)
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)
    _pin(path)
