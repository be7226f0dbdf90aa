"""What a clerk writes around a figure that is not part of it: a currency sign (￥41,500.00), a
correction mark (82（改）, 更正为51（原填48）, 680（原报620）, 49→51, 原35改为39) and an amount said
again in 大写 (22500元（贰万贰仟伍佰元整）); and an amount written in 大写 only (贰拾万元整).

The old figure of a correction is never a value: only the figure the clerk stands by is kept.
"""

from __future__ import annotations

import re

CURRENCY = re.compile(r"^[¥￥]\s*")
CORRECTED_TO = re.compile(r"^(?:更正为|更正后为?|修订为|修订后为?|改为|应为)[:：]?\s*")
# 49→51, 31800->33000: a figure changed in place, the old one before the arrow, the one that stands after;
# 20改23, 8改为7: the same overtyped with 改 (changed to) for the arrow.
CHANGED_FROM = re.compile(r"^[\d,，.]+\s*(?:→|->|⟶|=>|⇒|改为|改成|改)\s*(?=\d)")
# 原35改为39, 原53，改为56, 原填7现改为6: the old figure said first, then the one it was changed to, which stands.
ORIGINAL_THEN_CHANGED = re.compile(r"^原(?:填|报|为)?[:：]?\s*[\d,，.]+\s*[\u4e00-\u9fff]{0,2}?\s*[,，;；、]?\s*"
                                   r"(?:现|已|后)?(?:改为|改成|更正为|修改为|调整为)[:：]?\s*(?=\d)")
# 82(改), 82(已改), 82(更正): the figure was changed and stands; 51(原填48), 680(原报620): the old one goes.
CORRECTION_NOTE = re.compile(r"\s*[(（](?:已?改|已?更正|修改|原填|原报|原为|原)[^()（）]*[)）]$")
CAPITAL_DIGITS = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
                  "两": 2}
CAPITAL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
CAPITAL_SECTIONS = {"万": 10_000, "亿": 100_000_000}
CAPITAL_FRACTIONS = {"角": 0.1, "分": 0.01}
CAPITAL = re.compile(r"^(?:人民币)?(?=[零万亿]*[壹贰叁肆伍陆柒捌玖拾佰仟])[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元(?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?$")
# The same amount said again in 大写 after the figure: 22500元（贰万贰仟伍佰元整）.
CAPITAL_AGAIN = re.compile(r"\s*[(（](?:大写[:：]?)?(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+[)）]$")


def without_marks(text: str) -> str:
    """The figure a clerk stands by, without currency sign, correction note or 大写 repeat."""
    stripped = CURRENCY.sub("", text)
    stripped = CORRECTED_TO.sub("", stripped)
    stripped = CHANGED_FROM.sub("", stripped)
    stripped = ORIGINAL_THEN_CHANGED.sub("", stripped)
    stripped = CORRECTION_NOTE.sub("", stripped)
    stripped = CAPITAL_AGAIN.sub("", stripped)
    return stripped


def capital_amount(text: str) -> float | None:
    """贰拾万元整 → 200000, 壹万贰仟伍佰元伍角 → 12500.5; None for anything that is not a 大写 amount."""
    if not CAPITAL.match(text):
        return None
    body = text.removeprefix("人民币").removesuffix("整")
    whole, _, fraction = body.partition("元")
    total = section = 0
    digit = None
    for char in whole:
        if char in CAPITAL_DIGITS:
            digit = CAPITAL_DIGITS[char]
        elif char in CAPITAL_UNITS:
            section += (1 if digit is None else digit) * CAPITAL_UNITS[char]
            digit = None
        else:  # 万, 亿
            total += (section + (digit or 0)) * CAPITAL_SECTIONS[char]
            section, digit = 0, None
    total += section + (digit or 0)
    cents = sum(CAPITAL_DIGITS[fraction[i - 1]] * CAPITAL_FRACTIONS[ch]
                for i, ch in enumerate(fraction) if ch in CAPITAL_FRACTIONS and i > 0)
    return float(total) + round(cents, 2)
