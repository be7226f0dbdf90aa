"""对比: two to five communities side by side, as a radar and as a table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, sidebar
from dashboard.formatting import format_period, format_value

MIN_CHOSEN, MAX_CHOSEN = 2, 5


def normalized(values: pd.DataFrame) -> pd.DataFrame:
    """0–1 per indicator across the scope's communities; 1 is best whatever the direction."""
    frame = values[values["direction"].isin(["higher_better", "lower_better"])].copy()
    low = frame.groupby("indicator_code")["value"].transform("min")
    high = frame.groupby("indicator_code")["value"].transform("max")
    share = ((frame["value"] - low) / (high - low).where(high > low)).fillna(1.0)
    frame["normalized"] = share.where(frame["direction"] == "higher_better", 1 - share)
    return frame


def side_by_side(values: pd.DataFrame, chosen: list[str], names: dict[str, str]) -> pd.DataFrame:
    subset = values[values["community_code"].isin(chosen)].copy()
    subset["shown"] = [format_value(v, u, a is True) for v, u, a in
                       zip(subset["value"], subset["unit"], subset["is_approximate"])]
    table = subset.pivot_table(index="indicator_name", columns="community_code", values="shown",
                               aggfunc="first", sort=False)
    table = table.reindex(columns=chosen).fillna("—")
    table.columns = [names[code] for code in table.columns]
    return table.rename_axis("指标").reset_index()


def own_against_street(values: pd.DataFrame, street: pd.DataFrame, own_name: str) -> pd.DataFrame:
    """The own community's figures beside its street's totals (rates recomputed)."""
    own = {row.indicator_code: format_value(row.value, row.unit, row.is_approximate is True)
           for row in values.itertuples()}
    frame = street.drop_duplicates("indicator_code")
    return pd.DataFrame({
        "指标": frame["indicator_name"],
        own_name: frame["indicator_code"].map(lambda code: own.get(code, "—")),
        "街道合计": [format_value(v, u, a is True) for v, u, a in
                 zip(frame["value"], frame["unit"], frame["is_approximate"])],
    })


def render_own_against_street(filters: sidebar.Filters) -> None:
    """Community staff compare their community with the street as a whole, not with others."""
    values = data.community_values(filters.scope, filters.grain, filters.period)
    street = data.street_aggregates(filters.scope, filters.grain, filters.period)
    if values.empty or street.empty:
        st.info(f"{format_period(filters.period)}没有数据。")
        return
    own_name = str(values["community_name"].iloc[0])
    st.caption("社区账号只能与所在街道的合计对比，不显示其他社区的数据。")
    st.dataframe(own_against_street(values, street, own_name), hide_index=True,
                 key="compare_street_table")


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    if filters.scope.level == "community":
        render_own_against_street(filters)
        return
    communities = data.communities(filters.scope)
    names = dict(zip(communities["community_code"], communities["community_name"]))
    chosen = st.multiselect(f"选择 {MIN_CHOSEN}–{MAX_CHOSEN} 个社区", list(names),
                            default=list(names)[:3], max_selections=MAX_CHOSEN,
                            format_func=names.get, key="compare_communities")
    if len(chosen) < MIN_CHOSEN:
        st.info(f"请至少选择 {MIN_CHOSEN} 个社区进行对比。")
        return
    values = data.community_values(filters.scope, filters.grain, filters.period)
    if values.empty:
        st.info(f"{format_period(filters.period)}没有数据。")
        return
    scaled = normalized(values)
    radar = scaled[scaled["community_code"].isin(chosen)].pivot_table(
        index="community_code", columns="indicator_name", values="normalized")
    radar = radar.reindex(chosen)
    radar.index = [names[code] for code in radar.index]
    st.plotly_chart(charts.radar(radar, f"{format_period(filters.period)} 指标对比（1 为范围内最好）"))
    st.dataframe(side_by_side(values, chosen, names), hide_index=True, key="compare_table")


sidebar.view("对比", render)
