"""Returns written as forms and reports rather than plain tables, read as the blind corpora of
session 9 showed clerks write them: facts beside their labels above the table, label and figure in
one cell, a header on two lines, units beside the figures, a community heading over its own table,
rows that only a type makes clear. (Split from tests/test_layout_readings.py, whose sheet helpers
these use.)"""

from dataclasses import replace

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, MATCHER, grid, loaded, problems


def test_another_citys_community_named_in_the_title_is_not_ours_by_the_file_name() -> None:
    """The title says 南充市…舞凤街道商业街社区; the file name only 商业街社区: the same foreign one."""
    sheet = grid(("南充市顺庆区舞凤街道商业街社区2026年3月工作月报",), ("指标", "单位", "本月"), ("受理群众诉求", "件", 65))
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name="商业街社区2026年3月工作月报.xlsx"))
    assert extraction.values == []
    assert [(p.problem_code, p.detail) for p in extraction.problems] == [
        ("no_community", "（「南充市顺庆区舞凤街道商业街社区」不是名录中本辖区的社区）")]


def test_another_citys_community_under_its_township_area_is_not_ours() -> None:
    """北京市大兴区亦庄地区商业街社区 in the title (Beijing's 地区 for a 街道): nothing is ours."""
    sheet = grid(("北京市大兴区亦庄地区商业街社区2026年3月工作报表",), ("填报单位：商业街社区居委会（亦庄地区）",),
                 ("序号", "指标", "单位", "本月"), (1, "接诉即办受理", "件", 57), (2, "办结", "件", 55))
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name="商业街社区2026年3月工作报表.xlsx"))
    assert extraction.values == []
    assert [(p.problem_code, p.detail) for p in extraction.problems] == [
        ("no_community", "（「北京市大兴区亦庄地区商业街社区」不是名录中本辖区的社区）")]


def test_a_community_of_the_same_name_in_another_province_is_not_ours() -> None:
    """内蒙古包头市东河区商业街社区 in the title, no street named: the province says it is another's."""
    sheet = grid(("内蒙古包头市东河区商业街社区2025年12月工作月报",), ("项目", "数值"), ("常住户数", 2310))
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name="商业街社区2025年12月工作月报（东河区）.csv"))
    assert extraction.values == []
    assert [(p.problem_code, p.detail) for p in extraction.problems] == [
        ("no_community", "（「内蒙古包头市东河区商业街社区」不是名录中本辖区的社区）")]


def test_the_communitys_own_province_in_the_title_keeps_it_ours() -> None:
    sheet = grid(("新疆维吾尔自治区塔城市商业街社区2025年12月工作月报",), ("项目", "数值"), ("常住户数", 2310))
    assert loaded(sheet) == [("B3", "003", "households", 2310.0)]


def test_the_unit_written_with_a_figure_says_what_its_label_counts() -> None:
    """城镇新增就业 fits 新增就业岗位 (个) and 实现就业 (人) alike; 「12人」 beside it decides."""
    sheet = grid(("建设街社区2025年1月工作情况",), ("项目", "数量", "项目", "数量"),
                 ("城镇新增就业", "12人", "开发就业岗位", "9个"))
    assert loaded(sheet) == [("B3", "001", "people_employed", 12.0), ("D3", "001", "jobs_created", 9.0)]


def test_the_reports_year_beside_its_sender_is_no_header() -> None:
    sheet = grid(("建设街社区工作数据报表",), ("2025年度", None, None, "单位：建设街社区", None),
                 ("序号", "指标名称", "计量单位", "本月数", "备注"), (1, "受理居民诉求", "件", 84), (2, "诉求办结", "件", 80))
    extraction = extract_sheet(replace(sheet, name="4月"), CONTEXT)
    assert [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extraction.values] == [
        ("D4", "2025-04", "petitions_received", 84.0), ("D5", "2025-04", "petitions_resolved", 80.0)]


def test_months_over_this_month_and_year_to_date_take_the_indicator_from_the_title() -> None:
    sheet = grid(("和平街道民情诉求受理情况（件）",), ("序号", "社区", "2025年11月", None, "2025年12月", None),
                 (None, None, "本月", "累计", "本月", "累计"), (1, "建设街社区", 60, 419, 42, 461),
                 merged=((1, 2, 1, 3), (1, 4, 1, 5)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.indicator_code, v.is_cumulative, v.value) for v in extraction.values] == [
        ("C4", "2025-11", "petitions_received", False, 60.0), ("D4", "2025-11", "petitions_received", True, 419.0),
        ("E4", "2025-12", "petitions_received", False, 42.0), ("F4", "2025-12", "petitions_received", True, 461.0)]


def test_a_column_of_full_community_names_is_no_column_of_sentences() -> None:
    sheet = grid(("数据来源：志愿服务信息系统组织数据导出",), ("统计日期：2025.01",),
                 ("组织名称", "所属区域", "注册志愿者数"),
                 ("新疆维吾尔自治区塔城市和平街道建设街社区居民委员会", "新疆维吾尔自治区/塔城市/和平街道", "'577"),
                 ("塔城市和平街道商业街社区居民委员会", "新疆维吾尔自治区/塔城市/和平街道", "'1,124"))
    assert loaded(sheet) == [("C4", "001", "volunteers", 577.0), ("C5", "003", "volunteers", 1124.0)]


def test_a_header_written_on_two_lines_is_one_header() -> None:
    """城镇新增 over 就业（人）, nothing merged, each column its own upper text: not a group row."""
    sheet = grid(("和平街道2025年12月就业月报表",), ("序号", "社区名称", "新开发就业", "城镇新增", "转移就业"),
                 (None, None, "岗位（个）", "就业（人）", "（人）"), (1, "建设街", 8, 4, 5))
    assert loaded(sheet) == [("C4", "001", "jobs_created", 8.0), ("D4", "001", "people_employed", 4.0)]
    assert problems(sheet) == [("E3", "unknown_header")]   # 转移就业: a kind of employment the catalogue lacks


def test_an_item_column_of_figure_markers_says_which_figure_each_row_holds() -> None:
    sheet = grid(("建设街社区2025年1月工作月报",), ("项目", "民情诉求", None), (None, "受理（件）", "办结（件）"),
                 ("本月完成", 75, 64), ("截至本月累计", 75, 64), merged=((1, 1, 1, 2),))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.is_cumulative) for v in extraction.values] == [
        ("B4", "petitions_received", False), ("C4", "petitions_resolved", False),
        ("B5", "petitions_received", True), ("C5", "petitions_resolved", True)]


def test_label_and_figure_in_one_cell_are_read_as_a_form() -> None:
    sheet = grid(("建设街社区2025年4月工作完成情况",), (None,),
                 ("受理群众诉求：30件", None, "办结：27件"), ("在册党员：84名", None, "楼栋长会议：3次"),
                 (None,), ("填报人：马丽", None, "报送日期：2025年5月6日"))
    assert loaded(sheet) == [("A3", "001", "petitions_received", 30.0), ("C3", "001", "petitions_resolved", 27.0),
                             ("A4", "001", "party_members", 84.0)]
    assert problems(sheet) == [("C4", "unknown_indicator")]


def test_a_forms_label_may_hold_digits_in_its_bracket() -> None:
    """受理居民诉求（含12345转办）：22件 — the hotline's number inside the label's bracket is no figure."""
    sheet = grid(("建设街社区工作情况登记表",), ("填报月份：2026年1月",),
                 ("受理居民诉求（含12345转办）：22件", "办结：20件", "人民调解：4起"))
    assert loaded(sheet) == [("A3", "001", "petitions_received", 22.0), ("B3", "001", "petitions_resolved", 20.0),
                             ("C3", "001", "disputes_mediated", 4.0)]


def test_label_and_figure_typed_with_a_comma_one_line_a_cell_are_read_as_a_form() -> None:
    """A return typed in a text editor (项目，数量 / 受理居民诉求，47件 / 低保户，13户22人): the comma is the
    colon, and a household-and-person figure gives both indicators."""
    sheet = grid(("建设街社区2025年11月份工作情况",), ("项目，数量",), ("受理居民诉求，47件",), ("低保户，13户22人",),
                 ("发放低保金，14740元",), ("填报：建设街社区居委会　2025.12.3",))
    assert loaded(sheet) == [("A3", "001", "petitions_received", 47.0), ("A4", "001", "dibao_households", 13.0),
                             ("A4", "001", "dibao_persons", 22.0), ("A5", "001", "dibao_payout_yuan", 14740.0)]


def test_a_report_form_with_its_sender_and_month_beside_their_labels() -> None:
    """填报单位 | 建设街社区居委会 … 所属月份 | 2025年11月 is no header; the units beside the figures
    decide what a label that fits two indicators counts."""
    sheet = grid(("社区居委会月度工作情况报告单",), (None,),
                 ("填报单位", "和平街道建设街社区居委会", None, None, None, "所属月份", "2025年11月"), (None,),
                 ("一、民情诉求",), ("受理诉求", 60, "件", None, "办结", 58, "件"),
                 ("二、就业",), ("城镇新增就业", 7, "人", None, "新开发就业岗位", 13, "个"))
    assert sorted(loaded(sheet)) == [("B6", "001", "petitions_received", 60.0), ("B8", "001", "people_employed", 7.0),
                                     ("F6", "001", "petitions_resolved", 58.0), ("F8", "001", "jobs_created", 13.0)]
    assert problems(sheet) == []


def test_columns_only_a_rows_type_makes_clear_are_read_under_that_type() -> None:
    """保障户数 | 保障人数 say nothing alone; under 救助类型 城市低保 they are 低保户数 and 低保人数.
    低保边缘 and 特困供养 name nothing the catalogue holds: one problem each, nothing loaded."""
    sheet = grid(("社会救助对象分类统计",), ("序号", "社区", "救助类型", "保障户数", "保障人数", "统计月份"),
                 (1, "建设街社区", "城市低保", 34, 45, "202501"), (2, "建设街社区", "低保边缘", 4, 4, "202501"),
                 (3, "建设街社区", "特困供养", 2, 2, "202501"), (4, "商业街社区", "城市低保", 37, 61, "202501"),
                 (5, "商业街社区", "低保边缘", 4, 5, "202501"))
    assert loaded(sheet) == [("D3", "001", "dibao_households", 34.0), ("E3", "001", "dibao_persons", 45.0),
                             ("D6", "003", "dibao_households", 37.0), ("E6", "003", "dibao_persons", 61.0)]
    assert problems(sheet) == [("C4", "unknown_indicator"), ("C5", "unknown_indicator")]


def test_a_community_name_of_two_streets_is_an_ambiguous_community_problem() -> None:
    """建设社区 is a community of 和平街道 and of 新城街道; a file naming neither street is asked about."""
    matcher = CommunityMatcher(
        [*MATCHER.communities.values(), RegistryCommunity("654201003009", "建设社区居委会", "654201003")],
        [*MATCHER.streets.values(), RegistryStreet("654201003", "新城街道", "654201")], {})
    context = replace(CONTEXT, file_name="建设社区2025年1月报表.xlsx", matcher=matcher)
    sheet = grid(("项目", "本月"), ("受理诉求（件）", 12))
    found = extract_sheet(sheet, context)
    assert not found.values and [(p.problem_code, p.raw_text) for p in found.problems] == [
        ("ambiguous_community", "建设社区")]


def test_two_communities_side_by_side_each_under_its_own_name_heading() -> None:
    """建设街社区 | 商业街社区 over 项目 | 单位 | 数据 twice: each block is its heading's community."""
    sheet = grid(
        ("和平街道2025年1月社区工作报告单",),
        (None,),
        ("建设街社区", None, None, None, "商业街社区", None, None),
        ("项目", "单位", "数据", None, "项目", "单位", "数据"),
        ("受理诉求", "件", 77, None, "受理诉求", "件", 25),
        ("治安巡逻队员", "人", 49, None, "治安巡逻队员", "人", 44),
        merged=((2, 0, 2, 2), (2, 4, 2, 6), (0, 0, 0, 6)),
    )
    assert loaded(sheet) == [("C5", "001", "petitions_received", 77.0), ("C6", "001", "patrol_members", 49.0),
                             ("G5", "003", "petitions_received", 25.0), ("G6", "003", "patrol_members", 44.0)]


def test_a_correction_form_of_new_values_only_loads_them() -> None:
    """序号 | 社区 | 指标 | 单位 | 应为 | 说明: 应为 is the figure as it should be."""
    sheet = grid(
        ("和平街道2025年1月平安建设数据更正",),
        ("序号", "社区", "指标", "单位", "应为", "说明"),
        (1, "建设街社区", "群防群治巡逻队员", "人", 70, "新招募队员漏报"),
        (2, "商业街社区", "治安案件", "起", 1, "原表空缺"),
    )
    assert loaded(sheet) == [("E3", "001", "patrol_members", 70.0), ("E4", "003", "security_cases", 1.0)]


def test_the_sender_stamped_under_the_table_names_whose_figures_these_are() -> None:
    """The street's form (和平街道社区工作月报表) names no community; the 填报单位（盖章） line under it does."""
    sheet = grid(("和平街道社区工作月报表",), ("序号", "项目", "单位", "本月"), (1, "受理居民诉求", "件", 36),
                 (2, "办结居民诉求", "件", 35), (None,),
                 ("填报单位（盖章）：商业街社区居民委员会\u3000\u3000负责人：周红\u3000\u3000填表人：李敏\u3000\u30002025年2月5日",))
    assert loaded(sheet) == [("D3", "003", "petitions_received", 36.0), ("D4", "003", "petitions_resolved", 35.0)]
    unsigned = grid(*sheet.rows[:5], ("负责人：周红\u3000\u3000填表人：李敏\u3000\u30002025年2月5日",))
    assert loaded(unsigned) == [] and [code for _, code in problems(unsigned)] == ["no_community"]


def test_a_communitys_name_that_reads_like_an_indicator_is_no_header() -> None:
    """社区名称： | 体育学院社区居委会 over an info box: 体育 sounds like 文体活动, but the registry names
    the community, so the row is the form's sender, not a header over the info box."""
    matcher = CommunityMatcher([RegistryCommunity("120103008023", "体育学院社区居委会", "120103008")],
                               [RegistryStreet("120103008", "天塔街道", "120103")], {})
    sheet = grid((None, "社区基础数据表（2025年11月）"), (None, "社区名称：", "体育学院社区居委会"),
                 (None, "辖区户数：", "1669户", "网格员：", "5人"), (),
                 (None, "项目", "单位", "数量", "备注"), (None, "常住户数", "户", "1669"), (None, "常住人口", "人", "4625"),
                 merged=((0, 1, 0, 4), (1, 2, 1, 4)))
    extraction = extract_sheet(replace(sheet, name="TT11"), replace(CONTEXT, matcher=matcher, file_name="天塔街道基础数据.xlsx"))
    assert sorted((v.cell_ref, v.community_code, v.indicator_code, v.value) for v in extraction.values) == [
        ("D6", "120103008023", "households", 1669.0), ("D7", "120103008023", "residents", 4625.0)]


def test_who_answers_for_the_report_beside_its_facts_is_no_header() -> None:
    """A metadata block over the table: 填报单位 | 建设街社区居委会 | 联系人 | 赵雅琴 — the sender and
    who to call, with 统计期间 and 报送日期 below: facts about the report, never a header row."""
    sheet = grid((None, "填报单位", "建设街社区居委会", "联系人", "赵雅琴"),
                 (None, "统计期间", "2025-10-01至2025-10-31", "联系电话", "022-23367721"),
                 (None, "报送日期", "2025-11-05", "审核人", "社区书记"), (),
                 (None, "指标名称", "计量单位", "本月", "本年累计"), (None, "受理居民诉求", "件", 48, 464))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.period.period, v.value, v.is_cumulative) for v in extraction.values] == [
        ("D6", "001", "2025-10", 48.0, False), ("E6", "001", "2025-10", 464.0, True)]
    assert extraction.problems == []


def test_a_work_summary_headed_work_and_its_completion_reads_its_sentences() -> None:
    """工作 | 完成情况, each area of work beside sentences of figures: 工作 heads the labels (it was
    read as an unknown indicator, and the sheet's figures were lost)."""
    sheet = grid(("建设街社区2026年1月工作小结",), ("工作", "完成情况"),
                 ("民情诉求", "接待居民来电诉求27件，已办结25件"), ("为老助残", "入户走访帮扶61人，发放慰问品88件"))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 27.0), ("B3", "001", "petitions_resolved", 25.0),
                             ("B4", "001", "people_assisted", 61.0), ("B4", "001", "goods_distributed", 88.0)]
    assert problems(sheet) == []


def test_the_senders_street_beside_its_label_is_a_fact_of_the_report_not_a_header() -> None:
    """所属街道 | 和平街道 | 报告期 | 2025年第10月 | 社区（维文） | (the name in another script only):
    the street and the period are the report's facts, the trailing label left blank is no header;
    the street named so is ours, so the title's name one character off (阡户 for 千户) is still read."""
    sheet = grid(("阡户社区居委会月度工作登记表",),
                 ("所属街道", "和平街道", "报告期", "2025年第10月", "社区（维文）", "غوزا"), ("",),
                 ("新开发岗位", "15个", "实现就业", "17人"), ("低保户", "16户", "低保人口", "27人"))
    assert sorted(loaded(sheet)) == [("B4", "005", "jobs_created", 15.0), ("B5", "005", "dibao_households", 16.0),
                                     ("D4", "005", "people_employed", 17.0), ("D5", "005", "dibao_persons", 27.0)]
    assert problems(sheet) == []


def test_a_units_row_may_give_a_count_word_with_its_other_name() -> None:
    """场 | 次 | 件（份） under the headers: a units row (件（份） is 件), never figures of a row."""
    sheet = grid(("和平街道文化站2026年3月文化活动及慰问情况",), ("社区", "文体活动", "政策宣讲", "慰问物资"),
                 ("", "场", "次", "件（份）"), ("建设街社区", 2, 7, 271), ("商业街社区", 7, 8, 474))
    assert problems(sheet) == []
    assert [(ref, indicator) for ref, _, indicator, _ in loaded(sheet)][:3] == [
        ("B4", "cultural_activities"), ("C4", "lectures_held"), ("D4", "goods_distributed")]

