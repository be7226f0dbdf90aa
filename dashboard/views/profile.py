"""社区画像: every indicator of one community, its trend, and where each figure came from."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, sidebar
from dashboard.formatting import escape_markdown, format_operator, format_period, format_value

DEFAULT_TREND = "petition_resolution_rate"
KEY_INDICATORS = ("petitions_received", "petitions_resolved", "petition_resolution_rate",
                  "volunteers")


def render_key_figures(profile: pd.DataFrame) -> None:
    """The figures a leader asks for first, as large numbers above the full table."""
    shown = profile.set_index("indicator_code")
    codes = [code for code in KEY_INDICATORS if code in shown.index]
    for column, code in zip(st.columns(len(codes)), codes):
        row = shown.loc[code]
        column.metric(escape_markdown(row["indicator_name"]),
                      format_value(row["value"], row["unit"], row["is_approximate"] is True))


def indicator_table(profile: pd.DataFrame) -> pd.DataFrame:
    met = {True: "达标", False: "未达标"}
    return pd.DataFrame({
        "指标": profile["indicator_name"],
        "数值": [format_value(v, u, a is True)
               for v, u, a in zip(profile["value"], profile["unit"], profile["is_approximate"])],
        "约数": ["是" if a is True else "" for a in profile["is_approximate"]],
        "目标": [f"{format_operator(o)}{format_value(t, u)}" if pd.notna(t) else "—"
               for t, o, u in zip(profile["target_value"], profile["target_operator"],
                                  profile["unit"])],
        "是否达标": [met.get(m, "—") if pd.notna(m) else "—" for m in profile["meets_target"]],
        "同类社区中位数": [format_value(v, u)
                    for v, u in zip(profile["peer_median"], profile["unit"])],
        "口径": profile["definition"].fillna(""),
    })


def _select_lineage_from_table(codes: list[str]) -> None:
    # Clicking a row of the indicator table picks that figure for the lineage panel.
    rows = st.session_state["profile_table"].selection.rows
    if rows:
        st.session_state["lineage_indicator"] = codes[rows[0]]


def render_lineage(scope: data.Scope, community: str, filters: sidebar.Filters,
                   profile: pd.DataFrame) -> None:
    st.subheader("数据来源")
    names = dict(zip(profile["indicator_code"], profile["indicator_name"]))
    reported = profile[profile["kind"] != "derived"]["indicator_code"].tolist()
    if st.session_state.get("lineage_indicator") not in names:
        st.session_state.pop("lineage_indicator", None)
    code = st.selectbox("查看来源的指标（也可点击上表中的一行）", list(names), key="lineage_indicator",
                        format_func=names.get)
    if code not in reported:
        formula = profile.loc[profile["indicator_code"] == code, "definition"].iloc[0]
        st.caption(escape_markdown(f"“{names[code]}”是计算指标，不直接填报：{formula}"))
        return
    history = data.lineage(scope, community, data.months_in(filters.grain, filters.period), code)
    if history.empty:
        st.info(escape_markdown(f"{format_period(filters.period)}没有“{names[code]}”的填报记录。"))
        return
    st.dataframe(pd.DataFrame({
        "月份": history["period"].map(format_period),
        "状态": history["is_current"].map({True: "当前采用", False: "已被替代"}),
        "数值": history["value"],
        "原始文本": history["raw_text"],
        "文件": history["source_file"],
        "工作表": history["source_sheet"],
        "单元格": history["source_cell"],
        "批次": history["batch_id"],
        "导入时间": history["ingested_at"].dt.strftime("%Y-%m-%d %H:%M"),
    }), hide_index=True, key="lineage_table")


def render() -> None:
    filters = sidebar.filters()
    community = sidebar.community_choice(filters.scope)
    if filters.period is None or community is None:
        st.info("数据仓中还没有社区或期间的数据。")
        return
    scope = data.within(filters.scope, community)  # the chosen community, if in the scope
    names = data.communities(scope).set_index("community_code")["community_name"]
    if community not in names:
        st.info("所选社区不在当前账号的范围内。")
        return
    st.subheader(escape_markdown(f"{names[community]} · {format_period(filters.period)}"))
    profile = data.community_profile(scope, community, filters.grain, filters.period)
    if profile["value"].isna().all():
        st.warning(escape_markdown(
            f"{names[community]}在{format_period(filters.period)}没有任何数据：未报送也是差距。"))
    codes = profile["indicator_code"].tolist()
    render_key_figures(profile)
    st.dataframe(indicator_table(profile), hide_index=True, key="profile_table",
                 on_select=lambda: _select_lineage_from_table(codes),
                 selection_mode="single-row")
    st.caption("≈ 表示填报的是约数（如“近140”“3000余”）；点击一行查看该数字的来源。")
    render_lineage(scope, community, filters, profile)

    st.subheader("趋势")
    catalogue = dict(zip(profile["indicator_code"], profile["indicator_name"]))
    units = dict(zip(profile["indicator_code"], profile["unit"]))
    if st.session_state.get("trend_indicator") not in catalogue:
        st.session_state["trend_indicator"] = DEFAULT_TREND if DEFAULT_TREND in catalogue else codes[0]
    indicator = st.selectbox("趋势指标", list(catalogue), key="trend_indicator",
                             format_func=catalogue.get)
    trend = data.indicator_trend(scope, community, indicator)
    if trend.empty:
        st.info(escape_markdown(f"{names[community]}没有“{catalogue[indicator]}”的月度数据。"))
    else:
        st.plotly_chart(charts.trend(trend, f"{catalogue[indicator]}（按月）", units[indicator]))
    history = data.petition_history(scope, community)
    if not history.empty:
        st.plotly_chart(charts.received_vs_resolved(history))


sidebar.view("社区画像", render)
