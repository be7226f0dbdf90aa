"""Rows and columns that say which figure a line holds, or whose part it is, as clerks write them:
本月 / 本年累计 in the 行次 column of a form, a 口径说明 column of 本月发生 / 月末数 beside the figures,
a 其中 row under the line it is part of, an issue number a note says is the month. Grids straight to
the layout, with the helpers of tests/test_layout_readings.py."""

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.layout import extract_sheet


def read(sheet) -> list[tuple[str, str, str, bool, float]]:
    return [(v.cell_ref, v.period.period, v.indicator_code, v.is_cumulative, v.value)
            for v in extract_sheet(sheet, CONTEXT).values]


def test_this_month_and_year_to_date_rows_under_a_line_number_heading() -> None:
    """行次 heads the row labels of a statistical form; its cells 本月 / 本年累计 say which figure each
    row holds: the year to date is no second report of the month."""
    sheet = grid(("建设街社区　2026年3月月报",), ("行次", "受理群众诉求", "其中：办结"),
                 ("本月", 33, 30), ("本年累计", 99, 90))
    assert read(sheet) == [("B3", "2026-03", "petitions_received", False, 33.0),
                           ("C3", "2026-03", "petitions_resolved", False, 30.0),
                           ("B4", "2026-03", "petitions_received", True, 99.0),
                           ("C4", "2026-03", "petitions_resolved", True, 90.0)]
    assert problems(sheet) == []


def test_a_column_saying_how_each_figure_is_counted_is_no_figure() -> None:
    """指标 | 数值 | 口径说明: 本月发生 / 月末数 say what the figure beside them is, never a value."""
    sheet = grid(("建设街社区2025年11月台账",), ("指标", "数值", "口径说明"),
                 ("受理居民诉求", "四十二件", "本月发生"), ("零就业家庭（月末）", "二户", "月末数"))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 42.0),
                             ("B4", "001", "zero_employment_households", 2.0)]
    assert problems(sheet) == []


def test_a_part_row_reads_with_the_line_above_it() -> None:
    """受理群众诉求 | 其中办结: of the petitions received, those resolved — 诉求办结, one row down."""
    sheet = grid(("建设街社区2025年10月工作数据上报表",), ("项目", "计量单位", "上月数", "本月数"),
                 ("受理群众诉求", "件", 20, 37), ("其中办结", "件", 15, 36))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 37.0), ("D4", "001", "petitions_resolved", 36.0)]


def test_a_part_row_naming_nothing_else_stays_a_part() -> None:
    """办结 | 其中：按期办结 is a part of 办结 itself, and 受理 | 其中：12345转办 names no indicator:
    neither is read as a figure of its own."""
    sheet = grid(("建设街社区2025年10月工作数据上报表",), ("项目", "本月数"),
                 ("诉求办结", 36), ("其中：按期办结", 30), ("受理居民诉求", 40), ("其中：12345转办", 12))
    assert loaded(sheet) == [("B3", "001", "petitions_resolved", 36.0), ("B5", "001", "petitions_received", 40.0)]


def test_an_issue_number_is_the_month_only_where_the_sheet_says_so() -> None:
    """「2025年第7期月报」 with the note 「第7期即7月」 is July; without it 第7期 is no month."""
    rows = [("建设街社区　2025年第7期月报",), ("指标", "本月"), ("受理居民诉求", 33)]
    noted = grid(*rows, ("说明：每月一期，第7期即7月。",))
    assert {v.period.period for v in extract_sheet(noted, CONTEXT).values} == {"2025-07"}
    bare = grid(*rows)
    assert "2025-07" not in {v.period.period for v in extract_sheet(bare, CONTEXT).values if v.period}
