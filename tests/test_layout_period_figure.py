"""A figure column headed by its period and the word for the figure (ingest/layout/sheet.period_figure):
1月完成, 3月份完成数, 1月完成情况 beside the indicators down a community's return is that month's column."""

from __future__ import annotations

from datetime import date

import pytest

from test_layout_readings import CONTEXT, MATCHER

from ingest.layout import FileContext, extract_sheet
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog


@pytest.mark.parametrize("header, period", [("1月完成", "2026-01"), ("3月份完成数", "2026-03"),
                                            ("1月完成情况", "2026-01")])
def test_a_period_and_its_figure_word_head_that_periods_column(header: str, period: str) -> None:
    rows = [("建设街社区2026年工作数据",),
            ("序号", "工作内容", "单位", header, "备注"),
            (1, "受理居民诉求", "件", 58, ""),
            (2, "诉求办结", "件", 56, ""),
            (3, "城镇新增就业", "人", 11, "")]
    grid = SheetGrid("Sheet1", tuple(tuple(str(v) for v in row) + ("",) * (5 - len(row)) for row in rows), ())
    found = extract_sheet(grid, FileContext("建设街社区2026年工作数据.xlsx", CATALOG, MATCHER, date(2026, 4, 5)))
    values = {v.cell_ref: (v.indicator_code, v.period.period, v.value) for v in found.values}
    assert values == {"D3": ("petitions_received", period, 58), "D4": ("petitions_resolved", period, 56),
                      "D5": ("people_employed", period, 11)}
