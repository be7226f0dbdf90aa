"""Shared bits of the 白云街道 files: names as the clerks write them, footers, outside figures."""
from nb_world import BY, COMMS, NAME

FULL_PARTY = "中共宁波市海曙区白云街道{}社区委员会"


def cname(code, form="s"):
    """s: 「云乐社区」 (曙悦 is 「曙悦社区（筹）」 on the street's lists); b: bare 「云乐」; j: 「云乐社区居委会」."""
    s = NAME[code]
    if form == "b":
        return s
    if form == "j":
        return s + "社区居委会"
    return s + "社区" + ("（筹）" if s == "曙悦" else "")


def codes():
    return [c for _, c, _ in COMMS]


def outside(code, m, salt, lo, hi):
    """A deterministic figure outside the catalogue (消防检查, 网格数, 服务时长 …)."""
    h = sum(ord(ch) * (i + 3) for i, ch in enumerate(code + m + salt))
    return lo + h % (hi - lo + 1)


def footer(sh, r, who, phone, date, c=0):
    sh.put(r, c, f"填表人：{who}　　审核人：{'王' if who[0] != '王' else '陈'}主任　　联系电话：{phone}　　填报日期：{date}")


__all__ = ["BY", "cname", "codes", "outside", "footer", "FULL_PARTY"]
