"""Readings the 太原 blind corpus showed: a 半月报 (上半月 | 下半月 | 全月), figures pasted from a web page
with zero-width spaces, a correction letter's 原报 | 更正为 table, a 完成 column, two numbered communities'
joint return (一社区 | 二社区 under 长治路一、二社区). Grids straight to the layout, with
the helpers of tests/test_layout_readings.py."""

from dataclasses import replace

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.layout import extract_sheet
from ingest.values import parse_value

NUMBERED = "140105005"
NUMBERED_MATCHER = CommunityMatcher(
    [RegistryCommunity(f"{NUMBERED}002", "长治路一社区居委会", NUMBERED),
     RegistryCommunity(f"{NUMBERED}003", "长治路二社区居委会", NUMBERED),
     RegistryCommunity(f"{NUMBERED}004", "长治路三社区居委会", NUMBERED)],
    [RegistryStreet(NUMBERED, "和平街道", "140105")], {})


def test_the_halves_of_a_month_are_parts_and_the_whole_month_the_figure() -> None:
    """受理诉求（件） over 上半月 | 下半月 | 全月: the month's figure is 全月; the halves are its parts
    (labels, no problem), as the 旬 of a 旬报 are."""
    sheet = grid(("和平街道民情诉求办理半月报（2025年12月汇总）",),
                 ("序号", "社区", "受理诉求（件）", "", "", "办结（件）", "", "", "调解纠纷（起）"),
                 ("", "", "上半月", "下半月", "全月", "上半月", "下半月", "全月", ""),
                 (1, "建设街", 14, 23, 37, 14, 22, 36, 0), (2, "商业街", 14, 20, 34, 13, 20, 33, 3),
                 merged=((1, 2, 1, 4), (1, 5, 1, 7), (1, 0, 2, 0), (1, 1, 2, 1), (1, 8, 2, 8)))
    assert sorted(loaded(sheet)) == [("E4", "001", "petitions_received", 37.0), ("E5", "003", "petitions_received", 34.0),
                                     ("H4", "001", "petitions_resolved", 36.0), ("H5", "003", "petitions_resolved", 33.0),
                                     ("I4", "001", "disputes_mediated", 0.0), ("I5", "003", "disputes_mediated", 3.0)]
    assert problems(sheet) == []


def test_one_communitys_halves_beside_its_whole_month() -> None:
    sheet = grid(("和平街道建设街社区2026年5月工作月报",), ("项目", "单位", "上半月", "下半月", "全月", "备注"),
                 ("受理诉求", "件", 21, 24, 45, ""), ("低保户", "户", "", "", 40, "月末数"))
    assert loaded(sheet) == [("E3", "001", "petitions_received", 45.0), ("E4", "001", "dibao_households", 40.0)]
    assert problems(sheet) == []


def test_zero_width_spaces_inside_a_figure_pasted_from_a_web_page() -> None:
    """3<U+200B>5 and 24<U+00A0> as a platform's page leaves them: 35 and 24."""
    assert parse_value("3\u200b5").value == 35.0
    assert parse_value("24\u00a0").value == 24.0
    assert parse_value("\ufeff12件").value == 12.0


def test_a_correction_letters_table_loads_what_the_figure_was_corrected_to() -> None:
    """序号 | 项目 | 单位 | 原报 | 更正为: 原报 is the figure being replaced (a comparison, never
    loaded); 更正为 is the figure the return now stands by."""
    sheet = grid(("建设街社区2026年3月工作报表数据更正说明",), ("序号", "项目", "单位", "原报", "更正为"),
                 (1, "受理诉求", "件", 48, 52), (2, "调解纠纷", "起", 3, 4))
    assert loaded(sheet) == [("E3", "001", "petitions_received", 52.0), ("E4", "001", "disputes_mediated", 4.0)]


def test_a_column_headed_done_holds_the_months_figures() -> None:
    """序号 | 内容 | 单位 | 完成 | 备注: 完成 (what was done) is the month's figure, as 完成数 is."""
    sheet = grid(("建设街社区4月份工作数据",), ("2026年4月1日—4月30日",), ("序号", "内容", "单位", "完成", "备注"),
                 (1, "受理诉求", "件", "40件✓", "✓为书记已核"), (2, "治安案件", "起", "无", ""))
    assert loaded(sheet) == [("D4", "001", "petitions_received", 40.0), ("D5", "001", "security_cases", 0.0)]


def test_numbered_communities_of_one_name_in_a_joint_return() -> None:
    """一社区 | 二社区 | 合计 under the title 和平街道长治路一、二社区…: the name written once before its
    numerals names both communities (neither alone); each column is the one its numeral ends; the
    合计 column is no community's figure."""
    sheet = grid(("和平街道长治路一、二社区2025年12月工作报表",), ("（两社区合并报送）",),
                 ("序号", "工作事项", "单位", "一社区", "二社区", "合计"),
                 (1, "受理诉求", "件", 34, 56, 90), (2, "调解纠纷", "起", 3, 2, 5))
    extraction = extract_sheet(sheet, replace(CONTEXT, matcher=NUMBERED_MATCHER))
    assert [(v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values] == [
        ("D4", "002", "petitions_received", 34.0), ("E4", "003", "petitions_received", 56.0),
        ("D5", "002", "disputes_mediated", 3.0), ("E5", "003", "disputes_mediated", 2.0)]
    assert extraction.problems == []


def test_a_title_listing_numerals_names_none_of_its_communities_alone() -> None:
    """长治路一、二社区 is no title of 长治路一 (nor 二); 长治路三 it does not name at all."""
    assert NUMBERED_MATCHER.find_community("和平街道长治路一、二社区2025年12月工作报表") is None
    assert sorted(NUMBERED_MATCHER.names_in("长治路一、二社区工作报表", NUMBERED)) == [f"{NUMBERED}002", f"{NUMBERED}003"]


def test_tallies_are_read_where_the_sheet_says_it_counts_in_zheng_characters() -> None:
    """正丅 = 7, 正 = 5, 止 = 4 under 注：一个“正”字为5 (each 正 five strokes, then 一 丅 下 止 one to four);
    the same cells on a sheet that says nothing of tallies stay unread (reported)."""
    rows = (("建设街社区2026年1月工作台账",), ("项目", "单位", "本月"), ("受理诉求", "件", 32),
            ("文化活动", "场", "正丅"), ("宣讲", "次", "止"), ("调解纠纷", "起", "正"))
    said = grid(*rows, ("注：“正”字为登记本原始划记，一个“正”字为5。",))
    assert loaded(said)[1:] == [("C4", "001", "cultural_activities", 7.0), ("C5", "001", "lectures_held", 4.0),
                                ("C6", "001", "disputes_mediated", 5.0)]
    assert len(loaded(grid(*rows))) == 1
    assert problems(grid(*rows)) == [("C4", "unreadable_value"), ("C5", "unreadable_value"), ("C6", "unreadable_value")]


def test_a_namesake_among_another_streets_communities_is_not_ours() -> None:
    """赛罕区中专路街道…统计 over 展览馆社区 | 建设街社区 | 丁香路社区: the title names a street the registry
    lacks (and none it holds) over names mostly not ours, so its 建设街社区 is that street's namesake —
    reported, never loaded. Under a title naming our street, or no street at all, 建设街社区 is ours."""
    rows = (("序号", "社区", "受理诉求", "办结"), (1, "展览馆社区", 20, 18), (2, "建设街社区", 44, 21),
            (3, "丁香路社区", 33, 35))
    context = replace(CONTEXT, file_name="2026年3月民情诉求统计.xlsx")

    def read(title: str) -> tuple[list, list]:
        extraction = extract_sheet(grid((title,), *rows), context)
        return ([(v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values],
                [(p.cell_ref, p.problem_code) for p in extraction.problems])
    values, found = read("赛罕区中专路街道2026年3月民情诉求办理统计")
    assert values == [] and ("B4", "unknown_community") in found
    for title in ("和平街道2026年3月民情诉求办理统计", "各街道2026年3月民情诉求办理统计", "根据街道要求统计"):
        assert read(title)[0] == [("C4", "001", "petitions_received", 44.0), ("D4", "001", "petitions_resolved", 21.0)]
    rows = (("序号", "社区", "受理诉求", "办结"), (1, "商业街社区", 20, 18), (2, "建设街社区", 44, 21))
    assert len(read("赛罕区中专路街道2026年3月民情诉求办理统计")[0]) == 4  # most names ours: a slip of the title
