"""The league tables: composite and target-ratio scores with their ranks and rank intervals,
what drives each community's score, and the petition resolution ranking (mart_scores,
mart_score_contributions, mart_petition_ranking)."""

from __future__ import annotations

import pandas as pd

from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import columns, query

METHOD_LABELS = {"target_ratio": "目标达成率", "composite": "综合得分"}
NOT_REPORTED = "（未报送）"  # after an indicator's name where a gap is a report that never came


def eligibility_columns(table: str) -> str:
    """eligible and eligibility_reason (who is ranked, var ranking_min_coverage); a warehouse
    built before the rule had them not: there, whoever has a city rank counts as ranked."""
    if "eligible" in columns(table):
        return "eligible, eligibility_reason"
    return "rank_in_city is not null as eligible, cast(null as varchar) as eligibility_reason"


def scores(scope: Scope, grain: str, period: str, method: str,
           peer_group: str | None = None) -> pd.DataFrame:
    where, params = scope_clause(scope)
    peer_sql, peer_params = ("and peer_group = ?", (peer_group,)) if peer_group else ("", ())
    # The interval around rank_in_peer (a warehouse built before it: none, rather than the city's).
    peer_interval = ("peer_rank_p05, peer_rank_p95" if "peer_rank_p05" in columns("mart_scores")
                     else "null::integer as peer_rank_p05, null::integer as peer_rank_p95")
    return query(
        "select community_code, community_name, street_code, street_name, peer_group, score, "
        "rank_in_street, rank_in_city, rank_in_peer, rank_change, rank_p05, rank_median, "
        f"rank_p95, {peer_interval}, coverage, {eligibility_columns('mart_scores')} from mart_scores "
        f"where grain = ? and period = ? and method = ? and {where} {peer_sql} "
        "order by eligible desc, score desc nulls last, community_code",
        (grain, period, method, *params, *peer_params))


def score_contributions(scope: Scope, grain: str, period: str, method: str) -> pd.DataFrame:
    where, params = scope_clause(scope, "c.community_code")
    return query(
        "select c.community_code, c.indicator_code, i.indicator_name, c.normalized_value, "
        "c.weight, c.contribution from mart_score_contributions c "
        "left join dim_indicator i using (indicator_code) "
        f"where c.grain = ? and c.period = ? and c.method = ? and {where} "
        "order by c.community_code, c.contribution desc, c.indicator_code",
        (grain, period, method, *params))


DRIVERS_SHOWN = 3  # indicators that help most and that hurt most, per community


def driver_rows(scope: Scope, grain: str, period: str, method: str) -> pd.DataFrame:
    """Per community: the DRIVERS_SHOWN indicators that help its score most and the
    DRIVERS_SHOWN that hurt it most, each in one list only (side 'help' or 'hurt', position
    1…), with value, unit, target (where there is one), contribution and loss (0–1 scale).

    An indicator helps when it was reported and its normalized value is at least the
    community's score (the weighted mean of its normalized values) with a positive
    contribution: it pulls the score up. Every other one hurts, most lost first (weight ×
    (1 − normalized value)); an indicator not reported scores its penalty (is_missing) and is
    named with （未报送）. Ties go to the lower indicator code. Picked in SQL: the
    communities × indicators rows never leave DuckDB.
    """
    where, params = scope_clause(scope, "c.community_code")
    missing = "c.is_missing" if "is_missing" in columns("mart_score_contributions") else "false"
    return query(
        f"with c as (select c.community_code, c.indicator_code, c.normalized_value, c.weight, "
        f"  c.contribution, coalesce({missing}, false) as is_missing, "
        "  c.weight * (1 - c.normalized_value) as loss, "
        "  sum(c.contribution) over w / nullif(sum(c.weight) over w, 0) as score "
        "  from mart_score_contributions c "
        f"  where c.grain = ? and c.period = ? and c.method = ? and {where} "
        "  and c.normalized_value is not null "
        "  window w as (partition by c.community_code)), "
        "s as (select *, case when not is_missing and contribution > 0 "
        "  and normalized_value >= score - 1e-9 then 'help' else 'hurt' end as side from c), "
        "r as (select *, row_number() over (partition by community_code, side order by "
        "  case when side = 'help' then -contribution else -loss end, indicator_code) "
        "  as position from s) "
        f"select r.community_code, r.indicator_code, i.indicator_name || case when r.is_missing "
        f"  then '{NOT_REPORTED}' else '' end as indicator_name, i.unit, p.value, "
        "  g.target_value, g.target_operator, r.contribution, r.loss, r.is_missing, r.side, "
        "  r.position from r left join dim_indicator i on i.indicator_code = r.indicator_code "
        "left join fct_indicator_period p on p.level = 'community' "
        "  and p.unit_code = r.community_code and p.indicator_code = r.indicator_code "
        "  and p.grain = ? and p.period = ? "
        "left join mart_target_gaps g on g.community_code = r.community_code "
        "  and g.indicator_code = r.indicator_code and g.grain = ? and g.period = ? "
        f"where r.position <= {DRIVERS_SHOWN} "
        "order by r.community_code, r.side, r.position",
        (grain, period, method, *params, grain, period, grain, period))


def score_drivers(scope: Scope, grain: str, period: str, method: str) -> pd.DataFrame:
    """Per community: best (the indicators that help most, joined with "、", best first) and
    worst (those that hurt most, most lost first); never the same indicator in both (see
    driver_rows). A community with no helping indicator has best null."""
    rows = driver_rows(scope, grain, period, method)
    names = rows.groupby(["community_code", "side"], sort=True)["indicator_name"].agg("、".join)
    wide = names.unstack("side").reindex(columns=["help", "hurt"])
    return wide.rename(columns={"help": "best", "hurt": "worst"}).rename_axis(
        columns=None).reset_index()


def petition_ranking(scope: Scope, period: str) -> pd.DataFrame:
    where, params = scope_clause(scope)
    return query(
        "select community_code, community_name, street_code, street_name, petitions_received, "
        "petitions_resolved, resolution_rate, rank_in_street, rank_in_city, "
        f"{eligibility_columns('mart_petition_ranking')} "
        f"from mart_petition_ranking where period = ? and {where} "
        "order by eligible desc, resolution_rate desc nulls last, community_code",
        (period, *params))


def petition_history(scope: Scope, community_code: str) -> pd.DataFrame:
    where, params = scope_clause(scope)
    return query(
        "select period, petitions_received, petitions_resolved, resolution_rate "
        f"from mart_petition_ranking where community_code = ? and {where} order by period",
        (community_code, *params))
