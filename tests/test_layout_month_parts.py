"""A month written as a part of the column before it (ingest/layout/month_parts.py): 10-12月查体合计 |
其中12月 is that figure in December. (Sheet helpers from tests/test_layout_readings.py.)"""

from dataclasses import replace

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid

QUARTER = replace(CONTEXT, file_name="和平街道2025年四季度为老服务统计.xlsx")


def read(sheet) -> list[tuple[str, str, str, float]]:
    return [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extract_sheet(sheet, QUARTER).values]


def test_the_month_inside_the_span_of_the_column_before_is_that_figure_in_the_month() -> None:
    """社区 | 10-12月查体合计（人） | 其中12月: the quarter's 查体 and December's — not a column of months
    whose figures (26, 55) are each an unreadable period."""
    sheet = grid(("和平街道2025年第四季度为老服务（免费查体）统计",), ("社区", "10-12月查体合计（人）", "其中12月"),
                 ("建设街", 172, 26), ("商业街", 144, 55))
    assert read(sheet) == [("B3", "2025-Q4", "free_health_checks", 172.0), ("C3", "2025-12", "free_health_checks", 26.0),
                           ("B4", "2025-Q4", "free_health_checks", 144.0), ("C4", "2025-12", "free_health_checks", 55.0)]


def test_a_month_outside_the_span_beside_it_is_not_taken_as_its_part() -> None:
    """10-11月查体合计 | 其中12月: December is no part of October–November; nothing is read as 查体 of December."""
    sheet = grid(("和平街道2025年第四季度为老服务（免费查体）统计",), ("社区", "10-11月查体合计（人）", "其中12月"),
                 ("建设街", 172, 26))
    assert ("C3", "2025-12", "free_health_checks", 26.0) not in read(sheet)
