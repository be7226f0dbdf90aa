"""Gaps to targets and to peers: each community's values beside its targets and its peer group's
median, street totals to compare with, and the reports that never came (mart_target_gaps,
fct_indicator_period)."""

from __future__ import annotations

import pandas as pd

from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import query


def target_gaps(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    where, params = scope_clause(scope, "g.community_code")
    return query(
        "select g.community_code, d.community_name, d.residents, g.indicator_code, "
        "i.indicator_name, i.unit, i.domain, g.value, g.target_value, g.target_operator, g.gap, "
        "g.meets_target from mart_target_gaps g "
        "join dim_community d using (community_code) "
        "left join dim_indicator i using (indicator_code) "
        f"where g.grain = ? and g.period = ? and {where} "
        "order by g.community_code, g.indicator_code",
        (grain, period, *params))


def community_values(scope: Scope, grain: str, period: str,
                     directional: bool = False) -> pd.DataFrame:
    """Every community's value per indicator, with the peer-group median beside it.

    The median is an aggregate over the whole peer group, so a narrow scope still sees its peers'
    median without seeing their rows. `directional`: only indicators where higher or lower is
    better (what a gap to the peers can be measured on).
    """
    where, params = scope_clause(scope, "v.unit_code")
    if directional:
        where = f"i.direction in ('higher_better', 'lower_better') and {where}"
    return query(
        "with v as (select p.unit_code, p.indicator_code, p.value, p.is_approximate, "
        "  d.peer_group, d.residents from fct_indicator_period p "
        "  join dim_community d on d.community_code = p.unit_code "
        "  where p.level = 'community' and p.grain = ? and p.period = ?), "
        "m as (select peer_group, indicator_code, "
        "  percentile_cont(0.5) within group (order by value) as peer_median from v "
        "  group by peer_group, indicator_code) "
        "select v.unit_code as community_code, d.community_name, d.street_code, v.residents, "
        "v.peer_group, v.indicator_code, i.indicator_name, i.unit, i.kind, i.direction, i.domain, "
        "v.value, v.is_approximate, m.peer_median from v "
        "join dim_community d on d.community_code = v.unit_code "
        "left join m on m.peer_group is not distinct from v.peer_group "
        "  and m.indicator_code = v.indicator_code "
        "left join dim_indicator i on i.indicator_code = v.indicator_code "
        f"where {where} order by v.unit_code, v.indicator_code",
        (grain, period, *params))


def street_aggregates(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """The street totals (rates recomputed) of the streets the scope touches: what community
    staff compare their own community with, without seeing other communities' rows."""
    where, params = scope_clause(scope, "d.community_code")
    return query(
        "select p.unit_code as street_code, p.unit_name as street_name, p.indicator_code, "
        "i.indicator_name, i.unit, i.kind, i.direction, p.value, p.is_approximate "
        "from fct_indicator_period p left join dim_indicator i using (indicator_code) "
        "where p.level = 'street' and p.grain = ? and p.period = ? and p.unit_code in "
        f"(select d.street_code from dim_community d where {where}) "
        "order by p.unit_code, p.indicator_code",
        (grain, period, *params))


def missing_reports(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """Community × indicator pairs with no value in the period: a gap in itself.

    An indicator is expected when any community reported it in the period (the form had it).
    """
    where, params = scope_clause(scope, "d.community_code")
    return query(
        "with reported as (select unit_code, indicator_code from fct_indicator_period "
        "  where level = 'community' and grain = ? and period = ? and value is not null), "
        "expected as (select distinct r.indicator_code from reported r "
        "  join dim_indicator i using (indicator_code) where i.kind <> 'derived') "
        "select d.community_code, d.community_name, d.street_name, i.indicator_code, "
        "i.indicator_name from dim_community d cross join expected e "
        "join dim_indicator i on i.indicator_code = e.indicator_code "
        f"where {where} and not exists (select 1 from reported r "
        "  where r.unit_code = d.community_code and r.indicator_code = e.indicator_code) "
        "order by d.community_code, i.indicator_code",
        (grain, period, *params))
