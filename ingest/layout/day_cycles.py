"""A reporting month of days across two calendar months, said over or under a table: 「统计周期：
2025年9月26日—2025年10月25日（按市热线办月度结算口径）」, 「统计时段：11月26日—12月25日」. The figures are
the month most of the days fall in (the title's month, ``periods.month_of_days``) and are loaded
under it; but they are not that calendar month's, so the sheet carries one note a person can see."""

from __future__ import annotations

from ingest.layout.model import SheetExtraction, cell_ref
from ingest.periods import DAYS_IN_TEXT, month_of_days
from ingest.problems import Problem
from ingest.readers import SheetGrid
from ingest.values import to_halfwidth

YEAR_IF_UNSAID = 2001   # 11月26日—12月25日 with no year: any year measures its length
EDGE_ROWS = 6   # title lines over a table, or notes under it: where such a cycle is said


def across_months(text: str) -> bool:
    """True for a span of days that starts in one month and ends in the next (9月26日—10月25日);
    a calendar month written as days (10月1日—10月31日) or a season (供暖季11.15—3.15) is no cycle."""
    text = to_halfwidth(text)
    found = DAYS_IN_TEXT.search(text)
    return found is not None and found["m1"] != found["m2"] and int(found["d1"]) > 1 \
        and month_of_days(text, YEAR_IF_UNSAID) is not None   # 20 to 40 days: a month, not a season


def note_day_cycle(grid: SheetGrid, extraction: SheetExtraction) -> SheetExtraction:
    """One ``day_cycle`` note on a sheet whose monthly values were read beside such a span."""
    if not any(value.period.grain == "month" for value in extraction.values):
        return extraction
    edges = [*range(min(EDGE_ROWS, len(grid.rows))), *range(max(EDGE_ROWS, len(grid.rows) - EDGE_ROWS), len(grid.rows))]
    for r in edges:
        for c, text in enumerate(grid.rows[r]):
            if text and len(text) < 200 and across_months(text):
                month = next(v.period.period for v in extraction.values if v.period.grain == "month")
                extraction.problems.append(Problem("day_cycle", grid.name, cell_ref(r, c), text.strip(), month))
                return extraction
    return extraction
