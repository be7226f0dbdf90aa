"""A stock's opening figure said in a group heading: 上月底在保 over 户数 | 人数, 期初 over 党员, 年初 …
is the month before's stock, written beside the month's own (本月底在保 / 期末). It is never this
month's figure, so such a column is read as a note, like 上月末 alone (ingest.structural_headers).
A column headed 本月/本年累计 holds two figures in each cell (62/761): the month's is the first."""

from __future__ import annotations

import re

from ingest.chinese_text import simplify
from ingest.headers import structural_kind
from ingest.periods import year_to_date_month

OPENING = re.compile(r"^(?:上月(?:底|末)|上期末|期初|月初|年初|上年末|上年底)(?!.*(?:新增|增加|减少))")


# 巡逻队员(上月末) beside 巡逻队员(本月末): the opening stock said in a bracket after the name.
OPENING_BRACKET = re.compile(r"[(（](?:上月(?:底|末)|上期末|期初|月初|年初|上年末|上年底)数?[)）]$")


def opens_with_last_stock(levels: list[str]) -> bool:
    """A group heading (not the leaf) that begins with the opening stock's mark, or a leaf that
    ends with it in a bracket."""
    return (len(levels) > 1 and any(OPENING.match("".join(simplify(text).split())) for text in levels[:-1])) \
        or bool(levels and OPENING_BRACKET.search("".join(simplify(levels[-1]).split())))


# 本月/本年累计 over 「62/761」: the month's figure, then the year to date (never a monthly value).
MONTH_OF_PAIR = "month_of_pair"
MONTH_SLASH_YEAR = re.compile(r"^([^/／]+)[/／]([^/／]+)$")


def month_and_year_to_date(levels: list[str]) -> bool:
    """A value column headed 本月/本年累计 (当月/累计 …): each cell gives the month's figure and,
    after the slash, the year to date."""
    found = MONTH_SLASH_YEAR.match(levels[-1].strip()) if len(levels) == 1 else None
    return found is not None and structural_kind([found[1].strip()]) == "current_value" \
        and structural_kind([found[2].strip()]) == "cumulative_value"


def figure_row_kind(text: str) -> str | None:
    """Which figure a row labelled 本月, 本年累计 or 1-12月累计 holds (current_value or
    cumulative_value), or None: a year-to-date span is a running total, never the month's figure."""
    kind = structural_kind([text])
    if kind in {"current_value", "cumulative_value"}:
        return kind
    return "cumulative_value" if text.strip() and year_to_date_month(simplify(text)) else None
