"""How a 谈固 clerk writes a number: plain, 千分位 「13,800」, 「1万3800」 (万 with the four digits after it), 万元 and
万人次 with decimals, full-width digits 「３８」, 约 / 余 / 左右, units glued on 「45件」 or after a space 「45 件」,
「两起」, 「无」 and 「零」."""

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CN = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def wmix(v, unit=""):
    """「1万3800元」: ten-thousands before 万 and all four lower digits after it (only when they are four digits:
    「1万500」 could be read 1.5万, so such a figure is written plainly)."""
    v = int(v)
    hi, lo = divmod(v, 10000)
    if hi == 0 or lo < 1000:
        return f"{v}{unit}"
    return f"{hi}万{lo}{unit}"


def render(v, style="n", unit=""):
    """n: the number; t: text; k: 「1,234」 (+unit); fw: full-width 「３８」 (+unit); yue: 「约40」; yu: 「40余」;
    zy: 「40左右」; u: 「40件」; su: 「40 件」 (a space before the unit); wu: 「无」 for 0; ling: 「零」 for 0;
    cn: 「两起」 (0–10 in characters, 0 = 无); wmix: 「1万3800」; wan: 「1.5万元」 (v already divided);
    f: a float as it is (万元 / 万人次 columns; v already divided)."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    if style == "f":
        return float(v)
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,.0f}{unit}" if float(v).is_integer() else f"{v:,.2f}{unit}"
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
    if style == "su":
        return f"{t} {unit}"
    if style == "wu":
        return "无" if v == 0 else f"{t}{unit}"
    if style == "ling":
        return "零" if v == 0 else f"{t}{unit}"
    if style == "cn":
        assert 0 <= v <= 10, v
        return "无" if v == 0 else f"{CN[int(v)]}{unit}"
    if style == "wmix":
        return wmix(v, unit)
    if style == "wan":
        return f"{t}万元"
    raise ValueError(style)
