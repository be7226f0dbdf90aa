"""The registry and the catalogue as the sidebar and every view see them: streets, communities,
indicators, periods, peer groups — and a street or community chosen in a widget or URL checked
against the viewer's scope, so a choice can only narrow it."""

from __future__ import annotations

import pandas as pd

from dashboard.data.scope import CITY, Scope, scope_clause
from dashboard.data.warehouse import columns, query

GRAIN_LABELS = {"month": "月", "quarter": "季度", "year": "年"}


def streets(scope: Scope = CITY) -> pd.DataFrame:
    where, params = scope_clause(scope)
    return query(
        f"select distinct street_code, street_name from dim_community where {where} "
        "order by street_code", params)


def communities(scope: Scope = CITY) -> pd.DataFrame:
    where, params = scope_clause(scope)
    return query(
        "select community_code, community_name, street_code, street_name, residents, peer_group "
        f"from dim_community where {where} order by community_code", params)


def indicators() -> pd.DataFrame:
    """The indicator catalogue (not scoped: it holds no community data)."""
    return query(
        "select indicator_code, indicator_name, unit, kind, direction, domain, definition, formula "
        "from dim_indicator order by indicator_code")


def periods(scope: Scope, grain: str) -> list[str]:
    """Periods with community values at this grain, newest first."""
    where, params = scope_clause(scope, "unit_code")
    frame = query(
        "select distinct period from fct_indicator_period "
        f"where level = 'community' and grain = ? and {where} order by period desc",
        (grain, *params))
    return frame["period"].tolist()


def months(scope: Scope) -> list[str]:
    return periods(scope, "month")


def peer_groups(scope: Scope = CITY) -> dict[str, str]:
    """Peer-group code → display name (the name when the warehouse has one)."""
    where, params = scope_clause(scope)
    name = "peer_group_name" if "peer_group_name" in columns("dim_community") else "peer_group"
    frame = query(
        f"select distinct peer_group, {name} as peer_group_name from dim_community "
        f"where {where} and peer_group is not null order by peer_group", params)
    return dict(zip(frame["peer_group"], frame["peer_group_name"]))


# ---- choices checked against the scope --------------------------------------------------------

def within(scope: Scope, community_code: str | None) -> Scope:
    """One community's scope, if it lies inside `scope`; otherwise `scope` unchanged.

    Widget values and URL parameters name communities; checked here in SQL against the
    viewer's scope, so no such value can reach a community outside it.
    """
    if not community_code:
        return scope
    where, params = scope_clause(scope)
    frame = query(f"select count(*) as n from dim_community where community_code = ? and {where}",
                  (community_code, *params))
    return Scope("community", community_code) if frame["n"].iloc[0] else scope


def narrow(scope: Scope, street_code: str | None) -> Scope:
    """The sidebar's street choice narrows a city scope; it never widens a role's scope."""
    if street_code and scope.level == "city" and street_code in set(
            streets(scope)["street_code"]):
        return Scope("street", street_code)
    return scope


def scope_name(scope: Scope) -> str:
    """The name of the city, street or community a scope covers (the code if unknown)."""
    column = {"city": "city", "street": "street", "community": "community"}[scope.level]
    if scope.code is None:
        frame = query("select min(city_name) as name from dim_community")
    else:
        frame = query(f"select min({column}_name) as name from dim_community "
                      f"where {column}_code = ?", (scope.code,))
    name = frame["name"].iloc[0]
    return str(name) if isinstance(name, str) else str(scope.code or "")
