"""A table of indicators as rows, each community taking several rows (社区 | 项目 | 本月 with 户数 / 人数),
beside a column whose header names an indicator of its own (当月发放金额) with one figure merged down
over the community's rows: that figure is the column's indicator for the community and month its rows
are read for — one amount for the community, not a figure of the 户数 row nor of the 人数 row.

Only a cell merged down over rows of one community and one month that loaded values of other
indicators; a figure in that column on each row (whose row would it be?) stays as it was read.
"""

from __future__ import annotations

from ingest.layout.model import ExtractedValue, Table, cell_ref
from ingest.layout.sheet import SheetState
from ingest.values import parse_value


class MergedRowAmounts(SheetState):
    def merged_row_amounts(self, table: Table, data_rows: list[int]) -> None:
        """Each figure of an indicator column merged down over one community's rows, as that
        community's figure of the column's indicator."""
        if not table.indicators_as_rows:
            return
        rows = set(data_rows)
        for col in table.columns.values():
            if col.kind != "indicator" or not col.indicator_code:
                continue
            for r0, c0, r1, c1 in self.grid.merged:
                if c0 == c1 == col.index and r1 > r0 and r0 in rows:
                    self.merged_amount(table, r0, r1, col.index, col.indicator_code, col.multiplier)

    def merged_amount(self, table: Table, r0: int, r1: int, c: int, indicator: str, multiplier: float) -> None:
        """The figure at (r0, c), merged over rows r0..r1, when those rows loaded values of one
        community and one month (in this table's columns) and none of ``indicator``."""
        below = [value for value in self.out.values if r0 <= value.row_index <= r1 and value.col_index in table.columns]
        if not below or len({(v.community_code, v.period.period) for v in below}) != 1 \
                or any(v.indicator_code == indicator for v in below) or self.role(r0, c) == "value":
            return
        raw = self.text(r0, c)
        parsed = parse_value(raw)
        if parsed.status != "number":
            return
        first = below[0]
        key = (first.community_code, indicator, first.period.period, False)
        if key in self.seen:
            return
        value = parsed.value if parsed.has_magnitude else parsed.value * multiplier
        ref = cell_ref(r0, c)
        self.seen[key] = (value, ref)
        self.set_role(r0, c, "value")
        self.out.values.append(ExtractedValue(
            self.grid.name, ref, r0, c, " / ".join(table.columns[c].levels), first.community_text, first.community_code,
            first.community_match, first.period_text, first.period, indicator, value, False,
            parsed.is_approximate, raw))
