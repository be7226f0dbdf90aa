"""A unit said only in a note under the table, no mark pointing to it, when the amounts run along a
ROW (项目 | 合计 | 社区… with 「本月发放低保金」 over 1.48, 0.85 … and below 「注：本月低保金单位：万元（保留4位
小数）」). Columns of amounts already take such a note (context.py ``amount_unit_of_columns``); a row
is read the same way: a note naming the row's indicator, or naming nothing (注：金额单位：万元), puts
its amounts in that unit (1.48 is 14,800 元). A note naming something else (注：慰问金单位：万元) does
not; nor do two notes naming two units (no guess which holds). Counts are never in 万元, and a
label that says its own unit (低保金（元）) keeps it."""

from __future__ import annotations

from ingest.headers import UNIT_MULTIPLIERS
from ingest.layout.marked_units import MarkedUnits


class NotedUnits(MarkedUnits):
    """Amount units of a row said in an unmarked note of the sheet."""

    def row_amount_multiplier(self, levels: list[str], indicator_code: str) -> float:
        """The multiplier of a row of amounts: its label's mark resolved by a note (marked_units.py),
        else an unmarked note of the sheet saying the unit of this indicator or of all amounts."""
        marked = self.marked_multiplier(levels, indicator_code)
        if marked != 1 or self.catalog.indicator_units.get(indicator_code) != "元" \
                or any("元" in level for level in levels):
            return marked
        units = {unit for named, unit in self.noted_amount_units() if named in ("", indicator_code)}
        return UNIT_MULTIPLIERS[units.pop()] if len(units) == 1 else 1.0

    def noted_amount_units(self) -> list[tuple[str, str]]:
        """(indicator the note names, or '' for all amounts; unit) of each 注：… line of the sheet that
        says an amount unit; a note naming what no indicator is gives ('?', unit): it holds for none."""
        from ingest.layout.context import NOTE_START, amount_unit_said   # context imports this module
        found = []
        for row in self.rows:
            for text in row:
                said = amount_unit_said(text) if text and NOTE_START.match(text) else None
                if said is None:
                    continue
                words = NOTE_START.sub("", text[:said[0]]).removesuffix("金额").strip()
                named = self.catalog.match_indicator([words]) if words else None
                found.append(("" if not words else named.indicator_code if named else "?", said[1]))
        return found
