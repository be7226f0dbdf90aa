"""指标说明: the indicator catalogue with targets and weights, and a what-if weight editor."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, sidebar
from dashboard.formatting import format_number, format_operator, format_period, format_rank_change

KINDS = {"flow": "当期量", "stock": "期末量", "derived": "计算指标"}
DIRECTIONS = {"higher_better": "越高越好", "lower_better": "越低越好", "neutral": "中性"}


def catalogue_table(catalogue: pd.DataFrame, targets: pd.DataFrame,
                    weights: pd.DataFrame) -> pd.DataFrame:
    monthly = targets[targets["grain"] == "month"]
    target_text = {row.indicator_code: f"{format_operator(row.target_operator)}{format_number(row.target_min)}"
                   if row.target_min == row.target_max else
                   f"{format_number(row.target_min)}–{format_number(row.target_max)}"
                   for row in monthly.itertuples()}
    weight_of = dict(zip(weights["indicator_code"], weights["weight"]))
    return pd.DataFrame({
        "指标": catalogue["indicator_name"], "代码": catalogue["indicator_code"],
        "单位": catalogue["unit"], "领域": catalogue["domain"],
        "类型": catalogue["kind"].map(lambda k: KINDS.get(k, k)),
        "方向": catalogue["direction"].map(lambda d: DIRECTIONS.get(d, d)),
        "月度目标": catalogue["indicator_code"].map(lambda c: target_text.get(c, "—")),
        "综合得分权重": catalogue["indicator_code"].map(
            lambda c: format_number(weight_of[c], 3) if c in weight_of else "—"),
        "口径": catalogue["definition"],
    })


def what_if_scores(contributions: pd.DataFrame, new_weights: dict[str, float]) -> pd.Series:
    """Composite score (0–1) per community with other weights: Σ w·x / Σ w over reported x.

    Like the official score, an indicator a community did not report carries no weight.
    """
    frame = contributions[contributions["indicator_code"].isin(new_weights)
                          & contributions["normalized_value"].notna()].copy()
    frame["w"] = frame["indicator_code"].map(new_weights)
    frame["weighted"] = frame["normalized_value"] * frame["w"]
    sums = frame.groupby("community_code")[["weighted", "w"]].sum()
    return (sums["weighted"] / sums["w"].where(sums["w"] > 0)).round(4)


def what_if_ranking(official: pd.DataFrame, contributions: pd.DataFrame,
                    new_weights: dict[str, float]) -> pd.DataFrame:
    scores = what_if_scores(contributions, new_weights)
    frame = official[["community_code", "community_name", "rank_in_city"]].copy()
    frame["模拟得分"] = frame["community_code"].map(scores)
    frame["模拟名次"] = frame["模拟得分"].rank(ascending=False, method="min").astype("Int64")
    frame = frame.sort_values(["模拟名次", "community_code"])
    return pd.DataFrame({
        "模拟名次": frame["模拟名次"], "社区": frame["community_name"],
        "模拟得分": frame["模拟得分"].map(lambda s: format_number(None if pd.isna(s) else s * 100)),
        "较正式名次": (frame["rank_in_city"] - frame["模拟名次"]).map(format_rank_change),
    })


def render_weight_editor(filters: sidebar.Filters, weights: pd.DataFrame,
                         names: dict[str, str]) -> None:
    st.subheader("权重模拟（不改变正式排名）")
    official = data.scores(filters.scope, filters.grain, filters.period, "composite")
    if official.empty or weights.empty:
        st.info(f"{format_period(filters.period)}没有综合得分，无法模拟。")
        return
    contributions = data.score_contributions(filters.scope, filters.grain, filters.period,
                                             "composite")
    columns = st.columns(min(4, len(weights)))
    new_weights = {}
    for position, row in enumerate(weights.itertuples()):
        new_weights[row.indicator_code] = columns[position % len(columns)].number_input(
            names.get(row.indicator_code, row.indicator_code), min_value=0.0, max_value=10.0,
            value=float(row.weight), step=0.05, key=f"weight_{row.indicator_code}")
    left, right = st.columns(2)
    left.markdown("**正式排名**")
    official = official.sort_values(["rank_in_city", "community_code"])
    left.dataframe(pd.DataFrame({"名次": official["rank_in_city"].astype("Int64"),
                                 "社区": official["community_name"],
                                 "得分": official["score"].map(
                                     lambda s: format_number(None if pd.isna(s) else round(s * 100, 2)))}),
                   hide_index=True, key="official_ranking")
    right.markdown("**模拟排名**")
    right.dataframe(what_if_ranking(official, contributions, new_weights), hide_index=True,
                    key="what_if_ranking")


def render() -> None:
    filters = sidebar.filters()
    catalogue = data.indicators()
    targets = data.targets()
    weights = (data.weights(filters.scope, filters.grain, filters.period)
               if filters.period else pd.DataFrame(columns=["indicator_code", "weight"]))
    st.dataframe(catalogue_table(catalogue, targets, weights), hide_index=True,
                 key="catalogue_table")
    if filters.period:
        names = dict(zip(catalogue["indicator_code"], catalogue["indicator_name"]))
        render_weight_editor(filters, weights, names)


sidebar.view("指标说明", render)
