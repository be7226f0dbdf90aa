"""How a clerk writes a number (styles), and the context every file builder gets: the world, the
recorder, the corpus root and the files.csv rows."""
import datetime as dt

from corpus_grid import write_book
from corpus_world import CODE

FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def wan(v):
    """元 → 万元 as a clerk types it: 3.76, 15, 0.8."""
    x = round(v / 10000.0, 4)
    return int(x) if x == int(x) else x


def render(v, style):
    """The cell a clerk writes for the value v (canonical unit) in the given style."""
    if style == "num":
        return v
    if style == "wu":
        return "无" if v == 0 else v
    if style == "comma":          # text with a thousands separator, as typed or pasted
        return f"{v:,}" if v >= 1000 else str(v)
    if style == "str":
        return str(v)
    if style == "fw":             # full-width digits (a Chinese IME left in full-width mode)
        return f"{v:,}".translate(FULLWIDTH) if v >= 1000 else str(v).translate(FULLWIDTH)
    if style.startswith("glue:"):  # unit glued on: 24件
        return f"{v}{style[5:]}"
    if style == "yue":
        return f"约{v}"
    if style == "yu":
        return f"{v}余"
    if style == "wan":            # a number under a （万元） header or beside 万元 in a 单位 column
        return wan(v)
    if style == "wantext":        # 2.3万元 in the cell
        return f"{wan(v)}万元"
    if style == "wantext_bare":   # 15万 in the cell
        return f"{wan(v)}万"
    raise ValueError(style)


class Ctx:
    def __init__(self, root, world, recorder, rng):
        self.root = root
        self.w = world
        self.rec = recorder
        self.rng = rng
        self.files = []        # files.csv rows

    def key(self, short, period, ind):
        return (CODE[short], period, ind)

    def v(self, short, period, ind):
        return self.w[self.key(short, period, ind)]

    def val(self, sh, r, c, short, period, ind, style="num", fmt=None, role="primary", value=None):
        """Render the world value of (community, period, indicator) into sh at (r, c) and record it.
        value overrides the world (a superseded figure of a file later corrected)."""
        true = self.v(short, period, ind) if value is None else value
        cell = render(true, style)
        return sh.put(r, c, cell, fmt=fmt, key=self.key(short, period, ind), value=true, role=role)

    def hole(self, sh, r, c, short, period, ind, mark="—"):
        """A slot the clerk did not fill: —, / or blank. Not a value; ignore.csv unless another file has it."""
        return sh.put(r, c, mark, key=self.key(short, period, ind), value="", kind="ignore")

    def quarter(self, sh, r, c, short, quarter, ind, months, style="num", fmt=None, formula=None):
        total = sum(self.v(short, p, ind) for p in months)
        cell = render(total, style)
        return sh.put(r, c, cell, fmt=fmt, formula=formula, key=(CODE[short], quarter, ind), value=total,
                      kind="quarter")

    def write(self, relpath, sheets, writer, sent, features, encoding=None, fmt_name=None):
        write_book(self.root, relpath, sheets, writer, self.rec, sent=sent, encoding=encoding)
        ext = relpath.rsplit(".", 1)[-1]
        self.files.append(dict(file=relpath, format=fmt_name or ext, writer=writer if writer != "csv" else
                               f"csv-{encoding}", features=";".join(features)))


def d(y, m, day):
    return dt.date(y, m, day)


def total(ctx, shorts, period, ind):
    return sum(ctx.v(s, period, ind) for s in shorts)


def item_rows(ctx, sh, r, short, period, items, c_label, c_value, c_unit=None, c_seq=None, numbered=None,
              role="primary", old=None):
    """Indicators as rows. items: ("#", heading) group rows; (label, unit, indicator, style) value rows,
    where style "—", "/" or "" leaves the slot unfilled; (label, unit, None, cell) rows outside the
    catalogue or derived rates, written as given. numbered: a format for numbering inside the label
    ("{n}.{label}"). old: {indicator: value} figures that a later correction replaces (role superseded).
    Returns the next free row."""
    n = 0
    for it in items:
        if it[0] == "#":
            sh.put(r, c_label if c_seq is None else c_seq, it[1])
            r += 1
            continue
        label, unit, ind, style = it
        n += 1
        if c_seq is not None:
            sh.put(r, c_seq, n)
        sh.put(r, c_label, numbered.format(n=n, label=label) if numbered else label)
        if c_unit is not None and unit:
            sh.put(r, c_unit, unit)
        if ind is None:
            if style is not None:
                sh.put(r, c_value, style)
        elif style in ("—", "/", ""):
            ctx.hole(sh, r, c_value, short, period, ind, style)
        elif old and ind in old:
            ctx.val(sh, r, c_value, short, period, ind, style, role="superseded", value=old[ind])
        else:
            ctx.val(sh, r, c_value, short, period, ind, style, role=role)
        r += 1
    return r
