"""A header row that glues one indicator's words to several months — 「10月受理」「11月受理」「12月受理」
(and 「10月办结」…) flattened from a month × indicator grid into one row. The months said again and
again around the same words make each month a period for sure, so the words may name their
indicator as plainly as a header of their own (受理 alone is 民情诉求受理数) rather than as surely as
a long header must."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.periods import Period


def months_repeat(rest: str, row: Sequence[str], period_of: Callable[[str], Period | None]) -> bool:
    """``rest`` (受理) stands after two or more different months in the row's texts: 10月受理 and
    11月受理 — not 四季度受理合计 alone, and not 受理 under one month."""
    rest = rest.strip()
    if not rest:
        return False
    months = set()
    for text in row:
        text = text.strip()
        if text.endswith(rest) and len(text) > len(rest):
            found = period_of(text[: -len(rest)])
            if found is not None and found.grain == "month":
                months.add(found.period)
    return len(months) >= 2
