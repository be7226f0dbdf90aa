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
from ingest.layout.titled_labels import measure_under_title, object_from_titles
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
        if SUBCOLUMN.match(simplify(levels[-1])) and (part := self.part_of_line_above(levels, table, r)):
            return part
        held = self.catalog.by_elimination(levels, self._rows_held) if self._rows_held else None
        return held or object_from_titles(self.catalog, self.sheet_titles, levels)  # 当月发放 under a 低保 title

    def row_reading(self, levels: list[str]) -> IndicatorMatch | None:
        """The catalogue's reading of a row label — unless the label is a bare measure the catalogue
        reads as a generic count (户数: households) in a table whose title names what it counts
        (…城市低保对象统计表 over 户数 | 人数): then the title's object decides (低保户数)."""
        found = self.catalog.match_indicator(levels)
        if found is None or len(levels) != 1:
            return found
        titled = measure_under_title(self.catalog, self.sheet_titles, levels[0])
        return titled if titled is not None and titled.score >= found.score else found

    def part_of_line_above(self, levels: list[str], table: Table, r: int) -> IndicatorMatch | None:
        """民情诉求受理（件） then 其中办结（件）: a 其中 row naming nothing clearly alone is read as the
        catalogue reads the line above over it (诉求 / 其中办结: 诉求办结) — as a 其中 column is read under
        its line — when that names another indicator than the line's own and no other row's; 受理 /
        其中：12345转办 stays a part (None)."""
        labels = [c for c, col in table.columns.items() if col.kind == "indicator_name"]
        top = table.header_rows[-1] if table.header_rows else -1
        line = next((text for above in range(r - 1, top, -1) for c in labels
                     if (text := self.text(above, c).strip()) and not SUBCOLUMN.match(simplify(text))), "")
        if not line:
            return None
        joined, own = self.catalog.match_indicator([line, levels[-1]]), self.catalog.match_indicator([line])
        return joined if joined is not None and joined.indicator_code not in self._rows_held \
            and (own is None or own.indicator_code != joined.indicator_code) else None

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
