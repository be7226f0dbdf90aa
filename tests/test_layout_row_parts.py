"""A 其中 row read with the line above it, as a 其中 column is read under its line
(ingest/layout/row_settling.py, ``part_of_line_above``). (Sheet helpers from tests/test_layout_readings.py.)"""

from test_layout_readings import loaded, problems, grid


def test_a_part_row_naming_its_own_indicator_with_the_line_above_is_that_indicator() -> None:
    """民情诉求受理（件） then 其中办结（件）: 办结 of the 诉求 above — petitions_resolved, not passed over."""
    sheet = grid(("建设街社区2025年1月主要工作数据",), ("项目", "本月"),
                 ("民情诉求受理（件）", 43), ("其中办结（件）", 39), ("纠纷调解（起）", 2))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 43.0), ("B4", "001", "petitions_resolved", 39.0),
                             ("B5", "001", "disputes_mediated", 2.0)]


def test_a_part_row_that_is_only_a_share_of_the_line_above_stays_a_part() -> None:
    """受理诉求（件） then 其中：12345转办（件）: a share of the 受理 above, naming no indicator — neither
    loaded as 受理 nor as anything else, and no question."""
    sheet = grid(("建设街社区2025年1月主要工作数据",), ("项目", "本月"),
                 ("受理诉求（件）", 43), ("其中：12345转办（件）", 9))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 43.0)]
    assert problems(sheet) == []


def test_a_part_row_is_not_read_as_an_indicator_another_row_names() -> None:
    """办结（件） on its own row and 受理 / 其中办结 below: the table already has its 办结 — the part row
    is not read as a second one."""
    sheet = grid(("建设街社区2025年1月主要工作数据",), ("项目", "本月"),
                 ("办结（件）", 40), ("民情诉求受理（件）", 43), ("其中办结（件）", 39))
    assert [row[2] for row in loaded(sheet)].count("petitions_resolved") == 1
