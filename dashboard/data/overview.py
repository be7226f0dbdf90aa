"""总览 (the home page): how far the data reaches (数据截至, reporting completeness per street from
mart_submission_completeness), headline totals with the previous period and a year earlier
(fct_indicator_period), indicators on or behind target (mart_target_gaps, one green/amber/red
rule: ``target_status``), the communities whose rank moved most (mart_scores) and the period's
quality findings (mart_quality_findings). Every query is scoped like the rest of the data layer."""

from __future__ import annotations

import re

import pandas as pd

from dashboard.data.gaps import target_gaps
from dashboard.data.profile import months_in
from dashboard.data.quality import quality_findings
from dashboard.data.rankings import scores
from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import query

# The figures a street leader asks for first; a rate is recomputed from the summed counts.
HEADLINE_INDICATORS = ("petitions_received", "petitions_resolved", "volunteers",
                       "people_employed", "jobs_created")
RATES = {"petition_resolution_rate": ("petitions_resolved", "petitions_received", 100.0)}
AMBER_MARGIN = 0.10  # within 10 % of the target: amber (CityScore style)
STATUS_LABELS = {"green": "达标", "amber": "接近目标", "red": "落后", "missing": "未报送"}


# ---- periods --------------------------------------------------------------------------------

def previous_period(grain: str, period: str) -> str | None:
    """The period before: 2025-01 → 2024-12, 2025-Q1 → 2024-Q4, 2025 → 2024."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})", period):
        year, month = int(match[1]), int(match[2])
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        year, quarter = int(match[1]), int(match[2])
        return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"
    if re.fullmatch(r"\d{4}", period):
        return str(int(period) - 1)
    return None


def year_earlier(grain: str, period: str) -> str | None:
    """The same period a year earlier (none for a year: its previous period already is)."""
    if grain == "year" or not re.fullmatch(r"\d{4}-(\d{2}|Q[1-4])", period):
        return None
    return f"{int(period[:4]) - 1}{period[4:]}"


# ---- 数据截至 and completeness ---------------------------------------------------------------

def data_as_of(scope: Scope) -> str | None:
    """The latest month any community in the scope reported for (YYYY-MM), or None."""
    where, params = scope_clause(scope)
    frame = query("select max(period) as period from mart_submission_completeness "
                  f"where status <> 'missing' and {where}", params)
    period = frame["period"].iloc[0]
    return period if isinstance(period, str) else None


def street_completeness(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """Per street in the scope: community-months expected in the period, how many came in full,
    in part or not at all, the share of expected indicators reported and the latest month."""
    where, params = scope_clause(scope, "s.community_code")
    months = months_in(grain, period)
    placeholders = ", ".join("?" for _ in months)
    return query(
        "select d.street_code, d.street_name, count(distinct s.community_code) as communities, "
        "count(*) filter (where s.status = 'reported') as reported, "
        "count(*) filter (where s.status = 'partial') as partial, "
        "count(*) filter (where s.status = 'missing') as missing, "
        "cast(sum(s.indicators_reported) as double precision) "
        "  / nullif(sum(s.indicators_expected), 0) as share, "
        "max(s.period) filter (where s.status <> 'missing') as latest "
        "from mart_submission_completeness s join dim_community d using (community_code) "
        f"where s.period in ({placeholders}) and {where} "
        "group by d.street_code, d.street_name order by d.street_code",
        (*months, *params))


# ---- headline totals ------------------------------------------------------------------------

def headline_totals(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """One row per headline indicator with data in the period: the scope's total (community
    rows summed; rates recomputed from the sums), the previous period's and a year earlier's,
    and the changes in percent."""
    wanted = {"current": period, "previous": previous_period(grain, period),
              "year_ago": year_earlier(grain, period)}
    periods = tuple(p for p in wanted.values() if p)
    codes = tuple(dict.fromkeys((*HEADLINE_INDICATORS,
                                 *(code for parts in RATES.values() for code in parts[:2]))))
    where, params = scope_clause(scope, "p.unit_code")
    sums = query(
        "select p.period, p.indicator_code, sum(p.value) as value, "
        "bool_or(coalesce(p.is_approximate, false)) as is_approximate "
        "from fct_indicator_period p "
        f"where p.level = 'community' and p.grain = ? and p.period in ({', '.join('?' * len(periods))}) "
        f"and p.indicator_code in ({', '.join('?' * len(codes))}) and {where} "
        "group by p.period, p.indicator_code",
        (grain, *periods, *codes, *params))
    catalogue = query("select indicator_code, indicator_name, unit, direction from dim_indicator")
    table = sums.pivot_table(index="indicator_code", columns="period", values="value",
                             aggfunc="sum")
    approximate = sums[sums["period"] == period].set_index("indicator_code")["is_approximate"]
    rows = []
    order = [*HEADLINE_INDICATORS[:2], *RATES, *HEADLINE_INDICATORS[2:]]
    for code in order:
        values = {}
        for key, which in wanted.items():
            if code in RATES:
                numerator, denominator, scale = RATES[code]
                top, bottom = _cell(table, numerator, which), _cell(table, denominator, which)
                values[key] = top / bottom * scale if bottom else None
            else:
                values[key] = _cell(table, code, which)
        if values["current"] is None:
            continue
        rows.append({"indicator_code": code, **values,
                     "is_approximate": bool(approximate.get(code, False))})
    frame = pd.DataFrame(rows, columns=["indicator_code", "current", "previous", "year_ago",
                                        "is_approximate"])
    frame = frame.merge(catalogue, on="indicator_code", how="left")
    for key, change in (("previous", "change_previous"), ("year_ago", "change_year")):
        base = pd.to_numeric(frame[key], errors="coerce")
        current = pd.to_numeric(frame["current"], errors="coerce")
        frame[change] = ((current - base) / base.abs() * 100).where(base.notna() & (base != 0))
    return frame


def _cell(table: pd.DataFrame, code: str, period: str | None) -> float | None:
    if period is None or code not in table.index or period not in table.columns:
        return None
    value = table.at[code, period]
    return None if pd.isna(value) else float(value)


# ---- targets: green / amber / red -----------------------------------------------------------

def target_status(value: object, target: object, operator: object) -> str:
    """The one rule: green = meets the target, amber = misses it by at most 10 % of the target,
    red = further behind; missing = no value reported."""
    if pd.isna(value) or pd.isna(target):
        return "missing"
    value, target = float(value), float(target)
    margin = abs(target) * AMBER_MARGIN
    if operator in ("<=", "<"):
        if value < target or (operator == "<=" and value == target):
            return "green"
        return "amber" if value <= target + margin else "red"
    if value > target or (operator != ">" and value == target):
        return "green"
    return "amber" if value >= target - margin else "red"


def target_statuses(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """mart_target_gaps in the scope with a `status` column (green/amber/red/missing)."""
    frame = target_gaps(scope, grain, period)
    frame["status"] = [target_status(v, t, o) for v, t, o in
                       zip(frame["value"], frame["target_value"], frame["target_operator"])]
    return frame


# ---- movers and findings --------------------------------------------------------------------

def movers(scope: Scope, grain: str, period: str, method: str) -> pd.DataFrame:
    """Communities with their city-rank change and score change since the previous period,
    biggest climbers first (rows without a previous rank left out)."""
    current = scores(scope, grain, period, method)
    before = previous_period(grain, period)
    previous = scores(scope, grain, before, method) if before else current.iloc[0:0]
    frame = current.merge(previous[["community_code", "score"]].rename(
        columns={"score": "previous_score"}), on="community_code", how="left")
    frame["score_change"] = frame["score"] - frame["previous_score"]
    frame = frame[frame["rank_change"].notna()]
    return frame.sort_values(["rank_change", "community_code"], ascending=[False, True],
                             ignore_index=True)


def period_findings(scope: Scope, grain: str, period: str) -> pd.DataFrame:
    """The quality findings about months of this period."""
    findings = quality_findings(scope)
    return findings[findings["period"].isin(months_in(grain, period))].reset_index(drop=True)
