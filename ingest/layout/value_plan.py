"""What each value column of a table contributes to every value it holds (its index, header text,
period and community), worked out once per table rather than once per cell: a sheet of a million
rows asks it a million times."""

from __future__ import annotations

from ingest.layout.model import Column
from ingest.layout.sheet import SheetState


class ValuePlan(SheetState):
    def value_indexes(self, value_cols: list[Column], columns: dict[int, Column]) -> set[int]:
        """The columns holding values, asked once per row: kept for the table's value columns
        (each table makes its own list of them)."""
        if self._value_cols is not value_cols:
            self._value_cols, self._value_indexes = value_cols, {col.index for col in value_cols}
            self._code_indexes = {c for c, col in columns.items() if col and col.kind == "community_code"}
            self._community_indexes = [c for c, col in columns.items()
                                       if col and col.kind in {"community_name", "community_code"}]
            self._carried_indexes = [c for c, col in columns.items() if col and col.index not in self._value_indexes
                                     and col.kind in {"community_name", "community_code", "period"}]
            # What each value column contributes to every value it holds, worked out once:
            # (index, column, header text, period, period text, community code, community text, method)
            self._value_plan = [
                (col.index, col, " / ".join(col.levels),
                 *((col.period, next((t for t in reversed(col.levels) if self.cell_period(t)), col.levels[-1]))
                   if col.period else (None, None)),
                 *((col.community_code, col.levels[-1], "header") if col.kind == "community" else (None, None, None)))
                for col in value_cols
            ]
        return self._value_indexes
