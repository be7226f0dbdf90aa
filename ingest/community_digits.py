"""Numbered names written with a digit: 「3马路」「1马路社区」 for 三马路社区, 「2组」 for 二组.

Roads and groups counted in Chinese numerals (一马路, 二马路, 三马路) are often typed with the digit
key. Read each lone digit as its numeral and accept the result only when it is a community's own
registry name (by name, normalized name or alias) — never a near spelling: 3马路 sits one character
from 一马路 and 二马路 as much as from 三马路.
"""

from __future__ import annotations

import re

LONE_DIGIT = re.compile(r"(?<![0-9０-９])[1-9](?![0-9０-９])")
NUMERALS = "一二三四五六七八九"
EXACT = frozenset({"name", "normalized", "alias"})


def digits_as_numerals(text: str) -> str | None:
    """「3马路」 → 「三马路」; None when ``text`` has no lone digit beside a Chinese character."""
    if not re.search(r"(?<![0-9])[1-9](?=[\u4e00-\u9fff])", text):
        return None
    return LONE_DIGIT.sub(lambda found: NUMERALS[int(found.group()) - 1], text)
