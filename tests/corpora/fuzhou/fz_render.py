"""How a 五凤 clerk writes a number: plain, 千分位 「1,234」 or 「12,340.00」, **a full-width comma as the thousands
separator 「12，345」** (typed with the Chinese IME on), full-width digits 「３８」, 约 / 余 / 左右, units glued on,
Chinese numerals up to 99 written the way they are said 「十二」「二十三」, 「无」 for nothing, 万元 with decimals."""

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
DIG = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def cn_number(v):
    """0–99 as said: 七, 十, 十二, 二十, 二十三 (0 is 无)."""
    v = int(v)
    assert 0 <= v <= 99, v
    if v == 0:
        return "无"
    if v < 10:
        return DIG[v]
    tens, ones = divmod(v, 10)
    return ("" if tens == 1 else DIG[tens]) + "十" + (DIG[ones] if ones else "")


def render(v, style="n", unit=""):
    """n: the number; t: text; k: 「1,234」 (+unit); k2: 「12,340.00」; fwc: 「12，345」 (full-width comma, +unit);
    fw: full-width digits 「３８」 (+unit); yue: 「约40」; yu: 「40余」; zy: 「40左右」; u: 「40件」; wu: 「无」 for 0;
    cn: 「二十三」 (+unit; 0 = 无); pad: 「 38 」; wan: 「1.5万元」 (v already divided); f2: 「1.50」 text."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,.0f}{unit}" if float(v).is_integer() else f"{v:,.2f}{unit}"
    if style == "k2":
        return f"{v:,.2f}{unit}"
    if style == "fwc":
        return f"{v:,.0f}".replace(",", "，") + unit
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
        return "无" if v == 0 else cn_number(v) + unit
    if style == "pad":
        return f" {t} "
    if style == "wan":
        return f"{t}万元"
    if style == "f2":
        return f"{v:.2f}"
    raise ValueError(style)
