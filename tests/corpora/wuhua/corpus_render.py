"""How a clerk writes a number: the cell content for a value and a style.

Every style reads back as exactly the value (approximate styles need a value the world has rounded).
"""
import zhconv

_FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def _g(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:.10g}" if isinstance(x, float) else str(x)


def render(v, style="n", unit=""):
    if style == "n":
        return v
    if style == "t":                      # a number typed as text
        return _g(v)
    if style == "c":                      # "12,345" as text
        return f"{v:,}" if isinstance(v, int) else _g(v)
    if style == "fw":                     # full-width digits
        return _g(v).translate(_FW)
    if style == "fwc":                    # full-width with a full-width comma
        return f"{v:,}".translate(_FW)
    if style == "cu":                     # "1,234人" / "15件": thousands comma and the unit glued on
        return (f"{v:,}" if isinstance(v, int) else _g(v)) + unit
    if style == "u":                      # unit glued on: "15件"
        return _g(v) + unit
    if style == "yue":                    # "约50"
        return "约" + _g(v) + unit
    if style == "yu":                     # "30余" / "200余件"
        return _g(v) + "余" + unit
    if style == "wan":                    # "23万元" / "1.3万人"
        return _g(round(v / 10000, 6)) + "万" + unit
    if style == "qianyu":                 # "3千余"
        assert v % 1000 == 0, v
        return _g(v // 1000) + "千余" + unit
    if style == "wu":                     # 无 for none, else the number
        return "无" if v == 0 else v
    if style == "wut":                    # 无 for none, else text
        return "无" if v == 0 else _g(v)
    if style == "sp":                     # text with a trailing space (typed by hand)
        return _g(v) + " "
    raise ValueError(style)


def trad(s):
    return zhconv.convert(s, "zh-hant")
