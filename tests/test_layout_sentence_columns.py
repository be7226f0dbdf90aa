"""A table's column of sentences, the same figures in the same words on every row
(ingest/layout/sentence_columns.py)."""

from ingest.layout import extract_sheet
from ingest.problems import once_per_text
from test_layout_readings import CONTEXT, grid

TITLE = ("建设街社区2025年9月至11月志愿服务及党建情况",)
HEADER = ("月份", "志愿服务情况", "党员（名）", "文体活动（场）")


def read(*rows: tuple) -> list[tuple[str, str, str, float]]:
    return sorted((v.cell_ref, v.indicator_code, v.period.period, v.value)
                  for v in extract_sheet(grid(*rows), CONTEXT).values)


def test_each_figure_of_a_column_of_sentences_is_its_own_indicator_in_the_rows_month() -> None:
    assert read(TITLE, HEADER,
                ("2025年9月", "注册志愿者累计566人，本月服务209人次", 141, 2),
                ("2025年10月", "注册志愿者累计576人，本月服务180人次", 141, 7),
                ("2025年11月", "注册志愿者累计591人，本月服务328人次", 140, 2)) == [
        ("B3", "volunteer_person_times", "2025-09", 209.0), ("B3", "volunteers", "2025-09", 566.0),
        ("B4", "volunteer_person_times", "2025-10", 180.0), ("B4", "volunteers", "2025-10", 576.0),
        ("B5", "volunteer_person_times", "2025-11", 328.0), ("B5", "volunteers", "2025-11", 591.0),
        ("C3", "party_members", "2025-09", 141.0), ("C4", "party_members", "2025-10", 141.0),
        ("C5", "party_members", "2025-11", 140.0),
        ("D3", "cultural_activities", "2025-09", 2.0), ("D4", "cultural_activities", "2025-10", 7.0),
        ("D5", "cultural_activities", "2025-11", 2.0)]


def test_sentences_that_say_different_things_on_different_rows_are_one_question() -> None:
    """No column of one shape: nothing guessed from the sentences, one problem for the column;
    the table's other columns load."""
    rows = (TITLE, HEADER,
            ("2025年9月", "注册志愿者累计566人，本月服务209人次", 141, 2),
            ("2025年10月", "本月服务180人次，新发展党员2名", 141, 7),
            ("2025年11月", "注册志愿者累计591人，本月服务328人次", 140, 2))
    extraction = extract_sheet(grid(*rows), CONTEXT)
    assert {v.cell_ref[0] for v in extraction.values} == {"C", "D"}
    assert len(once_per_text(extraction.problems)) == 1


def test_a_remark_column_of_sentences_stays_a_note() -> None:
    rows = (TITLE, ("月份", "党员（名）", "备注"),
            ("2025年9月", 141, "新发展党员2名，转出1名"), ("2025年10月", 142, "新发展党员1名，转出0名"))
    assert read(*rows) == [("B3", "party_members", "2025-09", 141.0), ("B4", "party_members", "2025-10", 142.0)]
