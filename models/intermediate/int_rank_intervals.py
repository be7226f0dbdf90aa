"""Monte Carlo rank uncertainty (JRC audit style), one row per method × community × grain × period.

Each draw
  * multiplies every indicator weight by U(1 - mc_weight_spread, 1 + mc_weight_spread),
  * switches the composite's normalization between min-max and z-score (a coin per draw),
  * leaves one indicator out (draw d leaves out indicator number d mod (n + 1); n = none),
  * varies approximate values by U(1 - mc_approximate_spread, 1 + mc_approximate_spread),
  * imputes each missing value uniformly within the range of that draw's normalized values,
and ranks the communities of the city by the draw's weighted mean. The 5 %, 50 % and 95 %
points of each community's ranks (nearest rank) are its interval.

Why Python rather than SQL: the draws are matrices (communities × indicators) per draw; numpy
handles 30,000 communities × 200 draws in seconds where the SQL self-joins took minutes. Only
the intervals are stored, never the individual draws. The generator is seeded from (mc_seed,
method, grain, period), so the same seed gives the same intervals on any thread count.
"""

from __future__ import annotations

import warnings
import zlib

import numpy as np
import pandas as pd

DRAWS_PER_CHUNK = 25  # bounds memory: chunk × communities × indicators doubles at a time
INPUT_COLUMNS = ("method", "community_code", "grain", "period", "indicator_code", "value",
                 "is_approximate", "direction", "weight", "target_value", "target_operator")
OUTPUT_COLUMNS = {
    "method": "object", "community_code": "object", "grain": "object", "period": "object",
    "rank_p05": "int64", "rank_median": "int64", "rank_p95": "int64", "rank_mean": "float64",
    "draws": "int64",
}


def model(dbt, session):
    dbt.config(materialized="table")
    settings = {
        "seed": int(dbt.config.get("mc_seed")),
        "draws": int(dbt.config.get("mc_draws")),
        "weight_spread": float(dbt.config.get("mc_weight_spread")),
        "approximate_spread": float(dbt.config.get("mc_approximate_spread")),
        "ratio_cap": float(dbt.config.get("score_ratio_cap")),
        "max_periods": int(dbt.config.get("mc_max_periods_per_grain")),
    }
    # Only what the draws need reaches pandas: the scored communities of the latest periods, and
    # the input columns the matrices are built from (the full inputs table is millions of rows).
    scored = (dbt.ref("int_scores_nominal").filter("score is not null")
              .project("method, community_code, grain, period, period_index").df())
    periods = recent_periods(scored, settings["max_periods"])
    if not periods:
        return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in OUTPUT_COLUMNS.items()})
    scored = scored.loc[scored["period"].isin(periods), ["method", "community_code", "grain", "period"]]
    period_list = ", ".join("'" + period.replace("'", "''") + "'" for period in sorted(periods))
    inputs = (dbt.ref("int_score_inputs").filter(f"period in ({period_list})")
              .project(", ".join(INPUT_COLUMNS)).df())
    inputs = inputs.merge(scored, on=["method", "community_code", "grain", "period"])

    frames = [
        intervals_for_period(group, method, grain, period, settings)
        for (method, grain, period), group in inputs.groupby(["method", "grain", "period"], sort=True)
    ]
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in OUTPUT_COLUMNS.items()})
    return pd.concat(frames, ignore_index=True).astype(OUTPUT_COLUMNS)


def recent_periods(inputs: pd.DataFrame, max_periods: int) -> set[str]:
    """The latest max_periods periods of each grain (bounds the work on large registries)."""
    periods = inputs[["grain", "period", "period_index"]].drop_duplicates()
    periods = periods.sort_values("period_index", ascending=False).groupby("grain").head(max_periods)
    return set(periods["period"])


def stable_number(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def intervals_for_period(group: pd.DataFrame, method: str, grain: str, period: str,
                         settings: dict) -> pd.DataFrame:
    # One reshape to communities × (column, indicator) instead of one pivot per matrix.
    wide = group.set_index(["community_code", "indicator_code"])[
        ["value", "is_approximate", "target_value", "target_operator"]].unstack("indicator_code").sort_index()
    values = wide["value"]
    values = values.loc[:, values.notna().any(axis=0)]  # an indicator nobody scored here has no range
    if values.shape[1] == 0:
        return pd.DataFrame()
    communities = values.index.to_numpy()
    indicators = values.columns.to_list()
    by_indicator = group.drop_duplicates("indicator_code").set_index("indicator_code").loc[indicators]
    value_matrix = values.to_numpy(dtype=float)
    approximate = wide["is_approximate"].loc[:, indicators].fillna(False).to_numpy(dtype=bool)
    lower_better = (by_indicator["direction"] == "lower_better").to_numpy()
    weights = by_indicator["weight"].to_numpy(dtype=float)
    if method == "target_ratio":
        targets = wide["target_value"].loc[:, indicators].to_numpy(dtype=float)
        at_most = wide["target_operator"].loc[:, indicators].to_numpy() == "<="

    rng = np.random.default_rng(
        [settings["seed"], stable_number(method), stable_number(grain), stable_number(period)]
    )
    count, indicator_count = value_matrix.shape
    ranks = np.empty((settings["draws"], count), dtype=np.int64)
    for start in range(0, settings["draws"], DRAWS_PER_CHUNK):
        draw_numbers = np.arange(start + 1, min(start + DRAWS_PER_CHUNK, settings["draws"]) + 1)
        size = len(draw_numbers)
        spread = settings["weight_spread"]
        draw_weights = weights * rng.uniform(1 - spread, 1 + spread, size=(size, indicator_count))
        if indicator_count > 1:
            left_out = draw_numbers % (indicator_count + 1)
            for row, column in enumerate(left_out):
                if column < indicator_count:
                    draw_weights[row, column] = 0.0
        use_zscore = rng.uniform(size=size) >= 0.5
        spread = settings["approximate_spread"]
        noise = rng.uniform(1 - spread, 1 + spread, size=(size, count, indicator_count))
        draw_values = np.where(approximate, value_matrix * noise, value_matrix)
        if method == "target_ratio":
            normalized = capped_ratio(draw_values, targets, at_most, settings["ratio_cap"])
        else:
            normalized = normalize(draw_values, lower_better, use_zscore)
        imputation = rng.uniform(size=(size, count, indicator_count))
        normalized = impute(normalized, imputation)
        weight_total = draw_weights.sum(axis=1, keepdims=True)
        scores = np.einsum("dci,di->dc", normalized, draw_weights) / weight_total
        ranks[start:start + size] = competition_ranks(scores)

    # Nearest rank (like quantile_disc): intervals are whole ranks.
    points = np.percentile(ranks, [5, 50, 95], axis=0, method="inverted_cdf").astype(np.int64)
    return pd.DataFrame({
        "method": method, "community_code": communities, "grain": grain, "period": period,
        "rank_p05": points[0], "rank_median": points[1], "rank_p95": points[2],
        "rank_mean": ranks.mean(axis=0), "draws": settings["draws"],
    })


def capped_ratio(values: np.ndarray, targets: np.ndarray, at_most: np.ndarray, cap: float) -> np.ndarray:
    """The target_ratio macro in numpy: value/target for '>=', target/value for '<='."""
    with np.errstate(divide="ignore", invalid="ignore"):
        at_least_ratio = np.where(targets > 0, values / targets, np.where(values >= targets, 1.0, 0.0))
        at_most_ratio = np.where(
            targets > 0,
            np.where(values <= 0, cap, targets / values),
            np.where(values <= targets, 1.0, 0.0),
        )
    ratio = np.where(at_most, at_most_ratio, at_least_ratio)
    return np.where(np.isnan(values), np.nan, np.clip(ratio, 0.0, cap))


def normalize(values: np.ndarray, lower_better: np.ndarray, use_zscore: np.ndarray) -> np.ndarray:
    """The normalize_value macro in numpy, per draw: min-max or z-score, direction applied."""
    normalized = np.empty_like(values)
    with np.errstate(divide="ignore", invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a single reported value has no sd
        minmax_draws = values[~use_zscore]
        low = np.nanmin(minmax_draws, axis=1, keepdims=True)
        high = np.nanmax(minmax_draws, axis=1, keepdims=True)
        minmax = np.where(high > low, (minmax_draws - low) / (high - low), 0.5)
        normalized[~use_zscore] = np.where(lower_better, 1.0 - minmax, minmax)
        zscore_draws = values[use_zscore]
        mean = np.nanmean(zscore_draws, axis=1, keepdims=True)
        sd = np.nanstd(zscore_draws, axis=1, ddof=1, keepdims=True)
        zscore = np.where(sd > 0, (zscore_draws - mean) / sd, 0.0)
        normalized[use_zscore] = np.where(lower_better, -zscore, zscore)
    return np.where(np.isnan(values), np.nan, normalized)


def impute(normalized: np.ndarray, uniform: np.ndarray) -> np.ndarray:
    """Missing values drawn within the range of the draw's normalized values for the indicator."""
    low = np.nanmin(normalized, axis=1, keepdims=True)
    high = np.nanmax(normalized, axis=1, keepdims=True)
    return np.where(np.isnan(normalized), low + uniform * (high - low), normalized)


def competition_ranks(scores: np.ndarray) -> np.ndarray:
    """1 + the number of strictly higher scores, per draw (SQL rank(): ties share).

    All draws at once: sort each row ascending (NaN last, as np.sort), find for every position the
    last position holding the same score, and scatter n - that position back to the communities.
    """
    draws, count = scores.shape
    order = np.argsort(scores, axis=1)
    ascending = np.take_along_axis(scores, order, axis=1)
    same_as_next = (ascending[:, 1:] == ascending[:, :-1]) | (
        np.isnan(ascending[:, 1:]) & np.isnan(ascending[:, :-1]))
    positions = np.broadcast_to(np.arange(count), (draws, count))
    last_of_run = np.where(np.concatenate([~same_as_next, np.ones((draws, 1), dtype=bool)], axis=1),
                           positions, count)
    last_position = np.minimum.accumulate(last_of_run[:, ::-1], axis=1)[:, ::-1]
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, count - last_position, axis=1)
    return ranks
