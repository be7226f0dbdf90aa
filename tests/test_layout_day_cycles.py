"""A hotline's reporting month (9月26日—10月25日) over a table: loaded under its month, with one note."""

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid, loaded


def cycle(line: str):
    return grid(("和平街道2025年10月民情诉求办理情况",), (line,), ("社区", "受理件数", "办结件数"),
                ("建设街社区", 83, 79))


def test_a_month_of_days_across_two_months_is_loaded_and_noted() -> None:
    sheet = cycle("统计周期：2025年9月26日—2025年10月25日（按市热线办月度结算口径）")
    assert loaded(sheet) == [("B4", "001", "petitions_received", 83.0), ("C4", "001", "petitions_resolved", 79.0)]
    assert [(p.problem_code, p.cell_ref, p.detail) for p in extract_sheet(sheet, CONTEXT).problems] == [
        ("day_cycle", "A2", "2025-10")]


@pytest.mark.parametrize("line", ["统计周期：2025年10月1日—2025年10月31日",
                                  "（供暖季2025.11.15—2026.3.15，按月登记）"])   # a season, not a month
def test_a_calendar_month_or_a_season_written_as_days_is_no_cycle(line: str) -> None:
    assert extract_sheet(cycle(line), CONTEXT).problems == []
