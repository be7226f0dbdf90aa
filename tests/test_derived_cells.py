"""Derived cells (办结率, 占比, 千人…数): recognized, kept with their lineage, never loaded as values,
and checked in the warehouse against the rate computed from the raw values (derived_mismatch)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from ingest.derived import DerivedCatalogue, reported_value
from ingest.layout import extract_sheet
from ingest.loader import ingest_paths
from jiedao.settings import PROJECT_DIR, Settings
from raw_fixture import JIANSHE, SHANGYE, query, run_dbt_build
from sheets import write_xlsx
from test_layout import CONTEXT, grid, roles

WITH_DERIVED = dataclasses.replace(CONTEXT, derived=DerivedCatalogue.from_seeds(PROJECT_DIR / "seeds"))

# 建设街 resolved 30 of 40 (75 %) but reports 95 %; 商业街 29 of 30 (96.67 %) reports 96.7 %, rounded right.
ROWS = [
    ["和平街道2025年1月民情诉求统计"],
    ["社区名称", "受理数", "办结数", "办结率"],
    ["建设街社区", 40, 30, "95%"],
    ["商业街社区", 30, 29, "96.7%"],
    ["合计", 70, 59, "84.3%"],
]


def test_derived_column_is_kept_with_lineage_and_never_loaded() -> None:
    extraction = extract_sheet(grid(*map(tuple, ROWS)), WITH_DERIVED)
    assert [(f.cell_ref, f.header_text, f.raw_text, f.community_code, f.period.period, f.indicator_code,
             f.value, f.rounding, f.is_cumulative) for f in extraction.reported] == [
        ("D3", "办结率", "95%", JIANSHE, "2025-01", "petition_resolution_rate", 95.0, 0.5, False),
        ("D4", "办结率", "96.7%", SHANGYE, "2025-01", "petition_resolution_rate", 96.7, 0.05, False),
    ]
    cell_roles = roles(extraction)
    assert [cell_roles[ref] for ref in ("D2", "D3", "D4", "D5")] == ["label"] * 4
    assert {v.indicator_code for v in extraction.values} == {"petitions_received", "petitions_resolved"}


def test_derived_row_keeps_month_and_year_to_date_figures() -> None:
    sheet = grid(("指标", "本月", "本年累计"), ("受理数", 40, 100), ("办结数", 30, 80), ("诉求办结率", "0.75", "0.8"))
    context = dataclasses.replace(WITH_DERIVED, file_name="建设街社区2025年1月.xlsx")
    extraction = extract_sheet(sheet, context)
    assert [(f.cell_ref, f.header_text, f.value, f.rounding, f.is_cumulative) for f in extraction.reported] == [
        ("B4", "诉求办结率 / 本月", 75.0, 0.5, False), ("C4", "诉求办结率 / 本年累计", 80.0, 0.5, True)]
    assert roles(extraction)["B4"] == roles(extraction)["C4"] == "label"


def test_rates_outside_the_catalogue_stay_labels() -> None:
    sheet = grid(("社区名称", "受理数", "同比增减", "人均诉求", "受理率"), ("建设街社区", 40, "↑3", "0.5", "90%"))
    extraction = extract_sheet(sheet, WITH_DERIVED)
    assert extraction.reported == []
    assert [roles(extraction)[ref] for ref in ("C2", "D2", "E2")] == ["label"] * 3


@pytest.mark.parametrize(("raw", "multiplier", "expected"), [
    ("95.2%", 100, (95.2, 0.05)), ("95.2", 100, (95.2, 0.05)), ("0.8", 100, (80.0, 0.5)),
    ("3.2", 1000, (3.2, 0.05)), ("—", 100, None), ("持平", 100, None), ("5%", 1000, None),
])
def test_reported_value_in_the_catalogue_scale(raw: str, multiplier: float, expected) -> None:
    found = reported_value(raw, multiplier)
    assert found == expected if expected is None else found == pytest.approx(expected)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    work = tmp_path_factory.mktemp("derived")
    settings = Settings(home=work / "home")
    ingest_paths(settings, [write_xlsx(work / "inbox" / "和平街道2025年1月.xlsx", {"Sheet1": ROWS})])
    return settings


def test_reported_figures_are_stored_with_lineage(ingested: Settings) -> None:
    with duckdb.connect(str(ingested.raw_db), read_only=True) as con:
        assert con.execute(
            "select file_name, sheet, cell_ref, raw_text, community_code, period_grain, period, indicator_code,"
            " value, is_cumulative from reported_derived order by cell_ref").fetchall() == [
            ("和平街道2025年1月.xlsx", "Sheet1", "D3", "95%", JIANSHE, "month", "2025-01",
             "petition_resolution_rate", 95.0, False),
            ("和平街道2025年1月.xlsx", "Sheet1", "D4", "96.7%", SHANGYE, "month", "2025-01",
             "petition_resolution_rate", 96.7, False),
        ]
        assert con.execute("select count(*) from observations where indicator_code like '%rate%'").fetchone() == (0,)


def test_a_wrong_rate_is_one_finding_and_a_rounded_one_none(ingested: Settings, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the findings and what they read (and the tests on those alone): a third of the build.
    monkeypatch.setenv("DBT_INDIRECT_SELECTION", "cautious")
    result = run_dbt_build(ingested.raw_db, tmp_path, select="+mart_quality_findings")
    assert result.returncode == 0, result.output[-4000:]
    assert query(result.warehouse_db,
                 "select finding_type, severity, community_code, grain, period, indicator_code, value,"
                 " source_file, source_sheet, source_cell, raw_text, message from mart_quality_findings"
                 " where rule_code = 'derived_mismatch'") == [
        ("consistency", "warning", JIANSHE, "month", "2025-01", "petition_resolution_rate", 95.0,
         "和平街道2025年1月.xlsx", "Sheet1", "D3", "95%",
         "建设街社区居委会 2025-01 诉求办结率：填报值“95%”（95.0）与按原始数计算的 75.0（30.0 ÷ 40.0 × 100.0）"
         "相差 20.0，超过容差 0.5（文件 和平街道2025年1月.xlsx，工作表 Sheet1，单元格 D3）"),
    ]
