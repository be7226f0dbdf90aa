"""Months across a header row written with a two-digit year and a dot (ingest/layout/short_month_runs.py):
社区 | 25.9 | 25.10 | 25.11 | 25.12 | 26.1 — a run of months, where a lone 25.10 stays a number."""

from __future__ import annotations

from datetime import date

from test_layout_readings import CONTEXT, MATCHER

from ingest.layout import FileContext, extract_sheet
from ingest.layout.short_month_runs import header_months, month_run
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog


def _sheet(rows: list[tuple]) -> SheetGrid:
    width = max(len(row) for row in rows)
    return SheetGrid("Sheet1", tuple(tuple(str(v) for v in row) + ("",) * (width - len(row)) for row in rows), ())


def test_a_header_row_of_short_year_months_heads_each_months_column() -> None:
    rows = [("城镇新增就业（人）",),
            ("社区", "25.11", "25.12", "26.1"),
            ("建设街社区", 11, 12, 13),
            ("商业街社区", 21, 22, 23)]
    found = extract_sheet(_sheet(rows), FileContext("和平街道就业统计.xlsx", CATALOG, MATCHER, date(2026, 2, 5)))
    values = {v.cell_ref: (v.indicator_code, v.period.period, v.value) for v in found.values}
    assert values == {"B3": ("people_employed", "2025-11", 11), "C3": ("people_employed", "2025-12", 12),
                      "D3": ("people_employed", "2026-01", 13), "B4": ("people_employed", "2025-11", 21),
                      "C4": ("people_employed", "2025-12", 22), "D4": ("people_employed", "2026-01", 23)}


def test_only_a_run_of_consecutive_months_reads_as_months() -> None:
    assert set(month_run(["社区", "25.9", "25.10", "25.11"])) == {"25.9", "25.10", "25.11"}
    assert [p.period for p in month_run(["25.11", "25.12", "26.1"]).values()] == ["2025-11", "2025-12", "2026-01"]
    assert month_run(["25.9", "25.10"]) == {}            # two texts could be two figures
    assert month_run(["25.9", "25.1", "25.11"]) == {}    # 25.10 stored as a float: figures, not months
    assert month_run(["31.5", "22.8", "27.3"]) == {}     # figures that do not count up month by month
    assert header_months([("建设街社区", "25.9", "25.9", "25.9")]) == {}
