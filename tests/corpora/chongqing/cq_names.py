"""Name forms of the 石油路街道 communities as clerks write them."""
from cq_world import NAME

TRAD = {"煤建新村": "煤建新村", "金银湾": "金銀灣", "民乐村": "民樂村", "虎头岩": "虎頭岩", "石油路": "石油路",
        "新影村": "新影村", "彭家花园": "彭家花園", "河运路": "河運路", "黄荆湾": "黃荊灣", "茶亭北路": "茶亭北路"}


def nm(code, form="short"):
    n = NAME[code]
    return {"short": n, "sq": n + "社区", "jwh": n + "社区居委会", "reg": n + "社区居民委员会",
            "full": "重庆市渝中区石油路街道" + n + "社区居民委员会", "party": n + "社区党委",
            "street": "石油路街道" + n + "社区", "trad": TRAD[n] + "社區"}[form]
