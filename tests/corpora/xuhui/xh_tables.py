"""Helpers for the common shape: one row per 居民区, one column per figure, a 合计 row summing what was written."""
import re

import xh_grid
from xh_grid import miss, val
from xh_render import plain


def num_of(v):
    """The number a clerk's cell says, for the 合计 row: 约40 → 40, 586（其中新增12） → 586, 无 → 0, — → None."""
    if isinstance(v, (int, float)):
        return v
    if not isinstance(v, str):
        return None
    s = v.strip()
    if s in ("无", "0"):
        return 0
    s = re.sub(r"（.*?）|\(.*?\)", "", s).replace(",", "").replace("约", "").replace("余", "")
    m = re.match(r"^(\d+(?:\.\d+)?)", s)
    if not m:
        return None
    x = float(m.group(1))
    return int(x) if x.is_integer() else x


class V:
    """A catalogue figure: val() with a style; `special` maps a code to ('miss', text) or to val() keywords."""
    def __init__(self, ind, month=None, special=None, **kw):
        self.ind, self.month, self.special, self.kw = ind, month, special or {}, kw
        self.summable = True

    def write(self, sh, r, c, code, month):
        m = self.month or month
        sp = self.special.get(code)
        if isinstance(sp, tuple) and sp[0] == "miss":
            return miss(sh, r, c, code, m, self.ind, sp[1])
        kw = dict(self.kw)
        if isinstance(sp, dict):
            kw.update(sp)
        return val(sh, r, c, code, m, self.ind, **kw)


class Out:
    """A figure outside the catalogue: fn(code, month) gives the number or text."""
    def __init__(self, fn, summable=True):
        self.fn, self.summable = fn, summable

    def write(self, sh, r, c, code, month):
        v = self.fn(code, month)
        if v is not None and v != "":
            sh.put(r, c, v)
        return c + 1


class Rate:
    """A derived 率 written by the clerk from the written parts: "98.5%" text (never truth)."""
    def __init__(self, num_col, den_col, style="text"):
        self.num_col, self.den_col, self.style = num_col, den_col, style
        self.summable = False

    def write(self, sh, r, c, code, month):
        a = num_of(sh.cells.get((r, self.num_col), (None,))[0])
        b = num_of(sh.cells.get((r, self.den_col), (None,))[0])
        if a is None or not b:
            sh.put(r, c, "—")
        else:
            sh.put(r, c, f"{100.0 * a / b:.1f}%")
        return c + 1


def side(name):
    """An outside figure the world keeps (户籍人口, 人户分离, 助餐, 长护险, 服务时长)."""
    return Out(lambda code, month: xh_grid.W.side[(code, month, name)])


def rows(sh, r, codes, month, specs, name_fn, c0=0, seq=True, seq_fn=None):
    """One row per code from row r: 序号 (if seq), the name, then each spec. Returns the next free row and the rows."""
    done = []
    for i, code in enumerate(codes):
        c = c0
        if seq:
            sh.put(r, c, seq_fn(i) if seq_fn else i + 1)
            c += 1
        sh.put(r, c, name_fn(code))
        c += 1
        for sp in specs:
            c = sp.write(sh, r, c, code, month) if sp is not None else c + 1
        done.append(r)
        r += 1
    return r, done


def total(sh, r, data_rows, first_col, ncols, label="合计", label_col=0, skip=(), digits=4, specs=None):
    """A 合计 row: each column the sum of the numbers written above (a Rate column recomputed)."""
    sh.put(r, label_col, label)
    for j in range(ncols):
        c = first_col + j
        sp = specs[j] if specs else None
        if c in skip or (sp is not None and not sp.summable and not isinstance(sp, Rate)):
            continue
        if isinstance(sp, Rate):
            continue
        nums = [num_of(sh.cells.get((rr, c), (None,))[0]) for rr in data_rows]
        nums = [x for x in nums if x is not None]
        if nums:
            s = round(sum(nums), digits)
            sh.put(r, c, int(s) if float(s).is_integer() else s)
    if specs:
        for j, sp in enumerate(specs):
            if isinstance(sp, Rate):
                sp.write(sh, r, first_col + j, None, None)
    return r + 1


def fmt_plain(x):
    return plain(x)
