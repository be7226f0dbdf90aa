"""How a Xiamen clerk writes a number: the styles `xm_grid.val` uses (adapted from the 苏州 corpus's sz_render)."""

FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def plain(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def num_text(x):
    x = plain(x)
    return f"{x:.10g}" if isinstance(x, float) else str(x)


def comma(v):
    v = plain(v)
    return f"{v:,}" if isinstance(v, int) else num_text(v)


def arrow(v, d):
    """The 志愿汇 way of showing a stock with its change on last month."""
    return "↑" + str(d) if d > 0 else ("↓" + str(-d) if d < 0 else "持平")


def render(v, style="n", unit="", extra=None):
    """v is the number in the unit the cell is written in. Returns a number or a text."""
    v = plain(v)
    if style == "n":
        return v
    if style == "t":                      # a number typed as text
        return num_text(v)
    if style == "c":                      # 12,345 as text
        return comma(v)
    if style == "u":                      # unit glued on: 42件
        return f"{num_text(v)}{unit}"
    if style == "about":                  # 约40 (only a round figure is written so)
        return f"约{num_text(v)}{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u" if unit else "n", unit)
    if style == "yu":                     # 30余 / 300余人次
        return f"{num_text(v)}余{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u" if unit else "n", unit)
    if style == "wu":                     # 无 for none
        return "无" if v == 0 else v
    if style == "wu_u":
        return "无" if v == 0 else f"{num_text(v)}{unit}"
    if style == "wan":                    # 15万元 (the cell's own unit)
        return "无" if v == 0 else f"{num_text(round(v / 10000, 4))}万元"
    if style == "yen":                    # ￥12,300.00 copied from the 财务 system (text)
        return f"￥{v:,.2f}"
    if style == "dec2":                   # 12.00 typed as text by a system
        return f"{v:.2f}"
    if style == "nl":                     # 41\n（含12345转办15件） the value, a line break, its part in brackets
        return f"{num_text(v)}\n（{extra}）"
    if style == "arrow":                  # 1,248（↑36） registered volunteers with the change on last month
        return f"{comma(v)}（{arrow(v, extra)}）"
    if style == "arrow_tight":            # 856↑12
        return f"{num_text(v)}{arrow(v, extra)}"
    if style == "ditto":                  # 同上: the same as the row above (a months-as-rows 台账)
        return "同上"
    raise ValueError(style)
