"""How a clerk writes a number, and the one helper every file uses to place a figure with its truth."""
from corpus_world import DPAY, LOAN

FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
MONEY = (DPAY, LOAN)


def comma(v):
    """"12,345" as text."""
    return f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"


def money_text(v):
    """元 with two decimals, as text: "18,364.50"."""
    return f"{v:,.2f}"


def wan(v, nd=None):
    """An amount in 万元 as a number (loans are whole 万: 15; else up to 4 decimals)."""
    x = v / 10000
    if nd is None:
        return int(x) if float(x).is_integer() else round(x, 4)
    return round(x, nd)


def render(v, style):
    """The cell a clerk writes for the figure v (in the catalogue's unit, except 'wan*')."""
    if style == "n":
        return v
    if style == "s":
        return str(v) if isinstance(v, int) else f"{v:.2f}"
    if style == "comma":
        return comma(v)
    if style == "fw":
        return comma(v).translate(FW) if v >= 1000 else str(v).translate(FW)
    if style == "wu":
        return "无" if v == 0 else v
    if style == "wu_t":
        return "無" if v == 0 else v
    if style == "wu_s":
        return "无" if v == 0 else str(v)
    if style == "yue":
        return f"约{v}"
    if style == "yu":
        return f"{v}余"
    if style.startswith("glue:"):
        unit = style[5:]
        return "无" if v == 0 else f"{v}{unit}"
    if style == "wan":
        return wan(v)
    if style == "wan_s":
        return f"{wan(v)}"
    if style == "wan_glue":
        return "无" if v == 0 else f"{wan(v)}万元"
    if style == "money":
        return money_text(v)
    raise ValueError(style)


def put(sh, r, c, world, code, period, ind, style="n", fmt=None):
    """Place the figure of (code, period, ind) as the clerk writes it and record its truth."""
    v = world.shown(code, period, ind)
    cell = render(v, style)
    mult = 10000.0 if style in ("wan", "wan_s") else 1.0     # "15万元" (wan_glue): the text itself says 万
    sh.val(r, c, (code, period, ind), cell, truth=v, mult=mult, fmt=fmt)
    return v
