import pytest

from ingest.periods import (Period, before_sending, find_period, in_season, next_in_column, parse_period, season_of,
                            year_to_date_month)


@pytest.mark.parametrize("text, expected", [
    ("2025年1月", Period("month", "2025-01")),
    ("2025-01", Period("month", "2025-01")),
    ("2025.1", Period("month", "2025-01")),
    ("2025/01", Period("month", "2025-01")),
    ("202501", Period("month", "2025-01")),
    ("2025-01-01", Period("month", "2025-01")),
    ("45658", Period("month", "2025-01")),          # an Excel date serial
    ("1月", Period("month", "2024-01")),            # year from the title or file name
    ("第一季度", Period("quarter", "2024-Q1")),
    ("一季度", Period("quarter", "2024-Q1")),
    ("Q1", Period("quarter", "2024-Q1")),
    ("2025年", Period("year", "2025")),
    ("2025年第二季度", Period("quarter", "2025-Q2")),
    ("二〇二六年一月", Period("month", "2026-01")),
    ("2025M09", Period("month", "2025-09")),         # the statistics bureau's way of writing a month
    ("拾贰月份", Period("month", "2024-12")),         # capital numerals, as on a voucher
    ("二〇二五年拾壹月份", Period("month", "2025-11")),
    ("2026年壹月", Period("month", "2026-01")),
    ("第叁季度", Period("quarter", "2024-Q3")),
])
def test_period_cells(text: str, expected: Period) -> None:
    assert parse_period(text, default_year=2024) == expected


@pytest.mark.parametrize("text", ["2025M13", "ADM2025M09", "受理数", "本年累计", "654201001001", "建设街社区", ""])
def test_not_periods(text: str) -> None:
    assert parse_period(text, default_year=2024) is None


@pytest.mark.parametrize("text, expected", [
    ("和平街道2025年1月民情民意统计表", Period("month", "2025-01")),
    ("和平街道202503.xlsx", Period("month", "2025-03")),
    ("和平街道2025年第一季度", Period("quarter", "2025-Q1")),
    ("和平街道2025年度报表", Period("year", "2025")),
    ("654201001001", None),
    ("和平街道民政工作月报（25.11）", Period("month", "2025-11")),   # a bracket of a two-digit year and a month
    ("和平街道民政月报(26-3).ods", Period("month", "2026-03")),
    ("低保金（25.5万元）", None),                                     # a number in a bracket, not a period
    ("低保金 25.11", None),
    ("虎台街道虎台社区二〇二五年十二月工作月报", Period("month", "2025-12")),   # a year in numerals, digit by digit
    ("二零二六年第一季度", Period("quarter", "2026-Q1")),
    # the month the data are for, marked so, wins over the sending month written first
    ("和平街道2026年2月报送慰问统计表（数据月份：2026年1月）", Period("month", "2026-01")),
    ("2025年11月上报 民政月报 统计月份2025年10月", Period("month", "2025-10")),
    ("社会治理事件统计_2026M03.xlsx", Period("month", "2026-03")),
])
def test_periods_inside_titles(text: str, expected: Period | None) -> None:
    assert find_period(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("各社区情况表（26年2月）", Period("month", "2026-02")),
    ("2026年1-3月", Period("quarter", "2026-Q1")),
    ("2026年7—9月台账", Period("quarter", "2026-Q3")),
    ("2026年1-6月统计", Period("year", "2026")),      # a span that is no quarter is never a month
    ("2026年上半年基础信息", Period("year", "2026")),
    ("4-6月数据", None),                               # no year anywhere: nothing, not June
])
def test_short_years_and_month_spans(text, expected):
    assert find_period(text) == expected


@pytest.mark.parametrize("text", ["南河社区工作数据（10、11月）", "工作数据（10，11月）", "10和11月情况"])
def test_a_list_of_months_names_no_one_month(text: str) -> None:
    """（10、11月）: two months' figures in one file, each block under its own month — not 11月 alone."""
    found = find_period(text, 2025)
    assert found is None or found.grain != "month"


@pytest.mark.parametrize("period, sent, expected", [
    (Period("month", "2026-12"), (2026, 1), Period("month", "2025-12")),   # December's report sent in January
    (Period("month", "2026-01"), (2026, 1), Period("month", "2026-01")),
    (Period("quarter", "2026-Q4"), (2026, 2), Period("quarter", "2025-Q4")),
    (Period("month", "2025-07"), (2026, 1), Period("month", "2025-07")),   # a year written is kept
])
def test_a_year_left_out_is_the_sending_years(period, sent, expected):
    assert before_sending(period, *sent) == expected


@pytest.mark.parametrize("start, months, expected", [
    ("2025-08", [9, 10, 11, 12, 1, 2], ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]),
    ("2026-02", [1, 12, 11], ["2026-01", "2025-12", "2025-11"]),      # written latest first
    ("2025-12", [12], ["2025-12"]),
])
def test_a_month_without_its_year_follows_the_month_above_it(start, months, expected):
    previous, got = Period("month", start), []
    for number in months:
        previous = next_in_column(previous, number)
        got.append(previous.period)
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("1-11月累计", 11), ("1至12月", 12), ("1—3月份累计", 3), ("截至11月底累计", 11),
    ("11月累计", None), ("2-11月累计", None), ("本年累计", None), ("截至11月", None),
])
def test_the_last_month_of_a_year_to_date_heading(text, expected):
    assert year_to_date_month(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("截至10.31", "2025-10"), ("截止11.30", "2025-11"), ("截至2.28", "2025-02"), ("截至2026年1月31日", "2026-01"),
    ("截至2026.3.31", "2026-03"), ("9月30日", "2025-09"), ("12月31日止", "2025-12"),
    ("截至10.15", None), ("10.31", None), ("截至9.31", None), ("10月15日", None)])
def test_a_stock_as_at_a_months_last_day_is_that_month(text, expected):
    """A stock's column headed by the date it was counted at (截至10.31): the month it closes;
    another day is no month, and a bare 10.31 stays a number."""
    found = parse_period(text, 2025)
    assert (found.period if found else None) == expected


SEASON_2025 = (2025 * 12 + 6, 2026 * 12 + 5)   # July 2025 to June 2026
SPAN = (2025 * 12 + 8, 2026 * 12 + 2)          # September 2025 to March 2026


@pytest.mark.parametrize("text, season", [
    ("新喜社区2025—2026年度供暖期工作台账", SEASON_2025), ("2025-2026学年", SEASON_2025),
    ("雁南街道调解台账（2025年9月—2026年3月）", SPAN), ("滩尖子社区2025年9月至2026年3月主要工作指标台账", SPAN),
    ("基础数据月度台账（2025.9-2026.2）", (2025 * 12 + 8, 2026 * 12 + 1)),
    ("2025—2027年规划", None), ("2026年1月", None), ("2025年1月-2025年3月", None), ("2025年12月工作报表", None)])
def test_the_months_a_title_spans_across_the_year_end(text, season):
    assert season_of(text) == season


@pytest.mark.parametrize("text, expected", [("11月", "2025-11"), ("7月", "2025-07"), ("6月", "2026-06"), ("1月", "2026-01"),
                                            ("2027年1月", "2027-01")])
def test_a_month_without_its_year_in_a_season_is_read_by_its_half(text, expected):
    """2025—2026年度: from July on the first year, before July the second; a written year stands."""
    assert in_season(parse_period(text, 2026), text, SEASON_2025).period == expected


@pytest.mark.parametrize("text, expected", [("9月", "2025-09"), ("12月", "2025-12"), ("1月", "2026-01"), ("3月", "2026-03"),
                                            ("6月", "2026-06")])
def test_a_month_without_its_year_is_the_one_within_the_span(text, expected):
    """2025年9月—2026年3月: 1月 is January 2026; 6月, outside the span, stays as read (the default year)."""
    assert in_season(parse_period(text, 2026), text, SPAN).period == expected


@pytest.mark.parametrize("text, expected", [
    ("“壮族三月三”系列活动暨4月份文化志愿服务统计表", Period("month", "2026-04")),
    ("七月七主题活动统计", None),                      # a festival only: no month at all
    ("2026年三月工作报表", Period("month", "2026-03")),  # a month written in words stays a month
    ("三月统计", Period("month", "2026-03")),
])
def test_a_festival_of_a_doubled_number_is_no_month(text, expected):
    assert find_period(text, default_year=2026) == expected


@pytest.mark.parametrize("text, expected", [
    ("1.1-1.31", Period("month", "2026-01")),              # a column headed by the month's days
    ("2.1-2.28", Period("month", "2026-02")),
    ("4月1日—4月30日", Period("month", "2026-04")),
    ("2025.12.1-2025.12.31", Period("month", "2025-12")),
    ("3.1-31日", Period("month", "2026-03")),
    ("1.1-1.15", None),                                    # half a month is no month
    ("1月1日—4月30日", None),                               # the year to date: no one month
])
def test_a_span_of_a_months_days_is_the_month(text, expected):
    assert parse_period(text, default_year=2026) == expected


@pytest.mark.parametrize("text, expected", [("1月1日—4月30日", 4), ("1.1-5.31", 5), ("4月1日—4月30日", None),
                                            ("2.1-4.30", None)])
def test_a_span_from_the_years_first_day_is_the_year_to_date(text, expected):
    assert year_to_date_month(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("统计周期：2025年9月26日—2025年10月25日", Period("month", "2025-10")),   # 上月26日至本月25日
    ("2025年12月26日至1月25日", Period("month", "2026-01")),
    ("2025.9.26-2025.10.25", Period("month", "2025-10")),
    ("2025年1月1日—2025年3月31日", Period("month", "2025-01")),   # not a month of days: as before
])
def test_a_month_of_days_across_two_months_is_the_month_most_of_them_fall_in(text: str, expected: Period) -> None:
    assert find_period(text) == expected


@pytest.mark.parametrize("text, expected", [("25-11", "2025-11"), ("26-03", "2026-03"), ("26-3", "2026-03"),
                                            ("25-13", None), ("12-01", None), ("26.01", None), ("25/11", None)])
def test_a_month_with_a_two_digit_year_and_a_dash(text, expected):
    """26-03 as a whole cell is March 2026 (years 2020–2039); 26.01 stays a number, 25/11 a pair."""
    found = parse_period(text)
    assert (found.period if found else None) == expected
