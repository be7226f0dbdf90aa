"""排名: the league table of communities by score, with rank intervals and score drivers."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, click_through, data, paging, sidebar
from dashboard.formatting import (escape_markdown, format_number, format_operator,
                                  format_percent, format_period, format_rank_change,
                                  format_rank_interval, format_share, format_value)

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
        "主要加分项": frame["主要加分项"].astype(object).fillna("—"),  # all-empty reads as float
        "主要拖累项": frame["主要拖累项"].astype(object).fillna("—"),
    }).reset_index(drop=True)


def unranked_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The communities not ranked (eligible false) and why: 数据不全（覆盖率 xx %），不参与排名."""
    frame = frame[~frame["eligible"].astype(bool)]
    return pd.DataFrame({
        "社区": frame["community_name"],
        "街道": frame["street_name"],
        "说明": frame["eligibility_reason"].fillna("不参与排名"),
    }).reset_index(drop=True)


def render_unranked(unranked: pd.DataFrame, key: str) -> None:
    """Below a ranking: who is not in it and why, never silently left out."""
    if unranked.empty:
        return
    st.markdown(f"**不参与排名的社区（{len(unranked)} 个）**")
    st.caption("应报指标月份的报送覆盖率低于排名门槛（ranking_min_coverage）的社区不参与排名，"
               "缺报的指标不按平均值计。")
    st.dataframe(unranked, hide_index=True, key=key)


@st.cache_data(show_spinner=False, max_entries=64)
def ranked(warehouse: tuple[object, ...], scope: data.Scope, grain: str, period: str,
           method: str, peer_group: str | None,
           rank_column: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The league table and the rank-interval rows (same order) of the ranked communities, and
    the communities not ranked with their reason, built once per warehouse and choice: reruns
    (a click, a page switch) reuse them instead of redoing the pandas work."""
    del warehouse  # the cache key: a newly published warehouse is derived afresh
    every = data.scores(scope, grain, period, method, peer_group)
    unranked = unranked_table(every)
    scores = every[every["eligible"].astype(bool)]
    if scores.empty:
        return pd.DataFrame(), pd.DataFrame(), unranked
    if rank_column == "rank_in_peer":  # a peer-group rank's interval is the peer group's, not the city's
        scores = scores.assign(rank_p05=scores["peer_rank_p05"], rank_p95=scores["peer_rank_p95"])
    drivers = data.score_drivers(scope, grain, period, method)
    if drivers.empty:  # a method without its own breakdown: show the composite's drivers
        drivers = data.score_drivers(scope, grain, period, "composite")
    table = league_table(scores, rank_column, drivers, method)
    intervals = scores.sort_values([rank_column, "community_code"]).rename(
        columns={rank_column: "rank"})
    intervals = intervals.assign(label=paging.distinct_labels(
        intervals["community_name"], intervals["street_name"]))
    return (table, intervals[["label", "rank", "rank_p05", "rank_p95"]].reset_index(drop=True),
            unranked)


@st.cache_data(show_spinner=False, max_entries=64)
def petition_table(warehouse: tuple[object, ...], scope: data.Scope,
                   period: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The resolution-rate table as shown, the chart's rows (label, rate), best first, and the
    communities not ranked with their reason."""
    del warehouse
    every = data.petition_ranking(scope, period)
    unranked = unranked_table(every)
    ranking = every[every["eligible"].astype(bool)]
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
    return table.reset_index(drop=True), bars.reset_index(drop=True), unranked


def signed_points(share: object) -> str:
    """A contribution on the 0–1 scale as points on the page's 0–100 scale: +35.16 / −20."""
    if pd.isna(share):
        return "—"
    points = round(float(share) * 100, 2)
    return ("+" if points > 0 else "−" if points < 0 else "") + format_number(abs(points))


def format_target(operator: object, target: object, unit: object) -> str:
    if pd.isna(target):
        return "无目标"
    return f"{format_operator(operator)}{format_value(target, None if pd.isna(unit) else unit)}"


def driver_table(rows: pd.DataFrame) -> pd.DataFrame:
    """One side's drivers as shown: value with unit, target, contribution and points lost."""
    return pd.DataFrame({
        "指标": rows["indicator_name"],
        "数值": [format_value(value, None if pd.isna(unit) else unit)
               for value, unit in zip(rows["value"], rows["unit"])],
        "目标": [format_target(*target) for target in
               zip(rows["target_operator"], rows["target_value"], rows["unit"])],
        "贡献（分）": rows["contribution"].map(signed_points),
        "比满分少（分）": rows["loss"].map(lambda loss: signed_points(-loss)),
    }).reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=64)
def drivers_of(warehouse: tuple[object, ...], scope: data.Scope, grain: str, period: str,
               method: str, community_code: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One community's indicators that help and that hurt its score most, as shown."""
    del warehouse
    rows = data.driver_rows(scope, grain, period, method)
    if rows.empty:  # a method without its own breakdown: the composite's drivers
        rows = data.driver_rows(scope, grain, period, "composite")
    rows = rows[rows["community_code"] == community_code]
    return (driver_table(rows[rows["side"] == "help"]),
            driver_table(rows[rows["side"] == "hurt"]))


def render_drivers(filters: sidebar.Filters, method: str, table: pd.DataFrame,
                   unranked: pd.DataFrame) -> None:
    """得分构成: for one community (ranked ones first, then those not ranked), the indicators
    that help and hurt its score most."""
    st.subheader("得分构成")
    listed = pd.concat([table[["社区", "街道"]], unranked[["社区", "街道"]]], ignore_index=True)
    shown = listed.merge(data.communities(filters.scope).rename(columns={
        "community_name": "社区", "street_name": "街道"}), on=["社区", "街道"])
    labels = dict(zip(shown["community_code"], paging.distinct_labels(shown["社区"], shown["街道"])))
    codes = list(labels)
    code = (st.selectbox("社区", codes, format_func=labels.get, key="driver_community")
            if len(codes) > 1 else codes[0])
    name = shown.loc[shown["community_code"] == code, "社区"].iloc[0]
    helping, hurting = drivers_of(data.current_warehouse(), filters.scope, filters.grain,
                                  filters.period, method, code)
    st.caption("得分为各指标贡献之和（百分制）。加分项：得分率不低于本社区总得分、拉高总分的指标；"
               "其余为拖累项，按比满分少的分数排列；未报送的指标按罚分计入拖累项。每个指标只出现在一处。")
    st.markdown(f"**{escape_markdown(name)}：主要加分项**")
    if helping.empty:
        st.caption("没有拉高总分的指标。")
    else:
        st.dataframe(helping, hide_index=True, key="drivers_help")
    st.markdown(f"**{escape_markdown(name)}：主要拖累项**")
    if hurting.empty:
        st.caption("没有拖累总分的指标。")
    else:
        st.dataframe(hurting, hide_index=True, key="drivers_hurt")


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
    table, intervals, unranked = ranked(data.current_warehouse(), filters.scope, filters.grain,
                                        filters.period, method, peer_group, rank_column)
    if table.empty:
        st.info(f"{format_period(filters.period)}没有{data.METHOD_LABELS[method]}：该期间尚无可评分的数据。"
                if unranked.empty else
                f"{format_period(filters.period)}{data.METHOD_LABELS[method]}：没有社区达到排名所需的报送覆盖率。")
        render_unranked(unranked, "unranked_table")
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
    event = st.dataframe(table, hide_index=True, key="league_table", on_select="rerun",
                         selection_mode="single-row")  # a row opens that 社区画像
    click_through.follow_named_row(event, table, filters.scope, filters.grain, filters.period)
    shown = paging.chart_rows(intervals, "league_chart_rows")
    event = st.plotly_chart(charts.rank_intervals(shown, label="label", title=f"{rank_label}与名次区间"),
                            key="league_chart", on_select="rerun", selection_mode="points")
    click_through.follow_point(event, filters.scope, filters.grain, filters.period)
    render_unranked(unranked, "unranked_table")
    render_drivers(filters, method, table, unranked)


def render_petitions(filters: sidebar.Filters) -> None:
    """The first-cut ranking (issue 2): resolution rate of the month, rank in street."""
    st.subheader("诉求办结率排名")
    if filters.grain != "month":
        st.caption("诉求办结率排名按月显示，请在左侧选择“月”。")
        return
    table, bars, unranked = petition_table(data.current_warehouse(), filters.scope, filters.period)
    if table.empty:
        st.info(f"{format_period(filters.period)}没有诉求数据。" if unranked.empty else
                f"{format_period(filters.period)}没有社区的诉求数据达到排名所需的报送覆盖率。")
        render_unranked(unranked, "petition_unranked_table")
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
    event = st.dataframe(table, hide_index=True, key="petition_table", on_select="rerun",
                         selection_mode="single-row")  # a row opens that 社区画像
    click_through.follow_named_row(event, table, filters.scope, filters.grain, filters.period,
                                   indicator="petition_resolution_rate")
    shown = paging.chart_rows(bars, "petition_chart_rows")
    event = st.plotly_chart(charts.ranking_bars(shown, "label", "resolution_rate",
                                                "诉求办结率（%）", "%"),
                            key="petition_chart", on_select="rerun", selection_mode="points")
    click_through.follow_point(event, filters.scope, filters.grain, filters.period,
                               indicator="petition_resolution_rate")
    render_unranked(unranked, "petition_unranked_table")


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    render_scores(filters)
    render_petitions(filters)


sidebar.view("排名", render)
