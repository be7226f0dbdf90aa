"""A community's 台账 of indicators down the side. A note row across it (ingest/layout/noted_breaks.py):
the rows under 「备注：…」 are the same table, read with its header — 本年累计 stays the year to date,
not a second reading of the month's figure. 本年累计 「同本月」 (ingest/layout/ditto.py): the month's
figure. (Sheet helpers from tests/test_layout_readings.py.)"""

from dataclasses import replace

from ingest.layout import FileContext, extract_sheet
from test_layout_readings import CONTEXT, grid

TABLE = (("建设街社区2026年1月工作台账",), ("项目", "本月", "本年累计", "计量单位"),
         ("民情诉求受理", 41, 397, "件"), ("民情诉求办结", 39, 381, "件"))
BELOW = (("城镇新增就业", 7, 60, "人"), ("开展文体活动", 4, 71, "场"))


def test_rows_under_a_note_across_the_table_are_read_with_its_header() -> None:
    sheet = grid(*TABLE, ("备注：以上诉求含热线转办件。",), *BELOW, merged=((4, 0, 4, 3),))
    context = replace(CONTEXT, file_name="建设街社区2026年1月工作台账.xlsx")
    extraction = extract_sheet(sheet, context)
    assert [(v.cell_ref, v.indicator_code, v.is_cumulative) for v in extraction.values if v.cell_ref[1:] in ("6", "7")] \
        == [("B6", "people_employed", False), ("C6", "people_employed", True),
            ("B7", "cultural_activities", False), ("C7", "cultural_activities", True)]
    assert [p.problem_code for p in extraction.problems] == []


def test_a_year_to_date_written_same_as_this_month_is_the_months_figure() -> None:
    """本年累计 「同本月」 in January (ingest/layout/ditto.py): the row's 本月 figure, not an unreadable cell."""
    sheet = grid(("建设街社区2026年1月工作台账",), ("项目", "本月", "本年累计", "计量单位"),
                 ("民情诉求受理", 41, "同本月", "件"), ("民情诉求办结", 39, "同本月", "件"))
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name="建设街社区2026年1月工作台账.xlsx"))
    assert [(v.cell_ref, v.value, v.is_cumulative) for v in extraction.values] == [
        ("B3", 41.0, False), ("C3", 41.0, True), ("B4", 39.0, False), ("C4", 39.0, True)]
    assert [p.problem_code for p in extraction.problems] == []
