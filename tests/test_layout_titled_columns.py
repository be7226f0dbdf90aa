"""Column headers that say only how a figure is counted, read under the table's title
(ingest/layout/titled_columns.py). (Sheet helpers from tests/test_layout_readings.py.)"""

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid


def test_bare_counts_under_a_dibao_title_are_its_households_persons_and_payout() -> None:
    """「低保月报」 over 社区 | 户数 | 人数 | 金额(元): 低保户数, 低保人数, 低保金 — alone, 户数 would be
    常住户数 and 人数 nothing."""
    sheet = grid(("和平街道城市低保月报",), ("社区", "户数", "人数", "金额(元)"),
                 ("建设街社区", 19, 40, 30400), ("商业街社区", 28, 60, 43200))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "dibao_households", 19.0), ("C3", "dibao_persons", 40.0), ("D3", "dibao_payout_yuan", 30400.0),
        ("B4", "dibao_households", 28.0), ("C4", "dibao_persons", 60.0), ("D4", "dibao_payout_yuan", 43200.0)]


def test_bare_units_as_headers_under_a_dibao_title() -> None:
    """户 | 人 | 元 as the only headers, the title naming 低保: each its 低保 figure."""
    sheet = grid(("2026年1月低保月报",), ("社区", "户", "人", "元"), ("建设街社区", 19, 40, 32000))
    assert [(v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("dibao_households", 19.0), ("dibao_persons", 40.0), ("dibao_payout_yuan", 32000.0)]


def test_a_title_that_gives_every_bare_header_one_indicator_leaves_each_a_problem() -> None:
    """「低保金发放汇总」 over 户数 | 人数: the title says they are of 低保 but reads both as 低保金 —
    neither is loaded (户数 is no 常住户数 here), each column one question."""
    sheet = grid(("城市低保金发放花名汇总",), ("社区", "户数", "人数"), ("建设街社区", 19, 40), ("商业街社区", 28, 60))
    extraction = extract_sheet(sheet, CONTEXT)
    assert list(extraction.values) == []
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("B2", "unknown_header"), ("C2", "unknown_header")]


def test_bare_counts_under_a_title_naming_no_object_stay_as_they_are() -> None:
    """「社区基本情况」 over 户数: the households of the community, as the header alone says."""
    sheet = grid(("和平街道2025年1月社区基本情况",), ("社区", "户数"), ("建设街社区", 3755))
    assert [(v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [("households", 3755.0)]


def test_the_tables_own_heading_is_asked_not_the_files_title_over_several_tables() -> None:
    """「…新时代文明实践和志愿服务统计」 over two tables, the first headed 「一、新时代文明实践活动开展情况」:
    参与群众（人次） there is no 志愿服务人次 — its own heading names its object (活动) and reads it as
    nothing, so the file's title further up is not asked; the column is one question."""
    sheet = grid(("和平街道2025年1月新时代文明实践和志愿服务统计",), ("一、新时代文明实践活动开展情况",),
                 ("序号", "社区", "文体活动（场）", "参与群众（人次）"), (1, "建设街社区", 7, 211), (2, "商业街社区", 4, 576))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code) for v in extraction.values] == [
        ("C4", "cultural_activities"), ("C5", "cultural_activities")]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("D3", "unknown_header")]


def test_a_note_between_the_title_and_the_table_is_neither_asked_nor_its_heading() -> None:
    """说明：1.… 2.采暖季临时救助不计入保障金 between 「低保月报」 and 户 | 人 | 元: the note names an object
    (救助) but is no heading; the title above it still says what the bare units count."""
    sheet = grid(("2026年1月低保月报",), ("说明：", "1.春节前一次性生活补贴另表报送，不含在本表"),
                 ("", "2.采暖季临时救助不计入保障金"), (), ("社区", "户", "人", "元"), ("建设街社区", 19, 40, 32000))
    assert [(v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("dibao_households", 19.0), ("dibao_persons", 40.0), ("dibao_payout_yuan", 32000.0)]


def test_an_office_line_under_the_title_is_passed_over_for_the_title_above_it() -> None:
    """「…城市居民最低生活保障统计表」 then the office's line 「…社会事务办（民政）」 over 户数 | 人数 | 发放金额:
    the office's line names no object, so 户数 read with it is only 户数 alone (常住户数); the title
    above says they are 低保户数 — as it does for 人数."""
    sheet = grid(("和平街道2025年9月份城市居民最低生活保障统计表",), ("和平街道社会事务办（民政）",),
                 ("社区", "户数", "人数", "发放金额"), ("建设街社区", 35, 51, 23500))
    assert [(v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("dibao_households", 35.0), ("dibao_persons", 51.0), ("dibao_payout_yuan", 23500.0)]


def test_month_groups_of_bare_units_under_a_dibao_title() -> None:
    """「城市低保统计表」 over 社区 | 9月 | 10月, each month merged over 户 | 人 | 金额(万): each month's
    低保户数, 低保人数 and 低保金 — the 万 of the sub-header makes 0.53 into 5,300 元."""
    sheet = grid(("和平街道城市低保统计表（2025年9-10月）",), ("社区", "9月", "", "", "10月", "", ""),
                 ("", "户", "人", "金额(万)", "户", "人", "金额(万)"), ("建设街社区", 19, 40, 0.53, 20, 41, 0.6),
                 merged=((1, 1, 1, 3), (1, 4, 1, 6), (1, 0, 2, 0)))
    assert [(v.cell_ref, v.indicator_code, v.period.period, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B4", "dibao_households", "2025-09", 19.0), ("C4", "dibao_persons", "2025-09", 40.0),
        ("D4", "dibao_payout_yuan", "2025-09", 5300.0), ("E4", "dibao_households", "2025-10", 20.0),
        ("F4", "dibao_persons", "2025-10", 41.0), ("G4", "dibao_payout_yuan", "2025-10", 6000.0)]
