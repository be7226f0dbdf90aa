"""Alert rules as data (``seeds/alert_rules.csv``: rule_code, kind, indicator_code, months,
threshold, message), evaluated on the published warehouse for one street and month. Kinds:

- ``behind_target``: a community below its target for ``months`` months running (mart_target_gaps);
- ``drop``: a community's value fell by more than ``threshold`` % from the month before;
- ``not_reported``: a community sent nothing for the month (mart_submission_completeness).

Each alert names the community, the figures and where the latest figure came from (lineage).
A user adds a rule by adding a row; a new kind needs code here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

KINDS = ("behind_target", "drop", "not_reported")


Fetch = Callable[[str, Sequence[object]], list[tuple]]   # SQL with ? parameters → rows


@dataclass(frozen=True)
class Alert:
    rule_code: str
    community_code: str
    community_name: str
    message: str
    source: str          # file, sheet and cell of the latest figure, where there is one


def read_rules(seeds_dir: Path) -> pd.DataFrame:
    path = seeds_dir / "alert_rules.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["kind"] in KINDS]
    return pd.DataFrame(rows, columns=["rule_code", "kind", "indicator_code", "months", "threshold", "message"])


def shift(period: str, months: int) -> str:
    index = int(period[:4]) * 12 + int(period[5:7]) - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def source_of(fetch: Fetch, community: str, period: str, indicator: str) -> str:
    found = next(iter(fetch("select source_file, source_sheet, source_cell from fct_indicator_monthly "
                        "where community_code = ? and period = ? and indicator_code = ? and source_file is not null "
                        "order by source_file, source_sheet, source_cell",
                        [community, period, indicator])), None)
    return f"文件「{found[0]}」工作表「{found[1]}」单元格 {found[2]}" if found else "由数据仓计算"


def evaluate_alerts(fetch: Fetch, rules: pd.DataFrame, street_code: str, period: str) -> tuple[Alert, ...]:
    """``fetch`` runs a query on the published warehouse (the briefing's connection, or the
    dashboard's data layer), so the rules are evaluated the same way in both."""
    alerts: list[Alert] = []
    for rule in rules.itertuples(index=False):
        months = int(rule.months or 1)
        if rule.kind == "behind_target":
            wanted = [shift(period, -n) for n in range(months)]
            for community, name, count in fetch("""
                    select g.community_code, min(d.community_name), count(*)
                    from mart_target_gaps g join dim_community d on d.community_code = g.community_code
                    where d.street_code = ? and g.grain = 'month' and g.indicator_code = ? and g.meets_target = false
                      and g.period in (select unnest(?))
                    group by g.community_code having count(*) = ?
                    order by g.community_code""",
                    [street_code, rule.indicator_code, wanted, months]):
                alerts.append(Alert(rule.rule_code, community, name, rule.message.format(months=months),
                                    source_of(fetch, community, period, rule.indicator_code)))
        elif rule.kind == "drop":
            threshold = float(rule.threshold or 0)
            for community, name, now, before in fetch("""
                    select a.unit_code, a.unit_name, a.value, b.value from fct_indicator_period a
                    join fct_indicator_period b on b.level = a.level and b.unit_code = a.unit_code
                     and b.grain = a.grain and b.indicator_code = a.indicator_code and b.period = ?
                    where a.level = 'community' and a.unit_code like ? and a.grain = 'month' and a.period = ?
                      and a.indicator_code = ? and b.value > 0 and a.value < b.value * (1 - ? / 100.0)
                    order by a.unit_code""",
                    [shift(period, -1), f"{street_code}%", period, rule.indicator_code, threshold]):
                alerts.append(Alert(rule.rule_code, community, name, rule.message.format(
                    change=f"{(before - now) / before * 100:.0f}%（{before:g} → {now:g}）", threshold=f"{threshold:g}"),
                    source_of(fetch, community, period, rule.indicator_code)))
        else:
            for community, name in fetch("""
                    select d.community_code, d.community_name from dim_community d
                    left join mart_submission_completeness c on c.community_code = d.community_code and c.period = ?
                    where d.street_code = ? and coalesce(c.status, 'missing') = 'missing'
                    order by d.community_code""", [period, street_code]):
                alerts.append(Alert(rule.rule_code, community, name, rule.message, ""))
    return tuple(alerts)
