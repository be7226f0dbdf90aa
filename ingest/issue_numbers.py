"""A monthly report numbered by issue: 「2025年第7期月报」 is July only when the sheet itself says
that an issue's number is its month (「第7期即7月」, 「第N期为N月」).

A 第N期 alone is no month: a series may start mid-year or fold two months into one issue, so an
issue number is read as a month only on the sheet's own word, never guessed.
"""

from __future__ import annotations

import re
from typing import Iterable

from ingest.periods import Period, month
from ingest.values import to_halfwidth

# 2025年第7期, 2025年 第 7 期: an issue of a year's series
ISSUE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<number>\d{1,2})\s*期")
# 第7期即7月, 第7期为7月份, 第N期=N月: the sheet's own note that an issue's number is its month
ISSUE_IS_MONTH = re.compile(r"第\s*(?P<number>\d{1,2})\s*期\s*(?:即|为|就是|对应|指|=)\s*(?P<month>\d{1,2})\s*月")


def issues_are_months(notes: Iterable[str]) -> bool:
    """True when a note says an issue's number is its month (the same number on both sides)."""
    return any(found["number"] == found["month"]
               for note in notes if "期" in note
               for found in ISSUE_IS_MONTH.finditer(to_halfwidth(note)))


def issue_month(text: str, notes: Iterable[str]) -> Period | None:
    """The month of an issue named in ``text`` (2025年第7期 → 2025-07) when ``notes`` (the sheet's
    texts) say issues are numbered by month; else None."""
    found = ISSUE.search(to_halfwidth(text))
    if found is None or not 1 <= int(found["number"]) <= 12 or not issues_are_months(notes):
        return None
    return month(int(found["year"]), int(found["number"]))
