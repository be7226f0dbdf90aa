"""Habits of clerks fitting a return to a page or a sending, read in general: a table folded in two
halves under the same headers, a column of sending dates beside the figures. (Sheet helpers from
tests/test_layout_readings.py.)"""

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid, loaded, problems

HALF = ("序号", "社区", "新增就业岗位\n（个）", "实现就业\n（人）", "创业担保\n贷款（万元）")


def folded(total: tuple[object, ...]):
    return grid(("和平街道2025年1月份就业创业工作月报",),
                HALF + (None,) + HALF,
                (1, "建设街", 17, 10, 15, None, 3, "千户", 22, 14, 20),
                (2, "商业街", 15, 12, 30, None, None, *total))


def test_a_table_folded_in_two_halves_reads_every_community() -> None:
    """Communities 1–2 on the left, 3 on the right under the same headers: the same header twice is
    one indicator of other rows, not two rival readings; the 合计 under the right half counts both
    halves (65 万元 = 150,000 + 300,000 + 200,000 元)."""
    sheet = folded(("合计", 54, 36, 65))
    assert loaded(sheet) == [
        ("C3", "001", "jobs_created", 17.0), ("D3", "001", "people_employed", 10.0), ("E3", "001", "micro_loans_yuan", 150000.0),
        ("C4", "003", "jobs_created", 15.0), ("D4", "003", "people_employed", 12.0), ("E4", "003", "micro_loans_yuan", 300000.0),
        ("I3", "005", "jobs_created", 22.0), ("J3", "005", "people_employed", 14.0), ("K3", "005", "micro_loans_yuan", 200000.0)]
    assert problems(sheet) == []


def test_a_folded_tables_total_that_does_not_add_up_is_reported() -> None:
    assert problems(folded(("合计", 53, 36, 65))) == [("I4", "total_mismatch")]


def test_a_column_of_sending_dates_is_never_the_period() -> None:
    """报送时间 2026/1/3 beside December's figures (the returns as they came in): the title's month."""
    sheet = grid(("和平街道2025年12月度平安建设工作情况",), ("序号", "社区", "治安案件", "报送时间"),
                 (1, "建设街社区", 4, "2026/1/3"), (2, "千户社区", 1, "2026/1/4"))
    assert [(v.cell_ref, v.period.period) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("C3", "2025-12"), ("C4", "2025-12")]


def long_table(second_name: str | None):
    return grid(("和平街道2026年2月各社区民生指标报送明细",), ("社区", "指标", "单位", "数值"),
                ("建设街社区居委会", "受理民生诉求", "件", 31), (None, "实现就业", "人", 11),
                ("千户社区居委会", "受理民生诉求", "件", 40), (None, second_name, "人", 22))


def test_a_community_written_on_its_blocks_first_row_holds_for_the_blank_rows_under_it() -> None:
    assert loaded(long_table("实现就业")) == [
        ("D3", "001", "petitions_received", 31.0), ("D4", "001", "people_employed", 11.0),
        ("D5", "005", "petitions_received", 40.0), ("D6", "005", "people_employed", 22.0)]


def test_a_blank_community_is_not_carried_when_its_block_would_hold_an_indicator_twice() -> None:
    """受理 again under 千户: that row's community was lost, not the same one."""
    assert ("D6", "no_community") in problems(long_table("受理民生诉求"))


def test_communities_named_by_their_work_stations_under_numbered_sections() -> None:
    """社区工作站 (the government's arm in a community, beside its 居委会) names the community; a
    numbered section row (一、城中村社区) over the rows is a heading, never an unknown community."""
    sheet = grid(("和平街道2025年9月民生诉求办理情况统计表",), ("序号", "社区工作站", "受理诉求（件）"),
                 ("一、城中村社区", None, None), (1, "建设街社区工作站", 114), (2, "千户社区党群服务中心", 65),
                 merged=((2, 0, 2, 1),))
    assert loaded(sheet) == [("C4", "001", "petitions_received", 114.0), ("C5", "005", "petitions_received", 65.0)]
    assert problems(sheet) == []


def test_a_column_of_the_month_and_the_year_to_date_gives_the_months_figure() -> None:
    """本月/本年累计 | 62/761: 62 is the month's, 761 the year so far (never a monthly value); a stock's
    single figure is its level; a flow's single figure says not which it is (a problem)."""
    sheet = grid(("建设街社区2025年11月工作月报",), ("序号", "工作项目", "单位", "本月/本年累计"),
                 (1, "受理民生诉求", "件", "62/761"), (2, "在册党员", "人", 602), (3, "实现就业", "人", 22))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 62.0), ("D4", "001", "party_members", 602.0)]
    assert problems(sheet) == [("D5", "unreadable_value")]


@pytest.mark.parametrize("figures", [(2031, 2018), (1999, 2024)])
def test_figures_that_read_like_years_in_a_communitys_row_are_figures(figures) -> None:
    """营盘街社区 | 2031 | 2018 after a blank row: a row of figures, not a header row of years that
    would turn the rows above it into a title (those rows were lost without a word)."""
    sheet = grid(("和平街道2025年11月志愿服务情况",), ("社区", "注册志愿者人数（人）", "志愿服务人次（人次）"),
                 ("千户社区", 1068, 980), (None,), ("商业街社区", 315, 1052), ("建设街社区", *figures))
    assert loaded(sheet) == [("B3", "005", "volunteers", 1068.0), ("C3", "005", "volunteer_person_times", 980.0),
                             ("B5", "003", "volunteers", 315.0), ("C5", "003", "volunteer_person_times", 1052.0),
                             ("B6", "001", "volunteers", float(figures[0])),
                             ("C6", "001", "volunteer_person_times", float(figures[1]))]


def test_a_row_of_years_over_figures_is_still_a_header() -> None:
    sheet = grid(("建设街社区年度对比",), ("项目", 2024, 2025), ("受理群众诉求（件）", 120, 135))
    assert [(v.cell_ref, v.period.period, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "2024", 120.0), ("C3", "2025", 135.0)]


def test_a_code_excel_ruined_under_a_name_written_once_is_that_communitys_row() -> None:
    """社区代码 6.54201E+11 on every row, the name only on each community's first month: the blank
    name holds from above; the ruined code is no community of its own (it was a problem per row)."""
    sheet = grid(("社区代码", "社区", "月份", "党员人数", "结对帮扶对数"),
                 ("6.54201E+11", "千户社区居委会", "2025.1", 402, 32),
                 ("6.54201E+11", None, "2025.2", 280, 41),
                 ("6.54201E+11", "商业街社区居委会", "2025.1", 128, 42),
                 ("6.54201E+11", None, "2025.2", 316, 25))
    assert loaded(sheet) == [("D2", "005", "party_members", 402.0), ("E2", "005", "pairings", 32.0),
                             ("D3", "005", "party_members", 280.0), ("E3", "005", "pairings", 41.0),
                             ("D4", "003", "party_members", 128.0), ("E4", "003", "pairings", 42.0),
                             ("D5", "003", "party_members", 316.0), ("E5", "003", "pairings", 25.0)]
    assert problems(sheet) == []


def test_a_unit_line_beside_the_sender_over_the_headers_is_a_title_not_a_group_row() -> None:
    """报送单位：… | 贷款单位：万元 over the headers, the unit at the right above 技能培训（场）: a line of
    facts about the report; its 万元 is the loan's (a bare 创业担保贷款), never the sessions'."""
    sheet = grid(("和平街道2025年11月就业创业工作统计表",),
                 ("报送单位：和平街道劳动保障事务所", None, None, None, "贷款单位：万元"),
                 ("社区", "新增就业岗位（个）", "实现就业（人）", "创业担保贷款", "技能培训（场）"),
                 ("建设街", 15, 14, 0, 2), ("商业街", 6, 9, 25, 1), ("合计", 21, 23, 25, 3))
    assert [v for v in loaded(sheet) if v[2] in {"micro_loans_yuan", "training_sessions"}] == [
        ("D4", "001", "micro_loans_yuan", 0.0), ("E4", "001", "training_sessions", 2.0),
        ("D5", "003", "micro_loans_yuan", 250000.0), ("E5", "003", "training_sessions", 1.0)]
    assert problems(sheet) == []


def test_an_amount_that_reads_like_a_date_serial_far_from_the_files_year_is_a_figure() -> None:
    """低保金（元）： | 35800 in a 2025 return: 35800 is no Excel date (a day in 1998) over the rows
    below, so the row is no header and every label：figure line is read; 共计42件 is 42."""
    sheet = grid(("建设街社区2025年1月数据", None), ("受理居民诉求（件）：", "共计42件"), ("办结诉求（件）：", 39),
                 ("低保金（元）：", 35800), ("免费体检（人）：", 97), ("治安案件（起）：", 0))
    assert loaded(sheet) == [("B2", "001", "petitions_received", 42.0), ("B3", "001", "petitions_resolved", 39.0),
                             ("B4", "001", "dibao_payout_yuan", 35800.0), ("B5", "001", "free_health_checks", 97.0),
                             ("B6", "001", "security_cases", 0.0)]
    assert problems(sheet) == []
