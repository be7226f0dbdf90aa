"""Readings of street ledgers and community returns the 贵阳 blind corpus showed: 31（59） under a
label saying 户（人）, a units row with 千元, … Grids straight to the layout, with the helpers of
tests/test_layout_readings.py."""

from dataclasses import replace

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.layout import extract_sheet


def test_households_with_persons_in_brackets_under_a_label_saying_so() -> None:
    """城市低保 / 保障对象 户（人） over 31（59）: 31 households and 59 persons; 保障对象 (the people
    covered) gives way to the measures the brackets name. A lone figure is neither for sure."""
    sheet = grid(("和平街道2025年12月城市低保台账",), ("序号", "社区", "城市低保", "", "备注"),
                 ("", "", "保障对象\n户（人）", "保障金（元）", ""),
                 (1, "建设街社区", "31（59）", 41900, ""), (2, "商业街社区", "12（16）", 12000, ""),
                 (3, "千户社区", "9", 9600, ""),
                 merged=((1, 2, 1, 3), (1, 0, 2, 0), (1, 1, 2, 1), (1, 4, 2, 4)))
    assert sorted(loaded(sheet)) == [("C4", "001", "dibao_households", 31.0), ("C4", "001", "dibao_persons", 59.0),
                                     ("C5", "003", "dibao_households", 12.0), ("C5", "003", "dibao_persons", 16.0),
                                     ("D4", "001", "dibao_payout_yuan", 41900.0), ("D5", "003", "dibao_payout_yuan", 12000.0),
                                     ("D6", "005", "dibao_payout_yuan", 9600.0)]
    assert problems(sheet) == [("C6", "unreadable_value")]


def test_persons_with_households_in_brackets_keep_the_labels_order() -> None:
    sheet = grid(("和平街道2025年12月城市低保台账",), ("社区", "低保人（户）", "受理群众诉求"),
                 ("建设街社区", "59（31）", 12), ("商业街社区", "16（12）", 10))
    assert loaded(sheet) == [("C3", "001", "petitions_received", 12.0),
                             ("B3", "001", "dibao_persons", 59.0), ("B3", "001", "dibao_households", 31.0),
                             ("C4", "003", "petitions_received", 10.0),
                             ("B4", "003", "dibao_persons", 16.0), ("B4", "003", "dibao_households", 12.0)]


def test_figures_in_brackets_under_a_label_naming_one_measure_are_no_pair() -> None:
    sheet = grid(("和平街道2025年12月城市低保台账",), ("社区", "低保户数（户）", "受理群众诉求"),
                 ("建设街社区", "31（59）", 12), ("商业街社区", "12（16）", 10))
    assert [v[2] for v in loaded(sheet)] == ["petitions_received", "petitions_received"]
    assert problems(sheet) == [("B3", "unreadable_value"), ("B4", "unreadable_value")]


def test_a_units_row_with_thousands_of_yuan_under_headers_written_one_character_a_line() -> None:
    """新⏎增⏎岗⏎位 over 个, 创⏎业⏎担⏎保⏎贷⏎款 over 千元 (150 = 150,000 元), with 单位 in the name column:
    a units row, so the column is still the communities'."""
    sheet = grid(("和平街道2025年12月就业工作月报",),
                 ("序号", "社区", "新\n增\n岗\n位", "实\n现\n就\n业", "创\n业\n担\n保\n贷\n款"),
                 ("", "单位", "个", "人", "千元"),
                 (1, "建设街社区", 11, 22, 150), (2, "商业街社区", 19, 18, 0))
    assert loaded(sheet) == [("C4", "001", "jobs_created", 11.0), ("D4", "001", "people_employed", 22.0),
                             ("E4", "001", "micro_loans_yuan", 150000.0),
                             ("C5", "003", "jobs_created", 19.0), ("D5", "003", "people_employed", 18.0),
                             ("E5", "003", "micro_loans_yuan", 0.0)]


def test_a_figure_under_an_unknown_header_is_never_read_as_a_date_serial() -> None:
    """22700 under 民政 / 救助款 / 元 is an amount the catalogue has no name for, not 1962-02-24."""
    sheet = grid(("建设街社区2026年2月工作数据",), ("社区", "民情", "", "民政"), ("", "受理", "办结", "救助款"),
                 ("", "件", "件", "元"), ("建设街", 69, 61, 22700), merged=((1, 1, 1, 2), (1, 0, 3, 0)))
    assert loaded(sheet) == [("B5", "001", "petitions_received", 69.0), ("C5", "001", "petitions_resolved", 61.0)]
    assert problems(sheet) == [("D4", "unknown_header")]


def test_a_corner_cell_naming_items_and_months_has_the_months_down() -> None:
    """项目＼月份 over 10月份 | 11月份 | 四季度 in a 第四季度 ledger: each row is its month (四季度 the
    quarter), not the quarter of the title twice over; the sending line under it changes nothing."""
    sheet = grid(("建设街社区2025年第四季度工作台账",), ("项目＼月份", "受理诉求（件）", "志愿者（人）"),
                 ("10月份", 52, 977), ("11月份", 36, 990), ("四季度", 88, "—"), ("报送日期：2026年1月6日",))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extraction.values] == [
        ("B3", "2025-10", "petitions_received", 52.0), ("C3", "2025-10", "volunteers", 977.0),
        ("B4", "2025-11", "petitions_received", 36.0), ("C4", "2025-11", "volunteers", 990.0),
        ("B5", "2025-Q4", "petitions_received", 88.0)]
    assert extraction.problems == []


ROADS = "520102027"
ROAD_MATCHER = CommunityMatcher(
    [RegistryCommunity(f"{ROADS}001", "东新区路社区", ROADS), RegistryCommunity(f"{ROADS}002", "青年路社区", ROADS),
     RegistryCommunity(f"{ROADS}003", "冶金大院社区", ROADS), RegistryCommunity(f"{ROADS}004", "冶金路社区", ROADS),
     RegistryCommunity(f"{ROADS}009", "南兴巷社区", ROADS), RegistryCommunity("520102001001", "南兴社区", "520102001")],
    [RegistryStreet(ROADS, "油榨街道", "520102"), RegistryStreet("520102001", "中华南路街道", "520102")], {})
ROAD_CONTEXT = replace(CONTEXT, matcher=ROAD_MATCHER)


def test_communities_across_written_without_their_road_word() -> None:
    """东新区 | 青年 | 冶金大院 | 冶金路 | 南兴 in a street file: each the one community of the street
    whose name it is less 路 / 巷."""
    sheet = grid(("油榨街道2026年1月平安建设工作统计",), ("项目", "单位", "东新区", "青年", "冶金大院", "冶金路", "南兴巷"),
                 ("平安信息员", "人", 20, 15, 13, 10, 17))
    values = extract_sheet(sheet, ROAD_CONTEXT).values
    assert [(v.cell_ref, v.community_code[-3:]) for v in values] == [
        ("C3", "001"), ("D3", "002"), ("E3", "003"), ("F3", "004"), ("G3", "009")]


def test_a_stem_two_communities_start_with_is_no_narrow_name() -> None:
    """冶金 starts 冶金大院 and 冶金路: neither for sure."""
    sheet = grid(("油榨街道2026年1月平安建设工作统计",), ("项目", "单位", "东新区路", "青年路", "冶金"),
                 ("平安信息员", "人", 20, 15, 13))
    extraction = extract_sheet(sheet, ROAD_CONTEXT)
    assert [v.cell_ref for v in extraction.values] == ["C3", "D3"]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("E2", "unknown_header")]


def test_the_measure_word_li_in_a_units_column_is_no_example_row() -> None:
    """老年人健康体检 | 例 | 47: 例 counts the health checks; it does not make the row a template's 示例."""
    sheet = grid(("建设街社区2025年10月工作报表",), ("项目", "单位", "本月数"),
                 ("受理诉求", "件", 45), ("老年人健康体检", "例", 47), ("例", "", 3))
    assert loaded(sheet) == [("C3", "001", "petitions_received", 45.0), ("C4", "001", "free_health_checks", 47.0)]


def test_a_units_row_above_the_headers_goes_with_the_header_under_each_unit() -> None:
    """计量单位 | 件 | 件 | 万 over 社区＼项目 | 诉求 | 办结 | 低保金: 诉求（件） beside 办结（件） is 受理 by
    elimination, and 1.31 under 万 is 13,100 元."""
    sheet = grid(("和平街道社区工作数据汇总（2026年4月）",), ("", "计量单位", "件", "件", "万"),
                 ("序号", "社区＼项目", "诉求", "办结", "低保金"), (1, "建设街", 51, 46, 1.31))
    assert loaded(sheet) == [("C4", "001", "petitions_received", 51.0), ("D4", "001", "petitions_resolved", 46.0),
                             ("E4", "001", "dibao_payout_yuan", 13100.0)]


def test_the_thirds_of_a_month_are_parts_and_its_total_the_figure() -> None:
    """受理群众诉求（件） over 上旬 / 1—10日 | 中旬 / 11—20日 | 下旬 / 21—30日 | 本月合计: the month's figure
    is 本月合计; the 旬 are its parts (labels, no problem)."""
    sheet = grid(("和平街道2025年11月民情诉求办理旬报汇总表",),
                 ("序号", "社区", "受理群众诉求（件）", "", "", "", "调处矛盾纠纷（起）"),
                 ("", "", "上旬", "中旬", "下旬", "本月合计", ""),
                 ("", "", "1—10日", "11—20日", "21—30日", "", ""),
                 (1, "建设街社区", 24, 24, 26, 74, 4), (2, "商业街社区", 20, 14, 22, 56, 3),
                 merged=((1, 2, 1, 5), (1, 0, 3, 0), (1, 1, 3, 1), (1, 6, 3, 6), (2, 5, 3, 5)))
    assert loaded(sheet) == [("F5", "001", "petitions_received", 74.0), ("G5", "001", "disputes_mediated", 4.0),
                             ("F6", "003", "petitions_received", 56.0), ("G6", "003", "disputes_mediated", 3.0)]
    assert problems(sheet) == []


def test_thirds_of_the_month_beside_this_months_figure_are_no_problem() -> None:
    sheet = grid(("建设街社区2025年11月工作月报",), ("项目", "单位", "上旬", "中旬", "下旬", "本月"),
                 ("受理诉求", "件", 10, 12, 9, 31), ("注册志愿者", "人", "—", "—", "—", 445))
    assert loaded(sheet) == [("F3", "001", "petitions_received", 31.0), ("F4", "001", "volunteers", 445.0)]
    assert problems(sheet) == []


def test_this_months_occurrences_and_the_month_end_figures_in_one_list() -> None:
    """工作内容 | 计量单位 | 本月发生数 | 截至月底数: a flow fills the first, a stock the second."""
    sheet = grid(("建设街社区2025年12月工作情况统计",), ("序号", "工作内容", "计量单位", "本月发生数", "截至月底数"),
                 (1, "受理诉求", "件", 30, ""), (2, "低保户", "户", "", 9), (3, "注册志愿者", "人", "", 445))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 30.0), ("E4", "001", "dibao_households", 9.0),
                             ("E5", "001", "volunteers", 445.0)]
    assert problems(sheet) == []


def test_what_happened_this_month_and_what_stands_at_its_end_in_one_list() -> None:
    """项目 | 单位 | 本月发生 | 月末实有: the time of the month before a figure word (发生, 实有)."""
    sheet = grid(("建设街社区2025年12月工作情况统计",), ("序号", "项目", "单位", "本月发生", "月末实有"),
                 (1, "受理诉求", "件", 30, ""), (2, "低保户", "户", "", 9), (3, "注册志愿者", "人", "", 445))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 30.0), ("E4", "001", "dibao_households", 9.0),
                             ("E5", "001", "volunteers", 445.0)]
    assert problems(sheet) == []


def test_a_figure_column_headed_by_measures_only_beside_labels_naming_the_indicators() -> None:
    """截至4月30日 | 人数/户数 over 常住户（户） | 4139: the header says what the figures count, the rows
    which indicator — the column holds the month's figures."""
    sheet = grid(("建设街社区2026年4月工作报表",), ("本月工作", "本月", "", "截至4月30日", "人数/户数"),
                 ("受理诉求（件）", 55, "", "常住户（户）", 4139), ("办结（件）", 49, "", "常住人口（人）", 11594),
                 ("宣讲（次）", 3, "", "党员（名）", 348))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 55.0), ("B4", "001", "petitions_resolved", 49.0),
                             ("B5", "001", "lectures_held", 3.0), ("E3", "001", "households", 4139.0),
                             ("E4", "001", "residents", 11594.0), ("E5", "001", "party_members", 348.0)]
    assert problems(sheet) == []


def test_a_label_typed_over_two_rows_without_a_merge_is_one_label() -> None:
    """（一） | 受理居民群众反映的各类 over  | 诉求（件） | 76: the row without an item number ends the
    label begun above (诉求 alone is 受理 or 办结); an item with its own number stays what it says."""
    sheet = grid(("建设街社区2026年1月工作报表",), ("序号", "项目", "数据", "备注"), ("一、", "民生服务"),
                 ("（一）", "受理居民群众反映的各类"), ("", "诉求（件）", 76), ("（二）", "已办结（件）", 75))
    assert loaded(sheet) == [("C5", "001", "petitions_received", 76.0), ("C6", "001", "petitions_resolved", 75.0)]
    assert problems(sheet) == []


def test_a_bare_object_beside_the_part_that_takes_one_reading_is_the_whole() -> None:
    """岗位 | 公益岗: 公益岗 is 公益性岗位数, so the bare 岗位 — saying nothing 新增就业岗位数 does not —
    is the whole; alone it stays a question."""
    sheet = grid(("和平街道社区工作数据汇总（2026年4月）",), ("社区", "岗位（个）", "公益岗（个）"), ("建设街", 4, 1))
    assert loaded(sheet) == [("B3", "001", "jobs_created", 4.0), ("C3", "001", "public_welfare_jobs", 1.0)]
    alone = grid(("和平街道社区工作数据汇总（2026年4月）",), ("社区", "岗位（个）", "党员（名）"), ("建设街", 4, 243))
    assert problems(alone) == [("B2", "unknown_header")]


def test_a_quarters_running_sum_beside_the_month_is_computed_not_a_question() -> None:
    """项目 | 单位 | 3月 | 一季度累计: the sum of 1—3月 beside March's figure; never loaded, never a problem."""
    sheet = grid(("建设街社区2026年3月份工作统计",), ("项目", "单位", "3月", "一季度累计", "备注"),
                 ("受理诉求", "件", 59, 203, ""), ("注册志愿者", "人", 1797, "", ""))
    assert loaded(sheet) == [("C3", "001", "petitions_received", 59.0), ("C4", "001", "volunteers", 1797.0)]
    assert problems(sheet) == []


def test_this_quarter_beside_its_months_under_one_heading_is_their_quarter() -> None:
    """志愿服务人次 over 10月 | 11月 | 12月 | 本季度 in a 第四季度 report: 本季度 is 2025-Q4, never a
    second figure for December (which the 12月 column holds)."""
    sheet = grid(("和平街道2025年第四季度志愿服务季报",), ("社区", "志愿服务人次", "", "", ""),
                 ("", "10月", "11月", "12月", "本季度"), ("建设街", 317, 404, 335, 1056), ("商业街", 396, 193, 204, 793),
                 merged=((1, 1, 1, 4), (1, 0, 2, 0)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.value) for v in extraction.values if v.period.grain == "month"] == [
        ("B4", "2025-10", 317), ("C4", "2025-11", 404), ("D4", "2025-12", 335),
        ("B5", "2025-10", 396), ("C5", "2025-11", 193), ("D5", "2025-12", 204)]
    assert {(v.cell_ref, v.period.period) for v in extraction.values if v.period.grain != "month"} <= {
        ("E4", "2025-Q4"), ("E5", "2025-Q4")}
    assert not [p for p in extraction.problems if p.problem_code == "duplicate_value"]


def test_a_sheet_of_instructions_with_an_example_table_is_no_missed_table() -> None:
    """填报说明 with a 填报示例 under it (XX社区 and made-up figures, or rows marked 示例): nothing to
    read and nothing to report — the figures only show how to fill the form."""
    by_name = grid(("填报说明",), ("1. 各社区每月5日前报街道。",), ("填报示例：",),
                   ("社区", "巡逻队员（人）", "治安案件（起）"), ("XX社区", 45, 0), ("（例）某某社区", 60, 1))
    by_mark = grid(("填报说明",), ("填报示例：",), ("指标", "单位", "本月数", "备注"),
                   ("受理居民诉求", "件", 35, "示例"), ("在册党员", "名", 210, "示例"))
    for sheet in (by_name, by_mark):
        extraction = extract_sheet(sheet, CONTEXT)
        assert extraction.values == [] and extraction.problems == []


def test_a_progress_form_reads_the_month_and_year_to_date_and_passes_over_targets_and_words() -> None:
    """项目 | 计量单位 | 本月 | 1-3月累计 | 一季度目标 | 完成情况说明 of one community: the month's and the
    year-to-date figures are read, the target and the words are no figures and no problems."""
    sheet = grid(("建设街社区2025年3月重点工作推进表",),
                 ("项目", "计量单位", "本月", "1-3月累计", "一季度目标", "完成情况说明"),
                 ("受理居民诉求", "件", 33, 98, 90, "按期办结"), ("城镇新增就业", "人", 7, 19, 30, ""))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref, v.indicator_code, v.period.period, v.is_cumulative, v.value)
                  for v in extraction.values) == [
        ("C3", "petitions_received", "2025-03", False, 33), ("C4", "people_employed", "2025-03", False, 7),
        ("D3", "petitions_received", "2025-03", True, 98), ("D4", "people_employed", "2025-03", True, 19)]
    assert extraction.problems == []


def test_an_export_with_the_months_value_and_the_years_value_in_words_of_its_own() -> None:
    """统计期 | 社区 | 指标名称 | 本月值 | 本年累计值: the month's figure and the year to date."""
    sheet = grid(("统计期", "社区", "指标名称", "计量单位", "本月值", "本年累计值"),
                 ("2025年03月", "建设街社区", "受理居民诉求", "件", 60, 171))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref, v.is_cumulative, v.value) for v in extraction.values) == [
        ("E2", False, 60), ("F2", True, 171)]
    assert extraction.problems == []


CULTURE_STREET = CommunityMatcher(
    [RegistryCommunity("654201001004", "文化街社区居委会", "654201001"),
     RegistryCommunity("654201001001", "建设街社区居委会", "654201001")],
    [RegistryStreet("654201001", "和平街道", "654201")], {})


def test_a_row_of_domain_headings_is_a_header_row_though_one_reads_like_a_community() -> None:
    """主要工作指标 over 党建 | 文化 over the indicators, nothing merged: 文化 is the heading of 文化活动,
    not 文化街社区 by its name less 街 — the three rows are one header."""
    sheet = grid(("和平街道2025年3月社区工作统计表",), ("社区", "主要工作指标", "", ""), ("", "党建", "", "文化"),
                 ("", "党员人数(人)", "结对帮扶对数(对)", "文化活动场次(场)"), ("建设街社区", 469, 30, 16),
                 ("文化街社区", 375, 44, 2))
    extraction = extract_sheet(sheet, replace(CONTEXT, matcher=CULTURE_STREET))
    assert sorted((v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values) == [
        ("B5", "001", "party_members", 469), ("B6", "004", "party_members", 375),
        ("C5", "001", "pairings", 30), ("C6", "004", "pairings", 44),
        ("D5", "001", "cultural_activities", 16), ("D6", "004", "cultural_activities", 2)]
    assert extraction.problems == []


def test_the_person_answering_for_each_line_is_no_figure_and_no_problem() -> None:
    """序号 | 工作项目 | 完成数 | 单位 | 责任人 with 「罗丹 13608512274」: a name and a phone, never a column to map."""
    sheet = grid(("建设街社区2025年1月工作统计表",), ("序号", "工作项目", "完成数", "单位", "责任人"),
                 (1, "受理诉求", 22, "件", "罗丹 13608512274"), (2, "调解纠纷", 2, "起", "王强 13885110932"))
    assert loaded(sheet) == [("C3", "001", "petitions_received", 22), ("C4", "001", "disputes_mediated", 2)]
    assert problems(sheet) == []


def test_a_category_column_beside_cells_of_label_and_figure_pairs() -> None:
    """类别 | 工作数据（指标：数值）: each cell packs 「受理诉求：33件；办结：32件」 — rows of data, never
    more header rows (no cell of a header pairs a label with a counted figure)."""
    sheet = grid(("建设街社区2025年10月工作情况统计",), ("类别", "工作数据（指标：数值）", "备注"),
                 ("民情诉求", "受理诉求：33件；办结：32件", "含假期值班受理"),
                 ("民政救助", "低保：26户48人；低保金：27,400元", ""))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 33.0), ("B3", "001", "petitions_resolved", 32.0),
                             ("B4", "001", "dibao_households", 26.0), ("B4", "001", "dibao_persons", 48.0),
                             ("B4", "001", "dibao_payout_yuan", 27400.0)]
    assert problems(sheet) == []


def test_the_figure_a_checker_verified_stands_over_the_one_first_reported() -> None:
    """帮扶困难群众（人） over 社区上报 | 街道核定: the verified figure is the value; the reported one a
    first figure the street revised (a label)."""
    sheet = grid(("和平街道2026年2月走访慰问统计",), ("社区", "帮扶困难群众（人）", ""), ("", "社区上报", "街道核定"),
                 ("建设街社区", 71, 68), ("商业街社区", 56, 56), merged=((1, 1, 1, 2), (1, 0, 2, 0)))
    assert loaded(sheet) == [("C4", "001", "people_assisted", 68.0), ("C5", "003", "people_assisted", 56.0)]
    assert problems(sheet) == []


def test_a_part_on_the_group_level_over_this_month_and_the_year_to_date() -> None:
    """实现就业（人） | 其中：家政带动就业（人）, each over 本月 | 累计: the 其中 group is a part of
    the figure beside it, never a rival that would leave both unread."""
    sheet = grid(("和平街道2026年3月就业统计",), ("社区", "实现就业（人）", "", "其中：家政带动就业（人）", ""),
                 ("", "本月", "累计", "本月", "累计"), ("建设街社区", 34, 54, 1, 2),
                 merged=((1, 1, 1, 2), (1, 3, 1, 4), (1, 0, 2, 0)))
    assert [(ref, code, value) for ref, _, code, value in loaded(sheet)] == [
        ("B4", "people_employed", 34.0), ("C4", "people_employed", 54.0)]
    assert problems(sheet) == []


def test_a_blank_cell_is_nought_only_where_the_sheet_says_so() -> None:
    """填表说明：表内空白栏表示“无”（即为0）over items down, communities across: each blank figure of
    a known item is 0; without that line a blank is not reported, never a nought."""
    rows = (("项目", "单位", "建设街", "商业街"), ("治安案件", "起", "", 2), ("调解纠纷", "起", 5, ""))
    said = grid(("和平街道2026年1月平安建设工作统计",), ("填表说明：表内空白栏表示“无”（即为0），不再填写“0”。",), *rows)
    assert sorted(loaded(said)) == [("C4", "001", "security_cases", 0.0), ("C5", "001", "disputes_mediated", 5.0),
                                    ("D4", "003", "security_cases", 2.0), ("D5", "003", "disputes_mediated", 0.0)]
    unsaid = grid(("和平街道2026年1月平安建设工作统计",), *rows)
    assert sorted(loaded(unsaid)) == [("C4", "001", "disputes_mediated", 5.0), ("D3", "003", "security_cases", 2.0)]


def test_done_over_task_in_one_cell_is_the_done_figure() -> None:
    """老年人免费体检（人）完成数/任务数 over 15/30: 15 is the month's figure, 30 the quarter's task —
    never a figure of any indicator."""
    sheet = grid(("和平街道2026年1月为老服务月报表",), ("社区", "65岁以上老年人免费\n健康体检（人）\n完成数/任务数"),
                 ("建设街社区", "15/30"), ("商业街社区", "9/45"))
    assert loaded(sheet) == [("B3", "001", "free_health_checks", 15.0), ("B4", "003", "free_health_checks", 9.0)]
    assert problems(sheet) == []
