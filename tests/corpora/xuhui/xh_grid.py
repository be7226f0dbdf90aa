"""A sheet as cells and merges, and the recorder of the cells behind truth.csv, ignore.csv and quarter_truth.csv.

A builder places text with `put`, merged ranges with `merge`, and the world's figures with `val` (rendered as the
clerk writes them, recorded with their key), `miss` (a slot left —, /, 未统计 or blank) and `qval` (a quarter
total). `xh_writers.save` writes the sheets and hands the recorded cells, with their final sheet name and A1
reference, to `REC`.
"""
import datetime

from xh_render import render

W = None            # the World, set by make_corpus


class Formula:
    def __init__(self, expr, cached):
        self.expr, self.cached = expr, cached


class Sheet:
    def __init__(self, name, batch="batch1", old=None):
        self.name = name
        self.batch = batch
        self.old = old or {}   # key -> value this sheet carries instead of the truth (a copied first version)
        self.cells = {}        # (r, c) -> (value, number format)
        self.merges = []       # (r1, c1, r2, c2)
        self.recs = {}         # (r, c) -> (kind, key, value, role)
        self.hidden = False
        self.hidden_cols = set()
        self.widths = {}

    def put(self, r, c, v, fmt=None):
        self.cells[(r, c)] = (v, fmt)
        return c + 1

    def row(self, r, c, values, fmt=None):
        for v in values:
            if v is not None and v != "":
                self.put(r, c, v, fmt)
            c += 1
        return c

    def merge(self, r1, c1, r2, c2, v=None, fmt=None):
        if v is not None:
            self.put(r1, c1, v, fmt)
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def check(self):
        for r1, c1, r2, c2 in self.merges:
            for (r, c) in self.cells:
                if r1 <= r <= r2 and c1 <= c <= c2 and (r, c) != (r1, c1):
                    raise AssertionError(f"{self.name}: cell {ref(r, c)} inside merge {ref(r1, c1)}:{ref(r2, c2)}")
        for (r, c), rec in self.recs.items():
            if rec[0] != "ignore" and (r, c) not in self.cells:
                raise AssertionError(f"{self.name}: recorded cell {ref(r, c)} is empty")

    def size(self):
        rows = max([r for r, _ in self.cells] + [m[2] for m in self.merges] + [0]) + 1
        cols = max([c for _, c in self.cells] + [m[3] for m in self.merges] + [0]) + 1
        return rows, cols


def shown_of(v, div):
    x = v / div if div != 1 else v
    if isinstance(x, float):
        x = round(x, 6)
        if x.is_integer():
            x = int(x)
    return x


def val(sh, r, c, code, month, ind, style="n", div=1, unit="", fmt=None, role=None, text=None, formula=None):
    """Write the world's figure for (code, month, ind) as the clerk writes it and record the cell.
    A batch1 sheet whose `old` holds the key writes the first (wrong) value: role superseded. In a batch2 sheet a
    key the correction changes is `correction`, the others `duplicate`. `text` replaces the rendering (a callable
    gets the shown number)."""
    key = (code, month, ind)
    if sh.batch == "batch2":
        v = W.v[key]
        role = role or ("correction" if key in W.old else "duplicate")
    elif key in sh.old:
        v, role = sh.old[key], "superseded"
    else:
        v, role = W.v[key], role or "primary"
    shown = shown_of(v, div)
    out = text(shown) if callable(text) else (text if text is not None else render(shown, style, unit))
    if formula is not None:
        out = Formula(formula, shown)
    sh.put(r, c, out, fmt)
    sh.recs[(r, c)] = ("truth", key, v, role)
    return c + 1


def miss(sh, r, c, code, month, ind, text="—"):
    """A slot the clerk left without a figure: —, /, 未统计 or blank (text "")."""
    if text != "":
        sh.put(r, c, text)
    sh.recs[(r, c)] = ("ignore", (code, month, ind), text, None)
    return c + 1


def qval(sh, r, c, code, quarter, ind, style="n", div=1, formula=None, fmt=None):
    v = W.quarter(code, quarter, ind)
    shown = shown_of(v, div)
    out = Formula(formula, shown) if formula else render(shown, style, "")
    sh.put(r, c, out, fmt)
    sh.recs[(r, c)] = ("quarter", (code, quarter, ind), v, None)
    return c + 1


def header(sh, r0, c0, tree, depth, fmt=None):
    """Lay a header tree over `depth` rows from (r0, c0): a node is (text, [children]) or (text, leaf). A group
    is merged across its leaves, a leaf above the last row is merged down. Returns [(column, leaf)]."""
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

    def add(self, rel, sheet, cell, rec, raw):
        kind, key, v, role = rec
        row = dict(key=key, value=v, file=rel, sheet=sheet, cell=cell, raw=raw, role=role)
        {"truth": self.truth_cells, "ignore": self.ignore, "quarter": self.quarter}[kind].append(row)

    def truth(self):
        out = {}
        for t in self.truth_cells:
            if t["role"] == "superseded":
                continue
            k = t["key"]
            if k in out and out[k] != t["value"]:
                raise AssertionError(f"{k}: {out[k]} and {t['value']} ({t['file']} {t['cell']})")
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
    """2026-03 → 2026年3月"""
    return f"{int(month[:4])}年{int(month[5:])}月"


def serial(month):
    """The Excel serial number of the month's first day (1900 date system)."""
    d = datetime.date(int(month[:4]), int(month[5:]), 1)
    return (d - datetime.date(1899, 12, 30)).days


CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIGITS[int(ch)] for ch in str(y))


def cn_num(n):
    """1..12 → 一 … 十二"""
    return ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][n]
