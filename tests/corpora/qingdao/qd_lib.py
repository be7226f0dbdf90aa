"""Small helpers shared by the file builders: name forms, a cell spec dispatcher, totals.

A column/row spec is an indicator code (a number cell), or a dict: i = indicator, s = style, d = divisor
(10000 for 万元), u = unit glued on, fmt = number format; or a tuple: ("o", what) an outside figure,
("pair",) 「12户23人」, ("rate",) a 办结率 text, ("share",) 公益岗占比, ("prior", ind) 上年同期,
("ytd", ind) 本年累计 (not a truth cell), ("miss", ind, text) not reported, ("blank",) nothing.
"""
import qd_grid as G
from qd_grid import Sheet, miss, pair, prior, val  # noqa: F401

TRAD = {"团岛": "團島", "西镇": "西鎮", "八大峡": "八大峽", "台西": "臺西", "挪庄": "挪莊", "西藏路": "西藏路"}


def name(short, form):
    return {"s": short, "sq": short + "社区", "jwh": short + "社区居委会", "jmwh": short + "社区居民委员会",
            "path": "市南区八大峡街道" + short + "社区", "trad": TRAD[short] + "社區"}[form]


def cell(sh, r, c, code, month, spec):
    W = G.W
    if isinstance(spec, str):
        return val(sh, r, c, code, month, spec)
    if isinstance(spec, dict):
        return val(sh, r, c, code, month, spec["i"], style=spec.get("s", "n"), unit=spec.get("u", ""),
                   div=spec.get("d", 1), fmt=spec.get("fmt"))
    kind = spec[0]
    if kind == "code":
        sh.put(r, c, code)
    elif kind == "o":
        sh.put(r, c, W.outside[(code, month, spec[1])])
    elif kind == "pair":
        return pair(sh, r, c, code, month)
    elif kind == "rate":
        a, b = W.v[(code, month, "petitions_resolved")], W.v[(code, month, "petitions_received")]
        sh.put(r, c, f"{100 * a / b:.2f}%" if b else "—")
    elif kind == "share":
        a, b = W.v[(code, month, "public_welfare_jobs")], W.v[(code, month, "jobs_created")]
        sh.put(r, c, round(a / b, 4) if b else 0, "0.0%")
    elif kind == "prior":
        return prior(sh, r, c, code, month, spec[1])
    elif kind == "ytd":
        sh.put(r, c, W.ytd(code, month, spec[1]))
    elif kind == "miss":
        return miss(sh, r, c, code, month, spec[1], spec[2])
    return c + 1


def total(codes, month, spec, div=1):
    """The 合计 of a column (a label cell, never recorded); None when the column has no sum."""
    W = G.W
    if isinstance(spec, str):
        spec = {"i": spec}
    if isinstance(spec, dict):
        x = sum(W.v[(c, month, spec["i"])] for c in codes) / spec.get("d", 1)
        return round(x, 4) if isinstance(x, float) else x
    if spec[0] == "o":
        return sum(W.outside[(c, month, spec[1])] for c in codes)
    if spec[0] == "ytd":
        return sum(W.ytd(c, month, spec[1]) for c in codes)
    if spec[0] == "pair":
        return (f"{sum(W.v[(c, month, 'dibao_households')] for c in codes)}户"
                f"{sum(W.v[(c, month, 'dibao_persons')] for c in codes)}人")
    return None


def table(sh, r, c0, rows, month, specs, total_label="合计", name_form="s", seq=True):
    """Communities down, one column per spec; a 序号 column when seq; a 合计 row. Returns the next row."""
    codes = []
    for i, (code, short) in enumerate(rows):
        c = c0
        if seq:
            sh.put(r, c, i + 1)
            c += 1
        sh.put(r, c, name(short, name_form))
        c += 1
        for sp in specs:
            c = cell(sh, r, c, code, month, sp)
        codes.append(code)
        r += 1
    if total_label:
        c = c0
        if seq:
            sh.merge(r, c, r, c + 1, total_label)
            c += 2
        else:
            sh.put(r, c, total_label)
            c += 1
        for sp in specs:
            t = total(codes, month, sp)
            if t is not None:
                sh.put(r, c, t)
            c += 1
        r += 1
    return r


def footer(sh, r, c, who="王丽娟", checker="刘建国", date="", phone="0532-82617530"):
    sh.put(r, c, f"填报人：{who}")
    sh.put(r, c + 2, f"审核人：{checker}")
    if date:
        sh.put(r, c + 4, f"填报日期：{date}")
    sh.put(r + 1, c, f"联系电话：{phone}")
    return r + 2
