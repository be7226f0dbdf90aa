"""排名: the league table of communities by score, with rank intervals and score drivers."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, paging, sidebar
from dashboard.formatting import (format_number, format_percent, format_period,
                                  format_rank_change, format_rank_interval, format_share)

ALL_PEERS = "全部社区"


def format_score(score: object, method: str) -> str:
    """Scores are 0–1 in the warehouse: target ratio reads as a percentage, composite as 0–100."""
    if method == "target_ratio":
        return format_percent(None if pd.isna(score) else float(score) * 100)
    return format_number(None if pd.isna(score) else round(float(score) * 100, 2))


def league_table(scores: pd.DataFrame, rank_column: str, drivers: pd.DataFrame,
                 method: str) -> pd.DataFrame:
    """drivers: data.score_drivers (community_code, best, worst)."""
    frame = scores.merge(drivers.rename(columns={"best": "主要加分项", "worst": "主要拖累项"}),
                         on="community_code", how="left")
    frame = frame.sort_values([rank_column, "community_code"])
    return pd.DataFrame({
        "名次": frame[rank_column].astype("Int64"),
        "社区": frame["community_name"],
        "街道": frame["street_name"],
        "得分": frame["score"].map(lambda score: format_score(score, method)),
        "名次变化": frame["rank_change"].map(format_rank_change),
        "覆盖率": frame["coverage"].map(format_share),
        "名次区间": [format_rank_interval(low, high)
                 for low, high in zip(frame["rank_p05"], frame["rank_p95"])],
        "主要加分项": frame["主要加分项"].fillna("—"),
        "主要拖累项": frame["主要拖累项"].fillna("—"),
    }).reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=64)
def ranked(warehouse: tuple[str, int, int], scope: data.Scope, grain: str, period: str,
           method: str, peer_group: str | None,
           rank_column: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The league table and the rank-interval rows (same order), built once per warehouse and
    choice: reruns (a click, a page switch) reuse them instead of redoing the pandas work."""
    del warehouse  # the cache key: a newly published warehouse is derived afresh
    scores = data.scores(scope, grain, period, method, peer_group)
    if scores.empty:
        return pd.DataFrame(), pd.DataFrame()
    drivers = data.score_drivers(scope, grain, period, method)
    if drivers.empty:  # a method without its own breakdown: show the composite's drivers
        drivers = data.score_drivers(scope, grain, period, "composite")
    table = league_table(scores, rank_column, drivers, method)
    intervals = scores.sort_values([rank_column, "community_code"]).rename(
        columns={rank_column: "rank"})
    intervals = intervals.assign(label=paging.distinct_labels(
        intervals["community_name"], intervals["street_name"]))
    return table, intervals[["label", "rank", "rank_p05", "rank_p95"]].reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=64)
def petition_table(warehouse: tuple[str, int, int], scope: data.Scope,
                   period: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The resolution-rate table as shown, and the chart's rows (label, rate), best first."""
    del warehouse
    ranking = data.petition_ranking(scope, period)
    table = pd.DataFrame({
        "社区": ranking["community_name"],
        "街道": ranking["street_name"],
        "受理数": ranking["petitions_received"].map(format_number),
        "办结数": ranking["petitions_resolved"].map(format_number),
        "办结率": ranking["resolution_rate"].map(format_percent),
        "街道内名次": ranking["rank_in_street"].astype("Int64"),
        "全市名次": ranking["rank_in_city"].astype("Int64"),
    })
    bars = pd.DataFrame({
        "label": paging.distinct_labels(ranking["community_name"], ranking["street_name"]),
        "resolution_rate": ranking["resolution_rate"],
        "rank_in_city": ranking["rank_in_city"],
        "community_name": ranking["community_name"]})
    return table, bars


def format_rank(rank: object) -> str:
    return "—" if pd.isna(rank) else f"第{int(rank)}名"


def render_scores(filters: sidebar.Filters) -> None:
    method = sidebar.kept_choice("评分方法", list(data.METHOD_LABELS), "method",
                                 data.METHOD_LABELS.get, radio=True)
    groups = data.peer_groups(filters.scope)
    peer = sidebar.kept_choice("同类社区组", [ALL_PEERS, *groups], "peer_group",
                               lambda code: groups.get(code, code))
    peer_group = None if peer == ALL_PEERS else peer
    rank_column, rank_label = (("rank_in_peer", "同类社区内名次") if peer_group else
                               ("rank_in_street", "街道内名次") if filters.street_code else
                               ("rank_in_city", "全市名次"))
    table, intervals = ranked(data.current_warehouse(), filters.scope, filters.grain,
                              filters.period, method, peer_group, rank_column)
    if table.empty:
        st.info(f"{format_period(filters.period)}没有{data.METHOD_LABELS[method]}：该期间尚无可评分的数据。")
        return
    leader = table.iloc[0]
    if filters.scope.level == "community":  # one row: its rank, never "first" among one
        st.metric(f"{format_period(filters.period)}{data.METHOD_LABELS[method]}{rank_label}",
                  format_rank(leader["名次"]), f"得分 {leader['得分']}", delta_color="off",
                  delta_arrow="off")
    else:
        st.metric(f"{format_period(filters.period)}{data.METHOD_LABELS[method]}第一",
                  leader["社区"], f"得分 {leader['得分']}", delta_color="off", delta_arrow="off")
    st.caption(f"名次为{rank_label}；名次区间为 5%–95% 可能名次，区间重叠的社区实际上难分高下。")
    st.dataframe(table, hide_index=True, key="league_table")
    shown = paging.chart_rows(intervals, "league_chart_rows")
    st.plotly_chart(charts.rank_intervals(shown, label="label", title=f"{rank_label}与名次区间"))


def render_petitions(filters: sidebar.Filters) -> None:
    """The first-cut ranking (issue 2): resolution rate of the month, rank in street."""
    st.subheader("诉求办结率排名")
    if filters.grain != "month":
        st.caption("诉求办结率排名按月显示，请在左侧选择“月”。")
        return
    table, bars = petition_table(data.current_warehouse(), filters.scope, filters.period)
    if table.empty:
        st.info(f"{format_period(filters.period)}没有诉求数据。")
        return
    leader = bars.iloc[0]
    if filters.scope.level == "community":
        st.metric(f"{format_period(filters.period)}诉求办结率全市名次",
                  format_rank(leader["rank_in_city"]), format_percent(leader["resolution_rate"]),
                  delta_color="off", delta_arrow="off")
    else:
        st.metric(f"{format_period(filters.period)}诉求办结率第一", leader["community_name"],
                  format_percent(leader["resolution_rate"]), delta_color="off",
                  delta_arrow="off")
    st.dataframe(table, hide_index=True, key="petition_table")
    shown = paging.chart_rows(bars, "petition_chart_rows")
    st.plotly_chart(charts.ranking_bars(shown, "label", "resolution_rate",
                                        "诉求办结率（%）", "%"))


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    render_scores(filters)
    render_petitions(filters)


sidebar.view("排名", render)
