"""The fill-in template as a download: the street's form, or for community staff their own row;
and the months it can be made for, starting at the month due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dashboard import data
from jiedao.settings import Settings

MONTHS_BEFORE_DUE = 12  # late or corrected reports: the year before the month due
MONTHS_AFTER_DUE = 2  # forms handed out ahead of time


def today() -> dt.date:
    """The clock, in one place (the tests stop it here)."""
    return dt.date.today()


def shift_month(period: str, months: int) -> str:
    """"2025-12" shifted by +1 → "2026-01"; by −12 → "2024-12"."""
    index = int(period[:4]) * 12 + int(period[5:7]) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def due_month(known: Iterable[str], on: dt.date | None = None) -> str:
    """The month communities fill in next: the one after the latest month with data in the
    warehouse, or — with no data yet — the calendar month before `on` (today by default)."""
    known = list(known)
    if known:
        return shift_month(max(known), 1)
    on = on or today()
    return shift_month(f"{on.year:04d}-{on.month:02d}", -1)


def template_months(known: Iterable[str], due: str) -> list[str]:
    """The months around the month due (a year before it, two after) and every month in the
    warehouse, newest first; the caller selects `due` in it."""
    around = {shift_month(due, step) for step in range(-MONTHS_BEFORE_DUE, MONTHS_AFTER_DUE + 1)}
    return sorted(around | set(known), reverse=True)


def template_bytes(settings: Settings, scope: data.Scope, street_code: str, month: str) -> bytes:
    """The XLSX form for one street and month, prefilled only with communities in `scope`."""
    from jiedao.template import build_template  # imported on click: the page stays light

    communities = data.communities(scope)
    communities = communities[communities["street_code"] == street_code]
    if communities.empty:
        raise ValueError(f"当前账号范围内没有街道 {street_code} 的社区")
    return build_template(settings, street_code, month,
                          communities_wanted=frozenset(communities["community_code"]))
