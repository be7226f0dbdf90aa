"""A stock written once in a cell merged across its month columns (零就业家庭 2 over 10月末 |
11月末 | 12月末, 社区工作者 13 over 1月 | 2月 | 3月: 「一季度无变化的项目合并填写」): the figure is each
of those months' figure. Only a stock: a flow merged across months could be their sum."""

from __future__ import annotations

from ingest.layout.model import Column
from ingest.layout.sheet import SheetState


class MergedFigures(SheetState):
    def merged_figure(self, r: int, c: int, columns: dict[int, Column], indicator_code: str) -> str:
        """The text of the figure merged over cell (r, c) from a cell to its left on the same row,
        when both columns are months of one stock indicator; '' otherwise."""
        origin = self.merge_origin.get((r, c))
        if origin is None or indicator_code not in self.catalog.stocks:
            return ""
        if origin[1] == c and origin[0] != r:
            return self.merged_down_figure(r, c, origin[0], columns)
        if origin[0] != r:
            return ""
        here, there = columns.get(c), columns.get(origin[1])
        if here is None or there is None or here.period is None or there.period is None \
                or here.period == there.period or here.indicator_code != there.indicator_code:
            return ""
        if any(r0 != r or r1 != r for r0, c0, r1, c1 in self.grid.merged if (r0, c0) == origin):
            return ""  # merged down as well: not one row's figure
        return self.text(*origin)

    def merged_down_figure(self, r: int, c: int, top: int, columns: dict[int, Column]) -> str:
        """A stock written once in a cell merged down over the months it did not change (党员 238
        over 7月 | 8月, rows of months): each month's figure — only where the rows are months of
        one community (a figure merged over two communities' rows is no one's)."""
        kinds = {col.index: col.kind for col in columns.values()}
        months_down = any(col.kind == "period" and col.period is None for col in columns.values())
        if not months_down or any(r0 != top or c0 != c1 for r0, c0, r1, c1 in self.grid.merged
                                                 if (r0, c0) == (top, c)):
            return ""
        if any(kind in {"community_name", "community_code"} and self.header_text(r, index) != self.header_text(top, index)
               for index, kind in kinds.items()):
            return ""
        return self.text(top, c)

    def shared_by_rows(self, r: int, c: int, raw: str, columns: dict[int, Column]) -> bool:
        """巡逻队员 105 in a cell merged down over 昌明社区's and 昌盛社区's rows (「两社区合并填报」): a
        figure of both together, no one community's — said as a problem, never read as the top row's."""
        bottom = max((r1 for r0, c0, r1, c1 in self.grid.merged if (r0, c0) == (r, c)), default=r)
        names = [index for index, col in columns.items() if col and col.kind in {"community_name", "community_code"}]
        below = [row for row in range(r + 1, bottom + 1)
                 if any(self.header_text(row, index) != self.header_text(r, index) for index in names)]
        if not below:
            return False
        shared = "、".join(dict.fromkeys(self.header_text(row, index) for row in (r, *below) for index in names[:1]))
        self.problem("shared_merged_value", r, c, raw, shared)
        return True
