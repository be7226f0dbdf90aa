"""A form's example row (示例 | XX社区 | 10 | 11, （例）某某社区) under the headers, or a remark beside a
figure (125100（社区自报）): never data of its own, and never the reason a table loses its columns —
found by the generated layouts (seeds 3600–8399). (Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid, loaded

FIGURES = [("建设街社区居委会", 14, 29), ("商业街社区居委会", 97, 202)]
EXPECTED = [("001", "dibao_households", 14.0), ("001", "dibao_persons", 29.0),
            ("003", "dibao_households", 97.0), ("003", "dibao_persons", 202.0)]


@pytest.mark.parametrize("example", ["（例）某某社区", "XX社区", "示例"])
def test_an_example_row_leaves_a_names_column_under_a_heading_two_rows_up(example: str) -> None:
    """社区 written on the group row, blank above the names: the column is known by its names, and the
    example's 某某社区 is not one more name that spoils it (the whole table was lost)."""
    sheet = grid(("和平街道24年9月社区月报表",), ("社区", "工作指标完成情况"), (None, "民政工作"),
                 (None, "低保户数", "低保人数"), (example, 10, 11), *FIGURES)
    assert [(code, indicator, value) for _, code, indicator, value in loaded(sheet)] == EXPECTED


def test_an_example_row_after_a_blank_row_under_a_second_tables_headers() -> None:
    """The second stacked table's header, a blank row where the first table had 本月 | 累计, then its
    example row and its communities: the communities are that header's rows, not figures outside a table."""
    sheet = grid(("和平街道2025年10月社区工作情况",), ("一、文化情况",), ("社区", "文化活动场次"), ("建设街社区居委会", 6),
                 (None,), ("二、民政情况",), ("社区", "民政情况"), (None, "低保户数", "低保人数"), (None,),
                 ("示例", 10, 11), *FIGURES)
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values) == sorted(
        [("001", "cultural_activities", 6.0), *EXPECTED])
    assert extraction.problems == []


def test_a_months_figure_with_a_remark_naming_the_community_stays_a_figure() -> None:
    """类别 | 工作指标 | 6月份 | 7月份 over 300000 | 125100（社区自报）: a figure and its remark, 12 characters
    long, is no 12-digit code, and the 7月份 column no column of community names (found by the
    generated layouts, seed 7444)."""
    sheet = grid(("建设街社区居委会2025年度工作情况统计表",), ("填报单位：建设街社区居委会",), ("类别", "工作指标", "6月份", "7月份"),
                 ("民政", "低保户数（户）", "114（已录入系统）", "40"), (None, "低保人数（人）", "343", "41"),
                 (None, "低保金发放金额（元）", "300000", "125100（社区自报）"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref, v.period.period, v.value) for v in extraction.values) == [
        ("C4", "2025-06", 114.0), ("C5", "2025-06", 343.0), ("C6", "2025-06", 300000.0),
        ("D4", "2025-07", 40.0), ("D5", "2025-07", 41.0), ("D6", "2025-07", 125100.0)]
    assert extraction.problems == []
