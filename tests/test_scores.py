"""Composite scores: a hand-worked example for both methods, rank changes, coverage of missing
indicators and reproducible Monte Carlo rank intervals."""

from __future__ import annotations

from pathlib import Path

import pytest

from raw_fixture import (
    DUBIEKE, GONGYUAN, JIANSHE, SHANGYE, WENHUA, XINCHENG, Obs, query, run_dbt_build,
    write_raw_store,
)


def month_report(period: str, rows: list[tuple]) -> list[Obs]:
    """One monthly sheet: (community, received, resolved, jobs_created, security_cases)."""
    observations = []
    for line, (community, received, resolved, jobs, cases) in enumerate(rows, start=2):
        for column, indicator, value in (("B", "petitions_received", received),
                                         ("C", "petitions_resolved", resolved),
                                         ("D", "jobs_created", jobs),
                                         ("E", "security_cases", cases)):
            observations.append(Obs(community, indicator, period, value,
                                    file_name=f"{period}.xlsx", cell_ref=f"{column}{line}"))
    return observations


# The hand-worked example: five communities, three scored indicators, March 2025.
#                community  received resolved jobs security_cases
HAND_WORKED = month_report("2025-03", [
    (JIANSHE,   20, 19,  6, 0),   # 和平街道 (its own target: rate >= 95)
    (SHANGYE,   10,  8,  3, 2),   # 和平街道
    (DUBIEKE,   25, 25,  0, 1),   # 杜别克街道
    (GONGYUAN,  40, 36,  9, 4),   # 杜别克街道
    (XINCHENG,  50, 35, 12, 1),   # 新城街道
]) + month_report("2025-02", [
    (JIANSHE,   10,  5,  1, 3),
    (XINCHENG,  10, 10,  6, 0),
])

# target_ratio (seeds/targets.csv, cap 1.2): rate >= 95 in 和平街道 and >= 90 elsewhere,
# jobs >= 3 a month, security_cases <= 1 a month; the score is the mean of the capped ratios.
TARGET_RATIO_SCORES = {
    JIANSHE: (95 / 95 + 1.2 + 1.2) / 3,            # 1.133333  (0 cases reaches the cap)
    SHANGYE: (80 / 95 + 3 / 3 + 1 / 2) / 3,        # 0.780702
    DUBIEKE: (100 / 90 + 0 / 3 + 1 / 1) / 3,       # 0.703704
    GONGYUAN: (90 / 90 + 1.2 + 1 / 4) / 3,         # 0.816667
    XINCHENG: (70 / 90 + 1.2 + 1 / 1) / 3,         # 0.992593
}

# composite (seeds/weights.csv): weights rate 0.3 × 1/1, jobs 0.3 × 0.25/1, security 0.2 × 1/1
# = 0.3, 0.075, 0.2; min-max over the five (rate 70..100, jobs 0..12, security 0..4, lower is
# better); weighted arithmetic mean over the 0.575 of weight reported.
COMPOSITE_SCORES = {
    JIANSHE: (0.3 * 25 / 30 + 0.075 * 6 / 12 + 0.2 * 4 / 4) / 0.575,    # 0.847826
    SHANGYE: (0.3 * 10 / 30 + 0.075 * 3 / 12 + 0.2 * 2 / 4) / 0.575,    # 0.380435
    DUBIEKE: (0.3 * 30 / 30 + 0.075 * 0 / 12 + 0.2 * 3 / 4) / 0.575,    # 0.782609
    GONGYUAN: (0.3 * 20 / 30 + 0.075 * 9 / 12 + 0.2 * 0 / 4) / 0.575,   # 0.445652
    XINCHENG: (0.3 * 0 / 30 + 0.075 * 12 / 12 + 0.2 * 3 / 4) / 0.575,   # 0.391304
}


@pytest.fixture(scope="module")
def hand_worked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work_dir = tmp_path_factory.mktemp("scores")
    raw_db = write_raw_store(work_dir / "raw.duckdb", HAND_WORKED)
    result = run_dbt_build(raw_db, work_dir)
    assert result.returncode == 0, result.output[-4000:]
    return result.warehouse_db


def scores(warehouse: Path, method: str, period: str) -> list[tuple]:
    return query(
        warehouse,
        "select community_code, score, rank_in_street, rank_in_city, coverage from mart_scores "
        "where method = ? and grain = 'month' and period = ? and score is not null "
        "order by rank_in_city",
        [method, period],
    )


def test_target_ratio_scores_and_ranks_match_the_hand_computation(hand_worked: Path) -> None:
    assert scores(hand_worked, "target_ratio", "2025-03") == [
        (JIANSHE, pytest.approx(TARGET_RATIO_SCORES[JIANSHE]), 1, 1, 1.0),
        (XINCHENG, pytest.approx(TARGET_RATIO_SCORES[XINCHENG]), 1, 2, 1.0),
        (GONGYUAN, pytest.approx(TARGET_RATIO_SCORES[GONGYUAN]), 1, 3, 1.0),
        (SHANGYE, pytest.approx(TARGET_RATIO_SCORES[SHANGYE]), 2, 4, 1.0),
        (DUBIEKE, pytest.approx(TARGET_RATIO_SCORES[DUBIEKE]), 2, 5, 1.0),
    ]


def test_composite_scores_and_ranks_match_the_hand_computation(hand_worked: Path) -> None:
    assert scores(hand_worked, "composite", "2025-03") == [
        (JIANSHE, pytest.approx(COMPOSITE_SCORES[JIANSHE]), 1, 1, 1.0),
        (DUBIEKE, pytest.approx(COMPOSITE_SCORES[DUBIEKE]), 1, 2, 1.0),
        (GONGYUAN, pytest.approx(COMPOSITE_SCORES[GONGYUAN]), 2, 3, 1.0),
        (XINCHENG, pytest.approx(COMPOSITE_SCORES[XINCHENG]), 1, 4, 1.0),
        (SHANGYE, pytest.approx(COMPOSITE_SCORES[SHANGYE]), 2, 5, 1.0),
    ]


def test_contributions_add_up_to_the_composite_score(hand_worked: Path) -> None:
    assert query(
        hand_worked,
        "select indicator_code, normalized_value, weight, contribution "
        "from mart_score_contributions where method = 'composite' and grain = 'month' "
        "and period = '2025-03' and community_code = ? order by indicator_code",
        [JIANSHE],
    ) == [
        ("jobs_created", 0.5, pytest.approx(0.075 / 0.575), pytest.approx(0.5 * 0.075 / 0.575)),
        ("petition_resolution_rate", pytest.approx(25 / 30), pytest.approx(0.3 / 0.575),
         pytest.approx(25 / 30 * 0.3 / 0.575)),
        ("security_cases", 1.0, pytest.approx(0.2 / 0.575), pytest.approx(0.2 / 0.575)),
    ]


def test_rank_change_compares_with_the_previous_month(hand_worked: Path) -> None:
    # February composite: 新城街 beats 建设街 on every indicator (rank 1 and 2); in March
    # 建设街 is 1st (+1) and 新城街 4th (-3).
    assert query(
        hand_worked,
        "select community_code, rank_in_city, rank_change from mart_scores "
        "where method = 'composite' and grain = 'month' and period = '2025-03' "
        "and community_code in (?, ?) order by community_code",
        [JIANSHE, XINCHENG],
    ) == [(JIANSHE, 1, 1), (XINCHENG, 4, -3)]


def test_target_gaps_show_value_target_and_gap(hand_worked: Path) -> None:
    assert query(
        hand_worked,
        "select community_code, value, target_operator, target_value, gap, meets_target "
        "from mart_target_gaps where grain = 'month' and period = '2025-03' "
        "and indicator_code = 'petition_resolution_rate' and not is_missing "
        "order by community_code",
    ) == [
        (JIANSHE, 95.0, ">=", 95.0, 0.0, True),
        (SHANGYE, 80.0, ">=", 95.0, -15.0, False),
        (DUBIEKE, 100.0, ">=", 90.0, 10.0, True),
        (GONGYUAN, 90.0, ">=", 90.0, 0.0, True),
        (XINCHENG, 70.0, ">=", 90.0, -20.0, False),
    ]


def test_communities_without_reports_are_shown_with_zero_coverage(hand_worked: Path) -> None:
    assert query(
        hand_worked,
        "select score, coverage, indicators_expected, indicators_reported, missing_indicators, "
        "rank_in_city from mart_scores where method = 'composite' and grain = 'month' "
        "and period = '2025-03' and community_code = ?",
        [WENHUA],
    ) == [(None, 0.0, 3, 0, "jobs_created,petition_resolution_rate,security_cases", None)]


# Rank uncertainty, April 2025: A best and B second on everything, Z worst on everything;
# M misses the resolution rate (coverage 2 of 3: not ranked), P's figures are approximate and Q
# has P's nominal figures exactly, both in the middle.
#                                 community  received resolved      jobs    security_cases
UNCERTAINTY = [
    *month_report("2025-04", [(JIANSHE, 100, 100, 100, 0),       # A
                              (SHANGYE, 100, 97, 97, 3),         # B
                              (DUBIEKE, 100, 0, 0, 100),         # Z
                              (GONGYUAN, 100, 50, 50, 50)]),     # Q
    Obs(WENHUA, "jobs_created", "2025-04", 50, file_name="m.xlsx"),          # M
    Obs(WENHUA, "security_cases", "2025-04", 50, file_name="m.xlsx"),
    Obs(XINCHENG, "petitions_received", "2025-04", 100, file_name="p.xlsx"),  # P
    Obs(XINCHENG, "petitions_resolved", "2025-04", 50, file_name="p.xlsx",
        is_approximate=True, raw_text="约50"),
    Obs(XINCHENG, "jobs_created", "2025-04", 50, file_name="p.xlsx", is_approximate=True,
        raw_text="50余"),
    Obs(XINCHENG, "security_cases", "2025-04", 50, file_name="p.xlsx"),
]


def build_uncertainty(work_dir: Path, seed: int, select: str | None = None) -> Path:
    raw_db = write_raw_store(work_dir / "raw.duckdb", UNCERTAINTY)
    result = run_dbt_build(raw_db, work_dir, dbt_vars=f"{{mc_seed: {seed}, mc_approximate_spread: 0.3}}",
                           select=select)
    assert result.returncode == 0, result.output[-4000:]
    return result.warehouse_db


def rank_intervals(warehouse: Path) -> list[tuple]:
    return query(
        warehouse,
        "select community_code, rank_p05, rank_median, rank_p95, mc_draws from mart_scores "
        "where method = 'composite' and grain = 'month' and period = '2025-04' "
        "and score is not null order by community_code",
    )


def draws_summary(warehouse: Path) -> list[tuple]:
    # The mean rank is sensitive to every draw: equal means equal draws, in practice.
    return query(
        warehouse,
        "select method, community_code, grain, period, rank_p05, rank_median, rank_p95, "
        "rank_mean from int_rank_intervals order by all",
    )


@pytest.fixture(scope="module")
def uncertainty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_uncertainty(tmp_path_factory.mktemp("uncertainty"), seed=7)


def test_rank_intervals_are_wider_for_approximate_data_and_absent_when_not_ranked(
        uncertainty: Path) -> None:
    # P and Q are level on average: the noise on P's approximate figures makes both span 3..4
    # (which of them has the median 3 is a coin flip of the seed's random stream).
    # M, missing a third of its indicators, is not ranked: no rank and no interval (it used to be
    # imputed within the range and ranked 3..4).
    assert rank_intervals(uncertainty) == [
        (JIANSHE, 1, 1, 1, 200),
        (SHANGYE, 2, 2, 2, 200),
        (WENHUA, None, None, None, None),
        (DUBIEKE, 5, 5, 5, 200),
        (GONGYUAN, 3, 4, 4, 200),
        (XINCHENG, 3, 3, 4, 200),
    ]


def test_missing_indicator_is_flagged_with_its_coverage(uncertainty: Path) -> None:
    # M: jobs 50 and security 50 normalize to 0.5 each (range 0..100); the missing rate scores
    # one full range below the worst (−1), not the average of the others (the old 0.5).
    assert query(
        uncertainty,
        "select coverage, missing_indicators, has_missing, score, eligible, eligibility_reason, "
        "rank_in_city from mart_scores "
        "where method = 'composite' and grain = 'month' and period = '2025-04' "
        "and community_code = ?",
        [WENHUA],
    ) == [(pytest.approx(2 / 3), "petition_resolution_rate", True,
           pytest.approx((0.3 * -1 + 0.075 * 0.5 + 0.2 * 0.5) / 0.575), False,
           "数据不全（覆盖率 66.7 %），不参与排名", None)]


def test_same_seed_gives_the_same_draws(uncertainty: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # The draws and what they read (and the tests on those alone) are enough to compare.
    monkeypatch.setenv("DBT_INDIRECT_SELECTION", "cautious")
    again = build_uncertainty(tmp_path / "again", seed=7, select="+int_rank_intervals")
    assert draws_summary(again) == draws_summary(uncertainty)
    other = build_uncertainty(tmp_path / "other", seed=8, select="+int_rank_intervals")
    assert draws_summary(other) != draws_summary(uncertainty)
