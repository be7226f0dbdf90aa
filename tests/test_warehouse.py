"""The standardized warehouse: current versions, year-to-date differencing, derived indicators,
dimensions, the petition ranking and lineage — built by dbt from a synthetic raw store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from raw_fixture import (
    DUBIEKE, GONGYUAN, HEPING_STREET, JIANSHE, SHANGYE, WENHUA, XINCHENG, Obs, Problem,
    query, run_dbt_build, write_raw_store,
)

OBSERVATIONS = [
    # Petitions, 2025-01, as four communities reported them (和平街道 ×3, 杜别克街道 ×1).
    Obs(JIANSHE, "petitions_received", "2025-01", 50, cell_ref="B3"),
    Obs(JIANSHE, "petitions_resolved", "2025-01", 45, cell_ref="C3"),
    Obs(SHANGYE, "petitions_received", "2025-01", 20, cell_ref="B4"),
    Obs(SHANGYE, "petitions_resolved", "2025-01", 20, cell_ref="C4"),
    Obs(WENHUA, "petitions_received", "2025-01", 40, cell_ref="B5"),
    Obs(WENHUA, "petitions_resolved", "2025-01", 30, cell_ref="C5"),
    Obs(DUBIEKE, "petitions_received", "2025-01", 10, cell_ref="B6"),
    Obs(DUBIEKE, "petitions_resolved", "2025-01", 9, cell_ref="C6", is_approximate=True,
        raw_text="9余"),
    # 2025-02: 建设街 corrected its figure in a later batch; 商业街 received none.
    Obs(JIANSHE, "petitions_received", "2025-02", 40, cell_ref="B3", file_name="feb.xlsx"),
    Obs(JIANSHE, "petitions_resolved", "2025-02", 30, cell_ref="C3", file_name="feb.xlsx"),
    Obs(JIANSHE, "petitions_resolved", "2025-02", 38, cell_ref="C3", file_name="feb-fix.xlsx",
        batch_id=2),
    Obs(SHANGYE, "petitions_received", "2025-02", 0, cell_ref="B4", file_name="feb.xlsx"),
    Obs(SHANGYE, "petitions_resolved", "2025-02", 0, cell_ref="C4", file_name="feb.xlsx"),
    # Within one batch the file modified later wins.
    Obs(WENHUA, "jobs_created", "2025-01", 4, file_name="old.xlsx",
        file_mtime=datetime(2025, 2, 1, 8, 0)),
    Obs(WENHUA, "jobs_created", "2025-01", 6, file_name="new.xlsx",
        file_mtime=datetime(2025, 2, 3, 8, 0)),
    # Year-to-date jobs for 新城街: Jan 5, Feb 12, Mar 20, (Apr missing), May 30;
    # February was also reported directly as 6, which wins.
    Obs(XINCHENG, "jobs_created", "2025-01", 5, is_cumulative=True, file_name="ytd.xlsx",
        cell_ref="D2"),
    Obs(XINCHENG, "jobs_created", "2025-02", 12, is_cumulative=True, file_name="ytd.xlsx",
        cell_ref="D3"),
    Obs(XINCHENG, "jobs_created", "2025-03", 20, is_cumulative=True, file_name="ytd.xlsx",
        cell_ref="D4"),
    Obs(XINCHENG, "jobs_created", "2025-05", 30, is_cumulative=True, file_name="ytd.xlsx",
        cell_ref="D6"),
    Obs(XINCHENG, "jobs_created", "2025-02", 6, file_name="feb.xlsx", cell_ref="E9"),
    # Residents make the peer group: 建设街 2500 (small), 公园街 6500 (large).
    Obs(JIANSHE, "residents", "2025-01", 2500),
    Obs(GONGYUAN, "residents", "2024-12", 5000),
    Obs(GONGYUAN, "residents", "2025-01", 6500),
]

PROBLEMS = [
    Problem("feb.xlsx", "Sheet1", "F7", "unreadable_value",
            "文件 feb.xlsx 工作表 Sheet1 单元格 F7：无法识别的数值“见附件”", raw_text="见附件"),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work_dir = tmp_path_factory.mktemp("warehouse")
    raw_db = write_raw_store(work_dir / "raw.duckdb", OBSERVATIONS, PROBLEMS)
    result = run_dbt_build(raw_db, work_dir)
    assert result.returncode == 0, result.output[-4000:]
    return result.warehouse_db


def monthly(warehouse: Path, community: str, indicator: str) -> list[tuple]:
    return query(
        warehouse,
        "select period, value, value_origin from fct_indicator_monthly "
        "where community_code = ? and indicator_code = ? order by period",
        [community, indicator],
    )


def test_empty_raw_store_builds_with_all_tests_passing(tmp_path: Path) -> None:
    raw_db = write_raw_store(tmp_path / "raw.duckdb", with_registry=False)
    result = run_dbt_build(raw_db, tmp_path, unit_tests=True)  # the data tests and the unit tests
    assert result.returncode == 0, result.output[-4000:]
    assert "ERROR=0" in result.output and " unit_test " in result.output
    assert query(result.warehouse_db, "select count(*) from fct_indicator_monthly") == [(0,)]
    assert query(result.warehouse_db, "select count(*) from dim_indicator") == [(33,)]


def test_later_batch_supersedes_earlier(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select value, source_file, batch_id from fct_indicator_monthly "
        "where community_code = ? and indicator_code = 'petitions_resolved' and period = '2025-02'",
        [JIANSHE],
    ) == [(38.0, "feb-fix.xlsx", 2)]


def test_within_a_batch_the_later_file_mtime_wins(warehouse: Path) -> None:
    assert monthly(warehouse, WENHUA, "jobs_created") == [("2025-01", 6.0, "reported")]


def test_year_to_date_figures_are_differenced_and_direct_figures_win(warehouse: Path) -> None:
    # Jan = cum(Jan) 5; Feb direct 6 (not 12 - 5); Mar = 20 - 12; May has no April: a gap.
    assert monthly(warehouse, XINCHENG, "jobs_created") == [
        ("2025-01", 5.0, "ytd_difference"),
        ("2025-02", 6.0, "reported"),
        ("2025-03", 8.0, "ytd_difference"),
    ]
    assert query(
        warehouse, "select community_code, period, value, source_cell from int_ytd_gaps"
    ) == [(XINCHENG, "2025-05", 30.0, "D6")]


def test_derived_rate_is_recomputed_from_parts(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select community_code, period, value, value_origin, is_approximate "
        "from fct_indicator_monthly where indicator_code = 'petition_resolution_rate' "
        "order by period, community_code",
    ) == [
        (JIANSHE, "2025-01", 90.0, "computed", False),
        (SHANGYE, "2025-01", 100.0, "computed", False),
        (WENHUA, "2025-01", 75.0, "computed", False),
        (DUBIEKE, "2025-01", 90.0, "computed", True),
        (JIANSHE, "2025-02", 95.0, "computed", False),
    ]


def test_monthly_fact_carries_export_columns_and_lineage(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select community_code, community_name, street_code, street_name, period, indicator_code, "
        "indicator_name, value, unit, source_file, source_sheet, source_cell, raw_text, "
        "is_approximate, file_sha256 is not null "
        "from fct_indicator_monthly where community_code = ? and indicator_code = "
        "'petitions_resolved' and period = '2025-01'",
        [DUBIEKE],
    ) == [(DUBIEKE, "杜别克街社区居委会", "654201002", "杜别克街道", "2025-01",
           "petitions_resolved", "民情诉求办结数", 9.0, "件", "report.xlsx", "Sheet1", "C6",
           "9余", True, True)]


def test_codes_are_text(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select distinct typeof(community_code), typeof(street_code), typeof(city_code) "
        "from fct_indicator_monthly",
    ) == [("VARCHAR", "VARCHAR", "VARCHAR")]


def test_petition_ranking_ranks_within_street_and_city(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select community_code, street_code, petitions_received, petitions_resolved, "
        "resolution_rate, rank_in_street, rank_in_city from mart_petition_ranking "
        "where period = '2025-01' and eligible order by rank_in_city, community_code",
    ) == [
        (SHANGYE, HEPING_STREET, 20.0, 20.0, 100.0, 1, 1),
        (JIANSHE, HEPING_STREET, 50.0, 45.0, 90.0, 2, 2),
        (DUBIEKE, "654201002", 10.0, 9.0, 90.0, 1, 2),
        (WENHUA, HEPING_STREET, 40.0, 30.0, 75.0, 3, 4),
    ]


def test_petition_ranking_without_received_has_no_rate_and_no_rank(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select community_code, resolution_rate, rank_in_street, rank_in_city, "
        "rank_change_in_city, eligible, eligibility_reason from mart_petition_ranking "
        "where period = '2025-02' and community_code in (?, ?) order by community_code",
        [JIANSHE, SHANGYE],
    ) == [(JIANSHE, 95.0, 1, 1, 1, True, "覆盖率 100.0 %（不低于 80 %），参与排名"),
          (SHANGYE, None, None, None, None, False, "受理数为 0 或缺失，无办结率，不参与排名")]


def test_petition_ranking_lists_communities_that_sent_nothing(warehouse: Path) -> None:
    # Every community of the registry is listed in a month petitions were due: one that sent
    # nothing is not ranked and says why, instead of silently dropping out of the table.
    assert query(
        warehouse,
        "select count(*), count(rank_in_city) from mart_petition_ranking where period = '2025-01'",
    ) == [(21, 4)]
    assert query(
        warehouse,
        "select petitions_received, coverage, eligible, eligibility_reason, rank_in_city "
        "from mart_petition_ranking where period = '2025-01' and community_code = ?",
        [GONGYUAN],
    ) == [(None, 0.0, False, "数据不全（覆盖率 0.0 %），不参与排名", None)]


def test_dim_community_has_residents_and_peer_groups(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select community_code, street_name, city_code, city_name, residents, peer_group "
        "from dim_community where community_code in (?, ?, ?) order by community_code",
        [JIANSHE, SHANGYE, GONGYUAN],
    ) == [
        (JIANSHE, "和平街道", "654201", "塔城市", 2500.0, "small"),
        (SHANGYE, "和平街道", "654201", "塔城市", None, "unknown"),
        (GONGYUAN, "杜别克街道", "654201", "塔城市", 6500.0, "large"),
    ]
    assert query(warehouse, "select count(*) from dim_community") == [(21,)]
    assert query(warehouse, "select count(*) from dim_street") == [(3,)]


def test_dim_indicator_documents_derived_formulas(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select kind, formula, rollup_rule from dim_indicator "
        "where indicator_code = 'petition_resolution_rate'",
    ) == [("derived", "petitions_resolved / petitions_received * 100.0", "recomputed")]


def test_value_history_keeps_every_version(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select source_file, value, batch_id, is_current from mart_value_history "
        "where community_code = ? and indicator_code = 'petitions_resolved' "
        "and period = '2025-02' order by batch_id",
        [JIANSHE],
    ) == [("feb.xlsx", 30.0, 1, False), ("feb-fix.xlsx", 38.0, 2, True)]
    assert query(warehouse, "select count(*) from mart_value_history") == [(len(OBSERVATIONS),)]


def test_files_and_problems_are_copied(warehouse: Path) -> None:
    assert query(warehouse, "select count(*) from mart_files") == [(6,)]
    assert query(
        warehouse, "select file_name, cell_ref, problem_code, message from mart_problems"
    ) == [("feb.xlsx", "F7", "unreadable_value",
           "文件 feb.xlsx 工作表 Sheet1 单元格 F7：无法识别的数值“见附件”")]


def period_values(warehouse: Path, level: str, unit: str, indicator: str, grain: str) -> list[tuple]:
    return query(
        warehouse,
        "select period, value, months_reported, communities_reported from fct_indicator_period "
        "where level = ? and unit_code = ? and indicator_code = ? and grain = ? order by period",
        [level, unit, indicator, grain],
    )


def test_flows_sum_over_the_quarter_and_year(warehouse: Path) -> None:
    # 新城街 jobs: Jan 5, Feb 6, Mar 8 (May is a gap).
    assert period_values(warehouse, "community", XINCHENG, "jobs_created", "quarter") == [
        ("2025-Q1", 19.0, 3, 1)]
    assert period_values(warehouse, "community", XINCHENG, "jobs_created", "year") == [
        ("2025", 19.0, 3, 1)]


def test_stocks_take_the_last_reported_month(warehouse: Path) -> None:
    # 公园街 residents: 2024-12 5000, 2025-01 6500.
    assert period_values(warehouse, "community", GONGYUAN, "residents", "year") == [
        ("2024", 5000.0, 1, 1), ("2025", 6500.0, 1, 1)]


def test_street_and_city_rates_are_recomputed_not_averaged(warehouse: Path) -> None:
    # 和平街道 2025-01: resolved 45 + 20 + 30 = 95 of 50 + 20 + 40 = 110 received.
    assert period_values(warehouse, "street", HEPING_STREET, "petition_resolution_rate",
                         "month")[0] == ("2025-01", pytest.approx(95 / 110 * 100), 1, 3)
    # 塔城市 2025 Q1: resolved 95 + 9 + 38 + 0 = 142 of 110 + 10 + 40 + 0 = 160.
    assert period_values(warehouse, "city", "654201", "petition_resolution_rate", "quarter") == [
        ("2025-Q1", pytest.approx(142 / 160 * 100), 2, 4)]


SIX_STARTING_INDICATORS = [
    Obs(community, indicator, period, value)
    for period in ("2025-01", "2025-02")
    for community, received, resolved, jobs, welfare, households, persons in (
        (JIANSHE, 10, 9, 4, 1, 20, 45),
        (DUBIEKE, 8, 8, 2, 2, 15, 30),
    )
    for indicator, value in (("petitions_received", received), ("petitions_resolved", resolved),
                             ("jobs_created", jobs), ("public_welfare_jobs", welfare),
                             ("dibao_households", households), ("dibao_persons", persons))
]


def test_a_store_with_the_six_starting_indicators_builds_and_scores(tmp_path: Path) -> None:
    raw_db = write_raw_store(tmp_path / "raw.duckdb", SIX_STARTING_INDICATORS)
    result = run_dbt_build(raw_db, tmp_path)
    assert result.returncode == 0, result.output[-4000:]
    assert "ERROR=0" in result.output and "WARN=0" in result.output
    # Composite over rate and jobs (the only weighted indicators reported): 建设街 rate 90 / jobs 4
    # vs 杜别克街 100 / 2 → min-max 0 and 1 each; weights 0.3 and 0.075.
    assert query(
        result.warehouse_db,
        "select community_code, score, rank_in_city, coverage, indicators_expected "
        "from mart_scores where method = 'composite' and grain = 'month' and period = '2025-02' "
        "and score is not null order by rank_in_city",
    ) == [(DUBIEKE, pytest.approx(0.3 / 0.375), 1, 1.0, 2),
          (JIANSHE, pytest.approx(0.075 / 0.375), 2, 1.0, 2)]
