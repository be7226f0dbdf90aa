"""The alert rules (seeds/alert_rules.csv, evaluated by jiedao.briefing.alerts — the same code as
the monthly briefing) for the viewer's streets and month, through this data layer's queries."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.data.dimensions import streets
from dashboard.data.scope import Scope
from dashboard.data.warehouse import query, settings
from jiedao.briefing.alerts import evaluate_alerts, read_rules

ALERT_COLUMNS = ["community_code", "community_name", "rule_code", "message", "source"]


def fetch(sql: str, params: Sequence[object]) -> list[tuple]:
    return list(query(sql, tuple(tuple(p) if isinstance(p, list) else p for p in params))
                .itertuples(index=False, name=None))


def alerts(scope: Scope, period: str) -> pd.DataFrame:
    """One row per alert in the scope for the month (a community account: its own only)."""
    rules = read_rules(settings().seeds_dir)
    rows = [(a.community_code, a.community_name, a.rule_code, a.message, a.source)
            for street in streets(scope)["street_code"]
            for a in evaluate_alerts(fetch, rules, street, period)
            if scope.level != "community" or a.community_code == scope.code]
    return pd.DataFrame(rows, columns=ALERT_COLUMNS)
