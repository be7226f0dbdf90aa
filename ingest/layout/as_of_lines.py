"""数据截至2025年12月31日 on a line of its own over a table: the day the figures stand at, not the day the
sheet was signed. At a month's last day it says the month of a stock (population, households), so the
line is a title that names the period — never a sign-off, whose date is only when the sheet was sent."""

from __future__ import annotations

import calendar
import re

AS_OF = re.compile(r"^(?:数据|统计|资料|信息)?(?:截至|截止)(?:日期|时间|日)?\s*[:：]?\s*(?P<year>(?:19|20)\d{2})\s*[年.\-/]\s*"
                   r"(?P<month>1[0-2]|0?[1-9])\s*[月.\-/]\s*(?P<day>[0-3]?\d)\s*[日号]?\s*$")


def as_of_month_end(plain: str) -> bool:
    """True for 数据截至2025年12月31日, 截止：2026-02-28 — an as-of date at its month's last day."""
    found = AS_OF.match(plain.strip())
    if found is None:
        return False
    year, number = int(found["year"]), int(found["month"])
    return int(found["day"]) == calendar.monthrange(year, number)[1]
