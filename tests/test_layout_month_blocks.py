"""One long sheet, one block per month: a heading row naming the month (2025年11月, 2026.02, 26-03,
2025/11 …), then 项目 | 单位 | 数量 and the month's figures — each block is its month's, whichever way
the heading is written. (Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

import random

import pytest

from test_layout_ledgers import periods_loaded as loaded_with_periods
from test_layout_readings import grid

HEADINGS = {
    "年月": lambda year, month: f"{year}年{month}月",
    "点": lambda year, month: f"{year}.{month:02d}",
    "两位年": lambda year, month: f"{year % 100}-{month:02d}",
    "斜线": lambda year, month: f"{year}/{month}",
}
MONTHS = [(2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3)]


def month_blocks(write, months, seed: int):
    """建设街社区's ledger: per month a heading row, a header row and two figures, a blank row between."""
    draw = random.Random(seed)
    rows, expected = [("建设街社区工作数据台账",), (None,)], []
    for year, month in months:
        received, resolved = draw.randint(20, 90), draw.randint(0, 19)
        rows += [(write(year, month),), ("项目", "单位", "数量"), ("受理群众诉求", "件", received),
                 ("办结群众诉求", "件", received - resolved), (None,)]
        period = f"{year}-{month:02d}"
        expected += [(period, "petitions_received", float(received)), (period, "petitions_resolved", float(received - resolved))]
    return grid(*rows), expected


@pytest.mark.parametrize("style", sorted(HEADINGS))
@pytest.mark.parametrize("seed", range(3))
def test_each_months_block_is_read_as_its_heading_says(style: str, seed: int) -> None:
    months = random.Random(seed).sample(MONTHS, 3)
    sheet, expected = month_blocks(HEADINGS[style], months, seed)
    assert sorted((period, code, value) for _, period, code, value in loaded_with_periods(sheet)) == sorted(expected)


def test_months_with_a_two_digit_year_over_their_columns() -> None:
    """25-11 | 25-12 over 受理 | 办结, under a title that names the object (民情诉求): each month's figures."""
    sheet = grid(("和平街道2025—2026年度采暖期民情诉求受理办结台账",), ("序号", "社区", "25-11", None, "25-12", None),
                 (None, None, "受理", "办结", "受理", "办结"), (1, "建设街", 47, 45, 69, 64),
                 merged=((1, 2, 1, 3), (1, 4, 1, 5), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert sorted((period, code, value) for _, period, code, value in loaded_with_periods(sheet)) == [
        ("2025-11", "petitions_received", 47.0), ("2025-11", "petitions_resolved", 45.0),
        ("2025-12", "petitions_received", 69.0), ("2025-12", "petitions_resolved", 64.0)]
