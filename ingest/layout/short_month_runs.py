"""Months written with a two-digit year and a dot across a header row: 社区 | 25.9 | 25.10 | … | 26.3.

A bare 25.10 is a number (``periods.SHEET_SHORT_MONTH`` reads it only as a whole sheet name). A row
whose texts run month after month without a gap — 25.12 followed by 26.1 — is a row of months: no
row of figures counts up one month at a time with the year rolling over. Texts only: a float 25.10
is stored as 25.1 and breaks the run, so figures never start one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.periods import Period, month
from ingest.values import to_halfwidth

SHORT_MONTH = re.compile(r"(?P<yy>[23]\d)\.(?P<mm>1[0-2]|0?[1-9])")
MIN_RUN = 3  # two texts in a row could be two figures; three consecutive months are months


def _short_month(text: str) -> Period | None:
    found = SHORT_MONTH.fullmatch(to_halfwidth(text).strip())
    return month(2000 + int(found["yy"]), int(found["mm"])) if found else None


def _follows(earlier: Period, later: Period) -> bool:
    """``later`` is the month right after ``earlier`` (December is followed by next January)."""
    return _index(later) - _index(earlier) == 1


def _index(period: Period) -> int:
    return period.year * 12 + int(period.period[5:7])


def month_run(cells: Sequence[str]) -> dict[str, Period]:
    """The months of a row's run of 25.9 | 25.10 | 25.11 … (at least ``MIN_RUN``, each the next
    month), by their text; {} when the row holds no such run."""
    found: dict[str, Period] = {}
    run: list[tuple[str, Period]] = []
    for text in [*cells, ""]:
        period = _short_month(text)
        if period is not None and (not run or _follows(run[-1][1], period)):
            run.append((text.strip(), period))
            continue
        if len(run) >= MIN_RUN:
            found.update(run)
        run = [(text.strip(), period)] if period is not None else []
    return found


def header_months(rows: Iterable[Sequence[str]]) -> dict[str, Period]:
    """Every run of short-year months in a sheet's rows, by text."""
    found: dict[str, Period] = {}
    for row in rows:
        if sum(1 for text in row if "." in text) >= MIN_RUN:
            found.update(month_run([text for text in row if text.strip()]))
    return found
