"""The 栏次 row of a statistical form (ingest/layout/model.is_column_numbers): 甲 | 乙 | 1 | 2 | 3 … (| 丙) under
the headers numbers the columns. It is labels — never figures, never an unknown community or indicator."""

from __future__ import annotations

from datetime import date

import pytest

from test_layout_readings import CONTEXT, MATCHER

from ingest.layout import FileContext, extract_sheet
from ingest.layout.model import is_column_numbers
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog


def grid(rows: list[tuple]) -> SheetGrid:
    width = max(map(len, rows))
    return SheetGrid("表1", tuple(tuple(str(v) for v in row) + ("",) * (width - len(row)) for row in rows), ())


@pytest.mark.parametrize("first", [("甲", "乙"), ("栏次", "")])
def test_communities_down_under_a_column_numbers_row(first: tuple[str, str]) -> None:
    sheet = grid([("和平街道社区基本情况统计表（2025年9月）",),
                  ("序号", "社区居委会名称", "常住户数（户）", "常住人口（人）", "党组织在册党员（名）"),
                  (*first, 1, 2, 3),
                  (1, "建设街社区居委会", 3021, 7612, 210),
                  (2, "商业街社区居委会", 2810, 6933, 188)])
    found = extract_sheet(sheet, FileContext("和平街道社区基本情况统计表.xlsx", CATALOG, MATCHER, date(2025, 10, 9)))
    assert sorted(v.cell_ref for v in found.values) == ["C4", "C5", "D4", "D5", "E4", "E5"]
    assert not found.problems


def test_indicators_down_under_a_column_numbers_row() -> None:
    sheet = grid([("建设街社区2026年3月重点工作推进表",),
                  ("指标名称", "计量单位", "本月", "责任人"),
                  ("甲", "乙", 1, "丙"),
                  ("受理居民诉求", "件", 48, "陈刚"),
                  ("诉求办结", "件", 45, "陈刚")])
    found = extract_sheet(sheet, FileContext("建设街社区2026年3月重点工作推进表.xlsx", CATALOG, MATCHER, date(2026, 4, 3)))
    assert sorted(v.cell_ref for v in found.values) == ["C4", "C5"]
    assert not [p for p in found.problems if p.cell_ref.endswith("3")]


def test_column_numbers_run_up_one_by_one_beside_their_letters() -> None:
    assert is_column_numbers(["甲", "乙", "1", "2", "3"]) and is_column_numbers(["甲", "1.0", "2.0"])
    assert not is_column_numbers(["甲", "1", "3"])
    assert not is_column_numbers(["1", "2", "3"]) and not is_column_numbers(["甲", "1"])
    assert not is_column_numbers(["建设街社区", "1", "2"])
