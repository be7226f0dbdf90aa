"""差距: communities × indicators coloured by gap to target or to the peer median; what is missing."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, paging, sidebar
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
        frame = data.community_values(scope, filters.grain, filters.period, directional=True)
        lower = frame["direction"] == "lower_better"
        frame["better"] = (frame["value"] - frame["peer_median"]).where(
            ~lower, frame["peer_median"] - frame["value"])
    frame = frame.dropna(subset=["better"])
    if per_thousand:
        counts = ~frame["unit"].isin(RATE_UNITS)
        frame.loc[counts, "better"] = frame.loc[counts, "better"] / frame.loc[
            counts, "residents"] * 1000
    # Colour by each indicator's own spread, so 件 and 元 can share one map.
    spread = frame["better"].abs().groupby(frame["indicator_code"]).transform("max")
    frame["relative"] = (frame["better"] / spread.where(spread > 0)).fillna(0.0)
    return frame


def joined(frame: pd.DataFrame, key: str, column: str) -> pd.Series:
    """Per `key`, its `column` values joined with "、" in frame order (index: key).

    Columnwise, not a Python join per group: tens of thousands of communities stay fast.
    """
    if frame.empty:
        return pd.Series(dtype=object)
    position = frame.groupby(key, sort=False).cumcount().to_numpy()
    wide = frame.assign(_position=position).pivot(index=key, columns="_position", values=column)
    text = wide[0]
    for step in wide.columns[1:]:
        text = text.where(wide[step].isna(), text + "、" + wide[step])
    return text


def weakest(frame: pd.DataFrame, count: int = 3) -> pd.DataFrame:
    """Per community (in code order): its `count` weakest indicators below the reference."""
    communities = frame.drop_duplicates("community_code").sort_values("community_code")
    below = frame[frame["relative"] < 0].sort_values(
        ["community_code", "relative", "indicator_code"])
    names = joined(below.groupby("community_code", sort=False).head(count), "community_code",
                   "indicator_name")
    return pd.DataFrame({
        "社区": communities["community_name"].to_numpy(),
        "最弱指标": communities["community_code"].map(names).fillna("无（均不低于参照）").to_numpy(),
    })


@st.cache_data(show_spinner=False, max_entries=16)
def gap_views(warehouse: tuple[str, int, int], filters: sidebar.Filters, reference: str,
              per_thousand: bool) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The gaps (community × indicator, most behind first), the heatmap's row order (one row
    per community with its label) and the weakest-indicator table, built once per warehouse
    and choice: reruns reuse them instead of redoing the pandas work over every community."""
    del warehouse  # the cache key: a newly published warehouse is derived afresh
    frame = gap_frame(filters.scope, filters, reference, per_thousand)
    if frame.empty:
        return frame, pd.DataFrame(), pd.DataFrame()
    # Rows of the heatmap: the communities furthest behind on average first.
    order = (frame.groupby("community_code")["relative"].mean().rename("mean_relative")
             .reset_index().sort_values(["mean_relative", "community_code"], ignore_index=True))
    names = frame.drop_duplicates("community_code").set_index("community_code")["community_name"]
    streets = data.communities(filters.scope).set_index("community_code")["street_name"]
    labels = paging.distinct_labels(names, streets.reindex(names.index).fillna(""))
    order["label"] = order["community_code"].map(labels)
    columns = ["community_code", "indicator_code", "indicator_name", "better", "relative"]
    return frame[columns], order[["community_code", "label"]], weakest(frame)


@st.cache_data(show_spinner=False, max_entries=64)
def gap_overview(warehouse: tuple[str, int, int], filters: sidebar.Filters, reference: str,
                 per_thousand: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The heatmap's row order and the weakest-indicator table: one row per community, so a
    warm rerun never copies the communities × indicators frame out of the cache."""
    return gap_views(warehouse, filters, reference, per_thousand)[1:]


@st.cache_data(show_spinner=False, max_entries=64)
def heatmap_rows(warehouse: tuple[str, int, int], filters: sidebar.Filters, reference: str,
                 per_thousand: bool, codes: tuple[str, ...],
                 labels: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The heatmap's values and texts for one slice of communities (cached per slice, so a
    rerun does not filter the communities × indicators frame again)."""
    gaps = gap_views(warehouse, filters, reference, per_thousand)[0]
    return heatmap_frames(gaps, list(codes), list(labels))


def heatmap_frames(gaps: pd.DataFrame, codes: list[str],
                   labels: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The heatmap's values (relative gap) and cell texts (the gap itself) for these
    communities (rows labelled `labels`, in this order); indicators in code order."""
    shown = gaps[gaps["community_code"].isin(set(codes))]
    indicators = shown.drop_duplicates("indicator_code").sort_values("indicator_code")
    columns = indicators["indicator_code"].tolist()
    matrix = shown.pivot(index="community_code", columns="indicator_code",
                         values="relative").reindex(index=codes, columns=columns)
    better = shown.pivot(index="community_code", columns="indicator_code",
                         values="better").reindex(index=codes, columns=columns)
    text = better.map(format_number).where(better.notna(), "—")
    names = indicators["indicator_name"].tolist()
    for table in (matrix, text):
        table.index, table.columns = labels, names
    return matrix, text


@st.cache_data(show_spinner=False, max_entries=64)
def missing_summary(warehouse: tuple[str, int, int], scope: data.Scope, grain: str,
                    period: str) -> tuple[int, pd.DataFrame]:
    """How many community × indicator pairs were not reported, and per community which."""
    del warehouse
    missing = data.missing_reports(scope, grain, period)
    summary = missing.groupby(["community_code", "community_name", "street_name"]).agg(
        未报指标数=("indicator_code", "size")).reset_index()
    summary["未报指标"] = summary["community_code"].map(
        joined(missing, "community_code", "indicator_name"))
    return len(missing), summary.rename(columns={"community_name": "社区", "street_name": "街道"})[
        ["社区", "街道", "未报指标数", "未报指标"]]


def render_missing(filters: sidebar.Filters) -> None:
    st.subheader("未报送")
    count, summary = missing_summary(data.current_warehouse(), filters.scope, filters.grain,
                                     filters.period)
    st.metric("未报送的社区×指标", count)
    if not count:
        st.success(f"{format_period(filters.period)}所有社区都报送了本期的全部指标。")
        return
    st.dataframe(summary, hide_index=True, key="missing_table")


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    reference = st.radio("参照", list(REFERENCES), format_func=REFERENCES.get, horizontal=True,
                         key="gap_reference")
    per_thousand = st.toggle("按每千名常住居民计算", key="gap_per_thousand")
    warehouse = data.current_warehouse()
    order, weakest_table = gap_overview(warehouse, filters, reference, per_thousand)
    if order.empty:
        st.info(f"{format_period(filters.period)}没有可比较的{('目标' if reference == 'target' else '同类社区')}数据。")
    else:
        shown = paging.chart_rows(order, "gap_chart_rows", unit="个", ends=False,
                                  prefix="差距最大的",
                                  where_all="按各指标平均相对差距从大到小排列；每个社区的最弱指标见下表")
        matrix, text = heatmap_rows(warehouse, filters, reference, per_thousand,
                                    tuple(shown["community_code"]), tuple(shown["label"]))
        unit = "（每千人）" if per_thousand else ""
        st.plotly_chart(charts.gap_heatmap(
            matrix, text,
            f"{format_period(filters.period)} {REFERENCES[reference]}{unit}（正数=优于参照）",
            "相对差距"))
        st.subheader("各社区最弱指标")
        st.dataframe(weakest_table, hide_index=True, key="weakest_table")
    render_missing(filters)


sidebar.view("差距", render)
