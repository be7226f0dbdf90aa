"""A row that corrects an earlier row of the same file (备注：更正：上一行录入有误，以此行为准):
its figures replace the earlier ones, which leave the 合计 check and are noted, never lost."""

from __future__ import annotations

import re

from ingest.layout.sheet import SheetState

# 以此为准, 以本行数据为准; 以本次为准 / 以本次提交为准: an answer sent again through a form (问卷星,
# 金山表单), the later one stands
CORRECTION = re.compile(r"更正|以(?:此|本)(?:次|行)?(?:填报|提交|上报)?(?:的)?(?:数据)?为准")


class CorrectionKeeper(SheetState):
    def supersede(self, earlier: tuple[float, str], index: int, running: dict[int, list[float]], r: int) -> None:
        """The earlier cell of a corrected row: no longer loaded, out of the 合计 check, noted."""
        value, ref = earlier
        old = next((v for v in self.out.values if v.sheet == self.grid.name and v.cell_ref == ref), None)
        if old is None:
            return
        self.out.values.remove(old)
        if value in running.get(old.col_index, []):
            running[old.col_index].remove(value)
        self.role_rows[old.row_index][old.col_index] = "label"
        self.problem("superseded_in_file", old.row_index, old.col_index, old.raw_text, str(r + 1))

