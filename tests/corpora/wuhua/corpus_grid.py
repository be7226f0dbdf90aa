"""A sheet as cells and merges, and the recorder of truth, ignore and quarter cells.

A builder places cells with `put`, merges with `merge`, and values of the world with `val` (which renders the
number the way the clerk writes it and records the key), `miss` (a slot left —, / or blank) and `qval` (a
quarter total). `corpus_writers.save` writes the sheets with one of the writers and hands the recorded cells
to `REC` with their final sheet name and A1 reference.
"""
import datetime

from corpus_render import render

W = None          # the World, set by make_corpus
BATCH = ["batch1"]  # the batch being built: batch1 cells of a corrected key hold the old value


class Formula:
    def __init__(self, expr, cached):
        self.expr, self.cached = expr, cached


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}      # (r, c) -> (value, number format)
        self.merges = []     # (r1, c1, r2, c2)
        self.recs = {}       # (r, c) -> record
        self.comments = {}   # (r, c) -> text
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

    def check_merges(self):
        for r1, c1, r2, c2 in self.merges:
            for (r, c) in self.cells:
                if r1 <= r <= r2 and c1 <= c <= c2 and (r, c) != (r1, c1):
                    raise AssertionError(f"{self.name}: cell {(r, c)} inside merge {(r1, c1, r2, c2)}")

    def size(self):
        rows = max([r for r, _ in self.cells] + [m[2] for m in self.merges] + [0]) + 1
        cols = max([c for _, c in self.cells] + [m[3] for m in self.merges] + [0]) + 1
        return rows, cols

    def convert(self, fn):
        """Rewrite every text (and the sheet name) with fn: the traditional-character file."""
        self.name = fn(self.name)
        for k, (v, fmt) in list(self.cells.items()):
            if isinstance(v, str):
                self.cells[k] = (fn(v), fmt)
        self.comments = {k: fn(t) for k, t in self.comments.items()}


def number_text(x):
    if isinstance(x, Formula):
        x = x.cached
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:.10g}" if isinstance(x, float) else str(x)


def val(sh, r, c, code, month, ind, style="n", div=1, unit="", fmt=None, comment=None, role=None, value=None,
        formula=None):
    """Write the world's value of (code, month, ind) as the clerk writes it and record it.

    In batch1 a key the batch2 file corrects holds its old value (role superseded); in the correction file the
    changed keys are `correction` and the others `duplicate`. `value` forces a value (a row written twice)."""
    key = (code, month, ind)
    truth = W.v[key]
    if value is not None:
        v = value
        role = role or ("primary" if value == truth else "superseded")
    elif BATCH[0] == "batch1" and key in W.old:
        v, role = W.old[key], "superseded"
    else:
        v = truth
        if BATCH[0] == "batch2":
            role = "correction" if key in W.old else "duplicate"
    role = role or "primary"
    shown = v / div if div != 1 else v
    if isinstance(shown, float) and shown.is_integer():
        shown = int(shown)
    out = render(shown, style, unit)
    if formula is not None:
        out = Formula(formula, shown)
    sh.put(r, c, out, fmt, comment)
    sh.recs[(r, c)] = ("truth", key, v, role)
    return c + 1


def miss(sh, r, c, code, month, ind, text="—"):
    """A slot the clerk left without a figure: —, /, 未报 or blank."""
    if text != "":
        sh.put(r, c, text)
    sh.recs[(r, c)] = ("ignore", (code, month, ind), text, None)
    return c + 1


def prior(sh, r, c, code, month, ind, style="n"):
    """A 上年同期 figure: last year's month, outside the corpus period (ignore.csv)."""
    key = (code, W.last_year(month), ind)
    sh.put(r, c, render(W.v[key], style, ""))
    sh.recs[(r, c)] = ("ignore", key, W.v[key], None)
    return c + 1


def qval(sh, r, c, code, quarter, ind, style="n", div=1, formula=None, fmt=None):
    v = W.quarter(code, quarter, ind)
    shown = v / div if div != 1 else v
    out = Formula(formula, shown) if formula else render(shown, style, "")
    sh.put(r, c, out, fmt)
    sh.recs[(r, c)] = ("quarter", (code, quarter, ind), v, None)
    return c + 1


def header(sh, r0, c0, tree, depth, fmt=None):
    """Lay a header tree out over `depth` rows from (r0, c0): a node is (text, [children]) or (text, leaf).
    Groups are merged across their leaves, a leaf above the last row is merged down. Returns [(col, leaf)]."""
    leaves = []

    def width(node):
        text, kids = node
        return sum(width(k) for k in kids) if isinstance(kids, list) else 1

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

    def add(self, relpath, sheet_name, ref, rec, raw):
        kind, key, v, role = rec
        if kind == "truth":
            self.truth_cells.append(dict(key=key, value=v, file=relpath, sheet=sheet_name, cell=ref, raw=raw, role=role))
        elif kind == "ignore":
            self.ignore.append(dict(key=key, file=relpath, sheet=sheet_name, cell=ref, raw=raw))
        else:
            self.quarter.append(dict(key=key, value=v, file=relpath, sheet=sheet_name, cell=ref, raw=raw))

    def truth(self):
        out = {}
        for t in self.truth_cells:
            if t["role"] == "superseded":
                continue
            k = t["key"]
            if k in out and out[k] != t["value"]:
                raise AssertionError(f"{k}: {out[k]} and {t['value']} ({t['file']} {t['cell']})")
            out[k] = t["value"]
            if t["value"] != W.v[k]:
                raise AssertionError(f"{k}: truth cell {t['value']} is not the world's {W.v[k]}")
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


def month_date(month):
    return datetime.datetime(int(month[:4]), int(month[5:]), 1)


def cn_month(month):
    """2026-03 → 2026年3月"""
    return f"{int(month[:4])}年{int(month[5:])}月"
