"""Shared helpers of the 油榨街道 builders: one figure written as a clerk writes it, and the 全街道 totals."""
from gy_grid import Formula, miss, pair, val
from gy_render import render

UNIT_DIV = {"万元": 10000, "千元": 1000, "万": 10000}


def cell(W, sh, r, c, code, m, ind, style="n", unit="", div=1, fmt=None):
    """ind: a catalogue code, 'pair' (「36户58人」), 'bpair' (「36（58）」: 户 with 人 in brackets), ('out', lo, hi)
    (a figure outside the catalogue) or ('miss', text, code)."""
    if ind == "pair":
        return pair(sh, r, c, code, m)
    if ind == "bpair":
        return pair(sh, r, c, code, m, ua="（", ub="）")
    if isinstance(ind, tuple) and ind[0] == "out":
        sh.put(r, c, render(W.out(code, m, f"{sh.name}|{r}|{c}", ind[1], ind[2]), style, unit), fmt)
        return c + 1
    if isinstance(ind, tuple) and ind[0] == "miss":
        return miss(sh, r, c, code, m, ind[2], ind[1])
    return val(sh, r, c, code, m, ind, style=style, unit=unit, div=div, fmt=fmt)


def total(W, codes, m, ind, div=1):
    t = sum(W.v[(c, m, ind)] for c in codes)
    return round(t / div, 4) if div != 1 else t


def sum_formula(col_letter, r1, r2, cached):
    return Formula(f"SUM({col_letter}{r1}:{col_letter}{r2})", cached)


def part_cell(W, sh, r, c, code, m, ind, part_text):
    """「8（其中“三月三”3场）」: the figure with a part in brackets (the part is not a value)."""
    from gy_grid import _value_role
    key = (code, m, ind)
    v, role = _value_role(key, None, None)
    sh.put(r, c, f"{v}{part_text}")
    sh.rec(r, c, ("truth", key, v, role))
    return c + 1
