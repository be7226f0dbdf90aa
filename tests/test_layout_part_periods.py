"""A month written as a part of a longer period (ingest/layout/sheet.cell_period, ingest/headers.structural_kind):
一季度 | 其中：3月, 1-11月累计 | 其中：11月, 1-3月累计 | 其中：本月 — the 其中 column is that month's own figure,
never a part of an indicator and never the longer period."""

from __future__ import annotations

from datetime import date

import pytest

from test_layout_readings import CONTEXT, MATCHER

from ingest.headers import structural_kind
from ingest.layout import FileContext, extract_sheet
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog


def sheet(rows: list[tuple], merged: tuple = ()) -> SheetGrid:
    width = max(map(len, rows))
    return SheetGrid("Sheet1", tuple(tuple(str(v) for v in row) + ("",) * (width - len(row)) for row in rows), merged)


def loaded(grid: SheetGrid, file_name: str) -> dict[str, tuple[str, str, float]]:
    found = extract_sheet(grid, FileContext(file_name, CATALOG, MATCHER, date(2026, 4, 8)))
    return {v.cell_ref: (v.indicator_code, v.period.period, v.value) for v in found.values if not v.is_cumulative}


@pytest.mark.parametrize("month", [3, 2, 1])
def test_the_month_beside_its_quarter_is_that_month(month: int) -> None:
    grid = sheet([("和平街道2026年一季度就业情况",),
                  ("序号", "社区", "城镇新增就业（人）", ""),
                  ("", "", "一季度", f"其中：{month}月"),
                  (1, "建设街社区", 58, 30),
                  (2, "商业街社区", 70, 32)], ((1, 2, 1, 3),))
    values = loaded(grid, "和平街道2026年一季度就业情况.xlsx")
    assert values["D4"] == ("people_employed", f"2026-{month:02d}", 30)
    assert values["D5"] == ("people_employed", f"2026-{month:02d}", 32)
    assert all(period != f"2026-{month:02d}" for ref, (_, period, _) in values.items() if ref.startswith("C"))


def test_the_month_after_its_year_to_date_is_that_month() -> None:
    grid = sheet([("建设街社区工作完成情况（2025.11）",),
                  ("项目", "计量单位", "1-11月累计", "其中：11月", "备注"),
                  ("受理居民诉求", "件", 311, 33, ""),
                  ("诉求办结", "件", 302, 31, "")])
    values = loaded(grid, "建设街社区2025年11月工作完成情况.xls")
    assert values["D3"] == ("petitions_received", "2025-11", 33)
    assert values["D4"] == ("petitions_resolved", "2025-11", 31)


def test_this_months_figure_inside_the_year_to_date_is_the_months_value() -> None:
    grid = sheet([("城乡低保分社区情况表（2026年3月）",),
                  ("序号", "社区", "低保金（元）", ""),
                  ("", "", "1-3月累计", "其中：本月"),
                  (1, "建设街社区居委会", 92500, 29600),
                  (2, "商业街社区居委会", 92100, 30200)], ((1, 2, 1, 3),))
    values = loaded(grid, "和平街道2026年3月低保情况表.xls")
    assert values["D4"] == ("dibao_payout_yuan", "2026-03", 29600)
    assert values["D5"] == ("dibao_payout_yuan", "2026-03", 30200)


@pytest.mark.parametrize("text", ["其中：本月", "其中:当月", "其中 本月数"])
def test_qizhong_this_month_is_the_current_value(text: str) -> None:
    assert structural_kind([text]) == "current_value"


def test_qizhong_of_an_indicator_stays_what_it_was() -> None:
    assert structural_kind(["其中：12345转办"]) is None
