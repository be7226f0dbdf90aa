"""How a clerk writes a number, a name or a month. Every form here reads back as exactly the figure given
(approximate forms are only used when the figure is itself round), so truth is the figure."""
import zhconv

FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
CN_NUM = "〇一二三四五六七八九十"


def cn_seq(i):
    """1 → 一, 12 → 十二: 序号 in Chinese numerals."""
    if i <= 10:
        return CN_NUM[i] if i < 10 else "十"
    if i < 20:
        return "十" + CN_NUM[i - 10]
    t, u = divmod(i, 10)
    return CN_NUM[t] + "十" + (CN_NUM[u] if u else "")


def cn_month(m):
    return cn_seq(m) + "月份"


def thousands(v):
    return f"{v:,}"


def fullwidth(v, sep=False):
    return (f"{v:,}" if sep else str(v)).translate(FW)


def trailing(v):
    """A number stored as text with trailing spaces (pasted from the 系统)."""
    return f"{v}  "


def glued(v, unit):
    return f"{v}{unit}"


def wan(yuan):
    """元 → a number of 万元 as a clerk types it (at most 4 decimals)."""
    x = round(yuan / 10000.0, 4)
    return int(x) if float(x).is_integer() else x


def wan_text(yuan):
    x = wan(yuan)
    return f"{x}万元"


def can_approx(v):
    return v >= 20 and v % 10 == 0


def approx(v, rng):
    """约50 / 50余 / 50多 when the figure is round, else the figure."""
    if not can_approx(v):
        return v
    return rng.choice([f"约{v}", f"{v}余", f"{v}多"])


def messy(v, rng, unit=None, allow_text=True, zero_word=True):
    """One cell as a clerk of a tidy-ish form writes it: mostly the number, sometimes text."""
    if v == 0 and zero_word and rng.random() < 0.5:
        return "无"
    if not allow_text:
        return v
    x = rng.random()
    if x < 0.08 and can_approx(v) and v < 1000:
        return approx(v, rng)
    if x < 0.14 and unit:
        return glued(v, unit)
    if x < 0.19:
        return fullwidth(v, sep=v >= 1000)
    if x < 0.24 and v >= 1000:
        return thousands(v)
    if x < 0.28:
        return trailing(v)
    return v


def trad(s):
    return zhconv.convert(s, "zh-tw")


def ym(period):
    y, m = period.split("-")
    return int(y), int(m)


def period_cn(period):
    y, m = ym(period)
    return f"{y}年{m}月"


def period_short(period):
    y, m = ym(period)
    return f"{y % 100}年{m}月"


def period_dot(period):
    y, m = ym(period)
    return f"{y}.{m}"
