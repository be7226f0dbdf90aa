"""How a Shanghai clerk writes a number: the text of a cell for a value and a style."""

FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def plain(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:.10g}" if isinstance(x, float) else str(x)


def render(v, style="n", unit=""):
    """v is the number as shown (already divided for 万元). Styles:
    n: a number cell; t: the number as text; comma: "1,234"; fw: full-width digits; wu: 无 for 0, else a number;
    yue: 约40; yu: 40余; unit: 38件 (the unit glued on); wan: 3.24万元 (text); yuan2: 12,345.60 text;
    sp: trailing spaces (a copy from a web page)."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    if style == "t":
        return plain(v)
    if style == "comma":
        return f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"
    if style == "fw":
        return plain(v).translate(FW)
    if style == "wu":
        return "无" if v == 0 else (int(v) if isinstance(v, float) and v.is_integer() else v)
    if style == "yue":
        return f"约{plain(v)}"
    if style == "yu":
        return f"{plain(v)}余"
    if style == "unit":
        return f"{plain(v)}{unit}"
    if style == "wan":
        return f"{plain(v)}万元"
    if style == "yuan2":
        return f"{v:,.2f}"
    if style == "sp":
        return plain(v) + "  "
    raise ValueError(style)
