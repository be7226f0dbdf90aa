"""Settling a row's indicator by the rows around it, as ``column_settling`` does for columns: in a
table of indicators as rows, a label two indicators fit equally well (城镇新增就业: 新增就业岗位 or
实现就业?) is the one no other row of the table already names (新增就业岗位 two rows above)."""

from __future__ import annotations

import re

from ingest.headers import SUBCOLUMN, IndicatorMatch
from ingest.layout.code_legend import is_code_row
from ingest.chinese_text import simplify
from ingest.layout.model import MARKED_NOTE_LINE, PAGE_LINE, Table, is_column_numbers, is_example, squeeze
from ingest.layout.outline import OUTLINE
from ingest.layout.titled_labels import object_from_titles
from ingest.layout.sheet import SheetState


# 更正说明：…, 填报说明：… — a line explaining the table, whatever figures it mentions
EXPLANATION = re.compile(r"^\s*[\u4e00-\u9fff]{0,6}说明\s*[:：]")


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
        if not levels or (seq is not None and OUTLINE.match(self.text(r, seq).strip())):
            return None
        held = self.catalog.by_elimination(levels, self._rows_held) if self._rows_held else None
        held = held or self.part_of_line_above(levels, table, r)
        return held or object_from_titles(self.catalog, self.sheet_titles, levels)  # 当月发放 under a 低保 title

    def part_of_line_above(self, levels: list[str], table: Table, r: int) -> IndicatorMatch | None:
        """受理群众诉求 | 其中：办结, one item a row: a 其中 row says its qualifier alone and reads with the
        line right above it (受理 of which 办结: 诉求办结), as a 其中 column reads with the column before
        it — when that names an indicator neither the line itself nor any other row of the table holds."""
        label = next((c for c, col in table.columns.items() if col.kind == "indicator_name"), None)
        if label is None or not levels or not SUBCOLUMN.match(simplify(levels[-1])) \
                or r - 1 <= max(table.header_rows, default=-1):
            return None
        above = self.text(r - 1, label).strip()
        if not above or SUBCOLUMN.match(simplify(above)):
            return None
        line = self.catalog.match_indicator([above])
        joined = self.catalog.match_indicator([above, levels[-1]])
        if joined is None or line is None or joined.indicator_code == line.indicator_code \
                or joined.indicator_code in self._rows_held:
            return None
        return joined

    def only_labels(self, table: Table, r: int, cells: list[int], value_indexes: set[int]) -> bool:
        """A row of labels inside a table's data: 第1页  共3页 between pages, a 栏次 row, the
        indicators' codes under the header, a 示例 row (例 in a units column is a measure word), the
        header again after a page break (打印时每页重复标题行), 德邻社区居委会 alone under a
        community's own figures (its sign-off), the note a label's mark points to (※低保金单位：万元；…)
        or a line of explanation (更正说明：盐灶三社区漏统1人…), which end no table: rows may follow them."""
        row, columns = self.rows[r], table.columns
        if len(cells) == 1 and (MARKED_NOTE_LINE.match(simplify(row[cells[0]])) or EXPLANATION.match(row[cells[0]])):
            return True
        if all(PAGE_LINE.match(row[c]) for c in cells) or is_column_numbers([row[c] for c in cells]) \
                or (table.header_rows and r - table.header_rows[-1] <= 2 and is_code_row([row[c] for c in cells])) \
                or any(is_example(row[c]) for c in cells
                       if c not in value_indexes and getattr(columns.get(c), "kind", "") != "unit"):
            return True
        if table.header_rows and len(cells) >= 2 and any(
                all(squeeze(row[c]) == squeeze(self.text(h, c)) for c in cells) for h in table.header_rows):
            return True
        return len(cells) == 1 and cells[0] in value_indexes and self.matches_community(row[cells[0]]) \
            and not any(col.kind in {"community_name", "community_code"} for col in columns.values())

    def all_labels(self, roles: list[str | None], cells: list[int]) -> None:
        """Every cell of a row read as a label (another period's row, a comparison): nothing placed."""
        for c in cells:
            roles[c] = "label"
