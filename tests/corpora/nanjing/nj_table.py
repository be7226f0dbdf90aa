"""Leaf cells shared by the street and community builders: one column (or row) kind of a return, written for one
community and one month. A leaf is a tuple: ("no",) 序号, ("name", form) the community's name, ("v", ind, kw) the
month's figure (truth), ("ytd", ind) 1–本月累计 (not truth: the monthly figure is elsewhere in the same file),
("q", ind, quarter) a quarter total (quarter_truth), ("ly", ind) 上年同期 (a month outside the period: ignore),
("x", seed) a figure outside the catalogue, ("rate", num, den) a percentage text or number (derived, never truth),
("yn", num, den, bar) 是/否 whether a rate reaches the bar, ("ynx", seed) a 是/否 of something else, ("xp", seed, range) an outside percentage (no total), ("blank",).
"""
import random

import nj_grid
from nj_grid import Formula, W_ref, qval, ref, val, prior
from nj_world import NAME, REG

W = None


def seeded(*parts):
    return random.Random("|".join(str(p) for p in parts))


def name_of(code, form):
    return {"short": NAME[code], "sq": NAME[code] + "社区", "reg": REG[code], "jw": NAME[code] + "社区居委会",
            "plain": NAME[code]}[form]


def number(leaf, code, m):
    """The figure a numeric leaf holds (for totals); None for text leaves."""
    k = leaf[0]
    w = W_ref()
    if k == "v":
        mm = leaf[2].get("month", m)
        key = (code, mm, leaf[1])
        if key in w.old and nj_grid.BATCH[0] == "batch1":
            return w.old[key]
        return w.v[key]
    if k == "ytd":
        return w.ytd(code, m, leaf[1])
    if k == "q":
        return w.quarter(code, leaf[2], leaf[1])
    if k == "ly":
        return w.v[(code, w.last_year(m), leaf[1])]
    if k in ("x", "xp"):
        return seeded(code, m, leaf[1]).randint(*leaf[2]) if len(leaf) > 2 else seeded(code, m, leaf[1]).randint(2, 12)
    return None


def cell(sh, r, c, leaf, code, m, i):
    k = leaf[0]
    w = W_ref()
    if k == "no":
        sh.put(r, c, i + 1)
    elif k == "name":
        sh.put(r, c, name_of(code, leaf[1]))
    elif k == "v":
        kw = dict(leaf[2])
        mm = kw.pop("month", m)
        val(sh, r, c, code, mm, leaf[1], **kw)
    elif k == "ytd":
        sh.put(r, c, w.ytd(code, m, leaf[1]), leaf[2] if len(leaf) > 2 else None)
    elif k == "q":
        qval(sh, r, c, code, leaf[2], leaf[1])
    elif k == "ly":
        prior(sh, r, c, code, w.last_year(m), leaf[1])
    elif k in ("x", "xp"):
        sh.put(r, c, number(leaf, code, m))
    elif k in ("rate", "yn"):
        a, b = number(("v", leaf[1], {}), code, m), number(("v", leaf[2], {}), code, m)
        p = 100.0 * a / b if b else 0.0
        if k == "yn":
            sh.put(r, c, "是" if p >= leaf[3] else "否")
        elif len(leaf) > 3 and leaf[3] == "num":
            sh.put(r, c, round(p / 100, 4), "0.0%")
        elif len(leaf) > 3 and leaf[3] == "bare":
            sh.put(r, c, round(p, 1))
        else:
            sh.put(r, c, f"{p:.1f}%")
    elif k == "ynx":
        sh.put(r, c, "是" if seeded(code, m, leaf[1]).random() < 0.8 else "否")
    elif k == "blank":
        pass
    else:
        raise ValueError(leaf)


def total_cell(sh, r, c, leaf, codes, m, rows=None, formula=False):
    """A 合计 cell of a numeric leaf (a label, never a value); rows = (first, last) for a SUM formula."""
    if leaf[0] in ("v", "ytd", "q", "ly", "x"):
        t = sum(number(leaf, code, m) for code in codes)
        div = leaf[2].get("div", 1) if leaf[0] == "v" else 1
        t = round(t / div, 6) if div != 1 else t
        if formula and rows:
            sh.put(r, c, Formula(f"SUM({ref(rows[0], c)}:{ref(rows[1], c)})", t))
        else:
            sh.put(r, c, t)
    elif leaf[0] in ("rate",):
        a = sum(number(("v", leaf[1], {}), code, m) for code in codes)
        b = sum(number(("v", leaf[2], {}), code, m) for code in codes)
        p = 100.0 * a / b
        if len(leaf) > 3 and leaf[3] == "num":
            sh.put(r, c, round(p / 100, 4), "0.0%")
        elif len(leaf) > 3 and leaf[3] == "bare":
            sh.put(r, c, round(p, 1))
        else:
            sh.put(r, c, f"{p:.1f}%")


def V(ind, **kw):
    return ("v", ind, kw)
