"""Readings of a street office's and its communities' habits the 温州 blind corpus showed: an estate's
组团 written for the 社区 of its name, one sheet a month named 「25.9」, a stock group 「12月末在册」 in a
quarter's table, the amount again in 大写, a group heading over the label column, and one figure
merged over two communities' rows. Grids straight to the layout, with the helpers of
tests/test_layout_readings.py."""

from dataclasses import replace

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.layout import extract_sheet
from ingest.layout.model import is_total
from ingest.readers import SheetGrid


def test_an_estates_zutuan_name_is_the_community_of_that_name() -> None:
    """千户组团 | 45 among 建设街社区 …: older clerks still write the 组团 (cluster) of an estate that
    became the 社区 of its name; the row is 千户社区's."""
    sheet = grid(("和平街道2025年9月民情诉求汇总",), ("社区", "受理诉求", "办结"),
                 ("建设街社区", 45, 44), ("千户组团", 66, 61))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 45.0), ("C3", "001", "petitions_resolved", 44.0),
                             ("B4", "005", "petitions_received", 66.0), ("C4", "005", "petitions_resolved", 61.0)]
    assert problems(sheet) == []


def test_sheets_named_by_a_two_digit_year_and_month_are_those_months() -> None:
    """「25.9」「25.10」 in a workbook 「千户社区月报（9-11月）」 whose titles say no month: each sheet
    is its month (the same 25.9 in a cell would be a number)."""
    context = replace(CONTEXT, file_name="千户社区月报（9-11月）.xlsx")
    for name, month in (("25.9", "2025-09"), ("25.10", "2025-10")):
        rows = grid(("千户社区月报",), ("项目", "单位", "本月"), ("受理诉求", "件", 70), ("调解纠纷", "起", 5)).rows
        got = extract_sheet(SheetGrid(name, rows), context)
        assert [(v.cell_ref, v.period.period, v.indicator_code) for v in got.values] == [
            ("C3", month, "petitions_received"), ("C4", month, "disputes_mediated")]


def test_a_months_end_register_group_in_a_quarters_table_is_that_month() -> None:
    """治安案件 over 10月 | 11月 | 12月 beside 「12月末在册」 over 巡逻队员 | 信息员 in a 第四季度 report:
    the stocks are December's, not the quarter's."""
    sheet = grid(("和平街道2025年第四季度平安建设报表",),
                 ("社区", "治安案件（起）", "", "", "12月末在册", ""),
                 ("", "10月", "11月", "12月", "巡逻队员", "平安信息员"),
                 ("建设街社区", 2, 1, 3, 62, 31),
                 merged=((1, 1, 1, 3), (1, 4, 1, 5), (1, 0, 2, 0)))
    got = [(v.cell_ref, v.period.period, v.indicator_code) for v in extract_sheet(sheet, CONTEXT).values]
    assert ("E4", "2025-12", "patrol_members") in got and ("F4", "2025-12", "informants") in got


def test_the_amount_again_in_capital_numerals_is_a_copy_not_a_rival() -> None:
    """发放金额（元） | 发放金额（大写） 「人民币伍万肆仟玖佰元整」 in a 低保金 voucher list: the figure is
    the 元 column; the 大写 column is its copy (no rival, no problem)."""
    sheet = grid(("和平街道城乡最低生活保障金发放明细（2025年10月）",),
                 ("社区", "保障户数（户）", "保障人数（人）", "发放金额（元）", "发放金额（大写）"),
                 ("建设街", 38, 61, 54900, "人民币伍万肆仟玖佰元整"))
    assert loaded(sheet) == [("B3", "001", "dibao_households", 38.0), ("C3", "001", "dibao_persons", 61.0),
                             ("D3", "001", "dibao_payout_yuan", 54900.0)]
    assert problems(sheet) == []


def test_a_group_heading_over_the_label_column_heads_the_rows_labels() -> None:
    """「综治、文化」 | 单位 | 数量 over 受理群众诉求 | 件 | 63: the heading names the group of rows
    (its 文化 is no figure's indicator); the labels below are the rows' indicators."""
    sheet = grid(("千户社区2026年2月工作报表",), ("综治、文化", "单位", "数量"),
                 ("受理群众诉求", "件", 63), ("调处矛盾纠纷", "起", 9), ("文体活动", "场", 8))
    context = replace(CONTEXT, file_name="千户社区2026年2月工作报表.xlsx")
    got = [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, context).values]
    assert got == [("C3", "petitions_received", 63.0), ("C4", "disputes_mediated", 9.0),
                   ("C5", "cultural_activities", 8.0)]


def test_a_figure_merged_over_two_communities_rows_is_no_ones() -> None:
    """巡逻队员 105 merged down over 建设街社区's and 商业街社区's rows (「两社区合并填报」): their sum,
    neither's figure — a problem naming both, never the top row's value; the 信息员 beside stand."""
    sheet = grid(("和平街道2025年12月平安建设报表",), ("社区", "巡逻队员", "平安信息员"),
                 ("建设街社区", 105, 36), ("商业街社区", "", 16),
                 merged=((2, 1, 3, 1),))
    assert loaded(sheet) == [("C3", "001", "informants", 36.0), ("C4", "003", "informants", 16.0)]
    assert problems(sheet) == [("B3", "shared_merged_value")]


def test_label_figure_lines_read_an_age_in_the_label_and_doubt_a_unit_the_reading_does_not_bear() -> None:
    """「项目：数值单位」 lines in one column: 65岁以上体检：72人 is a label with an age in it; 结对走访：62人
    reads by concepts as 结对帮扶对数 (counted in 对), which 人 does not bear out: a question, no value."""
    sheet = grid(("千户社区2026年1月报数",), ("民情受理：44件",), ("民情办结：43件",), ("65岁以上体检：72人",),
                 ("结对走访：62人",))
    context = replace(CONTEXT, file_name="千户社区2026年1月报数.csv")
    got = extract_sheet(sheet, context)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in got.values] == [
        ("A2", "petitions_received", 44.0), ("A3", "petitions_resolved", 43.0), ("A4", "free_health_checks", 72.0)]
    assert [(p.cell_ref, p.problem_code) for p in got.problems] == [("A5", "unknown_indicator")]


def test_paragraphs_numbered_in_arabic_figures_are_read_and_the_plan_is_not() -> None:
    """「1.本月共受理居民诉求65件，办结62件；」 … as a 工作小结: each figure its words name; the
    「下月计划：拟开展…活动3场左右」 line is a forecast, never a value."""
    sheet = grid(("千户社区2025年12月工作小结",), ("1.本月共受理居民诉求65件，办结62件；",),
                 ("2.调处矛盾纠纷4起，辖区发生治安案件3起；",), ("",),
                 ("下月计划：迎新春，拟开展文体活动3场左右。",), ("千户社区  2026.1.5",))
    context = replace(CONTEXT, file_name="千户社区12月工作小结.xlsx")
    got = [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, context).values]
    assert got == [("A2", "petitions_received", 65.0), ("A2", "petitions_resolved", 62.0),
                   ("A3", "disputes_mediated", 4.0), ("A3", "security_cases", 3.0)]


def test_three_measures_listed_in_the_label_give_three_figures_of_one_cell() -> None:
    """低保（户/人/元） | 户/人/元 | 33/65/68250: 低保户数 33, 低保人数 65, 低保金 68250 — each with
    the cell as its lineage."""
    sheet = grid(("千户社区2025年11月各条线数据",), ("项目", "单位", "本月"), ("民情受理", "件", 53),
                 ("低保（户/人/元）", "户/人/元", "33/65/68250"))
    context = replace(CONTEXT, file_name="千户社区11月数据.ods")
    got = [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, context).values]
    assert got == [("C3", "petitions_received", 53.0), ("C4", "dibao_households", 33.0),
                   ("C4", "dibao_persons", 65.0), ("C4", "dibao_payout_yuan", 68250.0)]


def test_a_count_in_capital_numerals_with_its_unit_marked_daxie_is_that_count() -> None:
    """在册低保户： | 贰拾肆 | 户（大写）: a card row whose count is written in 大写 and says so beside it —
    the count (24), its row not dropped as a copy of an amount."""
    sheet = grid(("建设街社区2025年1月工作数据",), ("", ""), ("开发就业岗位：", "8个", ""),
                 ("在册低保户：", "贰拾肆", "户（大写）"), ("在册低保人口：", "肆拾捌", "人（大写）"))
    assert loaded(sheet) == [("B3", "001", "jobs_created", 8.0), ("B4", "001", "dibao_households", 24.0),
                             ("B5", "001", "dibao_persons", 48.0)]
    assert problems(sheet) == []


def test_a_remark_that_the_row_is_not_summed_is_no_total_row() -> None:
    """在册低保户 | 户 | 24 | 25 | 26 | / | 「时点数不合计」: the 备注 says the stock is not summed (不合计)
    — the opposite of a 合计 row; the row's figures are the months'."""
    sheet = grid(("建设街社区主要工作指标（10—12月）",), ("项目", "计量单位", "2025年", "", "", "合计", "备注"),
                 ("", "", "10月", "11月", "12月", "", ""), ("在册低保户", "户", 24, 25, 26, "/", "时点数不合计"),
                 merged=((1, 2, 1, 4),))
    assert [(ref, code, value) for ref, _, code, value in loaded(sheet)] == [
        ("C4", "dibao_households", 24.0), ("D4", "dibao_households", 25.0), ("E4", "dibao_households", 26.0)]
    assert not is_total("时点数不合计") and not is_total("不计入合计") and is_total("合计")
