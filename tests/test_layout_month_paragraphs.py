"""A 月度工作记实: one row a month, the month in the first cell and the month's work as one sentence
beside it (ingest/layout/month_paragraphs.py). (Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid

RECORD = replace(CONTEXT, file_name="建设街社区2025年9月-10月月度工作记实.xlsx")
SEPTEMBER = "本月共接待群众诉求24件，已办结22件；调处矛盾纠纷3起；组织秧歌、红色电影等文体活动4场；志愿服务456人次。"
OCTOBER = "本月共接待群众诉求36件，已办结35件；调处矛盾纠纷0起；组织秧歌、红色电影等文体活动11场；志愿服务517人次。"


def read(*rows: tuple[str, ...]) -> list[tuple[str, str, str, float]]:
    return [(v.cell_ref, v.period.period, v.indicator_code, v.value)
            for v in extract_sheet(grid(*rows), RECORD).values]


def test_each_months_sentence_is_that_months_figures() -> None:
    got = read(("建设街社区居委会月度工作记实（2025年）", ""), ("月份", "主要工作及数据"),
               ("9月", SEPTEMBER), ("10月", OCTOBER))
    assert sorted(got) == sorted([
        ("B3", "2025-09", "petitions_received", 24.0), ("B3", "2025-09", "petitions_resolved", 22.0),
        ("B3", "2025-09", "disputes_mediated", 3.0), ("B3", "2025-09", "cultural_activities", 4.0),
        ("B3", "2025-09", "volunteer_person_times", 456.0),
        ("B4", "2025-10", "petitions_received", 36.0), ("B4", "2025-10", "petitions_resolved", 35.0),
        ("B4", "2025-10", "disputes_mediated", 0.0), ("B4", "2025-10", "cultural_activities", 11.0),
        ("B4", "2025-10", "volunteer_person_times", 517.0)])


def test_a_month_written_on_two_rows_is_read_from_neither() -> None:
    """9月 twice with different sentences: which one holds is a person's call — a problem, no value."""
    sheet = grid(("建设街社区居委会月度工作记实（2025年）", ""), ("月份", "主要工作及数据"),
                 ("9月", SEPTEMBER), ("9月", OCTOBER), ("10月", OCTOBER))
    extraction = extract_sheet(sheet, RECORD)
    assert {v.period.period for v in extraction.values} == {"2025-10"}
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("B3", "duplicate_value"),
                                                                           ("B4", "duplicate_value")]


def test_a_sentence_naming_too_few_indicators_is_no_months_record() -> None:
    """9月 | 「接待群众诉求24件。」: one figure beside a month is a remark, not the month's record."""
    assert read(("建设街社区居委会月度工作记实（2025年）", ""), ("月份", "备注"),
                ("9月", "本月接待来访群众诉求24件，均已登记。"), ("10月", "本月接待来访群众诉求36件，均已登记。")) == []
