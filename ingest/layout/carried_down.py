"""A long table's community (or month) written only on its block's first row: 社区 | 指标 | 数值 with
「福华社区居委会」 over five blank cells, then 「福安社区居委会」 over five more — blank means the same as
above, as a merged cell would. Read only when the table says so plainly: every block starts with
a written cell, the first data row has one, and no indicator comes twice within a block (a second
受理 under one community would be another community's row whose name was lost)."""

from __future__ import annotations

from ingest.layout.model import Table
from ingest.layout.sheet import SheetState

CARRIED_KINDS = ("community_name", "community_code", "period")


class CarriedDown(SheetState):
    def carry_blank_labels(self, table: Table, data_rows: list[int]) -> None:
        """Blank cells of a long table's community or period column read as merged with the written
        cell above them (``merge_origin``), where every block they make holds each indicator once."""
        names = [c for c, col in table.columns.items() if col.kind == "indicator_name"]
        values = [c for c, col in table.columns.items() if col.kind in {"current_value", "indicator"}]
        if not table.indicators_as_rows or not names or not values:
            return
        rows = [r for r in data_rows if any(self.text(r, c).strip() for c in values)
                and any(self.text(r, c).strip() for c in names)]
        for c, col in table.columns.items():
            if col.kind in CARRIED_KINDS:
                self.carry_column(c, rows, names[-1])

    def carry_column(self, c: int, rows: list[int], name: int) -> None:
        if not rows or not self.text(rows[0], c).strip() or (rows[0], c) in self.merge_origin:
            return
        blocks: list[list[int]] = []
        for r in rows:
            if self.text(r, c).strip() or (r, c) in self.merge_origin:
                blocks.append([r])
            else:
                blocks[-1].append(r)
        if all(len(block) == 1 for block in blocks):
            return  # written on every row: nothing to carry
        for block in blocks:
            items = [self.text(r, name).strip() for r in block]
            if len(set(items)) < len(items):
                return  # an indicator twice under one written cell: not a block of one community
        for block in blocks:
            for r in block[1:]:
                self.merge_origin[(r, c)] = self.merge_origin.get((block[0], c), (block[0], c))
