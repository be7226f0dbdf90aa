"""Korean words that carry a period or a total, read as their Chinese: 2026년 1월 is 2026年1月,
a column 「합계」 is 合计.

Offices in the Korean autonomous areas (延边) write months and years in Hangul beside Chinese:
a sheet 「2026년2월」, a column 「10월」, a title 「2025年10-12월」. Only a 년/월/일 right after a
digit is a date word: the same syllables inside a name (원월, a community's Korean reading) stay.
A heading that is only a Korean word for a total (합계, 소계, 총계, 누계) is that total, not a
translation to drop: dropped, it left an unheaded column of figures read as the month's values.
"""
from __future__ import annotations

import re

_DATE_WORDS = {"년": "年", "월": "月", "일": "日"}
_AFTER_DIGIT = re.compile(r"(?<=\d)\s*([년월일])")
TOTAL_WORDS = {"합계": "合计", "소계": "小计", "총계": "总计", "누계": "累计"}


def hangul_date_words(text: str) -> str:
    """``text`` with 년/월/일 after a digit written as 年/月/日 (other Hangul untouched)."""
    if not any(word in text for word in _DATE_WORDS):
        return text
    return _AFTER_DIGIT.sub(lambda found: _DATE_WORDS[found.group(1)], text)


def korean_as_chinese(text: str) -> str:
    """A cell's Korean period words as Chinese, and a cell that is a Korean total word alone as
    the Chinese total (「 합계 」 → 合计); other Korean stays for the translation reader."""
    return TOTAL_WORDS.get(text.strip(), hangul_date_words(text))
