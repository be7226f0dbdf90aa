"""同上 (ditto) in a value cell: the figure of the cell above in the same column, the same stock
unchanged since the row before (社区工作者 9 | 同上 | 同上). Only where rows are months or
communities of one indicator column; a 同上 with no figure above it stays unreadable (reported)."""

from __future__ import annotations

from ingest.layout.model import Table
from ingest.layout.sheet import SheetState

DITTO = frozenset({"同上", "同上月", "同前", "〃", "\u3003", "″"})


class DittoCells(SheetState):
    def ditto(self, r: int, c: int, table: Table) -> str:
        """The text a 同上 at (r, c) stands for: the nearest figure above it in the column,
        through other 同上 cells, below the table's header; the cell's own text when there is none."""
        if table.indicators_as_rows:
            return self.text(r, c)   # the row above is another indicator: nothing to repeat
        top = table.header_rows[-1] if table.header_rows else -1
        above = r - 1
        while above > top and self.text(above, c).strip() in DITTO:
            above -= 1
        text = self.text(above, c).strip() if above > top else ""
        return text if text and self.is_number(text) else self.text(r, c)
