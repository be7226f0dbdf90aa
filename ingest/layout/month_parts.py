"""A month written as a part of the column before it, on one header row: 10-12月查体合计（人） |
其中12月. The 其中 column names no indicator, only a month inside the span of its neighbour — it is
that neighbour's figure for the month. Read alone it is a column of months, and its figures
(26, 55, …) were each an unreadable period: the whole table was lost."""

from __future__ import annotations

import re

from ingest.chinese_text import simplify
from ingest.layout.model import Column

# 其中12月, 其中：3月 — a month said to be a part (of a longer period named beside it)
PART_MONTH = re.compile(r"^\s*其中\s*[:：]?\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月份?\s*$")
# 10-12月, 1—3月, 10至12月 in the neighbour's header: the span of months it counts
MONTH_SPAN = re.compile(r"(\d{1,2})\s*(?:月份?)?\s*[-—–~至到]\s*(\d{1,2})\s*月")


def months_inside_neighbours(columns: dict[int, Column]) -> None:
    """Each 「其中M月」 column right after an indicator column whose header spans months M lies in
    (10-12月…合计): that indicator in month M. Any other 其中 month is left as it was."""
    for col in columns.values():
        found = PART_MONTH.match(simplify(col.levels[-1])) if col.kind == "period" and col.levels else None
        before = columns.get(col.index - 1)
        if found is None or col.period is None or col.period.grain != "month" or before is None \
                or before.kind != "indicator" or before.levels[:-1] != col.levels[:-1]:
            continue
        if int(found[1]) in spanned_months(before.levels[-1]):
            col.kind, col.indicator_code = "indicator", before.indicator_code
            col.multiplier, col.is_cumulative, col.score = before.multiplier, False, before.score


def spanned_months(header: str) -> set[int]:
    """The months a header's span names (10-12月: 10, 11, 12); none when it names no span."""
    span = MONTH_SPAN.search(simplify(header))
    if span is None:
        return set()
    first, last = int(span[1]), int(span[2])
    return set(range(first, last + 1)) if 1 <= first <= last <= 12 else set()
