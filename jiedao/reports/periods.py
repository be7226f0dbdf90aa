"""Periods as forms print and need them: 2025-03 / 2025-Q1 / 2025, their months, labels, and
when a form for a period is due."""

from __future__ import annotations

import re
from datetime import date

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
YEAR = re.compile(r"^(\d{4})$")


class PeriodError(ValueError):
    pass


def grain_of(period: str) -> str:
    if MONTH.match(period):
        return "month"
    if QUARTER.match(period):
        return "quarter"
    if YEAR.match(period):
        return "year"
    raise PeriodError(f"无法识别的期间「{period}」（应为 2025-03、2025-Q1 或 2025）")


def months_of(period: str) -> list[str]:
    """The months a period covers, in order."""
    grain = grain_of(period)
    year = int(period[:4])
    if grain == "month":
        return [period]
    first, last = (3 * int(period[-1]) - 2, 3 * int(period[-1])) if grain == "quarter" else (1, 12)
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def year_to_date(period: str) -> list[str]:
    """January of the period's year up to the period's last month."""
    last = months_of(period)[-1]
    return [f"{last[:4]}-{month:02d}" for month in range(1, int(last[5:7]) + 1)]


def period_label(period: str) -> str:
    """2025-03 → 2025年3月; 2025-Q1 → 2025年第1季度; 2025 → 2025年."""
    grain = grain_of(period)
    if grain == "month":
        return f"{period[:4]}年{int(period[5:7])}月"
    if grain == "quarter":
        return f"{period[:4]}年第{period[-1]}季度"
    return f"{period}年"


def due_date(period: str, due_day: int) -> date:
    """A form for a period is due on ``due_day`` of the month after the period's last month."""
    last = months_of(period)[-1]
    year, month = int(last[:4]), int(last[5:7])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, min(due_day, 28))


def period_due(frequency: str, today: date) -> str:
    """The period a form of this frequency reports when filled in this month: last month, the
    quarter that ended last, or last year."""
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    if frequency == "month":
        return f"{year}-{month:02d}"
    if frequency == "quarter":
        quarter = (today.month - 1) // 3
        return f"{today.year - 1}-Q4" if quarter == 0 else f"{today.year}-Q{quarter}"
    return str(today.year - 1)
