"""Indicators down the rows, grouped by a heading row that holds no figure, the group shown by the
item number: 4 城市低保 over 4.1 户数 | 4.2 人数. A leaf says what its group counts, as a group heading
over columns does: 户数 under 城市低保 is 低保户数, not 常住户数. A parent row that holds a figure of
its own (2.1 受理 over 2.1.1 12345转办) is a line, not a group: it is not added (its items stay what
they say). Indentation shows the group as the number does: 城市低保 over 「　　户数」 (the readers note
which texts were typed after leading spaces)."""

from __future__ import annotations

import re

from ingest.layout.model import Table
from ingest.layout.sheet import SheetState

OUTLINE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}$")   # 4.1, 1.2.1: an item under item 4, 1.2


class OutlineRows(SheetState):
    def group_rows_above(self, table: Table, r: int, value_indexes: set[int]) -> list[str]:
        """The labels of the figure-less group rows row r sits under, outermost first."""
        names = [c for c, col in table.columns.items() if col.kind == "indicator_name"]
        if not names:
            return []
        name = names[0]
        top = max(table.header_rows, default=-1)
        seq = next((c for c, col in table.columns.items() if col.kind == "seq"), None)
        number = self.text(r, seq).strip() if seq is not None else ""
        parents: list[int] = []
        prefix = number if OUTLINE.match(number) else ""
        while "." in prefix:
            prefix = prefix.rsplit(".", 1)[0]
            above = next((a for a in range(r - 1, top, -1) if self.text(a, seq).strip() in (prefix, f"{prefix}.0")), None)
            if above is not None:
                parents.insert(0, above)
        if not parents and self.text(r, name).strip() in self.grid.indented_texts:
            return self.heading_above_indented(r, name, top, value_indexes)
        if not parents and seq is not None and not number:
            return self.label_begun_above(r, name, seq, top, value_indexes)
        return [self.text(a, name).strip() for a in parents
                if self.text(a, name).strip() and not any(self.text(a, c).strip() for c in value_indexes)]

    def heading_above_indented(self, r: int, name: int, top: int, value_indexes: set[int]) -> list[str]:
        """城市低保 (no figure) over 「　　户数」 | 23: the nearest label above that is not indented is
        the group, when it holds no figure (受理诉求 | 50 over 「　　已办结」 is a line, not a group)."""
        indented = self.grid.indented_texts
        above = next((a for a in range(r - 1, top, -1)
                      if self.text(a, name).strip() and self.text(a, name).strip() not in indented), None)
        if above is None or any(self.text(above, c).strip() for c in value_indexes):
            return []
        return [self.text(above, name).strip()]

    def label_begun_above(self, r: int, name: int, seq: int, top: int, value_indexes: set[int]) -> list[str]:
        """（一） | 受理居民群众反映的各类 | (no figure) over  | 诉求（件） | 76: one label typed over two
        rows without a merge — the row without an item number of its own ends the one above. Only
        when its own words name no indicator for sure."""
        above = r - 1
        if above <= top or not self.text(above, seq).strip() or not self.text(above, name).strip() \
                or any(self.text(above, c).strip() for c in value_indexes) \
                or self.catalog.match_indicator([self.text(r, name)]) is not None:
            return []
        return [self.text(above, name).strip()]
