"""What a street's monthly briefing says, read from the published warehouse: 数据截至, who reported,
headline figures with month-on-month and year-on-year change, the ranking with its intervals,
indicators behind target, quality findings, and the alerts (see ``alerts``)."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from jiedao.briefing.alerts import Alert, evaluate_alerts
from jiedao.reports.periods import period_label

HEADLINE = ("petitions_received", "petitions_resolved", "petition_resolution_rate", "disputes_mediated",
            "people_employed", "dibao_persons", "volunteers", "volunteer_person_times")
COMPLETE_SHARE = 0.9   # a month is complete when this share of the street's communities reported it


@dataclass(frozen=True)
class Briefing:
    street_code: str
    street_name: str
    period: str
    data_as_of: str | None            # the latest month ≥ COMPLETE_SHARE of communities reported
    completeness: pd.DataFrame        # 社区, 应报, 已报, 状态
    headline: pd.DataFrame            # 指标, 本月, 上月, 环比, 去年同月, 同比, 单位
    ranking: pd.DataFrame             # 名次, 社区, 得分, 名次区间, 参与排名
    gaps: pd.DataFrame                # 社区, 指标, 数值, 目标, 差距
    findings: pd.DataFrame            # 社区, 类别, 说明
    alerts: tuple[Alert, ...]

    @property
    def title(self) -> str:
        return f"{self.street_name}{period_label(self.period)}工作简报"

    @property
    def not_reported(self) -> list[str]:
        return self.completeness.loc[self.completeness["状态"] != "已报送", "社区"].tolist()


def shift_month(period: str, months: int) -> str:
    index = int(period[:4]) * 12 + int(period[5:7]) - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def change(now: float | None, before: float | None) -> str:
    if now is None or before is None or pd.isna(now) or pd.isna(before) or before == 0:
        return "—"
    return f"{(now - before) / abs(before) * 100:+.1f}%"


def gather(con: duckdb.DuckDBPyConnection, street_code: str, period: str, alert_rules: pd.DataFrame) -> Briefing:
    street = con.execute("select street_name from dim_street where street_code = ?", [street_code]).fetchone()
    if street is None:
        raise LookupError(f"数据仓中没有街道「{street_code}」")
    completeness = con.execute("""
        select d.community_name as 社区, coalesce(c.indicators_expected, 0) as 应报, coalesce(c.indicators_reported, 0) as 已报,
               case c.status when 'reported' then '已报送' when 'partial' then '部分报送' else '未报送' end as 状态
        from dim_community d left join mart_submission_completeness c
          on c.community_code = d.community_code and c.period = ?
        where d.street_code = ? order by d.community_code""", [period, street_code]).df()
    shares = con.execute("""
        select c.period, avg(case when c.status = 'reported' then 1.0 else 0.0 end) as share
        from mart_submission_completeness c join dim_community d using (community_code)
        where d.street_code = ? and c.period <= ? group by c.period order by c.period""",
                         [street_code, period]).fetchall()
    data_as_of = max((p for p, share in shares if share >= COMPLETE_SHARE), default=None)
    values = dict(((p, code), v) for p, code, v in con.execute("""
        select period, indicator_code, value from fct_indicator_period
        where level = 'street' and unit_code = ? and grain = 'month' and period in (?, ?, ?)
          and indicator_code in (select unnest(?))""",
        [street_code, period, shift_month(period, -1), shift_month(period, -12), list(HEADLINE)]).fetchall())
    names = dict(con.execute("select indicator_code, indicator_name || '（' || unit || '）' from dim_indicator").fetchall())
    headline = pd.DataFrame([{
        "指标": names.get(code, code), "本月": values.get((period, code)),
        "上月": values.get((shift_month(period, -1), code)),
        "环比": change(values.get((period, code)), values.get((shift_month(period, -1), code))),
        "去年同月": values.get((shift_month(period, -12), code)),
        "同比": change(values.get((period, code)), values.get((shift_month(period, -12), code)))}
        for code in HEADLINE if code in names])
    ranking = con.execute("""
        select rank_in_street as 名次, community_name as 社区, round(score * 100, 1) as 得分,
               case when rank_p05 is null then '—' else cast(cast(rank_p05 as integer) as varchar) || '–'
                    || cast(cast(rank_p95 as integer) as varchar) end as 全市名次区间,
               case when eligible then '是' else coalesce(eligibility_reason, '否') end as 参与排名
        from mart_scores where street_code = ? and grain = 'month' and period = ? and method = 'composite'
        order by eligible desc, rank_in_street nulls last, community_name""", [street_code, period]).df()
    gaps = con.execute("""
        select community_name as 社区, indicator_name as 指标, value as 数值, target_value as 目标,
               round(target_ratio * 100, 1) as 达成率
        from mart_target_gaps where street_code = ? and grain = 'month' and period = ? and meets_target = false
        order by target_ratio nulls first limit 15""", [street_code, period]).df()
    findings = con.execute("""
        select coalesce(community_name, '') as 社区, rule_code as 类别, message as 说明
        from mart_quality_findings where street_code = ? and period = ?
        order by severity, community_name limit 30""", [street_code, period]).df()
    alerts = evaluate_alerts(lambda sql, params: con.execute(sql, list(params)).fetchall(), alert_rules,
                             street_code, period)
    return Briefing(street_code, street[0], period, data_as_of, completeness, headline, ranking, gaps, findings,
                    alerts)
