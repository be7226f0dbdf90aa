"""总览: the page a street leader opens first — how far the data reaches, the period's headline
totals against the previous period and a year earlier, indicators on or behind target, who moved
most, and what the quality checks found; each part links on to 排名, 差距, 数据质量 or a
community's 社区画像 (click a bar or a row)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, click_through, data, paging, sidebar
from dashboard.formatting import (format_number, format_percent, format_period,
                                  format_rank_change, format_share, format_value)

MOVERS = 5  # climbers and fallers shown each
STATUS_METRICS = (("green", "达标（绿）"), ("amber", "接近目标（黄，差距在10%以内）"),
                  ("red", "落后（红）"), ("missing", "未报送"))
DELTA_COLORS = {"higher_better": "normal", "lower_better": "inverse"}
SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}
FINDING_TYPES = {"consistency": "一致性", "anomaly": "异常波动", "approximate": "约数",
                 "completeness": "完整性", "conflict": "冲突"}


def format_change(change: object) -> str:
    return "—" if pd.isna(change) else f"{float(change):+.1f}%"


def format_score(score: object, method: str) -> str:
    """As 排名 shows it: target ratio as a percentage, composite on 0–100."""
    if pd.isna(score):
        return "—"
    return (format_percent(float(score) * 100) if method == "target_ratio"
            else format_number(round(float(score) * 100, 2)))


def score_method() -> str:
    """The scoring method last chosen on 排名 (composite until then)."""
    method = st.session_state.get("kept_method")
    return method if method in data.METHOD_LABELS else "composite"


def render_freshness(filters: sidebar.Filters) -> None:
    as_of = data.latest_complete_month(filters.scope)
    latest = data.data_as_of(filters.scope)
    streets = data.street_completeness(filters.scope, filters.grain, filters.period)
    expected = int((streets["reported"] + streets["partial"] + streets["missing"]).sum())
    first, second, third = st.columns(3)
    first.metric("数据截至", format_period(as_of) if as_of else "—",
                 help="最新一个多数社区已报送的月份；更晚的月份只有部分社区报送。")
    second.metric("最新报送月份", format_period(latest) if latest else "—")
    third.metric(f"{format_period(filters.period)}全部报送的社区·月",
                 format_share(streets["reported"].sum() / expected if expected else None))
    st.dataframe(pd.DataFrame({
        "街道": streets["street_name"],
        "社区数": streets["communities"].astype(int),
        "全部报送（社区·月）": streets["reported"].astype(int),
        "部分报送": streets["partial"].astype(int),
        "未报送": streets["missing"].astype(int),
        "指标报送率": streets["share"].map(format_share),
        "最新报送月份": streets["latest"].map(lambda p: format_period(p) if isinstance(p, str) else "—"),
    }), hide_index=True, key="overview_completeness")
    st.page_link(click_through.QUALITY, label="报送明细与数据质量", icon=":material/fact_check:")


def render_headlines(filters: sidebar.Filters) -> None:
    st.subheader(f"{format_period(filters.period)}主要指标")
    totals = data.headline_totals(filters.scope, filters.grain, filters.period)
    if totals.empty:
        st.info(f"{format_period(filters.period)}没有主要指标的数据。")
        return
    for column, row in zip(st.columns(len(totals)), totals.itertuples()):
        change = row.change_previous
        column.metric(row.indicator_name, format_value(row.current, row.unit, row.is_approximate),
                      None if pd.isna(change) else f"{format_change(change)}（环比）",
                      delta_color=DELTA_COLORS.get(row.direction, "off"))
    st.dataframe(pd.DataFrame({
        "指标": totals["indicator_name"],
        "本期": [format_value(v, u, a) for v, u, a in
               zip(totals["current"], totals["unit"], totals["is_approximate"])],
        "上期": [format_value(v, u) for v, u in zip(totals["previous"], totals["unit"])],
        "环比": totals["change_previous"].map(format_change),
        "去年同期": [format_value(v, u) for v, u in zip(totals["year_ago"], totals["unit"])],
        "同比": totals["change_year"].map(format_change),
    }), hide_index=True, key="overview_headlines")
    st.caption("各社区数值之和（比率由合计重新计算）；环比与上一期相比，同比与去年同期相比。")
    st.page_link(click_through.RANKING, label="查看排名", icon=":material/leaderboard:")


def render_targets(filters: sidebar.Filters) -> None:
    st.subheader("目标达成")
    statuses = data.target_statuses(filters.scope, filters.grain, filters.period)
    if statuses.empty:
        st.info(f"{format_period(filters.period)}没有设定目标的指标。")
        return
    counts = statuses["status"].value_counts()
    for column, (status, label) in zip(st.columns(len(STATUS_METRICS)), STATUS_METRICS):
        column.metric(label, int(counts.get(status, 0)))
    st.caption("按社区×指标计数：达到目标为绿；未达到但差距不超过目标的10%为黄；差距更大为红。")
    by_indicator = pd.crosstab(statuses["indicator_name"], statuses["status"]).reindex(
        columns=[status for status, _ in STATUS_METRICS], fill_value=0)
    st.dataframe(by_indicator.rename(columns=data.STATUS_LABELS).rename_axis("指标").reset_index(),
                 hide_index=True, key="overview_target_indicators")
    behind = statuses[statuses["status"] == "red"].sort_values(
        ["indicator_code", "gap", "community_code"]).reset_index(drop=True)
    if not behind.empty:
        st.markdown("**落后于目标的社区**（点击一行查看社区画像）")
        table = pd.DataFrame({
            "社区": behind["community_name"], "指标": behind["indicator_name"],
            "数值": [format_value(v, u) for v, u in zip(behind["value"], behind["unit"])],
            "目标": [format_value(t, u) for t, u in zip(behind["target_value"], behind["unit"])],
        })
        click_through.clickable_table(table, "overview_behind", filters.scope, filters.grain, filters.period,
                                      behind["community_code"].tolist(),
                                      indicators=behind["indicator_code"].tolist())
    st.page_link(click_through.GAPS, label="查看差距", icon=":material/trending_down:")


def render_movers(filters: sidebar.Filters) -> None:
    method = score_method()
    st.subheader(f"名次变化最大的社区（{data.METHOD_LABELS[method]}）")
    moved = data.movers(filters.scope, filters.grain, filters.period, method)
    moved = moved[moved["rank_change"] != 0]
    if moved.empty:
        st.info(f"{format_period(filters.period)}与上一期相比没有名次变化。")
        return
    shown = pd.concat([moved[moved["rank_change"] > 0].head(MOVERS),
                       moved[moved["rank_change"] < 0].tail(MOVERS)], ignore_index=True)
    shown["label"] = paging.distinct_labels(shown["community_name"], shown["street_name"])
    event = st.plotly_chart(charts.rank_changes(shown, "label", "rank_change",
                                                "名次变化最大的社区（点击查看社区画像）"),
                            key="overview_movers_chart", on_select="rerun",
                            selection_mode="points")
    click_through.follow_point(event, filters.scope, filters.grain, filters.period)
    table = pd.DataFrame({
        "社区": shown["community_name"], "街道": shown["street_name"],
        "全市名次": shown["rank_in_city"].astype("Int64"),
        "名次变化": shown["rank_change"].map(format_rank_change),
        "得分": shown["score"].map(lambda score: format_score(score, method)),
        "得分变化": shown["score_change"].map(lambda change: format_score(change, method)),
    })
    event = st.dataframe(table, hide_index=True, key="overview_movers_table",
                         on_select="rerun", selection_mode="single-row")
    click_through.follow_row(event, filters.scope, filters.grain, filters.period,
                             shown["community_code"].tolist())
    st.page_link(click_through.RANKING, label="查看完整排名", icon=":material/leaderboard:")


def render_findings(filters: sidebar.Filters) -> None:
    findings = data.period_findings(filters.scope, filters.grain, filters.period)
    st.subheader(f"本期数据质量发现（{len(findings)}条）")
    if findings.empty:
        st.success(f"{format_period(filters.period)}没有数据质量问题。")
    else:
        names = dict(zip(*data.indicators()[["indicator_code", "indicator_name"]].T.values))
        table = pd.DataFrame({
            "严重程度": findings["severity"].map(lambda s: SEVERITY.get(s, s)),
            "类型": findings["finding_type"].map(lambda t: FINDING_TYPES.get(t, t)),
            "社区": findings["community_name"].fillna("—"),
            "月份": findings["period"].map(lambda p: format_period(p) if isinstance(p, str) else "—"),
            "指标": findings["indicator_code"].map(lambda c: names.get(c, c)).fillna("—"),
            "说明": findings["message"],
        })
        click_through.clickable_table(table, "overview_findings", filters.scope, filters.grain, filters.period,
                                      findings["community_code"].tolist(),
                                      indicators=findings["indicator_code"].tolist())
    st.page_link(click_through.QUALITY, label="查看数据质量", icon=":material/fact_check:")


def render_alerts(filters: sidebar.Filters) -> None:
    if filters.grain != "month":
        return
    found = data.alerts(filters.scope, filters.period)
    st.subheader(f"预警（{len(found)}条）")
    if found.empty:
        st.success("本月没有触发预警规则。")
        return
    table = pd.DataFrame({"社区": found["community_name"], "预警": found["message"],
                          "来源": found["source"].replace("", "—")})
    click_through.clickable_table(table, "overview_alerts", filters.scope, filters.grain, filters.period,
                                  found["community_code"].tolist())


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    render_freshness(filters)
    render_headlines(filters)
    render_targets(filters)
    render_movers(filters)
    render_alerts(filters)
    render_findings(filters)


sidebar.view("总览", render)
