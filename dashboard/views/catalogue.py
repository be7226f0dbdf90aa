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
    """Composite score (0–1) per community with other weights: Σ w·x / Σ w over the expected x.

    Like the official score, an indicator a community did not report scores its penalty (the
    warehouse's normalized value for it: below the worst reported), never the average.
    """
    frame = contributions[contributions["indicator_code"].isin(new_weights)
                          & contributions["normalized_value"].notna()].copy()
    frame["w"] = frame["indicator_code"].map(new_weights)
    frame["weighted"] = frame["normalized_value"] * frame["w"]
    sums = frame.groupby("community_code")[["weighted", "w"]].sum()
    return (sums["weighted"] / sums["w"].where(sums["w"] > 0)).round(4)


def what_if_ranks(official: pd.DataFrame, contributions: pd.DataFrame,
                  weights: dict[str, float]) -> pd.DataFrame:
    """community_code, score and rank (1 = best, ties share) of the communities in `official`
    (the eligible of the scope, one grain and period) with these weights."""
    frame = official[["community_code", "community_name"]].copy()
    frame["score"] = frame["community_code"].map(what_if_scores(contributions, weights))
    frame["rank"] = frame["score"].rank(ascending=False, method="min").astype("Int64")
    return frame


def what_if_ranking(official: pd.DataFrame, contributions: pd.DataFrame,
                    new_weights: dict[str, float], old_weights: dict[str, float]) -> pd.DataFrame:
    """The ranking with new_weights and each community's move against the same computation with
    old_weights (same scope, eligible set, grain and period): unchanged weights move nobody."""
    frame = what_if_ranks(official, contributions, new_weights)
    frame["old_rank"] = what_if_ranks(official, contributions, old_weights)["rank"]
    frame = frame.sort_values(["rank", "community_code"])
    return pd.DataFrame({
        "模拟名次": frame["rank"], "社区": frame["community_name"],
        "模拟得分": frame["score"].map(lambda s: format_number(None if pd.isna(s) else s * 100)),
        "较正式名次": (frame["old_rank"] - frame["rank"]).map(format_rank_change),
    })


def render_weight_editor(filters: sidebar.Filters, weights: pd.DataFrame,
                         names: dict[str, str]) -> None:
    st.subheader("权重模拟（不改变正式排名）")
    official = data.scores(filters.scope, filters.grain, filters.period, "composite")
    if official.empty or weights.empty:
        st.info(f"{format_period(filters.period)}没有综合得分，无法模拟。")
        return
    # Ranked as officially: the eligible only (coverage ≥ ranking_min_coverage).
    official = official[official["eligible"].astype(bool)]
    contributions = data.score_contributions(filters.scope, filters.grain, filters.period,
                                             "composite")
    columns = st.columns(min(4, len(weights)))
    new_weights, old_weights = {}, {}
    for position, row in enumerate(weights.itertuples()):
        old_weights[row.indicator_code] = float(row.weight)
        new_weights[row.indicator_code] = columns[position % len(columns)].number_input(
            names.get(row.indicator_code, row.indicator_code), min_value=0.0, max_value=10.0,
            value=float(row.weight), step=0.05, key=f"weight_{row.indicator_code}")
    st.caption("两侧名次均为当前范围内、参与排名的社区之间的名次；名次变化与现行权重下同样算出的名次相比。")
    left, right = st.columns(2)
    left.markdown("**正式排名**")
    # The official scores ranked within the scope shown (the city's rank_in_city, a street's
    # rank_in_street), as the what-if ranks are: never a city rank beside a scope rank.
    official = official.assign(rank=official["score"].rank(ascending=False, method="min"))
    official = official.sort_values(["rank", "community_code"])
    left.dataframe(pd.DataFrame({"名次": official["rank"].astype("Int64"),
                                 "社区": official["community_name"],
                                 "得分": official["score"].map(
                                     lambda s: format_number(None if pd.isna(s) else round(s * 100, 2)))}),
                   hide_index=True, key="official_ranking")
    right.markdown("**模拟排名**")
    right.dataframe(what_if_ranking(official, contributions, new_weights, old_weights), hide_index=True,
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
