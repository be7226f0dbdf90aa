"""Habits of street offices' and communities' returns read in general: a unit line listing every
column's unit, a previous month's column beside this month's, and the like.
(Sheet helpers from tests/test_layout_readings.py.)"""

from ingest.layout import FileContext, extract_sheet
from ingest.problems import once_per_text
from test_layout_readings import CONTEXT, grid


def test_a_unit_line_listing_each_columns_unit_gives_the_amounts_unit() -> None:
    """「单位：个、人、万元」 over 社区 | 新增就业岗位 | 实现就业 | 创业担保贷款: its only money unit is the
    amounts' — 30 is 300,000 元; the counts keep theirs."""
    sheet = grid(("和平街道2025年11月就业工作情况",), ("", "", "", "单位：个、人、万元"),
                 ("社区", "新增就业岗位", "实现就业", "创业担保贷款"), ("建设街社区", 10, 21, 30), ("商业街社区", 12, 10, 0))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B4", "jobs_created", 10.0), ("C4", "people_employed", 21.0), ("D4", "micro_loans_yuan", 300000.0),
        ("B5", "jobs_created", 12.0), ("C5", "people_employed", 10.0), ("D5", "micro_loans_yuan", 0.0)]


def test_a_unit_line_listing_two_money_units_says_no_amounts_unit() -> None:
    """「单位：元、万元」: which amount is in which is not said by the list alone: nothing is scaled."""
    sheet = grid(("和平街道2025年11月工作情况",), ("单位：元、万元",),
                 ("社区", "低保金", "创业担保贷款"), ("建设街社区", 21700, 30))
    assert all(v.value in (21700.0, 30.0) for v in extract_sheet(sheet, CONTEXT).values)


def test_last_months_figure_beside_this_months_is_never_loaded() -> None:
    """低保户数 | 上月户数 | 低保人数: 上月户数 is November's figure in December's return — no figure of
    the month (and 户数 alone would be read as 常住户数)."""
    sheet = grid(("和平街道2025年12月城市低保情况统计",), ("社区", "低保户数", "上月户数", "低保人数"),
                 ("建设街社区", 28, 27, 43))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "dibao_households", 28.0), ("D3", "dibao_persons", 43.0)]


def test_a_revised_figure_beside_the_one_first_sent_is_the_months() -> None:
    """项目 | 单位 | 原报 | 修订后 | 原因 (修订, to revise, like 更正 / 调整): the figure after revision is the
    month's; 原报 and the reason are words around it."""
    sheet = grid(("建设街社区2026年2月工作数据修订说明",), ("项目", "单位", "原报", "修订后", "原因"),
                 ("受理居民诉求", "件", 36, 39, "12345转办3件漏登"), ("帮扶就业", "人", 7, 6, "1人重复登记"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("D3", "petitions_received", 39.0), ("D4", "people_employed", 6.0)]
    assert extraction.problems == []


def test_a_count_in_a_sentence_is_of_the_words_after_it_when_they_name_it() -> None:
    """「帮扶17名居民实现就业」: 帮扶 alone would say people helped, but the words after the count say what
    it counts — residents who found work; 「组织技能培训2场」 has no words after it and keeps its own."""
    sheet = grid(("建设街社区2026年2月工作情况汇报",), ("",),
                 ("一、民情诉求：本月共受理居民诉求47件，办结44件，调处邻里纠纷5起。",),
                 ("二、就业：开发岗位8个，帮扶17名居民实现就业，组织技能培训2场。",))
    assert sorted((v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values) == [
        ("A3", "disputes_mediated", 5.0), ("A3", "petitions_received", 47.0), ("A3", "petitions_resolved", 44.0),
        ("A4", "jobs_created", 8.0), ("A4", "people_employed", 17.0), ("A4", "training_sessions", 2.0)]


def test_see_right_takes_the_figure_a_stock_came_to_in_the_change_column() -> None:
    """本月数 「见右」 and 变动情况 「由798人增至816人」 / 「与上月持平，161名」: the month's figure is the one
    the stock came to (798 is the month before's); a change with no figure it came to stays unread."""
    sheet = grid(("建设街社区2025年10月份重点工作完成情况",), ("指标", "单位", "本月数", "备注", "变动情况"),
                 ("注册志愿者", "人", "见右", "", "由798人增至816人"), ("志愿服务", "人次", 216, "", ""),
                 ("党员", "名", "见右", "", "与上月持平，161名"), ("常住户", "户", "见右", "", "有所增加"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C3", "volunteers", 816.0), ("C4", "volunteer_person_times", 216.0), ("C5", "party_members", 161.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("C6", "unreadable_value")]


def test_a_bare_figure_after_a_pause_mark_shares_the_words_before_it() -> None:
    """「常住3755户、10828人」: the figure after 、 has no words of its own — it is 常住's too, read with
    its own unit (人: 常住人口)."""
    sheet = grid(("建设街社区2026年2月工作情况汇报",), ("",),
                 ("七、基础信息：常住3755户、10828人，流动人口2839人，社区工作者11人。",),
                 ("四、平安：巡逻队员50人，平安信息员9人。",))
    assert sorted((v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values) == [
        ("A3", "floating_population", 2839.0), ("A3", "households", 3755.0), ("A3", "residents", 10828.0),
        ("A3", "staff", 11.0), ("A4", "informants", 9.0), ("A4", "patrol_members", 50.0)]


def test_a_long_tables_unknown_community_is_one_question_not_one_per_row() -> None:
    """月份 | 社区 | 指标 | 数值, 「城北」 on every row and in no registry: one unknown_community for the
    name (an alias a person confirms) that says where else it stands, nothing loaded; a second
    unknown name is its own question."""
    sheet = grid(("月份", "社区", "指标", "数值"), ("2026/3", "城北", "受理居民诉求(件)", 17),
                 ("2026/3", "城北", "办结居民诉求(件)", 16), ("2026/3", "城北", "治安案件(宗)", 1),
                 ("2026/3", "城南", "治安案件(宗)", 2))
    extraction = extract_sheet(sheet, CONTEXT)
    assert list(extraction.values) == []
    found = once_per_text(extraction.problems)
    assert [(p.cell_ref, p.problem_code, p.raw_text) for p in found] == [
        ("B2", "unknown_community", "城北"), ("B5", "unknown_community", "城南")]
    assert found[0].detail.endswith("，另有 2 处相同（B3、B4）") and "另有" not in found[1].detail


def test_a_thousand_rows_of_one_unknown_name_are_one_problem_that_counts_them() -> None:
    """Past the per-column limit the repeats are still one decision, counted, not a 「更多问题」 note."""
    sheet = grid(("月份", "社区", "指标", "数值"), *[("2026/3", "城北", "治安案件(宗)", n) for n in range(1000)])
    found = once_per_text(extract_sheet(sheet, CONTEXT).problems)
    assert [(p.cell_ref, p.problem_code) for p in found] == [("B2", "unknown_community")]
    assert found[0].detail.endswith("另有 999 处相同（B3、B4、B5、B6、B7等）")


def test_last_months_figure_as_a_row_under_this_months_is_a_note() -> None:
    """项目＼社区 over the communities, rows 受理诉求 | 办结 | 上月受理: the 上月受理 row is last month's
    figure beside this month's — neither loaded as this month's 受理 nor a duplicate of it."""
    sheet = grid(("和平街道2025年10月群众诉求办理情况",), ("项目＼社区", "建设街社区", "商业街社区", "千户社区"),
                 ("受理诉求（件）", 26, 21, 9), ("办结（件）", 24, 21, 8), ("上月受理（件）", 29, 20, 7))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("B3", "petitions_received", 26.0), ("C3", "petitions_received", 21.0), ("D3", "petitions_received", 9.0),
        ("B4", "petitions_resolved", 24.0), ("C4", "petitions_resolved", 21.0), ("D4", "petitions_resolved", 8.0)]
    assert extraction.problems == []


def test_a_two_digit_year_dot_month_under_a_month_header_is_the_files_year() -> None:
    """月份 | 社区 | 指标 | 数值 with 「26.2」 on every row of a 2026年2月 return: February 2026 (the year by its
    last two digits); in a file of 2025 the same 「26.2」 agrees with no year and stays a question."""
    sheet = grid(("月份", "社区", "指标", "数值"), ("26.2", "建设街", "受理居民诉求(件)", 17),
                 ("26.2", "商业街", "受理居民诉求(件)", 9))
    february = FileContext("和平街道2026年2月民情月报.csv", CONTEXT.catalog, CONTEXT.matcher)
    assert [(v.cell_ref, v.period.period, v.value) for v in extract_sheet(sheet, february).values] == [
        ("D2", "2026-02", 17.0), ("D3", "2026-02", 9.0)]
    extraction = extract_sheet(sheet, CONTEXT)
    assert list(extraction.values) == []
    assert "unknown_period" in {p.problem_code for p in extraction.problems}
