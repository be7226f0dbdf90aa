"""Working days from the official Chinese calendar: weekends, the State Council's public holidays,
and the weekends worked in exchange (调休上班日) — from the ``chinesecalendar`` package, never a
list typed in here. The package covers the years whose holiday arrangements were published when
it was released; a date outside them raises ``CalendarRangeError`` with a Chinese message
rather than a guess."""

from __future__ import annotations

import datetime as dt
from importlib.metadata import PackageNotFoundError, version

import chinese_calendar
from chinese_calendar.constants import holidays, workdays


class CalendarRangeError(ValueError):
    """A date the installed calendar has no official arrangement for; the message is Chinese."""


def covered_years() -> tuple[int, int]:
    """The first and last year the installed chinesecalendar knows the holidays of."""
    years = [day.year for day in holidays] + [day.year for day in workdays]
    return min(years), max(years)


def calendar_version() -> str:
    try:
        return version("chinesecalendar")
    except PackageNotFoundError:  # pragma: no cover - installed with jiedao
        return "?"


def _checked(day: dt.date) -> dt.date:
    first, last = covered_years()
    if not first <= day.year <= last:
        raise CalendarRangeError(
            f"日期 {day.isoformat()} 超出法定工作日历的范围：已安装的 chinesecalendar {calendar_version()} "
            f"只有 {first}—{last} 年的放假安排，无法判断这一天是否工作日；请升级 chinesecalendar 后再检查")
    return day


def is_working_day(day: dt.date) -> bool:
    """A weekday that is not a public holiday, or a weekend worked in exchange (调休上班)."""
    return bool(chinese_calendar.is_workday(_checked(day)))


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days from start to end, both included (0 when end is before start)."""
    _checked(start), _checked(end)
    count, day = 0, start
    while day <= end:
        count += is_working_day(day)
        day += dt.timedelta(days=1)
    return count


def nth_working_day_from(start: dt.date, n: int) -> dt.date:
    """The n-th working day counting from start itself (start is the first when it is one)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    day, seen = start, 0
    while True:
        if is_working_day(day):
            seen += 1
            if seen == n:
                return day
        day += dt.timedelta(days=1)


def nth_working_day_after(day: dt.date, n: int) -> dt.date:
    """The n-th working day after ``day`` (not counting ``day``)."""
    return nth_working_day_from(day + dt.timedelta(days=1), n)
