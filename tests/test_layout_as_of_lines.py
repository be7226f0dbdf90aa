"""数据截至2025年11月30日 on its own line over a table whose title names only the year (an issue number,
2025年第11期): the month the stock stands at — a title naming the period, never a sign-off.
(Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

import pytest

from ingest.layout import FileContext, extract_sheet
from ingest.layout.as_of_lines import as_of_month_end
from ingest.layout.model import is_footer
from test_layout_readings import CONTEXT, grid

BULLETIN = FileContext("和平街道人口信息简报.xlsx", CONTEXT.catalog, CONTEXT.matcher)


def test_an_as_of_line_at_a_months_end_gives_the_month_of_an_issue_numbered_bulletin() -> None:
    sheet = grid(("和平街道人口信息简报　2025年第11期",), ("数据截至2025年11月30日",),
                 ("社区名称", "户数（户）", "常住人口（人）"),
                 ("建设街社区居委会", "1,757", "4,844"), ("商业街社区居委会", "2,360", "6,587"))
    extraction = extract_sheet(sheet, BULLETIN)
    assert sorted((v.cell_ref, v.indicator_code, v.value) for v in extraction.values) == sorted([
        ("B4", "households", 1757.0), ("C4", "residents", 4844.0),
        ("B5", "households", 2360.0), ("C5", "residents", 6587.0)])
    assert {v.period.period for v in extraction.values} == {"2025-11"}


@pytest.mark.parametrize(("text", "expected"), [
    ("数据截至2025年12月31日", True),
    ("截止：2026-02-28", True),
    ("统计截止日期：2025年11月30日", True),
    ("数据截至2025年12月15日", False),   # mid-month: not a month's stock, left as it was
    ("制表：民政办 2025年12月31日", False),
])
def test_as_of_month_end(text: str, expected: bool) -> None:
    assert as_of_month_end(text) is expected


def test_an_as_of_line_is_no_sign_off_but_a_dated_sign_off_still_is() -> None:
    assert not is_footer("数据截至2025年12月31日")
    assert is_footer("社会事务办 2025年12月31日")
