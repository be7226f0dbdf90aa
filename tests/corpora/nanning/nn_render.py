"""How a Nanning clerk writes a number: styles used by `nn_grid.val` (adapted from the 姑苏区 corpus's sz_render).

New here: 「120左右」, 「百余」 (only for 100), 「未开展」 for none, 「￥24,300.00」 copied from a 财务 sheet, an amount
with its 大写 「12300元（壹万贰仟叁佰元整）」, a changed figure marked 「27（改）」, 「18（原报15）」 and a ditto 「同上」.
"""

FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
DIGITS = "零壹贰叁肆伍陆柒捌玖"


def plain(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def num_text(x):
    x = plain(x)
    return f"{x:.10g}" if isinstance(x, float) else str(x)


def daxie(n):
    """An integer amount of 元 in capital numerals, as a 财务 voucher writes it: 12300 → 壹万贰仟叁佰元整."""
    assert isinstance(n, int) and 0 < n < 100000000, n

    def four(x):
        out, zero = "", False
        for i, unit in zip(range(3, -1, -1), ("仟", "佰", "拾", "")):
            d = x // 10 ** i % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += DIGITS[d] + unit
        return out

    hi, lo = divmod(n, 10000)
    text = ""
    if hi:
        text = four(hi) + "万"
        if lo and lo < 1000:
            text += "零"
    text += four(lo)
    return text + "元整"


def render(v, style="n", unit=""):
    """v is the number in the unit the cell is written in. Returns a number or a text."""
    v = plain(v)
    if style == "n":
        return v
    if style == "t":                      # a number typed as text
        return num_text(v)
    if style == "c":                      # 12,345 as text
        return f"{v:,}" if isinstance(v, int) else num_text(v)
    if style == "u":                      # unit glued on: 42件
        return f"{num_text(v)}{unit}"
    if style == "cu":                     # 1,234人
        return f"{v:,}{unit}" if isinstance(v, int) else f"{num_text(v)}{unit}"
    if style == "about":                  # 约40 (only a round figure is written so)
        return f"约{num_text(v)}{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u", unit)
    if style == "yu":                     # 30余 / 300余人次
        return f"{num_text(v)}余{unit}" if isinstance(v, int) and v % 10 == 0 and v >= 20 else render(v, "u", unit)
    if style == "zuoyou":                 # 120左右 (a round figure)
        assert isinstance(v, int) and v % 10 == 0 and v >= 20, v
        return f"{v}{unit}左右"
    if style == "baiyu":                  # 百余 = 100 as written
        assert v == 100, v
        return f"百余{unit}"
    if style == "wkz":                    # 未开展 for none (training, 宣讲)
        return "未开展" if v == 0 else v
    if style == "fw":                     # full-width digits
        return (f"{v:,}" if isinstance(v, int) and v >= 1000 else num_text(v)).translate(FULL)
    if style == "wu":                     # 无 for none
        return "无" if v == 0 else v
    if style == "wu_u":
        return "无" if v == 0 else f"{num_text(v)}{unit}"
    if style == "yen":                    # ￥24,300.00 (text copied from a 财务 sheet)
        return f"￥{v:,.2f}"
    if style == "daxie":                  # 12300元（壹万贰仟叁佰元整）
        return f"{v}元（{daxie(v)}）"
    if style == "wan":                    # 0.8万元 / 4.63万元 (the cell's own unit)
        return "无" if v == 0 else f"{num_text(round(v / 10000, 4))}万元"
    if style == "sp":                     # a number typed as text with a trailing space
        return num_text(v) + " "
    if style == "gai":                    # 27（改）: a changed figure marked in the resend
        return f"{num_text(v)}（改）"
    if style == "dash0":                  # — for none
        return "—" if v == 0 else v
    raise ValueError(style)


if __name__ == "__main__":
    for n, want in [(12300, "壹万贰仟叁佰元整"), (10500, "壹万零伍佰元整"), (8060, "捌仟零陆拾元整"),
                    (20000, "贰万元整"), (100800, "壹拾万零捌佰元整"), (1005, "壹仟零伍元整"), (30050, "叁万零伍拾元整")]:
        got = daxie(n)
        print(n, got, "ok" if got == want else f"WANT {want}")
