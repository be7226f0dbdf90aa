"""Readings of street and community returns the 厦门 blind corpus showed (session 10): a community
over its own 本月 | 累计 columns, a 其中 column beside its whole, the template's 示例 row, an answer
sent again through a form, 31/56 under 户/人, 同上 for an unchanged stock, a region path beside an
organisation's name. Grids straight to the layout, with the helpers of tests/test_layout_readings.py."""

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.layout import extract_sheet


def test_a_community_over_this_month_and_year_to_date_holds_both_and_the_total_pair_neither() -> None:
    sheet = grid(("和平街道2025年12月平安建设工作情况",),
                 ("项目", "单位", "建设街", None, "商业街", None, "合计", None),
                 (None, None, "本月", "累计", "本月", "累计", "本月", "累计"),
                 ("治安案件", "起", 1, 20, 2, 23, 3, 43),
                 merged=((1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.indicator_code, v.is_cumulative, v.value)
            for v in extraction.values] == [
        ("C4", "001", "security_cases", False, 1.0), ("D4", "001", "security_cases", True, 20.0),
        ("E4", "003", "security_cases", False, 2.0), ("F4", "003", "security_cases", True, 23.0)]
    assert extraction.problems == []


def test_a_qizhong_column_beside_its_whole_is_a_part_not_a_rival() -> None:
    """党员人数 and 其中：预备党员 both read as 党员人数: the 其中 column is the part."""
    sheet = grid(("和平街道2025年11月党建工作统计表",), ("社区", "党员人数（名）", "其中：预备党员（名）"),
                 ("建设街社区", 241, 1))
    assert loaded(sheet) == [("B3", "001", "party_members", 241.0)]
    assert problems(sheet) == []


def test_the_templates_example_row_is_no_community_s_figures() -> None:
    sheet = grid(("和平街道社区月度工作数据表",), ("序号", "社区名称", "受理群众诉求（件）"),
                 ("示例", "商业街社区", 25), (1, "建设街社区", 36),
                 ("注：第3行为填写示例，请勿删除",))
    assert loaded(sheet) == [("C4", "001", "petitions_received", 36.0)]


def test_an_answer_sent_again_through_a_form_replaces_the_first() -> None:
    sheet = grid(("序号", "所在社区", "受理群众诉求（件）", "备注"),
                 (1, "建设街社区", 510, None),
                 (2, "建设街社区", 51, "上次提交的受理数多打了一位，以本次提交为准"))
    assert loaded(sheet) == [("C3", "001", "petitions_received", 51.0)]
    assert problems(sheet) == [("C2", "superseded_in_file")]


def test_households_and_persons_written_with_a_slash_under_a_label_saying_both() -> None:
    sheet = grid(("建设街社区2025年12月工作月报",), ("序号", "指标", "单位", "本月"),
                 (1, "低保（户/人）", "户/人", "31/56"), (2, "受理群众诉求", "件", "12/19"))
    assert loaded(sheet) == [("D3", "001", "dibao_households", 31.0), ("D3", "001", "dibao_persons", 56.0)]
    assert problems(sheet) == [("D4", "unreadable_value")]   # 12/19 under 件 says no 户/人


def test_ditto_is_the_figure_above_it() -> None:
    sheet = grid(("建设街社区工作台账",), ("月份", "社区工作者（人）", "党员（名）"),
                 ("2025-09-01", 9, 100), ("2025-10-01", "同上", 101), ("2025-11-01", "同上", "同上"))
    assert loaded(sheet) == [("B3", "001", "staff", 9.0), ("C3", "001", "party_members", 100.0),
                             ("B4", "001", "staff", 9.0), ("C4", "001", "party_members", 101.0),
                             ("B5", "001", "staff", 9.0), ("C5", "001", "party_members", 101.0)]


def test_ditto_with_nothing_above_it_is_reported() -> None:
    sheet = grid(("建设街社区工作台账",), ("月份", "社区工作者（人）", "党员（名）"),
                 ("2025-09-01", "同上", 100), ("2025-10-01", 9, 101))
    assert loaded(sheet) == [("C3", "001", "party_members", 100.0),
                             ("B4", "001", "staff", 9.0), ("C4", "001", "party_members", 101.0)]
    assert problems(sheet) == [("B3", "unreadable_value")]


def test_an_organisations_region_path_names_its_community_and_a_street_path_none() -> None:
    sheet = grid(("组织名称", "所属区域", "注册志愿者（人）"),
                 ("和平街道新时代文明实践所", "新疆维吾尔自治区/塔城市/和平街道", "412（↑26）"),
                 ("和平街道建设街社区新时代文明实践站", "新疆维吾尔自治区/塔城市/和平街道/建设街社区", "2,996（↑39）"))
    assert loaded(sheet) == [("C3", "001", "volunteers", 2996.0)]


def test_a_qizhong_row_read_as_the_indicator_above_is_its_part() -> None:
    sheet = grid(("建设街社区2025年9月工作月报",), ("项目", "单位", "9月"),
                 ("志愿服务", "人次", 467), ("其中：重大活动志愿服务", "人次", 33), ("受理群众诉求", "件", 12),
                 ("受理群众诉求", "件", 13))
    assert loaded(sheet) == [("C3", "001", "volunteer_person_times", 467.0), ("C5", "001", "petitions_received", 12.0)]
    assert problems(sheet) == [("C6", "duplicate_value")]   # the same line twice is still reported
