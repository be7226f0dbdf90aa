"""Habits of clerks who say what a sheet is about only on its tab or squeeze two figures into one
cell, read in general. (Sheet helpers from tests/test_layout_readings.py.)"""

from ingest.layout import extract_sheet
from ingest.readers import SheetGrid
from test_layout_readings import CONTEXT, grid


def named(name: str, sheet: SheetGrid) -> SheetGrid:
    return SheetGrid(name, sheet.rows, sheet.merged)


def test_an_amount_unit_on_the_sheet_tab_applies_to_its_amount_columns_only() -> None:
    """A tab named 民政就业(万元), no title or note saying a unit: 发放金额 1.53 is 15,300 元 and
    创业担保贷款 10 is 100,000 元, while 低保户数 and 低保人数 of the same sheet stay counts."""
    sheet = named("民政就业(万元)", grid(("和平街道2025年9月民政就业数据",),
                                        ("社区", "低保户数", "低保人数", "低保金发放金额", "创业担保贷款"),
                                        ("建设街社区", 14, 23, 1.53, 10)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, round(v.value, 6)) for v in extraction.values] == [
        ("B3", "dibao_households", 14.0), ("C3", "dibao_persons", 23.0),
        ("D3", "dibao_payout_yuan", 15300.0), ("E3", "micro_loans_yuan", 100000.0)]


def test_a_header_saying_its_own_unit_beats_the_tabs() -> None:
    """低保金（元） on a tab named 民政(万元): the header says 元 itself, 16200 stays 16,200 元."""
    sheet = named("民政(万元)", grid(("和平街道2025年9月民政数据",), ("社区", "低保金（元）"), ("建设街社区", 16200)))
    assert [(v.cell_ref, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [("B3", 16200.0)]


def test_two_named_figures_each_with_its_unit_in_one_cell_are_both_read() -> None:
    """户数/人口 | 3120户/8650人 in a community's ledger: 3,120 households and 8,650 residents, each the
    figure written with its indicator's unit; the 上月 cell left empty gives nothing."""
    sheet = grid(("建设街社区2026年1月份社区工作台账",), ("项目", "本月", "上月"),
                 ("户数/人口", "3120户/8650人", ""), ("党员", 212, 212))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values if v.cell_ref.startswith("B")] == [
        ("B3", "households", 3120.0), ("B3", "residents", 8650.0), ("B4", "party_members", 212.0)]
    assert [p.problem_code for p in extraction.problems if p.cell_ref == "B3"] == []


def test_two_figures_whose_units_do_not_fit_the_named_indicators_are_not_guessed() -> None:
    """户数/人口 over 3120人/8650户 (the units the other way round from the names): never loaded as written."""
    sheet = grid(("建设街社区2026年1月份社区工作台账",), ("项目", "本月"), ("户数/人口", "3120人/8650户"))
    assert [(v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == []


def test_the_community_named_beside_a_bare_unit_label_is_whose_ledger_it_is() -> None:
    """「2025年12月份社区工作台账」 names no community; the row under it says 单位： | 建设街社区居委: that
    community's figures (not a header row naming one community across), this month's only."""
    sheet = grid(("2025年12月份社区工作台账",), ("单位：", "建设街社区居委", "", ""), ("项目", "本月", "上月", "备注"),
                 ("党员", 130, 128, ""), ("社工", 11, 11, ""))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values] == [
        ("B4", "001", "party_members", 130.0), ("B5", "001", "staff", 11.0)]
    assert extraction.problems == []


def test_a_part_column_beside_its_whole_on_one_header_row_names_its_indicator() -> None:
    """社区 | 新增岗位 | 其中公益性 | 实现就业: 其中公益性 is the public-welfare part of 新增岗位 (公益性岗位),
    read as it would be stacked under it; a 其中 column naming nothing else (其中：12345热线转办 beside
    受理诉求) stays a part, never a second 受理 figure."""
    sheet = grid(("和平街道2025年9月就业数据",), ("社区", "新增岗位", "其中公益性", "实现就业"),
                 ("建设街社区", 16, 3, 15))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "jobs_created", 16.0), ("C3", "public_welfare_jobs", 3.0), ("D3", "people_employed", 15.0)]
    parts = grid(("和平街道2025年9月诉求",), ("社区", "受理诉求", "其中：12345热线转办"), ("建设街社区", 16, 3))
    assert [(v.cell_ref, v.indicator_code) for v in extract_sheet(parts, CONTEXT).values] == [
        ("B3", "petitions_received")]


def ledger_signed(footer: str) -> SheetGrid:
    return grid(("2026年1月份社区工作台账",), ("项目", "本月", "上月"), ("党员", 254, 254), ("",), (footer,))


def test_the_community_that_drew_up_a_ledger_under_it_is_whose_figures_they_are() -> None:
    """No community in the title, the file name or over the table; 「制表：建设街社区　日期：2026年1月30日」
    under it: that community's figures."""
    assert [(v.cell_ref, v.community_code[-3:], v.value) for v in
            extract_sheet(ledger_signed("制表：建设街社区\u3000日期：2026年1月30日"), CONTEXT).values] == [("B3", "001", 254.0)]


def test_a_person_who_drew_up_a_ledger_names_no_community() -> None:
    """「制表：张建设　日期：…」 names a person: no community, reported, nothing loaded."""
    extraction = extract_sheet(ledger_signed("制表：张建设\u3000日期：2026年1月30日"), CONTEXT)
    assert extraction.values == [] and "no_community" in {p.problem_code for p in extraction.problems}
