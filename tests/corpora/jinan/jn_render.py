"""How a 文东 clerk writes a number: plain, 千分位, **a full-width comma as the thousands separator 「6，532」** (typed with
the Chinese IME on), full-width digits, 约 / 余 / 左右, units glued on, 「无」, 万元, and the **人民币大写** of a 发放台账
(「壹万贰仟叁佰肆拾元整」)."""

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CN = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
DX = "零壹贰叁肆伍陆柒捌玖"


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def daxie(v):
    """人民币大写 of a whole number of 元 below 1亿: 10050 → 「壹万零伍拾元整」, 100000 → 「壹拾万元整」."""
    v = int(v)
    assert 0 <= v < 10 ** 8, v
    if v == 0:
        return "零元整"

    def four(n, lead):
        out, zero = "", False
        for i, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(out) or lead
                continue
            if zero:
                out += "零"
                zero = False
            out += DX[d] + unit
        return out

    hi, lo = divmod(v, 10000)
    s = ""
    if hi:
        s = four(hi, False) + "万"
        s += four(lo, True) if lo and lo < 1000 else four(lo, False)
    else:
        s = four(lo, False)
    return s + "元整"


def render(v, style="n", unit=""):
    """n: the number; t: text; k: 「1,234」; fwk: 「1，234」 (full-width comma); fw: full-width 「３８」 (+unit);
    yue: 「约40」; yu: 「40余」; zy: 「40左右」; u: 「40件」; wu: 「无」 for 0; cn: 「两起」 (0–10; 0 = 无);
    pad: 「 38 」; wan: 「1.5万元」 (v already divided); dx: 人民币大写; f1: 「38.0」 text."""
    if style == "n":
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,.0f}{unit}" if float(v).is_integer() else f"{v:,.2f}{unit}"
    if style == "fwk":
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
        assert 0 <= v <= 10, v
        return "无" if v == 0 else f"{CN[int(v)]}{unit}"
    if style == "pad":
        return f" {t} "
    if style == "wan":
        return f"{t}万元"
    if style == "dx":
        return daxie(v)
    if style == "f1":
        return f"{float(v):.1f}"
    raise ValueError(style)


if __name__ == "__main__":
    for x in (0, 7, 10, 15, 100, 105, 1000, 1010, 10050, 12340, 100000, 101000, 1000000, 1200000, 20008, 9080, 30600):
        print(x, daxie(x))
