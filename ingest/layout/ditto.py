"""「同上」 and 「〃」 in a value cell: the figure of the cell above it, as a clerk's ledger says when a
stock did not change since the row above (12月 under 2025年11月). The mark is followed up the column
through other marks to the figure; anything else there (a header, a word) leaves the mark as it is
— an unreadable value, reported, never a guess."""

from __future__ import annotations

from ingest.layout.sheet import SheetState
from ingest.values import parse_value

DITTO_MARKS = frozenset({"同上", "〃", "同上月", "″", "同前"})


class DittoMarks(SheetState):
    def ditto_figure(self, r: int, c: int, text: str) -> str:
        """The text to read for the value cell (r, c): the figure above a ditto mark, else ``text``."""
        if text.strip() not in DITTO_MARKS:
            return text
        for above in range(r - 1, -1, -1):
            written = self.text(above, c).strip()
            if written in DITTO_MARKS:
                continue
            return written if parse_value(written).status == "number" else text
        return text
