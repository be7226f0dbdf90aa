"""Readings a person makes of a table that no one header says alone: by elimination beside a
sibling, from the table's own heading, from domain words over the headers, across label/value
pairs, from a 更正 row, without the hidden columns. Grids straight to the layout (no files)."""

import pytest

from dataclasses import replace

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.headers import HeaderCatalog
from ingest.layout import FileContext, extract_sheet
from ingest.problems import Problem, once_per_text
from ingest.readers import SheetGrid
from jiedao.settings import PROJECT_DIR

STREET = "654201001"
MATCHER = CommunityMatcher(
    [RegistryCommunity("654201001001", "建设街社区居委会", STREET),
     RegistryCommunity("654201001003", "商业街社区居委会", STREET),
     RegistryCommunity("654201001005", "千户社区居委会", STREET)],
    [RegistryStreet(STREET, "和平街道", "654201")], {})
CONTEXT = FileContext("和平街道2025年1月.xlsx", HeaderCatalog.from_seeds(PROJECT_DIR / "seeds"), MATCHER)


def grid(*rows: tuple[object, ...], merged: tuple[tuple[int, int, int, int], ...] = ()) -> SheetGrid:
    width = max(len(row) for row in rows)
    return SheetGrid("Sheet1", tuple(tuple("" if v is None else str(v) for v in row) + ("",) * (width - len(row))
                                     for row in rows), merged)


def loaded(sheet: SheetGrid) -> list[tuple[str, str, str, float]]:
    extraction = extract_sheet(sheet, CONTEXT)
    return [(v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values]


def problems(sheet: SheetGrid) -> list[tuple[str, str]]:
    return [(p.cell_ref, p.problem_code) for p in extract_sheet(sheet, CONTEXT).problems]


def test_a_tie_beside_a_sibling_that_takes_one_reading_is_the_other() -> None:
    """诉求（件） fits 受理 and 办结 equally; 办结（件） beside it takes 办结, so it is 受理."""
    sheet = grid(
        ("社区", "诉求（件）", "办结（件）"),
        ("建设街社区", 12, 10),
    )
    assert loaded(sheet) == [("B2", "001", "petitions_received", 12.0), ("C2", "001", "petitions_resolved", 10.0)]


def test_a_tie_with_nothing_beside_it_stays_a_question() -> None:
    sheet = grid(
        ("社区", "诉求（件）", "党员（人）"),
        ("建设街社区", 12, 40),
    )
    assert problems(sheet) == [("B1", "unknown_header")]


def test_a_row_label_two_indicators_fit_is_the_one_no_other_row_takes() -> None:
    """城镇新增就业 fits 新增就业岗位 and 实现就业; the 新增就业岗位 row takes one, so it is the other —
    above it or below it. Alone it stays a question."""
    rows = [("序号", "工作内容", "完成数"), (1, "受理居民诉求", 25), (2, "新增就业岗位", 19), (3, "城镇新增就业", 17)]
    sheet = grid(("建设街社区2026年3月工作报表",), *rows)
    assert loaded(sheet)[1:] == [("C4", "001", "jobs_created", 19.0), ("C5", "001", "people_employed", 17.0)]
    flipped = grid(("建设街社区2026年3月工作报表",), rows[0], rows[3], rows[1], rows[2])
    assert loaded(flipped)[0] == ("C3", "001", "people_employed", 17.0)
    alone = grid(("建设街社区2026年3月工作报表",), *rows[:2], rows[3])
    assert ("A4", "unknown_indicator") in problems(alone)
    # only the group heading ties 安全生产检查 to 平安信息员 or 巡逻队员: no reading, whatever the rows hold
    safety = grid(("建设街社区2026年3月工作报表",), ("类别", "指标", "单位", "本月"), ("平安建设", "巡逻队员", "人", 71),
                  (None, "安全生产检查", "家次", 17), merged=((2, 0, 3, 0),))
    assert [code for _, _, code, _ in loaded(safety)] == ["patrol_members"]


def test_a_stacked_tables_own_heading_is_the_group_over_its_columns() -> None:
    sheet = grid(
        ("一、城市最低生活保障",),
        ("社区", "保障户数（户）", "保障人数（人）"),
        ("建设街社区", 18, 29),
        (None,),
        ("二、基本情况",),
        ("社区", "户数（户）"),
        ("建设街社区", 4200),
    )
    assert loaded(sheet) == [("B3", "001", "dibao_households", 18.0), ("C3", "001", "dibao_persons", 29.0),
                             ("B7", "001", "households", 4200.0)]


def test_domain_words_over_the_headers_are_their_group_even_under_title_rows() -> None:
    """民情 | 就业 over 受理（件） | 办结（件） | 岗位（个） | 就业（人）, two title rows above."""
    sheet = grid(
        ("建设街社区三月份工作报表",),
        ("所属年度：2025年",),
        ("民情", None, "就业", None),
        ("受理（件）", "办结（件）", "岗位（个）", "就业（人）"),
        (52, 51, 20, 16),
        merged=((2, 0, 2, 1), (2, 2, 2, 3)),
    )
    assert [code for _, _, code, _ in loaded(sheet)] == [
        "petitions_received", "petitions_resolved", "jobs_created", "people_employed"]


def test_label_value_pairs_three_across() -> None:
    sheet = grid(
        ("建设街社区2025年1月工作数据",),
        ("接待群众诉求", "32件", "诉求已办结", "31件", "文体活动", "6场"),
        ("开发岗位", "15个", "实现就业", "12人", "技能培训", "无"),
    )
    assert sorted(loaded(sheet)) == [
        ("B2", "001", "petitions_received", 32.0), ("B3", "001", "jobs_created", 15.0),
        ("D2", "001", "petitions_resolved", 31.0), ("D3", "001", "people_employed", 12.0),
        ("F2", "001", "cultural_activities", 6.0), ("F3", "001", "training_sessions", 0.0)]


def test_a_correction_row_replaces_the_earlier_row_and_its_total_adds_up() -> None:
    sheet = grid(
        ("社区", "户数（户）", "常住人口（人）", "备注"),
        ("建设街社区", 3340, 7656, None),
        ("商业街社区", 2000, 5000, None),
        ("建设街社区", 3220, 7656, "更正：上一行户数录入有误，以此行为准"),
        ("合计", 5220, 12656, None),
    )
    assert loaded(sheet) == [("C2", "001", "residents", 7656.0), ("B3", "003", "households", 2000.0),
                             ("C3", "003", "residents", 5000.0), ("B4", "001", "households", 3220.0)]
    assert problems(sheet) == [("B2", "superseded_in_file")]


def test_a_row_its_note_cancels_is_no_figure_and_its_reentered_row_stands() -> None:
    """建设街's row typed one column to the left, noted 作废（错行）, typed again as 建设街社区（重填）:
    the cancelled figures are never values (one note), the re-entered ones are, and the 合计 adds up."""
    sheet = grid(
        ("社区", "户数（户）", "常住人口（人）", "备注"),
        ("建设街社区", 7656, 11, "作废（错行），见第5行"),
        ("商业街社区", 2000, 5000, None),
        ("建设街社区（重填）", 3220, 7656, "重填"),
        ("合计", 5220, 12656, None),
    )
    assert loaded(sheet) == [("B3", "003", "households", 2000.0), ("C3", "003", "residents", 5000.0),
                             ("B4", "001", "households", 3220.0), ("C4", "001", "residents", 7656.0)]
    assert problems(sheet) == [("D2", "void_row")]


def test_hidden_columns_are_read_as_labels_with_a_note() -> None:
    sheet = replace(grid(
        ("社区", "帮扶困难群众（人）", "帮扶困难群众（人）"),
        ("建设街社区", 51, 90),
    ), hidden_columns=frozenset({2}))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == [("B2", 51.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("C1", "hidden_column")]
    assert {(ref, role) for _, ref, _, _, _, role in extraction.cell_rows if ref.startswith("C")} == {
        ("C1", "label"), ("C2", "label")}


def test_a_sub_item_with_a_clear_name_of_its_own() -> None:
    sheet = grid(
        ("社区", "就业岗位（个）", None),
        (None, "新开发", "其中：公益性岗位开发"),
        ("建设街社区", 20, 3),
        merged=((0, 1, 0, 2), (0, 0, 1, 0)),
    )
    assert [code for _, _, code, _ in loaded(sheet)] == ["jobs_created", "public_welfare_jobs"]


def test_among_communities_across_a_name_that_reads_as_a_figure_is_a_community() -> None:
    """千户 is 千 (thousand) 户 (households) to the catalogue, and a community here."""
    sheet = grid(
        ("文体活动（场）",),
        ("月份", "建设街", "商业街", "千户"),
        ("1月", 7, 5, 8),
    )
    assert [(ref, community) for ref, community, _, _ in loaded(sheet)] == [("B3", "001"), ("C3", "003"), ("D3", "005")]


def test_a_sender_line_written_as_a_footer_still_names_the_community() -> None:
    sheet = grid(
        ("社区工作情况统计表（2025年1月）",),
        ("填报单位：商业街社区居民委员会", None, "填报日期：2025年2月3日"),
        ("受理（件）", "党员（人）"),
        (30, 40),
    )
    assert loaded(sheet) == [("A4", "003", "petitions_received", 30.0), ("B4", "003", "party_members", 40.0)]


def test_the_same_unknown_text_again_in_a_file_is_one_problem() -> None:
    found = once_per_text([
        Problem("unknown_indicator", "建设街", "B16", "其中：用水诉求", "（最接近的指标：民情诉求受理数）"),
        Problem("unknown_indicator", "商业街", "B16", "其中：用水诉求", "（最接近的指标：民情诉求受理数）"),
        Problem("unknown_indicator", "建设街", "B17", "其中：用水诉求"),
        Problem("unreadable_value", "建设街", "C3", "约"),
        Problem("unreadable_value", "建设街", "C4", "约"),
    ])
    assert [(p.sheet, p.cell_ref, p.detail) for p in found] == [
        ("建设街", "B16", "（最接近的指标：民情诉求受理数），另有 2 处相同（工作表「商业街」、B17）"),
        ("建设街", "C3", ""), ("建设街", "C4", "")]


def test_a_subtotal_of_the_months_it_names_is_checked_against_those_months() -> None:
    sheet = grid(
        ("建设街社区2025年12月-2026年3月工作台账",),
        ("月份", "受理（件）", "办结（件）"),
        ("2025-12", 31, 30),
        ("2026-01", 28, 27),
        ("2026-02", 18, 17),
        ("2026-03", 22, 20),
        ("2026年1-3月小计", 68, 65),   # 28 + 18 + 22; and 27 + 17 + 20 = 64, not 65
    )
    assert problems(sheet) == [("C7", "total_mismatch")]


def test_the_header_repeated_after_a_page_break_is_no_data() -> None:
    sheet = grid(
        ("序号", "社　区", "受 理 数"),
        (1, "建设街", 12),
        ("序号", "社　区", "受 理 数"),
        (2, "商业街", 9),
    )
    assert loaded(sheet) == [("C2", "001", "petitions_received", 12.0), ("C4", "003", "petitions_received", 9.0)]
    assert problems(sheet) == []


def test_a_printed_table_pasted_back_reads_across_its_page_lines_and_repeated_units_rows() -> None:
    """社区 | 受理数 over 单位 | 件, then 第1页  共2页 and the header with its units row again."""
    sheet = grid(
        ("社区", "受理数", "办结数"),
        ("单位", "件", "件"),
        ("建设街社区", 12, 11),
        ("第1页  共2页",),
        ("社区", "受理数", "办结数"),
        ("单位", "件", "件"),
        ("商业街社区", "1,009", 9),
        ("第2页  共2页",),
    )
    assert loaded(sheet) == [("B3", "001", "petitions_received", 12.0), ("C3", "001", "petitions_resolved", 11.0),
                             ("B7", "003", "petitions_received", 1009.0), ("C7", "003", "petitions_resolved", 9.0)]
    assert problems(sheet) == []


def test_month_rows_without_a_year_follow_the_full_date_above_them_across_the_year_end() -> None:
    """建设街社区台账（2025年8月-2026年1月）: the title's year is 2026, yet 9月 … 12月 follow 2025年8月."""
    sheet = grid(
        ("建设街社区低保台账（2025年8月-2026年1月）",),
        ("月份", "低保户数（户）"),
        ("2025年8月", 43),
        ("9月", 42),
        ("12月", 41),
        ("1月", 40),
        ("2026年2月", 39),
    )
    assert [(v.cell_ref, v.period.period) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "2025-08"), ("B4", "2025-09"), ("B5", "2025-12"), ("B6", "2026-01"), ("B7", "2026-02")]


def test_one_sheet_per_indicator_the_title_names_what_the_communities_figures_count() -> None:
    """表5 创业担保贷款发放情况 over 社区 | 本月（万元） | 备注: the column's own unit still holds."""
    sheet = grid(
        ("表5  创业担保贷款发放情况（2025年10月）",),
        ("序号", "社区", "本月（万元）", "备注"),
        (1, "建设街社区", "12.5", None),
        (2, "商业街社区", "0", None),
        (None, "小计", "12.5", None),
    )
    assert loaded(sheet) == [("C3", "001", "micro_loans_yuan", 125000.0), ("C4", "003", "micro_loans_yuan", 0.0)]
    assert problems(sheet) == []


def test_a_contents_sheet_listing_the_tables_is_read_as_labels_with_a_note() -> None:
    sheet = replace(grid(
        ("和平街道2025年10月就业工作指标（分表）",),
        ("表号", "表名", "报送科室"),
        ("表1", "新增就业岗位", "社会事务办"),
        ("表2", "零就业家庭", "社会事务办"),
    ), name="目录")
    extraction = extract_sheet(sheet, CONTEXT)
    assert extraction.values == [] and {role for *_, role in extraction.cell_rows} == {"label"}
    assert [(p.problem_code, p.sheet) for p in extraction.problems] == [("contents_sheet", "目录")]


def test_year_to_date_columns_under_an_indicator_each_hold_their_months_total_and_the_target_is_no_figure() -> None:
    """新增就业岗位（个） over 全年任务 | 1-11月累计 | 1-12月累计 | 完成率: two cumulatives (December
    is their difference, downstream), the target and the rate never values."""
    sheet = grid(
        ("和平街道2025年1-12月就业工作进度表",),
        ("社区", "新增就业岗位（个）", None, None, None),
        (None, "全年任务", "1-11月累计", "1-12月累计", "完成率"),
        ("建设街社区", 450, 395, 425, "94.4%"),
        merged=((1, 0, 2, 0), (1, 1, 1, 4)),
    )
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.period.period, v.is_cumulative, v.value) for v in extraction.values] == [
        ("C4", "jobs_created", "2025-11", True, 395.0), ("D4", "jobs_created", "2025-12", True, 425.0)]
    assert problems(sheet) == []


def test_an_amount_unit_line_over_the_table_scales_amounts_that_say_no_unit() -> None:
    sheet = grid(("和平街道2025年1月低保情况",),
                 ("金额单位：万元",),
                 ("社区名称", "低保户数", "低保金发放金额"),
                 ("建设街社区", "12", "3.25"),
                 ("商业街社区", "8", "1.5"))
    assert sorted(loaded(sheet)) == [("B4", "001", "dibao_households", 12.0), ("B5", "003", "dibao_households", 8.0),
                                     ("C4", "001", "dibao_payout_yuan", 32500.0),
                                     ("C5", "003", "dibao_payout_yuan", 15000.0)]


def test_a_correction_form_loads_the_corrected_figure_not_the_first_one() -> None:
    sheet = grid(("关于2025年1月低保数据的更正",),
                 ("序号", "社区", "项目", "原报数", "更正数", "更正原因"),
                 (1, "建设街社区", "低保人数（人）", 54, 52, "2人停保未核减"),
                 (2, "商业街社区", "低保户数（户）", 28, 29, "新增1户"))
    assert loaded(sheet) == [("E3", "001", "dibao_persons", 52.0), ("E4", "003", "dibao_households", 29.0)]


@pytest.mark.parametrize("corrected", ["更正为", "改为", "调整为"])
def test_a_correction_letters_corrected_to_column_is_the_figure(corrected: str) -> None:
    """建设街社区关于2025年1月报表数据更正的情况说明: 项目 | 单位 | 原报 | 更正为 — the act word over the
    figure that stands."""
    sheet = grid(("建设街社区关于2025年1月工作报表数据更正的情况说明",),
                 ("序号", "项目", "单位", "原报", corrected),
                 (1, "受理居民诉求", "件", 34, 39), (2, "志愿服务", "人次", 479, 519))
    assert loaded(sheet) == [("E3", "001", "petitions_received", 39.0), ("E4", "001", "volunteer_person_times", 519.0)]
    assert problems(sheet) == []


def test_numbers_no_table_placed_are_said_not_dropped() -> None:
    sheet = grid(("某项情况",), ("甲乙", "丙丁", "戊己"), ("第一", "李", 57), ("第二", "张", 83))
    assert loaded(sheet) == []
    assert problems(sheet) == [("", "no_table")]


def test_elimination_never_gives_a_column_an_indicator_of_another_object() -> None:
    """就业困难人员帮扶就业 ties 实现就业 and 帮扶困难群众; 促进就业 beside it takes 实现就业, but the
    header counts 就业, which 帮扶困难群众人数 does not: it waits for review, never a guess."""
    sheet = grid(("社区", "促进就业(人)", "就业困难人员帮扶就业(人)"), ("建设街社区", 26, 1))
    assert loaded(sheet) == [("B2", "001", "people_employed", 26.0)]
    assert problems(sheet) == [("C1", "unknown_header")]


def test_this_period_in_brackets_is_read_and_the_comparison_rows_are_not() -> None:
    sheet = grid(("建设街社区2025年12月工作月报",),
                 ("期别", "受理数", "办结数"),
                 ("本期（2025年12月）", 184, 174),
                 ("上年同期（2024年12月）", 128, 117),
                 ("同比增减", "+43.8%", "+48.7%"))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 184.0), ("C3", "001", "petitions_resolved", 174.0)]
    assert problems(sheet) == []
