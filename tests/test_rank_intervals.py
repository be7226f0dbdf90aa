"""The Monte Carlo rank intervals (models/intermediate/int_rank_intervals.py) against a plain
per-draw computation of the documented method: the vectorised draws (no draws × communities ×
indicators array) must give the same scores, ranks and intervals. Pure numpy, no dbt build."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

MODEL = Path(__file__).resolve().parents[1] / "models" / "intermediate" / "int_rank_intervals.py"
spec = importlib.util.spec_from_file_location("int_rank_intervals", MODEL)
intervals = importlib.util.module_from_spec(spec)
spec.loader.exec_module(intervals)

CAP = 1.2


def reference_ratio(value: float, target: float, at_most: bool) -> float:
    """The target_ratio macro, one cell at a time."""
    if at_most:
        if target > 0:
            ratio = CAP if value <= 0 else target / value
        else:
            ratio = 1.0 if value <= target else 0.0
    elif target > 0:
        ratio = value / target
    else:
        ratio = 1.0 if value >= target else 0.0
    return min(max(ratio, 0.0), CAP)


def reference_scores(values, approximate, lower_better, weights, use_zscore, noise,
                     targets=None, at_most=None) -> np.ndarray:
    """One draw at a time, one indicator at a time, as the model's docstring describes it.

    noise holds one random number per approximate cell, in the model's order (indicator-major:
    by indicator, then by community). A missing cell scores one full range below the draw's
    worst normalized value, worst - max(1, best - worst) (target_ratio: 0), never the average."""
    count, indicator_count = values.shape
    present = ~np.isnan(values)
    approximate_cells = [(row, column) for column in range(indicator_count) for row in range(count)
                         if approximate[row, column] and present[row, column]]
    missing_cells = [(row, column) for column in range(indicator_count) for row in range(count)
                     if not present[row, column]]
    scores = np.empty((len(weights), count))
    for draw in range(len(weights)):
        draw_values = values.copy()
        for number, (row, column) in enumerate(approximate_cells):
            draw_values[row, column] *= noise[draw, number]
        normalized = np.full(values.shape, np.nan)
        for column in range(indicator_count):
            rows = present[:, column]
            x = draw_values[rows, column]
            if targets is not None:
                normalized[rows, column] = [reference_ratio(value, targets[row, column], at_most[row, column])
                                            for value, row in zip(x, np.flatnonzero(rows))]
                continue
            if use_zscore[draw]:
                sd = np.std(x, ddof=1) if len(x) > 1 else 0.0
                z = (x - x.mean()) / sd if sd > 0 else np.zeros_like(x)
                normalized[rows, column] = -z if lower_better[column] else z
            else:
                low, high = x.min(), x.max()
                minmax = (x - low) / (high - low) if high > low else np.full_like(x, 0.5)
                normalized[rows, column] = 1 - minmax if lower_better[column] else minmax
        for row, column in missing_cells:
            if targets is not None:
                normalized[row, column] = 0.0
                continue
            low = np.nanmin(normalized[present[:, column], column])
            high = np.nanmax(normalized[present[:, column], column])
            normalized[row, column] = low - max(1.0, high - low)
        scores[draw] = (normalized * weights[draw]).sum(axis=1) / weights[draw].sum()
    return scores


def reference_ranks(scores: np.ndarray) -> np.ndarray:
    """1 + the number of strictly higher scores (ties share)."""
    return 1 + (scores[:, None, :] > scores[:, :, None]).sum(axis=2)


def example(seed: int, count: int = 40):
    """Random values with missing and approximate cells, and the awkward indicators: constant,
    a single reported value, only approximate values; plus two communities with equal rows."""
    rng = np.random.default_rng(seed)
    values = rng.uniform(-20, 120, size=(count, 7))
    values[:, 1] *= 1000  # another scale
    values[rng.uniform(size=values.shape) < 0.15] = np.nan
    approximate = rng.uniform(size=values.shape) < 0.15
    values[:, 4] = np.where(rng.uniform(size=count) < 0.2, np.nan, 7.0)  # constant
    approximate[:, 4] = False
    values[:, 5] = np.nan
    values[3, 5] = 42.0  # one community reported it
    approximate[:, 6] = True  # every value approximate
    values[1] = values[0] = np.where(np.isnan(values[0]), 5.0, values[0])  # equal rows, exact
    approximate[[0, 1]] = False
    lower_better = np.array([False, True, False, True, False, True, True])
    targets = rng.choice([0.0, 30.0, 80.0], size=values.shape)
    at_most = rng.uniform(size=values.shape) < 0.4
    targets[1], at_most[1] = targets[0], at_most[0]
    return values, approximate, lower_better, targets, at_most


def random_draws(matrix, rng, draws: int, indicator_count: int):
    weights = rng.uniform(0.5, 1.5, size=(draws, indicator_count))
    weights[np.arange(draws), np.arange(draws) % indicator_count] = 0.0  # left out
    use_zscore = np.arange(draws) % 2 == 1
    noise = rng.uniform(0.7, 1.3, size=(draws, matrix.approximate_count))
    return weights, use_zscore, noise


@pytest.mark.parametrize("method", ["composite", "target_ratio"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_vectorised_draws_equal_the_per_draw_computation(method: str, seed: int) -> None:
    values, approximate, lower_better, targets, at_most = example(seed)
    if method == "composite":
        targets = at_most = None
    matrix = intervals.DrawMatrix(values, approximate, lower_better, targets, at_most, CAP)
    assert matrix.approximate_count > 20 and matrix.missing_count > 20
    weights, use_zscore, noise = random_draws(
        matrix, np.random.default_rng(seed + 100), 8, values.shape[1])

    scores = matrix.scores(weights, use_zscore, noise)
    expected = reference_scores(values, approximate, lower_better, weights, use_zscore, noise,
                                targets, at_most)
    np.testing.assert_allclose(scores, expected, rtol=1e-10, atol=1e-12)

    ranks = intervals.competition_ranks(scores)
    expected_ranks = reference_ranks(expected)
    np.testing.assert_array_equal(ranks, expected_ranks)
    # The two equal communities tie in every draw (bit-equal scores), and nothing else does.
    np.testing.assert_array_equal(ranks[:, 0], ranks[:, 1])
    if method == "composite":  # capped ratios and missing ones (0) may tie for real
        assert all(len(set(row)) == values.shape[0] - 1 for row in expected_ranks.tolist())
    else:
        assert all(len(set(row)) > values.shape[0] // 2 for row in expected_ranks.tolist())


@pytest.mark.parametrize("two_cities", [False, True], ids=["one city", "two cities"])
def test_intervals_replay_the_seeded_draws(two_cities: bool) -> None:
    """intervals_for_period end to end: the seeded stream replayed through the reference. Values
    are normalized over every community given (as int_score_inputs does), ranks are among the
    eligible of each city (as mart_scores.rank_in_city is) and, for peer_rank_*, among the eligible
of each peer group across cities (as rank_in_peer is); the ineligible get no interval."""
    values, approximate, lower_better, _, _ = example(4, count=30)
    values = values[:, [0, 1, 2, 3, 6]]
    approximate = approximate[:, [0, 1, 2, 3, 6]]
    lower_better = lower_better[[0, 1, 2, 3, 6]]
    count, indicator_count = values.shape
    codes = [f"c{row:02d}" for row in range(count)]
    city_of = np.where(np.arange(count) % 3 == 0, "650100", "654201") if two_cities \
        else np.full(count, "654201")
    eligible = np.arange(count) % 7 != 2  # every 7th community (from the 3rd) is not ranked
    peer_of = np.array(["small", "medium", "large"])[np.arange(count) % 4 % 3]  # across cities
    weights = np.array([0.3, 0.1, 0.2, 0.25, 0.15])
    group = pd.DataFrame({
        "community_code": np.repeat(codes, indicator_count),
        "indicator_code": np.tile([f"i{column}" for column in range(indicator_count)], count),
        "value": values.ravel(), "is_approximate": approximate.ravel(),
        "direction": np.tile(np.where(lower_better, "lower_better", "higher_better"), count),
        "weight": np.tile(weights, count), "target_value": 50.0, "target_operator": ">=",
        "city_code": np.repeat(city_of, indicator_count),
        "eligible": np.repeat(eligible, indicator_count),
        "peer_group": np.repeat(peer_of, indicator_count),
    })
    settings = {"seed": 11, "draws": 60, "weight_spread": 0.5, "approximate_spread": 0.2,
                "ratio_cap": CAP, "max_periods": 12}
    result = intervals.intervals_for_period(group, "composite", "month", "2025-04", settings)

    rng = np.random.default_rng([11, intervals.stable_number("composite"),
                                 intervals.stable_number("month"), intervals.stable_number("2025-04")])
    approximate_count = int((approximate & ~np.isnan(values)).sum())
    ranks, peer_ranks = [], []
    for start in range(0, settings["draws"], intervals.DRAWS_PER_CHUNK):
        size = min(intervals.DRAWS_PER_CHUNK, settings["draws"] - start)
        draw_weights = weights * rng.uniform(0.5, 1.5, size=(size, indicator_count))
        for row in range(size):
            left_out = (start + row + 1) % (indicator_count + 1)
            if left_out < indicator_count:
                draw_weights[row, left_out] = 0.0
        use_zscore = rng.uniform(size=size) >= 0.5
        noise = rng.uniform(0.8, 1.2, size=(size, approximate_count))
        scores = reference_scores(values, approximate, lower_better, draw_weights, use_zscore,
                                  noise)
        draw_ranks = np.zeros(scores.shape, dtype=int)
        for city in set(city_of):
            members = np.flatnonzero((city_of == city) & eligible)
            draw_ranks[:, members] = reference_ranks(scores[:, members])
        ranks.extend(draw_ranks)
        draw_ranks = np.zeros(scores.shape, dtype=int)
        for peer in set(peer_of):
            members = np.flatnonzero((peer_of == peer) & eligible)
            draw_ranks[:, members] = reference_ranks(scores[:, members])
        peer_ranks.extend(draw_ranks)
    ranks, peer_ranks = np.array(ranks), np.array(peer_ranks)
    for peer in set(peer_of):  # a peer interval lies within 1..size of the eligible peer group
        assert peer_ranks[:, peer_of == peer].max() <= ((peer_of == peer) & eligible).sum()
    for city in set(city_of):  # nobody ranks below the last eligible of their own city
        assert ranks[:, city_of == city].max() <= ((city_of == city) & eligible).sum()
    assert len(set(ranks[:, 5])) > 3  # the draws do move the ranks

    assert list(result["community_code"]) == [code for code, ok in zip(codes, eligible) if ok]
    got_rows = result.set_index("community_code")
    def nearest(column):
        ordered = sorted(column)
        return [ordered[math.ceil(q * len(ordered)) - 1] for q in (0.05, 0.5, 0.95)]

    for column, peer_column, code in zip(ranks.T[eligible], peer_ranks.T[eligible],
                                         np.array(codes)[eligible]):
        got = got_rows.loc[code].copy()
        got["community_code"] = code
        assert got["community_code"] == code
        assert [got["rank_p05"], got["rank_median"], got["rank_p95"]] == nearest(column)
        assert [got["peer_rank_p05"], got["peer_rank_median"], got["peer_rank_p95"]] == nearest(
            peer_column)
        assert got["rank_mean"] == pytest.approx(column.mean(), abs=1e-12)
        assert got["draws"] == 60
