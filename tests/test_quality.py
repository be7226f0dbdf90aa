"""Data-quality marts: consistency rules, anomalies, approximate values, conflicts and
submission completeness, each finding pointing at its cell."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from raw_fixture import (
    DUBIEKE, GONGYUAN, JIANSHE, SHANGYE, WENHUA, XINCHENG, Obs, query, run_dbt_build,
    write_raw_store,
)


def series(community: str, indicator: str, periods_and_values: list[tuple[str, float]],
           file_name: str) -> list[Obs]:
    """One row of a sheet: the community's figure for consecutive months in columns B, C, ..."""
    return [
        Obs(community, indicator, period, value, file_name=file_name,
            cell_ref=f"{chr(ord('B') + column)}2", file_mtime=datetime(2024, 8, 1, 9, 0))
        for column, (period, value) in enumerate(periods_and_values)
    ]


MONTHS_2024 = [f"2024-{month:02d}" for month in range(1, 8)]

OBSERVATIONS = [
    # 2025-01 consistency breaches.
    Obs(JIANSHE, "petitions_received", "2025-01", 5, cell_ref="B3"),
    Obs(JIANSHE, "petitions_resolved", "2025-01", 7, cell_ref="C3"),
    Obs(SHANGYE, "jobs_created", "2025-01", 3, cell_ref="D4"),
    Obs(SHANGYE, "public_welfare_jobs", "2025-01", 4, cell_ref="E4"),
    Obs(WENHUA, "dibao_households", "2025-01", 3, cell_ref="F5"),
    Obs(WENHUA, "dibao_persons", "2025-01", 2, cell_ref="G5"),
    Obs(DUBIEKE, "petitions_received", "2025-01", 10, cell_ref="B6"),
    Obs(DUBIEKE, "petitions_resolved", "2025-01", 9, cell_ref="C6", is_approximate=True,
        raw_text="约9"),
    # A year-to-date figure going down.
    Obs(DUBIEKE, "jobs_created", "2025-01", 10, is_cumulative=True, file_name="ytd.xlsx",
        cell_ref="H2"),
    Obs(DUBIEKE, "jobs_created", "2025-02", 8, is_cumulative=True, file_name="ytd.xlsx",
        cell_ref="H3"),
    # A quarter total that is not the sum of its months (1 + 2 + 3 ≠ 10).
    Obs(GONGYUAN, "disputes_mediated", "2025-01", 1, file_name="q1.xlsx", cell_ref="B2"),
    Obs(GONGYUAN, "disputes_mediated", "2025-02", 2, file_name="q1.xlsx", cell_ref="C2"),
    Obs(GONGYUAN, "disputes_mediated", "2025-03", 3, file_name="q1.xlsx", cell_ref="D2"),
    Obs(GONGYUAN, "disputes_mediated", "2025-Q1", 10, period_grain="quarter",
        file_name="q1.xlsx", cell_ref="E2"),
    # Two files of one batch disagree; the later one (6) is used.
    Obs(WENHUA, "jobs_created", "2025-02", 5, file_name="a.xlsx", cell_ref="D5",
        file_mtime=datetime(2025, 3, 1, 8, 0)),
    Obs(WENHUA, "jobs_created", "2025-02", 6, file_name="b.xlsx", cell_ref="D5",
        file_mtime=datetime(2025, 3, 2, 8, 0)),
    # 2024 histories: a jump, a repeated figure, a rate of 100 % for six months.
    *series(XINCHENG, "volunteer_person_times",
            list(zip(MONTHS_2024, [10, 11, 10, 12, 10, 11, 200])), "volunteers.xlsx"),
    *series(JIANSHE, "training_sessions", list(zip(MONTHS_2024[:4], [2, 2, 2, 2])),
            "training.xlsx"),
    *series(SHANGYE, "petitions_received", list(zip(MONTHS_2024[:6], [5, 4, 6, 5, 7, 5])),
            "petitions.xlsx"),
    *series(SHANGYE, "petitions_resolved", list(zip(MONTHS_2024[:6], [5, 4, 6, 5, 7, 5])),
            "petitions-done.xlsx"),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work_dir = tmp_path_factory.mktemp("quality")
    raw_db = write_raw_store(work_dir / "raw.duckdb", OBSERVATIONS)
    result = run_dbt_build(raw_db, work_dir)
    assert result.returncode == 0, result.output[-4000:]
    return result.warehouse_db


def test_findings_name_rule_community_period_and_cell(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select finding_type, rule_code, community_code, period, indicator_code, value, "
        "source_file, source_cell from mart_quality_findings "
        "where finding_type <> 'completeness' "
        "order by finding_type, rule_code, community_code, period, indicator_code",
    ) == [
        ("anomaly", "jump_beyond_mad", XINCHENG, "2024-07", "volunteer_person_times", 200.0,
         "volunteers.xlsx", "H2"),
        ("anomaly", "rate_100_streak", SHANGYE, "2024-06", "petition_resolution_rate", 100.0,
         "petitions-done.xlsx", "G2"),
        ("anomaly", "repeated_value", JIANSHE, "2024-04", "training_sessions", 2.0,
         "training.xlsx", "E2"),
        ("approximate", "approximate_value", DUBIEKE, "2025-01", "petitions_resolved", 9.0,
         "report.xlsx", "C6"),
        ("conflict", "conflicting_versions", WENHUA, "2025-02", "jobs_created", 6.0,
         "b.xlsx", "D5"),
        ("consistency", "cumulative_decreasing", DUBIEKE, "2025-02", "jobs_created", 8.0,
         "ytd.xlsx", "H3"),
        ("consistency", "dibao_persons_lt_households", WENHUA, "2025-01", "dibao_persons", 2.0,
         "report.xlsx", "G5"),
        ("consistency", "public_welfare_gt_jobs", SHANGYE, "2025-01", "public_welfare_jobs", 4.0,
         "report.xlsx", "E4"),
        ("consistency", "resolved_gt_received", JIANSHE, "2025-01", "petitions_resolved", 7.0,
         "report.xlsx", "C3"),
        ("consistency", "total_ne_parts", GONGYUAN, "2025-Q1", "disputes_mediated", 10.0,
         "q1.xlsx", "E2"),
    ]


def test_finding_message_is_chinese_and_names_file_sheet_and_cell(warehouse: Path) -> None:
    assert query(
        warehouse,
        "select severity, message from mart_quality_findings where rule_code = 'resolved_gt_received'",
    ) == [("warning", "建设街社区居委会 2025-01 民情诉求办结数：诉求办结数 7.0 大于受理数 5.0"
                      "（文件 report.xlsx，工作表 Sheet1，单元格 C3）")]


def test_submission_detail_marks_reported_late_and_missing(warehouse: Path) -> None:
    # 2025-01 files were modified 2025-01-05 (on time); the 2024 series on 2024-08-01, after
    # the due day (the 10th of the next month) for January to June but not for July.
    assert query(
        warehouse,
        "select community_code, period, indicator_code, status from mart_submission_detail "
        "where (community_code = ? and indicator_code = 'volunteer_person_times' "
        "       and period in ('2024-06', '2024-07')) "
        "   or (community_code = ? and indicator_code = 'petitions_received' and period = '2025-01') "
        "order by community_code, period",
        [XINCHENG, JIANSHE],
    ) == [
        (JIANSHE, "2025-01", "petitions_received", "reported"),
        (XINCHENG, "2024-06", "volunteer_person_times", "late"),
        (XINCHENG, "2024-07", "volunteer_person_times", "reported"),
    ]


def test_submission_completeness_per_community_and_month(warehouse: Path) -> None:
    # 2025-01 expects the 7 base indicators someone reported that month.
    assert query(
        warehouse,
        "select community_code, indicators_expected, indicators_reported, status "
        "from mart_submission_completeness where period = '2025-01' "
        "and community_code in (?, ?, ?) order by community_code",
        [JIANSHE, WENHUA, XINCHENG],
    ) == [(JIANSHE, 7, 2, "partial"), (WENHUA, 7, 2, "partial"), (XINCHENG, 7, 0, "missing")]
    assert query(
        warehouse,
        "select rule_code, message from mart_quality_findings "
        "where community_code = ? and period = '2025-01' and finding_type = 'completeness'",
        [XINCHENG],
    ) == [("missing_submission", "新城街社区居委会 2025-01：本月未报送任何指标（应报 7 项）")]
