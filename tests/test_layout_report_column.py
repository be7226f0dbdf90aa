"""A correction note over earlier returns (ingest/structural_headers.STRUCTURAL "report", ingest/layout/placement): each row
names the return it corrects in a 报表 column (「2025年10月民生保障工作进度表」), and that return's period is the row's
period — not the month the note was written in. A 报表 cell that names no period leaves the row the sheet's period."""

from __future__ import annotations

from datetime import date

import pytest

from test_layout_readings import CONTEXT, MATCHER

from ingest.headers import structural_kind
from ingest.layout import FileContext, extract_sheet
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog


def note(reports: list[str], header: str = "报表") -> dict[str, tuple[str, str, float]]:
    rows = [("关于更正和平街道有关统计数据的说明",),
            ("序号", header, "社区", "指标", "原报数", "更正数", "原因"),
            (1, reports[0], "建设街社区", "低保金（元）", 25000, 26100, "补发"),
            (2, reports[1], "商业街社区", "巡逻队员（人）", 52, 58, "漏统计"),
            ("和平街道办事处  2026年2月13日",)]
    grid = SheetGrid("更正", tuple(tuple(str(v) for v in row) + ("",) * (7 - len(row)) for row in rows), ())
    found = extract_sheet(grid, FileContext("和平街道统计数据更正说明（2026年2月）.xlsx", CATALOG, MATCHER, date(2026, 2, 13)))
    return {v.cell_ref: (v.indicator_code, v.period.period, v.value) for v in found.values}


@pytest.mark.parametrize("header", ["报表", "报表名称", "原报表", "涉及报表"])
def test_each_row_takes_the_period_of_the_return_it_corrects(header: str) -> None:
    values = note(["2025年10月民生保障工作进度表", "2026年1月平安建设工作统计表"], header)
    assert values == {"F3": ("dibao_payout_yuan", "2025-10", 26100), "F4": ("patrol_members", "2026-01", 58)}


def test_a_report_named_without_its_period_keeps_the_sheets_period() -> None:
    values = note(["民生保障工作进度表", "2026年1月平安建设工作统计表"])
    assert values == {"F3": ("dibao_payout_yuan", "2026-02", 26100), "F4": ("patrol_members", "2026-01", 58)}


def test_report_headers_are_their_own_kind() -> None:
    assert structural_kind(["报表"]) == "report"
    assert structural_kind(["报表期"]) == "period"
