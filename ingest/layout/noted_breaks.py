"""A note row cutting a table of indicators down the side in two: 项目 | 本月 | 上月 | 本年累计, three rows,
「备注：以上诉求含热线转办件」 merged across, then more indicator rows with figures in the same columns.

The note ends a block (``TableFinder.blocks``), so the rows under it arrive with no header of their
own. They are the same table: read with the header above, 上月 and 本年累计 stay what they were
instead of three readings of one month's figure. Only when the row right above is a note and every
row below puts its figures in columns the table above already had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.layout.model import Table, is_footer

if TYPE_CHECKING:
    from ingest.layout.sheet import SheetState


def continues_after_note(sheet: SheetState, block: list[int], previous: Table | None) -> bool:
    """True when ``block`` (no header) continues ``previous`` past a note row between them."""
    above = block[0] - 1 if block else -1
    if previous is None or not previous.indicators_as_rows or above < 0:
        return False
    cells = sheet.nonempty(above)
    if not cells or not all(is_footer(sheet.text(above, c)) for c in cells):
        return False
    held = {c for c, col in previous.columns.items() if col.kind != "blank"}
    for r in block:
        filled = set(sheet.nonempty(r))
        figures = {c for c in filled if sheet.is_number(sheet.text(r, c))}
        labels = filled - figures
        if filled and (not figures <= held or not labels or min(filled) in figures):
            return False
    return True
