"""How a Nanjing clerk writes a number: styles used by `nj_grid.val` (adapted from the 苏州 corpus, from 朝阳区)."""

FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def plain(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def num_text(x):
    x = plain(x)
    return f"{x:.10g}" if isinstance(x, float) else str(x)


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
        return f"约{num_text(v)}{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u" if unit else "n", unit)
    if style == "yu":                     # 30余 / 300余人次
        return f"{num_text(v)}余{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u" if unit else "n", unit)
    if style == "fw":                     # full-width digits
        return (f"{v:,}" if isinstance(v, int) and v >= 1000 else num_text(v)).translate(FULL)
    if style == "wu":                     # 无 for none
        return "无" if v == 0 else v
    if style == "wu_u":
        return "无" if v == 0 else f"{num_text(v)}{unit}"
    if style == "wan":                    # 0.8万元 / 4.63万元 (the cell's own unit)
        return "无" if v == 0 else f"{num_text(round(v / 10000, 4))}万元"
    if style == "wan_n":                  # 20万 (a loan written in 万 under a （元） header)
        return f"{num_text(round(v / 10000, 4))}万" if v else 0
    if style == "sp":                     # a number typed as text with a trailing space
        return num_text(v) + " "
    if style == "csp":                    # "12,345 " thousands separators typed as text, a trailing space
        return (f"{v:,}" if isinstance(v, int) else num_text(v)) + " "
    if style == "star":                   # 45* (a footnote mark)
        return f"{num_text(v)}*"
    if style == "circ":                   # 45① (a footnote mark)
        return f"{num_text(v)}①"
    if style == "zero0":                  # 0 written as 0, else the number
        return v
    if style == "dash0":                  # — for none
        return "—" if v == 0 else v
    if style == "slash0":                 # / for none
        return "/" if v == 0 else v
    raise ValueError(style)
