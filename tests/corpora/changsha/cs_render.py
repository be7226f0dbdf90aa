"""How a clerk writes a number."""
FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CN = "零一二三四五六七八九"


def num_text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return repr(round(v, 6))
    return str(v)


def cn_numeral(n):
    n = int(n)
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    raise ValueError(n)


def render(v, style="n", unit=""):
    """n number, t text, k 千分位 text, fw full-width, cn 十二, yue 约N, u N+unit, wan 「1.25万元」, zero_wu 无 for 0."""
    if style == "n":
        return int(v) if float(v).is_integer() else v
    t = num_text(v)
    if style == "t":
        return t
    if style == "k":
        return f"{v:,}" if isinstance(v, int) or float(v).is_integer() else f"{v:,.2f}"
    if style == "fw":
        return t.translate(FW)
    if style == "cn":
        return cn_numeral(v)
    if style == "yue":
        return f"约{t}{unit}"
    if style == "u":
        return f"{t}{unit}"
    if style == "wan":
        return f"{num_text(v / 10000)}万{unit}"
    if style == "wu":
        return "无" if v == 0 else f"{t}{unit}"
    raise ValueError(style)
