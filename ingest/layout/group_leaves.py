"""Group cells merged across over a row of leaf headers: 本月（2月） over 户 | 人 | 金额（元）, 上月（1月）
over the same three. The leaves are short words the catalogue need not know alone (户, 人): what
makes the row a header is that it fills the columns of each group above it, with words, not figures;
what the leaves of a 本月 group count, when they say only a measure, the table's title says."""

from __future__ import annotations

from ingest.headers import normalize_header, structural_kind
from ingest.layout.model import Column
from ingest.layout.sheet import SheetState


class GroupLeaves(SheetState):
    """Which row under a header row of groups merged across is the row of their leaves."""

    def leaves_under_groups(self, r: int) -> bool:
        """Row ``r`` right under a row where at least two cells are merged across several columns:
        a text (no figure) under every column of every such group, and nothing but texts in the row."""
        spans = [(c0, c1) for r0, c0, r1, c1 in self.grid.merged if r0 == r - 1 == r1 and c1 > c0]
        if len(spans) < 2:
            return False
        cells = self.nonempty(r)
        if any(self.is_number(self.text(r, c)) for c in cells):
            return False
        return all(c in cells for c0, c1 in spans for c in range(c0, c1 + 1))

    def this_month_leaves(self, columns: dict[int, Column]) -> None:
        """本月（2月） over 户 | 人 | 金额（元） in a table titled 「…低保动态管理表」: leaves that say only a
        measure under a group that says only 本月 count what the title names (低保户数, 低保人数, 低保金
        发放金额). Taken only when every leaf of the group reads so, each a different indicator; a
        group of 上月 is no figure of the month and stays as it was (reported)."""
        groups: dict[tuple[str, int], list[Column]] = {}
        for col in columns.values():
            if col.kind == "unknown" and len(col.levels) == 2 and col.header_cell is not None \
                    and structural_kind(col.levels[:1]) == "current_value" \
                    and self.catalog.only_a_measure(normalize_header(col.levels[1]).core):
                groups.setdefault((col.levels[0], col.header_cell[0]), []).append(col)
        for (_, row), cols in groups.items():
            for title in self.titles_above(row - 1):
                matches = [self.catalog.match_indicator([title, col.levels[1]]) for col in cols]
                if None not in matches and len({m.indicator_code for m in matches}) == len(cols):  # type: ignore[union-attr]
                    for col, match in zip(cols, matches):
                        col.hold(match)  # type: ignore[arg-type]
                    break

    def titles_above(self, top: int) -> list[str]:
        """The text lines over a table's first header row, the nearest first (at most three rows)."""
        return [self.text(r, c) for r in range(top - 1, max(-1, top - 4), -1) for c in self.nonempty(r)]
