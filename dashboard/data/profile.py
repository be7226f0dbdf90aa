"""One community's page: every indicator in a period, one indicator's monthly trend, and the
lineage of a figure back to file, sheet and cell (mart_value_history)."""

from __future__ import annotations

import pandas as pd

from dashboard.data.dimensions import indicators
from dashboard.data.gaps import community_values, target_gaps
from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import query


def community_profile(scope: Scope, community_code: str, grain: str, period: str) -> pd.DataFrame:
    """Every indicator for one community in one period: value, 口径, target and peer median."""
    values = community_values(scope, grain, period)
    values = values[values["community_code"] == community_code]
    catalogue = indicators()
    targets = target_gaps(scope, grain, period)
    targets = targets[targets["community_code"] == community_code][
        ["indicator_code", "target_value", "target_operator", "meets_target"]]
    frame = catalogue.merge(
        values[["indicator_code", "value", "is_approximate", "peer_median"]],
        on="indicator_code", how="left")
    frame = frame.merge(targets, on="indicator_code", how="left")
    # Reported figures first, grouped by domain, so the page opens on what the community sent.
    frame["has_value"] = frame["value"].notna()
    frame = frame.sort_values(["has_value", "domain", "indicator_code"], ascending=[False, True, True])
    return frame.drop(columns="has_value").reset_index(drop=True)


def indicator_trend(scope: Scope, community_code: str, indicator_code: str) -> pd.DataFrame:
    """Monthly values of one indicator for one community, with its target and peer median."""
    where, params = scope_clause(scope, "v.unit_code")
    return query(
        "with peers as (select community_code from dim_community where peer_group is not "
        "  distinct from (select peer_group from dim_community where community_code = ?)), "
        "all_values as (select unit_code, period, value, is_approximate from fct_indicator_period "
        "  where level = 'community' and grain = 'month' and indicator_code = ?), "
        "m as (select period, percentile_cont(0.5) within group (order by value) as peer_median "
        "  from all_values "
        "  where unit_code in (select community_code from peers) group by period) "
        "select v.period, v.value, v.is_approximate, m.peer_median, g.target_value "
        "from all_values v left join m using (period) "
        "left join mart_target_gaps g on g.community_code = v.unit_code and g.grain = 'month' "
        "  and g.period = v.period and g.indicator_code = ? "
        f"where v.unit_code = ? and {where} order by v.period",
        (community_code, indicator_code, indicator_code, community_code, *params))


def lineage(scope: Scope, community_code: str, months_wanted: tuple[str, ...],
            indicator_code: str) -> pd.DataFrame:
    """Every version of one figure: file, sheet, cell, the text as written; current first."""
    where, params = scope_clause(scope)
    placeholders = ", ".join("?" for _ in months_wanted) or "null"
    return query(
        "select period, is_current, value, raw_text, source_file, source_sheet, source_cell, "
        "batch_id, ingested_at from mart_value_history "
        f"where community_code = ? and indicator_code = ? and {where} "
        f"and period in ({placeholders}) "
        "order by period, is_current desc, batch_id desc, ingested_at desc",
        (community_code, indicator_code, *params, *months_wanted))


def months_in(grain: str, period: str) -> tuple[str, ...]:
    """The months a period covers: 2025-Q4 → 2025-10 … 2025-12."""
    if grain == "month":
        return (period,)
    year = period[:4]
    if grain == "quarter":
        first = (int(period[-1]) - 1) * 3 + 1
        return tuple(f"{year}-{month:02d}" for month in range(first, first + 3))
    return tuple(f"{year}-{month:02d}" for month in range(1, 13))
