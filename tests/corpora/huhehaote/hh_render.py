"""How a Hohhot clerk writes a number: plain, 千分位 text, 约 / 余, units glued on, 万元, full-width brackets."""


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def render(v, style="n", unit=""):
    """n: the number itself; t: text; k: 千分位 text 「1,234」; yue: 「约40」; yu: 「40余」; u: unit glued 「40件」;
    ku: 千分位 with unit 「1,234人」; wan: 「1.5万元」 (v already divided); wu: 「无」 for 0, else text;
    w: 「15万」 (v already divided)."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"
    if style == "yue":
        return f"约{t}{unit}"
    if style == "yu":
        return f"{t}余{unit}"
    if style == "u":
        return f"{t}{unit}"
    if style == "ku":
        return f"{v:,.0f}{unit}"
    if style == "wan":
        return f"{t}万元"
    if style == "w":
        return f"{t}万"
    if style == "wu":
        return "无" if v == 0 else f"{t}{unit}"
    raise ValueError(style)
