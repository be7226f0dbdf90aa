"""How a clerk writes a community's name (one form per call), and a few shared bits."""
from cy_world import NAME, SHORT

JWH = {code: SHORT[code] + "社区居委会" for code in NAME}


def nm(code, form="sq"):
    s = SHORT[code]
    return {"short": s, "sq": s + "社区", "jwh": JWH[code], "reg": NAME[code],
            "bj": "北京市朝阳区潘家园街道" + JWH[code], "jd": "潘家园街道" + s + "社区",
            "bjsq": "北京市朝阳区" + s + "社区"}[form]


def pct(x, digits=2):
    return f"{x * 100:.{digits}f}%"


def yoy_text(W, code, month, ind):
    y = W.yoy(code, month, ind)
    if y is None:
        return "—"
    if abs(y) < 0.05:
        return "持平"
    return f"{y:+.1f}%"
