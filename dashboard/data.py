"""The dashboard's one data layer: the only module that opens DuckDB.

Every query opens the published warehouse read-only, runs with bound parameters and closes it,
because a build publishes a new file by ``os.replace`` and DuckDB caches an open database by
path within a process. Results are cached per (query, parameters, warehouse file identity), so a
newly published warehouse shows after a reload. Every function takes a ``Scope`` (the signed-in
account's, perhaps narrowed) and filters by it in SQL with bound parameters, so the cache is keyed
by scope too: community staff get their community's rows only, street roles their street's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb
import pandas as pd
import streamlit as st

from jiedao.settings import Settings

EMPTY_WAREHOUSE_MESSAGE = "尚未发布数据仓：请先运行 jiedao ingest 与 jiedao build"

GRAIN_LABELS = {"month": "月", "quarter": "季度", "year": "年"}
METHOD_LABELS = {"target_ratio": "目标达成率", "composite": "综合得分"}


@dataclass(frozen=True)
class Scope:
    """Which rows a viewer may see: the whole city, one street or one community."""

    level: Literal["city", "street", "community"] = "city"
    code: str | None = None

    def __post_init__(self) -> None:
        if self.level not in ("city", "street", "community"):
            raise ValueError(f"未知的范围级别：{self.level}")
        if self.level != "city" and not self.code:
            raise ValueError("街道或社区范围必须给出代码")


CITY = Scope()


class WarehouseUnavailable(Exception):
    """The warehouse is not published yet, or lacks a table this page needs; the message says why."""


def settings() -> Settings:
    return Settings.from_env()


def warehouse_identity(path: Path) -> tuple[int, int] | None:
    """(inode, mtime) of the published file: changes whenever a build publishes a new one."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


def current_warehouse() -> tuple[str, int, int]:
    """(path, inode, mtime) of the published warehouse: the cache key for what views derive
    from its data, so a newly published warehouse is never shown through an old derivation."""
    path = settings().warehouse_db
    identity = warehouse_identity(path)
    if identity is None:
        raise WarehouseUnavailable(EMPTY_WAREHOUSE_MESSAGE)
    return (str(path), *identity)


def warehouse_exists() -> bool:
    return warehouse_identity(settings().warehouse_db) is not None


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_query(db_path: str, identity: tuple[int, int], sql: str,
                  params: tuple[object, ...]) -> pd.DataFrame:
    # identity is part of the cache key only: a republished warehouse misses the cache.
    del identity
    with duckdb.connect(db_path, read_only=True) as con:
        return con.execute(sql, list(params)).df()


def query(sql: str, params: tuple[object, ...] = ()) -> pd.DataFrame:
    """Run one read-only query against the published warehouse (cached)."""
    path = settings().warehouse_db
    identity = warehouse_identity(path)
    if identity is None:
        raise WarehouseUnavailable(EMPTY_WAREHOUSE_MESSAGE)
    try:
        return _cached_query(str(path), identity, sql, tuple(params))
    except duckdb.CatalogException as error:
        raise WarehouseUnavailable(
            f"数据仓缺少本页需要的表或字段，请重新运行 jiedao build（{str(error).splitlines()[0]}）"
        ) from error


def table_exists(name: str) -> bool:
    frame = query(
        "select count(*) as n from information_schema.tables where table_name = ?", (name,)
    )
    return bool(frame["n"].iloc[0])


def columns(table: str) -> set[str]:
    """The columns a warehouse table has: lets pages use optional extras (e.g. peer_group_name)."""
    frame = query("select column_name from information_schema.columns where table_name = ?",
                  (table,))
    return set(frame["column_name"])


def scope_clause(scope: Scope, column: str = "community_code") -> tuple[str, tuple[object, ...]]:
    """SQL condition on a community-code column that keeps only rows inside the scope."""
    if scope.level == "city":
        if scope.code is None:
            return "true", ()
        return (f"{column} in (select community_code from dim_community where city_code = ?)",
                (scope.code,))
    if scope.level == "street":
        return (f"{column} in (select community_code from dim_community where street_code = ?)",
                (scope.code,))
    return f"{column} = ?", (scope.code,)


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


# ---- dimensions -------------------------------------------------------------------------------

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


# ---- rankings ---------------------------------------------------------------------------------

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


# ---- gaps -------------------------------------------------------------------------------------

def target_gaps(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    where, params = scope_clause(scope, "g.community_code")
    return query(
        "select g.community_code, d.community_name, d.residents, g.indicator_code, "
        "i.indicator_name, i.unit, g.value, g.target_value, g.target_operator, g.gap, "
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
        "m as (select peer_group, indicator_code, median(value) as peer_median from v "
        "  group by peer_group, indicator_code) "
        "select v.unit_code as community_code, d.community_name, d.street_code, v.residents, "
        "v.peer_group, v.indicator_code, i.indicator_name, i.unit, i.kind, i.direction, "
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


# ---- community profile ------------------------------------------------------------------------

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
        "m as (select period, median(value) as peer_median from all_values "
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


# ---- quality ----------------------------------------------------------------------------------

def submission_matrix(scope: Scope) -> pd.DataFrame:
    where, params = scope_clause(scope, "s.community_code")
    return query(
        "select s.community_code, d.community_name, d.street_name, s.period, "
        "s.indicators_expected, s.indicators_reported, s.status "
        "from mart_submission_completeness s join dim_community d using (community_code) "
        f"where {where} order by s.community_code, s.period", params)


def quality_findings(scope: Scope, period: str | None = None) -> pd.DataFrame:
    where, params = scope_clause(scope, "f.community_code")
    period_sql, period_params = ("and f.period like ? || '%'", (period,)) if period else ("", ())
    if scope.level == "city" and scope.code is None:
        where = "true"  # the whole city also sees findings not tied to one community
    elif scope.level == "city":
        where = f"({where} or f.community_code is null)"
    return query(
        "select f.finding_type, f.rule_code, f.severity, f.community_code, d.community_name, "
        "f.period, f.indicator_code, f.message, f.value, f.source_file, f.source_sheet, "
        "f.source_cell from mart_quality_findings f "
        "left join dim_community d using (community_code) "
        f"where {where} {period_sql} "
        "order by f.severity, f.community_code, f.period, f.indicator_code",
        (*params, *period_params))


def ingest_problems(scope: Scope) -> pd.DataFrame:
    """Problems from ingest. Outside the whole city, only those in files whose every value lies
    inside the scope: a problem's message and raw text may name any community of its file."""
    if scope.level == "city" and scope.code is None:
        where, params = "true", ()
    else:
        inner, params = scope_clause(scope, "m.community_code")
        where = ("p.file_sha256 in (select m.file_sha256 from fct_indicator_monthly m "
                 f"group by m.file_sha256 having bool_and({inner}))")
    return query(
        "select p.file_name, p.sheet, p.cell_ref, p.problem_code, p.severity, p.message, "
        f"p.raw_text from mart_problems p where {where} "
        "order by p.file_name, p.sheet, p.cell_ref", params)


# ---- downloads --------------------------------------------------------------------------------

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
        "period, method, score, rank_in_street, rank_in_city, rank_in_peer, rank_change, coverage "
        f"from mart_scores where grain = ? {period_sql} and {where} "
        "order by period, method, rank_in_city",
        (grain, *period_params, *params))


# ---- catalogue --------------------------------------------------------------------------------

def targets() -> pd.DataFrame:
    """Targets as the warehouse applies them (one row per indicator and operator)."""
    return query(
        "select indicator_code, grain, target_operator, min(target_value) as target_min, "
        "max(target_value) as target_max from mart_target_gaps "
        "group by indicator_code, grain, target_operator order by indicator_code, grain")


def weights(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """The composite method's nominal weight per indicator, as used for this period.

    `weight` may be renormalized per community when some indicators are missing; the nominal
    weight (when the warehouse has it) is the one the catalogue sets.
    """
    where, params = scope_clause(scope)
    column = ("nominal_weight" if "nominal_weight" in columns("mart_score_contributions")
              else "weight")
    return query(
        f"select indicator_code, max({column}) as weight from mart_score_contributions "
        f"where method = 'composite' and grain = ? and period = ? and {where} "
        "group by indicator_code order by indicator_code",
        (grain, period, *params))
