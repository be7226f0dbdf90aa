"""Units that clerks give away from the figures: a footnote that a marked header (低保金※) points to,
a units row under the headers — labelled with an arrow (单位→) or holding one unit only.
(Sheet helpers from tests/test_layout_readings.py.)"""

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid, loaded


def test_a_marked_header_takes_the_unit_its_footnote_gives() -> None:
    """低保金※ over 1.62, and under the table 「※低保金单位：万元（保留两位小数）；其余单位见表头。」: 16,200 元;
    the note and the 更正说明 under it are notes (no community's rows), the unmarked 低保户数 keeps its unit."""
    sheet = grid(("和平街道2025年10月民政工作统计表",), ("社区", "低保户数（户）", "低保金※"),
                 ("建设街社区", 14, 1.62), ("商业街社区", 34, 3.02), ("※低保金单位：万元（保留两位小数）；其余单位见表头。",),
                 ("更正说明：商业街社区低保金多计0.05万元，现全表重报，以本表为准。",))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, round(v.value, 6)) for v in extraction.values] == [
        ("B3", "dibao_households", 14.0), ("C3", "dibao_payout_yuan", 16200.0),
        ("B4", "dibao_households", 34.0), ("C4", "dibao_payout_yuan", 30200.0)]
    assert extraction.problems == []


def test_marked_rows_with_no_unit_take_the_footnotes_amount_unit() -> None:
    """项目 | 单位 | 本月 with 创业担保贷款※ and 低保资金※ beside empty unit cells, 「※金额单位：万元」 below:
    20 is 200,000 元 and 2.58 is 25,800 元; a count marked the same way is never in 万元."""
    sheet = grid(("建设街社区2026年1月份月报",), ("项目", "单位", "本月"), ("受理群众诉求※", "件", 34),
                 ("创业担保贷款※", "", 20), ("低保资金※", "", 2.58), ("※金额单位：万元",))
    extraction = extract_sheet(sheet, CONTEXT)
    assert extraction.problems == []
    assert [(v.cell_ref, v.indicator_code, round(v.value, 6)) for v in extraction.values] == [
        ("C3", "petitions_received", 34.0), ("C4", "micro_loans_yuan", 200000.0), ("C5", "dibao_payout_yuan", 25800.0)]


@pytest.mark.parametrize("header, note", [("低保金※", "※慰问金单位：万元"), ("低保金※（元）", "※金额单位：万元")])
def test_a_footnote_naming_another_amount_or_a_header_saying_its_unit_leaves_the_figure_as_written(header, note) -> None:
    """「※慰问金单位：万元」 speaks of 慰问金, not of the 低保金※ column; 低保金※（元） says its unit itself:
    16200 stays 16,200 元."""
    sheet = grid(("和平街道2025年10月民政工作统计表",), ("社区", header), ("建设街社区", 16200), (note,))
    assert [(v.cell_ref, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [("B3", 16200.0)]


def test_a_marked_note_between_rows_ends_no_table() -> None:
    """「※商业街社区含新并入小区。」 between two communities' rows: a label, and the row after it still read."""
    sheet = grid(("和平街道2025年10月民政工作统计表",), ("社区", "低保户数（户）"), ("建设街社区", 14),
                 ("※商业街社区含新并入小区。",), ("商业街社区", 34))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == [("B3", 14.0), ("B5", 34.0)]
    assert extraction.problems == []


def test_a_marked_group_over_this_month_and_the_year_to_date_takes_the_footnotes_unit() -> None:
    """低保金※ over 本月数 | 累计: the mark is on the group, both figures are in its note's 万元 (they were
    read in 元, 10,000 times too small; found by the generated layouts, seeds 8400–10799)."""
    sheet = grid(("和平街道2025年10月民政工作统计表",), ("社区", "低保金※", None), (None, "本月数", "累计"),
                 ("建设街社区", 1.62, 16.2), ("※金额单位：万元",), merged=((1, 1, 1, 2), (1, 0, 2, 0)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref, v.is_cumulative, round(v.value, 6)) for v in extraction.values) == [
        ("B4", False, 16200.0), ("C4", True, 162000.0)]


def test_a_units_row_of_one_unit_beside_a_marked_amount_is_still_the_headers_units() -> None:
    """（人） under 低保人数 and nothing under 低保金※ (its footnote gives 万元): a units row of one unit, not
    a row of data whose （人） is an unreadable figure (generated layouts, seeds 10800–13199)."""
    sheet = grid(("和平街道2025年10月民政工作统计表",), ("社区名称", "低保人数", "低保金发放金额※"), (None, "（人）"),
                 ("建设街社区", 134, 2.5), ("※金额单位：万元",))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, round(v.value, 6)) for v in extraction.values] == [
        ("B4", "dibao_persons", 134.0), ("C4", "dibao_payout_yuan", 25000.0)]
    assert extraction.problems == []


def test_a_units_row_labelled_with_an_arrow_is_the_units_row() -> None:
    """单位→ pointing along the row at 件 | 万元: the units of the headers above, never a period."""
    sheet = grid(("建设街社区工作数据统计",), ("月份", "受理居民诉求", "创业担保贷款"), ("单位→", "件", "万元"),
                 ("2026年1月", 34, 10))
    assert loaded(sheet) == [("B4", "001", "petitions_received", 34.0), ("C4", "001", "micro_loans_yuan", 100000.0)]
