"""How a clerk writes a number. Each function returns what goes into the cell (a number or a text); the truth
is always the world's value in the catalogue's unit."""

FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def comma(v):
    """'12,345' as text."""
    return f"{v:,}"


def fullwidth(v, sep=False):
    """'１２３' or, with sep, '１２，３４５'."""
    return (f"{v:,}" if sep else str(v)).translate(FW)


def glued(v, unit):
    """'35宗', '12人'."""
    return f"{v}{unit}"


def trailing(v, n=1):
    """A number stored as text with trailing spaces (pasted from WPS)."""
    return f"{v}" + " " * n


def approx(v, style="约"):
    """'约450', '450余', '450多' — only for values a clerk rounds (multiples of 10)."""
    assert v % 10 == 0 and v > 0, v
    return f"约{v}" if style == "约" else f"{v}{style}"


def decimal_text(v):
    """A count written '3.0' (a column that was formatted 0.0 once, pasted as text)."""
    return f"{v:.1f}"


def as_float(v):
    """A count stored as the number 3.0 (shown with a 0.0 format)."""
    return float(v)


def zero_word(v, word="无"):
    return word if v == 0 else v


def qianyuan(v_yuan):
    """元 → 千元 as a number: 38,650 元 → 38.65."""
    x = v_yuan / 1000
    return int(x) if x == int(x) else round(x, 3)


def wanyuan(v_yuan):
    x = v_yuan / 10000
    return int(x) if x == int(x) else round(x, 4)


def wan_text(v_yuan):
    """'25万元' / '2.3万元' (only round amounts)."""
    x = wanyuan(v_yuan)
    return f"{x}万元"


def pct_text(num, den, digits=1):
    return "—" if not den else f"{100.0 * num / den:.{digits}f}%"


def pct_share(num, den):
    return 0 if not den else round(num / den, 4)


def change_text(cur, prev):
    """环比/同比 as a clerk writes it: '+12.5%', '-3.0%', '持平'."""
    if prev == 0:
        return "—" if cur == 0 else "新增"
    d = 100.0 * (cur - prev) / prev
    if abs(d) < 0.05:
        return "持平"
    return f"{d:+.1f}%"


def arrow(cur, prev):
    if cur == prev:
        return "持平"
    return f"↑{cur - prev}" if cur > prev else f"↓{prev - cur}"


def cn_numeral(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
