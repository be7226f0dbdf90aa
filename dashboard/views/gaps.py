"""差距: communities × indicators coloured by gap to target or to the peer median; what is missing."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, sidebar
from dashboard.formatting import format_number, format_period

REFERENCES = {"target": "与目标的差距", "peer": "与同类社区中位数的差距"}
RATE_UNITS = {"%", "人/千人"}  # already relative: never divided by residents again


def gap_frame(scope: data.Scope, filters: sidebar.Filters, reference: str,
              per_thousand: bool) -> pd.DataFrame:
    """One row per community × indicator: `better` > 0 means better than the reference."""
    if reference == "target":
        frame = data.target_gaps(scope, filters.grain, filters.period)
        lower = frame["target_operator"].isin(["<=", "<"])
        frame["better"] = (frame["value"] - frame["target_value"]).where(
            ~lower, frame["target_value"] - frame["value"])
    else:
        frame = data.community_values(scope, filters.grain, filters.period)
        frame = frame[frame["direction"].isin(["higher_better", "lower_better"])].copy()
        lower = frame["direction"] == "lower_better"
        frame["better"] = (frame["value"] - frame["peer_median"]).where(
            ~lower, frame["peer_median"] - frame["value"])
    frame = frame.dropna(subset=["better"])
    if per_thousand:
        counts = ~frame["unit"].isin(RATE_UNITS)
        frame.loc[counts, "better"] = frame.loc[counts, "better"] / frame.loc[
            counts, "residents"] * 1000
    # Colour by each indicator's own spread, so 件 and 元 can share one map.
    spread = frame.groupby("indicator_code")["better"].transform(lambda s: s.abs().max())
    frame["relative"] = (frame["better"] / spread.where(spread > 0)).fillna(0.0)
    return frame


def weakest(frame: pd.DataFrame, count: int = 3) -> pd.DataFrame:
    rows = []
    for (_, name), group in frame.groupby(["community_code", "community_name"]):
        worst = group[group["relative"] < 0].sort_values(["relative", "indicator_code"]).head(count)
        rows.append({"社区": name, "最弱指标": "、".join(worst["indicator_name"]) or "无（均不低于参照）"})
    return pd.DataFrame(rows)


def render_missing(filters: sidebar.Filters) -> None:
    st.subheader("未报送")
    missing = data.missing_reports(filters.scope, filters.grain, filters.period)
    st.metric("未报送的社区×指标", len(missing))
    if missing.empty:
        st.success(f"{format_period(filters.period)}所有社区都报送了本期的全部指标。")
        return
    summary = missing.groupby(["community_code", "community_name", "street_name"]).agg(
        未报指标数=("indicator_code", "size"),
        未报指标=("indicator_name", "、".join)).reset_index()
    st.dataframe(summary.rename(columns={"community_name": "社区", "street_name": "街道"})[
        ["社区", "街道", "未报指标数", "未报指标"]], hide_index=True, key="missing_table")


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    reference = st.radio("参照", list(REFERENCES), format_func=REFERENCES.get, horizontal=True,
                         key="gap_reference")
    per_thousand = st.toggle("按每千名常住居民计算", key="gap_per_thousand")
    frame = gap_frame(filters.scope, filters, reference, per_thousand)
    if frame.empty:
        st.info(f"{format_period(filters.period)}没有可比较的{('目标' if reference == 'target' else '同类社区')}数据。")
    else:
        matrix = frame.pivot_table(index="community_name", columns="indicator_name",
                                   values="relative", sort=False)
        text = frame.pivot_table(index="community_name", columns="indicator_name",
                                 values="better", sort=False).map(format_number)
        unit = "（每千人）" if per_thousand else ""
        st.plotly_chart(charts.gap_heatmap(
            matrix, text.reindex_like(matrix).fillna("—"),
            f"{format_period(filters.period)} {REFERENCES[reference]}{unit}（正数=优于参照）",
            "相对差距"))
        st.subheader("各社区最弱指标")
        st.dataframe(weakest(frame), hide_index=True, key="weakest_table")
    render_missing(filters)


sidebar.view("差距", render)
