"""The catalogue page's method figures: targets as the warehouse applies them and the composite
method's weights."""

from __future__ import annotations

import pandas as pd

from dashboard.data.scope import Scope, scope_clause
from dashboard.data.warehouse import columns, query


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
