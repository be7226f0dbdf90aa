"""World, writers and cell recording for the 大理市·太和街道 corpus (deterministic)."""
import csv
import datetime
import io
import os
import random
import re
import zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
NATIONAL = "/work/shared/data/admin_divisions"
FIXED = (2026, 4, 2, 9, 30, 0)
UNITS = [("532901004001", "关迤社区"), ("532901004002", "兴国社区"), ("532901004003", "龙祥社区"),
         ("532901004004", "万花社区"), ("532901004005", "榆华社区"), ("532901004006", "荷花社区"),
         ("532901004007", "龙泉社区"), ("532901004008", "大关邑社区"), ("532901004009", "三和社区"),
         ("532901004204", "温泉村委会"), ("532901004205", "刘官厂村委会"), ("532901004206", "洱滨村委会"),
         ("532901004207", "太和村委会"), ("532901004208", "大庄村委会")]
CODE = {n: c for c, n in UNITS}
MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
STOCK = {"households", "residents", "party_members", "pairings", "volunteers", "staff", "patrol_members",
         "informants", "dibao_households", "dibao_persons", "floating_population", "zero_employment_households"}

TRUTH = {}      # (code, period, ind) -> value
CELLS = []      # dict rows for truth_cells.csv
IGNORE = []
FILES = []
BAD = []


def build_world(seed=532901004):
    rng = random.Random(seed)
    W = {}
    for code, name in UNITS:
        size = rng.randint(900, 3200) if "社区" in name else rng.randint(500, 1400)
        base = {"households": size, "residents": int(size * rng.uniform(2.4, 3.1)),
                "party_members": rng.randint(60, 240), "pairings": rng.randint(8, 40),
                "volunteers": rng.randint(120, 600), "staff": rng.randint(7, 16),
                "patrol_members": rng.randint(15, 60), "informants": rng.randint(6, 30),
                "dibao_households": rng.randint(8, 45)}
        base["dibao_persons"] = base["dibao_households"] * 2 + rng.randint(0, 12)
        for i, m in enumerate(MONTHS):
            v = {}
            for k, b in base.items():
                drift = rng.choice([0, 0, 0, 1, -1, 2]) if i else 0
                base[k] = max(1, b + drift * (3 if k in ("households", "residents") else 1))
                v[k] = base[k]
            v["dibao_payout_yuan"] = v["dibao_persons"] * rng.choice([600, 650, 700, 720]) + rng.randint(0, 9) * 100
            fest = m in ("2025-09", "2025-10", "2026-02")
            v["cultural_activities"] = rng.randint(2, 6) + (4 if fest else 0)
            v["lectures_held"] = rng.randint(1, 5)
            v["volunteer_person_times"] = rng.randint(80, 400) + (150 if fest else 0)
            v["petitions_received"] = rng.randint(6, 30)
            v["petitions_resolved"] = v["petitions_received"] - rng.randint(0, 3)
            v["people_assisted"] = rng.randint(10, 60) + (40 if m == "2026-02" else 0)
            v["disputes_mediated"] = rng.randint(0, 6)
            v["security_cases"] = rng.randint(0, 4)
            v["jobs_created"] = rng.randint(3, 25)
            v["public_welfare_jobs"] = rng.randint(0, min(3, v["jobs_created"]))
            v["people_employed"] = rng.randint(4, 30)
            v["training_sessions"] = rng.randint(0, 3)
            W[(code, m)] = v
    return W


def col(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r, c):
    return f"{col(c)}{r + 1}"


class Sheet:
    def __init__(self, name):
        self.name, self.cells, self.merges = name, {}, []

    def put(self, r, c, v):
        self.cells[(r, c)] = v

    def merge(self, r1, c1, r2, c2, v):
        self.cells[(r1, c1)] = v
        self.merges.append((r1, c1, r2, c2))


def record(rel, sheet, r, c, code, period, ind, value, raw, role="primary"):
    if role in ("primary", "correction"):
        TRUTH[(code, period, ind)] = value
    CELLS.append(dict(community_code=code, period=period, indicator_code=ind, value=fmt(value), file=rel,
                      sheet=sheet, cell=ref(r, c), raw=raw, role=role))


def ignore(rel, sheet, r, c, code, period, ind, raw):
    IGNORE.append(dict(community_code=code, period=period, indicator_code=ind, file=rel, sheet=sheet,
                       cell=ref(r, c), raw=raw))


def fmt(v):
    return str(int(v)) if float(v) == int(v) else repr(v)


def raw_of(v):
    return fmt(v) if isinstance(v, (int, float)) else v


def _normalize(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-04-02T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def save(rel, sheets, writer, features, encoding="utf-8"):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if writer == "openpyxl":
        import openpyxl
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for sh in sheets:
            ws = wb.create_sheet(sh.name)
            for (r, c), v in sorted(sh.cells.items()):
                ws.cell(r + 1, c + 1, v)
            for r1, c1, r2, c2 in sh.merges:
                ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        wb.properties.creator = "太和街道"
        wb.properties.created = wb.properties.modified = datetime.datetime(2026, 4, 2, 9, 30)
        wb.save(path)
        _normalize(path)
    elif writer == "xlsxwriter":
        import xlsxwriter
        wb = xlsxwriter.Workbook(path)
        wb.set_properties({"created": datetime.datetime(2026, 4, 2, 9, 30), "author": "太和街道"})
        for sh in sheets:
            ws = wb.add_worksheet(sh.name)
            inside = set()
            for r1, c1, r2, c2 in sh.merges:
                ws.merge_range(r1, c1, r2, c2, sh.cells.get((r1, c1), ""))
                inside |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            for (r, c), v in sorted(sh.cells.items()):
                if (r, c) not in inside:
                    ws.write(r, c, v)
        wb.close()
        _normalize(path)
    elif writer == "xlwt":
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        for sh in sheets:
            ws = wb.add_sheet(sh.name)
            inside = set()
            for r1, c1, r2, c2 in sh.merges:
                ws.write_merge(r1, r2, c1, c2, sh.cells.get((r1, c1), ""))
                inside |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            for (r, c), v in sorted(sh.cells.items()):
                if (r, c) not in inside:
                    ws.write(r, c, v)
        wb.save(path)
    elif writer == "odfpy":
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableRow, TableCell
        from odf.text import P
        doc = OpenDocumentSpreadsheet()
        for sh in sheets:
            t = Table(name=sh.name)
            nr = max(r for r, _ in sh.cells) + 1
            nc = max(c for _, c in sh.cells) + 1
            for r in range(nr):
                tr = TableRow()
                for c in range(nc):
                    v = sh.cells.get((r, c))
                    if v is None:
                        tc = TableCell()
                    elif isinstance(v, (int, float)):
                        tc = TableCell(valuetype="float", value=v)
                        tc.addElement(P(text=fmt(v)))
                    else:
                        tc = TableCell(valuetype="string")
                        tc.addElement(P(text=v))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.spreadsheet.addElement(t)
        doc.save(path)
        _normalize(path)
    else:  # csv: utf-8, utf-8-sig, gbk
        sh = sheets[0]
        nr = max(r for r, _ in sh.cells) + 1
        nc = max(c for _, c in sh.cells) + 1
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        for r in range(nr):
            w.writerow([raw_of(sh.cells[(r, c)]) if (r, c) in sh.cells else "" for c in range(nc)])
        with open(path, "wb") as f:
            f.write(buf.getvalue().encode(encoding))
    FILES.append(dict(file=rel, format=os.path.splitext(rel)[1][1:], writer=writer if writer != "csv" else f"csv-{encoding}",
                      features=";".join(features)))


def write_tables():
    def dump(name, rows, fields):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fields, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    dump("truth.csv", [dict(community_code=k[0], period=k[1], indicator_code=k[2], value=fmt(v))
                       for k, v in sorted(TRUTH.items())], ["community_code", "period", "indicator_code", "value"])
    dump("truth_cells.csv", sorted(CELLS, key=lambda d: (d["community_code"], d["period"], d["indicator_code"], d["role"])),
         ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"])
    dump("ignore.csv", IGNORE, ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"])
    dump("bad_files.csv", BAD, ["file", "why"])
    dump("files.csv", FILES, ["file", "format", "writer", "features"])
