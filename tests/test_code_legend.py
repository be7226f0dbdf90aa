"""A platform export naming indicators by code only, with the codes' names on a legend sheet."""

from dataclasses import replace

from ingest.layout import extract_sheets
from ingest.layout.code_legend import read_legend
from test_layout_readings import CONTEXT, grid

LEGEND = replace(grid(("指标代码", "指标名称", "计量单位", "统计口径"),
                      ("JC01", "受理群众诉求", "件", "各渠道受理"),
                      ("JC04", "网格事件上报", "件", "网格员上报"),
                      ("JC09", "注册志愿者", "人", "月末注册人数")), name="指标字典")
DATA = replace(grid(("导出条件：统计期=202501",),
                    ("序号", "区划代码", "单位名称", "统计期", "指标代码", "指标值", "审核状态"),
                    (1, "654201001001", "建设街社区居委会", "202501", "JC01", 60, "已审核"),
                    (2, "654201001001", "建设街社区居委会", "202501", "JC04", 97, "已审核"),
                    (3, "654201001001", "建设街社区居委会", "202501", "JC09", 1260, "待审核"),
                    (4, "654201001001", "建设街社区居委会", "202501", "JC77", 5, "已审核")), name="数据明细")


def test_the_legend_reads_each_code_as_its_name_with_its_unit():
    assert read_legend(LEGEND) == {"JC01": "受理群众诉求（件）", "JC04": "网格事件上报（件）", "JC09": "注册志愿者（人）"}


def test_a_table_of_codes_only_is_read_by_the_legend_on_another_sheet():
    data, legend = extract_sheets([DATA, LEGEND], CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in data.values] == [
        ("F3", "petitions_received", 60.0), ("F5", "volunteers", 1260.0)]
    # 网格事件上报 is no catalogue indicator, JC77 no code of the legend: each a problem, never a guess
    assert {p.raw_text for p in data.problems if p.problem_code == "unknown_indicator"} == {"网格事件上报（件）", "JC77"}
    assert [(p.problem_code, p.sheet) for p in legend.problems] == [("code_legend_sheet", "指标字典")]
    assert legend.values == []


def test_without_a_legend_the_codes_stay_unread():
    (data,) = extract_sheets([DATA], CONTEXT)
    assert data.values == []


def test_a_table_with_codes_and_names_beside_its_figures_is_no_legend():
    table = replace(grid(("指标代码", "指标名称", "计量单位", "本月"), ("A01", "受理群众诉求", "件", 30),
                         ("A02", "办结群众诉求", "件", 26)), name="统计报表")
    assert read_legend(table) == {}
