"""Click-through: a clicked bar, heatmap cell or table row opens that community's 社区画像.

Charts are drawn with ``st.plotly_chart(..., on_select="rerun", selection_mode="points")`` and
tables with ``st.dataframe(..., on_select="rerun", selection_mode="single-row")``; the views hand
the returned selection to ``follow_point`` / ``follow_row``. A selected community is resolved
against the viewer's scope (so a label can never reach outside it), kept where the profile's
sidebar reads its choices (``kept_community``, ``kept_grain``, ``kept_period_<grain>``), the
indicator is preselected for the trend and the lineage, and the page switches with
``?community=`` in the URL.
"""

from __future__ import annotations

import html
from typing import Any, Sequence

import pandas as pd
import streamlit as st

from dashboard import data

PROFILE = "views/profile.py"
RANKING = "views/ranking.py"
GAPS = "views/gaps.py"
QUALITY = "views/quality.py"


def open_profile(community_code: str, grain: str | None = None, period: str | None = None,
                 indicator: str | None = None) -> None:
    """Keep the community, period and indicator for the profile, then switch to it."""
    st.session_state["community"] = st.session_state["kept_community"] = community_code
    if grain and period:
        st.session_state["kept_grain"] = grain
        st.session_state[f"kept_period_{grain}"] = period
    if indicator:
        st.session_state["trend_indicator"] = st.session_state["lineage_indicator"] = indicator
    params = {key: st.query_params.get(key) for key in st.query_params}
    params["community"] = community_code
    st.switch_page(PROFILE, query_params=params)


def community_code(scope: data.Scope, label: object, street: object = None) -> str | None:
    """The community a chart label or table cell names: its name, or "name（street）" as
    paging.distinct_labels writes a repeated name; only communities inside the scope."""
    if label is None or pd.isna(label):
        return None
    text = html.unescape(str(label))  # chart labels are HTML-escaped (charts.plain)
    communities = data.communities(scope)
    labels = communities["community_name"] + "（" + communities["street_name"] + "）"
    found = communities[(labels == text) | (communities["community_name"] == text)]
    if street is not None and not pd.isna(street) and len(found) > 1:
        found = found[found["street_name"] == street]
    return str(found["community_code"].iloc[0]) if len(found) else None


def indicator_code(name: object) -> str | None:
    """The indicator a heatmap column names (its Chinese name)."""
    if name is None:
        return None
    catalogue = data.indicators()
    found = catalogue[catalogue["indicator_name"] == html.unescape(str(name))]
    return str(found["indicator_code"].iloc[0]) if len(found) else None


def selected_point(event: Any) -> dict[str, Any] | None:
    """The first clicked point of a plotly chart's selection, if any."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    return dict(points[0]) if points else None


def selected_row(event: Any) -> int | None:
    """The selected row's position in the table as drawn (before any sorting by the viewer)."""
    try:
        rows = event["selection"]["rows"]
    except (KeyError, TypeError):
        return None
    return int(rows[0]) if rows else None


def follow_point(event: Any, scope: data.Scope, grain: str, period: str, *,
                 indicator: str | None = None, indicator_axis: str | None = None) -> None:
    """Open the profile of the community on the clicked point's y axis (horizontal bars,
    heatmap rows); `indicator_axis` ("x") names the indicator axis of a heatmap."""
    point = selected_point(event)
    if point is None:
        return
    code = community_code(scope, point.get("y"))
    if indicator_axis:
        indicator = indicator_code(point.get(indicator_axis)) or indicator
    if code:
        open_profile(code, grain, period, indicator)


def follow_row(event: Any, scope: data.Scope, grain: str, period: str,
               codes: Sequence[object], *, indicators: Sequence[object] | None = None,
               indicator: str | None = None) -> None:
    """Open the profile of the community in the selected row: `codes` (and `indicators`) give
    each drawn row's community (and indicator); a code outside the scope is ignored."""
    row = selected_row(event)
    if row is None or row >= len(codes) or codes[row] is None or pd.isna(codes[row]):
        return
    code = str(codes[row])
    if indicators is not None and pd.notna(indicators[row]):
        indicator = str(indicators[row])
    if data.within(scope, code) == data.Scope("community", code):
        open_profile(code, grain, period, indicator)


def clickable_table(table: pd.DataFrame, key: str, scope: data.Scope, grain: str, period: str,
                    codes: Sequence[object], *, indicators: Sequence[object] | None = None) -> None:
    """A table whose row, when clicked, opens that row's community profile (see follow_row)."""
    event = st.dataframe(table, hide_index=True, key=key, on_select="rerun", selection_mode="single-row")
    follow_row(event, scope, grain, period, codes, indicators=indicators)


def follow_named_row(event: Any, table: pd.DataFrame, scope: data.Scope, grain: str,
                     period: str, *, name_column: str = "社区", street_column: str | None = "街道",
                     indicator: str | None = None) -> None:
    """Open the profile of the community a table without codes names in the selected row
    (only that row is resolved: a table of thousands costs nothing until a click)."""
    row = selected_row(event)
    if row is None or row >= len(table):
        return
    record = table.iloc[row]
    street = record[street_column] if street_column and street_column in table else None
    code = community_code(scope, record[name_column], street)
    if code:
        open_profile(code, grain, period, indicator)
