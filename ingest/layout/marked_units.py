"""A unit said only in a footnote the label points to: 低保金※ over the figures and, under the
table, 「※低保金单位：万元（保留两位小数）」; or 创业担保贷款※ beside an empty 单位 cell and
「※金额单位：万元」 below. The marked amounts are in that unit (1.62 is 16,200 元), as a reader
follows the mark to its note. Only amounts (the catalogue counts them in 元) take it: a count is
never in 万元, and a mark whose note says no unit changes nothing."""

from __future__ import annotations

import re

from ingest.chinese_text import simplify
from ingest.headers import UNIT_MULTIPLIERS
from ingest.layout.sheet import SheetState

MARK = r"(?:[*＊※▲△#＃†‡]+|[①-⑳])"
# 低保金※, 创业担保贷款①, 低保金※（2023年4月）: a label that ends on a mark, maybe before a bracket
# of its month (the figure's own marks are values.py's)
MARKED_LABEL = re.compile(rf"(?<=[\u4e00-\u9fff)）])\s*(?P<mark>{MARK})\s*(?:[(（][^()（）]*[)）]\s*)*$")
# 低保金※（元）: the label says its unit itself — the note does not override what the header says
OWN_AMOUNT_UNIT = re.compile(r"[(（][^()（）]*元[^()（）]*[)）]")
# ※低保金单位：万元…, ※注：金额单位：万元, ①单位为万元: the note a mark points to, at the start of its line
MARKED_NOTE = re.compile(rf"^\s*(?P<mark>{MARK})\s*(?:注\s*[:：])?\s*(?P<body>.+)$")
NOTE_UNIT = re.compile(r"(?:金额)?单位\s*(?:为|是)?\s*[:：]?\s*(?P<unit>万元|千元|亿元)")


class MarkedUnits(SheetState):
    """Amount units said in the sheet's marked footnotes."""

    _marked_notes: dict[str, tuple[str, str]] | None = None   # mark → (what the note names, unit)

    def marked_notes(self) -> dict[str, tuple[str, str]]:
        """The sheet's notes that begin with a mark and say an amount unit: {「※」: (「低保金」, 「万元」)}."""
        if self._marked_notes is None:
            notes: dict[str, tuple[str, str]] = {}
            for row in self.rows:
                for text in row:
                    found = MARKED_NOTE.match(text) if text else None
                    body = simplify(found["body"]) if found else ""   # ※金額單位：萬元 as written in 繁体
                    unit = NOTE_UNIT.search(body) if found else None
                    if found and unit:
                        notes.setdefault(found["mark"], (body[:unit.start()].strip(), unit["unit"]))
            self._marked_notes = notes
        return self._marked_notes

    def marked_multiplier(self, levels: list[str], indicator_code: str) -> float:
        """The multiplier of an amount whose label carries a mark (低保金※) that a note of the sheet
        resolves to a unit (※金额单位：万元 → 10,000); 1 when there is no such mark, note or amount.
        A note naming something (※慰问金单位：万元) holds only for the indicator it names."""
        if not levels or self.catalog.indicator_units.get(indicator_code) != "元" \
                or any(OWN_AMOUNT_UNIT.search(level) for level in levels):
            return 1.0
        # the mark on the label, or on its group over 本月数 | 累计 (低保金※ / 本月数)
        marked = next((found for level in reversed(levels) if (found := MARKED_LABEL.search(level))), None)
        note = self.marked_notes().get(marked["mark"]) if marked else None
        if note is None:
            return 1.0
        said, unit = note
        if said:
            named = self.catalog.match_indicator([said])
            if named is None or named.indicator_code != indicator_code:
                return 1.0
        return UNIT_MULTIPLIERS[unit]
