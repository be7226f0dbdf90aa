"""Which periods are complete for a viewer: the months (and the quarters and years made of them)
that enough of the communities in the scope reported, from mart_submission_completeness.

A month is complete when at least ``Settings.complete_share`` (JIEDAO_COMPLETE_SHARE, default
0.9) of the scope's communities reported any of its indicators; a quarter or a year is complete
when every one of its months is. The dashboard opens on the latest complete period and says
"数据截至" the latest complete month, so a month a few communities have sent so far is never
shown as if it were the whole picture.
"""

from __future__ import annotations

from dashboard.data.profile import months_in
from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import query, settings, table_exists


def month_shares(scope: Scope) -> dict[str, float]:
    """Month → share of the scope's communities that reported anything that month."""
    where, params = scope_clause(scope)
    communities = query(f"select count(*) as n from dim_community where {where}", params)
    total = int(communities["n"].iloc[0])
    if not total or not table_exists("mart_submission_completeness"):
        return {}
    frame = query(
        "select period, count(distinct community_code) as n from mart_submission_completeness "
        f"where indicators_reported > 0 and {where} group by period", params)
    return {str(period): int(n) / total for period, n in zip(frame["period"], frame["n"])}


def complete_months(scope: Scope) -> set[str]:
    threshold = settings().complete_share
    return {month for month, share in month_shares(scope).items() if share >= threshold - 1e-9}


def complete_periods(scope: Scope, grain: str, periods: list[str]) -> set[str]:
    """Those of `periods` (at this grain) whose months are all complete.

    Without the completeness mart (an older warehouse) every period counts as complete, as
    before.
    """
    if not table_exists("mart_submission_completeness"):
        return set(periods)
    months = complete_months(scope)
    return {period for period in periods if set(months_in(grain, period)) <= months}


def latest_complete_month(scope: Scope) -> str | None:
    """The newest complete month (YYYY-MM), or None when no month is complete yet."""
    if not table_exists("mart_submission_completeness"):
        where, params = scope_clause(scope, "unit_code")
        frame = query("select max(period) as period from fct_indicator_period where "
                      f"level = 'community' and grain = 'month' and {where}", params)
        newest = frame["period"].iloc[0]
        return newest if isinstance(newest, str) else None
    months = complete_months(scope)
    return max(months) if months else None
