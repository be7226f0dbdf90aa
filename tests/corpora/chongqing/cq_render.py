"""How a Chongqing clerk writes a number. `render(v, style, unit)` returns what goes into the cell.

n   a number cell                      t    the number as text "37"
th  text with 千分位 "12,345"           yue  「约300」
u   glued unit 「37件」                 wu   「无」 for 0, else a number cell
wan a number already in 万元 (2 dp)    wanu 「3.27万元」 text
cn  full-width digits? no: 「37 」 with a trailing space (a typed cell)
"""


def num_text(v):
    if isinstance(v, float) and v == int(v):
        v = int(v)
    if isinstance(v, float):
        return repr(round(v, 6))
    return str(v)


def wan(v):
    w = round(v / 10000, 4)
    assert abs(w * 10000 - v) < 1e-6, v
    return w


def render(v, style="n", unit=""):
    if style == "n":
        return v
    if style == "t":
        return num_text(v)
    if style == "th":
        return f"{v:,}"
    if style == "yue":
        return f"约{v}{unit}"
    if style == "u":
        return f"{num_text(v)}{unit}"
    if style == "wu":
        return "无" if v == 0 else v
    if style == "wan":
        return wan(v)
    if style == "wanu":
        return f"{num_text(wan(v))}万元"
    if style == "cn":
        return f"{v} "
    raise ValueError(style)
