"""The tables the export page downloads: the standardized monthly indicators (as
`jiedao export indicators` writes them) and the score table."""

from __future__ import annotations

import pandas as pd

from dashboard.data.rankings import eligibility_columns
from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import query


STANDARDIZED_COLUMNS = (
    "community_code", "community_name", "street_code", "street_name", "period", "indicator_code",
    "indicator_name", "value", "unit", "source_file", "source_sheet", "source_cell")


def standardized_indicators(scope: Scope, periods_wanted: tuple[str, ...] = (),
                            indicator_codes: tuple[str, ...] = ()) -> pd.DataFrame:
    """The standardized monthly table, as `jiedao export indicators` writes it."""
    where, params = scope_clause(scope)
    extra, extra_params = "", ()
    if periods_wanted:
        extra += f" and period in ({', '.join('?' for _ in periods_wanted)})"
        extra_params += tuple(periods_wanted)
    if indicator_codes:
        extra += f" and indicator_code in ({', '.join('?' for _ in indicator_codes)})"
        extra_params += tuple(indicator_codes)
    return query(
        f"select {', '.join(STANDARDIZED_COLUMNS)} from fct_indicator_monthly "
        f"where {where}{extra} order by period, community_code, indicator_code",
        (*params, *extra_params))


def score_table(scope: Scope, grain: str, period: str | None = None) -> pd.DataFrame:
    where, params = scope_clause(scope)
    period_sql, period_params = ("and period = ?", (period,)) if period else ("", ())
    return query(
        "select community_code, community_name, street_code, street_name, peer_group, grain, "
        "period, method, score, rank_in_street, rank_in_city, rank_in_peer, rank_change, coverage, "
        f"{eligibility_columns('mart_scores')} "
        f"from mart_scores where grain = ? {period_sql} and {where} "
        "order by period, method, rank_in_city, community_code",
        (grain, *period_params, *params))
