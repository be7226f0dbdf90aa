"""How a clerk writes a number: style codes for qd_grid.val.

n   a number cell                      t   the number as text ("37")
k   text with 千分位 ("1,418")           u   text with the unit glued on ("37件", "2.35万元")
a   「约300」 (approximate, as written)   wu  「无」 for 0, else a number
f2  a number, float (for 万元 / 0.00 formats)
"""


def num_text(v):
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def _num(v):
    if isinstance(v, float) and v == int(v):
        return int(v)
    return v


def render(v, style="n", unit=""):
    if style == "n":
        return _num(v)
    if style == "f2":
        return float(v)
    if style == "t":
        return num_text(v)
    if style == "k":
        x = _num(v)
        return f"{x:,}" if isinstance(x, int) else f"{x:,.2f}"
    if style == "u":
        return num_text(v) + unit
    if style == "a":
        return "约" + num_text(v) + unit
    if style == "wu":
        return "无" if v == 0 else _num(v)
    raise ValueError(style)
