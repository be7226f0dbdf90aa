"""The period picker's default and marks, and the "数据截至" line under every page title.

The default period is the newest complete one (see dashboard/data/completeness.py); newer
periods stay selectable and read "（进行中）", older incomplete ones "（未报齐）".
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard import data
from dashboard.formatting import format_period

IN_PROGRESS = "（进行中）"
INCOMPLETE = "（未报齐）"


@dataclass(frozen=True)
class PeriodChoices:
    options: list[str]          # newest first
    complete: frozenset[str]
    default: str | None         # the newest complete period (the newest one if none is)

    def label(self, period: str) -> str:
        if period in self.complete:
            return format_period(period)
        newer = self.default not in self.complete or period > str(self.default)
        return format_period(period) + (IN_PROGRESS if newer else INCOMPLETE)


def period_choices(scope: data.Scope, grain: str) -> PeriodChoices:
    options = data.periods(scope, grain)
    complete = frozenset(data.complete_periods(scope, grain, options))
    default = next((period for period in options if period in complete),
                   options[0] if options else None)
    return PeriodChoices(options, complete, default)


def as_of_text(scope: data.Scope) -> str:
    """数据截至 the latest complete month in the viewer's scope."""
    month = data.latest_complete_month(scope)
    return f"数据截至 {format_period(month)}" if month else "数据截至：尚无报齐的月份"
