"""A row that corrects an earlier row of the same file (备注：更正：上一行录入有误，以此行为准;
新西社区（重填）): its figures replace the earlier ones, which leave the 合计 check and are noted,
never lost. A row its own note cancels (作废（错行），见第11行) holds no figure at all."""

from __future__ import annotations

import re

from ingest.layout.sheet import SheetState

# 以此为准, 以本行数据为准; 以本次为准 / 以本次提交为准: an answer sent again through a form (问卷星,
# 金山表单), the later one stands
CORRECTION = re.compile(r"更正|重填|重新填报|以(?:此|本)(?:次|行)?(?:填报|提交|上报)?(?:的)?(?:数据)?为准")

# 作废（错行），见第11行; 此行作废; 已作废: the clerk cancels the row (often struck through and typed
# again below): its figures are void, never values — not even doubtful ones.
VOID = re.compile(r"^\s*(?:此行|本行|该行|整行)?(?:数据)?(?:已)?(?:划线)?作废")


class CorrectionKeeper(SheetState):
    def void_row(self, r: int, cells: list[int], value_indexes: set[int]) -> bool:
        """A row whose note (a cell outside the figures) begins 作废: noted once; the caller reads
        every cell as a label. 作废 inside a label (作废票数) does not begin the cell's text."""
        note = next((c for c in cells if c not in value_indexes and VOID.match(self.rows[r][c])), None)
        if note is not None:
            self.problem("void_row", r, note, self.rows[r][note].strip())
        return note is not None

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

