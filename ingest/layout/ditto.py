"""同上 (ditto) in a value cell: the figure of the cell above in the same column, the same stock
unchanged since the row before (社区工作者 9 | 同上 | 同上), where rows are months or communities of
one indicator column; where indicators go down the rows and months across, the figure of the month
before (同上月). A 同上 with no figure before it stays unreadable (reported)."""

from __future__ import annotations

from ingest.layout.model import Table
from ingest.layout.sheet import SheetState

DITTO = frozenset({"同上", "同上月", "同前", "〃", "\u3003", "″"})


class DittoCells(SheetState):
    def ditto(self, r: int, c: int, table: Table) -> str:
        """The text a 同上 at (r, c) stands for: the nearest figure above it in the column,
        through other 同上 cells, below the table's header; the cell's own text when there is none."""
        if table.indicators_as_rows:  # the row above is another indicator: the month before, if any
            return self.ditto_across(r, c, table)
        top = table.header_rows[-1] if table.header_rows else -1
        above = r - 1
        while above > top and self.text(above, c).strip() in DITTO:
            above -= 1
        text = self.text(above, c).strip() if above > top else ""
        return text if text and self.is_number(text) else self.text(r, c)

    def ditto_across(self, r: int, c: int, table: Table) -> str:
        """Indicators down the rows, months across: 同上月 is the figure of the month column to its
        left, through other 同上 cells; the cell's own text where the columns are no months."""
        def month_column(index: int) -> bool:
            col = table.columns.get(index)
            return col is not None and col.period is not None and col.period.grain == "month"
        if not month_column(c):
            return self.text(r, c)
        left = c - 1
        while month_column(left) and self.text(r, left).strip() in DITTO:
            left -= 1
        text = self.text(r, left).strip() if month_column(left) else ""
        return text if text and self.is_number(text) else self.text(r, c)
