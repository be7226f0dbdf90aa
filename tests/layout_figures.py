"""The figures a generated table shows beside its values (see layout_render): a 合计, a made-up
year to date, a 办结率 — each written as the file's format writes a figure."""

from __future__ import annotations

from typing import Callable

from layout_model import Column, Spec


def as_written(spec: Spec, column: Column, figure: float, whole: Callable[[float], object] = lambda x: x) -> object:
    """A figure in the column's unit (万元 shown to four places) as the cell holds it: a number, or
    text in a CSV."""
    if column.scale != 1:
        shown = round(figure / column.scale, 4)
        return shown if not spec.layout.fmt.startswith("csv") else f"{shown:g}"
    return whole(figure) if not spec.layout.fmt.startswith("csv") else str(whole(figure))


def total(spec: Spec, column: Column, community_codes: list[str], period: str) -> object:
    return as_written(spec, column, sum(spec.expected[(c, period, column.code)] for c in community_codes))


def months_total(spec: Spec, column: Column, community_code: str) -> object:
    """One community's months added up (合计 after 1月 | 2月 | 3月)."""
    return as_written(spec, column, sum(spec.expected[(community_code, p, column.code)] for p in spec.periods))


def year_to_date_value(spec: Spec, column: Column, community_codes: list[str], period: str) -> float:
    """A made-up figure for the year to date: the month's figure times the month's number, in the
    canonical unit (so never below the month's)."""
    return sum(spec.expected[(c, period, column.code)] for c in community_codes) * int(period[5:])


def year_to_date(spec: Spec, column: Column, community_codes: list[str], period: str) -> object:
    return as_written(spec, column, year_to_date_value(spec, column, community_codes, period), int)


def rate(spec: Spec, community_codes: list[str], period: str, header: str) -> str:
    """办结 over 受理 of the communities, as a clerk writes it: 95.2% (or 95.2 under a header saying %)."""
    received = sum(spec.expected[(c, period, "petitions_received")] for c in community_codes)
    resolved = sum(spec.expected[(c, period, "petitions_resolved")] for c in community_codes)
    if not received:
        return ""
    shown = f"{resolved / received * 100:.1f}"
    return shown if "%" in header else shown + "%"
