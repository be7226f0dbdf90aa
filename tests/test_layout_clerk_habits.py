"""Habits of clerks the 南宁 corpus showed, read in general: figures per grid summed when a note says
they are all the grids, and the like. (Sheet helpers from tests/test_layout_readings.py.)"""

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid, loaded


def grids(*note: str):
    return grid(("建设街社区2025年2月分网格工作数据",), ("网格", "网格员", "受理诉求（件）", "平安信息员（人）"),
                ("第1网格", "岑桂芳", 6, 3), ("第2网格", "黄志刚", 8, 3), ("第3网格", "韦秋菊", 6, 5),
                (None,), *[(text,) for text in note])


def test_figures_per_grid_noted_as_all_the_grids_are_the_communitys_sum() -> None:
    """No 社区合计 row; 「以上为全部网格数据」: the community's figure is the sum, on the first grid's cell
    (a stock equal in two grids is added too, not taken for one figure written twice)."""
    assert loaded(grids("注：本社区共划分3个网格，以上为全部网格数据。")) == [
        ("C3", "001", "petitions_received", 20.0), ("D3", "001", "informants", 11.0)]


def test_figures_per_grid_without_such_a_note_are_never_summed() -> None:
    extraction = extract_sheet(grids("注：网格员按月报送。"), CONTEXT)
    assert all(v.value in (6.0, 3.0) for v in extraction.values)
    assert "duplicate_value" in {p.problem_code for p in extraction.problems}


def test_a_second_submission_of_an_online_form_replaces_the_first() -> None:
    """金山表单: one row per submission; the later row says 以本次为准."""
    sheet = grid(("序号", "提交时间", "1、所在社区", "2、本月受理群众诉求（件）", "3、备注"),
                 (1, "2026-04-03 09:56:44", "建设街社区", 92, None),
                 (2, "2026-04-03 10:10:10", "商业街社区", 40, None),
                 (3, "2026-04-03 16:20:41", "建设街社区", 29, "第一次填报有误，以本次为准"))
    assert loaded(sheet) == [("D3", "003", "petitions_received", 40.0), ("D4", "001", "petitions_received", 29.0)]


def test_last_months_stock_beside_this_months_is_never_loaded() -> None:
    """上月底在保 | 本月新增 | 本月底在保, each over 户数 | 人数: only 本月底 is the month's stock; without the
    rule both 在保 groups land on 低保户数 and neither is taken."""
    sheet = grid(("和平街道2025年12月城市低保动态管理统计表",),
                 ("序号", "社区", "上月底在保", None, "本月新增", None, "本月底在保", None),
                 (None, None, "户数", "人数", "户数", "人数", "户数", "人数"),
                 (1, "建设街社区", 25, 49, 1, 2, 26, 51),
                 merged=((1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert loaded(sheet) == [("G4", "001", "dibao_households", 26.0), ("H4", "001", "dibao_persons", 51.0)]


def test_last_months_stock_said_in_a_bracket_beside_this_months_is_never_loaded() -> None:
    """治安巡逻队员(上月末) | 治安巡逻队员(本月末): the same name twice, told apart only by the bracket;
    the 上月末 column is last month's stock (a note), the 本月末 column the month's."""
    sheet = grid(("和平街道2026年2月平安建设情况",), ("社区", "治安巡逻队员(上月末)", "治安巡逻队员(本月末)", "治安案件(宗)"),
                 ("建设街社区", 56, 58, 1), ("商业街社区", 44, 44, 0))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C3", "patrol_members", 58.0), ("D3", "security_cases", 1.0),
        ("C4", "patrol_members", 44.0), ("D4", "security_cases", 0.0)]
    assert extraction.problems == []


def test_an_opening_column_alone_is_a_note() -> None:
    sheet = grid(("建设街社区2026年5月工作统计表",), ("项目", "单位", "期初", "期末"), ("党员", "名", 477, 479))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == [("D3", 479.0)]
    assert extraction.problems == []


def test_a_cut_off_date_column_is_the_period() -> None:
    """统计截止 2025-11-30 beside the figures: November, not the export date."""
    sheet = grid(("区划代码", "注册志愿者数", "统计截止"), ("654201001001", 1190, "2025-11-30"))
    assert [(v.cell_ref, v.period.period, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B2", "2025-11", 1190.0)]


def test_a_part_said_with_qizhong_after_its_whole_is_not_its_rival() -> None:
    """城镇新增就业（人） | 其中：就业困难人员实现就业（人）: both read as 实现就业人数, equally well; the
    其中 column is a part of the one before it, which keeps the indicator."""
    sheet = grid(("和平街道2026年1月就业工作报表",),
                 ("序号", "社区", "城镇新增就业（人）", "其中：就业困难人员实现就业（人）"), (1, "建设街社区", 7, 2))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [("C3", "people_employed", 7.0)]
    assert extraction.problems == []


def test_two_figures_with_two_units_give_the_one_in_the_indicators_unit() -> None:
    """文体活动（场/参与人次） over 18场/约430人次: 18 场 is 文化活动场次; the 人次 are another measure."""
    sheet = grid(("和平街道2026年4月文化活动统计表",), ("序号", "社区", "文体活动（场/参与人次）", "政策宣讲（次）"),
                 (1, "建设街社区", "18场/约430人次", 5), (2, "商业街社区", "6场/约200人次", 1))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C3", "cultural_activities", 18.0), ("D3", "lectures_held", 5.0),
        ("C4", "cultural_activities", 6.0), ("D4", "lectures_held", 1.0)]
    assert extraction.problems == []


def test_loans_counted_then_their_amount_in_wan_give_the_amount_in_yuan() -> None:
    """创业担保贷款 over 2笔/50万 (0 where none): the amount, 500000 元; the 笔 are the loans counted."""
    sheet = grid(("和平街道2025年12月就业创业情况",), ("序号", "社区", "创业担保贷款", "实现就业"),
                 (1, "建设街社区", "2笔/50万", 5), (2, "商业街社区", "0", 3), (3, "千户社区", "1笔/10万元", 2))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values if v.indicator_code == "micro_loans_yuan"] == [
        ("C3", "micro_loans_yuan", 500000.0), ("C4", "micro_loans_yuan", 0.0), ("C5", "micro_loans_yuan", 100000.0)]
    assert extraction.problems == []


def test_labels_asked_as_questions_are_read_with_their_unit() -> None:
    """桂雅's form: 填报内容 | 填报数据, each label a question (多少件, 多少户、多少人 → 「21户29人」)."""
    sheet = grid(("建设街社区2026年3月社区工作情况填报",), ("序号", "填报内容", "填报数据", "备注"),
                 (1, "本月共受理居民诉求多少件", 28), (2, "其中已办结多少件", 27), (3, "现有低保多少户、多少人", "21户29人"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C3", "petitions_received", 28.0), ("C4", "petitions_resolved", 27.0),
        ("C5", "dibao_households", 21.0), ("C5", "dibao_persons", 29.0)]
    assert extraction.problems == []


def test_two_bare_figures_under_a_label_saying_households_and_persons() -> None:
    """低保（户/人） | 29/49 | 户/人: the households first, as the label says them."""
    sheet = grid(("建设街社区2026年5月工作数据",), ("项目", "数值", "单位"), ("受理群众诉求", 97, "件"),
                 ("低保（户/人）", "29/49", "户/人"))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 97.0), ("B4", "001", "dibao_households", 29.0),
                             ("B4", "001", "dibao_persons", 49.0)]


@pytest.mark.parametrize("label, unit, written, households, persons", [
    ("低保户数（人数）", "户（人）", "8（14）", 8.0, 14.0),      # the label's order, the persons in brackets
    ("城市低保", "人（户）", "49人（30户）", 30.0, 49.0),        # the persons first, each with its measure word
    ("低保", "户/人", "53人（34户）", 34.0, 53.0),
    ("低保", "户（人）", "34户（53人）", 34.0, 53.0),
])
def test_households_and_persons_in_one_cell_in_either_order(label, unit, written, households, persons) -> None:
    sheet = grid(("建设街社区2026年1月工作月报",), ("序号", "工作内容", "单位", "完成情况"), (1, "受理群众诉求", "件", 52),
                 (2, label, unit, written), (3, "治安案件", "起", "一起"))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 52.0), ("D4", "001", "dibao_households", households),
                             ("D4", "001", "dibao_persons", persons), ("D5", "001", "security_cases", 1.0)]


@pytest.mark.parametrize("written, jobs, welfare", [("12个（其中公益性岗位3个）", 12.0, 3.0), ("24（其中公益性岗位0个）", 24.0, 0.0),
                                                   ("7个(含公益性岗位2个)", 7.0, 2.0)])
def test_a_part_naming_an_indicator_of_its_own_is_that_indicators_figure(written, jobs, welfare) -> None:
    """新增就业岗位 | 12个（其中公益性岗位3个）: 12 new jobs, of which 3 public-welfare jobs — two values of
    one cell; a part naming the row's own indicator (80件（含12345转办26件）) leaves the whole figure alone."""
    sheet = grid(("建设街社区2025年11月工作情况",), ("序号", "项目", "单位", "本月"),
                 (1, "受理诉求", "件", "80件（含12345转办26件）"), (2, "新增就业岗位", "个", written))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 80.0), ("D4", "001", "jobs_created", jobs),
                             ("D4", "001", "public_welfare_jobs", welfare)]


def test_ditto_marks_repeat_the_figure_above() -> None:
    """A ledger with months as rows: 同上 and 〃 for a stock that did not change; a mark under a header
    has no figure to repeat and stays a problem."""
    sheet = grid(("建设街社区工作台账（2025年11月—2026年1月）",), ("月份", "党员（名）", "社区工作者（人）"),
                 ("2025年11月", 258, "同上"), ("12月", "同上", 13), ("2026年1月", 260, "〃"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.indicator_code, v.value, v.raw_text) for v in extraction.values] == [
        ("B3", "2025-11", "party_members", 258.0, "258"), ("B4", "2025-12", "party_members", 258.0, "同上"),
        ("C4", "2025-12", "staff", 13.0, "13"), ("B5", "2026-01", "party_members", 260.0, "260"),
        ("C5", "2026-01", "staff", 13.0, "〃")]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("C3", "unreadable_value")]


def test_an_items_number_says_its_group() -> None:
    """4 城市低保 (no figure) over 4.1 户数 | 4.2 人数: 低保户数 and 低保人数, while 1.1 户数 under 1 基本情况
    is 常住户数; 2.1.1 12345转办 under 2.1 受理 (a line with its own figure) stays unknown."""
    sheet = grid(("建设街社区2025年11月工作情况统计表",), ("序号", "项目", "单位", "本月"),
                 ("1", "基本情况"), ("1.1", "户数", "户", 3237), ("2", "民情诉求"), ("2.1", "受理", "件", 43),
                 ("2.1.1", "12345转办", "件", 5), ("4", "城市低保"), ("4.1", "户数", "户", 25), ("4.2", "人数", "人", 49))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("D4", "households", 3237.0), ("D6", "petitions_received", 43.0),
        ("D9", "dibao_households", 25.0), ("D10", "dibao_persons", 49.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("A7", "unknown_indicator")]


def test_figures_in_sentences_are_each_read_by_their_own_words() -> None:
    """完成情况 written as sentences: each figure with a count unit is the indicator its words name;
    65岁 is no figure; 排查 names nothing of the catalogue; 未发生治安案件 is 0 cases."""
    sheet = grid(("建设街社区2025年12月工作完成情况",), ("序号", "工作项目", "完成情况"),
                 (1, "群众诉求", "受理群众诉求45件，已办结43件"),
                 (2, "城市低保", "在保27户44人，发放低保金44200元"),
                 (3, "为老服务", "为65岁以上老人免费体检41人，走访慰问困难群众20人"),
                 (4, "平安建设", "现有平安信息员24人，辖区未发生治安案件"),
                 (5, "志愿服务", "组织开展志愿服务120人次左右"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C3", "petitions_received", 45.0), ("C3", "petitions_resolved", 43.0),
        ("C4", "dibao_households", 27.0), ("C4", "dibao_persons", 44.0), ("C4", "dibao_payout_yuan", 44200.0),
        ("C5", "free_health_checks", 41.0), ("C5", "people_assisted", 20.0),
        ("C6", "informants", 24.0), ("C6", "security_cases", 0.0), ("C7", "volunteer_person_times", 120.0)]


def test_rows_of_sentences_under_a_two_word_header_are_lines_not_more_header() -> None:
    """类别 | 完成情况 and no 序号: 民情诉求 | 「受理居民诉求47件…」 is a line (its sentence counts
    things), not a second header row; the title's year may be written 二〇二五年."""
    sheet = grid(("建设街社区二〇二五年十一月工作情况",), ("类别", "完成情况"),
                 ("民情诉求", "本月共受理居民诉求47件，办结47件，调解矛盾纠纷1起。"),
                 ("社会救助", "在保城市低保7户13人，发放低保金10660元。"),
                 ("文化宣讲", "组织文体活动4场、政策宣讲5次。"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("B3", "petitions_received", 47.0), ("B3", "petitions_resolved", 47.0), ("B3", "disputes_mediated", 1.0),
        ("B4", "dibao_households", 7.0), ("B4", "dibao_persons", 13.0), ("B4", "dibao_payout_yuan", 10660.0),
        ("B5", "cultural_activities", 4.0), ("B5", "lectures_held", 5.0)]
    assert {v.period.period for v in extraction.values} == {"2025-11"}


def test_a_stocks_level_said_beside_its_change_is_the_stock() -> None:
    """注册志愿者 | 「本月新增9人，累计818人」: 818 registered (the 9 new are among them)."""
    sheet = grid(("建设街社区2025年9月工作报表",), ("类别", "项目", "单位", "本月"),
                 ("志愿", "注册志愿者", "人", "本月新增9人，累计818人"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [("D3", "volunteers", 818.0)]


def test_two_figures_of_a_sentence_naming_one_indicator_are_neither_taken() -> None:
    sheet = grid(("建设街社区2025年12月工作完成情况",), ("序号", "工作项目", "完成情况"),
                 (1, "群众诉求", "受理群众诉求45件，受理来访诉求12件"))
    assert extract_sheet(sheet, CONTEXT).values == []


def test_an_online_forms_submission_facts_and_a_templates_sample_are_notes() -> None:
    """提交时间 | 提交者 | 填写时长 of a 金山表单 export, a template's 填写示例 column: never data, never a problem."""
    sheet = grid(("序号", "提交时间", "提交者", "填写时长", "1、所在社区", "2、本月受理群众诉求（件）", "填写示例"),
                 (1, "2026-04-02 09:00:00", "建设街社区 梁小燕", "4分23秒", "建设街社区", 60, 25))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [("F2", "petitions_received", 60.0)]
    assert extraction.problems == []


def test_a_stocks_changes_beside_its_opening_and_closing_are_notes() -> None:
    sheet = grid(("建设街社区2026年5月工作统计表",), ("项目", "单位", "期初", "本期增加", "本期减少", "期末"),
                 ("党员", "名", 477, 2, 0, 479))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == [("F3", 479.0)]
    assert extraction.problems == []


def test_a_row_of_units_under_the_headers_and_a_total_typed_over_two_lines() -> None:
    """（户） | （人） | （栋） under 常住户数 | 常住人口 | 楼栋数 is the header's units (栋 a measure word the
    values need not know); 合⏎计 is the row's total column; 与上月比 in words is a comparison — none a problem."""
    sheet = grid(("和平街道各社区基本情况表（截至2025年11月30日）",),
                 ("社区", "常住户数", "常住人口", "楼栋数", "与上月比"),
                 (None, "（户）", "（人）", "（栋）", None),
                 ("建设街", "3 183", "9 253", 40, "持平"), ("商业街", "2 271", "6 390", 66, "增加2"),
                 ("合\n计", "5 454", "15 643", 106, None))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values if v.indicator_code == "households"] == [
        ("B4", "households", 3183.0), ("B5", "households", 2271.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems if p.problem_code != "unknown_header"] == []
    assert [p.raw_text for p in extraction.problems] == ["楼栋数（栋）"]   # outside the catalogue: one question


def test_same_as_last_month_across_the_months_is_the_month_befores_figure() -> None:
    """Indicators down, months across: 同上月 repeats the figure to its left (through other 同上月)."""
    sheet = grid(("建设街社区2025年主要工作数据",), ("项目", "单位", "7月", "8月", "9月"),
                 ("常住户数（月末）", "户", 2809, "同上月", "同上月"), ("注册志愿者（月末）", "人", 601, 611, "〃"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.value) for v in extraction.values] == [
        ("C3", "2025-07", 2809.0), ("D3", "2025-08", 2809.0), ("E3", "2025-09", 2809.0),
        ("C4", "2025-07", 601.0), ("D4", "2025-08", 611.0), ("E4", "2025-09", 611.0)]


def test_a_stock_merged_down_over_the_months_it_did_not_change_is_each_months() -> None:
    """月份 | 受理诉求 | 党员: 党员 238 written once, merged over July and August; 受理 each month's own."""
    sheet = grid(("建设街社区工作台账（2025.7-2025.9）",), ("月份", "受理诉求（件）", "党员（名）"),
                 ("2025年7月", 50, 238), ("2025年8月", 35, ""), ("2025年9月", 39, 239),
                 merged=((2, 2, 3, 2),))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.value) for v in extraction.values if v.indicator_code == "party_members"] == [
        ("C3", "2025-07", 238.0), ("C4", "2025-08", 238.0), ("C5", "2025-09", 239.0)]


def test_a_figure_merged_down_over_two_communities_is_no_ones() -> None:
    """238 merged over 建设街社区's and 商业街社区's rows: neither the lower row's nor the top row's
    alone (a figure the two communities gave together) — a problem, no value."""
    sheet = grid(("和平街道2025年7月党员统计",), ("社区", "党员（名）"), ("建设街社区", 238), ("商业街社区", ""),
                 merged=((2, 1, 3, 1),))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == []
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("B3", "shared_merged_value")]


def test_an_empty_year_to_date_merged_down_over_stock_rows_repeats_nothing() -> None:
    """Indicators down (项目 | 本月 | 1-3月累计), the 累计 of the stocks left empty and merged over
    their rows: the flow's 累计 above it is no stock's figure."""
    sheet = grid(("建设街社区2026年3月工作报表",), ("指标", "单位", "本月", "1-3月累计"),
                 ("城镇新增就业", "人", 19, 42), ("低保户数", "户", 10, ""), ("低保人数", "人", 17, ""),
                 merged=((2, 3, 4, 3),))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted(v.cell_ref for v in extraction.values) == ["C3", "C4", "C5", "D3"]
    assert extraction.problems == []


def test_a_units_row_naming_a_rate_per_thousand_is_still_the_units_row() -> None:
    """单位 | 件 | 万元 | 人/千人 under 诉求受理 | 低保金发放 | 千人志愿者数: 千人 is no figure, 1.19 is 万元."""
    sheet = grid(("建设街社区2026年3月重点工作数据",), ("社区", "诉求受理", "低保金发放", "千人志愿者数"),
                 ("单位", "件", "万元", "人/千人"), ("建设街社区", 21, 1.19, 133.7))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B4", "petitions_received", 21.0), ("C4", "dibao_payout_yuan", 11900.0)]


@pytest.mark.parametrize("note", ["注：创业担保贷款金额单位：万元。",
                                  "注：创业担保贷款金额单位为万元；村不统计贷款，填“/”。"])  # said in a sentence
def test_a_note_giving_one_amounts_unit_applies_to_that_amount_only(note: str) -> None:
    """本月 | 上年同期 rows under the indicators (上年同期 is no figure of this month), and
    「注：创业担保贷款金额单位：万元。」 under them: 20 is 200,000 元; 低保金 keeps its 元."""
    sheet = grid(("建设街社区2025年11月工作报表",), ("项目", "受理诉求（件）", "创业担保贷款", "低保金"),
                 ("本月", 22, 20, 21700), ("上年同期", 20, 0, 19000), ("",), (note,))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "petitions_received", 22.0), ("C3", "micro_loans_yuan", 200000.0), ("D3", "dibao_payout_yuan", 21700.0)]


def test_a_value_column_of_figures_and_their_tasks_gives_the_figures() -> None:
    """完成数/任务数 over 15/15, 71/50 (and a bare 55 where no task was set): the figure before the slash."""
    sheet = grid(("建设街社区2025年9月重点工作完成情况",), ("序号", "工作项目", "单位", "完成数/任务数"),
                 (1, "受理群众诉求", "件", 55), (2, "新增就业岗位", "个", "15/15"), (3, "老年人免费体检", "人", "71/50"))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("D3", "petitions_received", 55.0), ("D4", "jobs_created", 15.0), ("D5", "free_health_checks", 71.0)]


def test_a_months_work_in_one_paragraph_beside_a_table_is_read_and_a_note_is_not() -> None:
    """「2月份，我社区共受理居民诉求26件，办结25件，调解邻里纠纷6起…」 alone on its row above a table of
    stocks: each figure the indicator its words name (never dropped unsaid); 「更正说明：…漏统2人…」 is a note."""
    sheet = grid(("建设街社区2026年2月份工作情况",), ("",),
                 ("2月份，我社区共受理居民诉求26件，办结25件，调解邻里纠纷6起；开展政策宣讲3次。",), ("",),
                 ("项目", "数值"), ("常住户数（户）", 2924), ("党员（名）", 126), ("",),
                 ("更正说明：低保人数漏统2人，走访慰问漏统8人，文体活动少报1场。",))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref, v.indicator_code, v.value) for v in extraction.values) == [
        ("A3", "disputes_mediated", 6.0), ("A3", "lectures_held", 3.0), ("A3", "petitions_received", 26.0),
        ("A3", "petitions_resolved", 25.0), ("B6", "households", 2924.0), ("B7", "party_members", 126.0)]
    assert extraction.problems == []


def test_bare_measures_over_households_and_persons_read_under_the_sheets_title() -> None:
    """户/人 over 「16户/27人」, and only the title says what is counted (低保发放): each measure under the
    title is 低保户数 / 低保人数. Without the rule the column is an unknown header and nothing is read."""
    sheet = grid(("街道社会事务办 2026年2月 低保发放",), ("居委会", "户/人", "发放金额（元）"),
                 ("建设街社区", "16户/27人", 15100), ("商业街社区", "31户/36人", 22000))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values if v.indicator_code != "dibao_payout_yuan"] == [
        ("B3", "dibao_households", 16.0), ("B3", "dibao_persons", 27.0),
        ("B4", "dibao_households", 31.0), ("B4", "dibao_persons", 36.0)]
    assert extraction.problems == []


def test_a_title_cut_at_its_comma_names_the_community_and_the_month() -> None:
    """A hand-typed CSV: 「建设街社区居委会,2026年3月份」 over the form — the title split over two cells is who
    sends and for when, not a header row (without the rule the sheet has no table at all)."""
    sheet = grid(("建设街社区居委会", "2026年3月份", None, None, None), ("序号", "工作项目", "计量", "本月", "备注"),
                 (1, "受理居民诉求", "件", 24, None), (2, "办结诉求", "件", 22, None))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 24.0), ("D4", "001", "petitions_resolved", 22.0)]


def test_a_work_summary_merged_over_rows_beside_the_table_is_a_note() -> None:
    """工作小结: a paragraph merged over A2:D9, the table at G3 beside it. Read as merged, its rows look
    like a header merged down and the table is misread; the merge only makes room for the text."""
    pad = (None,) * 6
    items = [("受理居民诉求", "件", 17), ("办结诉求", "件", 16), ("调解纠纷", "起", 3), ("老人免费体检", "人", 75),
             ("走访帮扶困难群众", "人", 56), ("发放慰问品", "件", 80), ("文体活动", "场", 9)]
    sheet = grid(("建设街社区居委会2025年11月份工作小结",),
                 ("本月围绕党建品牌，开展文明创建、老旧小区改造入户宣传等工作，具体数据见右表。", *pad[1:], "附表：主要数据"),
                 (*pad, "序号", "工作项目", "计量", "本月", "备注"),
                 *[(*pad, n, label, unit, figure, None) for n, (label, unit, figure) in enumerate(items, 1)],
                 merged=((1, 0, 8, 3),))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values][:3] == [
        ("J4", "petitions_received", 17.0), ("J5", "petitions_resolved", 16.0), ("J6", "disputes_mediated", 3.0)]
    assert len(extraction.values) == 7 and extraction.problems == []
