"""A 工作小结 typed one sentence a row: the line that qualifies alone (figures of three indicators) and the
lines right next to it, which name fewer — 「开展文体活动13场，政策宣讲1次。」 — are the same month's work.
(Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid

SUMMARY = replace(CONTEXT, file_name="千户社区工作小结.xlsx")


def read(*rows: tuple[str, ...]) -> list[tuple[str, str, float]]:
    return [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(grid(*rows), SUMMARY).values]


def test_a_short_line_next_to_a_qualifying_line_of_the_summary_is_read() -> None:
    got = read(("千户社区居委会2025年10月工作小结",), ("",),
               ("本月共受理群众诉求19件，已办结18件，调处邻里纠纷5起。",),
               ("开展文体活动13场，政策宣讲1次。",), ("",), ("千户社区　2025年10月底",))
    assert sorted(got) == sorted([("A3", "petitions_received", 19.0), ("A3", "petitions_resolved", 18.0),
                                  ("A3", "disputes_mediated", 5.0), ("A4", "cultural_activities", 13.0),
                                  ("A4", "lectures_held", 1.0)])


def test_a_short_line_alone_is_no_summary() -> None:
    """Two figures on a line with no qualifying line beside it (a blank row between): not read."""
    got = read(("千户社区居委会2025年10月工作小结",), ("",), ("本月共受理群众诉求19件，已办结18件，调处邻里纠纷5起。",),
               ("",), ("开展文体活动13场，政策宣讲1次。",))
    assert ("A5", "cultural_activities", 13.0) not in got


def test_points_counted_yi_shi_er_shi_are_the_summarys_paragraphs() -> None:
    """一是就业：… 二是为老：…: a 小结's points counted 一是 / 二是, each with one or two figures — read as
    numbered paragraphs are (一、…), though no line alone names three indicators."""
    got = read(("千户社区2025年11月份工作小结（数据部分）",), ("",),
               ("一是就业：开发岗位4个，开展技能培训1场。",), ("二是为老：为45名老人免费体检。",))
    assert sorted(got) == sorted([("A3", "jobs_created", 4.0), ("A3", "training_sessions", 1.0),
                                  ("A4", "free_health_checks", 45.0)])


def test_a_points_heading_before_its_colon_does_not_name_the_first_figure() -> None:
    """二是服务：走访帮扶25人，…: 服务 is the point's heading; 走访帮扶 names the figure (people assisted)."""
    got = read(("千户社区2026年2月份工作小结（数据部分）",), ("",),
               ("一是民情：本月收集居民诉求43件，调处纠纷3起。",), ("二是服务：走访帮扶25人，志愿服务280人次。",))
    assert ("A4", "people_assisted", 25.0) in got and ("A4", "volunteer_person_times", 280.0) in got


def test_a_point_typed_as_a_label_beside_its_hu_ren_figures_is_read() -> None:
    """二是低保（户/人）： | 18户34人 between two points in sentences: the 低保 households and persons."""
    got = read(("千户社区2025年11月份工作小结（数据部分）",), ("",),
               ("一是就业：开发岗位4个，开展技能培训1场。", ""), ("二是低保（户/人）：", "18户34人"),
               ("三是为老：为45名老人免费体检。", ""))
    assert ("B4", "dibao_households", 18.0) in got and ("B4", "dibao_persons", 34.0) in got
