"""The Monte Carlo rank intervals in SQL (models/intermediate/int_rank_*.sql) against a plain
per-draw computation of the documented method in numpy, with the same seeded random numbers
(macros/random.sql, written again here from its description).

One dbt build over a synthetic raw store: 25 communities in two cities (the demo's 塔城市 and a
test city of four), three months, residents in all three peer groups; approximate values, a
community missing one indicator (ranked on the composite at coverage 0.8, not on target ratios at
0.75), two missing two (not ranked but normalized over), and two communities with equal figures
(they must tie in every draw). The intervals of the old Python model (numpy's random stream)
are gone: these are checked against the reference, not against fixed numbers.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from raw_fixture import Obs, query, run_dbt_build, write_raw_store

PRIME = 2147483647
SEED, DRAWS, WEIGHT_SPREAD, APPROXIMATE_SPREAD, CAP = 97, 60, 0.5, 0.3, 1.2
DBT_VARS = (f"{{mc_seed: {SEED}, mc_draws: {DRAWS}, mc_approximate_spread: {APPROXIMATE_SPREAD}, "
            "mc_max_periods_per_grain: 2}")
MONTHS = ("2025-04", "2025-05", "2025-06")
TEST_CITY = [("659001001001", "一号社区"), ("659001001002", "二号社区"),
             ("659001001003", "三号社区"), ("659001001004", "四号社区")]


def seeded_uniform(seed: int, keys: list[int]) -> float:
    """macros/random.sql: absorb each key, two more rounds, (state + 0.5) / p."""
    state = seed % PRIME
    for key in [*keys, 0, 0]:
        y = (state + int(key)) % PRIME
        state = (pow(y, 5, PRIME) * 48271 + 11) % PRIME
    return (state + 0.5) / PRIME


def test_the_uniforms_are_uniform_and_neighbouring_keys_unrelated() -> None:
    draws = np.array([seeded_uniform(SEED, [400_001, draw * 4 + 1, 3]) for draw in range(1, 20_001)])
    assert abs(draws.mean() - 0.5) < 0.01 and abs(draws.var() * 12 - 1) < 0.03
    ordered = np.sort(draws)
    assert np.abs(ordered - np.arange(1, len(ordered) + 1) / len(ordered)).max() * math.sqrt(len(ordered)) < 1.36
    assert abs(np.corrcoef(draws[:-1], draws[1:])[0, 1]) < 0.03  # draw d and d + 1
    indicators = np.array([[seeded_uniform(SEED, [400_001, draw * 4 + 1, number]) for number in range(6)]
                           for draw in range(1, 3001)])
    assert np.abs(np.corrcoef(indicators.T) - np.eye(6)).max() < 0.06  # indicator i and j


def observations() -> list[Obs]:
    """Seeded figures; the exceptions described in the module docstring are set by hand."""
    rng = np.random.default_rng(20251206)
    with open(Path(__file__).resolve().parents[1] / "seeds" / "registry_communities.csv", encoding="utf-8") as handle:
        codes = [line.split(",")[0] for line in handle.read().splitlines()[1:]]
    codes += [code for code, _ in TEST_CITY]
    rows: list[Obs] = []
    for month in MONTHS:
        for number, code in enumerate(codes):
            received = int(rng.integers(20, 80))
            figures = {
                "petitions_received": received,
                "petitions_resolved": int(received * rng.uniform(0.6, 1.0)),
                "jobs_created": int(rng.integers(0, 12)),
                "security_cases": int(rng.integers(0, 5)),
                "zero_employment_households": int(rng.integers(0, 3)),
                "volunteer_person_times": float(round(rng.uniform(50, 400))),
                "residents": 2000 + 300 * number,
            }
            if code == codes[1]:  # equal to the first, every figure exact
                figures = dict(first)
            if code == codes[0]:
                first = figures
            if code == codes[5]:
                del figures["security_cases"]  # one of five: coverage 0.8, still ranked
            if code in (codes[7], codes[22]):
                del figures["jobs_created"], figures["security_cases"]  # 0.6: not ranked
            for column, (indicator, value) in enumerate(figures.items()):
                approximate = code not in codes[:2] and indicator in (
                    "volunteer_person_times", "jobs_created") and rng.uniform() < 0.3
                rows.append(Obs(code, indicator, month, value, is_approximate=approximate,
                                raw_text=f"约{value:g}" if approximate else None,
                                file_name=f"{month}.xlsx", cell_ref=f"{'BCDEFGH'[column]}{number + 2}"))
    return rows


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work_dir = tmp_path_factory.mktemp("rank-intervals")
    raw_db = write_raw_store(work_dir / "raw.duckdb", observations())
    with duckdb.connect(str(raw_db)) as con:
        con.execute("insert into registry_streets values ('659001001', '测试街道', '659001', '测试市', "
                    "'6590', '测试地区', '65', '新疆维吾尔自治区')")
        con.executemany("insert into registry_communities values (?, ?, '659001001')", TEST_CITY)
    result = run_dbt_build(raw_db, work_dir, dbt_vars=DBT_VARS)
    assert result.returncode == 0, result.output[-4000:]
    return result.warehouse_db


def frame(warehouse: Path, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).df()


def group_key(method: str, grain: str, period_index: int) -> int:
    return period_index * 16 + {"composite": 4, "target_ratio": 8}[method] + {"month": 1, "quarter": 2, "year": 3}[grain]


def capped_ratio(value: float, operator: str, target: float) -> float:
    if operator == "<=":
        ratio = (CAP if value <= 0 else target / value) if target > 0 else (1.0 if value <= target else 0.0)
    else:
        ratio = value / target if target > 0 else (1.0 if value >= target else 0.0)
    return min(max(ratio, 0.0), CAP)


def competition_ranks(scores: np.ndarray) -> np.ndarray:
    return 1 + (scores[None, :] > scores[:, None]).sum(axis=1)


def nearest_ranks(ranks: np.ndarray) -> list[int]:
    ordered = np.sort(ranks)
    return [int(ordered[(len(ordered) * share + 99) // 100 - 1]) for share in (5, 50, 95)]


def reference_intervals(inputs: pd.DataFrame, members: pd.DataFrame, method: str, grain: str,
                        period_index: int) -> dict[str, tuple]:
    """One group, one draw and one indicator at a time, as the models' headers describe it."""
    codes = sorted(members["community_code"])
    wide = inputs.pivot(index="community_code", columns="indicator_code").loc[codes]
    values = wide["value"].astype(float)
    indicators = sorted(code for code in values.columns if values[code].notna().any())
    values = values[indicators].to_numpy()
    approximate = wide["is_approximate"][indicators].fillna(False).to_numpy(bool) & ~np.isnan(values)
    first = inputs.drop_duplicates("indicator_code").set_index("indicator_code").loc[indicators]
    weights, lower_better = first["weight"].to_numpy(float), (first["direction"] == "lower_better").to_numpy()
    operators, targets = wide["target_operator"][indicators].to_numpy(), wide["target_value"][indicators].to_numpy(float)
    members = members.set_index("community_code").loc[codes]
    eligible = members["eligible"].to_numpy(bool)
    key, count = group_key(method, grain, period_index), len(indicators)
    city_ranks, peer_ranks = [], []
    for draw in range(1, DRAWS + 1):
        w = np.array([weights[i] * (1 - WEIGHT_SPREAD + 2 * WEIGHT_SPREAD * seeded_uniform(SEED, [key, draw * 4 + 1, i]))
                      for i in range(count)])
        if count > 1 and draw % (count + 1) < count:
            w[draw % (count + 1)] = 0.0
        use_zscore = seeded_uniform(SEED, [key, draw * 4 + 2, 0]) >= 0.5
        x = values.copy()
        for row, column in zip(*np.nonzero(approximate)):
            u = seeded_uniform(SEED, [key, draw * 4 + 3, (row + 1) * 4096 + column])
            x[row, column] *= 1 - APPROXIMATE_SPREAD + 2 * APPROXIMATE_SPREAD * u
        normalized = np.zeros_like(x)
        for column in range(count):
            present = ~np.isnan(x[:, column])
            if method == "target_ratio":
                normalized[:, column] = [capped_ratio(value, operators[row, column], targets[row, column])
                                         if present[row] else 0.0 for row, value in enumerate(x[:, column])]
                continue
            v = x[present, column]
            if use_zscore:
                sd = v.std(ddof=1) if len(v) > 1 and v.max() > v.min() else 0.0
                z = (v - v.mean()) / sd if sd > 0 else np.zeros_like(v)
            else:
                z = (v - v.min()) / (v.max() - v.min()) if v.max() > v.min() else np.full_like(v, 0.5)
            z = (-z if use_zscore else 1 - z) if lower_better[column] else z
            normalized[present, column] = z
            normalized[~present, column] = z.min() - max(1.0, z.max() - z.min())
        scores = (normalized * w).sum(axis=1) / w.sum()
        for column_name, ranks in (("city_code", city_ranks), ("peer_group", peer_ranks)):
            draw_ranks = np.zeros(len(codes), dtype=int)
            for _, rows in members.reset_index().groupby(column_name, dropna=False).groups.items():
                rows = [row for row in rows if eligible[row]]
                draw_ranks[rows] = competition_ranks(scores[rows])
            ranks.append(draw_ranks)
    city, peer = np.array(city_ranks).T, np.array(peer_ranks).T
    return {code: (*nearest_ranks(city[row]), *nearest_ranks(peer[row]), city[row].mean())
            for row, code in enumerate(codes) if eligible[row]}


@functools.cache
def expected_and_actual(warehouse: Path) -> tuple[dict, dict]:
    scored = frame(warehouse, "select s.method, s.grain, s.period, s.period_index, s.community_code, "
                   "s.eligible, c.city_code, c.peer_group from int_scores_nominal s "
                   "join dim_community c using (community_code) where s.score is not null")
    inputs = frame(warehouse, "select method, grain, period, community_code, indicator_code, direction, "
                   "weight, target_operator, target_value, is_approximate and not is_missing as is_approximate, "
                   "case when is_missing then null else value end as value from int_score_inputs")
    latest = (scored[["grain", "period", "period_index"]].drop_duplicates()
              .sort_values("period_index", ascending=False).groupby("grain").head(2))
    expected = {}
    for (method, grain, period), members in scored.merge(latest[["grain", "period"]]).groupby(
            ["method", "grain", "period"]):
        if members["eligible"].any():
            group_inputs = inputs.merge(members[["method", "grain", "period", "community_code"]])
            for code, row in reference_intervals(group_inputs, members, method, grain,
                                                 int(members["period_index"].iloc[0])).items():
                expected[(method, grain, period, code)] = row
    actual = {tuple(row[:4]): tuple(row[4:]) for row in query(
        warehouse, "select method, grain, period, community_code, rank_p05, rank_median, rank_p95, "
        "peer_rank_p05, peer_rank_median, peer_rank_p95, rank_mean from int_rank_intervals")}
    return expected, actual


def test_the_draws_replay_the_documented_method(warehouse: Path) -> None:
    expected, actual = expected_and_actual(warehouse)
    assert sorted(actual) == sorted(expected)
    assert {(method, grain, period) for method, grain, period, _ in actual} == {
        (method, grain, period) for method in ("composite", "target_ratio")
        for grain, period in (("month", "2025-05"), ("month", "2025-06"), ("quarter", "2025-Q2"),
                              ("year", "2025"))}
    for key, row in expected.items():
        assert actual[key][:6] == row[:6], key
        assert actual[key][6] == pytest.approx(row[6], abs=1e-12), key


def test_equal_communities_tie_and_the_unranked_have_no_interval(warehouse: Path) -> None:
    expected, actual = expected_and_actual(warehouse)
    first, second = "654201001001", "654201001003"
    for method, grain, period, code in actual:
        if code == first:
            assert actual[(method, grain, period, first)] == actual[(method, grain, period, second)]
    assert not {code for _, _, _, code in actual} & {"654201002001", "659001001002"}  # coverage 0.6
    missing_one = {method for method, grain, _, code in actual
                   if code == "654201001008" and grain == "month"}
    assert missing_one == {"composite"}  # 4 of 5 composite indicators; 3 of 4 with a monthly target
    assert any(row[2] > row[0] for row in actual.values())  # the draws do move the ranks
    assert any(row[3:6] != row[:3] for row in actual.values())  # peer ranks are not city ranks


def test_the_random_numbers_are_the_documented_ones(warehouse: Path) -> None:
    cells = frame(warehouse, "select distinct group_key, indicator_number, weight from int_rank_draw_cells")
    parameters = frame(warehouse, "select p.group_key, p.draw, p.indicator_number, p.weight, p.use_zscore, "
                       "c.indicator_count from int_rank_draw_parameters p join (select distinct group_key, "
                       "indicator_count from int_rank_draw_cells) c using (group_key)")
    nominal = cells.set_index(["group_key", "indicator_number"])["weight"]
    for row in parameters.itertuples():
        u = seeded_uniform(SEED, [row.group_key, row.draw * 4 + 1, row.indicator_number])
        left_out = row.indicator_count > 1 and row.draw % (row.indicator_count + 1) == row.indicator_number
        want = 0.0 if left_out else nominal[(row.group_key, row.indicator_number)] * (0.5 + 1.0 * u)
        assert row.weight == want
        assert row.use_zscore == (seeded_uniform(SEED, [row.group_key, row.draw * 4 + 2, 0]) >= 0.5)
    varied = frame(warehouse, "select a.group_key, a.draw, a.community_number, a.indicator_number, a.value, "
                   "c.value as reported from int_rank_draw_approximations a join int_rank_draw_cells c "
                   "using (group_key, community_number, indicator_number)")
    assert len(varied) > 100
    for row in varied.itertuples():
        u = seeded_uniform(SEED, [row.group_key, row.draw * 4 + 3, row.community_number * 4096 + row.indicator_number])
        assert row.value == row.reported * (1 - APPROXIMATE_SPREAD + 2 * APPROXIMATE_SPREAD * u)
