"""The dashboard's one data layer: every read of the published warehouse goes through here.

Views use it as ``from dashboard import data`` and call ``data.<name>``; the names live in:

- ``warehouse``  — the connection (jiedao/warehouse_reader.py: DuckDB's file or the PostgreSQL
  schema JIEDAO_ENGINE points to), read-only per query, bound parameters, results cached per
  (query, parameters, warehouse identity)
- ``scope``      — ``Scope`` and ``scope_clause``: the viewer's rows as a SQL condition
- ``dimensions`` — streets, communities, indicators, periods, peer groups; choices checked
  against the scope (``within``, ``narrow``, ``scope_name``)
- ``rankings``   — scores, score drivers, petition ranking (ranking view)
- ``gaps``       — target gaps, peer medians, street totals, missing reports (gaps, compare)
- ``profile``    — one community's indicators, trend and lineage (profile view)
- ``quality``    — submissions, quality findings, ingest problems (quality view)
- ``exports``    — the standardized indicator table and score table (export view)
- ``catalogue``  — targets and weights (catalogue view)
- ``alerts``     — the alert rules of the monthly briefing, for the viewer's streets
- ``overview``   — 数据截至, completeness per street, headline totals, target status, movers
  (总览)
- ``completeness`` — which periods enough communities reported (default period, 数据截至)

Every query function takes a ``Scope`` and filters by it in SQL, so the cache is keyed by scope
too: community staff get their community's rows only, street roles their street's.
"""

from __future__ import annotations

from dashboard.data.catalogue import targets, weights
from dashboard.data.completeness import (complete_months, complete_periods,
                                         latest_complete_month, month_shares)
from dashboard.data.dimensions import (GRAIN_LABELS, communities, indicators, months, narrow,
                                       peer_groups, periods, scope_name, streets, within)
from dashboard.data.alerts import alerts
from dashboard.data.exports import STANDARDIZED_COLUMNS, score_table, standardized_indicators
from dashboard.data.gaps import community_values, missing_reports, street_aggregates, target_gaps
from dashboard.data.overview import (STATUS_LABELS, data_as_of, headline_totals, movers,
                                     period_findings, previous_period, street_completeness,
                                     target_status, target_statuses, year_earlier)
from dashboard.data.profile import community_profile, indicator_trend, lineage, months_in
from dashboard.data.quality import ingest_problems, quality_findings, submission_matrix
from dashboard.data.rankings import (METHOD_LABELS, driver_rows, petition_history,
                                     petition_ranking, score_contributions, score_drivers,
                                     scores)
from dashboard.data.scope import CITY, Scope, scope_clause
from dashboard.data.warehouse import (EMPTY_WAREHOUSE_MESSAGE, WarehouseUnavailable, columns,
                                      current_warehouse, query, settings, table_exists,
                                      warehouse_exists, warehouse_identity)

__all__ = [
    "STATUS_LABELS", "data_as_of", "headline_totals", "movers", "period_findings",
    "previous_period", "street_completeness", "target_status", "target_statuses", "year_earlier",
    "CITY", "EMPTY_WAREHOUSE_MESSAGE", "GRAIN_LABELS", "METHOD_LABELS", "STANDARDIZED_COLUMNS",
    "Scope", "WarehouseUnavailable", "columns", "communities", "community_profile",
    "community_values", "complete_months", "complete_periods", "current_warehouse", "driver_rows", "indicator_trend", "indicators", "ingest_problems",
    "latest_complete_month", "lineage", "missing_reports", "month_shares", "months", "months_in", "narrow", "peer_groups", "periods",
    "petition_history", "petition_ranking", "quality_findings", "query", "score_contributions",
    "score_drivers", "score_table", "scope_clause", "scope_name", "scores", "settings",
    "standardized_indicators", "street_aggregates", "streets", "submission_matrix", "table_exists",
    "target_gaps", "targets", "warehouse_exists", "warehouse_identity", "weights", "within",
]
