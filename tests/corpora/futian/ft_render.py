"""How a 福田 clerk writes a number: plain, 千分位, full-width digits, a full-width space in front 「　42」 (to push
the figure right in a WPS cell), 约 / 余 / 「1200+」, units glued on (traditional 「13戶」 too), 「无」, the system
export's 「="42"」, and 万元 with four decimals."""

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CN = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def render(v, style="n", unit=""):
    """n: the number; t: text; k: 「1,234」 (+unit); fw: full-width 「３８」 (+unit); fwsp: 「　38」 (a full-width
    space before, +unit); yue: 「约40」 (+unit); yu: 「40余」; plus: 「1200+」 (+unit after); u: 「40件」; us: 「40 件」;
    wu: 「无」 for 0; cn: 「两起」; xq: 「="40"」 (a system export keeping text); wan: 「30万」 (v already divided)."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return (f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}") + unit
    if style == "fw":
        return t.translate(FW) + unit
    if style == "fwsp":
        return "\u3000" + t + unit
    if style == "yue":
        return f"约{t}{unit}"
    if style == "yu":
        return f"{t}余{unit}"
    if style == "plus":
        return f"{t}+{unit}"
    if style == "u":
        return f"{t}{unit}"
    if style == "us":
        return f"{t} {unit}"
    if style == "wu":
        return "无" if v == 0 else f"{t}{unit}"
    if style == "cn":
        assert 0 <= v <= 10, v
        return "无" if v == 0 else f"{CN[int(v)]}{unit}"
    if style == "xq":
        return f'="{t}"'
    if style == "wan":
        return f"{t}万"
    raise ValueError(style)
