"""Ledgers and street returns read as the 兰州 blind corpus showed clerks write them: months across
a year end with the year only in the title's span, … (sheet helpers from tests/test_layout_readings.py)."""

from dataclasses import replace

from ingest.layout import extract_sheet, extract_sheets
from test_layout_readings import CONTEXT, grid


def periods_loaded(sheet, file_name: str = "和平街道工作台账.xlsx") -> list[tuple[str, str, str, float]]:
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name=file_name))
    return [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extraction.values]


def test_months_across_a_year_end_take_their_year_from_the_titles_span() -> None:
    """9月 … 12月 1月 2月 under 2025年9月至2026年2月: the months from 1月 on are 2026's."""
    sheet = grid(("建设街社区2025年9月至2026年2月主要工作指标台账",),
                 ("序号", "指标", "单位", "11月", "12月", "1月", "2月"),
                 (1, "受理群众诉求", "件", 96, 102, 96, 40))
    assert periods_loaded(sheet) == [
        ("D3", "2025-11", "petitions_received", 96.0), ("E3", "2025-12", "petitions_received", 102.0),
        ("F3", "2026-01", "petitions_received", 96.0), ("G3", "2026-02", "petitions_received", 40.0)]


def test_indicator_codes_read_as_the_names_their_legend_sheet_gives() -> None:
    """A system export names each row's indicator by its code; the 指标说明 sheet says what each
    code is. The codes read as those names; the legend is labels."""
    data = replace(grid(("统计期", "单位代码", "单位名称", "指标代码", "本期值"),
                        ("202602", "'654201001001", "建设街社区居委会", "SQ0401", 10),
                        ("202602", "'654201001001", "建设街社区居委会", "SQ0501", 12),
                        ("202602", "'654201001003", "商业街社区居委会", "SQ0401", 7)), name="数据")
    legend_sheet = replace(grid(("指标代码", "指标名称", "计量单位"), ("SQ0401", "65岁以上老年人免费健康体检", "人"),
                                ("SQ0501", "群众文化体育活动", "场"), ("SQ0502", "政策宣讲", "次")), name="指标说明")
    extraction, explained = extract_sheets([data, legend_sheet], CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.period.period, v.indicator_code, v.value) for v in extraction.values] == [
        ("E2", "001", "2026-02", "free_health_checks", 10.0), ("E3", "001", "2026-02", "cultural_activities", 12.0),
        ("E4", "003", "2026-02", "free_health_checks", 7.0)]
    assert (explained.values, [p.problem_code for p in explained.problems]) == ([], ["code_legend_sheet"])


def test_a_stock_under_its_changes_is_the_month_end_column() -> None:
    """在保户数 over 上月末 | 本月新增 | 本月停保 | 本月末: the month's stock is 本月末; the changes
    are its parts (labels, no problem), 上月末 last month's figure shown beside it."""
    sheet = grid(("和平街道城市低保动态管理月报表",), ("所属月份：2025年11月",),
                 ("序号", "社区", "在保户数（户）", None, None, None, "本月发放低保金（元）"),
                 (None, None, "上月末", "本月新增", "本月停保", "本月末", None),
                 (1, "建设街社区居委会", 33, 1, 2, 32, "￥42,283.00"),
                 merged=((2, 2, 2, 5), (2, 0, 3, 0), (2, 1, 3, 1), (2, 6, 3, 6)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extraction.values] == [
        ("F5", "2025-11", "dibao_households", 32.0), ("G5", "2025-11", "dibao_payout_yuan", 42283.0)]
    assert extraction.problems == []


def test_two_figures_in_one_cell_under_a_label_naming_two_things() -> None:
    """受理/办结群众诉求 | 111/98: two values in the label's order, each part completed by what the
    other says around it (受理 → 受理群众诉求, 人数 → 低保人数); 户/人 under 城市低保 likewise."""
    down = grid(("建设街社区2025年11月工作报表",), ("项目", "数据", "单位"),
                ("受理/办结群众诉求", "111/98", "件"), ("低保户数/人数", "36/54", "户/人"),
                ("巡逻队员/平安信息员", "88/9", "人"))
    assert periods_loaded(down) == [
        ("B3", "2025-11", "petitions_received", 111.0), ("B3", "2025-11", "petitions_resolved", 98.0),
        ("B4", "2025-11", "dibao_households", 36.0), ("B4", "2025-11", "dibao_persons", 54.0),
        ("B5", "2025-11", "patrol_members", 88.0), ("B5", "2025-11", "informants", 9.0)]
    across = grid(("和平街道2025年12月社会救助资金发放汇总表",), ("序号", "社区", "城市低保", None),
                  (None, None, "户/人", "发放金额（元）"), (1, "建设街", "33/63", 41296),
                  merged=((1, 2, 1, 3), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert sorted(periods_loaded(across)) == [
        ("C4", "2025-12", "dibao_households", 33.0), ("C4", "2025-12", "dibao_persons", 63.0),
        ("D4", "2025-12", "dibao_payout_yuan", 41296.0)]


def test_a_stock_merged_across_its_months_is_each_months_figure() -> None:
    """零就业家庭 2 written once over 10月末 | 11月末 | 12月末: 2 for each month. A flow merged the
    same way stays its first month's only (merged months of a flow could be their sum)."""
    sheet = grid(("和平街道2025年第四季度就业工作统计表",), ("序号", "社区", "零就业家庭（户）", None, None, "城镇新增就业（人）", None),
                 (None, None, "10月末", "11月末", "12月末", "10月", "11月"), (1, "建设街", 2, None, None, 9, None),
                 merged=((1, 2, 1, 4), (1, 5, 1, 6), (3, 2, 3, 4), (3, 5, 3, 6), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert periods_loaded(sheet) == [
        ("C4", "2025-10", "zero_employment_households", 2.0), ("D4", "2025-11", "zero_employment_households", 2.0),
        ("E4", "2025-12", "zero_employment_households", 2.0), ("F4", "2025-10", "people_employed", 9.0)]


def test_a_figure_written_as_ditto_is_the_figure_above() -> None:
    """Months down: 社区工作者 「同上」 and 「〃」 repeat the figure of the row above (through other
    ditto marks); a ditto under the header has nothing to repeat and is reported."""
    sheet = grid(("建设街社区基础数据月度台账",), ("月份", "社区工作者（人）", "平安信息员（人）"),
                 ("2025年9月", 18, "同上"), ("2025年10月", "同上", 6), ("2025年11月", "〃", "〃"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extraction.values] == [
        ("B3", "2025-09", "staff", 18.0), ("B4", "2025-10", "staff", 18.0), ("C4", "2025-10", "informants", 6.0),
        ("B5", "2025-11", "staff", 18.0), ("C5", "2025-11", "informants", 6.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("C3", "unreadable_value")]


def test_a_month_sent_late_beside_the_next_is_that_months() -> None:
    """10月 | 9月（补报）: September's figures sent with October's are September's."""
    sheet = grid(("建设街社区2025年10月工作报表",), ("序号", "项目", "单位", "10月", "9月（补报）"),
                 (1, "受理群众诉求", "件", 32, 49))
    assert periods_loaded(sheet) == [("D3", "2025-10", "petitions_received", 32.0),
                                     ("E3", "2025-09", "petitions_received", 49.0)]


def test_a_communitys_total_after_its_grid_columns_is_its_figure() -> None:
    """Indicators down, 第一网格 … 第三网格 then 社区合计: the total is the community's figure, the
    grids its parts (no problem); a total its neighbours do not add up to stays no figure."""
    sheet = grid(("和平街道建设街社区2025年12月工作月报",), ("序号", "指标", "单位", "第一网格", "第二网格", "第三网格", "社区合计"),
                 (1, "受理群众诉求", "件", 26, 15, 25, 66), (2, "社区工作者", "人", "—", "—", "—", 10))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("G3", "petitions_received", 66.0), ("G4", "staff", 10.0)]
    assert extraction.problems == []
    wrong = grid(("和平街道建设街社区2025年12月工作月报",), ("序号", "指标", "单位", "第一网格", "第二网格", "社区合计"),
                 (1, "受理群众诉求", "件", 26, 15, 66))
    assert extract_sheet(wrong, CONTEXT).values == []


def test_a_form_in_bands_reads_each_row_of_labels_over_its_figures() -> None:
    """A one-page form: labels with their units, the figures under them, then the next band."""
    sheet = grid(("建设街社区2026年3月工作报表",), ("受理诉求（件）", "办结诉求（件）", "调解纠纷（起）"), (42, 38, 7),
                 ("低保户数（户）", "低保人数（人）", "低保金（元）"), (14, 21, 15770))
    assert periods_loaded(sheet) == [
        ("A3", "2026-03", "petitions_received", 42.0), ("B3", "2026-03", "petitions_resolved", 38.0),
        ("C3", "2026-03", "disputes_mediated", 7.0), ("A5", "2026-03", "dibao_households", 14.0),
        ("B5", "2026-03", "dibao_persons", 21.0), ("C5", "2026-03", "dibao_payout_yuan", 15770.0)]


def test_figures_inside_sentences_are_read_as_a_person_reads_them() -> None:
    """「本月受理群众诉求89件，办结80件，其中暖气不热类诉求16件。」: 89 and 80, the part left out;
    「城市低保在保28户32人」: households and persons; a 序号 column's 1, 2 are no figures."""
    sheet = grid(("建设街社区2026年1月工作情况汇报表",), ("序号", "工作板块", "主要工作完成情况", "备注"),
                 (1, "民情诉求", "本月受理群众诉求89件，办结80件，其中暖气不热类诉求16件。"),
                 (2, "社会救助", "城市低保在保28户32人，发放低保金23,877元；为65岁以上老人免费体检7人。"))
    assert periods_loaded(sheet) == [
        ("C3", "2026-01", "petitions_received", 89.0), ("C3", "2026-01", "petitions_resolved", 80.0),
        ("C4", "2026-01", "dibao_households", 28.0), ("C4", "2026-01", "dibao_persons", 32.0),
        ("C4", "2026-01", "dibao_payout_yuan", 23877.0), ("C4", "2026-01", "free_health_checks", 7.0)]


def test_remarks_with_figures_beside_a_table_are_no_sentences_to_read() -> None:
    sheet = grid(("建设街社区2026年1月工作报表",), ("项目", "本月", "备注"),
                 ("受理群众诉求", 89, "含供暖前管网打压试水漏水诉求5件"), ("办结群众诉求", 80, "9月26日受理的7件已计入本期"))
    assert periods_loaded(sheet) == [("B3", "2026-01", "petitions_received", 89.0),
                                     ("B4", "2026-01", "petitions_resolved", 80.0)]


def test_the_streets_own_row_with_its_code_heads_the_unit_tree_as_a_label() -> None:
    """A reporting system's unit tree: the street's row (9-digit code, 和平街道) first, holding the
    totals, then its communities: the street row is no community and no problem."""
    sheet = grid(("城关区社区基础信息统计表",), ("单位代码", "单位名称", "常住户数（户）"),
                 ("'654201001", "和平街道", 40861), ("'654201001001", "　　建设街社区居委会", 2871))
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name="社区基础信息统计表_202509.xlsx"))
    assert [(v.cell_ref, v.community_code[-3:], v.value) for v in extraction.values] == [("C4", "001", 2871.0)]
    assert extraction.problems == []


def test_a_part_said_with_qizhong_that_names_no_indicator_is_a_label() -> None:
    """受理诉求 | 其中：12345热线转办 across, 其中：按期办结 down: parts of the figure before them,
    naming no indicator of their own — labels, not unknown headers."""
    across = grid(("和平街道2025年10月民情诉求月报",), ("序号", "社区", "受理诉求（件）", "其中：12345热线转办", "办结（件）"),
                  (1, "建设街社区", 32, 8, 28))
    extraction = extract_sheet(across, CONTEXT)
    assert [(v.cell_ref, v.indicator_code) for v in extraction.values] == [("C3", "petitions_received"), ("E3", "petitions_resolved")]
    assert extraction.problems == []
    down = grid(("建设街社区2026年3月工作报表",), ("编号", "项目", "单位", "本月"), ("1.1", "受理群众诉求", "件", 38),
                ("1.2", "办结群众诉求", "件", 36), ("1.2.1", "其中：按期办结", "件", 35))
    extraction = extract_sheet(down, CONTEXT)
    assert [(v.cell_ref, v.indicator_code) for v in extraction.values] == [("D3", "petitions_received"), ("D4", "petitions_resolved")]
    assert extraction.problems == []


def test_sentences_beside_a_table_of_figures_are_notes_not_figures() -> None:
    """A paragraph of 工作亮点 under a table: its figures are the table's to give, not read twice."""
    sheet = grid(("建设街社区2026年1月工作报表",), ("项目", "本月"), ("受理群众诉求", 89), (None,),
                 ("工作亮点",), ("本月受理群众诉求89件，较上月增加12件。",), ("开展群众文化活动4场、政策宣讲5次。",))
    assert periods_loaded(sheet) == [("B3", "2026-01", "petitions_received", 89.0)]


def test_a_table_with_codes_beside_its_figures_is_no_legend() -> None:
    """指标代码 | 指标名称 | 计量单位 | 本月 on one sheet: a table of figures, read as such; a legend
    explains codes another sheet uses, and holds no figures itself."""
    sheet = replace(grid(("建设街社区2026年1月统计报表",), ("指标代码", "指标名称", "计量单位", "本月"),
                         ("A01", "受理群众诉求", "件", 30), ("A02", "办结群众诉求", "件", 26), ("A03", "人民调解纠纷", "起", 9)),
                    name="统计报表")
    codes_only = replace(grid(("指标代码", "本期值"), ("A01", 12), ("A02", 10), ("A03", 2)), name="数据")
    table, _ = extract_sheets([sheet, codes_only], CONTEXT)
    assert [(v.cell_ref, v.indicator_code) for v in table.values] == [
        ("D3", "petitions_received"), ("D4", "petitions_resolved"), ("D5", "disputes_mediated")]
    assert table.problems == []


def test_a_cell_of_a_slash_column_not_written_as_two_figures_is_one_problem() -> None:
    """受理/办结 | 111/98, 12/10, 30: the lone 30 is neither figure for sure — one problem, no value."""
    sheet = grid(("和平街道2025年11月诉求办理汇总表",), ("序号", "社区", "受理/办结群众诉求"),
                 (1, "建设街社区", "111/98"), (2, "商业街社区", "12/10"), (3, "千户社区", "30"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code) for v in extraction.values] == [
        ("C3", "petitions_received"), ("C3", "petitions_resolved"), ("C4", "petitions_received"), ("C4", "petitions_resolved")]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("C5", "unreadable_value")]
