"""A sheet as cells and merges, and the recorder of truth, ignore and quarter cells.

Builders place text with `Sheet.put`, merge with `Sheet.merge` and write the world's figures with `val` (one
value), `pair` (「12户19人」: households and persons in one cell), `xz` (「15（含新增2）」), `multi` (several figures in one cell with words), `miss` (—, /, 暂无, 待核
or blank: ignore.csv), `prior` (上年同期: a month outside the period, ignore.csv) and `qval` (a quarter total).
`zz_writers.save` writes the sheets and hands every record to REC with its final sheet name and A1 reference.
"""
import datetime

from jj_render import num_text, render

W = None              # the World, set by make_corpus
BATCH = ["batch1"]    # batch1 cells of a corrected key hold the first value


class Formula:
    def __init__(self, expr, cached):
        self.expr, self.cached = expr, cached


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}        # (r, c) -> (value, number format)
        self.merges = []       # (r1, c1, r2, c2)
        self.recs = {}         # (r, c) -> [record]
        self.comments = {}
        self.hidden = False
        self.hidden_cols = set()
        self.widths = {}

    def put(self, r, c, v, fmt=None, comment=None):
        self.cells[(r, c)] = (v, fmt)
        if comment:
            self.comments[(r, c)] = comment
        return c + 1

    def row(self, r, c, values, fmt=None):
        for v in values:
            if v is not None:
                self.put(r, c, v, fmt)
            c += 1
        return c

    def merge(self, r1, c1, r2, c2, v=None, fmt=None):
        if v is not None:
            self.put(r1, c1, v, fmt)
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def rec(self, r, c, record):
        self.recs.setdefault((r, c), []).append(record)

    def check(self):
        for r1, c1, r2, c2 in self.merges:
            for (r, c) in list(self.cells) + list(self.recs):
                if r1 <= r <= r2 and c1 <= c <= c2 and (r, c) != (r1, c1):
                    raise AssertionError(f"{self.name}: cell {(r, c)} inside merge {(r1, c1, r2, c2)}")
        for (r, c) in self.recs:
            if (r, c) not in self.cells and any(x[0] != "ignore" for x in self.recs[(r, c)]):
                raise AssertionError(f"{self.name}: record without a cell at {(r, c)}")

    def size(self):
        rows = max([r for r, _ in self.cells] + [m[2] for m in self.merges] + [0]) + 1
        cols = max([c for _, c in self.cells] + [m[3] for m in self.merges] + [0]) + 1
        return rows, cols


def _value_role(key, value, role):
    truth = W.v[key]
    if value is not None:
        return value, role or ("primary" if value == truth else "superseded")
    if BATCH[0] == "batch1" and key in W.old:
        return W.old[key], "superseded"
    if BATCH[0] == "batch2":
        return truth, role or ("correction" if key in W.old else "duplicate")
    return truth, role or "primary"


def val(sh, r, c, code, month, ind, style="n", unit="", div=1, fmt=None, formula=None, comment=None, value=None,
        role=None):
    """Write the world's (code, month, ind) as the clerk writes it; record it. Returns the next column."""
    key = (code, month, ind)
    v, role = _value_role(key, value, role)
    shown = v / div if div != 1 else v
    out = render(shown, style, unit)
    if formula is not None:
        out = Formula(formula, out)
    sh.put(r, c, out, fmt, comment)
    sh.rec(r, c, ("truth", key, v, role))
    return c + 1


def pair(sh, r, c, code, month, ind_a="dibao_households", ind_b="dibao_persons", ua="户", ub="人", fw=False):
    """Two figures in one cell: 「12户19人」 (households and persons)."""
    ka, kb = (code, month, ind_a), (code, month, ind_b)
    va, ra = _value_role(ka, None, None)
    vb, rb = _value_role(kb, None, None)
    text = f"{va}{ua}{vb}{ub}"
    sh.put(r, c, text)
    sh.rec(r, c, ("truth", ka, va, ra))
    sh.rec(r, c, ("truth", kb, vb, rb))
    return c + 1


def xz(sh, r, c, code, month, ind, new, unit=""):
    """「15（含新增2）」: the figure with its new part in brackets (the part is not a value)."""
    key = (code, month, ind)
    v, role = _value_role(key, None, None)
    sh.put(r, c, f"{v}{unit}（含新增{new}{unit}）")
    sh.rec(r, c, ("truth", key, v, role))
    return c + 1


def multi(sh, r, c, code, month, template, inds, styles=None):
    """Several figures of one community-month in one cell, as words around them: 「19人（12户）」,
    「8个（其中公益性岗位1个）」, 「本月受理群众诉求38件，办结36件」. `template` has {0}, {1} … in the order of `inds`."""
    shown, recs = [], []
    for i, ind in enumerate(inds):
        key = (code, month, ind)
        v, role = _value_role(key, None, None)
        shown.append(render(v, (styles or {}).get(i, "t"), ""))
        recs.append(("truth", key, v, role))
    sh.put(r, c, template.format(*shown))
    for rec in recs:
        sh.rec(r, c, rec)
    return c + 1


def miss(sh, r, c, code, month, ind, text="—"):
    if text != "":
        sh.put(r, c, text)
    sh.rec(r, c, ("ignore", (code, month, ind), text, None))
    return c + 1


def prior(sh, r, c, code, month, ind, style="n", div=1, fmt=None):
    """上年同期: last year's month, outside the corpus period (ignore.csv)."""
    key = (code, W.last_year(month), ind)
    v = W.v[key]
    sh.put(r, c, render(v / div if div != 1 else v, style, ""), fmt)
    sh.rec(r, c, ("ignore", key, v, None))
    return c + 1


def qval(sh, r, c, code, quarter, ind, style="n", div=1, formula=None, fmt=None):
    v = W.quarter(code, quarter, ind)
    shown = render(v / div if div != 1 else v, style, "")
    sh.put(r, c, Formula(formula, shown) if formula else shown, fmt)
    sh.rec(r, c, ("quarter", (code, quarter, ind), v, None))
    return c + 1


def header(sh, r0, c0, tree, depth, fmt=None):
    """Lay out a header tree over `depth` rows: a node is (text, [children]) or (text, leaf). Groups merge across
    their leaves, a leaf above the last row merges down. Returns [(col, leaf)]."""
    leaves = []

    def width(node):
        return sum(width(k) for k in node[1]) if isinstance(node[1], list) else 1

    def place(nodes, r, c):
        for node in nodes:
            text, kids = node
            if isinstance(kids, list):
                w = width(node)
                sh.merge(r, c, r, c + w - 1, text, fmt)
                place(kids, r + 1, c)
                c += w
            else:
                sh.merge(r, c, r0 + depth - 1, c, text, fmt)
                leaves.append((c, kids))
                c += 1

    place(tree, r0, c0)
    return leaves


class Recorder:
    def __init__(self):
        self.truth_cells, self.ignore, self.quarter, self.files, self.bad = [], [], [], [], []

    def add(self, rel, sheet, ref, rec, raw):
        kind, key, v, role = rec
        row = dict(key=key, value=v, file=rel, sheet=sheet, cell=ref, raw=raw, role=role)
        {"truth": self.truth_cells, "ignore": self.ignore, "quarter": self.quarter}[kind].append(row)

    def truth(self):
        out = {}
        for t in self.truth_cells:
            k = t["key"]
            if k[1] not in W.period:
                raise AssertionError(f"truth cell outside the period: {t}")
            if t["role"] == "superseded":
                if t["value"] != W.old.get(k):
                    raise AssertionError(f"superseded cell {t} is not the first value {W.old.get(k)}")
                continue
            if t["value"] != W.v[k]:
                raise AssertionError(f"{k}: cell {t['value']} is not the world's {W.v[k]} ({t['file']} {t['cell']})")
            out[k] = t["value"]
        return out


REC = Recorder()


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def ref(r, c):
    return f"{col_letter(c)}{r + 1}"


def cn_month(month):
    return f"{int(month[:4])}年{int(month[5:])}月"


def month_date(month):
    return datetime.datetime(int(month[:4]), int(month[5:]), 1)


def serial(month):
    """Excel's date serial of the month's first day (1900 system)."""
    return (datetime.date(int(month[:4]), int(month[5:]), 1) - datetime.date(1899, 12, 30)).days


def text_of(v):
    if isinstance(v, Formula):
        v = v.cached
    if isinstance(v, datetime.datetime):
        return v.isoformat()
    return v if isinstance(v, str) else num_text(v)
