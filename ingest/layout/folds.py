"""A table folded across the page to fit it: 序号 | 社区 | 新增岗位 | 实现就业, a blank column, then
序号 | 社区 | 新增岗位 | 实现就业 again — communities 1–7 on the left, 8–13 on the right, under the same
headers, the 合计 row only under the right half. Each copy is read as a table of its own
(``TableFinder.side_by_side``); the same header in two copies is one figure of other rows, and the
合计 under the last copy counts every copy."""

from __future__ import annotations

from ingest.layout.model import Column
from ingest.layout.sheet import SheetState


def fold_of(columns: dict[int, Column]) -> dict[int, int]:
    """Which copy of a folded table each column is in: every community (or item) column after the
    first starts the next copy (adjacent label columns, 分类 | 项目, are one). Not folded: {}."""
    for kinds in (("community_name", "community_code"), ("indicator_name",)):
        starts = sorted(c for c, col in columns.items() if col.kind in kinds)
        starts = [c for c in starts if c == starts[0] or c - 1 not in starts]
        if len(starts) >= 2:
            return {c: sum(c >= start for start in starts[1:]) for c in columns}
    return {}


class FoldedTables(SheetState):
    _fold_columns: dict[int, Column] = {}   # every copy's columns, while a folded table is read

    def carried_from_folds(self, columns: dict[int, Column], data_rows: list[int],
                           span: range | None) -> dict[int, list[float]]:
        """For each value column of this copy, the figures loaded under the same header in the
        copies left of it (same rows): the 合计 under the right half adds them too."""
        if span is None or not self._fold_columns:
            return {}
        rows = set(data_rows)
        carried: dict[int, list[float]] = {}
        for col in columns.values():
            if not col.levels:
                continue
            earlier = {c for c, other in self._fold_columns.items()
                       if c < span.start and other.levels == col.levels}
            found = [v.value for v in self.out.values
                     if v.sheet == self.grid.name and v.col_index in earlier and v.row_index in rows]
            if found:
                carried[col.index] = found
        return carried
