#!/usr/bin/env python3
"""Regenerate the 江汉区·万松街街道 community-spreadsheet corpus and its ground truth.

    python3 make_corpus.py            # rewrites batch1/, batch2/ and the truth CSVs beside this file

Needs: openpyxl, xlsxwriter, xlwt, odfpy (pip). No LibreOffice. Everything is seeded
(random.Random(SEED)): the same run gives the same cells, values and truth (openpyxl and odfpy
still stamp some document properties of their own inside the files).

The registry (community names and 12-digit codes) is read from the national registry
(../../../../shared/data/admin_divisions/villages.csv.gz relative to this file, or $ADMIN_DIVISIONS).
"""
import csv
import datetime as dt
import gzip
import io
import os
import random
import shutil
import sys
import tempfile
import time
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))


def _divisions():
    env = os.environ.get("ADMIN_DIVISIONS")
    cands = ([env] if env else []) + [
        os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "admin_divisions"),
        "/work/shared/data/admin_divisions"]
    for c in cands:
        if c and os.path.exists(os.path.join(c, "villages.csv.gz")):
            return os.path.normpath(c)
    sys.exit("national registry (villages.csv.gz) not found; set ADMIN_DIVISIONS")


DIV = _divisions()
VILLAGES = os.path.join(DIV, "villages.csv.gz")
CITY = "420103"            # 湖北省武汉市江汉区
STREET = "420103008"       # 万松街街道
STREET_NAME = "万松街街道"
OTHER_CITY_COMMUNITY = "420502001004"   # 宜昌市西陵区西陵街道铁路坝社区 (the wrong-city file)
PERIODS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
SEED = 20260630

IND = {  # code: (catalogue name, unit, kind) -- from seeds/indicators.csv
    "petitions_received": ("民情诉求受理数", "件", "flow"),
    "petitions_resolved": ("民情诉求办结数", "件", "flow"),
    "disputes_mediated": ("矛盾纠纷调解数", "起", "flow"),
    "jobs_created": ("新增就业岗位数", "个", "flow"),
    "public_welfare_jobs": ("公益性岗位数", "个", "flow"),
    "people_employed": ("实现就业人数", "人", "flow"),
    "zero_employment_households": ("零就业家庭户数", "户", "stock"),
    "micro_loans_yuan": ("创业担保贷款金额", "元", "flow"),
    "training_sessions": ("职业技能培训场次", "场", "flow"),
    "dibao_households": ("低保户数", "户", "stock"),
    "dibao_persons": ("低保人数", "人", "stock"),
    "dibao_payout_yuan": ("低保金发放金额", "元", "flow"),
    "free_health_checks": ("免费健康体检人数", "人", "flow"),
    "people_assisted": ("帮扶困难群众人数", "人", "flow"),
    "goods_distributed": ("发放慰问物资件数", "件", "flow"),
    "cultural_activities": ("文化活动场次", "场", "flow"),
    "lectures_held": ("宣讲活动次数", "次", "flow"),
    "patrol_members": ("治安巡逻队员数", "人", "stock"),
    "informants": ("平安信息员数", "人", "stock"),
    "security_cases": ("治安案件数", "起", "flow"),
    "volunteers": ("注册志愿者人数", "人", "stock"),
    "volunteer_person_times": ("志愿服务人次", "人次", "flow"),
    "party_members": ("党员人数", "人", "stock"),
    "pairings": ("结对帮扶对数", "对", "stock"),
    "households": ("户数", "户", "stock"),
    "residents": ("常住人口", "人", "stock"),
    "floating_population": ("流动人口", "人", "stock"),
    "staff": ("社区工作者人数", "人", "stock"),
}
FLOWS = [k for k, v in IND.items() if v[2] == "flow"]

# --------------------------------------------------------------------------- registry


def load_registry():
    comms, other = [], None
    with gzip.open(VILLAGES, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["streetCode"] == STREET:
                comms.append((row["code"], row["name"]))
            elif row["code"] == OTHER_CITY_COMMUNITY:
                other = (row["code"], row["name"])
    comms.sort()
    if not (10 <= len(comms) <= 20) or other is None:
        sys.exit("registry does not hold the expected street/community")
    for _, n in comms:
        if not n.endswith("社区居委会"):
            sys.exit(f"unexpected registry name {n}")
    return comms, other


COMMS, OTHER = load_registry()
CODES = [c for c, _ in COMMS]
FULL = dict(COMMS)                                   # 武展社区居委会 (registry name)
NAME = {c: n[: -len("居委会")] for c, n in COMMS}    # 武展社区
SHORT = {c: n[: -len("社区居委会")] for c, n in COMMS}   # 武展
BY_SHORT = {s: c for c, s in SHORT.items()}


def code_of(short):
    return BY_SHORT[short]


# one-character slips clerks make (same sound); each is one edit away from exactly one registry name
TYPO = {code_of("妙墩"): "庙墩", code_of("王家墩"): "王家敦", code_of("凌云"): "陵云", code_of("武展"): "武站"}

# 片区 (grid areas) the street office groups its communities by, in registry order
AREAS = [("航空片", CODES[0:5]), ("青松片", CODES[5:10]), ("机场片", CODES[10:])]

# --------------------------------------------------------------------------- world

rng = random.Random(SEED)
W = {}        # (code, period, indicator) -> value in canonical unit (final, after corrections)


def build_world():
    for code in CODES:
        R = rng.randrange(3600, 12800)
        st = dict(
            residents=R, households=int(R / rng.uniform(2.5, 2.9)),
            floating_population=int(R * rng.uniform(0.08, 0.35)), staff=rng.randint(10, 24),
            party_members=rng.randint(120, 560), pairings=rng.randint(8, 55),
            volunteers=int(R * rng.uniform(0.04, 0.12)), patrol_members=rng.randint(25, 120),
            informants=rng.randint(6, 40), dibao_households=rng.randint(5, 46),
            zero_employment_households=rng.choice([0, 0, 1, 1, 2]))
        st["dibao_persons"] = int(st["dibao_households"] * rng.uniform(1.3, 1.9))

        def flows(st, m):
            rec = max(6, int(st["residents"] / 120 * rng.uniform(0.5, 1.5)))
            jobs = rng.randint(2, 40)
            festival = m in (1, 2)   # 春节 2026-02-17: visits and goods peak in Jan/Feb
            return dict(
                petitions_received=rec, petitions_resolved=max(0, rec - rng.randint(0, 4)),
                disputes_mediated=rng.randint(0, 6), jobs_created=jobs,
                public_welfare_jobs=rng.randint(0, min(3, jobs)), people_employed=rng.randint(1, 30),
                micro_loans_yuan=rng.choice([0, 0, 0, 50000, 100000, 150000, 200000, 300000]),
                training_sessions=rng.choice([0, 1, 1, 2, 2, 3]),
                dibao_payout_yuan=st["dibao_persons"] * rng.randint(62, 95) * 10,
                free_health_checks=rng.choice([0, rng.randint(15, 160)]),
                people_assisted=rng.randint(30, 140) if festival else rng.randint(6, 80),
                goods_distributed=rng.randint(60, 320) if festival else rng.choice([0, rng.randint(10, 120)]),
                cultural_activities=rng.randint(2, 12), lectures_held=rng.randint(1, 6),
                security_cases=rng.choice([0, 0, 0, 1, 1, 2, 4]),
                volunteer_person_times=rng.randint(120, 2600))
        for p in PERIODS:
            st["residents"] += rng.randint(-30, 45)
            st["households"] += rng.randint(-9, 15)
            st["floating_population"] += rng.randint(-45, 50)
            st["volunteers"] += rng.randint(0, 22)
            st["party_members"] += rng.choice([0, 0, 1, 2, -1])
            st["pairings"] += rng.choice([0, 0, 1])
            st["patrol_members"] += rng.choice([0, 0, 2, -1])
            st["informants"] += rng.choice([0, 0, 1])
            st["staff"] += rng.choice([0, 0, 0, 1, -1])
            if rng.random() < 0.3:
                st["dibao_households"] += rng.choice([-1, 1])
                st["dibao_persons"] = max(st["dibao_households"], st["dibao_persons"] + rng.choice([-2, -1, 1, 2]))
            for k, v in st.items():
                W[(code, p, k)] = v
            for k, v in flows(st, int(p[5:])).items():
                W[(code, p, k)] = v


build_world()

# values a clerk wrote approximately or with words: the number written is the value
APPROX = {}   # (key, file name) -> text


def approx(short, p, ind, fname, text, value):
    key = (code_of(short), p, ind)
    APPROX[(key, fname)] = text
    W[key] = value


approx("武展", "2026-01", "people_assisted", "武展社区2026年1月工作报表.xlsx", "约50", 50)
approx("武展", "2026-04", "volunteer_person_times", "武展社区2026年4月工作报表.xlsx", "600余", 600)
approx("公园", "2026-03", "people_assisted", "公园社区三月份工作报表.xlsx", "30余", 30)
approx("电业", "2026-02", "micro_loans_yuan", "电业社区26年2月报表.xlsx", "2.3万元", 23000)
approx("白松", "2026-05", "goods_distributed", "白松社区202605.csv", "约80件", 80)
approx("凌云", "2026-03", "volunteer_person_times", "凌云社区2026年上半年工作台账.xlsx", "1600余", 1600)

# values forced so that what the clerk wrote is natural ("无" needs a zero)
for ind in ("security_cases", "training_sessions", "micro_loans_yuan", "public_welfare_jobs"):
    W[(code_of("电力"), "2026-03", ind)] = 0
W[(code_of("电力"), "2026-05", "security_cases")] = 0
W[(code_of("电力"), "2026-05", "micro_loans_yuan")] = 0
W[(code_of("电业"), "2026-02", "dibao_payout_yuan")] = 15860
W[(code_of("白松"), "2026-05", "volunteer_person_times")] = 1234
W[(code_of("王家墩"), "2026-03", "micro_loans_yuan")] = 150000
for c in CODES[:4]:
    W[(c, "2026-03", "security_cases")] = 0

# batch2 corrects three values of 青年社区 2026-02; every batch1 file carries the original figures
QN = code_of("青年")
ORIG = {(QN, "2026-02", "petitions_received"): W[(QN, "2026-02", "petitions_received")] + 7,
        (QN, "2026-02", "petitions_resolved"): W[(QN, "2026-02", "petitions_resolved")] + 9,
        (QN, "2026-02", "volunteers"): W[(QN, "2026-02", "volunteers")] - 40}
BATCH = "batch1"


def val(code, p, ind):
    key = (code, p, ind)
    if BATCH == "batch1" and key in ORIG:
        return ORIG[key]
    return W[key]


def ytd(code, p, ind):
    """本年累计: January is the first month of the year and of the corpus."""
    i = PERIODS.index(p)
    return sum(val(code, q, ind) for q in PERIODS[: i + 1])


def qsum(code, ps, ind):
    return sum(val(code, q, ind) for q in ps)


Q1, Q2 = PERIODS[:3], PERIODS[3:]

# --------------------------------------------------------------------------- grid model


class Cell:
    __slots__ = ("v", "fmt", "formula", "bold")

    def __init__(self, v, fmt=None, formula=None, bold=False):
        self.v, self.fmt, self.formula, self.bold = v, fmt, formula, bold


class Sheet:
    def __init__(self, name, hidden=False):
        self.name, self.hidden = name, hidden
        self.cells, self.merges = {}, []

    def put(self, r, c, v, fmt=None, formula=None, bold=False):
        self.cells[(r, c)] = Cell(v, fmt, formula, bold)

    def merge(self, r1, c1, r2, c2, v=None, bold=True, fmt=None):
        self.merges.append((r1, c1, r2, c2))
        if v is not None:
            self.put(r1, c1, v, bold=bold, fmt=fmt)

    def row(self, r, c0, values, bold=False):
        for i, v in enumerate(values):
            if v is not None:
                self.put(r, c0 + i, v, bold=bold)

    @property
    def nrows(self):
        return max((r for r, _ in self.cells), default=-1) + 1

    @property
    def ncols(self):
        return max((c for _, c in self.cells), default=-1) + 1


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return s


def a1(r, c):
    return f"{col_letter(c)}{r + 1}"


TRUTH_CELLS, IGNORE_CELLS, QUARTER_CELLS, FILES = [], [], [], []
FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
UNIT = {k: v[1] for k, v in IND.items()}


def numtext(x):
    d = Decimal(str(x)).normalize()
    return format(d, "f")


def wan(x):
    return Decimal(x) / Decimal(10000)


def wan_num(x):
    w = wan(x)
    return int(w) if w == int(w) else float(w)


class Book:
    def __init__(self, fname, writer, features, batch=None, mtime=None):
        self.fname, self.writer, self.features = fname, writer, features
        self.batch = batch or BATCH
        self.sheets, self.mtime = [], mtime

    def sheet(self, name, hidden=False):
        s = Sheet(name, hidden)
        self.sheets.append(s)
        return s

    def rec(self, sh, r, c, raw, key, value, role="primary"):
        TRUTH_CELLS.append(dict(community_code=key[0], period=key[1], indicator_code=key[2], value=value,
                                file=f"{self.batch}/{self.fname}", sheet=sh.name, cell=a1(r, c), raw=raw,
                                role=role))

    def val(self, sh, r, c, code, p, ind, style="num", mult=1, fmt=None, role="primary"):
        """Write the value of (code, p, ind) into the cell in a clerk's style and record it."""
        key = (code, p, ind)
        if style in ("dash", "slash", "blank"):
            raw = {"dash": "—", "slash": "/", "blank": ""}[style]
            if raw:
                sh.put(r, c, raw)
            IGNORE_CELLS.append(dict(community_code=code, period=p, indicator_code=ind,
                                     file=f"{self.batch}/{self.fname}", sheet=sh.name, cell=a1(r, c), raw=raw))
            return
        v = val(code, p, ind)
        if self.batch == "batch1" and key in ORIG:
            role = "superseded"
        elif self.batch == "batch2" and key in ORIG:
            role = "correction"
        if (key, self.fname) in APPROX:
            raw = APPROX[(key, self.fname)]
            sh.put(r, c, raw)
        elif style == "wu":
            assert v == 0, key
            raw = "无"
            sh.put(r, c, raw)
        elif mult != 1:
            x = wan(v) if mult == 10000 else Decimal(v) / Decimal(mult)
            raw = numtext(x)
            if style == "text":
                sh.put(r, c, raw)
            else:
                sh.put(r, c, int(x) if x == int(x) else float(x), fmt=fmt)
        elif style == "num":
            sh.put(r, c, v, fmt=fmt)
            raw = str(v)
        elif style == "text":
            raw = str(v)
            sh.put(r, c, raw)
        elif style == "comma":
            raw = f"{v:,}"
            sh.put(r, c, raw)
        elif style == "fullwidth":
            raw = str(v).translate(FW)
            sh.put(r, c, raw)
        elif style == "suffix":
            raw = f"{v}{UNIT[ind]}"
            sh.put(r, c, raw)
        elif style == "wantext":
            raw = f"{numtext(wan(v))}万元"
            sh.put(r, c, raw)
        elif style == "wan":
            raw = f"{numtext(wan(v))}万"
            sh.put(r, c, raw)
        elif style == "yuantext":
            raw = f"{v}元"
            sh.put(r, c, raw)
        else:
            raise ValueError(style)
        self.rec(sh, r, c, raw, key, v, role)
        return v

    def quarter(self, sh, r, c, code, q, ind, value, raw=None):
        sh.put(r, c, value)
        QUARTER_CELLS.append(dict(community_code=code, period=q, indicator_code=ind, value=value,
                                  file=f"{self.batch}/{self.fname}", sheet=sh.name, cell=a1(r, c),
                                  raw=numtext(value) if raw is None else raw))


BOOKS = []


def book(*a, **k):
    b = Book(*a, **k)
    BOOKS.append(b)
    return b

# --------------------------------------------------------------------------- renderers


def out_path(b):
    d = os.path.join(HERE, b.batch)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, b.fname)


FIXED = dt.datetime(2026, 1, 1, 9, 0, 0)


def render_openpyxl(b, path):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in b.sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), cell in sorted(sh.cells.items()):
            x = ws.cell(row=r + 1, column=c + 1, value=cell.formula or cell.v)
            if cell.fmt:
                x.number_format = cell.fmt
            if cell.bold:
                x.font = Font(bold=True)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
            ws.cell(row=r1 + 1, column=c1 + 1).alignment = Alignment(horizontal="center", vertical="center",
                                                                     wrap_text=True)
        ws.column_dimensions["A"].width = 14
        ws.column_dimensions["B"].width = 18
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def render_xlsxwriter(b, path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"author": "WPS_1588", "created": FIXED})
    fmts = {}

    def F(cell, merged=False):
        key = (cell.fmt if cell else None, cell.bold if cell else False, merged)
        if key not in fmts:
            d = {"border": 1}
            if key[0]:
                d["num_format"] = key[0]
            if key[1]:
                d["bold"] = True
            if merged:
                d.update(align="center", valign="vcenter", text_wrap=True)
            fmts[key] = wb.add_format(d)
        return fmts[key]
    for sh in b.sheets:
        ws = wb.add_worksheet(sh.name)
        ws.set_column(0, 1, 14)
        starts = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        for (r, c), cell in sorted(sh.cells.items()):
            if (r, c) in starts:
                continue
            _write_xw(ws, r, c, cell, F(cell))
        for (r1, c1), (r2, c2) in starts.items():
            cell = sh.cells.get((r1, c1))
            ws.merge_range(r1, c1, r2, c2, "", F(cell, True))
            if cell is not None:
                _write_xw(ws, r1, c1, cell, F(cell, True))
        if sh.hidden:
            ws.hide()
    wb.close()


def _write_xw(ws, r, c, cell, f):
    if cell.formula:
        ws.write_formula(r, c, cell.formula, f, cell.v)
    elif isinstance(cell.v, str):
        ws.write_string(r, c, cell.v, f)
    elif isinstance(cell.v, (dt.date, dt.datetime)):
        v = cell.v if isinstance(cell.v, dt.datetime) else dt.datetime.combine(cell.v, dt.time())
        ws.write_datetime(r, c, v, f)
    else:
        ws.write_number(r, c, cell.v, f)


def render_xlwt(b, path):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def S(cell, merged=False):
        key = (cell.fmt if cell else None, cell.bold if cell else False, merged)
        if key not in styles:
            spec = "borders: left thin, right thin, top thin, bottom thin;"
            if key[1]:
                spec += " font: bold on;"
            if merged:
                spec += " align: horiz center, vert center, wrap on;"
            styles[key] = xlwt.easyxf(spec, num_format_str=key[0] or "General")
        return styles[key]
    for sh in b.sheets:
        ws = wb.add_sheet(sh.name, cell_overwrite_ok=True)
        ws.col(0).width = 256 * 14
        ws.col(1).width = 256 * 16
        starts = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        for (r, c), cell in sorted(sh.cells.items()):
            if (r, c) in starts:
                continue
            v = cell.v
            if cell.formula:
                v = xlwt.Formula(cell.formula.lstrip("="))
            ws.write(r, c, v, S(cell))
        for (r1, c1), (r2, c2) in starts.items():
            cell = sh.cells.get((r1, c1))
            ws.write_merge(r1, r2, c1, c2, cell.v if cell else "", S(cell, True))
        if sh.hidden:
            ws.visibility = 1
    wb.save(path)


def render_odf(b, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sh in b.sheets:
        t = Table(name=sh.name)
        starts = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in sh.merges}
        covered = set()
        for r1, c1, r2, c2 in sh.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r in range(sh.nrows):
            tr = TableRow()
            for c in range(sh.ncols):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs = {}
                if (r, c) in starts:
                    attrs = dict(numberrowsspanned=starts[(r, c)][0], numbercolumnsspanned=starts[(r, c)][1])
                cell = sh.cells.get((r, c))
                if cell is None:
                    tc = TableCell(**attrs)
                elif isinstance(cell.v, str):
                    tc = TableCell(valuetype="string", **attrs)
                    tc.addElement(P(text=cell.v))
                else:
                    tc = TableCell(valuetype="float", value=str(cell.v), **attrs)
                    tc.addElement(P(text=numtext(cell.v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def grid_rows(sh):
    rows = []
    for r in range(sh.nrows):
        row = []
        for c in range(sh.ncols):
            cell = sh.cells.get((r, c))
            if cell is None:
                row.append("")
            elif isinstance(cell.v, str):
                row.append(cell.v)
            else:
                row.append(numtext(cell.v))
        while row and row[-1] == "":
            row.pop()
        rows.append(row)
    return rows


def render_csv(b, path, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in grid_rows(b.sheets[0]):
        w.writerow(row)
    raw = buf.getvalue().encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(path, "wb") as f:
        f.write(raw)


def render(b):
    path = out_path(b)
    if b.writer == "openpyxl":
        render_openpyxl(b, path)
    elif b.writer == "xlsxwriter":
        render_xlsxwriter(b, path)
    elif b.writer == "xlwt":
        render_xlwt(b, path)
    elif b.writer == "odfpy":
        render_odf(b, path)
    elif b.writer == "csv-gbk":
        render_csv(b, path, "gbk")
    elif b.writer == "csv-utf8":
        render_csv(b, path, "utf-8")
    else:
        raise ValueError(b.writer)
    if b.mtime:
        t = time.mktime(b.mtime.timetuple())
        os.utime(path, (t, t))
    FILES.append(dict(file=f"{b.batch}/{b.fname}", format=os.path.splitext(b.fname)[1].lstrip("."),
                      writer=b.writer, features=";".join(b.features)))

# --------------------------------------------------------------------------- helpers for the files


def d(y, m, day, h=16):
    return dt.datetime(y, m, day, h, 40)


def total_of(codes, p, ind):
    return sum(val(c, p, ind) for c in codes)


def rate_text(a, b):
    return f"{b / a * 100:.1f}%" if a else "—"


DATEFMT = 'yyyy"年"m"月"'

# --------------------------------------------------------------------------- street office files


def s01():
    """January: communities as rows, (一)(二)(三) group headings, 解决率 as text, footer with the sending date."""
    p = "2026-01"
    b = book("万松街街道2026年1月社区民生服务工作月报表.xlsx", "openpyxl",
             ["street_file_rows", "indicators_as_columns", "title_month_full", "header_two_row_merged",
              "group_headings_numbered", "header_units_brackets", "qizhong_subcolumn", "seq_column", "names_full",
              "total_row", "derived_percent_text", "notes_rows", "footer", "footer_date_trap", "footer_phone",
              "xlsx_openpyxl"], mtime=d(2026, 2, 3))
    sh = b.sheet("1月")
    sh.merge(0, 0, 0, 8, "万松街街道2026年1月社区民生服务工作月报表")
    sh.put(1, 0, "填报单位：万松街道办事处社区建设办（盖章）")
    sh.put(1, 7, "单位：件、起、个、人")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 4, "（一）民情诉求")
    sh.row(3, 2, ["受理群众诉求（件）", "解决到位（件）", "解决率"], bold=True)
    sh.put(2, 5, "（二）人民调解", bold=True)
    sh.put(3, 5, "调解成功（起）", bold=True)
    sh.merge(2, 6, 2, 8, "（三）就业创业")
    sh.row(3, 6, ["开发就业岗位（个）", "其中：公益岗位（个）", "新增就业人员（人）"], bold=True)
    cols = [(2, "petitions_received"), (3, "petitions_resolved"), (5, "disputes_mediated"),
            (6, "jobs_created"), (7, "public_welfare_jobs"), (8, "people_employed")]
    r = 4
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        for c, ind in cols:
            b.val(sh, r, c, code, p, ind)
        sh.put(r, 4, rate_text(val(code, p, "petitions_received"), val(code, p, "petitions_resolved")))
        r += 1
    sh.put(r, 1, "合  计", bold=True)
    for c, ind in cols:
        sh.put(r, c, total_of(CODES, p, ind))
    sh.put(r, 4, rate_text(total_of(CODES, p, "petitions_received"), total_of(CODES, p, "petitions_resolved")))
    sh.put(r + 2, 0, "说明：1.诉求含12345市民服务热线转办件；2.解决率＝已解决÷受理；3.公益性岗位计入开发岗位数。")
    sh.put(r + 3, 0, "填表人：程敏　　审核人：彭涛　　联系电话：85761234　　填报日期：2026年2月3日")


def s02():
    """February: three-row merged header (社会事务 / 城市低保·为老助残 / item), 万元 amounts, short names, formulas."""
    p = "2026-02"
    b = book("万松街道26年2月社会事务数据.xlsx", "xlsxwriter",
             ["street_file_rows", "indicators_as_columns", "title_yy_month", "header_three_row_merged",
              "group_headings", "header_units_brackets", "values_wan_header", "names_short", "names_homophone",
              "total_formula", "notes_column", "footer", "xlsx_xlsxwriter"], mtime=d(2026, 3, 4))
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 7, "万松街道各社区社会事务工作情况（26年2月）")
    sh.put(1, 6, "金额单位：万元")
    sh.merge(2, 0, 4, 0, "社区")
    sh.merge(2, 1, 2, 6, "社会事务")
    sh.merge(3, 1, 3, 3, "城市低保")
    sh.merge(3, 4, 3, 6, "为老助残")
    sh.merge(2, 7, 4, 7, "备注")
    sh.row(4, 1, ["保障户数（户）", "保障人数（人）", "保障金（万元）", "老人残疾人体检（人）",
                  "慰问困难群众（人）", "送温暖物资（件）"], bold=True)
    cols = [(1, "dibao_households", 1), (2, "dibao_persons", 1), (3, "dibao_payout_yuan", 10000),
            (4, "free_health_checks", 1), (5, "people_assisted", 1), (6, "goods_distributed", 1)]
    r0 = r = 5
    for code in CODES:
        sh.put(r, 0, TYPO[code] if code == code_of("妙墩") else SHORT[code])
        for c, ind, mult in cols:
            b.val(sh, r, c, code, p, ind, mult=mult)
        if code == code_of("公园"):
            sh.put(r, 7, "春节慰问：米、油各1件计2件")
        if code == code_of("机场"):
            sh.put(r, 7, "新增低保1户")
        r += 1
    sh.put(r, 0, "合计", bold=True)
    for c, ind, mult in cols:
        L = col_letter(c)
        t = total_of(CODES, p, ind)
        sh.put(r, c, wan_num(t) if mult == 10000 else t, formula=f"=SUM({L}{r0 + 1}:{L}{r})")
    sh.put(r + 2, 0, "制表人：万芳　　审核：詹春燕　　2026/3/4")


def s03():
    """March: communities as columns, indicators as rows with a 计量单位 column, 合计 column, 无 and /."""
    p = "2026-03"
    b = book("万松街街道三月份各社区情况.xls", "xlwt",
             ["street_file_columns", "indicators_as_rows", "title_cn_month", "unit_column", "names_full",
              "total_column", "values_wu_zero", "values_slash", "footer", "footer_date_trap", "xls_biff8"],
             mtime=d(2026, 4, 7))
    sh = b.sheet("Sheet1")
    n = len(CODES)
    sh.merge(0, 0, 0, n + 2, "万松街街道2026年三月份各社区平安建设及文化志愿工作统计")
    sh.row(1, 0, ["指标", "计量单位"] + [NAME[c] for c in CODES] + ["合计"], bold=True)
    rows = [("组织文体活动", "场", "cultural_activities"), ("开展政策宣讲", "次", "lectures_held"),
            ("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "名", "informants"),
            ("治安案件发案", "起", "security_cases"), ("在册志愿者", "人", "volunteers"),
            ("参与志愿服务", "人次", "volunteer_person_times")]
    slash_code = code_of("凌云")
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        sh.put(r, 1, unit)
        tot = 0
        for j, code in enumerate(CODES):
            style = "num"
            v = val(code, p, ind)
            if ind == "security_cases" and code == slash_code:
                style, v = "slash", 0
            elif ind == "security_cases" and v == 0:
                style = "wu"
            b.val(sh, r, 2 + j, code, p, ind, style=style)
            tot += v
        sh.put(r, 2 + n, tot)
    r = 2 + len(rows) + 1
    sh.put(r, 0, "注：凌云社区治安案件数待派出所核实后补报。")
    sh.put(r + 1, 0, "填表：胡晓梅")
    sh.put(r + 1, 8, "2026年4月7日")


def s04():
    """First quarter jobs ledger: one sheet per month, a 一季度汇总 sheet repeating 实现就业, a hidden scratch sheet."""
    b = book("万松街街道一季度社区就业工作台账.xlsx", "openpyxl",
             ["street_file_rows", "sheet_per_month", "period_in_sheet_names", "title_month_full",
              "title_quarter_filename", "seq_column", "header_units_brackets", "values_wan_header", "values_wu_zero",
              "total_row", "pivot_summary_duplicate", "quarter_total_column", "hidden_scratch_sheet",
              "xlsx_openpyxl"], mtime=d(2026, 4, 8))
    cols = [(2, "开发岗位数（个）", "jobs_created", 1), (3, "其中公益性岗位（个）", "public_welfare_jobs", 1),
            (4, "就业人员（人）", "people_employed", 1), (5, "零就业家庭数（户）", "zero_employment_households", 1),
            (6, "创业担保贷（万元）", "micro_loans_yuan", 10000), (7, "技能培训班（场）", "training_sessions", 1)]
    for p in Q1:
        m = int(p[5:])
        sh = b.sheet(f"{m}月")
        sh.merge(0, 0, 0, 7, f"万松街街道2026年{m}月就业创业工作台账")
        sh.row(1, 0, ["序号", "社区名称"] + [c[1] for c in cols], bold=True)
        r = 2
        for i, code in enumerate(CODES):
            sh.put(r, 0, i + 1)
            sh.put(r, 1, NAME[code])
            for c, _, ind, mult in cols:
                style = "num"
                if ind == "micro_loans_yuan" and val(code, p, ind) == 0:
                    style = "wu"
                b.val(sh, r, c, code, p, ind, style=style, mult=mult)
            r += 1
        sh.put(r, 1, "合计", bold=True)
        for c, _, ind, mult in cols:
            t = total_of(CODES, p, ind)
            sh.put(r, c, wan_num(t) if mult == 10000 else t)
    sh = b.sheet("一季度汇总")
    sh.merge(0, 0, 0, 4, "一季度各社区实现就业人数汇总")
    sh.row(1, 0, ["社区", "1月", "2月", "3月", "一季度合计"], bold=True)
    r = 2
    for code in CODES:
        sh.put(r, 0, NAME[code])
        for j, p in enumerate(Q1):
            b.val(sh, r, 1 + j, code, p, "people_employed", role="duplicate")
        b.quarter(sh, r, 4, code, "2026-Q1", "people_employed", qsum(code, Q1, "people_employed"))
        r += 1
    sh.put(r, 0, "合计")
    for j, p in enumerate(Q1):
        sh.put(r, 1 + j, total_of(CODES, p, "people_employed"))
    sh.put(r, 4, sum(qsum(c, Q1, "people_employed") for c in CODES))
    scratch = b.sheet("Sheet4", hidden=True)
    r2 = random.Random(SEED + 4)
    scratch.row(0, 0, ["草稿（核对用，勿删）"])
    scratch.row(1, 0, ["社区", "岗位", "就业", "贷款"])
    for i, code in enumerate(CODES):
        scratch.row(2 + i, 0, [SHORT[code], r2.randint(1, 60), r2.randint(1, 40), r2.choice([0, 5, 10, 20])])


def s05():
    """April, GBK CSV: title line, 序号, (%) rate column, — for not reported, 万元, typo name, footer in cells."""
    p = "2026-04"
    b = book("万松街街道2026年4月各社区报表.csv", "csv-gbk",
             ["csv_gbk", "street_file_rows", "indicators_as_columns", "title_month_full", "seq_column",
              "header_units_brackets", "values_wan_header", "derived_percent_number", "values_dash",
              "values_comma_text", "names_full", "names_homophone", "total_row", "footer"], mtime=d(2026, 5, 6))
    sh = b.sheet("万松街街道2026年4月各社区报表")
    sh.put(0, 0, "万松街街道2026年4月各社区工作情况汇总表")
    sh.row(1, 0, ["序号", "社区", "诉求受理(件)", "诉求办结(件)", "办结率(%)", "纠纷化解(起)", "困难群众帮扶(人)",
                  "物资发放(件)", "志愿服务(人次)", "创业担保贷款(万元)"])
    cols = [(2, "petitions_received", 1), (3, "petitions_resolved", 1), (5, "disputes_mediated", 1),
            (6, "people_assisted", 1), (7, "goods_distributed", 1), (8, "volunteer_person_times", 1),
            (9, "micro_loans_yuan", 10000)]
    dashes = {(code_of("公园"), "goods_distributed"), (code_of("航侧"), "disputes_mediated")}
    r = 2
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, TYPO[code] + "社区" if code == code_of("王家墩") else NAME[code])
        for c, ind, mult in cols:
            style = "num"
            if (code, ind) in dashes:
                style = "dash"
            elif ind == "volunteer_person_times" and val(code, p, ind) >= 1000:
                style = "comma"
            b.val(sh, r, c, code, p, ind, style=style, mult=mult)
        a, s = val(code, p, "petitions_received"), val(code, p, "petitions_resolved")
        sh.put(r, 4, f"{s / a * 100:.1f}")
        r += 1
    sh.put(r, 1, "合计")
    for c, ind, mult in cols:
        t = sum(val(x, p, ind) for x in CODES if (x, ind) not in dashes)
        sh.put(r, c, numtext(wan(t)) if mult == 10000 else (f"{t:,}" if t >= 1000 else str(t)))
    sh.put(r + 2, 0, "填报人：余静")
    sh.put(r + 2, 3, "审核：柯凡")
    sh.put(r + 2, 6, "日期：2026.5.6")


def s06():
    """May, ods: title with 2026.5, names short, counts as "1,234" text, 万元 header, 合计 row."""
    p = "2026-05"
    b = book("万松街街道5月社区数据.ods", "odfpy",
             ["ods", "street_file_rows", "indicators_as_columns", "title_dotted_month", "names_short",
              "header_units_brackets", "values_wan_header", "values_comma_text", "total_row"],
             mtime=d(2026, 6, 5))
    sh = b.sheet("5月")
    sh.put(0, 0, "万松街街道社区工作月报  2026.5")
    sh.row(1, 0, ["社区名称", "诉求件数", "办结件数", "岗位开发（个）", "就业登记（人）", "低保金发放（万元）",
                  "常住户（户）", "流动人口（人）"])
    cols = [(1, "petitions_received", "num", 1), (2, "petitions_resolved", "num", 1), (3, "jobs_created", "num", 1),
            (4, "people_employed", "num", 1), (5, "dibao_payout_yuan", "num", 10000), (6, "households", "comma", 1),
            (7, "floating_population", "comma", 1)]
    r = 2
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        for c, ind, style, mult in cols:
            if style == "comma" and val(code, p, ind) < 1000:
                style = "num"
            b.val(sh, r, c, code, p, ind, style=style, mult=mult)
        r += 1
    sh.put(r, 0, "合计")
    for c, ind, style, mult in cols:
        t = total_of(CODES, p, ind)
        sh.put(r, c, wan_num(t) if mult == 10000 else t)
    sh.put(r + 1, 0, "报送：万松街道社区建设办　6月5日")


def s07():
    """上半年 long format: 社区 | 月份 | 项目 | 数量 | 单位, community and month cells merged, months as date cells."""
    b = book("万松街街道2026年上半年社区基础信息台账.xlsx", "openpyxl",
             ["street_file_long", "long_format", "merged_long_cells", "month_date_cells", "title_half_year",
              "unit_column", "names_full", "xlsx_openpyxl"], mtime=d(2026, 7, 3))
    sh = b.sheet("基础信息")
    sh.merge(0, 0, 0, 4, "万松街街道2026年上半年社区基础信息台账")
    sh.row(1, 0, ["社区", "月份", "项目", "数量", "单位"], bold=True)
    items = [("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
             ("在岗社区工作者", "人", "staff")]
    r = 2
    for code in CODES:
        sh.merge(r, 0, r + len(PERIODS) * len(items) - 1, 0, NAME[code], bold=False)
        for p in PERIODS:
            sh.merge(r, 1, r + len(items) - 1, 1, dt.datetime(2026, int(p[5:]), 1), bold=False, fmt=DATEFMT)
            for lab, unit, ind in items:
                sh.put(r, 2, lab)
                b.val(sh, r, 3, code, p, ind)
                sh.put(r, 4, unit)
                r += 1
    sh.put(r + 1, 0, "数据来源：社区网格化管理系统，2026年7月3日导出")


def s08():
    """June, party and volunteers: 社区党组织 column, （名） unit, 备注 with digits in text."""
    p = "2026-06"
    b = book("万松街街道党建和志愿服务统计表（2026年6月）.xlsx", "xlsxwriter",
             ["street_file_rows", "indicators_as_columns", "title_month_full", "seq_column", "names_full",
              "header_units_brackets", "notes_column", "notes_with_digits", "footer", "footer_date_trap",
              "xlsx_xlsxwriter"], mtime=d(2026, 7, 2))
    sh = b.sheet("6月")
    sh.merge(0, 0, 0, 5, "万松街街道2026年6月党建和志愿服务统计表")
    sh.row(1, 0, ["序号", "社区", "在册党员（名）", "党员结对帮扶（对）", "志愿者注册（人）", "备注"], bold=True)
    r = 2
    notes = {code_of("电力"): "本月转入党员2名", code_of("青松"): "含在职党员报到12名"}
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        b.val(sh, r, 2, code, p, "party_members")
        b.val(sh, r, 3, code, p, "pairings")
        b.val(sh, r, 4, code, p, "volunteers")
        if code in notes:
            sh.put(r, 5, notes[code])
        r += 1
    sh.put(r + 1, 0, "填表人：夏雯　　审核人：皮建华　　报送日期：2026年7月2日")


def s09():
    """February, xls: two tables side by side (群防群治 | 矛盾纠纷), the right one in another order, a column
    outside the catalogue (排查)."""
    p = "2026-02"
    b = book("万松街街道平安建设统计表2026年2月.xls", "xlwt",
             ["street_file_rows", "two_tables_side_by_side", "title_month_full", "group_headings_numbered",
              "header_units_brackets", "names_full", "names_short", "column_outside_catalogue", "footer",
              "xls_biff8"],
             mtime=d(2026, 3, 5))
    sh = b.sheet("平安建设")
    sh.merge(0, 0, 0, 7, "万松街街道2026年2月平安建设工作统计表")
    sh.merge(1, 0, 1, 3, "一、群防群治")
    sh.merge(1, 5, 1, 7, "二、矛盾纠纷排查化解")
    sh.row(2, 0, ["社区", "巡防队员(人)", "平安信息员(人)", "治安案件(起)"], bold=True)
    sh.row(2, 5, ["社区", "排查纠纷(起)", "调解成功(起)"], bold=True)
    r = 3
    for code in CODES:
        sh.put(r, 0, NAME[code])
        b.val(sh, r, 1, code, p, "patrol_members")
        b.val(sh, r, 2, code, p, "informants")
        b.val(sh, r, 3, code, p, "security_cases")
        r += 1
    order = sorted(CODES, key=lambda c: (c[-1], c))
    r2 = random.Random(SEED + 9)
    r = 3
    for code in order:
        sh.put(r, 5, SHORT[code])
        found = val(code, p, "disputes_mediated") + r2.randint(0, 3)
        sh.put(r, 6, found)
        b.val(sh, r, 7, code, p, "disputes_mediated")
        r += 1
    sh.put(3 + len(CODES) + 1, 0, "填表：龚亮　　2026年3月5日")


def s10():
    """May volunteers: indicators as rows, communities as columns grouped by 片区 with 小计 columns, 全街合计,
    a row outside the catalogue (服务时长), a typo and short names in the header."""
    p = "2026-05"
    b = book("万松街街道志愿服务月报（2026年5月）.xlsx", "xlsxwriter",
             ["street_file_columns", "indicators_as_rows", "title_month_full", "header_two_row_merged",
              "area_group_headings", "subtotal_columns", "total_column", "names_short", "names_homophone",
              "row_outside_catalogue", "xlsx_xlsxwriter"], mtime=d(2026, 6, 4))
    sh = b.sheet("志愿服务")
    ncols = 1 + len(CODES) + len(AREAS) + 1
    sh.merge(0, 0, 0, ncols - 1, "万松街街道志愿服务月报（2026年5月）")
    sh.merge(1, 0, 2, 0, "项目")
    c = 1
    layout = []   # (col, code or None=subtotal of area)
    for area, codes in AREAS:
        sh.merge(1, c, 1, c + len(codes), area)
        for code in codes:
            sh.put(2, c, TYPO[code] if code == code_of("凌云") else SHORT[code], bold=True)
            layout.append((c, code, codes))
            c += 1
        sh.put(2, c, "小计", bold=True)
        layout.append((c, None, codes))
        c += 1
    sh.merge(1, c, 2, c, "全街合计")
    rows = [("注册志愿者总数（人）", "volunteers"), ("开展志愿服务（人次）", "volunteer_person_times")]
    r2 = random.Random(SEED + 10)
    for i, (lab, ind) in enumerate(rows):
        r = 3 + i
        sh.put(r, 0, lab)
        for col, code, codes in layout:
            if code:
                b.val(sh, r, col, code, p, ind)
            else:
                sh.put(r, col, total_of(codes, p, ind))
        sh.put(r, c, total_of(CODES, p, ind))
    r = 3 + len(rows)
    sh.put(r, 0, "服务时长（小时）")
    hours = {code: r2.randint(200, 5000) for code in CODES}
    for col, code, codes in layout:
        sh.put(r, col, hours[code] if code else sum(hours[x] for x in codes))
    sh.put(r, c, sum(hours.values()))
    sh.put(r + 2, 0, "注：志愿服务人次以“志愿江城”平台统计为准。")


def s11():
    """低保 1-6月: months only as column headers under an indicator group, year in the title; 序号, 备注, 合计."""
    b = book("万松街街道城市低保动态统计（1-6月）.xlsx", "openpyxl",
             ["street_file_rows", "months_as_column_headers", "title_month_range", "year_in_title_only",
              "header_two_row_merged", "header_units_brackets", "seq_column", "names_full", "total_row",
              "notes_column", "xlsx_openpyxl"], mtime=d(2026, 7, 6))
    sh = b.sheet("低保")
    n = len(PERIODS)
    sh.merge(0, 0, 0, 2 + 2 * n, "万松街街道2026年1-6月城市低保动态统计")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区名称")
    sh.merge(1, 2, 1, 1 + n, "在保户数（户）")
    sh.merge(1, 2 + n, 1, 1 + 2 * n, "在保人数（人）")
    sh.merge(1, 2 + 2 * n, 2, 2 + 2 * n, "备注")
    for j, p in enumerate(PERIODS):
        sh.put(2, 2 + j, f"{int(p[5:])}月", bold=True)
        sh.put(2, 2 + n + j, f"{int(p[5:])}月", bold=True)
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        for j, p in enumerate(PERIODS):
            b.val(sh, r, 2 + j, code, p, "dibao_households")
            b.val(sh, r, 2 + n + j, code, p, "dibao_persons")
        hh = [val(code, p, "dibao_households") for p in PERIODS]
        if hh[-1] != hh[0]:
            sh.put(r, 2 + 2 * n, f"较1月{'增加' if hh[-1] > hh[0] else '减少'}{abs(hh[-1] - hh[0])}户")
        r += 1
    sh.put(r, 1, "合计", bold=True)
    for j, p in enumerate(PERIODS):
        sh.put(r, 2 + j, total_of(CODES, p, "dibao_households"))
        sh.put(r, 2 + n + j, total_of(CODES, p, "dibao_persons"))
    sh.put(r + 2, 0, "民政专干：杜鹃　　2026年7月6日")


def s12():
    """Second quarter culture: 4月/5月/6月 + 季度小计 under 文体活动, 宣讲 only as a quarter figure."""
    b = book("万松街街道2026年第二季度文化宣讲活动开展情况.xlsx", "xlsxwriter",
             ["street_file_rows", "months_as_column_headers", "title_quarter", "header_two_row_merged",
              "quarter_total_column", "quarter_only_figure", "names_short", "total_row", "xlsx_xlsxwriter"],
             mtime=d(2026, 7, 7))
    sh = b.sheet("二季度")
    sh.merge(0, 0, 0, 5, "万松街街道2026年第二季度文化宣讲活动开展情况")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 1, 4, "群众文化活动（场）")
    sh.row(2, 1, ["4月", "5月", "6月", "季度小计"], bold=True)
    sh.merge(1, 5, 2, 5, "政策法治宣讲（次）二季度合计")
    r = 3
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        for j, p in enumerate(Q2):
            b.val(sh, r, 1 + j, code, p, "cultural_activities")
        b.quarter(sh, r, 4, code, "2026-Q2", "cultural_activities", qsum(code, Q2, "cultural_activities"))
        b.quarter(sh, r, 5, code, "2026-Q2", "lectures_held", qsum(code, Q2, "lectures_held"))
        r += 1
    sh.put(r, 0, "合计", bold=True)
    for j, p in enumerate(Q2):
        sh.put(r, 1 + j, total_of(CODES, p, "cultural_activities"))
    sh.put(r, 4, sum(qsum(c, Q2, "cultural_activities") for c in CODES))
    sh.put(r, 5, sum(qsum(c, Q2, "lectures_held") for c in CODES))


def s13():
    """March petitions with 本年累计 beside 本月 under merged headings, 按期办结率 as text."""
    p = "2026-03"
    b = book("万松街街道2026年3月居民诉求办理情况.xlsx", "openpyxl",
             ["street_file_rows", "indicators_as_columns", "title_month_full", "header_two_row_merged",
              "ytd_beside_month", "derived_percent_text", "names_registry_full", "total_row", "xlsx_openpyxl"],
             mtime=d(2026, 4, 3))
    sh = b.sheet("诉求办理")
    sh.merge(0, 0, 0, 5, "万松街街道2026年3月12345热线及居民诉求办理情况")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 1, 2, "诉求受理量（件）")
    sh.merge(1, 3, 1, 4, "诉求办结量（件）")
    sh.merge(1, 5, 2, 5, "按期办结率")
    sh.row(2, 1, ["本月", "本年累计", "本月", "本年累计"], bold=True)
    r = 3
    for code in CODES:
        sh.put(r, 0, FULL[code])
        b.val(sh, r, 1, code, p, "petitions_received")
        sh.put(r, 2, ytd(code, p, "petitions_received"))
        b.val(sh, r, 3, code, p, "petitions_resolved")
        sh.put(r, 4, ytd(code, p, "petitions_resolved"))
        sh.put(r, 5, rate_text(val(code, p, "petitions_received"), val(code, p, "petitions_resolved")))
        r += 1
    sh.put(r, 0, "全街道")
    sh.put(r, 1, total_of(CODES, p, "petitions_received"))
    sh.put(r, 2, sum(ytd(c, p, "petitions_received") for c in CODES))
    sh.put(r, 3, total_of(CODES, p, "petitions_resolved"))
    sh.put(r, 4, sum(ytd(c, p, "petitions_resolved") for c in CODES))


def s14():
    """June, the year only in the file name; numbered headers 1.…7.; 片区 小计 rows and a 合计 row;
    full-width digits; a blank; a typo."""
    p = "2026-06"
    b = book("万松街街道2026年6月工作统计.xlsx", "openpyxl",
             ["street_file_rows", "indicators_as_columns", "year_in_filename_only", "title_month_no_year",
              "header_numbered", "area_subtotal_rows", "total_row", "values_fullwidth", "values_blank",
              "names_short", "names_homophone", "footer", "footer_date_trap", "xlsx_openpyxl"], mtime=d(2026, 7, 6))
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "万松街街道6月份社区工作统计表")
    sh.row(1, 0, ["所属片区", "社区", "1.民情诉求接收", "2.民情诉求办结", "3.化解纠纷", "4.老年人免费体检",
                  "5.困难群众帮扶", "6.发放慰问品", "7.志愿服务人次"], bold=True)
    cols = [(2, "petitions_received"), (3, "petitions_resolved"), (4, "disputes_mediated"), (5, "free_health_checks"),
            (6, "people_assisted"), (7, "goods_distributed"), (8, "volunteer_person_times")]
    fw = {code_of("青年"), code_of("航侧")}
    blank = {(code_of("机场"), "free_health_checks")}
    r = 2
    for area, codes in AREAS:
        sh.merge(r, 0, r + len(codes) - 1, 0, area, bold=False)
        for code in codes:
            sh.put(r, 1, TYPO[code] if code == code_of("武展") else SHORT[code])
            for c, ind in cols:
                style = "fullwidth" if code in fw else "num"
                if (code, ind) in blank:
                    style = "blank"
                b.val(sh, r, c, code, p, ind, style=style)
            r += 1
        sh.put(r, 1, "小计", bold=True)
        for c, ind in cols:
            sh.put(r, c, sum(val(x, p, ind) for x in codes if (x, ind) not in blank))
        r += 1
    sh.put(r, 1, "合计", bold=True)
    for c, ind in cols:
        sh.put(r, c, sum(val(x, p, ind) for x in CODES if (x, ind) not in blank))
    sh.put(r + 2, 0, "填表人：汪洋　　填报日期：2026年7月6日")


def s15():
    """Second quarter jobs: indicator groups over months written as real date cells (yyyy年m月)."""
    b = book("万松街街道就业创业月度统计表（二季度）.xlsx", "xlsxwriter",
             ["street_file_rows", "months_as_date_headers", "month_date_cells", "title_quarter_no_year",
              "header_two_row_merged", "header_units_brackets", "values_wan_header", "names_registry_full", "total_row",
              "xlsx_xlsxwriter"], mtime=d(2026, 7, 8))
    sh = b.sheet("就业创业")
    sh.merge(0, 0, 0, 9, "万松街街道就业创业月度统计表（二季度）")
    sh.merge(1, 0, 2, 0, "社区")
    groups = [("新开发就业岗位（个）", "jobs_created", 1), ("新增就业人员（人）", "people_employed", 1),
              ("创业担保贷款发放（万元）", "micro_loans_yuan", 10000)]
    for g, (lab, ind, mult) in enumerate(groups):
        c0 = 1 + 3 * g
        sh.merge(1, c0, 1, c0 + 2, lab)
        for j, p in enumerate(Q2):
            sh.put(2, c0 + j, dt.datetime(2026, int(p[5:]), 1), fmt=DATEFMT, bold=True)
    r = 3
    for code in CODES:
        sh.put(r, 0, FULL[code])
        for g, (lab, ind, mult) in enumerate(groups):
            for j, p in enumerate(Q2):
                b.val(sh, r, 1 + 3 * g + j, code, p, ind, mult=mult)
        r += 1
    sh.put(r, 0, "合计", bold=True)
    for g, (lab, ind, mult) in enumerate(groups):
        for j, p in enumerate(Q2):
            t = total_of(CODES, p, ind)
            sh.put(r, 1 + 3 * g + j, wan_num(t) if mult == 10000 else t)
    sh.put(r + 2, 0, "街道社保中心　2026年7月8日")

# --------------------------------------------------------------------------- community files


def wuzhan(p, dated, mtime):
    """武展: 工作事项 rows with （一） groups and 1. numbering, 计量单位, 本月完成, 本年累计, 备注."""
    m = int(p[5:])
    fname = f"武展社区2026年{m}月工作报表.xlsx"
    b = book(fname, "openpyxl",
             ["one_community_file", "indicators_as_rows", "title_month_full", "names_registry_full",
              "group_rows_numbered", "item_numbering", "unit_column", "ytd_beside_month", "values_approx",
              "notes_column", "notes_with_digits", "footer", "footer_date_trap", "xlsx_openpyxl"]
             + (["values_dash"] if m == 4 else []), mtime=mtime)
    code = code_of("武展")
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 4, f"武展社区居委会2026年{m}月工作报表")
    sh.put(1, 0, "报送单位：武展社区居委会")
    sh.row(2, 0, ["工作事项", "计量单位", "本月完成", "本年累计", "备注"], bold=True)
    groups = [
        ("（一）民生诉求", [("1.受理居民诉求", "件", "petitions_received"), ("2.办结居民诉求", "件", "petitions_resolved"),
                       ("3.调解矛盾纠纷", "起", "disputes_mediated")]),
        ("（二）就业保障", [("4.开发就业岗位", "个", "jobs_created"), ("5.其中：公益性岗位", "个", "public_welfare_jobs"),
                       ("6.帮助实现就业", "人", "people_employed"), ("7.零就业家庭", "户", "zero_employment_households"),
                       ("8.职业技能培训", "场", "training_sessions")]),
        ("（三）民政服务", [("9.在保低保户", "户", "dibao_households"), ("10.在保低保人员", "人", "dibao_persons"),
                       ("11.发放低保金", "元", "dibao_payout_yuan"), ("12.走访慰问困难群众", "人", "people_assisted")]),
        ("（四）平安志愿", [("13.治安案件", "起", "security_cases"), ("14.注册志愿者", "人", "volunteers"),
                       ("15.志愿服务", "人次", "volunteer_person_times")]),
    ]
    notes = {"petitions_received": f"其中12345转办{random.Random(SEED + m).randint(3, 9)}件",
             "people_employed": "含灵活就业"}
    r = 3
    for g, items in groups:
        sh.merge(r, 0, r, 4, g)
        r += 1
        for lab, unit, ind in items:
            sh.put(r, 0, lab)
            sh.put(r, 1, unit)
            style = "num"
            if m == 4 and ind == "training_sessions":
                style = "dash"
            b.val(sh, r, 2, code, p, ind, style=style)
            if style == "dash":
                sh.put(r, 3, "—")
            elif IND[ind][2] == "flow":
                sh.put(r, 3, ytd(code, p, ind))
            else:
                sh.put(r, 3, "—")
            if ind in notes:
                sh.put(r, 4, notes[ind])
            r += 1
    sh.put(r + 1, 0, f"填表人：柯凡　　社区书记：喻娟　　日期：{dated}")


def c_wuzhan1():
    wuzhan("2026-01", "2026年2月2日", d(2026, 2, 2))


def c_wuzhan4():
    wuzhan("2026-04", "2026年5月6日", d(2026, 5, 6))


def c_dianye():
    """电业: label/value pairs in three repeated 事项|数值 column pairs, values with unit suffixes, 26年."""
    p = "2026-02"
    code = code_of("电业")
    fname = "电业社区26年2月报表.xlsx"
    b = book(fname, "xlsxwriter",
             ["one_community_file", "label_value_pairs", "title_yy_month", "values_suffix_units", "values_wantext",
              "footer", "xlsx_xlsxwriter"], mtime=d(2026, 3, 2))
    sh = b.sheet("2月")
    sh.merge(0, 0, 0, 5, "电业社区26年2月工作情况")
    sh.row(1, 0, ["事项", "数值", "事项", "数值", "事项", "数值"], bold=True)
    items = [("收到诉求", "petitions_received"), ("化解矛盾", "disputes_mediated"), ("新增就业岗", "jobs_created"),
             ("办完诉求", "petitions_resolved"), ("就业人数", "people_employed"), ("创业贷款", "micro_loans_yuan"),
             ("低保在册户", "dibao_households"), ("低保人口", "dibao_persons"), ("低保金", "dibao_payout_yuan"),
             ("文体", "cultural_activities"), ("理论宣讲", "lectures_held"), ("发放物品", "goods_distributed"),
             ("走访困难群众", "people_assisted"), ("巡防队员", "patrol_members"), ("信息员", "informants")]
    for i, (lab, ind) in enumerate(items):
        r, c = 2 + i // 3, 2 * (i % 3)
        sh.put(r, c, lab)
        style = "yuantext" if ind == "dibao_payout_yuan" else "suffix"
        b.val(sh, r, c + 1, code, p, ind, style=style)
    sh.put(2 + len(items) // 3 + 1, 0, "填表：熊丽　2026年3月2日")


def dianli(p, mtime, dated):
    """电力: 类别 merged vertically | 指标 | 单位 | 数值; 2026.3 in title; full-width digits, 无."""
    m = int(p[5:])
    code = code_of("电力")
    b = book(f"电力社区2026.{m}月报.xls", "xlwt",
             ["one_community_file", "indicators_as_rows", "title_dotted_month", "vertical_merged_groups",
              "unit_column", "values_fullwidth", "values_wu_zero", "values_wan_unit_column", "footer",
              "xls_biff8"], mtime=mtime)
    sh = b.sheet("月报")
    sh.merge(0, 0, 0, 3, f"电力社区2026.{m}月报")
    sh.row(1, 0, ["分类", "工作指标", "计量", "完成数"], bold=True)
    groups = [("民情", [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved")]),
              ("就业", [("岗位开发", "个", "jobs_created"), ("公益性就业岗位", "个", "public_welfare_jobs"),
                      ("创业贷款", "万元", "micro_loans_yuan"), ("就业培训", "场", "training_sessions")]),
              ("为老", [("老人体检", "人", "free_health_checks"), ("慰问困难群众", "人", "people_assisted")]),
              ("平安", [("治安案件", "起", "security_cases"), ("治安巡防队", "人", "patrol_members")]),
              ("基础", [("常住户数", "户", "households"), ("常住人口", "人", "residents"),
                      ("社区干部", "人", "staff")])]
    fw = {"petitions_received", "petitions_resolved", "households"} if m == 3 else {"residents"}
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for lab, unit, ind in items:
            sh.put(r, 1, lab)
            sh.put(r, 2, unit)
            v = val(code, p, ind)
            if v == 0 and ind in ("security_cases", "training_sessions", "micro_loans_yuan", "public_welfare_jobs"):
                b.val(sh, r, 3, code, p, ind, style="wu")
            elif unit == "万元":
                b.val(sh, r, 3, code, p, ind, mult=10000)
            else:
                b.val(sh, r, 3, code, p, ind, style="fullwidth" if ind in fw else "num")
            r += 1
    sh.put(r + 1, 0, f"电力社区居委会　　填报人：刘红　　{dated}")


def c_dianli3():
    dianli("2026-03", d(2026, 4, 3), "2026年4月3日")


def c_dianli5():
    dianli("2026-05", d(2026, 6, 3), "2026年6月3日")


def c_hangkong():
    """航空: indicators as rows, months 1月/2月/3月 as columns + 一季度合计 (stocks: —), year in the title."""
    code = code_of("航空")
    b = book("航空社区一季度分月统计.xlsx", "openpyxl",
             ["one_community_file", "indicators_as_rows", "months_as_column_headers", "title_quarter",
              "quarter_total_column", "unit_in_label", "xlsx_openpyxl"], mtime=d(2026, 4, 2))
    sh = b.sheet("一季度")
    sh.merge(0, 0, 0, 4, "航空社区2026年第一季度分月统计表")
    sh.row(1, 0, ["项目", "1月", "2月", "3月", "一季度合计"], bold=True)
    items = [("群众诉求（件）", "petitions_received"), ("办结销号（件）", "petitions_resolved"),
             ("矛盾调处（起）", "disputes_mediated"), ("文化体育活动（场）", "cultural_activities"),
             ("理论宣讲（次）", "lectures_held"), ("志愿者服务（人次）", "volunteer_person_times"),
             ("慰问帮扶（人）", "people_assisted"), ("慰问品（件）", "goods_distributed"),
             ("实名注册志愿者（人）", "volunteers"), ("党员数（人）", "party_members"), ("流动人口（人）", "floating_population")]
    r = 2
    for lab, ind in items:
        sh.put(r, 0, lab)
        for j, p in enumerate(Q1):
            b.val(sh, r, 1 + j, code, p, ind)
        if IND[ind][2] == "flow":
            b.quarter(sh, r, 4, code, "2026-Q1", ind, qsum(code, Q1, ind))
        else:
            sh.put(r, 4, "—")
        r += 1
    sh.put(r + 1, 0, "航空社区　报送时间：2026.4.2")


QINGNIAN_COLS = [("接诉", "件", "petitions_received"), ("已回复办结", "件", "petitions_resolved"),
                 ("化解纠纷", "起", "disputes_mediated"), ("志愿者注册", "人", "volunteers"),
                 ("志愿服务人次", "人次", "volunteer_person_times"), ("文体活动场次", "场", "cultural_activities"),
                 ("宣讲", "次", "lectures_held"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
                 ("社区专职工作者", "人", "staff")]


def qingnian(b, title, note=None):
    code, p = QN, "2026-02"
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, len(QINGNIAN_COLS), title)
    sh.row(1, 0, ["社区"] + [c[0] for c in QINGNIAN_COLS], bold=True)
    sh.row(2, 0, ["单位"] + [c[1] for c in QINGNIAN_COLS])
    sh.put(3, 0, NAME[code])
    for j, (_, _, ind) in enumerate(QINGNIAN_COLS):
        role = "primary"
        if b.batch == "batch2" and (code, p, ind) not in ORIG:
            role = "duplicate"
        b.val(sh, 3, 1 + j, code, p, ind, role=role)
    r = 5
    if note:
        sh.put(r, 0, note)
        r += 1
    sh.put(r, 0, "填表人：张卫东")


def c_qingnian():
    b = book("青年社区月报（2026年2月）.ods", "odfpy",
             ["ods", "one_community_file", "indicators_as_columns", "title_month_full", "units_row",
              "footer"], mtime=d(2026, 3, 3))
    qingnian(b, "青年社区月报（2026年2月）")


def b2_correction():
    global BATCH
    BATCH = "batch2"
    b = book("青年社区月报（2026年2月）更正.xlsx", "openpyxl",
             ["correction", "one_community_file", "indicators_as_columns", "title_month_full", "units_row",
              "notes_rows", "footer", "xlsx_openpyxl"], batch="batch2", mtime=d(2026, 3, 16))
    qingnian(b, "青年社区月报（2026年2月）（更正）",
             note="说明：接诉、已回复办结、志愿者注册三项数据填报有误，现予更正，以此表为准。")
    BATCH = "batch1"


def c_baisong():
    """白松, UTF-8 CSV without BOM: 项目,单位,本月数,备注; period in the title and as 202605 in the name."""
    p = "2026-05"
    code = code_of("白松")
    fname = "白松社区202605.csv"
    b = book(fname, "csv-utf8",
             ["csv_utf8", "one_community_file", "indicators_as_rows", "title_month_full", "unit_column",
              "values_comma_text", "values_approx", "notes_column", "footer"], mtime=d(2026, 6, 3))
    sh = b.sheet("白松社区202605")
    sh.put(0, 0, "白松社区2026年5月工作数据")
    sh.row(1, 0, ["项目", "单位", "本月数", "备注"])
    items = [("居民诉求受理", "件", "petitions_received"), ("居民诉求办结", "件", "petitions_resolved"),
             ("登记新岗位", "个", "jobs_created"), ("安置就业", "人", "people_employed"),
             ("零就业家庭动态", "户", "zero_employment_households"), ("低保家庭", "户", "dibao_households"),
             ("低保人员", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
             ("健康体检", "人", "free_health_checks"), ("送慰问品", "件", "goods_distributed"),
             ("群众文体活动", "场", "cultural_activities"), ("参加志愿服务", "人次", "volunteer_person_times"),
             ("志愿者（注册）", "人", "volunteers"), ("在册党员", "人", "party_members"), ("党员结对", "对", "pairings")]
    r = 2
    for lab, unit, ind in items:
        sh.put(r, 0, lab)
        sh.put(r, 1, unit)
        style = "comma" if val(code, p, ind) >= 1000 else "num"
        b.val(sh, r, 2, code, p, ind, style=style)
        if ind == "free_health_checks":
            sh.put(r, 3, "65岁以上老人")
        r += 1
    sh.put(r + 1, 0, "填表：童琳 2026-06-03")


def c_qingsong():
    """青松 1-3月: one sheet per month named 2026.01…, no month in the titles, a 汇总 sheet repeating the flows
    with a 合计 column, a hidden sheet."""
    code = code_of("青松")
    b = book("青松社区1-3月数据.xlsx", "openpyxl",
             ["one_community_file", "sheet_per_month", "period_in_sheet_names", "title_no_period",
              "title_month_range", "indicators_as_rows", "unit_column", "pivot_summary_duplicate",
              "quarter_total_column", "values_blank", "hidden_scratch_sheet", "xlsx_openpyxl"], mtime=d(2026, 4, 3))
    items = [("诉求登记", "件", "petitions_received"), ("诉求解决", "件", "petitions_resolved"),
             ("纠纷化解", "起", "disputes_mediated"), ("开发岗位", "个", "jobs_created"),
             ("就业人数", "人", "people_employed"), ("开展培训", "场", "training_sessions"),
             ("体检人数", "人", "free_health_checks"), ("困难群众帮扶", "人", "people_assisted"),
             ("文娱活动", "场", "cultural_activities"), ("宣讲次数", "次", "lectures_held"),
             ("志愿者", "人", "volunteers"), ("义务巡逻", "人", "patrol_members"), ("平安信息员", "人", "informants"),
             ("常住人口", "人", "residents"), ("户数", "户", "households")]
    blank = {("2026-02", "patrol_members")}
    for p in Q1:
        sh = b.sheet(f"2026.{p[5:]}")
        sh.merge(0, 0, 0, 2, "青松社区工作数据")
        sh.row(1, 0, ["指标", "单位", "数量"], bold=True)
        r = 2
        for lab, unit, ind in items:
            sh.put(r, 0, lab)
            sh.put(r, 1, unit)
            b.val(sh, r, 2, code, p, ind, style="blank" if (p, ind) in blank else "num")
            r += 1
    sh = b.sheet("汇总")
    sh.merge(0, 0, 0, 4, "青松社区1-3月汇总")
    sh.row(1, 0, ["指标", "1月", "2月", "3月", "合计"], bold=True)
    r = 2
    for lab, unit, ind in items:
        if IND[ind][2] != "flow":
            continue
        sh.put(r, 0, f"{lab}（{unit}）")
        for j, p in enumerate(Q1):
            b.val(sh, r, 1 + j, code, p, ind, style="blank" if (p, ind) in blank else "num", role="duplicate")
        b.quarter(sh, r, 4, code, "2026-Q1", ind, sum(val(code, p, ind) for p in Q1 if (p, ind) not in blank))
        r += 1
    calc = b.sheet("底稿", hidden=True)
    r2 = random.Random(SEED + 7)
    calc.row(0, 0, ["指标", "1月", "2月", "3月"])
    for i, (lab, unit, ind) in enumerate(items[:6]):
        calc.row(1 + i, 0, [lab] + [r2.randint(0, 90) for _ in Q1])


def gongyuan(p, mtime, dated):
    """公园: 项目 | 单位 | 本月 | 同比增减 (text, not a value) | 备注; 三月份 in the title."""
    m = int(p[5:])
    cn = {3: "三", 5: "五"}[m]
    code = code_of("公园")
    fname = f"公园社区{cn}月份工作报表.xlsx"
    b = book(fname, "xlsxwriter",
             ["one_community_file", "indicators_as_rows", "title_cn_month", "unit_column", "change_column_text",
              "values_comma_text", "notes_column", "footer", "footer_date_trap", "xlsx_xlsxwriter"]
             + (["values_approx"] if m == 3 else []), mtime=mtime)
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 4, f"公园社区2026年{cn}月份工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "同比增减", "备注"], bold=True)
    items = [("受理群众来电来访诉求", "件", "petitions_received"), ("已答复办结", "件", "petitions_resolved"),
             ("人民调解结案", "起", "disputes_mediated"), ("开发岗位", "个", "jobs_created"),
             ("就业安置", "人", "people_employed"), ("发放城市低保金", "元", "dibao_payout_yuan"),
             ("入户走访困难群众", "人", "people_assisted"), ("慰问物品", "件", "goods_distributed"),
             ("群众文体", "场", "cultural_activities"), ("法治政策宣讲", "次", "lectures_held"),
             ("治安案件", "起", "security_cases"), ("志愿服务参与", "人次", "volunteer_person_times"),
             ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population")]
    r2 = random.Random(SEED + 100 + m)
    r = 2
    for lab, unit, ind in items:
        sh.put(r, 0, lab)
        sh.put(r, 1, unit)
        v = val(code, p, ind)
        b.val(sh, r, 2, code, p, ind, style="comma" if v >= 1000 else "num")
        ch = r2.randint(-6, 6)
        sh.put(r, 3, "持平" if ch == 0 else (f"↑{ch}" if ch > 0 else f"↓{-ch}"))
        r += 1
    sh.put(r + 1, 0, f"填表人：李娜　　联系电话：13871234567　　{dated}")


def c_gongyuan3():
    gongyuan("2026-03", d(2026, 4, 2), "2026年4月2日")


def c_gongyuan5():
    gongyuan("2026-05", d(2026, 6, 2), "2026年6月2日")


def c_hangce():
    """航侧: 大类 rows with sub-rows 其中：残疾人 (outside the catalogue), 其中：公益性岗位."""
    p = "2026-04"
    code = code_of("航侧")
    b = book("航侧社区4月份报表.xlsx", "openpyxl",
             ["one_community_file", "indicators_as_rows", "title_month_full", "group_rows", "qizhong_rows",
              "row_outside_catalogue", "unit_column", "footer", "xlsx_openpyxl"], mtime=d(2026, 5, 7))
    sh = b.sheet("4月")
    sh.merge(0, 0, 0, 2, "航侧社区2026年4月份工作报表")
    sh.row(1, 0, ["内容", "单位", "数量"], bold=True)
    r2 = random.Random(SEED + 11)
    rows = [("一、为老助残", None, None),
            ("为老体检", "人", "free_health_checks"),
            ("其中：残疾人", "人", "#disabled"),
            ("困难群众走访", "人", "people_assisted"),
            ("发放慰问品", "件", "goods_distributed"),
            ("二、就业", None, None),
            ("岗位开发", "个", "jobs_created"),
            ("其中公益岗", "个", "public_welfare_jobs"),
            ("帮扶就业", "人", "people_employed"),
            ("零就业户", "户", "zero_employment_households"),
            ("三、平安", None, None),
            ("群防群治队员", "人", "patrol_members"),
            ("平安信息员", "人", "informants"),
            ("治安案件", "起", "security_cases"),
            ("四、党建", None, None),
            ("党员总数", "人", "party_members"),
            ("党员结对帮扶", "对", "pairings")]
    r = 2
    for lab, unit, ind in rows:
        if unit is None:
            sh.merge(r, 0, r, 2, lab)
        else:
            sh.put(r, 0, lab)
            sh.put(r, 1, unit)
            if ind == "#disabled":
                sh.put(r, 2, min(val(code, p, "free_health_checks"), r2.randint(3, 20)))
            else:
                b.val(sh, r, 2, code, p, ind)
        r += 1
    sh.put(r + 1, 0, "航侧社区居委会　2026年5月7日")


def c_miaodun():
    """庙墩 (a slip for 妙墩) everywhere, even the file name; the period only in a 统计月份 date cell;
    填报日期 also a date cell."""
    p = "2026-05"
    code = code_of("妙墩")
    b = book("庙墩社区月报.xlsx", "openpyxl",
             ["one_community_file", "indicators_as_rows", "names_homophone", "period_date_cell",
              "period_not_in_filename", "footer_date_cell", "unit_column", "values_number_format", "xlsx_openpyxl"], mtime=d(2026, 6, 4))
    sh = b.sheet("月报")
    sh.merge(0, 0, 0, 2, "庙墩社区工作月报")
    sh.put(1, 0, "统计月份：")
    sh.put(1, 1, dt.datetime(2026, 5, 1), fmt=DATEFMT)
    sh.row(2, 0, ["指标名称", "计量单位", "本月数"], bold=True)
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("纠纷调处", "起", "disputes_mediated"), ("岗位拓展", "个", "jobs_created"),
             ("促进就业", "人", "people_employed"), ("担保贷款发放", "元", "micro_loans_yuan"),
             ("城市低保户", "户", "dibao_households"), ("城市低保人员", "人", "dibao_persons"),
             ("免费查体", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
             ("开展宣讲", "次", "lectures_held"), ("治安案件", "起", "security_cases"),
             ("在册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("常住人口", "人", "residents"), ("在岗社工", "人", "staff")]
    r = 3
    for lab, unit, ind in items:
        sh.put(r, 0, lab)
        sh.put(r, 1, unit)
        b.val(sh, r, 2, code, p, ind, fmt="#,##0" if ind in ("residents", "micro_loans_yuan") else None)
        r += 1
    sh.put(r + 1, 0, "填报日期：")
    sh.put(r + 1, 1, dt.datetime(2026, 6, 4), fmt="yyyy/m/d")
    sh.put(r + 2, 0, "填表人：彭丽")


def c_lingyun():
    """凌云 上半年: months as rows (1月…6月), indicators as columns, 上半年合计 row (stocks —), 备注 column."""
    code = code_of("凌云")
    fname = "凌云社区2026年上半年工作台账.xlsx"
    b = book(fname, "xlsxwriter",
             ["one_community_file", "period_row_labels", "indicators_as_columns", "title_half_year",
              "header_units_brackets", "total_row", "values_approx", "notes_column", "xlsx_xlsxwriter"],
             mtime=d(2026, 7, 3))
    sh = b.sheet("台账")
    cols = [("接件（件）", "petitions_received"), ("按期办结（件）", "petitions_resolved"),
            ("调解（起）", "disputes_mediated"), ("文体（场）", "cultural_activities"),
            ("宣传宣讲（次）", "lectures_held"), ("志愿活动（人次）", "volunteer_person_times"),
            ("低保家庭（户）", "dibao_households"), ("低保人口（人）", "dibao_persons")]
    sh.merge(0, 0, 0, len(cols) + 1, "凌云社区2026年上半年工作台账")
    sh.row(1, 0, ["月份"] + [c[0] for c in cols] + ["备注"], bold=True)
    r = 2
    for p in PERIODS:
        sh.put(r, 0, f"{int(p[5:])}月")
        for j, (_, ind) in enumerate(cols):
            b.val(sh, r, 1 + j, code, p, ind)
        if p == "2026-02":
            sh.put(r, len(cols) + 1, "春节期间开展送春联、猜灯谜活动")
        r += 1
    sh.put(r, 0, "上半年合计", bold=True)
    for j, (_, ind) in enumerate(cols):
        sh.put(r, 1 + j, sum(val(code, p, ind) for p in PERIODS) if IND[ind][2] == "flow" else "—")


def c_jichang():
    """機場社區: the whole file in traditional characters."""
    p = "2026-04"
    code = code_of("机场")
    b = book("機場社區2026年4月工作報表.xlsx", "openpyxl",
             ["one_community_file", "indicators_as_rows", "title_month_full", "traditional_chars",
              "unit_in_label", "seq_column", "footer", "footer_date_trap", "xlsx_openpyxl"], mtime=d(2026, 5, 6))
    sh = b.sheet("工作報表")
    sh.merge(0, 0, 0, 2, "機場社區2026年4月工作報表")
    sh.row(1, 0, ["序號", "工作項目", "本月數量"], bold=True)
    items = [("受理居民訴求（件）", "petitions_received"), ("辦結（件）", "petitions_resolved"),
             ("調解糾紛（起）", "disputes_mediated"), ("新增就業崗位（個）", "jobs_created"),
             ("實現就業（人）", "people_employed"), ("低保戶數（戶）", "dibao_households"),
             ("低保人數（人）", "dibao_persons"), ("發放低保金（元）", "dibao_payout_yuan"),
             ("免費體檢（人）", "free_health_checks"), ("走訪慰問（人）", "people_assisted"),
             ("文體活動（場）", "cultural_activities"), ("宣講（次）", "lectures_held"),
             ("註冊志願者（人）", "volunteers"), ("志願服務（人次）", "volunteer_person_times"),
             ("黨員（人）", "party_members"), ("常住人口（人）", "residents"), ("流動人口（人）", "floating_population")]
    r = 2
    for i, (lab, ind) in enumerate(items):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, lab)
        b.val(sh, r, 2, code, p, ind)
        r += 1
    sh.put(r + 1, 0, "填表人：龔麗　　審核：詹春燕　　填報日期：2026年5月6日")


def wangjiadun(p, mtime, dated):
    """王家墩: 项目 | 本月 | 本年累计, a 诉求办结率 row as a formula with % format."""
    m = int(p[5:])
    code = code_of("王家墩")
    b = book(f"王家墩社区2026年{m}月报表.xlsx", "xlsxwriter",
             ["one_community_file", "indicators_as_rows", "title_month_full", "unit_in_label", "ytd_beside_month",
              "derived_percent_formula", "values_wan_header", "footer", "footer_date_trap", "xlsx_xlsxwriter"],
             mtime=mtime)
    sh = b.sheet(f"{m}月")
    sh.merge(0, 0, 0, 2, f"王家墩社区{2026}年{m}月工作报表")
    sh.row(1, 0, ["项目", "本月", "本年累计"], bold=True)
    items = [("接收居民诉求（件）", "petitions_received", 1), ("办结居民诉求（件）", "petitions_resolved", 1),
             (None, "#rate", 1),
             ("矛盾纠纷化解（起）", "disputes_mediated", 1), ("就业岗位新增（个）", "jobs_created", 1),
             ("公益岗位（个）", "public_welfare_jobs", 1), ("就业（人）", "people_employed", 1),
             ("发放创业担保贷款（万元）", "micro_loans_yuan", 10000), ("举办技能培训（场）", "training_sessions", 1),
             ("低保资金（万元）", "dibao_payout_yuan", 10000), ("健康体检（人）", "free_health_checks", 1),
             ("物资慰问（件）", "goods_distributed", 1), ("志愿服务参与（人次）", "volunteer_person_times", 1),
             ("平安信息员（人）", "informants", 1), ("社工（人）", "staff", 1)]
    r = 2
    for lab, ind, mult in items:
        if ind == "#rate":
            a, s = val(code, p, "petitions_received"), val(code, p, "petitions_resolved")
            ya, ys = ytd(code, p, "petitions_received"), ytd(code, p, "petitions_resolved")
            sh.put(r, 0, "诉求办结率")
            sh.put(r, 1, s / a, fmt="0.0%", formula=f"=B{r}/B{r - 1}")
            sh.put(r, 2, ys / ya, fmt="0.0%", formula=f"=C{r}/C{r - 1}")
            r += 1
            continue
        sh.put(r, 0, lab)
        b.val(sh, r, 1, code, p, ind, mult=mult)
        if IND[ind][2] == "flow":
            y = ytd(code, p, ind)
            sh.put(r, 2, wan_num(y) if mult == 10000 else y)
        r += 1
    sh.put(r + 1, 0, f"王家墩社区居委会　　{dated}")


def c_wjd3():
    wangjiadun("2026-03", d(2026, 4, 3), "2026年4月3日")


def c_wjd6():
    wangjiadun("2026-06", d(2026, 7, 2), "2026年7月2日")


def c_yuntian():
    """云天: two tables side by side on one sheet (一月份 | 二月份), each 项目 | 数量, title with 26年1-2月."""
    code = code_of("云天")
    b = book("云天社区26年1-2月工作情况.xlsx", "openpyxl",
             ["one_community_file", "two_tables_side_by_side", "indicators_as_rows", "title_yy_month_range",
              "cn_month_block_headings", "unit_in_label", "footer", "xlsx_openpyxl"], mtime=d(2026, 3, 3))
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "云天社区26年1-2月工作情况")
    items = [("收到居民诉求（件）", "petitions_received"), ("办理完毕（件）", "petitions_resolved"),
             ("新开岗位（个）", "jobs_created"), ("就业（人）", "people_employed"),
             ("低保（户）", "dibao_households"), ("低保（人）", "dibao_persons"),
             ("慰问困难群众（人）", "people_assisted"), ("慰问品（件）", "goods_distributed"),
             ("组织文体活动（场）", "cultural_activities"), ("巡逻人员（人）", "patrol_members"),
             ("志愿者注册数（人）", "volunteers"), ("常住人口（人）", "residents")]
    for k, (p, head) in enumerate([("2026-01", "一月份"), ("2026-02", "二月份")]):
        c0 = 3 * k
        sh.merge(1, c0, 1, c0 + 1, head)
        sh.row(2, c0, ["项目", "数量"], bold=True)
        for i, (lab, ind) in enumerate(items):
            sh.put(3 + i, c0, lab)
            b.val(sh, 3 + i, c0 + 1, code, p, ind)
    sh.put(3 + len(items) + 1, 0, "填表人：熊卫国　　2026年3月3日")

# --------------------------------------------------------------------------- bad files


BAD = []


def bad_files():
    import openpyxl
    import xlsxwriter
    d1 = os.path.join(HERE, "batch1")
    # 1. empty workbook
    name = "青松社区4月报表.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(d1, name))
    BAD.append(dict(file=f"batch1/{name}", why="empty workbook: one sheet, no cells; nothing to load, must be reported"))
    # 2. a workbook whose only sheet is a note, no table
    name = "电业社区2026年3月报表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "说明"
    ws["A3"] = "本月数据已通过“江汉区社区治理平台”在线报送，此表不再另行填写。"
    ws["A4"] = "如需核对请联系社区：熊丽，电话85763321。"
    ws["A6"] = "电业社区居委会"
    ws["A7"] = "2026年4月2日"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(d1, name))
    BAD.append(dict(file=f"batch1/{name}", why="a note only (one sheet, text lines, no table): nothing to load, must be reported"))
    # 3. a community of another city (宜昌市西陵区西陵街道铁路坝社区)
    ocode, oname = OTHER
    short = oname.replace("社区居民委员会", "")
    name = f"{short}社区2026年3月工作报表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([f"{short}社区2026年3月工作报表"])
    ws.append([f"填报单位：宜昌市西陵区西陵街道{oname}"])
    ws.append(["序号", "项目", "单位", "本月"])
    r2 = random.Random(SEED + 3)
    for i, (lab, unit) in enumerate([("受理居民诉求", "件"), ("办结居民诉求", "件"), ("调解矛盾纠纷", "起"),
                                     ("新增就业岗位", "个"), ("实现就业", "人"), ("低保户数", "户"), ("低保人数", "人"),
                                     ("文体活动", "场"), ("注册志愿者", "人"), ("常住人口", "人")]):
        ws.append([i + 1, lab, unit, r2.randint(5, 60) if lab != "常住人口" else r2.randint(4000, 9000)])
    ws.append([])
    ws.append(["填表人：向红　　日期：2026年4月3日"])
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(d1, name))
    BAD.append(dict(file=f"batch1/{name}",
                    why=f"community of another city: {oname} {ocode} (湖北省宜昌市西陵区), not in 江汉区 {CITY}; nothing may be loaded"))
    # 4. truncated xlsx
    name = "公园社区2026年6月报表.xlsx"
    tmpd = tempfile.mkdtemp(prefix="trunc-")
    tmp = os.path.join(tmpd, "t.xlsx")
    wbx = xlsxwriter.Workbook(tmp)
    wbx.set_properties({"created": FIXED})
    wsx = wbx.add_worksheet()
    wsx.write(0, 0, "公园社区2026年6月工作报表")
    code = code_of("公园")
    for i, ind in enumerate(("petitions_received", "petitions_resolved", "jobs_created", "people_employed",
                              "free_health_checks", "people_assisted", "cultural_activities")):
        wsx.write(2 + i, 0, IND[ind][0])
        wsx.write(2 + i, 1, W[(code, "2026-06", ind)])
    wbx.close()
    with open(tmp, "rb") as f:
        data = f.read()
    with open(os.path.join(d1, name), "wb") as f:
        f.write(data[: int(len(data) * 0.6)])
    shutil.rmtree(tmpd, ignore_errors=True)
    BAD.append(dict(file=f"batch1/{name}", why="truncated zip: a valid xlsx cut at 60% of its bytes (no central directory)"))
    for bf in BAD:
        t = time.mktime(d(2026, 4, 9).timetuple())
        os.utime(os.path.join(HERE, bf["file"]), (t, t))
        FILES.append(dict(file=bf["file"], format=os.path.splitext(bf["file"])[1].lstrip("."), writer="bad",
                          features="bad_file"))

# --------------------------------------------------------------------------- truth


def write_csv(name, rows, fields):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in fields})


def main():
    for sub in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    builders = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15,
                c_wuzhan1, c_wuzhan4, c_dianye, c_dianli3, c_dianli5, c_hangkong, c_qingnian, c_baisong,
                c_qingsong, c_gongyuan3, c_gongyuan5, c_hangce, c_miaodun, c_lingyun, c_jichang, c_wjd3, c_wjd6,
                c_yuntian, b2_correction]
    for fn in builders:
        fn()
    names = [b.fname for b in BOOKS]
    assert len(names) == len(set(names)), "duplicate file names"
    for b in BOOKS:
        render(b)
    bad_files()
    truth = {}
    for tc in TRUTH_CELLS:
        key = (tc["community_code"], tc["period"], tc["indicator_code"])
        if tc["role"] == "superseded":
            continue
        if key in truth and truth[key] != tc["value"]:
            sys.exit(f"conflicting truth for {key}: {truth[key]} vs {tc['value']} ({tc['file']})")
        truth[key] = tc["value"]
    for key, v in ORIG.items():
        assert truth[key] == W[key] and v != W[key]
    for key in truth:
        assert truth[key] == W[key], key
    ignore = {}
    for ic in IGNORE_CELLS:
        key = (ic["community_code"], ic["period"], ic["indicator_code"])
        if key not in truth:
            ignore.setdefault(key, ic)
    rows = [dict(community_code=k[0], period=k[1], indicator_code=k[2], value=v) for k, v in sorted(truth.items())]
    write_csv("truth.csv", rows, ["community_code", "period", "indicator_code", "value"])
    write_csv("truth_cells.csv", sorted(TRUTH_CELLS, key=lambda t: (t["community_code"], t["period"],
                                                                   t["indicator_code"], t["file"], t["sheet"], t["cell"])),
              ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw", "role"])
    write_csv("ignore.csv", [dict(community_code=k[0], period=k[1], indicator_code=k[2],
                                  **{x: v[x] for x in ("file", "sheet", "cell", "raw")})
                             for k, v in sorted(ignore.items())],
              ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"])
    write_csv("quarter_truth.csv", QUARTER_CELLS,
              ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"])
    write_csv("bad_files.csv", BAD, ["file", "why"])
    write_csv("files.csv", FILES, ["file", "format", "writer", "features"])
    print(f"{len(BOOKS)} good files, {len(BAD)} bad files, {len(truth)} truth values, "
          f"{len(TRUTH_CELLS)} truth cells, {len(ignore)} ignored keys, {len(QUARTER_CELLS)} quarter cells")


if __name__ == "__main__":
    main()
