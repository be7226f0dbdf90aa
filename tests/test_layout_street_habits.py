"""Readings of street tables and returns the 银川 blind corpus showed: a 合计 that adds last month's open
cases, a leaf under two groups, a month in a stacked table's corner cell, …  Grids straight to the layout, with the helpers of tests/test_layout_readings.py."""

from dataclasses import replace

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.layout import extract_sheet


def test_carried_over_plus_new_total_is_not_the_months_figure() -> None:
    """诉求受理（件） over 上月结转 | 本月新受理 | 合计: the 合计 adds last month's open cases, so the
    month's 受理 is 本月新受理; 上月结转 and 合计 are never values (and no problem)."""
    sheet = grid(("和平街道2025年11月民情诉求办理情况统计表",),
                 ("序号", "社区", "诉求受理（件）", "", "", "办结（件）"),
                 ("", "", "上月\n结转", "本月\n新受理", "合计", ""),
                 (1, "建设街社区", 2, 51, 53, 51), (2, "商业街社区", 5, 45, 50, 44),
                 merged=((1, 2, 1, 4), (1, 0, 2, 0), (1, 1, 2, 1), (1, 5, 2, 5)))
    assert loaded(sheet) == [("D4", "001", "petitions_received", 51.0), ("F4", "001", "petitions_resolved", 51.0),
                             ("D5", "003", "petitions_received", 45.0), ("F5", "003", "petitions_resolved", 44.0)]
    assert problems(sheet) == []


def test_a_groups_total_over_its_channels_stays_the_figure() -> None:
    """派单量 over 市级派单 | 区级派单 | 合计 (no 结转): the 合计 is the group's figure."""
    sheet = grid(("和平街道2025年11月民情诉求统计表",), ("序号", "社区", "诉求受理（件）", "", ""),
                 ("", "", "12345热线", "网格员上报", "合计"), (1, "建设街社区", 20, 31, 51),
                 merged=((1, 2, 1, 4), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert loaded(sheet) == [("E4", "001", "petitions_received", 51.0)]


def test_a_leaf_under_two_groups_counts_each_groups_own_thing() -> None:
    """城市低保 over 户数 | 人数 and 冬季取暖补贴 over 户数 | 金额: the first 户数 is 低保户数; the second
    is the subsidy's households, not 常住户数 (the bare 户数): reported as an unknown header."""
    sheet = grid(("和平街道2025年12月城市低保及取暖补贴发放表",),
                 ("序号", "社区", "城市低保", "", "冬季取暖补贴", ""),
                 ("", "", "户数", "人数", "户数", "金额"),
                 (1, "建设街社区", 23, 40, 23, 6900), (2, "商业街社区", 37, 58, 38, 11400),
                 merged=((1, 2, 1, 3), (1, 4, 1, 5), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert loaded(sheet) == [("C4", "001", "dibao_households", 23.0), ("D4", "001", "dibao_persons", 40.0),
                             ("C5", "003", "dibao_households", 37.0), ("D5", "003", "dibao_persons", 58.0)]
    assert ("E3", "unknown_header") in problems(sheet)


def test_a_month_in_the_corner_cell_is_each_stacked_tables_period() -> None:
    """Tables stacked on one sheet, the month only where another table says 「社区」: 「2025年10月」
    over the communities is that table's month, 「2025年11月」 the next one's; 小计 rows are totals."""
    sheet = grid(("和平街道2025年第四季度文化活动和宣讲统计",), ("",),
                 ("2025年10月", "群众文化活动（场）", "宣讲活动（次）"), ("建设街", 12, 4), ("商业街", 10, 3),
                 ("小计", 22, 7), ("",),
                 ("2025年11月", "群众文化活动（场）", "宣讲活动（次）"), ("建设街", 5, 2), ("商业街", 4, 1),
                 ("小计", 9, 3))
    got = [(v.cell_ref, v.period.period if v.period else None, v.indicator_code, v.value)
           for v in extract_sheet(sheet, CONTEXT).values]
    assert got == [("B4", "2025-10", "cultural_activities", 12.0), ("C4", "2025-10", "lectures_held", 4.0),
                   ("B5", "2025-10", "cultural_activities", 10.0), ("C5", "2025-10", "lectures_held", 3.0),
                   ("B9", "2025-11", "cultural_activities", 5.0), ("C9", "2025-11", "lectures_held", 2.0),
                   ("B10", "2025-11", "cultural_activities", 4.0), ("C10", "2025-11", "lectures_held", 1.0)]
    assert problems(sheet) == []


def test_a_pair_label_over_the_months_gives_two_figures_each_month() -> None:
    """受理/办结（件） over 1月 | 2月 | 1—2月合计, every cell 「55/54」: each month's 受理 and 办结, in the
    label's order; the 合计 column is never a value."""
    sheet = grid(("和平街道2026年1—2月民情诉求受理办结情况",), ("序号", "社区", "受理/办结（件）", "", ""),
                 ("", "", "1月", "2月", "1—2月合计"), (1, "建设街", "55/54", "31/30", "86/84"),
                 merged=((1, 2, 1, 4), (1, 0, 2, 0), (1, 1, 2, 1)))
    got = [(v.cell_ref, v.period.period if v.period else None, v.indicator_code, v.value)
           for v in extract_sheet(sheet, CONTEXT).values]
    assert got == [("C4", "2026-01", "petitions_received", 55.0), ("C4", "2026-01", "petitions_resolved", 54.0),
                   ("D4", "2026-02", "petitions_received", 31.0), ("D4", "2026-02", "petitions_resolved", 30.0)]
    assert problems(sheet) == []


def test_indicators_across_with_a_months_row_and_a_year_to_date_row() -> None:
    """项目 | 受理诉求 | 技能培训 over a 单位 row, then rows 「本月」 and 「1-12月累计」: the first row is
    the month's figures, the second a running total (cumulative, never the month's)."""
    sheet = grid(("建设街社区2025年度12月份工作月报",), ("项目", "受理诉求", "技能培训", "志愿服务"),
                 ("单位", "（件）", "（场）", "（人次）"), ("本月", 39, "/", 298), ("1-12月累计", 395, 19, 3307))
    got = [(v.cell_ref, v.indicator_code, v.value, v.is_cumulative) for v in extract_sheet(sheet, CONTEXT).values]
    assert got == [("B4", "petitions_received", 39.0, False), ("D4", "volunteer_person_times", 298.0, False),
                   ("B5", "petitions_received", 395.0, True), ("C5", "training_sessions", 19.0, True),
                   ("D5", "volunteer_person_times", 3307.0, True)]


def test_a_dash_the_sheet_calls_zero_is_zero() -> None:
    """填表说明：本表“—”表示本月无此项情况（即为0）: every 「—」 of that sheet is 0; without the note
    a 「—」 reports nothing."""
    rows = (("和平街道2026年1月平安建设工作月报",), ("社区", "治安案件（起）", "调解纠纷（起）"),
            ("建设街社区", "—", 2), ("商业街社区", 1, "—"))
    said = grid(*rows, ("填表说明：本表“—”表示本月无此项情况（即为0）。",))
    assert loaded(said) == [("B3", "001", "security_cases", 0.0), ("C3", "001", "disputes_mediated", 2.0),
                            ("B4", "003", "security_cases", 1.0), ("C4", "003", "disputes_mediated", 0.0)]
    assert loaded(grid(*rows)) == [("C3", "001", "disputes_mediated", 2.0), ("B4", "003", "security_cases", 1.0)]


def test_a_work_summary_in_numbered_paragraphs() -> None:
    """工作总结 typed as paragraphs, one cell each: each figure is the indicator its words name;
    「本月辖区未发生治安案件」 is 0; the 下月计划 paragraph (预计受理诉求52件左右) is never a value."""
    sheet = grid(("建设街社区2026年4月份工作总结",), ("和平街道党政办：",),
                 ("\u3000\u3000一、民情诉求。本月共受理居民诉求46件，办结45件，调解矛盾纠纷2起。",),
                 ("\u3000\u3000二、就业服务。新开发就业岗位20个；帮助14名居民实现就业。",),
                 ("\u3000\u3000三、平安建设。本月辖区未发生治安案件。",),
                 ("\u3000\u3000四、下月计划。预计受理诉求52件左右，组织职业技能培训2场。",),
                 ("建设街社区居委会",), ("2026年5月6日",))
    assert loaded(sheet) == [("A3", "001", "petitions_received", 46.0), ("A3", "001", "petitions_resolved", 45.0),
                             ("A3", "001", "disputes_mediated", 2.0), ("A4", "001", "jobs_created", 20.0),
                             ("A4", "001", "people_employed", 14.0), ("A5", "001", "security_cases", 0.0)]
    assert problems(sheet) == []


def test_see_the_remark_reads_the_remarks_figure() -> None:
    """受理居民诉求 | 件 | 见备注 | 本月受理46件，其中12345转办15件: the figure is the 备注's 46 (15 is a
    part); a 备注 with two figures and no 其中 tells no one figure: unreadable, reported."""
    sheet = grid(("建设街社区2025年10月工作报表",), ("序号", "工作项目", "单位", "本月", "备注"),
                 (1, "受理居民诉求", "件", "见备注", "本月受理46件，其中12345转办15件"),
                 (2, "办结", "件", "见备注", "办结43件、回访40件"))
    assert loaded(sheet) == [("D3", "001", "petitions_received", 46.0)]
    assert problems(sheet) == [("D4", "unreadable_value")]


def test_a_leaf_under_two_measure_groups_takes_each_groups_measure() -> None:
    """户数（户） over 常住 | 低保 beside 人数（人） over 常住 | 低保: 常住户数, 低保户数, 常住人口, 低保人数."""
    sheet = grid(("和平街道社区基础信息统计表",), ("序号", "社区名称", "户数（户）", "", "人数（人）", ""),
                 ("", "", "常住", "低保", "常住", "低保"), (1, "建设街社区", 2544, 52, 5849, 81),
                 merged=((1, 2, 1, 3), (1, 4, 1, 5), (1, 0, 2, 0), (1, 1, 2, 1)))
    assert sorted(code for _, _, code, _ in loaded(sheet)) == ["dibao_households", "dibao_persons", "households",
                                                               "residents"]


def test_a_table_of_a_street_the_registry_lacks_loads_no_namesake_of_ours() -> None:
    """龙泉街道…各社区工作情况统计表 forwarded by mistake: its rows name communities we do not know,
    and 建设街社区 among them is that street's namesake — a problem, never our community's figures."""
    sheet = grid(("龙泉街道2025年1月各社区工作情况统计表",), ("填报单位：通化市东昌区龙泉街道办事处",),
                 ("社区", "受理诉求（件）", "办结（件）"),
                 ("建设街社区", 27, 26), ("龙水社区", 19, 19), ("秀泉社区", 33, 31))
    context = replace(CONTEXT, file_name="建设街社区等2025年1月工作情况统计表.xlsx")
    extraction = extract_sheet(sheet, context)
    assert extraction.values == []
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [
        ("A4", "unknown_community"), ("A5", "unknown_community"), ("A6", "unknown_community")]
    assert "同名" in extraction.problems[0].detail


def test_a_table_of_a_district_the_registry_lacks_loads_no_namesake_of_ours() -> None:
    """朝阳区2025年1月社区工作统计 forwarded by mistake, naming no street: its rows are mostly no community
    of ours, so 建设街社区居委会 among them is that district's namesake — a problem, never our figures."""
    sheet = grid(("朝阳区2025年1月社区工作统计",), ("社区", "受理诉求（件）", "办结（件）"),
                 ("团结湖社区居委会", 27, 26), ("建设街社区居委会", 19, 19), ("麦子店社区居委会", 33, 31))
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name="建设街社区2025年1月报表（转）.xlsx"))
    assert extraction.values == []
    assert "同名" in extraction.problems[1].detail


def test_a_table_of_ours_under_a_title_naming_our_street_keeps_its_rows() -> None:
    """The same table under our own street's title: an unknown row is a problem, the others load."""
    sheet = grid(("和平街道2025年1月各社区工作情况统计表",), ("社区", "受理诉求（件）", "办结（件）"),
                 ("建设街社区", 27, 26), ("龙水社区", 19, 19))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 27.0), ("C3", "001", "petitions_resolved", 26.0)]


def test_a_signature_line_under_a_communitys_row_is_no_community() -> None:
    """建设街社区居民委员会  书记：…  统计：…  电话：…  date under the community's row across: who answers
    for the return (two roles with their persons), never a row of another community."""
    sheet = grid(("建设街社区2025年12月工作报表",), ("社区", "受理居民诉求\n（件）", "办结诉求\n（件）"),
                 ("建设街", 42, 40),
                 ("建设街社区居民委员会    书记：孙艳    统计：许    电话：0431-84622518    2026年1月3日",))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 42.0), ("C3", "001", "petitions_resolved", 40.0)]
    assert problems(sheet) == []


def test_a_correction_note_right_under_the_rows_is_no_community() -> None:
    """更正说明：建设街社区…漏统2人… typed in the names column right under the last row: a note."""
    sheet = grid(("和平街道2025年12月民政工作月报表（更正）",), ("社区", "低保户数（户）", "低保人数（人）"),
                 ("建设街社区", 45, 74),
                 ("更正说明：建设街社区12月低保人数漏统2人，现重新报送，其余社区数据不变。",),
                 ("填表人：韩雪    填报日期：2026年1月12日",))
    assert loaded(sheet) == [("B3", "001", "dibao_households", 45.0), ("C3", "001", "dibao_persons", 74.0)]
    assert problems(sheet) == []


def test_a_ledgers_handler_and_checker_line_is_no_community() -> None:
    """经办：…  复核：…  民政专干电话：… under a 台账's rows: who handled and who checked it, a sign-off."""
    sheet = grid(("和平街道城市最低生活保障动态管理台账（2025年10月）",), ("单位", "保障户数", "保障人数"),
                 ("建设街社区居委会", 45, 74), ("商业街社区居委会", 30, 51),
                 ("经办：索朗    复核：李卫    民政专干电话：0891-6324100",))
    assert loaded(sheet) == [("B3", "001", "dibao_households", 45.0), ("C3", "001", "dibao_persons", 74.0),
                             ("B4", "003", "dibao_households", 30.0), ("C4", "003", "dibao_persons", 51.0)]
    assert problems(sheet) == []


def test_the_one_bare_figure_column_beside_another_indicator_is_the_titles() -> None:
    """注册志愿者变动 over 社区 | 上月末 | 本月末 | 增减 | 党员: 本月末 is the title's 注册志愿者 (it was passed
    over in silence because 党员 is a column of its own); a title naming 党员, held already, gives none."""
    rows = (("建设街", 444, 452, "+8", 120), ("商业街", 400, 410, "+10", 100))
    header = ("社区", "上月末", "本月末", "增减", "党员")
    assert loaded(grid(("和平街道注册志愿者变动（2025年10月）",), header, *rows)) == [
        ("C3", "001", "volunteers", 452.0), ("E3", "001", "party_members", 120.0),
        ("C4", "003", "volunteers", 410.0), ("E4", "003", "party_members", 100.0)]
    assert loaded(grid(("和平街道党员情况（2025年10月）",), header, *rows)) == [
        ("E3", "001", "party_members", 120.0), ("E4", "003", "party_members", 100.0)]
