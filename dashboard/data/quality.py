"""Data quality: who submitted what (mart_submission_completeness), the consistency and anomaly
findings (mart_quality_findings) and the problems ingest reported (mart_problems)."""

from __future__ import annotations

import pandas as pd

from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import columns, query


def submission_matrix(scope: Scope) -> pd.DataFrame:
    """Per community × month: status reported (every expected indicator, on time), late (every
    one, some after the due day), partial (some missing; partial_late when some also came
    late) or missing. Late is mart_submission_completeness.indicators_late, the count the
    warehouse's late_submission findings are made from, so the matrix and the findings agree."""
    where, params = scope_clause(scope, "s.community_code")
    late = ("coalesce(s.indicators_late, 0)"
            if "indicators_late" in columns("mart_submission_completeness") else "0")
    return query(
        "select s.community_code, d.community_name, d.street_name, s.period, "
        f"s.indicators_expected, s.indicators_reported, {late} as indicators_late, "
        f"case when s.status = 'missing' or s.indicators_reported = 0 then 'missing' "
        f"  when s.status = 'partial' and {late} > 0 then 'partial_late' "
        f"  when s.status = 'partial' then 'partial' when {late} > 0 then 'late' "
        "  else 'reported' end as status "
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
        "order by f.severity, f.community_code, f.period, f.indicator_code, f.rule_code, "
        "f.source_file, f.source_sheet, f.source_cell",
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
        "order by p.file_name, p.sheet, p.cell_ref, p.problem_code, p.message", params)
