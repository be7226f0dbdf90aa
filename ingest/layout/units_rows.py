"""A row of units under (or above) a table's headers: （件） | （起） | 人 …, and at most its label 单位 —
most of them units the values know, the rest measure words of one or two characters (（栋）, （辆））,
or a bare 万 over an amount. Each unit goes in brackets after the header it stands under."""

from __future__ import annotations

import re

from ingest.chinese_text import simplify
from ingest.headers import structural_kind
from ingest.layout.group_leaves import GroupLeaves
from ingest.values import UNIT_AND_ALIAS, UNIT_WORDS, is_unit_word

BARE_MAGNITUDES = frozenset({"万", "千", "亿"})
# One unit, bracketed or not: （件）, (人), 人次, 元, 万元, 人/次.
UNIT_TEXT = re.compile(r"[(（]?([\u4e00-\u9fff](?:/?[\u4e00-\u9fff])?)[)）]?")
# A period in brackets at a header's end: 受理数（3月）, 办结(2026年3月).
# 单位→, 单位：, 单位>>: the row's label pointing along the row at the units it heads
POINTING = re.compile(r"\s*(?:[→⇒➡➔>＞:：]|-+>)+\s*$")
GLUED_SUFFIX = re.compile(r"[(（]([^()（）]*[月度年份])[)）]\s*$")


def one_unit(text: str) -> str:
    """The unit a units row's cell says: 件 of （件）, and of 件（份） (a count word with its other name)."""
    both = UNIT_AND_ALIAS.fullmatch(text.strip())
    return both.group(1) if both is not None and is_unit_word(text) else text.strip().strip("（）()")


def with_unit(header: str, unit: str) -> str:
    """The header with the unit written under it, in brackets, before a month glued to its end
    (常住户数（3月） over （户）: 常住户数（户）（3月））."""
    unit = f"（{one_unit(unit)}）"
    glued = GLUED_SUFFIX.search(header)
    return header[:glued.start()] + unit + header[glued.start():] if glued else header.rstrip() + unit


class UnitsRows(GroupLeaves):
    """Which rows of a block are rows of units."""

    def units_row(self, r: int) -> bool:
        """A row of units under the headers: （件） | （起） | 人 …, and at most its label 单位; most of
        them units the values know, the rest measure words of one or two characters (（栋）, （辆）)."""
        cells = [text for c in self.nonempty(r)
                 if structural_kind([text := POINTING.sub("", simplify(self.text(r, c)))]) != "unit"]
        units = [text.strip("（）()") if text.strip("（）()") in BARE_MAGNITUDES   # 万 alone over an amount: 万元
                 else inner.group(1).replace("/", "") if (inner := UNIT_TEXT.fullmatch(text)) is not None
                 else one_unit(text) if is_unit_word(text) else None for text in cells]
        if len(cells) == 1 and units[0] in UNIT_WORDS:
            return self.lone_unit(r)
        return len(cells) >= 2 and None not in units and all(len(unit) <= 2 for unit in units) \
            and sum(unit in UNIT_WORDS or unit in BARE_MAGNITUDES for unit in units) * 2 > len(units)  # type: ignore[operator]

    def lone_unit(self, r: int) -> bool:
        """（人） alone under 低保人数 beside 低保金※ (whose unit a footnote gives): a units row of one unit,
        under a header and over a figure in its column."""
        c = next(c for c in self.nonempty(r) if structural_kind([POINTING.sub("", simplify(self.text(r, c)))]) != "unit")
        above, below = self.text(r - 1, c).strip() if r else "", self.text(r + 1, c)
        return bool(above) and not self.is_number(above) and UNIT_TEXT.fullmatch(above) is None and self.is_number(below)
