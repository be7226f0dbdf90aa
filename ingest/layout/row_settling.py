"""Settling a row's indicator by the rows around it, as ``column_settling`` does for columns: in a
table of indicators as rows, a label two indicators fit equally well (城镇新增就业: 新增就业岗位 or
实现就业?) is the one no other row of the table already names (新增就业岗位 two rows above)."""

from __future__ import annotations

from ingest.headers import IndicatorMatch
from ingest.layout.model import Table
from ingest.layout.outline import OUTLINE
from ingest.layout.sheet import SheetState


class RowSettler(SheetState):
    _rows_held: set[str] = set()   # the indicators the current table's rows name plainly

    def hold_rows(self, table: Table, data_rows: list[int]) -> None:
        """What the table's row labels name plainly, each on its own (only for indicators as rows)."""
        labels = [c for c, col in table.columns.items() if col.kind == "indicator_name"]
        held: set[str] = set()
        if table.indicators_as_rows:
            for text in {self.text(r, c).strip() for r in data_rows for c in labels}:
                found = self.catalog.match_indicator([text]) if text else None
                if found is not None:
                    held.add(found.indicator_code)
        self._rows_held = held

    def row_by_elimination(self, levels: list[str], table: Table, r: int) -> IndicatorMatch | None:
        """The label's reading once the table's other rows have taken theirs (``by_elimination``).
        Not for an item numbered under another (2.1.1 12345转办 under 2.1 受理): a part of that line."""
        seq = next((c for c, col in table.columns.items() if col.kind == "seq"), None)
        if not self._rows_held or not levels or (seq is not None and OUTLINE.match(self.text(r, seq).strip())):
            return None
        return self.catalog.by_elimination(levels, self._rows_held)
