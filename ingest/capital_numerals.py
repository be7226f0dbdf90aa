"""Months written in the capital numerals of formal and financial documents (大写数字).

A clerk who writes a report's title the way a voucher is written puts 「拾贰月份」, 「贰月」 or
「第叁季度」: the same month as 十二月 / 二月 / 第三季度. Only a run of capital numerals right before
月 or 季 is rewritten, so a capital amount elsewhere (「人民币壹万元」) stays as written.
"""

from __future__ import annotations

import re

CAPITAL_DIGITS = str.maketrans("壹贰貳叁參叄肆伍陆陸柒捌玖拾", "一二二三三三四五六六七八九十")
CAPITAL_MONTH = re.compile(r"[壹贰貳叁參叄肆伍陆陸柒捌玖拾]{1,3}(?=\s*(?:月|季))")


def capital_month_words(text: str) -> str:
    """``text`` with 拾壹月 / 叁季度 written in ordinary numerals (十一月 / 三季度), the rest untouched."""
    if not CAPITAL_MONTH.search(text):
        return text
    return CAPITAL_MONTH.sub(lambda found: found.group().translate(CAPITAL_DIGITS), text)
