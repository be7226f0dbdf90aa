"""A row of a platform's own indicator codes above the names row (ingest/layout/code_legend.is_code_row):
指标编码 | MQ0101 | MQ0102 … is never the header, nor a group row over it; the names below are."""

from __future__ import annotations

from datetime import date

import pytest

from test_layout_readings import CONTEXT, MATCHER

from ingest.layout import FileContext, extract_sheet
from ingest.layout.code_legend import is_code_row
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog


@pytest.mark.parametrize("codes", [("MQ0101", "MQ0102", "PA0201"), ("WL-03", "WL-05", "WH-01"), ("A01", "A02", "B01")])
def test_codes_above_the_names_leave_the_names_the_header(codes: tuple[str, ...]) -> None:
    rows = [("和平街道民情诉求办理情况月报（2025年12月）",),
            ("指标编码", "", *codes, ""),
            ("序号", "社区", "受理诉求（件）", "办结诉求（件）", "矛盾纠纷调解成功（起）", "备注"),
            (1, "建设街社区", 61, 60, 3, ""),
            (2, "商业街社区", 54, 51, 0, "")]
    grid = SheetGrid("12月", tuple(tuple(str(v) for v in row) + ("",) * (6 - len(row)) for row in rows), ())
    found = extract_sheet(grid, FileContext("和平街道2025年12月民情诉求月报.ods", CATALOG, MATCHER, date(2026, 1, 5)))
    values = {v.cell_ref: (v.community_code[-3:], v.indicator_code, v.period.period, v.value) for v in found.values}
    assert values == {"C4": ("001", "petitions_received", "2025-12", 61), "D4": ("001", "petitions_resolved", "2025-12", 60),
                      "E4": ("001", "disputes_mediated", "2025-12", 3), "C5": ("003", "petitions_received", "2025-12", 54),
                      "D5": ("003", "petitions_resolved", "2025-12", 51), "E5": ("003", "disputes_mediated", "2025-12", 0)}
    assert not found.problems


def test_a_code_row_holds_codes_and_nothing_else() -> None:
    assert is_code_row(["指标编码", "MQ0101", "MQ0102"])
    assert not is_code_row(["序号", "社区", "受理诉求（件）", "MQ0102"])
    assert not is_code_row(["甲", "乙", "1", "2", "3"])
    assert not is_code_row(["指标编码", "MQ0101"])
