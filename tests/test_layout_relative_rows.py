"""Rows and names a clerk writes relative to the sheet: a 月份 column of 本月 / 上月 under a title
that names the month (two rows per community, the 序号 and name merged down)."""

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
    sheet = grid(rows, ((2, 3, 0, 0), (2, 3, 1, 1), (4, 5, 0, 0), (4, 5, 1, 1)))
    found = extract_sheet(sheet, FileContext("和平街道2025年12月份平安建设工作月报.xlsx", CATALOG, MATCHER))
    got = {(v.community_code, v.period.period, v.indicator_code): v.value for v in found.values}
    assert got == {("654201001001", "2025-12", "patrol_members"): 78, ("654201001001", "2025-12", "disputes_mediated"): 2,
                   ("654201001003", "2025-12", "patrol_members"): 71, ("654201001003", "2025-12", "disputes_mediated"): 4}
    assert not [p for p in found.problems if p.problem_code == "unknown_period"]
