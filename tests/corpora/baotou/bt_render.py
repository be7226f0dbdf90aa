"""How a 昆北 clerk writes a number (adapted from hefei): 「没啦」 for 0 (包头话), 金额大写 beside the figure,: plain, 千分位, **a space as the thousands separator 「12 345」** (WPS 数字格式
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
    if style == "mei":
        return "没啦" if v == 0 else t + unit
    if style == "wan":
        return f"{t}万元"
    raise ValueError(style)


DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(v):
    """金额大写 of a whole number of 元: 「叁万肆仟伍佰元整」 (the finance office's habit; never recorded)."""
    v = int(v)
    if v == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    out, zero = "", False
    for big, name in ((10 ** 8, "亿"), (10 ** 4, "万"), (1, "")):
        part, v = divmod(v, big)
        if not part:
            zero = bool(out)
            continue
        s = ""
        for i in range(3, -1, -1):
            d = part // 10 ** i % 10
            if d:
                if zero and (s or out):
                    s += "零"
                s += DX[d] + units[i]
                zero = False
            else:
                zero = True
        out += s + name
        zero = False
    return "人民币" + out + "元整"
