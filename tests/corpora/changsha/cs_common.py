"""Shared helpers: name forms, traditional characters, the two table shapes most files use."""
import random

from cs_grid import pair, val
import cs_grid
from cs_world import COMMUNITIES

TRAD = str.maketrans("银岭桥鸿双园区计统务众户访问发资养老体检免费戶数员党岗业荐实现动单质预约总册报关导", "銀嶺橋鴻雙園區計統務眾戶訪問發資養老體檢免費戶數員黨崗業薦實現動單質預約總冊報關導")


def trad(s):
    return s.translate(TRAD)


def name(short, form="short"):
    suf = {c[0]: c[2] for c in COMMUNITIES}[short]
    if form == "short":
        return short
    if form == "sq":
        return short + "社区"
    if form == "jwh":
        return short + "社区居委会"
    if form == "reg":
        return short + suf
    if form == "full":
        return f"岳麓区银盆岭街道{short}社区"
    if form == "dw":
        return short + "社区党委"
    if form == "trad":
        return trad(short + "社区")
    raise ValueError(form)


def code(short):
    return cs_grid.W.code[short]


def out(rnd, lo, hi):
    return rnd.randint(lo, hi)


def table(sh, r0, c0, cols, month, form="sq", rnd=None, total="合计", seq=True, shorts=None, role=None,
          label_col_fmt=None):
    """Communities as rows from r0: [序号] | 社区 | cols. A col is (kind, ...):
    ("v", ind, style, div, fmt, unit) a value; ("o", lo, hi) an outside figure; ("pair",) 「N户M人」;
    ("rate", num, den) a 率 as a fraction with a % format; ("miss", ind, text). Returns the next free row."""
    rnd = rnd or random.Random(month)
    shorts = shorts or [c[0] for c in COMMUNITIES]
    r = r0
    sums = {}
    for i, s in enumerate(shorts):
        cd = code(s)
        c = c0
        if seq:
            sh.put(r, c, i + 1)
            c += 1
        sh.put(r, c, name(s, form))
        c += 1
        for col in cols:
            k = col[0]
            if k == "v":
                _, ind, style, div, fmt, unit = (col + (None,) * 6)[:6]
                val(sh, r, c, cd, month, ind, style=style or "n", div=div or 1, fmt=fmt, unit=unit or "", role=role)
                sums[c] = sums.get(c, 0) + cs_grid.W.v[(cd, month, ind)] / (div or 1)
            elif k == "o":
                x = rnd.randint(col[1], col[2])
                sh.put(r, c, x)
                sums[c] = sums.get(c, 0) + x
            elif k == "pair":
                pair(sh, r, c, cd, month)
            elif k == "rate":
                a, b = cs_grid.W.v[(cd, month, col[1])], cs_grid.W.v[(cd, month, col[2])]
                sh.put(r, c, round(a / b, 4) if b else "—", "0.00%")
            elif k == "miss":
                cs_grid.miss(sh, r, c, cd, month, col[1], col[2])
            c += 1
        r += 1
    if total:
        sh.put(r, c0 + (1 if seq else 0), total)
        for c, x in sums.items():
            sh.put(r, c, round(x, 4) if isinstance(x, float) and not x.is_integer() else int(x))
        r += 1
    return r


def items(sh, r0, cd, month, specs, c_label=1, c_unit=2, c_val=3, seq=True, rnd=None, note_col=None):
    """Indicators as rows: [序号] | 项目 | 单位 | 数值 [| 备注]. A spec is (label, unit, ind or None, style, arg):
    ind None = outside (arg = (lo, hi)); ind "pair" = 「N户M人」; ind "miss" = arg text (ignore of the ind in style);
    style "wan" writes 万元 text for a 元 row. Returns the next row."""
    rnd = rnd or random.Random(cd + month)
    r = r0
    for i, sp in enumerate(specs):
        label, unit, ind, style, arg = (tuple(sp) + (None,) * 5)[:5]
        if seq:
            sh.put(r, 0, i + 1)
        sh.put(r, c_label, label)
        if c_unit is not None and unit:
            sh.put(r, c_unit, unit)
        if ind is None:
            lo, hi = arg or (1, 20)
            sh.put(r, c_val, rnd.randint(lo, hi))
        elif ind == "pair":
            pair(sh, r, c_val, cd, month)
        elif ind == "miss":
            cs_grid.miss(sh, r, c_val, cd, month, style, arg)
        elif style == "wan":
            val(sh, r, c_val, cd, month, ind, style="wan", unit=arg or "元")
        else:
            val(sh, r, c_val, cd, month, ind, style=style or "n", unit=arg or "")
        if note_col is not None and isinstance(sp, list) and len(sp) > 5:
            sh.put(r, note_col, sp[5])
        r += 1
    return r
