"""How a 彭家桥 clerk writes a number: plain, 千分位 「1,234」 or 「1,234.00」, full-width 「３８」, 约 / 余 / 左右 / 多,
units glued on, 「两起」, 「无」, 万元, 人民币大写 「壹万贰仟叁佰伍拾元整」."""

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CN = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
DX = "零壹贰叁肆伍陆柒捌玖"


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def _group(x):
    """1 … 9999 in 大写 without the 万: 「壹仟零伍」, 「壹拾」."""
    out, zero = "", False
    for d, u in ((x // 1000, "仟"), (x // 100 % 10, "佰"), (x // 10 % 10, "拾"), (x % 10, "")):
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DX[d] + u
    return out


def daxie(v):
    """人民币大写 of a whole number of 元 below 1亿: 12350 → 「壹万贰仟叁佰伍拾元整」, 100500 → 「壹拾万零伍佰元整」."""
    n = int(v)
    assert n == v and 0 <= n < 10 ** 8
    if n == 0:
        return "零元整"
    hi, lo = divmod(n, 10000)
    s = _group(hi) + "万" if hi else ""
    if lo:
        if hi and lo < 1000:
            s += "零"
        s += _group(lo)
    return s + "元整"


def render(v, style="n", unit=""):
    """n: the number; t: text; k: 「1,234」 (+unit); k2: 「1,234.00」; fw: full-width 「３８」 (+unit); yue: 「约40」;
    yu: 「40余」; zy: 「40左右」; duo: 「40多」; u: 「40件」; us: 「40 件」 (a space before the unit); wu: 「无」 for 0;
    cn: 「两起」 (0–10 in characters, 0 = 无); wan: 「1.5万元」 (v already divided); dx: 人民币大写."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,.0f}{unit}" if float(v).is_integer() else f"{v:,.2f}{unit}"
    if style == "k2":
        return f"{v:,.2f}"
    if style == "fw":
        return t.translate(FW) + unit
    if style == "yue":
        return f"约{t}{unit}"
    if style == "yu":
        return f"{t}余{unit}"
    if style == "zy":
        return f"{t}{unit}左右"
    if style == "duo":
        return f"{t}多{unit}"
    if style == "u":
        return f"{t}{unit}"
    if style == "us":
        return f"{t} {unit}"
    if style == "wu":
        return "无" if v == 0 else f"{t}{unit}"
    if style == "cn":
        assert 0 <= v <= 10, v
        return "无" if v == 0 else f"{CN[int(v)]}{unit}"
    if style == "wan":
        return f"{t}万元"
    if style == "dx":
        return daxie(v)
    raise ValueError(style)


if __name__ == "__main__":
    for n, want in ((12350, "壹万贰仟叁佰伍拾元整"), (100500, "壹拾万零伍佰元整"), (10050, "壹万零伍拾元整"),
                    (1005, "壹仟零伍元整"), (20100, "贰万零壹佰元整"), (12000, "壹万贰仟元整"), (30020, "叁万零贰拾元整"),
                    (9240, "玖仟贰佰肆拾元整")):
        assert daxie(n) == want, (n, daxie(n), want)
    print("ok")
