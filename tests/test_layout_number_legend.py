"""Rows named by a department's own number (XL-001) with a legend line on the sheet saying which
community each number is (ingest/layout/number_legend.py). Grids straight to the layout."""

from test_layout_readings import CONTEXT, grid

from ingest.layout import extract_sheets
from ingest.layout.number_legend import legend_line


def read(sheet) -> tuple[list[tuple[str, str, str, str, float]], list[str]]:
    got = list(extract_sheets([sheet], CONTEXT))
    return ([(v.cell_ref, v.community_code[-3:], v.period.period, v.indicator_code, v.value)
             for e in got for v in e.values], [p.problem_code for e in got for p in e.problems])


def quarter(legend: str):
    return grid(("和平街道2025年第四季度城市低保金发放汇总（单位：元）",),
                ("编号", "10月", "11月", "12月", "季度合计"),
                ("HP-01", 34500, 31500, 28600, 94600),
                ("HP-03", 26600, 28800, 25900, 81300),
                ("", "", "", "", ""),
                (legend, "", "", "", ""))


def test_numbers_a_legend_line_names_are_read_as_those_communities() -> None:
    """编号 | 10月 | 11月 | 12月 over HP-01 …, 「编号对照：HP-01 建设街　HP-03 商业街」 below: each row
    is the community its number stands for; the quarter's total is no month."""
    values, problems = read(quarter("编号对照（低保系统编号）：HP-01 建设街\u3000HP-03 商业街"))
    assert values == [("B3", "001", "2025-10", "dibao_payout_yuan", 34500.0),
                      ("C3", "001", "2025-11", "dibao_payout_yuan", 31500.0),
                      ("D3", "001", "2025-12", "dibao_payout_yuan", 28600.0),
                      ("B4", "003", "2025-10", "dibao_payout_yuan", 26600.0),
                      ("C4", "003", "2025-11", "dibao_payout_yuan", 28800.0),
                      ("D4", "003", "2025-12", "dibao_payout_yuan", 25900.0)]


def test_without_a_legend_line_the_numbers_name_no_community() -> None:
    """The same table with its legend cut off: no row is guessed."""
    values, problems = read(quarter("注：金额含分类施保加发部分。"))
    assert values == [] and problems


def test_a_line_naming_numbers_the_sheet_does_not_hold_is_no_legend() -> None:
    sheet = grid(("社区", "受理"), ("建设街社区", 5), ("说明：JC01 受理诉求 JC02 办结诉求", ""))
    assert legend_line(sheet) is None
