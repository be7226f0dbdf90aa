"""How a clerk writes a number (shared with the 合肥 corpus): plain, 千分位, **a space as the thousands separator 「12 345」** (WPS 数字格式
pasted as text), full-width digits 「３８」, 约 / 余 / 左右, units glued on, 「两起」, 「无」, 万元."""

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CN = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def spaced(v):
    """「12 345」: groups of three separated by one space."""
    t = num_text(v)
    head, _, tail = t.partition(".")
    out = ""
    while len(head) > 3:
        out = " " + head[-3:] + out
        head = head[:-3]
    out = head + out
    return out + ("." + tail if tail else "")


def render(v, style="n", unit=""):
    """n: the number; t: text; k: 「1,234」; sp: 「1 234」 (+unit); fw: full-width 「３８」 (+unit); yue: 「约40」;
    yu: 「40余」; zy: 「40左右」; u: 「40件」; wu: 「无」 for 0; cn: 「两起」 (0–10 in characters, 0 = 无);
    pad: 「 38 」 text with spaces around; wan: 「1.5万元」 (v already divided)."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,.0f}{unit}" if float(v).is_integer() else f"{v:,.2f}{unit}"
    if style == "sp":
        return spaced(v) + unit
    if style == "fw":
        return t.translate(FW) + unit
    if style == "yue":
        return f"约{t}{unit}"
    if style == "yu":
        return f"{t}余{unit}"
    if style == "zy":
        return f"{t}{unit}左右"
    if style == "u":
        return f"{t}{unit}"
    if style == "wu":
        return "无" if v == 0 else f"{t}{unit}"
    if style == "cn":
        assert 0 <= v <= 10, v
        return "无" if v == 0 else f"{CN[int(v)]}{unit}"
    if style == "pad":
        return f" {t} "
    if style == "wan":
        return f"{t}万元"
    raise ValueError(style)
