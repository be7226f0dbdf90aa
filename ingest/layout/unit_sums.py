"""One community's figures given only per 网格 (第1网格 … 第5网格) with no 社区合计 row: when a note
says these rows are all the grids (以上为全部网格数据), the community's figure is their sum, kept
on the first grid's cell. Without such a note a later grid's figure stays a duplicate problem:
grids left out would make the sum wrong, and missing is better than wrong.
"""

from __future__ import annotations

import re

from ingest.layout.sheet import SheetState
from ingest.values import to_halfwidth

UNIT_LABEL = re.compile(r"^(?:第?[\d一二三四五六七八九十]+(?:号)?网格|网格[\d一二三四五六七八九十]+)$")
ALL_UNITS = re.compile(r"以上为?(?:本社区)?(?:全部|所有)网格|(?:全部|所有)网格(?:的)?数据|网格全覆盖")


class UnitSums(SheetState):
    def _all_units_noted(self) -> bool:
        cached = getattr(self, "_units_noted", None)
        if cached is None:
            cached = any(ALL_UNITS.search(text) for row in self.rows for text in row if "网格" in text)
            self._units_noted = cached
        return cached

    def is_unit_row(self, r: int, value_indexes: set[int]) -> bool:
        """A row labelled by a grid of the community (第1网格, 网格3, 2号网格)."""
        return any(UNIT_LABEL.match("".join(to_halfwidth(self.text(r, c)).split()))
                   for c in self.nonempty(r) if c not in value_indexes)

    def adds_unit(self, earlier: tuple[float, str], value: float, r: int, value_indexes: set[int]) -> bool:
        """Add this grid's figure to the one kept on the first grid's cell; False when the rows are
        no grids of one community, or no note says they are all of them."""
        if not self._all_units_noted() or not self.is_unit_row(r, value_indexes):
            return False
        sheet = self.grid.name
        old = next((v for v in self.out.values if v.sheet == sheet and v.cell_ref == earlier[1]), None)
        if old is None or not self.is_unit_row(old.row_index, value_indexes):
            return False
        total = old.value + value
        self.out.values[self.out.values.index(old)] = old._replace(value=total)
        key = (old.community_code, old.indicator_code, old.period.period, old.is_cumulative)
        self.seen[key] = (total, old.cell_ref)
        return True
