"""Month columns that run across a year end (ingest/layout/header_rows.months_across_the_year_end),
generated: 11月 | 12月 | 1月 … under one heading with no year over them take the two years the
titles name (2025—2026年度供暖期), else the sheet's year and the next — unless that puts the last
month after the day the file was sent. Months in order within a year, or newest first, stay as read."""

from __future__ import annotations

import random
from datetime import date

import pytest

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


def months_from(year: int, first: int, count: int) -> list[tuple[int, int]]:
    return [(year + (first - 1 + i) // 12, (first - 1 + i) % 12 + 1) for i in range(count)]


def read(title: str, months: list[tuple[int, int]], sent: date | None = None) -> dict[str, str]:
    """The period each 受理 column was read as, by its month heading."""
    rows = [(title,), ("社区", "受理诉求（件）", *[""] * (len(months) - 1), "合计"),
            ("", *[f"{m}月" for _, m in months], ""),
            ("建设街社区", *range(10, 10 + len(months)), 99)]
    width = max(map(len, rows))
    sheet = SheetGrid("Sheet1", tuple(tuple(str(v) for v in row) + ("",) * (width - len(row)) for row in rows),
                      ((1, 1, 1, len(months)),))
    found = extract_sheet(sheet, FileContext("和平街道诉求统计.xlsx", CATALOG, MATCHER, sent))
    return {v.cell_ref: v.period.period for v in found.values}


def expected(months: list[tuple[int, int]]) -> dict[str, str]:
    return {f"{chr(ord('B') + i)}4": f"{y}-{m:02d}" for i, (y, m) in enumerate(months)}


@pytest.mark.parametrize("seed", range(30))
def test_months_across_the_year_end_take_the_years_the_title_names(seed: int) -> None:
    rng = random.Random(seed)
    year = rng.randint(2023, 2027)
    months = months_from(year, rng.randint(8, 12), rng.randint(3, 7))
    if months[-1][0] == year:
        months = months_from(year, 11, 4)
    title = rng.choice([f"和平街道{year}—{year + 1}年度供暖期诉求统计", f"和平街道{year}-{year + 1}年度诉求受理情况",
                        f"和平街道{year}年{months[0][1]}月至{year + 1}年{months[-1][1]}月诉求统计"])
    assert read(title, months) == expected(months)


@pytest.mark.parametrize("seed", range(20))
def test_one_year_named_and_the_sending_day_decide(seed: int) -> None:
    rng = random.Random(seed)
    year = rng.randint(2023, 2027)
    months = months_from(year, rng.randint(9, 12), rng.randint(4, 6))
    last_year, last_month = months[-1]
    # The title names the year of the first months; sent the month after the last one.
    sent = date(last_year + (last_month == 12), last_month % 12 + 1, 5)
    assert read(f"和平街道{year}年冬季诉求统计", months, sent) == expected(months)
    # The title names the year of the last months, sent then: the first months are the year before.
    assert read(f"和平街道{last_year}年冬季诉求统计", months, sent) == expected(months)


@pytest.mark.parametrize("numbers", [[1, 2, 3], [3, 2, 1], [12, 11, 10]])
def test_months_within_a_year_or_newest_first_stay_as_read(numbers: list[int]) -> None:
    months = [(2026, m) for m in numbers]
    assert read("和平街道2026年诉求统计", months) == expected(months)


@pytest.mark.parametrize("number, expected", [(11, "2025-11"), (12, "2025-12"), (1, "2026-01"), (3, "2026-03")])
def test_a_months_sheet_of_a_seasons_workbook(number: int, expected: str) -> None:
    """One sheet per month of 2025—2026年度供暖期, its month written 月份：12月 without the year."""
    rows = (("建设街社区2025—2026年度供暖期工作台账", "", ""), (f"月份：{number}月", "", ""),
            ("项目", "单位", "数量"), ("受理居民诉求", "件", "36"), ("办结居民诉求", "件", "35"))
    found = extract_sheet(SheetGrid(f"{number}月", rows), FileContext("建设街社区供暖期台账.xlsx", CATALOG, MATCHER))
    assert {v.period.period for v in found.values} == {expected} and len(found.values) == 2


@pytest.mark.parametrize("number, expected", [(12, "2025-12"), (1, "2026-01"), (2, "2026-02")])
@pytest.mark.parametrize("span", ["2025.12—2026.02", "2025年12月-2026年2月", "2025年12月至2026年2月"])
def test_a_months_sheet_under_a_title_naming_the_span_of_months(number: int, expected: str, span: str) -> None:
    """冬季台账（2025.12—2026.02）, one sheet a month 「12月」「1月」: the title names the months the
    workbook covers, not the sheet's; its 1月份 line is January 2026."""
    rows = ((f"建设街社区冬季工作台账（{span}）", "", ""), (f"{number}月份", "", ""),
            ("项目", "单位", "本月"), ("受理居民诉求", "件", "36"), ("办结居民诉求", "件", "35"))
    found = extract_sheet(SheetGrid(f"{number}月", rows), FileContext(f"建设街社区冬季工作台账（{span}）.xlsx", CATALOG, MATCHER))
    assert {v.period.period for v in found.values} == {expected} and len(found.values) == 2


@pytest.mark.parametrize("sheet_name, title_year", [("2025年", 2024), ("2026年", 2025), ("2026", 2025), ("2026年度", 2023)])
def test_a_sheet_named_by_its_year_beats_the_titles(sheet_name: str, title_year: int) -> None:
    """A workbook of 2025年 | 2026年 sheets under one title (台账（自2025年9月起）): each sheet's months are its year's."""
    rows = ((f"建设街社区民生工作台账（自{title_year}年9月起）", "", ""), ("月份", "受理诉求（件）", "办结（件）"),
            ("1月", "50", "46"), ("2月", "21", "20"))
    found = extract_sheet(SheetGrid(sheet_name, rows), FileContext("建设街社区民生工作台账.xlsx", CATALOG, MATCHER))
    year = sheet_name[:4]
    assert sorted({v.period.period for v in found.values}) == [f"{year}-01", f"{year}-02"]


@pytest.mark.parametrize("sheet_name", ["2025年", "2026年"])
def test_a_sheet_named_by_its_year_in_a_workbook_spanning_two_years(sheet_name: str) -> None:
    """就业台账（2025-2026年） with one sheet per year, 1月 … 12月 across: each sheet's months are its
    own year's, not split over the span the file name gives."""
    rows = ((f"和平街道{sheet_name}就业工作月度台账",), ("社区", *[f"{m}月" for m in range(1, 13)]),
            ("建设街社区", *[str(10 + m) for m in range(1, 13)]))
    width = max(map(len, rows))
    sheet = SheetGrid(sheet_name, tuple(tuple(row) + ("",) * (width - len(row)) for row in rows))
    found = extract_sheet(sheet, FileContext("和平街道就业工作月度台账（2025-2026年）.xlsx", CATALOG, MATCHER))
    year = sheet_name[:4]
    assert sorted(v.period.period for v in found.values) == [f"{year}-{m:02d}" for m in range(1, 13)]


def test_a_stock_in_a_year_to_date_table_is_the_last_months() -> None:
    """1-9月进度表, 新增就业岗位 over 9月 | 1-9月, and 零就业家庭（户，月末） in one column: September's;
    职业技能培训 in one column: a flow, so its year to date through September (never a year's figure)."""
    from test_layout_readings import CONTEXT, MATCHER, grid
    sheet = grid(("和平街道2025年1-9月就业创业工作进度表",),
                 ("社区", "新增就业岗位（个）", "", "零就业家庭（户，月末）", "职业技能培训（场）"),
                 ("", "9月", "1-9月", "", ""),
                 ("建设街社区", 24, 123, 2, 9), ("商业街社区", 8, 72, 0, 7))
    context = FileContext("就业创业工作进度表.xlsx", CONTEXT.catalog, MATCHER)
    found = {(v.cell_ref, v.indicator_code, v.period.period, v.is_cumulative) for v in extract_sheet(sheet, context).values}
    assert ("D4", "zero_employment_households", "2025-09", False) in found
    assert ("E4", "training_sessions", "2025-09", True) in found   # a flow in one column: the year to date
    assert ("B4", "jobs_created", "2025-09", False) in found and ("C4", "jobs_created", "2025-09", True) in found


def test_three_months_in_one_cell_under_their_three_months_are_each_months() -> None:
    """7月/8月/9月 over 39/58/54: each month its own figure; 12/10 (two of three) is reported, never placed."""
    from test_layout_readings import CONTEXT, grid
    sheet = grid(("建设街社区2025年第三季度工作数据（分月）",), ("序号", "项目", "单位", "7月/8月/9月"),
                 (1, "受理诉求", "件", "39/58/54"), (2, "调解纠纷", "起", "12/10"))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.period.period, v.value) for v in extraction.values] == [
        ("D3", "2025-07", 39.0), ("D3", "2025-08", 58.0), ("D3", "2025-09", 54.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("D4", "unreadable_value")]


def test_one_words_glued_to_several_months_in_one_header_row_are_that_indicator_each_month() -> None:
    """「10月受理」「10月办结」「11月受理」「11月办结」 and a 四季度受理合计: a month × indicator grid
    flattened into one header row; 受理 alone is a plain name, said after every month."""
    rows = [("和平街道2025年第四季度民情诉求办理统计表",),
            ("社区", "10月受理", "10月办结", "11月受理", "11月办结", "四季度受理合计", "办结率"),
            ("建设街社区", "31", "28", "57", "56", "88", "95%")]
    sheet = SheetGrid("Sheet1", tuple(tuple(row) + ("",) * (7 - len(row)) for row in rows))
    found = extract_sheet(sheet, FileContext("和平街道民情诉求办理统计表.xlsx", CATALOG, MATCHER))
    got = {(v.period.period, v.indicator_code): v.value for v in found.values}
    assert got == {("2025-10", "petitions_received"): 31, ("2025-10", "petitions_resolved"): 28,
                   ("2025-11", "petitions_received"): 57, ("2025-11", "petitions_resolved"): 56,
                   ("2025-Q4", "petitions_received"): 88}   # the quarter's own figure, never a month's


def test_a_plain_word_glued_to_one_month_only_stays_unread() -> None:
    """「10月受理」 alone: one month glued to a bare word is no sure grid (a problem, not a guess)."""
    rows = [("和平街道2025年诉求统计",), ("社区", "10月受理", "备注"), ("建设街社区", "31", "")]
    sheet = SheetGrid("Sheet1", tuple(tuple(row) + ("",) * (3 - len(row)) for row in rows))
    found = extract_sheet(sheet, FileContext("和平街道诉求统计.xlsx", CATALOG, MATCHER))
    assert not [v for v in found.values if v.period.period == "2025-10"]
