"""How a 兰州 clerk writes a number: the styles used by `lz_grid.val`."""

FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def plain(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def num_text(x):
    x = plain(x)
    if isinstance(x, float):
        return f"{x:.6f}".rstrip("0").rstrip(".")
    return str(x)


def render(v, style="n", unit=""):
    """v is the number in the unit the cell is written in. Returns a number or a text."""
    v = plain(v)
    if style == "n":
        return v
    if style == "t":                      # a number typed as text
        return num_text(v)
    if style == "c":                      # 12,345 as text
        return f"{v:,}" if isinstance(v, int) else num_text(v)
    if style == "u":                      # unit glued on: 42件
        return f"{num_text(v)}{unit}"
    if style == "cu":                     # 1,234人
        return f"{v:,}{unit}" if isinstance(v, int) else f"{num_text(v)}{unit}"
    if style == "about":                  # 约40 (only a round figure is written so)
        return f"约{num_text(v)}{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u", unit)
    if style == "zuoyou":                 # 50左右 (about 50)
        return f"{num_text(v)}{unit}左右" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u", unit)
    if style == "jin":                    # 近150 (nearly 150: the clerk's round figure)
        return f"近{num_text(v)}{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u", unit)
    if style == "fw":                     # full-width digits
        return (f"{v:,}" if isinstance(v, int) and v >= 1000 else num_text(v)).translate(FULL)
    if style == "wu":                     # 无 for none
        return "无" if v == 0 else v
    if style == "ling":                   # 零 for none (the Chinese numeral)
        return "零" if v == 0 else v
    if style == "wu_u":
        return "无" if v == 0 else f"{num_text(v)}{unit}"
    if style == "wan":                    # 3.68万元 (the cell's own unit)
        return "无" if v == 0 else f"{num_text(round(v / 10000, 4))}万元"
    if style == "yen":                    # ￥36,520.00 (a 财务 habit: currency sign, two decimals)
        return f"￥{v:,.2f}"
    if style == "sp":                     # a number typed as text with a trailing space
        return num_text(v) + " "
    if style == "dash0":                  # — for none
        return "—" if v == 0 else v
    if style == "slash0":                 # / for none
        return "/" if v == 0 else v
    raise ValueError(style)
