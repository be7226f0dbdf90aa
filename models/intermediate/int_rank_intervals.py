"""Monte Carlo rank uncertainty (JRC audit style), one row per method × community × grain × period.

Each draw
  * multiplies every indicator weight by U(1 - mc_weight_spread, 1 + mc_weight_spread),
  * switches the composite's normalization between min-max and z-score (a coin per draw),
  * leaves one indicator out (draw d leaves out indicator number d mod (n + 1); n = none),
  * varies approximate values by U(1 - mc_approximate_spread, 1 + mc_approximate_spread),
  * scores each missing value as int_score_inputs does (macro missing_score): one full range
    below the draw's worst normalized value, worst - max(1, best - worst); target_ratio 0,
and ranks the eligible communities of each city (int_scores_nominal.eligible, var
ranking_min_coverage) by the draw's weighted mean: values are normalized over every community
with a score, as int_score_inputs does, and ranked among the eligible of the city, as
mart_scores.rank_in_city is; the ineligible get no interval. The 5 %, 50 % and 95 % points of each community's ranks (nearest
rank) are its interval. The same draws are also ranked among the eligible of each population peer
group (dim_community.peer_group, across cities, as mart_scores.rank_in_peer is): peer_rank_*.

Why Python rather than SQL: the draws are matrices (communities × indicators) per draw, where
the SQL self-joins took minutes. No draws × communities × indicators array is built either (see
DrawMatrix): the normalized values are affine per draw and indicator, so a draw's scores are a
weighted sum over the one base matrix plus corrections for the approximate and missing cells,
which alone get corrections (only the approximate ones random numbers). 30,000 communities × 200 draws take about 2 s per method, grain
and period (mostly the per-draw sort for the ranks) and ~100 MB. Only the intervals are stored,
never the individual draws. The generator is seeded from (mc_seed, method, grain, period) and
used per block of DRAWS_PER_CHUNK draws (weights, coins, approximate noise),
and no step depends on BLAS threads, so the same seed gives the same intervals on any thread count.
"""

from __future__ import annotations

import zlib

import numpy as np
import pandas as pd

DRAWS_PER_CHUNK = 25  # draws per block of random numbers (part of the seeded stream) and of scores
# A missing value (none, or a partial period's) is NaN here, as it is unscored in int_score_inputs.
INPUT_COLUMNS = ("method", "community_code", "grain", "period", "indicator_code",
                 "case when is_missing then null else value end as value",
                 "is_approximate", "direction", "weight", "target_value", "target_operator")
OUTPUT_COLUMNS = {
    "method": "object", "community_code": "object", "grain": "object", "period": "object",
    "rank_p05": "int64", "rank_median": "int64", "rank_p95": "int64", "rank_mean": "float64",
    "peer_rank_p05": "int64", "peer_rank_median": "int64", "peer_rank_p95": "int64", "draws": "int64",
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
    # Only one method × grain × period reaches pandas at a time: fetching every recent period's
    # inputs at once (11 M rows of text at 30,000 communities) and merging them held 7 GB.
    scored = dbt.ref("int_scores_nominal").filter("score is not null")
    inputs = dbt.ref("int_score_inputs")
    cities = dbt.ref("dim_community").project("community_code, city_code, peer_group").df()
    periods = recent_periods(
        scored.aggregate("grain, period, max(period_index) as period_index", "grain, period").df(),
        settings["max_periods"])
    if not periods:
        return empty_intervals()
    period_list = ", ".join(sql_text(period) for period in sorted(periods))
    groups = (scored.filter(f"period in ({period_list}) and eligible")
              .aggregate("method, grain, period", "method, grain, period").df()
              .sort_values(["method", "grain", "period"]).itertuples(index=False))
    frames = []
    for method, grain, period in groups:
        condition = (f"method = {sql_text(method)} and grain = {sql_text(grain)}"
                     f" and period = {sql_text(period)}")
        group = inputs.filter(condition).project(", ".join(INPUT_COLUMNS)).df().merge(
            scored.filter(condition).project("community_code, eligible").df(),
            on="community_code").merge(
            cities, on="community_code", how="left")
        frame = intervals_for_period(group, method, grain, period, settings)
        if len(frame):
            frames.append(frame)
    if not frames:
        return empty_intervals()
    return pd.concat(frames, ignore_index=True).astype(OUTPUT_COLUMNS)


def empty_intervals() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in OUTPUT_COLUMNS.items()})


def sql_text(text: str) -> str:
    """A SQL string literal (periods and codes come from the warehouse, quoted all the same)."""
    return "'" + str(text).replace("'", "''") + "'"


def recent_periods(inputs: pd.DataFrame, max_periods: int) -> set[str]:
    """The latest max_periods periods of each grain (bounds the work on large registries)."""
    periods = inputs[["grain", "period", "period_index"]].drop_duplicates()
    periods = periods.sort_values("period_index", ascending=False).groupby("grain").head(max_periods)
    return set(periods["period"])


ALL = slice(None)  # every community: indexing with it is a view, not a copy


def members_by_city(group: pd.DataFrame, communities: np.ndarray, column: str = "city_code") -> list:
    """The row positions of each city's (or column's) communities (ALL when one, or no column)."""
    if column not in group:
        return [ALL]
    city_codes = (group.drop_duplicates("community_code").set_index("community_code")[column]
                  .reindex(communities).fillna("").to_numpy())
    unique = pd.unique(city_codes)
    if len(unique) == 1:
        return [ALL]
    return [np.flatnonzero(city_codes == city) for city in unique]


def eligible_mask(group: pd.DataFrame, communities: np.ndarray) -> np.ndarray:
    """Which communities are ranked (all of them when the group has no eligible column)."""
    if "eligible" not in group:
        return np.ones(len(communities), dtype=bool)
    flags = group.drop_duplicates("community_code").set_index("community_code")["eligible"]
    return flags.reindex(communities).fillna(False).to_numpy(dtype=bool)


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
    eligible = eligible_mask(group, communities)
    if not eligible.any():
        return pd.DataFrame()
    partitions = {prefix: [members if eligible.all() else np.flatnonzero(eligible) if members is ALL
                           else members[eligible[members]]
                           for members in members_by_city(group, communities, column)]
                  for prefix, column in (("", "city_code"), ("peer_", "peer_group"))}
    indicators = values.columns.to_list()
    by_indicator = group.drop_duplicates("indicator_code").set_index("indicator_code").loc[indicators]
    targets = at_most = None
    if method == "target_ratio":
        targets = wide["target_value"].loc[:, indicators].to_numpy(dtype=float)
        at_most = wide["target_operator"].loc[:, indicators].to_numpy() == "<="
    matrix = DrawMatrix(
        values.to_numpy(dtype=float),
        wide["is_approximate"].loc[:, indicators].fillna(False).to_numpy(dtype=bool),
        (by_indicator["direction"] == "lower_better").to_numpy(),
        targets, at_most, settings["ratio_cap"],
    )
    weights = by_indicator["weight"].to_numpy(dtype=float)

    rng = np.random.default_rng(
        [settings["seed"], stable_number(method), stable_number(grain), stable_number(period)]
    )
    draws, count, indicator_count = settings["draws"], matrix.count, matrix.indicator_count
    # Community-major, so that each community's draws are contiguous for the percentiles.
    ranks = {prefix: np.empty((count, draws), dtype=np.int32 if count < 2**31 - 1 else np.int64)
             for prefix in partitions}
    for start in range(0, draws, DRAWS_PER_CHUNK):
        draw_numbers = np.arange(start + 1, min(start + DRAWS_PER_CHUNK, draws) + 1)
        size = len(draw_numbers)
        spread = settings["weight_spread"]
        draw_weights = weights * rng.uniform(1 - spread, 1 + spread, size=(size, indicator_count))
        if indicator_count > 1:
            left_out = draw_numbers % (indicator_count + 1)
            kept = left_out < indicator_count
            draw_weights[kept.nonzero()[0], left_out[kept]] = 0.0
        use_zscore = rng.uniform(size=size) >= 0.5
        spread = settings["approximate_spread"]
        # Random numbers only for the cells that need them: approximate values.
        noise = rng.uniform(1 - spread, 1 + spread, size=(size, matrix.approximate_count))
        scores = matrix.scores(draw_weights, use_zscore, noise)
        for prefix, member_lists in partitions.items():
            for members in member_lists:
                ranks[prefix][members, start:start + size] = competition_ranks(scores[:, members]).T

    frame = {"method": method, "community_code": communities[eligible], "grain": grain,
             "period": period, "draws": draws}
    for prefix, prefix_ranks in ranks.items():
        prefix_ranks = prefix_ranks[eligible]  # only the ranked have ranks (the rest never written)
        # Nearest rank (like quantile_disc): intervals are whole ranks.
        points = np.percentile(prefix_ranks, [5, 50, 95], axis=1, method="inverted_cdf").astype(np.int64)
        frame.update({f"{prefix}rank_p05": points[0], f"{prefix}rank_median": points[1],
                      f"{prefix}rank_p95": points[2]})
    frame["rank_mean"] = ranks[""][eligible].mean(axis=1)
    return pd.DataFrame(frame)[list(OUTPUT_COLUMNS)]


class DrawMatrix:
    """The communities × indicators values of one (method, grain, period), ready for the draws.

    Without building a draws × communities × indicators array: a draw's normalized value is affine
    in the value, a·x + b per (draw, indicator) (min-max or z-score, direction applied; for
    target_ratio the capped ratio, computed once, with a = 1 and b = 0). So a draw's weighted sum is
    Σ_i w_i·a_i·x_ci + Σ_i w_i·b_i over the base matrix (missing and approximate cells held at 0)
    plus corrections for the few cells that differ from draw to draw: approximate values
    (x × noise, then normalized) and missing values (scored one full range below the draw's worst
    normalized value, worst - max(1, best - worst); target_ratio 0). The per-draw minimum, maximum, mean and sd of an indicator combine the
    statistics of its exact cells (computed once) with the draw's approximate values.

    Cells that need random numbers are in indicator-major order: approximate cells
    (approximate_rows, approximate_columns) take noise[:, n]; missing cells (missing_rows,
    missing_columns) follow them in the corrections.
    """

    def __init__(self, values: np.ndarray, approximate: np.ndarray, lower_better: np.ndarray,
                 targets: np.ndarray | None = None, at_most: np.ndarray | None = None,
                 ratio_cap: float = 1.0) -> None:
        self.count, self.indicator_count = values.shape
        self.ratio = targets is not None
        self.lower_better = np.asarray(lower_better, dtype=bool)
        self.ratio_cap = ratio_cap
        present = ~np.isnan(values)
        approximate = approximate & present
        exact = present & ~approximate
        self.missing_columns, self.missing_rows = np.nonzero(~present.T)
        self.approximate_columns, self.approximate_rows = np.nonzero(approximate.T)
        self.missing_count, self.approximate_count = len(self.missing_rows), len(self.approximate_rows)
        self.approximate_values = values[self.approximate_rows, self.approximate_columns]
        self.approximate_bounds = np.searchsorted(self.approximate_columns,
                                                  np.arange(self.indicator_count + 1))
        self.approximate_per_column = np.diff(self.approximate_bounds)
        self.missing_per_column = np.bincount(self.missing_columns, minlength=self.indicator_count)
        self.cell_rows = np.concatenate([self.approximate_rows, self.missing_rows])
        self._cell_positions: dict[int, np.ndarray] = {}
        if self.ratio:
            base = capped_ratio(values, targets, at_most, ratio_cap)
            self.center = np.zeros(self.indicator_count)
            self.approximate_targets = targets[self.approximate_rows, self.approximate_columns]
            self.approximate_at_most = at_most[self.approximate_rows, self.approximate_columns]
        else:
            # Centred on each indicator's mean: a·(x - centre) + b loses no digits to cancellation.
            self.center = np.nanmean(values, axis=0)
            base = values - self.center
        base = np.where(exact, base, 0.0)
        self.base = np.ascontiguousarray(base.T)  # indicators × communities: one row per term
        # Statistics of the exact cells (NaN-free: their values only).
        with np.errstate(invalid="ignore"):
            self.exact_count = exact.sum(axis=0)
            self.present_count = present.sum(axis=0)
            self.exact_low = np.where(exact, base, np.inf).min(axis=0)
            self.exact_high = np.where(exact, base, -np.inf).max(axis=0)
            self.exact_sum = base.sum(axis=0)
            self.exact_squares = (base * base).sum(axis=0)

    def _approximate_columns(self, values: np.ndarray, low: np.ndarray, high: np.ndarray,
                             total: np.ndarray | None = None, squares: np.ndarray | None = None) -> None:
        """Fold the draws' approximate cells (draws × cells) into the per-indicator statistics."""
        bounds = self.approximate_bounds
        for column in np.flatnonzero(bounds[1:] > bounds[:-1]):
            cells = values[:, bounds[column]:bounds[column + 1]]
            np.minimum(low[:, column], cells.min(axis=1), out=low[:, column])
            np.maximum(high[:, column], cells.max(axis=1), out=high[:, column])
            if total is not None:
                total[:, column] += cells.sum(axis=1)
                squares[:, column] += (cells * cells).sum(axis=1)

    def scores(self, weights: np.ndarray, use_zscore: np.ndarray, noise: np.ndarray,
               ) -> np.ndarray:
        """Weighted mean score per draw × community (weights: draws × indicators, left-out = 0)."""
        draws = len(weights)
        shape = (draws, self.indicator_count)
        approximate = self.approximate_values * noise
        low = np.broadcast_to(self.exact_low, shape).copy()
        high = np.broadcast_to(self.exact_high, shape).copy()
        if self.ratio:
            slope, offset = np.ones(shape), np.zeros(shape)
            approximate = capped_ratio(approximate, self.approximate_targets, self.approximate_at_most,
                                       self.ratio_cap)
            self._approximate_columns(approximate, low, high)
        else:
            approximate = approximate - self.center[self.approximate_columns]
            total = np.broadcast_to(self.exact_sum, shape).copy()
            squares = np.broadcast_to(self.exact_squares, shape).copy()
            self._approximate_columns(approximate, low, high, total, squares)
            slope, offset = self._affine(low, high, total, squares, use_zscore)
            # The range of the normalized values: the image of the range of the values.
            low, high = slope * low + offset, slope * high + offset
            low, high = np.minimum(low, high), np.maximum(low, high)

        # The dense part: Σ_i (w·a)_i x_ci, one row of the base at a time (elementwise, so that equal
        # communities get bit-equal scores and ties stay ties), plus the constant Σ_i (w·b)_i.
        scaled = weights * slope
        sums = np.empty((draws, self.count))
        np.multiply(scaled[:, :1], self.base[0], out=sums)
        term = np.empty_like(sums)
        for column in range(1, self.indicator_count):
            np.multiply(scaled[:, column:column + 1], self.base[column], out=term)
            sums += term
        sums += (weights * offset).sum(axis=1, keepdims=True)

        # The sparse part: each approximate or missing cell's w·(normalized - b), added per community.
        # The cells are indicator-major, so per-indicator factors are repeated rather than gathered.
        corrections = np.empty((draws, len(self.cell_rows)))
        approximate_part = corrections[:, :self.approximate_count]
        if self.ratio:  # a = 1, b = 0
            np.multiply(np.repeat(weights, self.approximate_per_column, axis=1), approximate,
                        out=approximate_part)
        else:  # w·(a·x + b - b)
            np.multiply(np.repeat(scaled, self.approximate_per_column, axis=1), approximate,
                        out=approximate_part)
        # w·(penalty - b): one full range below the worst, worst - max(1, best - worst); the
        # target ratio's penalty is 0 = b, held in the base already.
        missing_part = corrections[:, self.approximate_count:]
        if self.ratio:
            missing_part.fill(0.0)
        else:
            penalty = low - np.maximum(1.0, high - low)
            np.copyto(missing_part, np.repeat(weights * (penalty - offset), self.missing_per_column,
                                              axis=1))
        if len(self.cell_rows):
            sums += np.bincount(self._cells(draws), weights=corrections.ravel(),
                                minlength=draws * self.count).reshape(draws, self.count)
        sums /= weights.sum(axis=1, keepdims=True)
        return sums

    def _cells(self, draws: int) -> np.ndarray:
        """The flat (draw, community) positions of the approximate and missing cells, per block size."""
        if draws not in self._cell_positions:
            self._cell_positions[draws] = (np.arange(draws)[:, None] * self.count + self.cell_rows).ravel()
        return self._cell_positions[draws]

    def _affine(self, low, high, total, squares, use_zscore):
        """a and b per draw × indicator: min-max or z-score of the (centred) values, direction applied."""
        count = self.present_count
        with np.errstate(divide="ignore", invalid="ignore"):
            width = high - low
            varies = width > 0  # a constant indicator: 0.5 (min-max) or 0 (z-score) for everyone
            minmax_slope = np.where(varies, 1.0 / width, 0.0)
            minmax_offset = np.where(varies, -low / width, 0.5)
            mean = total / count
            variance = (squares - total * mean) / (count - 1)
            sd = np.sqrt(np.where(varies & (count > 1), np.maximum(variance, 0.0), 0.0))
            zscore_slope = np.where(sd > 0, 1.0 / sd, 0.0)
            zscore_offset = np.where(sd > 0, -mean / sd, 0.0)
        zscore = use_zscore[:, None]
        slope = np.where(zscore, zscore_slope, minmax_slope)
        offset = np.where(zscore, zscore_offset, minmax_offset)
        # Lower is better: 1 - min-max, or minus the z-score.
        slope = np.where(self.lower_better, -slope, slope)
        offset = np.where(self.lower_better, np.where(zscore, -offset, 1.0 - offset), offset)
        return slope, offset


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
