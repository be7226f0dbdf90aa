"""The league tables: composite and target-ratio scores with their ranks and rank intervals,
what drives each community's score, and the petition resolution ranking (mart_scores,
mart_score_contributions, mart_petition_ranking)."""

from __future__ import annotations

import pandas as pd

from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import query

METHOD_LABELS = {"target_ratio": "目标达成率", "composite": "综合得分"}


def scores(scope: Scope, grain: str, period: str, method: str,
           peer_group: str | None = None) -> pd.DataFrame:
    where, params = scope_clause(scope)
    peer_sql, peer_params = ("and peer_group = ?", (peer_group,)) if peer_group else ("", ())
    return query(
        "select community_code, community_name, street_code, street_name, peer_group, score, "
        "rank_in_street, rank_in_city, rank_in_peer, rank_change, rank_p05, rank_median, "
        "rank_p95, coverage from mart_scores "
        f"where grain = ? and period = ? and method = ? and {where} {peer_sql} "
        "order by score desc nulls last, community_code",
        (grain, period, method, *params, *peer_params))


def score_contributions(scope: Scope, grain: str, period: str, method: str) -> pd.DataFrame:
    where, params = scope_clause(scope, "c.community_code")
    return query(
        "select c.community_code, c.indicator_code, i.indicator_name, c.normalized_value, "
        "c.weight, c.contribution from mart_score_contributions c "
        "left join dim_indicator i using (indicator_code) "
        f"where c.grain = ? and c.period = ? and c.method = ? and {where} "
        "order by c.community_code, c.contribution desc",
        (grain, period, method, *params))


def score_drivers(scope: Scope, grain: str, period: str, method: str) -> pd.DataFrame:
    """Per community: the indicator adding most to its score (best) and the one costing it most
    (worst: largest weight × (1 − normalized value)); ties go to the lower indicator code.

    One row per community with a normalized value, picked in SQL: the per-indicator rows
    (communities × indicators) never leave DuckDB.
    """
    where, params = scope_clause(scope, "c.community_code")
    return query(
        "with c as (select c.community_code, c.indicator_code, i.indicator_name, "
        "  c.contribution, c.weight * (1 - c.normalized_value) as loss "
        "  from mart_score_contributions c left join dim_indicator i using (indicator_code) "
        f"  where c.grain = ? and c.period = ? and c.method = ? and {where} "
        "  and c.normalized_value is not null), "
        "best as (select community_code, indicator_name as best from c qualify row_number() "
        "  over (partition by community_code order by contribution desc nulls last, "
        "  indicator_code) = 1), "
        "worst as (select community_code, indicator_name as worst from c qualify row_number() "
        "  over (partition by community_code order by loss desc nulls last, indicator_code) = 1) "
        "select community_code, best.best, worst.worst from best join worst using (community_code) "
        "order by community_code",
        (grain, period, method, *params))


def petition_ranking(scope: Scope, period: str) -> pd.DataFrame:
    where, params = scope_clause(scope)
    return query(
        "select community_code, community_name, street_code, street_name, petitions_received, "
        "petitions_resolved, resolution_rate, rank_in_street, rank_in_city "
        f"from mart_petition_ranking where period = ? and {where} "
        "order by resolution_rate desc nulls last, community_code",
        (period, *params))


def petition_history(scope: Scope, community_code: str) -> pd.DataFrame:
    where, params = scope_clause(scope)
    return query(
        "select period, petitions_received, petitions_resolved, resolution_rate "
        f"from mart_petition_ranking where community_code = ? and {where} order by period",
        (community_code, *params))
