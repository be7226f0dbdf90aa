"""Group cells merged across over a row of leaf headers: 本月（2月） over 户 | 人 | 金额（元）, 上月（1月）
over the same three. The leaves are short words the catalogue need not know alone (户, 人): what
makes the row a header is that it fills the columns of each group above it, with words, not figures."""

from __future__ import annotations

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
