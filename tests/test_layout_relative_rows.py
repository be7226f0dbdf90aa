"""Period columns read with the rest of the sheet: a 月份 column of 本月 / 上月 under a title that
names the month (two rows per community, the 序号 and name merged down); a 月份 column of bare
numbers 1, 2, 3 beside a 年度 column merged down the whole long table; an estate merged over its
numbered communities (光明小区 over 第一 | 第二, 翠城 over 一 | 二)."""

from __future__ import annotations

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.headers import HeaderCatalog
from ingest.layout import FileContext, extract_sheet
from ingest.readers import SheetGrid
from jiedao.settings import PROJECT_DIR

STREET = "654201001"
MATCHER = CommunityMatcher(
    [RegistryCommunity("654201001001", "建设街社区居委会", STREET),
     RegistryCommunity("654201001003", "商业街社区居委会", STREET)],
    [RegistryStreet(STREET, "和平街道", "654201")], {})
CATALOG = HeaderCatalog.from_seeds(PROJECT_DIR / "seeds")


def grid(rows: list[tuple], merges: tuple = ()) -> SheetGrid:
    width = max(map(len, rows))
    return SheetGrid("Sheet1", tuple(tuple(str(v) for v in row) + ("",) * (width - len(row)) for row in rows), merges)


def test_this_month_rows_are_the_titles_month_and_last_month_rows_are_no_values() -> None:
    rows = [("和平街道2025年12月份平安建设工作月报",),
            ("序号", "社区", "月份", "治安巡逻队员（人）", "调解成功（起）"),
            ("1", "建设街社区", "本月", "78", "2"),
            ("", "", "上月", "80", "0"),
            ("2", "商业街社区", "本月", "71", "4"),
            ("", "", "上月", "66", "5")]
    sheet = grid(rows, ((2, 0, 3, 0), (2, 1, 3, 1), (4, 0, 5, 0), (4, 1, 5, 1)))
    found = extract_sheet(sheet, FileContext("和平街道2025年12月份平安建设工作月报.xlsx", CATALOG, MATCHER))
    got = {(v.community_code, v.period.period, v.indicator_code): v.value for v in found.values}
    assert got == {("654201001001", "2025-12", "patrol_members"): 78, ("654201001001", "2025-12", "disputes_mediated"): 2,
                   ("654201001003", "2025-12", "patrol_members"): 71, ("654201001003", "2025-12", "disputes_mediated"): 4}
    assert not [p for p in found.problems if p.problem_code == "unknown_period"]


def test_month_numbers_beside_a_year_column_merged_down_are_that_years_months() -> None:
    rows = [("和平街道城市低保金发放明细（1—2月）",),
            ("年度", "月份", "社区", "低保户数（户）", "低保金（元）"),
            ("2026", "1", "建设街", "26", "33600"),
            ("", "", "商业街", "29", "34800"),
            ("", "", "小计", "55", "68400"),
            ("", "2", "建设街", "27", "33200"),
            ("", "", "商业街", "29", "36700"),
            ("", "", "小计", "56", "69900")]
    sheet = grid(rows, ((2, 0, 7, 0), (2, 1, 4, 1), (5, 1, 7, 1)))  # (row0, col0, row1, col1)
    found = extract_sheet(sheet, FileContext("和平街道2026年1—2月城市低保金发放明细.xls", CATALOG, MATCHER))
    got = {(v.community_code, v.period.period, v.indicator_code): v.value for v in found.values}
    assert got[("654201001001", "2026-01", "dibao_payout_yuan")] == 33600
    assert got[("654201001003", "2026-02", "dibao_households")] == 29
    assert len(got) == 8
    assert not [p for p in found.problems if p.problem_code == "unknown_period"]


def test_a_bare_month_number_with_no_year_read_is_no_period() -> None:
    rows = [("和平街道城市低保金发放明细",),
            ("月份", "社区", "低保户数（户）"),
            ("1", "建设街", "26")]
    found = extract_sheet(grid(rows), FileContext("低保金发放明细.xls", CATALOG, MATCHER))
    assert not found.values


NUMBERED = CommunityMatcher(
    [RegistryCommunity("654201001011", "光明小区第一社区居委会", STREET),
     RegistryCommunity("654201001012", "光明小区第二社区居委会", STREET),
     RegistryCommunity("654201001001", "建设街社区居委会", STREET),
     RegistryCommunity("654201001017", "翠城一社区居委会", STREET),
     RegistryCommunity("654201001018", "翠城二社区居委会", STREET)],
    [RegistryStreet(STREET, "和平街道", "654201")], {})


def test_an_estate_merged_over_its_numbers_heads_each_numbered_communitys_column() -> None:
    """Communities across: 「光明小区」 merged over 「第一」「第二」 are 光明小区第一社区 and …第二社区;
    「翠城」 over 「一」「二」 are 翠城一社区 and 翠城二社区 (一 alone would read as a number)."""
    rows = [("和平街道2025年12月社会救助工作统计表",),
            ("项目", "单位", "建设街", "光明小区", "", "翠城", ""),
            ("", "", "", "第一", "第二", "一", "二"),
            ("城市低保户数", "户", "26", "29", "21", "19", "15"),
            ("城市低保人数", "人", "40", "47", "32", "29", "23")]
    sheet = grid(rows, ((1, 3, 1, 4), (1, 5, 1, 6), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2)))
    found = extract_sheet(sheet, FileContext("和平街道2025年12月社会救助工作统计表.xlsx", CATALOG, NUMBERED))
    got = {(v.community_code, v.indicator_code): v.value for v in found.values}
    assert got[("654201001011", "dibao_households")] == 29 and got[("654201001012", "dibao_persons")] == 32
    assert got[("654201001017", "dibao_households")] == 19 and got[("654201001018", "dibao_persons")] == 23
    assert got[("654201001001", "dibao_households")] == 26 and len(got) == 10
