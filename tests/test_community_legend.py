"""A platform export naming each row's community by a code of its own (网格单元 ZHL-JSJ …), with the
codes' communities on a legend sheet (代码对照)."""

from dataclasses import replace

from ingest.layout import extract_sheets
from ingest.layout.community_legend import read_community_legend
from test_layout_readings import CONTEXT, grid

LEGEND = replace(grid(("网格单元编码", "所属社区", "网格数"),
                      ("HP-JSJ", "建设街社区", 4),
                      ("HP-SYJ", "商业街社区", 5),
                      ("HP-QH", "千户社区", 3)), name="代码对照")
DATA = replace(grid(("网格单元", "统计期", "事项类别", "数量", "计量"),
                    ("HP-JSJ", "2025M01", "群众诉求受理", 40, "件"),
                    ("HP-JSJ", "2025M01", "矛盾纠纷调处化解", 4, "起"),
                    ("HP-SYJ", "2025M01", "群众诉求受理", 33, "件"),
                    ("HP-XX", "2025M01", "群众诉求受理", 7, "件")), name="事件统计")


def test_the_legend_reads_each_code_as_its_community():
    assert read_community_legend(LEGEND) == {"HP-JSJ": "建设街社区", "HP-SYJ": "商业街社区", "HP-QH": "千户社区"}


def test_rows_coded_by_community_are_read_by_the_legend_on_another_sheet():
    data, legend = extract_sheets([DATA, LEGEND], CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.period.period, v.indicator_code, v.value) for v in data.values] == [
        ("D2", "001", "2025-01", "petitions_received", 40.0), ("D3", "001", "2025-01", "disputes_mediated", 4.0),
        ("D4", "003", "2025-01", "petitions_received", 33.0)]
    assert "HP-XX" in {p.raw_text for p in data.problems}     # a code the legend does not list: never a guess
    assert [(p.problem_code, p.sheet) for p in legend.problems] == [("community_legend_sheet", "代码对照")]
    assert legend.values == []


def test_without_the_legend_the_coded_rows_stay_unread():
    (data,) = extract_sheets([DATA], CONTEXT)
    assert data.values == []


def test_a_table_of_communities_with_their_codes_and_figures_is_no_legend_without_codes_of_letters():
    table = replace(grid(("社区代码", "社区名称", "户数"),
                         ("654201001001", "建设街社区", 1200),
                         ("654201001003", "商业街社区", 900)), name="户数")
    assert read_community_legend(table) == {}


def test_a_long_export_of_one_communitys_indicator_codes_is_no_legend() -> None:
    """统计期 | 社区 | 指标编码 | 指标名称 | 本月值: GL001 … are the indicators' codes, every row the same
    community — the sheet is data, not a legend of community codes."""
    export = replace(grid(
        ("统计期", "街道", "社区", "指标编码", "指标名称", "计量单位", "本月值"),
        ("2026年01月", "和平街道", "建设街社区", "GL001", "受理居民诉求", "件", 60),
        ("2026年01月", "和平街道", "建设街社区", "GL002", "诉求办结", "件", 55),
        ("2026年01月", "和平街道", "建设街社区", "GL003", "矛盾纠纷调解成功", "起", 2)), name="月报导出")
    assert read_community_legend(export) == {}
    (extraction,) = extract_sheets([export], CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("G2", "petitions_received", 60.0), ("G3", "petitions_resolved", 55.0), ("G4", "disputes_mediated", 2.0)]
